#!/usr/bin/env python3
"""INT8 quality against each engine's own f32, on the same teacher-forced windows of a long
public-domain English text (issue 13 item 6): top-1 agreement with the f32 model, perplexity
change, and mean KL divergence.

- llama.cpp: its Q8_0 against its F32, by `llama-perplexity --kl-divergence-base` then
  `--kl-divergence` (its "Same top p", "Mean PPL(Q)/PPL(base)" and "Mean KLD").
- xlagen: `--quant int8`, `int8-g64`, `int8-g32` against `--quant none`, from `xlagen logits`
  (every position's logits as .npy) on the very token windows llama-perplexity scored (read
  back from its base file), at the same positions (the second half of each window, as
  llama-perplexity scores them).

Both engines start from the same values: the F32 GGUF made from the default model's Q4_1 GGUF
(llama.cpp quantizes it to Q8_0; xlagen quantizes it at load).

Text: Lewis Carroll's "Alice's Adventures in Wonderland" (Project Gutenberg, public domain) as
`alice29.txt` of the Canterbury corpus, shipped in PyPI's `brotli` 1.2.0 sdist
(tests/testdata), pinned by sha256; line-wrapping undone, the title lines dropped.

    /work/venv/bin/python benchmarks/peers/int8_quality.py      # ~6 min on 2 cores

Writes benchmarks/results/int8_quality.json and .md. Needs numpy and gguf (in /work/venv).
"""

import argparse
import hashlib
import json
import os
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
import llamacpp  # noqa: E402
from llamacpp import cache_dir  # noqa: E402

sys.path.insert(0, str(common.REPO / "tests" / "fixtures"))
from fetching import download_from_index  # noqa: E402

TEXT_PACKAGE, TEXT_ARCHIVE = "brotli", "brotli-1.2.0.tar.gz"
TEXT_SHA256 = "e310f77e41941c13340a95976fe66a8a95b01e783d430eeaf7a2f87e0a57dd0a"
TEXT_MEMBER = "brotli-1.2.0/tests/testdata/alice29.txt"
MODES = ["int8", "int8-g64", "int8-g32"]


def text_file() -> Path:
    """alice29.txt, paragraphs joined into lines, in the cache dir (made once)."""
    dest = cache_dir("text", "alice29.txt")
    if dest.is_file():
        return dest
    archive = cache_dir("text", TEXT_ARCHIVE)
    archive.parent.mkdir(parents=True, exist_ok=True)
    if not archive.is_file() or hashlib.sha256(archive.read_bytes()).hexdigest() != TEXT_SHA256:
        got = download_from_index(TEXT_PACKAGE, TEXT_ARCHIVE, archive)
        if got != TEXT_SHA256:
            sys.exit(f"{TEXT_ARCHIVE}: sha256 {got}, expected {TEXT_SHA256}")
    with tarfile.open(archive) as tar:
        raw = tar.extractfile(TEXT_MEMBER).read().decode("latin-1")
    raw = raw.replace("\r\n", "\n")
    start = raw.index("CHAPTER I")
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw[start:])]
    dest.write_text("\n\n".join(p for p in paragraphs if p) + "\n")
    return dest


def parse_kld(out: str) -> dict:
    def num(pattern):
        m = re.search(pattern, out)
        return float(m.group(1)) if m else None

    return {
        "same_top_p": num(r"Same top p:\s*([\d.]+)"),
        "ppl_q": num(r"Mean PPL\(Q\)\s*:\s*([\d.]+)"),
        "ppl_base": num(r"Mean PPL\(base\)\s*:\s*([\d.]+)"),
        "ppl_ratio": num(r"Mean PPL\(Q\)/PPL\(base\)\s*:\s*([\d.]+)"),
        "mean_kld": num(r"Mean\s+KLD:\s*([\d.]+)"),
    }


def base_tokens(path: Path) -> tuple[int, list[list[int]]]:
    """The windows llama-perplexity scored, from the head of its base logits file: "_logits_",
    n_ctx (u32), n_vocab (i32), n_chunk (i32), then n_ctx·n_chunk token ids (i32)."""
    with open(path, "rb") as f:
        if f.read(8) != b"_logits_":
            sys.exit(f"{path}: not a llama-perplexity logits file")
        n_ctx, _n_vocab, n_chunk = struct.unpack("<Iii", f.read(12))
        ids = struct.unpack(f"<{n_ctx * n_chunk}i", f.read(4 * n_ctx * n_chunk))
    return n_ctx, [list(ids[i * n_ctx:(i + 1) * n_ctx]) for i in range(n_chunk)]


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    x = x - x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


