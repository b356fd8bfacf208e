"""How much top-1 agreement INT8 weights can keep on a checkpoint, method by method.

A PyTorch study (weights rounded and put back as f32, "fake quantization"), not xlagen's
engine: it asks whether a better INT8 method than xlagen's round-to-nearest would reach the
issue's quality bar, before one is built. Teacher-forced on the held-out windows of
benchmarks/int8_data.py's ids.json (the same ones `examples/int8_report.rs` uses), against the
f32 checkpoint's own predictions:

- round to nearest, symmetric, scale = absmax / 127: per output channel and per group of
  128 / 64 / 32 inputs (what xlagen implements);
- GPTQ (Frantar et al. 2022: each column's rounding error is spread over the columns not yet
  rounded, weighted by the inverse Hessian of the layer's calibration inputs);
- activation-aware scaling (AWQ, Lin et al. 2023: input channels scaled by mean|x|^a before
  rounding, a chosen per layer from a grid to minimise the layer's output error);
- bf16 and fp16 weights, for scale: what the next cheaper float format keeps.

Calibration text for GPTQ and AWQ is IFBench's prompts (benchmarks/prompts), disjoint from the
MT-Bench answers evaluated on.

    python benchmarks/int8_methods.py HF_F32_DIR ids.json [--calibration N_WINDOWS]
    python benchmarks/int8_methods.py HF_F32_DIR ids.json --per-layer

`--per-layer` instead quantizes one decoder layer at a time (per-channel RTN, the rest f32):
whether a few tensors could stay in f32 and carry the quality.

Needs torch and transformers (tested with torch 2.15, transformers 5.24); about 10 minutes on
two cores for SmolLM2-135M.
"""
import argparse
import json
import os

import torch
from tokenizers import Tokenizer
from transformers import AutoModelForCausalLM

WINDOW = 128
HERE = os.path.dirname(os.path.abspath(__file__))


