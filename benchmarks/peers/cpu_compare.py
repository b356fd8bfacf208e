#!/usr/bin/env python3
"""xlagen against llama.cpp on this CPU, in one run, on the same prompts and weights (issue 13):
decode tok/s (and % of the measured read roofline), TTFT (prefill of the same prompt), peak
RSS, start-up (first run, and warm), and the SIMD path each engine ran.

Pairs, each engine reading the same GGUF file:
- llama.cpp F32  vs  xlagen --quant none      on the F32 GGUF (the Q4_1 values, exactly)
- llama.cpp Q8_0 vs  xlagen --quant int8 and --quant int8-g32 on the Q8_0 GGUF (xlagen
  dequantizes Q8_0 at load and quantizes again: int8-g32 gives back Q8_0's values up to the
  f32-vs-f16 scale; int8 is one scale per output channel)
Both GGUFs are made from the default model's Q4_1 GGUF by llama-quantize --allow-requantize.

Prompts: MT-Bench first turns in SmolLM2's chat template (~40-50 tokens), the same text to
both engines (the token ids are checked equal), greedy, up to 128 new tokens, threads = cores.
Runs are interleaved (every config per prompt, the order rotated each repeat) so ratios come
from the same minutes. Peak RSS is each process's kernel-reported max RSS (wait4), the same
measure for both. Start-up, "first": xlagen with an empty compile cache (trace + compile),
llama.cpp's first run; "warm": the median over the other runs (xlagen's executables cached).
xlagen's own load + compile figures and llama.cpp's "load time" are in the JSON too.

    /work/venv/bin/python benchmarks/peers/cpu_compare.py          # ~8 min on 2 quiet cores

Writes benchmarks/results/cpu_vs_llamacpp.json and .md. Builds llama.cpp first if needed
(benchmarks/peers/llamacpp.py). Needs gguf (in /work/venv) for the roofline's bytes.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
import llamacpp  # noqa: E402
from llamacpp import cache_dir  # noqa: E402

PLUGIN_REL = Path("python") / "xla_plugins" / "xla_cpu_pjrt" / "xla_cpu_pjrt.so"
# (label, engine, file format, xlagen --quant)
CONFIGS = [
    ("llama.cpp F32", "llama", "F32", None),
    ("xlagen f32", "xlagen", "F32", "none"),
    ("llama.cpp Q8_0", "llama", "Q8_0", None),
    ("xlagen int8", "xlagen", "Q8_0", "int8"),
    ("xlagen int8-g32", "xlagen", "Q8_0", "int8-g32"),
]
PAIRS = [("xlagen f32", "llama.cpp F32"), ("xlagen int8", "llama.cpp Q8_0"),
         ("xlagen int8-g32", "llama.cpp Q8_0")]


def llama_run(model: Path, prompt: str, n: int, threads: int, ctx: int) -> dict:
    r = common.run([llamacpp.tool("llama-completion"), "-m", model, "-p", prompt, "-n", n,
                    "--temp", "0", "-s", "0", "-t", threads, "-tb", threads, "-c", ctx,
                    "-no-cnv", "--no-display-prompt", "--verbose-prompt",
                    *llamacpp.repack_flags(model)])
    err = r["stderr"]

    def ms(label):
        m = re.search(rf"{label} =\s*([\d.]+) ms /\s*(\d+)", err)
        return (float(m.group(1)), int(m.group(2))) if m else (None, None)

    load = re.search(r"load time =\s*([\d.]+) ms", err)
    prefill_ms, prompt_n = ms("prompt eval time")
    eval_ms, eval_n = ms(r"(?<!prompt )eval time")
    ids = [int(x) for x in re.findall(r"^\s*(\d+) -> '", err, re.M)]
    info = next((ln.strip() for ln in err.splitlines() if "system_info" in ln), None)
    # Generated = the first token (sampled after prefill) + one per eval run.
    generated = (eval_n or 0) + 1
    decode = eval_n / (eval_ms / 1e3) if eval_ms else None
    return {
        "prompt_tokens": prompt_n, "prompt_ids": ids, "generated_tokens": generated,
        "text": r["stdout"], "ttft_ms": prefill_ms, "decode_tok_s": decode,
        "peak_rss_mib": r["peak_rss_mib"], "wall_s": r["wall_s"],
        "engine_startup_ms": float(load.group(1)) if load else None,
        # What the process spent outside prefill and decode: load, set-up, exit.
        "overhead_s": r["wall_s"] - ((prefill_ms or 0) + (eval_ms or 0)) / 1e3,
        "simd": info, "llama_flags": llamacpp.repack_flags(model),
    }


def xlagen_run(model: Path, quant: str, prompt: str, n: int, ctx: int, kv_dtype: str,
               env: dict) -> dict:
    r = common.run([common.xlagen_bin(), "generate", "--model", model, "--quant", quant,
                    "--prompt", prompt, "--max-new-tokens", n, "--max-seq", ctx,
                    "--kv-dtype", kv_dtype, "--temperature", "0", "--format", "json"], env=env)
    j = json.loads(r["stdout"].strip().splitlines()[-1])
    t = j["timings"]
    gen = len(j["ids"])
    decode_s = (gen - 1) / t["decode_tok_s"] if t.get("decode_tok_s") else 0.0
    device = j.get("device") if isinstance(j.get("device"), dict) else {}
    backend = j.get("backend") or j.get("kernel_path") or device.get("kernel_path")
    return {
        "prompt_tokens": len(j["prompt_ids"]), "prompt_ids": j["prompt_ids"],
        "generated_tokens": gen, "text": j["text"], "ttft_ms": t["ttft_ms"],
        "decode_tok_s": t.get("decode_tok_s"), "peak_rss_mib": r["peak_rss_mib"],
        "self_reported_peak_rss_mib": t.get("peak_rss_mb"), "wall_s": r["wall_s"],
        # Newer builds load the executables within load_ms, beside the weights (start_up_jobs).
        "engine_startup_ms": t["load_ms"] + (0 if "start_up_jobs" in t else t["compile_ms"]),
        "load_ms": t["load_ms"], "compile_ms": t["compile_ms"],
        "compile_cache": j.get("compile_cache"),
        "weights_device_bytes": (j.get("memory") or {}).get("weights_device_bytes"),
        "overhead_s": r["wall_s"] - (t["ttft_ms"] / 1e3 + decode_s),
        "simd": backend or "not reported by this xlagen build",
    }


def read_bandwidth_gb_s(env: dict) -> dict:
    """The read roofline as `xlagen bench` measures it (best of its XLA and native probes)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.json"
        common.run([common.xlagen_bin(), "bench", "--model", "default",
                    "--prompts", common.MT_BENCH, "--num-samples", 1,
                    "--max-new-tokens", 2, "--configs", "int8", "--no-plots", "--out", out], env=env)
        j = json.loads(out.read_text())
    return {**j["bandwidth"], "xlagen_kernel_path": (j.get("device") or {}).get("kernel_path")}


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prompts", type=int, default=4, help="MT-Bench prompts")
    parser.add_argument("--repeats", type=int, default=2, help="passes over the prompts")
    parser.add_argument("--max-new-tokens", type=int, default=128)
    parser.add_argument("--ctx", type=int, default=1024, help="KV cache positions, both engines")
    parser.add_argument("--kv-dtype", default="f16",
                        help="xlagen's KV cache dtype (llama.cpp's default cache is f16)")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--configs", default=",".join(c[0] for c in CONFIGS),
                        help="comma-separated labels from: " + ", ".join(c[0] for c in CONFIGS))
    parser.add_argument("--out", type=Path, default=common.RESULTS / "cpu_vs_llamacpp.json")
    parser.add_argument("--note", default="", help="a line saying how this run was made")
    args = parser.parse_args()
    wanted = [c for c in CONFIGS if c[0] in args.configs.split(",")]
    runs_total = len(wanted) * args.prompts * args.repeats
    print(f"cpu_compare: {runs_total} runs + {len(wanted)} first starts + roofline; expect "
          f"~{(runs_total * 8 + len(wanted) * 40 + 30) // 60 + 1} min on 2 cores", file=sys.stderr)
    started = time.time()
    llamacpp.ensure_built()
    files = {fmt: common.model_file(fmt) for fmt in {c[2] for c in wanted}}
    questions = common.mt_bench_questions(40, 110)[:args.prompts]
    prompts = [common.chat_text(q["turns"][0]) for q in questions]
    plugin = cache_dir() / PLUGIN_REL
    warm_env = {}

    results = {c[0]: {"runs": [], "first": None} for c in wanted}

    def one(cfg, prompt, env):
        label, engine, fmt, quant = cfg
        if engine == "llama":
            return llama_run(files[fmt], prompt, args.max_new_tokens, args.threads, args.ctx)
        return xlagen_run(files[fmt], quant, prompt, args.max_new_tokens, args.ctx,
                          args.kv_dtype, env)

    bandwidth = read_bandwidth_gb_s(warm_env)
    print(f"  read bandwidth {bandwidth['read_gb_per_s']:.1f} GB/s", file=sys.stderr)
    # First starts: xlagen with an empty compile cache (its plugin named explicitly), then each
    # config once on prompt 0 before the timed passes.
    with tempfile.TemporaryDirectory() as cold_cache:
        for cfg in wanted:
            env = warm_env
            if cfg[1] == "xlagen":
                env = {"XLAGEN_CACHE_DIR": tempfile.mkdtemp(dir=cold_cache),
                       "XLAGEN_PJRT_PLUGIN": str(plugin)}
            results[cfg[0]]["first"] = one(cfg, prompts[0], env)
            print(f"  first start {cfg[0]}: {results[cfg[0]]['first']['overhead_s']:.2f} s",
                  file=sys.stderr)
    for rep in range(args.repeats):
        for p, prompt in enumerate(prompts):
            order = wanted[rep % len(wanted):] + wanted[:rep % len(wanted)]
            for cfg in order:
                r = one(cfg, prompt, warm_env)
                r["prompt"], r["repeat"] = p, rep
                results[cfg[0]]["runs"].append(r)
            print(f"  pass {rep + 1}/{args.repeats} prompt {p + 1}/{len(prompts)}", file=sys.stderr)

    # Same prompt, same tokens: the comparison is only fair if both engines saw the same ids.
    ids_by_prompt = {}
    mismatches = []
    for label, res in results.items():
        for r in res["runs"]:
            seen = ids_by_prompt.setdefault(r["prompt"], (label, r["prompt_ids"]))
            if r["prompt_ids"] and seen[1] and r["prompt_ids"] != seen[1]:
                mismatches.append(f"prompt {r['prompt']}: {label} ids differ from {seen[0]}'s")

    bytes_per_token = {fmt: common.gguf_tensor_bytes(path) for fmt, path in files.items()}
    bound = {fmt: bandwidth["read_gb_per_s"] * 1e9 / b for fmt, b in bytes_per_token.items()}
    summary = {}
    for label, engine, fmt, quant in wanted:
        res = results[label]
        runs = res["runs"]
        decode = med([r["decode_tok_s"] for r in runs])
        summary[label] = {
            "engine": engine, "file": fmt, "quant": quant,
            "decode_tok_s": decode,
            "pct_roofline": 100 * decode / bound[fmt] if decode else None,
            "ttft_ms": med([r["ttft_ms"] for r in runs]),
            "prompt_tokens": med([r["prompt_tokens"] for r in runs]),
            "generated_tokens": med([r["generated_tokens"] for r in runs]),
            "peak_rss_mib": max((r["peak_rss_mib"] or 0) for r in runs + [res["first"]]),
            "first_start_s": res["first"]["overhead_s"],
            "warm_start_s": med([r["overhead_s"] for r in runs]),
            "engine_first_startup_ms": res["first"]["engine_startup_ms"],
            "engine_warm_startup_ms": med([r["engine_startup_ms"] for r in runs]),
            "simd": runs[0]["simd"] if runs else res["first"]["simd"],
            "llama_flags": res["first"].get("llama_flags"),
        }
    # Greedy outputs of the same weights should agree; where they part is worth knowing.
    same_text = {}
    for a, b in PAIRS:
        if a in results and b in results:
            ta = {r["prompt"]: r["text"].strip() for r in results[a]["runs"]}
            tb = {r["prompt"]: r["text"].strip() for r in results[b]["runs"]}
            same_text[f"{a} vs {b}"] = sum(ta[p] == tb.get(p) for p in ta)
    ratios = {}
    for a, b in PAIRS:
        if a in summary and b in summary:
            sa, sb = summary[a], summary[b]
            ratios[f"{a} / {b}"] = {
                k: (sa[k] / sb[k] if sa[k] and sb[k] else None)
                for k in ["decode_tok_s", "ttft_ms", "peak_rss_mib", "warm_start_s"]}

    report = {
        "what": "xlagen vs llama.cpp on one CPU, same prompts and GGUF files, interleaved runs",
        "note": args.note,
        "cpu": common.cpu_model(), "cores": os.cpu_count(), "cpu_simd": common.cpu_simd(),
        "llama_cpp": {"version": f"llama-cpp-python {llamacpp.VERSION} sdist",
                      "build": str(llamacpp.build_dir()), "system_info": llamacpp.system_info()},
        "xlagen": {"binary": str(common.xlagen_bin()), "git": _git_head()},
        "bandwidth": bandwidth,
        "bytes_per_token": bytes_per_token,
        "settings": {"prompts": len(prompts), "repeats": args.repeats,
                     "max_new_tokens": args.max_new_tokens, "ctx": args.ctx,
                     "xlagen_kv_dtype": args.kv_dtype,
                     "threads": args.threads, "prompt_ids": [q["question_id"] for q in questions]},
        "summary": summary, "ratios": ratios, "same_greedy_text": same_text,
        "prompt_id_mismatches": mismatches,
        "runs": {k: {"first": _slim(v["first"]), "runs": [_slim(r) for r in v["runs"]]}
                 for k, v in results.items()},
        "runtime_s": round(time.time() - started, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    md = table(report)
    args.out.with_suffix(".md").write_text(md)
    print(md)
    print(f"wrote {args.out} ({report['runtime_s']} s)", file=sys.stderr)


def _slim(r: dict) -> dict:
    return {k: v for k, v in r.items() if k not in ("prompt_ids", "text")}


def _git_head() -> str:
    out = subprocess.run(["git", "-C", str(common.REPO), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True)
    return out.stdout.strip()


def table(rep: dict) -> str:
    def f(x, d=1):
        return "–" if x is None else f"{x:.{d}f}"

    bw = rep["bandwidth"]["read_gb_per_s"]
    lines = [f"Note: {rep['note']}", ""] if rep.get("note") else []
    lines += [
        f"{rep['cpu']}, {rep['cores']} cores; read roofline {bw:.1f} GB/s (xlagen bench's probe); "
        f"{rep['settings']['prompts']} MT-Bench prompts × {rep['settings']['repeats']} passes, "
        f"≤ {rep['settings']['max_new_tokens']} greedy tokens, medians; KV cache "
        f"{rep['settings']['ctx']} positions, xlagen "
        f"{rep['settings'].get('xlagen_kv_dtype', 'in the model dtype')}, llama.cpp f16.",
        "",
        "| | decode tok/s | % roofline | TTFT ms (prompt tok) | peak RSS MiB | first start s | "
        "warm start s | engine's own start ms, first / warm | SIMD |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for label, s in rep["summary"].items():
        simd = s["simd"] or "–"
        if "system_info" in simd:
            simd = ", ".join(re.findall(r"(AVX512\w*|AVX_VNNI|AVX2|AMX\w*|FMA) = 1", simd)) or simd
            if "--no-repack" in (s.get("llama_flags") or []):
                simd += " (run with --no-repack: AMX and repack off)"
        lines.append(
            f"| {label} | {f(s['decode_tok_s'])} | {f(s['pct_roofline'], 0)} | "
            f"{f(s['ttft_ms'], 0)} ({f(s['prompt_tokens'], 0)}) | {f(s['peak_rss_mib'], 0)} | "
            f"{f(s['first_start_s'], 2)} | {f(s['warm_start_s'], 2)} | "
            f"{f(s['engine_first_startup_ms'], 0)} / {f(s['engine_warm_startup_ms'], 0)} | {simd} |")
    lines += ["", "Start-up: the process's wall time outside prefill and decode (first: xlagen "
              "with an empty compile cache); the engine's own figure is xlagen's load + compile "
              "(compile = loading cached executables when warm) and llama.cpp's `load time`.",
              "", "| ratio (xlagen / llama.cpp) | decode | TTFT | peak RSS | warm start |",
              "|---|---:|---:|---:|---:|"]
    for k, r in rep["ratios"].items():
        lines.append(f"| {k} | {f(r['decode_tok_s'], 2)} | {f(r['ttft_ms'], 2)} | "
                     f"{f(r['peak_rss_mib'], 2)} | {f(r['warm_start_s'], 2)} |")
    if rep["prompt_id_mismatches"]:
        lines += ["", "Prompt token ids differ: " + "; ".join(rep["prompt_id_mismatches"])]
    lines += ["", "Same greedy text as the peer (prompts): " +
              ", ".join(f"{k}: {v}" for k, v in rep["same_greedy_text"].items())]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
