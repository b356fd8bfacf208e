#!/usr/bin/env python3
"""Start-up time and peak RSS of `xlagen generate --format json`, phase by phase.

Runs the binary (and, with --baseline, a second one alternately, so both see the same machine)
on the default model for f32 and int8, a short chat prompt and 16 new tokens, `--runs` times
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
PHASES = ["model_open", "tokenizer", "plugin_check", "plugin_load", "weights", "executables",
          "first_token"]


def run(binary, quant):
    out = subprocess.run(
        [binary, "generate", "--prompt", PROMPT, "--chat", "--max-new-tokens", "16",
         "--format", "json", "--quant", quant],
        check=True, capture_output=True, text=True).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("{")))


def median_row(reports):
    laps = {p: statistics.median(next(l["ms"] for l in r["timings"]["start_up"]
                                      if l["phase"] == p) for r in reports)
            for p in PHASES}
    ready = sum(laps[p] for p in PHASES[:-1])
    return {
        "peak_rss_mb": statistics.median(r["timings"]["peak_rss_mb"] for r in reports),
        "ready_ms": ready,
        "phases_ms": laps,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--xlagen", required=True)
    ap.add_argument("--baseline")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    binaries = {"xlagen": args.xlagen}
    if args.baseline:
        binaries["baseline"] = args.baseline
    result = {"machine": platform.processor() or platform.machine(), "runs": args.runs,
              "prompt": PROMPT, "max_new_tokens": 16, "configs": {}}
    for quant in ["none", "int8"]:
        reports = {name: [] for name in binaries}
        for name, binary in binaries.items():
            run(binary, quant)  # warm-up: compile cache, RECORD verdict, page cache
        for _ in range(args.runs):
            for name, binary in binaries.items():
                reports[name].append(run(binary, quant))
        for name in binaries:
            result["configs"][f"{name}/{quant}"] = {
                "median": median_row(reports[name]), "reports": reports[name]}
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    header = "| config | peak RSS MiB | ready ms | " + " | ".join(PHASES) + " |"
    print(header)
    print("|" + "---|" * (3 + len(PHASES)))
    for config, entry in result["configs"].items():
        m = entry["median"]
        cells = " | ".join(f"{m['phases_ms'][p]:.0f}" for p in PHASES)
        print(f"| {config} | {m['peak_rss_mb']:.0f} | {m['ready_ms']:.0f} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