def rtn(w, group=None):
    """Symmetric round to nearest with a scale per row, or per `group` inputs of a row."""
    n, k = w.shape
    g = group if group and k % group == 0 else k
    wg = w.reshape(n, k // g, g)
    s = wg.abs().amax(-1, keepdim=True) / 127
    s = torch.where(s == 0, torch.ones_like(s), s)
    return (torch.clamp(torch.round(wg / s), -127, 127) * s).reshape(n, k)


def gptq(w, h, group=None, damp=0.01):
    """GPTQ with round-to-nearest scales from the original weight; `h` = Σ x xᵀ."""
    w = w.double().clone()
    n, k = w.shape
    g = group if group and k % group == 0 else k
    s = (w.reshape(n, k // g, g).abs().amax(-1) / 127).clamp(min=1e-12)
    s = s.repeat_interleave(g, 1)
    h = h.clone()
    dead = torch.diag(h) == 0
    h[dead, dead] = 1
    w[:, dead] = 0
    h += damp * torch.diag(h).mean() * torch.eye(k, dtype=h.dtype)
    u = torch.linalg.cholesky(torch.cholesky_inverse(torch.linalg.cholesky(h)), upper=True)
    q = torch.zeros_like(w)
    for i in range(k):
        col = w[:, i]
        q[:, i] = torch.clamp(torch.round(col / s[:, i]), -127, 127) * s[:, i]
        err = (col - q[:, i]) / u[i, i]
        w[:, i + 1:] -= err[:, None] * u[i, i + 1:][None, :]
    return q.float()


def awq(w, x, group=None):
    """Input channels scaled by mean|x|^a before rounding; a from a grid, per layer."""
    a = x.abs().mean(0).clamp(min=1e-5)
    # The output error is judged on 1024 of the calibration rows (the head is 49152 wide).
    x = x[torch.randperm(len(x), generator=torch.Generator().manual_seed(0))[:1024]]
    y = x @ w.T
    best = None
    for alpha in [i / 10 for i in range(11)]:
        s = a ** alpha
        s = s / (s.max() * s.min()).sqrt()
        wq = rtn(w * s, group) / s
        e = ((x @ wq.T - y) ** 2).mean().item()
        if best is None or e < best[0]:
            best = (e, wq)
    return best[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("ids")
    ap.add_argument("--calibration", type=int, default=32)
    ap.add_argument("--per-layer", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(os.cpu_count() or 1)

    ids = torch.tensor(json.load(open(args.ids))["heldout"])
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32).eval()
    original = {k: v.clone() for k, v in model.state_dict().items()}
    with torch.no_grad():
        ref = model(ids).logits.float()
    ref_top = ref.argmax(-1)

    def nll(logits):
        lp = torch.log_softmax(logits, -1)
        return -lp[:, :-1].gather(-1, ids[:, 1:, None]).mean().item()

    base_nll = nll(ref)

    def evaluate(label, quantize):
        sd = {k: quantize(k, v) if v.dim() == 2 else v for k, v in original.items()}
        model.load_state_dict(sd)
        with torch.no_grad():
            logits = model(ids).logits.float()
        top1 = (logits.argmax(-1) == ref_top).float().mean().item()
        ppl = torch.exp(torch.tensor(nll(logits) - base_nll)).item() - 1
        err = ((logits - ref).norm() / ref.norm()).item()
        print(f"| {label} | {100 * top1:.2f}% | {100 * ppl:+.3f}% | {err:.2e} |", flush=True)

    if args.per_layer:
        print("| layer quantized (per channel, rest f32) | top-1 agreement | perplexity change | logit rel. error |")
        print("|---|---:|---:|---:|")
        for layer in range(model.config.num_hidden_layers):
            tag = f"layers.{layer}."
            evaluate(f"{layer}", lambda k, v, tag=tag: rtn(v) if tag in k else v)
        return

    # Inputs of every linear layer on calibration text.
    tok = Tokenizer.from_file(os.path.join(args.model, "tokenizer.json"))
    prompts = [json.loads(l)["prompt"] for l in open(os.path.join(HERE, "prompts/ifbench_test.jsonl"))]
    cal_ids = tok.encode("\n\n".join(prompts), add_special_tokens=False).ids
    cal = torch.tensor([cal_ids[i * WINDOW:(i + 1) * WINDOW] for i in range(args.calibration)])
    inputs, hooks = {}, []
    for name, mod in model.named_modules():
        if isinstance(mod, torch.nn.Linear):
            def hook(m, inp, out, name=name):
                inputs.setdefault(name, []).append(inp[0].reshape(-1, inp[0].shape[-1]))
            hooks.append(mod.register_forward_hook(hook))
    with torch.no_grad():
        for i in range(0, len(cal), 8):
            model(cal[i:i + 8])
    for h in hooks:
        h.remove()
    inputs = {k: torch.cat(v) for k, v in inputs.items()}

    def layer_of(key):
        # The tied embedding is the head's weight: calibrate it as the head.
        return "lm_head" if "embed_tokens" in key else key[: -len(".weight")]

    print(f"{ids.numel()} teacher-forced positions; calibration {len(cal)} x {WINDOW} tokens\n")
    print("| weights | top-1 agreement | perplexity change | logit rel. error |")
    print("|---|---:|---:|---:|")
    evaluate("bf16", lambda k, v: v.bfloat16().float())
    evaluate("fp16", lambda k, v: v.half().float())
    for group in (None, 128, 64, 32):
        evaluate(f"int8 RTN {'per channel' if group is None else f'g{group}'}",
                 lambda k, v, g=group: rtn(v, g))
    for group in (None, 64):
        label = "per channel" if group is None else f"g{group}"
        evaluate(f"int8 AWQ {label}", lambda k, v, g=group: awq(v, inputs[layer_of(k)], g)
                 if layer_of(k) in inputs else rtn(v, g))
        evaluate(f"int8 GPTQ {label}", lambda k, v, g=group: gptq(
            v, inputs[layer_of(k)].double().T @ inputs[layer_of(k)].double(), g)
                 if layer_of(k) in inputs else rtn(v, g))


if __name__ == "__main__":
    main()
