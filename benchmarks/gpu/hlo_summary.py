#!/usr/bin/env python3
"""What XLA made of xlagen's programs on a GPU: reads the HLO that `XLA_FLAGS=--xla_dump_to=DIR`
wrote and says, per program, whether INT8 weights are widened into a temporary before a GEMM
(a bf16/f32 tensor of a weight's shape computed in the entry computation) or converted inside
the kernel that reads them, with the entry computation's kernels counted by kind.

    python3 benchmarks/gpu/hlo_summary.py DUMP_DIR [NAME_SUBSTRING]
"""

import collections
import glob
import os
import re
import sys

INSTR = re.compile(r"^\s*(ROOT\s+)?%?([\w.\-]+)\s*=\s*(\w+)\[([\d,]*)\][^ ]*\s+([\w\-]+)\((.*)$")


def entry_lines(text):
    """The lines of the ENTRY computation."""
    out, inside = [], False
    for line in text.splitlines():
        if line.startswith("ENTRY"):
            inside = True
            continue
        if inside:
            if line.startswith("}"):
                break
            out.append(line)
    return out


def summarize(path):
    text = open(path).read()
    lines = entry_lines(text)
    instrs = []
    for line in lines:
        m = INSTR.match(line)
        if m:
            _, name, dtype, dims, op, rest = m.groups()
            instrs.append((name, dtype, dims, op, line))
    def count(dims):
        n = 1
        for d in filter(None, dims.split(",")):
            n *= int(d)
        return n

    # By element count: a grouped weight is widened as [rows, groups, group], not [rows, cols].
    weights = {count(dims) for (_, dtype, dims, op, _) in instrs
               if op == "parameter" and dtype == "s8"}
    widened = [(n, d, dims) for (n, d, dims, op, _) in instrs
               if d in ("bf16", "f16", "f32") and count(dims) in weights and op != "parameter"]
    kinds = collections.Counter()
    for (_, _, _, op, line) in instrs:
        if op == "fusion":
            kind = re.search(r"kind=(k\w+)", line)
            backend = re.search(r'"kind":"(\w+)"', line)
            kinds["fusion " + (kind.group(1) if kind else "?") +
                  (" " + backend.group(1) if backend else "")] += 1
        elif op == "custom-call":
            target = re.search(r'custom_call_target="([^"]+)"', line)
            kinds["custom-call " + (target.group(1) if target else "?")] += 1
        elif op not in ("parameter", "get-tuple-element", "tuple", "constant", "bitcast"):
            kinds[op] += 1
    return weights, widened, kinds


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    pattern = sys.argv[2] if len(sys.argv) > 2 else ""
    files = sorted(f for f in glob.glob(os.path.join(sys.argv[1], "*after_optimizations.txt"))
                   if pattern in os.path.basename(f))
    if not files:
        sys.exit(f"no *after_optimizations.txt under {sys.argv[1]} matching {pattern!r}")
    for f in files:
        weights, widened, kinds = summarize(f)
        print(f"== {os.path.basename(f)}")
        print(f"  INT8 weight shapes: {len(weights)}; widened to a temporary in the entry "
              f"computation: {len(widened)}")
        for n, d, dims in widened[:8]:
            print(f"    {n}: {d}[{dims}]")
        print("  entry kernels: " + ", ".join(f"{k} ×{v}" for k, v in kinds.most_common()))


if __name__ == "__main__":
    main()
