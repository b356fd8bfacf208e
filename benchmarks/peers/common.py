"""What the peer comparisons share: where xlagen's binary and the models are, the F32 and Q8_0
GGUFs both engines read, child processes measured for peak RSS, the CPU's SIMD features, the
chat prompts, and a dependency-free SVG line plot. Standard library (numpy only where imported
by a caller).
"""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import llamacpp
from llamacpp import cache_dir

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "benchmarks" / "results"
MT_BENCH = REPO / "benchmarks" / "prompts" / "mt_bench_question.jsonl"
# The default model as xlagen fetches it; the F32 and Q8_0 files are made from it.
SOURCE_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
SYSTEM = "You are a helpful AI assistant named SmolLM, trained by Hugging Face"


def xlagen_bin() -> Path:
    path = Path(os.environ.get("XLAGEN_BIN") or REPO / "target" / "release" / "xlagen")
    if not path.is_file():
        sys.exit(f"no xlagen binary at {path}: run `cargo build --release` or set XLAGEN_BIN")
    return path


def source_gguf() -> Path:
    path = cache_dir("models", SOURCE_GGUF)
    if not path.is_file():
        # xlagen fetches the default model on first use; a one-token run does that.
        subprocess.run([str(xlagen_bin()), "generate", "--prompt", "hi", "--max-new-tokens", "1"],
                       check=True, capture_output=True)
    return path


def model_file(fmt: str) -> Path:
    """The default model as `fmt` (F32 or Q8_0), requantized from its Q4_1 GGUF by llama-quantize,
    so both engines read the same values (F32: the Q4_1 values exactly)."""
    dest = cache_dir("llama.cpp", "models", SOURCE_GGUF.replace("Q4_1", fmt))
    return llamacpp.make_gguf(source_gguf(), fmt, dest)


def gguf_tensor_bytes(path: Path) -> int:
    """Bytes of tensor data in a GGUF: what one decode step streams (the output projection is
    tied to the embedding table, so every tensor is read per token)."""
    from gguf import GGUFReader  # /work/venv has gguf; only the roofline needs it

    return sum(int(t.n_bytes) for t in GGUFReader(str(path)).tensors)


def cpu_simd() -> list[str]:
    flags = set(llamacpp.cpu_flags().split())
    want = ["sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl",
            "avx512_vnni", "avx512_bf16", "avx512_fp16", "avx_vnni", "amx_tile", "amx_int8"]
    return [f for f in want if f in flags]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def measured_cmd(cmd: list[str]) -> list[str]:
    """`cmd` wrapped so that its peak RSS is printed on its own last stderr line: a tiny Python
    parent that runs it and reports the child's ru_maxrss (KiB on Linux) from os.wait4."""
    code = ("import os,sys\n"
            "pid=os.fork()\n"
            "if pid==0:\n  os.execvp(sys.argv[1],sys.argv[1:])\n"
            "_,st,ru=os.wait4(pid,0)\n"
            "sys.stderr.write('\\nPEAK_RSS_KIB %d\\n'%ru.ru_maxrss)\n"
            "sys.exit(os.waitstatus_to_exitcode(st))\n")
    return [sys.executable, "-c", code, *map(str, cmd)]


def run(cmd: list, env: dict | None = None, timeout: float = 900) -> dict:
    """Runs `cmd` measured: stdout, stderr, wall seconds and peak RSS in MiB."""
    started = time.perf_counter()
    proc = subprocess.run(measured_cmd(cmd), capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})
    wall = time.perf_counter() - started
    m = re.search(r"PEAK_RSS_KIB (\d+)\s*$", proc.stderr)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd[:4]))} ... exited {proc.returncode}:\n"
                           f"{proc.stderr[-3000:]}")
    return {"stdout": proc.stdout, "stderr": proc.stderr, "wall_s": wall,
            "peak_rss_mib": int(m.group(1)) / 1024 if m else None}


def chat_text(question: str) -> str:
    """SmolLM2's chat template (the GGUF's tokenizer.chat_template) around one user message:
    the same text goes to both engines, whose tokenizers agree on it (checked per run)."""
    return (f"<|im_start|>system\n{SYSTEM}<|im_end|>\n<|im_start|>user\n{question}<|im_end|>\n"
            "<|im_start|>assistant\n")


def mt_bench_questions(min_chars: int = 0, max_chars: int = 10**9) -> list[dict]:
    rows = [json.loads(line) for line in MT_BENCH.read_text().splitlines() if line.strip()]
    return [r for r in rows if min_chars <= len(r["turns"][0]) <= max_chars]


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def svg_lines(path: Path, title: str, xlabel: str, ylabel: str, series: dict, log_x=True) -> None:
    """A small line chart as SVG: `series` maps a label to [(x, y), ...]."""
    import math

    W, H, L, R, T, B = 640, 400, 70, 150, 40, 50
    pts = [p for s in series.values() for p in s if p[1] is not None]
    if not pts:
        return
    fx = (lambda x: math.log2(x)) if log_x else (lambda x: x)
    xs = [fx(p[0]) for p in pts]
    x0, x1 = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1
    y1 = max(p[1] for p in pts) * 1.1 or 1.0
    sx = lambda x: L + (fx(x) - x0) / (x1 - x0) * (W - L - R)  # noqa: E731
    sy = lambda y: H - B - y / y1 * (H - T - B)  # noqa: E731
    colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
           'font-family="sans-serif" font-size="12">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{W / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>',
           f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="black"/>',
           f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="black"/>',
           f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">{xlabel}</text>',
           f'<text x="16" y="{(T + H - B) / 2}" text-anchor="middle" '
           f'transform="rotate(-90 16 {(T + H - B) / 2})">{ylabel}</text>']
    for x in sorted({p[0] for p in pts}):
        out.append(f'<text x="{sx(x):.1f}" y="{H - B + 16}" text-anchor="middle">{x:g}</text>')
    for i in range(6):
        y = y1 * i / 5
        out.append(f'<text x="{L - 6}" y="{sy(y) + 4:.1f}" text-anchor="end">{y:.3g}</text>')
        out.append(f'<line x1="{L}" y1="{sy(y):.1f}" x2="{W - R}" y2="{sy(y):.1f}" '
                   'stroke="#ddd"/>')
    for n, (label, s) in enumerate(series.items()):
        c = colors[n % len(colors)]
        s = [p for p in s if p[1] is not None]
        d = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in s)
        out.append(f'<polyline fill="none" stroke="{c}" stroke-width="2" points="{d}"/>')
        out += [f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{c}"/>' for x, y in s]
        out.append(f'<text x="{W - R + 10}" y="{T + 16 + 18 * n}" fill="{c}">{label}</text>')
    out.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n")
