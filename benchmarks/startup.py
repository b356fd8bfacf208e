#!/usr/bin/env python3
"""Start-up time and peak RSS of `xlagen generate --format json`, phase by phase.

Runs the binary (and, with --baseline, a second one alternately, so both see the same machine)
on the default model (or --model) for f32 and int8 (or --quants), a short chat prompt and 16 new
tokens, `--runs` times
each, after one warm-up run that fills the compile cache and the plugin's RECORD verdict.
Writes the raw reports as JSON and prints a markdown table of medians. Standard library only.

    python3 benchmarks/startup.py --xlagen target/release/xlagen \
        [--baseline /path/to/older/xlagen] --out benchmarks/results/startup.json
"""

import argparse
import json
import platform
import statistics
import subprocess
import sys

PROMPT = "Write a short poem about the sea."
# The phases on the main thread, in order; an older binary ran the tokenizer, the weights and
# the executables one after another instead (its laps are read as they are named).
PHASES = ["model_open", "plugin_check", "plugin_load", "weights_and_executables", "first_token"]
OLD_PHASES = ["model_open", "tokenizer", "plugin_check", "plugin_load", "weights", "executables",
              "first_token"]
# Jobs that run side by side within those phases (newer binaries only).
JOBS = ["tokenizer_ms", "weights_ms", "executables_ms"]


def run(binary, quant, model):
    out = subprocess.run(
        [binary, "generate", "--model", model, "--prompt", PROMPT, "--chat", "--max-new-tokens", "16",
         "--format", "json", "--quant", quant],
        check=True, capture_output=True, text=True).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("{")))


def median_row(reports):
    names = [l["phase"] for l in reports[0]["timings"]["start_up"]]
    laps = {p: statistics.median(next(l["ms"] for l in r["timings"]["start_up"]
                                      if l["phase"] == p) for r in reports)
            for p in names}
    jobs = {j: statistics.median(r["timings"]["start_up_jobs"][j] for r in reports)
            for j in JOBS if "start_up_jobs" in reports[0]["timings"]}
    return {
        "peak_rss_mb": statistics.median(r["timings"]["peak_rss_mb"] for r in reports),
        # Wall time until the first prefill can start: every lap but the first token's.
        "ready_ms": statistics.median(sum(l["ms"] for l in r["timings"]["start_up"]
                                          if l["phase"] != "first_token") for r in reports),
        "phases_ms": laps,
        "jobs_ms": jobs,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--xlagen", required=True)
    ap.add_argument("--baseline")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--model", default="default",
                    help="a .gguf file or checkpoint dir (default: the default model)")
    ap.add_argument("--quants", default="none,int8", help="comma-separated --quant values")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    binaries = {"xlagen": args.xlagen}
    if args.baseline:
        binaries["baseline"] = args.baseline
    result = {"machine": platform.processor() or platform.machine(), "runs": args.runs,
              "prompt": PROMPT, "model": args.model, "max_new_tokens": 16, "configs": {}}
    for quant in args.quants.split(","):
        reports = {name: [] for name in binaries}
        for name, binary in binaries.items():
            run(binary, quant, args.model)  # warm-up: compile cache, RECORD verdict, page cache
        for _ in range(args.runs):
            for name, binary in binaries.items():
                reports[name].append(run(binary, quant, args.model))
        for name in binaries:
            result["configs"][f"{name}/{quant}"] = {
                "median": median_row(reports[name]), "reports": reports[name]}
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    columns = PHASES + [p for p in OLD_PHASES if p not in PHASES] + JOBS
    header = "| config | peak RSS MiB | ready ms | " + " | ".join(columns) + " |"
    print(header)
    print("|" + "---|" * (3 + len(columns)))
    for config, entry in result["configs"].items():
        m = entry["median"]
        found = {**m["phases_ms"], **m["jobs_ms"]}
        cells = " | ".join(f"{found[c]:.0f}" if c in found else "-" for c in columns)
        print(f"| {config} | {m['peak_rss_mb']:.0f} | {m['ready_ms']:.0f} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