def xlagen_logits(model: Path, quant: str, ids: list[int], out: Path) -> np.ndarray:
    n = len(ids)
    subprocess.run([str(common.xlagen_bin()), "logits", "--model", str(model), "--quant", quant,
                    "--max-seq", str(n), "--buckets", str(n),
                    "--prompt-ids", ",".join(map(str, ids)), "--out", str(out)],
                   check=True, capture_output=True)
    logits = np.load(out)
    out.unlink()
    if logits.shape[0] != n:
        sys.exit(f"xlagen logits gave {logits.shape[0]} rows for {n} ids")
    return logits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ctx", type=int, default=512, help="window length (tokens)")
    parser.add_argument("--chunks", type=int, default=8,
                        help="windows; each scores its second half (default 8 × 255 = 2040 positions)")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--out", type=Path, default=common.RESULTS / "int8_quality.json")
    parser.add_argument("--note", default="", help="a line saying how this run was made")
    args = parser.parse_args()
    print(f"int8_quality: {args.chunks} windows of {args.ctx}; expect ~{args.chunks * 45 // 60 + 1} "
          "min on 2 cores", file=sys.stderr)
    started = time.time()
    bin_dir = llamacpp.ensure_built()
    f32, q8 = common.model_file("F32"), common.model_file("Q8_0")
    text = text_file()
    ppl = str(bin_dir / "llama-perplexity")
    common_args = ["-f", str(text), "-c", str(args.ctx), "--chunks", str(args.chunks),
                   "-t", str(args.threads)]
    with tempfile.TemporaryDirectory(dir=cache_dir("llama.cpp")) as tmp:
        base = Path(tmp) / "f32.kld"
        base_run = subprocess.run([ppl, "-m", str(f32), *common_args, "--kl-divergence-base",
                                   str(base), *llamacpp.repack_flags(f32)],
                                  capture_output=True, text=True)
        if base_run.returncode != 0:
            sys.exit(f"llama-perplexity (F32 base) failed:\n{base_run.stderr[-3000:]}")
        m = re.search(r"Final estimate: PPL = ([\d.]+)", base_run.stdout + base_run.stderr)
        llama_f32_ppl = float(m.group(1)) if m else None
        q_run = subprocess.run([ppl, "-m", str(q8), *common_args, "--kl-divergence-base",
                                str(base), "--kl-divergence", *llamacpp.repack_flags(q8)],
                               capture_output=True, text=True)
        if q_run.returncode != 0:
            sys.exit(f"llama-perplexity (Q8_0 KL) failed:\n{q_run.stderr[-3000:]}")
        llama = parse_kld(q_run.stdout + q_run.stderr)
        n_ctx, windows = base_tokens(base)

        first = n_ctx // 2
        stats = {q: {"same": 0, "nll": 0.0, "kld": 0.0} for q in ["none", *MODES]}
        count = 0
        for w, ids in enumerate(windows):
            targets = np.array(ids[first + 1:])
            lp = {}
            for q in ["none", *MODES]:
                logits = xlagen_logits(f32, q, ids, Path(tmp) / "logits.npy")
                lp[q] = log_softmax(logits[first:n_ctx - 1])
            top_ref = lp["none"].argmax(-1)
            p_ref = np.exp(lp["none"])
            for q in ["none", *MODES]:
                s = stats[q]
                s["same"] += int((lp[q].argmax(-1) == top_ref).sum())
                s["nll"] += float(-lp[q][np.arange(len(targets)), targets].sum())
                s["kld"] += float((p_ref * (lp["none"] - lp[q])).sum())
            count += len(targets)
            print(f"  window {w + 1}/{len(windows)} done", file=sys.stderr)

    xl_f32_ppl = float(np.exp(stats["none"]["nll"] / count))
    rows = [{
        "engine": "llama.cpp", "mode": "Q8_0", "vs": "llama.cpp F32",
        "top1_agreement_pct": llama["same_top_p"],
        "ppl": llama["ppl_q"], "ppl_base": llama["ppl_base"],
        "ppl_change_pct": None if llama["ppl_ratio"] is None else 100 * (llama["ppl_ratio"] - 1),
        "mean_kld": llama["mean_kld"],
    }]
    for q in MODES:
        s = stats[q]
        q_ppl = float(np.exp(s["nll"] / count))
        rows.append({
            "engine": "xlagen", "mode": q, "vs": "xlagen f32 (--quant none)",
            "top1_agreement_pct": 100 * s["same"] / count,
            "ppl": q_ppl, "ppl_base": xl_f32_ppl,
            "ppl_change_pct": 100 * (q_ppl / xl_f32_ppl - 1),
            "mean_kld": s["kld"] / count,
        })
    report = {
        "what": "INT8 quality vs each engine's f32: teacher-forced top-1 agreement, perplexity, KL",
        "note": args.note,
        "text": f"alice29.txt (Alice's Adventures in Wonderland, public domain) from PyPI "
                f"{TEXT_PACKAGE} {TEXT_ARCHIVE} sha256 {TEXT_SHA256[:16]}…",
        "windows": len(windows), "window_tokens": n_ctx, "scored_positions": count,
        "models": {"f32": str(f32), "q8_0": str(q8)},
        "llama_cpp": {"version": llamacpp.VERSION, "f32_ppl": llama_f32_ppl,
                      "flags": {"F32": llamacpp.repack_flags(f32), "Q8_0": llamacpp.repack_flags(q8)},
                      "system_info": llamacpp.system_info()},
        "xlagen_f32_ppl": xl_f32_ppl,
        "cpu": common.cpu_model(),
        "rows": rows,
        "runtime_s": round(time.time() - started, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    md = [f"Note: {args.note}", ""] if args.note else []
    md += [f"Teacher-forced on {len(windows)} windows × {n_ctx} tokens of {report['text']}, "
          f"{count} scored positions (each window's second half). f32 perplexity: llama.cpp "
          f"{llama_f32_ppl}, xlagen {xl_f32_ppl:.4f}.", "",
          "| engine | weights | top-1 agreement vs own f32 | perplexity change | mean KLD |",
          "|---|---|---:|---:|---:|"]
    for r in rows:
        md.append(f"| {r['engine']} | {r['mode']} | {r['top1_agreement_pct']:.2f}% | "
                  f"{r['ppl_change_pct']:+.3f}% | {r['mean_kld']:.5f} |")
    args.out.with_suffix(".md").write_text("\n".join(md) + "\n")
    print("\n".join(md))
    print(f"wrote {args.out} ({report['runtime_s']} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
