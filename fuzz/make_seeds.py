#!/usr/bin/env python3
"""Writes the fuzz seeds (fuzz/seeds/<target>/) from the repository's test fixtures.

Standard library only (json, pathlib, struct); run from anywhere: python3 fuzz/make_seeds.py
"""
import json
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
OUT = ROOT / "fuzz" / "seeds"


def put(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def safetensors(tensors):
    """tensors: [(name, dtype, shape, bytes)] laid out back to back, as the format requires."""
    header, offset, blob = {}, 0, b""
    for name, dtype, shape, data in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blob += data
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + blob


def main():
    put("gguf", "tiny_llama.gguf", (FIX / "gguf" / "tiny_llama.gguf").read_bytes())
    put("gguf_vocab", "tiny_llama.gguf", (FIX / "gguf" / "tiny_llama.gguf").read_bytes())

    put("safetensors_header", "python_written.safetensors",
        (FIX / "safetensors" / "python_written.safetensors").read_bytes())
    put("safetensors_header", "two.safetensors", safetensors([
        ("a", "F32", [2, 2], struct.pack("<4f", 1, 2, 3, 4)),
        ("b", "BF16", [3], b"\x80\x3f" * 3),
        ("c", "I8", [0], b""),
    ]))

    put("safetensors_index", "index.json", json.dumps({
        "metadata": {"total_size": 12},
        "weight_map": {"x": "model-00001-of-00002.safetensors",
                       "y": "model-00002-of-00002.safetensors",
                       "z": "sub/dir/shard.safetensors"}}))

    for model in sorted((FIX / "models").iterdir()):
        put("config_json", model.name + ".json", (model / "config.json").read_text())
    put("config_json", "mistral_7b.json", json.dumps({
        "model_type": "mistral", "vocab_size": 32768, "hidden_size": 4096,
        "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32,
        "num_key_value_heads": 8, "head_dim": 128, "rms_norm_eps": 1e-5, "rope_theta": 1e6,
        "max_position_embeddings": 32768, "sliding_window": None, "bos_token_id": 1,
        "eos_token_id": [2, 3], "rope_scaling": None}))

    config = json.loads((FIX / "tokenizer" / "smollm2_hf" / "tokenizer_config.json").read_text())
    put("chat_template", "smollm2", b"\x01" + config["chat_template"].encode())
    put("chat_template", "loops_and_macros", b"\x07" + (
        "{% macro turn(m) %}[{{ m.role|upper }}] {{ m.content|trim }}{% endmacro %}"
        "{% for m in messages %}{% if m.role == 'system' %}{{ m.content }}\n"
        "{% elif loop.last %}{{ turn(m) }}{% else %}{{ turn(m) ~ eos_token }}{% endif %}{% endfor %}"
        "{% if add_generation_prompt %}{{ bos_token }}assistant:{% endif %}"
        "{{ raise_exception('x') if messages|length > 9 }}").encode())

    # SmolLM2's tokenizer.json cut to its first 400 ids and the merges among them: the real
    # structure (pre-tokenizer, decoder, added tokens) at a size a fuzzer can mutate quickly.
    tok = json.loads((FIX / "tokenizer" / "smollm2_hf" / "tokenizer.json").read_text())
    vocab = {t: i for t, i in tok["model"]["vocab"].items() if i < 400}
    merges = []
    for m in tok["model"]["merges"]:
        a, b = m.split(" ", 1) if isinstance(m, str) else m
        if a in vocab and b in vocab and a + b in vocab:
            merges.append(m)
    tok["model"]["vocab"] = vocab
    tok["model"]["merges"] = merges
    tok["added_tokens"] = [t for t in tok["added_tokens"] if t["id"] < 400]
    put("tokenizer_json", "smollm2_400.json", json.dumps(tok, ensure_ascii=False))

    for name, text in [("three", "1,2,3"), ("spaces", " 7 , 0,4294967295"), ("one", "49151")]:
        put("cli_ids", name, text)


if __name__ == "__main__":
    main()
