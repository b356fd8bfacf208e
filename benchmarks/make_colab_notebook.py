#!/usr/bin/env python3
"""Writes benchmarks/colab_tpu.ipynb (the notebook is generated so its cells stay reviewable
here). tests/bench.rs checks the notebook and runs its `xlagen bench` command on CPU with the
device, model and prompt file swapped for local ones."""

import json
import pathlib

CELLS = [
    ("markdown", """# xlagen on a Colab TPU: Mistral-7B-v0.1, Alpaca, bf16 and INT8

Runtime → Change runtime type → **TPU** (a v5e-1 or v3 TPU has 16 GB per core: enough for
Mistral-7B in bf16, 14.5 GB, and INT8, 7.2 GB). Mistral-7B-v0.1 is gated on the Hugging Face Hub:
accept its licence there and add an `HF_TOKEN` secret to Colab first.

Every `!` command below is also run by xlagen's CI on CPU (tests/bench.rs), with only the
device, the model and the prompt file swapped."""),
    ("code", """!curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
import os
os.environ['PATH'] = os.path.expanduser('~/.cargo/bin') + ':' + os.environ['PATH']"""),
    ("code", """# Where xlagen is hosted: set XLAGEN_REPO before running this cell.
XLAGEN_REPO = os.environ.get('XLAGEN_REPO', 'https://github.com/xlagen/xlagen')
!git clone --depth 1 $XLAGEN_REPO /content/xlagen"""),
    ("code", """%cd /content/xlagen
!cargo build --release"""),
    ("code", """!pip install -q libtpu huggingface_hub"""),
    ("code", """from google.colab import userdata
os.environ['HF_TOKEN'] = userdata.get('HF_TOKEN')
!huggingface-cli download mistralai/Mistral-7B-v0.1 config.json tokenizer.json tokenizer_config.json model-00001-of-00002.safetensors model-00002-of-00002.safetensors model.safetensors.index.json --local-dir /content/mistral-7b"""),
    ("code", """!wget -q -O /content/alpaca_data.json https://raw.githubusercontent.com/tatsu-lab/stanford_alpaca/main/alpaca_data.json"""),
    ("markdown", """The bench: 1000 Alpaca prompts, greedy, 128 new tokens each, bf16 then INT8, quality of
INT8 against bf16's outputs. It writes the JSON report, `README-table.md` and the plots under
`benchmarks/results/tpu/`."""),
    ("code", """!./target/release/xlagen bench --device tpu --model /content/mistral-7b --prompts /content/alpaca_data.json --num-samples 1000 --max-new-tokens 128 --configs bf16,int8 --out benchmarks/results/tpu/mistral7b_alpaca.json"""),
    ("code", """from IPython.display import Image, Markdown, display
display(Markdown(open('benchmarks/results/tpu/README-table.md').read()))
for name in ['tok_s', 'memory', 'latency_cdf', 'rouge_by_length', 'roofline']:
    path = f'benchmarks/results/tpu/plots/{name}.png'
    if os.path.exists(path):
        display(Image(path))"""),
    ("code", """!cd benchmarks/results && zip -qr /content/xlagen_tpu_results.zip tpu
from google.colab import files
files.download('/content/xlagen_tpu_results.zip')"""),
]


def main() -> None:
    cells = []
    for kind, text in CELLS:
        lines = text.split("\n")
        source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "metadata": {}, "source": source}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        cells.append(cell)
    notebook = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "accelerator": "TPU",
            "colab": {"provenance": [], "gpuType": "V5E1"},
            "kernelspec": {"name": "python3", "display_name": "Python 3"},
            "language_info": {"name": "python"},
        },
        "cells": [dict(c, id=f"cell-{i}") for i, c in enumerate(cells)],
    }
    out = pathlib.Path(__file__).with_name("colab_tpu.ipynb")
    out.write_text(json.dumps(notebook, indent=1) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
