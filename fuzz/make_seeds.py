#!/usr/bin/env python3
"""Writes the fuzz seeds (fuzz/seeds/<target>/) from the repository's test fixtures.

Standard library only (json, pathlib, struct; the protobuf and GGUF encoders are here); run from anywhere: python3 fuzz/make_seeds.py
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


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def field(number, value):
    """One protobuf field: an int is a varint, a float a fixed32, bytes/str length-delimited."""
    if isinstance(value, bool) or isinstance(value, int):
        return varint(number << 3) + varint(int(value) & 0xFFFFFFFFFFFFFFFF)
    if isinstance(value, float):
        return varint(number << 3 | 5) + struct.pack("<f", value)
    data = value.encode() if isinstance(value, str) else value
    return varint(number << 3 | 2) + varint(len(data)) + data


# A small SentencePiece BPE vocabulary as xlagen supports it (byte fallback, no rule table):
# (text, score, type) with types 1 normal, 2 unknown, 3 control, 4 user-defined, 6 byte. The
# merges SentencePiece's BPE derives from it spell "▁Hello ▁world" and a few more words.
SPM_WORDS = ["▁t", "he", "▁the", "ll", "▁H", "▁He", "▁Hell", "▁Hello", "or", "▁w", "▁wor",
             "▁worl", "▁world", "in", "▁a", "er", "▁1", "23"]
SPM_CHARS = list("▁eltoHwrdainhs,123.")


def spm_pieces():
    pieces = [("<unk>", 0.0, 2), ("<s>", 0.0, 3), ("</s>", 0.0, 3)]
    pieces += [(f"<0x{b:02X}>", 0.0, 6) for b in range(256)]
    pieces += [(w, -float(i), 1) for i, w in enumerate(SPM_WORDS)]
    pieces += [(c, -float(len(SPM_WORDS) + i), 1) for i, c in enumerate(SPM_CHARS)]
    pieces += [("<|im_start|>", 0.0, 4)]
    return pieces


def tokenizer_model(add_dummy_prefix=True):
    """A ModelProto: pieces (1), trainer_spec (2: BPE, byte fallback, ids), normalizer_spec (3)."""
    out = b""
    for text, score, kind in spm_pieces():
        out += field(1, field(1, text) + field(2, score) + field(3, kind))
    trainer = (field(3, 2) + field(4, len(spm_pieces())) + field(35, True)
               + field(40, 0) + field(41, 1) + field(42, 2) + field(43, -1))
    out += field(2, trainer)
    out += field(3, field(1, "identity") + field(3, add_dummy_prefix) + field(4, False)
                 + field(5, True))
    return out


def gguf_string(s):
    data = s.encode()
    return struct.pack("<Q", len(data)) + data


def gguf_vocab_file(kvs):
    """A GGUF v3 file of metadata only (no tensors): kvs is [(key, type, value)] with types
    4 u32, 5 i32, 6 f32, 7 bool, 8 string, or ("array", elem_type) for arrays."""
    scalar = {4: "<I", 5: "<i", 6: "<f", 7: "<?"}

    def value(t, v):
        if t == 8:
            return gguf_string(v)
        if isinstance(t, tuple):
            return (struct.pack("<IQ", t[1], len(v))
                    + b"".join(value(t[1], x) for x in v))
        return struct.pack(scalar[t], v)

    out = b"GGUF" + struct.pack("<IQQ", 3, 0, len(kvs))
    for key, t, v in kvs:
        out += gguf_string(key) + struct.pack("<I", 9 if isinstance(t, tuple) else t) + value(t, v)
    return out


def gguf_llama_vocab():
    pieces = spm_pieces()
    return gguf_vocab_file([
        ("general.architecture", 8, "llama"),
        ("tokenizer.ggml.model", 8, "llama"),
        ("tokenizer.ggml.tokens", ("array", 8), [p[0] for p in pieces]),
        ("tokenizer.ggml.scores", ("array", 6), [p[1] for p in pieces]),
        ("tokenizer.ggml.token_type", ("array", 5), [p[2] for p in pieces]),
        ("tokenizer.ggml.bos_token_id", 4, 1),
        ("tokenizer.ggml.eos_token_id", 4, 2),
        ("tokenizer.ggml.unknown_token_id", 4, 0),
    ])


def gguf_gpt2_vocab():
    """A byte-level BPE vocabulary of three specials, the byte-level characters of
    "Hello world, 123" and the merges that join "Hello" and " world" ("Ġ" is the space)."""
    merges = ["H e", "l l", "o r", "Ġ w", "He ll", "Hell o", "Ġw or", "Ġwor l", "Ġworl d"]
    tokens = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"] + list("Helowrd,Ġ123")
    tokens += ["".join(m.split(" ")) for m in merges]
    types = [3, 3, 3] + [1] * (len(tokens) - 3)
    return gguf_vocab_file([
        ("general.architecture", 8, "llama"),
        ("tokenizer.ggml.model", 8, "gpt2"),
        ("tokenizer.ggml.pre", 8, "smollm"),
        ("tokenizer.ggml.tokens", ("array", 8), tokens),
        ("tokenizer.ggml.token_type", ("array", 5), types),
        ("tokenizer.ggml.merges", ("array", 8), merges),
        ("tokenizer.ggml.bos_token_id", 4, 1),
        ("tokenizer.ggml.eos_token_id", 4, 2),
    ])


def main():
    put("gguf", "tiny_llama.gguf", (FIX / "gguf" / "tiny_llama.gguf").read_bytes())
    # Vocabulary-only files of a few dozen tokens, so that each input builds a tokenizer quickly.
    put("gguf_vocab", "gpt2_small.gguf", gguf_gpt2_vocab())
    put("gguf_vocab", "llama_small.gguf", gguf_llama_vocab())
    put("tokenizer_model", "bpe_small.model", tokenizer_model())
    put("tokenizer_model", "bpe_no_dummy_prefix.model", tokenizer_model(add_dummy_prefix=False))

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

    # SmolLM2's tokenizer.json cut to its first 64 ids and the merges among them: the real
    # structure (pre-tokenizer, decoder, added tokens) at a size a fuzzer can mutate quickly.
    tok = json.loads((FIX / "tokenizer" / "smollm2_hf" / "tokenizer.json").read_text())
    vocab = {t: i for t, i in tok["model"]["vocab"].items() if i < 64}
    merges = []
    for m in tok["model"]["merges"]:
        a, b = m.split(" ", 1) if isinstance(m, str) else m
        if a in vocab and b in vocab and a + b in vocab:
            merges.append(m)
    tok["model"]["vocab"] = vocab
    tok["model"]["merges"] = merges
    tok["added_tokens"] = [t for t in tok["added_tokens"] if t["id"] < 64]
    put("tokenizer_json", "smollm2_64.json", json.dumps(tok, ensure_ascii=False))

    for name, text in [("three", "1,2,3"), ("spaces", " 7 , 0,4294967295"), ("one", "49151")]:
        put("cli_ids", name, text)


if __name__ == "__main__":
    main()
