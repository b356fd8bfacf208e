#!/usr/bin/env python3
"""The PyTorch `transformers` rung of `xlagen bench`: greedy generation with transformers' own
KV cache on the same prompt ids, timed the way xlagen times itself, written in the bench's JSON
schema (`configs[0]` with `samples` and `resources`; `xlagen bench` adds summaries and quality).

Called by `xlagen bench --python PYTHON` as

    PYTHON benchmarks/pytorch_baseline.py --request REQUEST.json --out RESULT.json

where REQUEST.json holds {model, gguf_file, device, dtype, max_new_tokens, stop_ids,
prompts: [{id, prompt_ids}]}. Standalone, it tokenizes a prompt file itself (chat template
applied when the tokenizer has one):

    python benchmarks/pytorch_baseline.py --model DIR [--gguf-file F.gguf] \
        --prompts benchmarks/prompts/mt_bench_question.jsonl --num-samples 8 --out torch.json

Greedy decoding is a manual loop (prefill, then one token per forward with `past_key_values`)
so TTFT and per-step time are measured exactly as xlagen's engine measures them: TTFT from the
start of prefill until the first id is on the host, decode time for the steps after it.
Defaults: float32 on CPU, bfloat16 on CUDA.
"""

import argparse
import json
import os
import platform
import resource
import sys
import time


def read_prompts(path, n):
    """Alpaca (JSON array or JSONL), MT-Bench (first turn) or IFBench records → (id, text)."""
    text = open(path, encoding="utf-8").read()
    if text.lstrip().startswith("["):
        records = json.loads(text)
    else:
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    out = []
    for i, r in enumerate(records[:n]):
        if "instruction" in r:
            user = r["instruction"] + ("\n\n" + r["input"] if r.get("input", "").strip() else "")
        elif "turns" in r:
            user = r["turns"][0]
        else:
            user = r["prompt"]
        out.append((str(r.get("question_id", r.get("key", i))), user))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--request", help="request JSON written by xlagen bench")
    ap.add_argument("--model", help="HF checkpoint dir (standalone mode)")
    ap.add_argument("--gguf-file", help="a GGUF file inside --model's dir")
    ap.add_argument("--prompts")
    ap.add_argument("--num-samples", type=int, default=8)
    ap.add_argument("--max-new-tokens", type=int, default=64)
    ap.add_argument("--device", default=None)
    ap.add_argument("--dtype", default=None)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    import torch
    import transformers
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if args.request:
        req = json.load(open(args.request))
    else:
        req = {"model": args.model, "gguf_file": args.gguf_file, "device": args.device,
               "dtype": args.dtype, "max_new_tokens": args.max_new_tokens, "stop_ids": None}
    device = req.get("device") or ("cuda" if torch.cuda.is_available() else "cpu")
    dtype_name = req.get("dtype") or ("bfloat16" if device == "cuda" else "float32")
    dtype = getattr(torch, dtype_name)
    load_kwargs = {"gguf_file": req["gguf_file"]} if req.get("gguf_file") else {}

    if not args.request:
        tok = AutoTokenizer.from_pretrained(req["model"], **load_kwargs)
        prompts = []
        for pid, user in read_prompts(args.prompts, args.num_samples):
            if tok.chat_template:
                ids = tok.apply_chat_template([{"role": "user", "content": user}],
                                              add_generation_prompt=True, tokenize=True)
                ids = ids["input_ids"] if isinstance(ids, dict) else ids
            else:
                ids = tok(user)["input_ids"]
            prompts.append({"id": pid, "prompt_ids": list(ids)})
        req["prompts"] = prompts
        eos = tok.eos_token_id
        req["stop_ids"] = eos if isinstance(eos, list) else ([eos] if eos is not None else [])

    t = time.perf_counter()
    model = AutoModelForCausalLM.from_pretrained(req["model"], dtype=dtype, **load_kwargs)
    model = model.to(device).eval()
    load_ms = (time.perf_counter() - t) * 1e3
    weights_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()

    def sync():
        if device == "cuda":
            torch.cuda.synchronize()

    # transformers 5.x names the cache argument and output `cache`; 4.x `past_key_values`.
    import inspect
    cache_arg = "cache" if "cache" in inspect.signature(model.forward).parameters \
        else "past_key_values"

    def forward(ids, past):
        kwargs = {cache_arg: past} if past is not None else {}
        out = model(input_ids=ids, use_cache=True, logits_to_keep=1, **kwargs)
        return out, getattr(out, cache_arg)

    stop = set(req["stop_ids"] or [])
    max_new = req["max_new_tokens"]

    @torch.inference_mode()
    def generate(prompt_ids):
        t0 = time.perf_counter()
        ids = torch.tensor([prompt_ids], device=device)
        out, past = forward(ids, None)
        nxt = int(out.logits[0, -1].argmax())  # .item-like: waits for the device
        ttft = (time.perf_counter() - t0) * 1e3
        t1 = time.perf_counter()
        generated = []
        for step in range(max_new):
            if nxt in stop:
                break
            generated.append(nxt)
            if step + 1 == max_new:
                break
            out, past = forward(torch.tensor([[nxt]], device=device), past)
            nxt = int(out.logits[0, -1].argmax())
        sync()
        return generated, ttft, (time.perf_counter() - t1) * 1e3

    generate(req["prompts"][0]["prompt_ids"][:8])  # warm-up, untimed
    samples = []
    for p in req["prompts"]:
        ids, ttft, decode_ms = generate(p["prompt_ids"])
        samples.append({
            "id": p["id"], "prompt_tokens": len(p["prompt_ids"]), "generated_tokens": len(ids),
            "ttft_ms": ttft, "decode_steps": max(len(ids) - 1, 0), "decode_ms": decode_ms,
            "latency_ms": ttft + decode_ms, "output_ids": ids,
        })
        print(f"pytorch: prompt {p['id']}: {len(ids)} tokens in {ttft + decode_ms:.0f} ms",
              file=sys.stderr)

    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux
    device_bytes = torch.cuda.max_memory_allocated() if device == "cuda" else weights_bytes
    result = {
        "schema": "xlagen-bench/1",
        "configs": [{
            "name": "pytorch", "engine": "pytorch", "dtype": dtype_name, "kv_cache": True,
            "samples": samples,
            "resources": {"peak_rss_bytes": peak_rss, "weights_device_bytes": weights_bytes,
                          "device_bytes": device_bytes, "load_ms": load_ms},
            "info": {"torch": torch.__version__, "transformers": transformers.__version__,
                     "python": platform.python_version(), "device": device,
                     "threads": torch.get_num_threads(), "model": str(req["model"]),
                     "gguf_file": req.get("gguf_file"), "decoding": "greedy, manual loop"},
        }],
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
