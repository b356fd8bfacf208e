//! The model hyperparameters, read from a Hugging Face `config.json` or from GGUF metadata and
//! validated once, so the forward pass can trust every size it traces with.

use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use serde_json::Value;

use crate::formats::gguf::GgufFile;
use crate::formats::limits;

/// The architectures the forward pass implements. Llama is Mistral without a sliding window.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ModelType {
    Mistral,
    Llama,
}

/// Validated hyperparameters of a Mistral/Llama decoder.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub model_type: ModelType,
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub intermediate_size: usize,
    pub num_hidden_layers: usize,
    pub num_attention_heads: usize,
    pub num_key_value_heads: usize,
    pub head_dim: usize,
    pub rms_norm_eps: f64,
    pub rope_theta: f64,
    pub max_position_embeddings: usize,
    /// Attention window in tokens; `None` attends to the whole context.
    pub sliding_window: Option<usize>,
    pub tie_word_embeddings: bool,
    pub bos_token_id: Vec<u32>,
    pub eos_token_id: Vec<u32>,
    /// The checkpoint's stored dtype (`torch_dtype`/`dtype`), informational only.
    pub dtype: Option<String>,
}

/// `config.json` as written by transformers 4.x and 5.x; only the fields we read.
#[derive(Deserialize)]
struct RawConfig {
    model_type: Option<String>,
    vocab_size: Option<i64>,
    hidden_size: Option<i64>,
    intermediate_size: Option<i64>,
    num_hidden_layers: Option<i64>,
    num_attention_heads: Option<i64>,
    num_key_value_heads: Option<i64>,
    head_dim: Option<i64>,
    rms_norm_eps: Option<f64>,
    rope_theta: Option<f64>,
    rope_parameters: Option<Value>,
    rope_scaling: Option<Value>,
    max_position_embeddings: Option<i64>,
    sliding_window: Option<i64>,
    tie_word_embeddings: Option<bool>,
    bos_token_id: Option<Value>,
    eos_token_id: Option<Value>,
    torch_dtype: Option<String>,
    dtype: Option<String>,
}

// transformers' defaults for fields a config.json may omit.
const DEFAULT_RMS_NORM_EPS: f64 = 1e-6;
const DEFAULT_ROPE_THETA: f64 = 10000.0;
const MISTRAL_DEFAULT_SLIDING_WINDOW: i64 = 4096;
const MISTRAL_DEFAULT_MAX_POSITIONS: i64 = 4096 * 32;
const LLAMA_DEFAULT_MAX_POSITIONS: i64 = 2048;

impl Config {
    /// Reads and validates a Hugging Face `config.json`.
    pub fn from_file(path: &Path) -> Result<Config> {
        let text = crate::formats::read_text(path)
            .with_context(|| format!("reading model config {}", path.display()))?;
        Config::from_json(&text).with_context(|| format!("in model config {}", path.display()))
    }

    /// Parses and validates the text of a Hugging Face `config.json`.
    pub fn from_json(text: &str) -> Result<Config> {
        // Parsed once into a tree, so that a parse failure anywhere (e.g. nesting past the
        // parser's recursion limit) is an error rather than a field that reads as missing.
        let json: Value = serde_json::from_str(text).context("config.json is not valid JSON")?;
        // The error names the field, e.g. `sliding_window: invalid value: integer 2^64, expected i64`.
        let raw: RawConfig =
            serde_path_to_error::deserialize(&json).context("config.json is not valid")?;
        let model_type = match raw.model_type.as_deref() {
            Some("mistral") => ModelType::Mistral,
            Some("llama") => ModelType::Llama,
            Some(other) => {
                bail!("model_type {other:?} is not supported (expected \"mistral\" or \"llama\")")
            }
            None => bail!("model_type is missing (expected \"mistral\" or \"llama\")"),
        };
        let required = |field: &str, v: Option<i64>| v.ok_or_else(|| anyhow!("{field} is missing"));
        let hidden_size = required("hidden_size", raw.hidden_size)?;
        let num_attention_heads = required("num_attention_heads", raw.num_attention_heads)?;
        let head_dim = match raw.head_dim {
            Some(d) => d,
            None => {
                if num_attention_heads > 0 && hidden_size % num_attention_heads != 0 {
                    bail!(
                        "head_dim is absent and hidden_size {hidden_size} is not divisible by \
                         num_attention_heads {num_attention_heads}"
                    );
                }
                hidden_size / num_attention_heads.max(1)
            }
        };
        check_no_rope_scaling("rope_scaling", raw.rope_scaling.as_ref())?;
        check_no_rope_scaling("rope_parameters", raw.rope_parameters.as_ref())?;
        let nested_theta =
            match raw
                .rope_parameters
                .as_ref()
                .and_then(|p| p.get("rope_theta"))
            {
                Some(v) => Some(v.as_f64().ok_or_else(|| {
                    anyhow!("rope_parameters.rope_theta is {v}, expected a number")
                })?),
                None => None,
            };
        let sliding_window = match model_type {
            ModelType::Llama => None,
            // An explicit null disables the window; an absent key means transformers' default.
            ModelType::Mistral => match json.get("sliding_window") {
                Some(Value::Null) => None,
                Some(_) => Some(positive("sliding_window", raw.sliding_window)?),
                None => Some(MISTRAL_DEFAULT_SLIDING_WINDOW as usize),
            },
        };
        let default_positions = match model_type {
            ModelType::Mistral => MISTRAL_DEFAULT_MAX_POSITIONS,
            ModelType::Llama => LLAMA_DEFAULT_MAX_POSITIONS,
        };
        let config = Config {
            model_type,
            vocab_size: positive("vocab_size", raw.vocab_size)?,
            hidden_size: positive("hidden_size", Some(hidden_size))?,
            intermediate_size: positive("intermediate_size", raw.intermediate_size)?,
            num_hidden_layers: positive("num_hidden_layers", raw.num_hidden_layers)?,
            num_attention_heads: positive("num_attention_heads", Some(num_attention_heads))?,
            num_key_value_heads: positive(
                "num_key_value_heads",
                Some(raw.num_key_value_heads.unwrap_or(num_attention_heads)),
            )?,
            head_dim: positive("head_dim", Some(head_dim))?,
            rms_norm_eps: raw.rms_norm_eps.unwrap_or(DEFAULT_RMS_NORM_EPS),
            rope_theta: raw
                .rope_theta
                .or(nested_theta)
                .unwrap_or(DEFAULT_ROPE_THETA),
            max_position_embeddings: positive(
                "max_position_embeddings",
                Some(raw.max_position_embeddings.unwrap_or(default_positions)),
            )?,
            sliding_window,
            tie_word_embeddings: raw.tie_word_embeddings.unwrap_or(false),
            bos_token_id: token_ids("bos_token_id", raw.bos_token_id.as_ref())?,
            eos_token_id: token_ids("eos_token_id", raw.eos_token_id.as_ref())?,
            dtype: raw.dtype.or(raw.torch_dtype),
        };
        config.validate()?;
        Ok(config)
    }

    /// Builds the config from a GGUF file's `llama.*` metadata (llama.cpp stores Mistral as llama).
    pub fn from_gguf(gguf: &GgufFile) -> Result<Config> {
        let arch = gguf.get_str("general.architecture")?;
        if arch != "llama" {
            bail!(
                "{}: general.architecture {arch:?} is not supported (expected \"llama\")",
                gguf.path().display()
            );
        }
        let bounded = |key: &str, max: usize| -> Result<usize> {
            let v = gguf.get_int(key)?;
            let v = u64::try_from(v).map_err(|_| {
                anyhow!(
                    "{}: {key} is {v}, expected a positive integer",
                    gguf.path().display()
                )
            })?;
            limits::check_count(key, v, max).with_context(|| gguf.path().display().to_string())
        };
        let size = |key: &str| bounded(key, limits::MAX_DIM);
        let hidden_size = size("llama.embedding_length")?;
        let num_attention_heads = bounded("llama.attention.head_count", limits::MAX_HEADS)?;
        let num_key_value_heads = match gguf.get("llama.attention.head_count_kv") {
            Some(_) => bounded("llama.attention.head_count_kv", limits::MAX_HEADS)?,
            None => num_attention_heads,
        };
        let head_dim = match gguf.get("llama.attention.key_length") {
            Some(_) => size("llama.attention.key_length")?,
            None => hidden_size / num_attention_heads,
        };
        if gguf.get("llama.rope.dimension_count").is_some() {
            let rotary = size("llama.rope.dimension_count")?;
            if rotary != head_dim {
                bail!(
                    "{}: llama.rope.dimension_count is {rotary}, expected head_dim {head_dim} \
                     (partial rotary embeddings are not supported)",
                    gguf.path().display()
                );
            }
        }
        let vocab_size = match gguf.get("tokenizer.ggml.tokens") {
            Some(_) => gguf.get_str_array("tokenizer.ggml.tokens")?.len(),
            None => bounded("llama.vocab_size", limits::MAX_VOCAB_SIZE)?,
        };
        let token_id = |key: &str| -> Result<Vec<u32>> {
            match gguf.get(key) {
                None => Ok(Vec::new()),
                Some(_) => {
                    let v = gguf.get_int(key)?;
                    let id = u32::try_from(v).map_err(|_| {
                        anyhow!(
                            "{}: {key} is {v}, expected a token id",
                            gguf.path().display()
                        )
                    })?;
                    Ok(vec![id])
                }
            }
        };
        let rope_theta = match gguf.get("llama.rope.freq_base") {
            Some(_) => gguf.get_f64("llama.rope.freq_base")?,
            None => DEFAULT_ROPE_THETA,
        };
        if gguf.get("llama.rope.scaling.type").is_some() {
            let kind = gguf.get_str("llama.rope.scaling.type")?;
            if kind != "none" {
                bail!(
                    "{}: llama.rope.scaling.type {kind:?} is not supported (RoPE scaling)",
                    gguf.path().display()
                );
            }
        }
        let config = Config {
            model_type: ModelType::Llama,
            vocab_size,
            hidden_size,
            intermediate_size: size("llama.feed_forward_length")?,
            num_hidden_layers: bounded("llama.block_count", limits::MAX_LAYERS)?,
            num_attention_heads,
            num_key_value_heads,
            head_dim,
            rms_norm_eps: gguf.get_f64("llama.attention.layer_norm_rms_epsilon")?,
            rope_theta,
            max_position_embeddings: bounded("llama.context_length", limits::MAX_POSITIONS)?,
            sliding_window: None,
            tie_word_embeddings: gguf.tensor_info("output.weight").is_none(),
            bos_token_id: token_id("tokenizer.ggml.bos_token_id")?,
            eos_token_id: token_id("tokenizer.ggml.eos_token_id")?,
            dtype: None,
        };
        config
            .validate()
            .with_context(|| format!("in GGUF metadata of {}", gguf.path().display()))?;
        Ok(config)
    }

    /// Checks every size against its bound in `formats::limits` (so that no product of sizes
    /// below overflows), then the relations between sizes that the forward pass relies on.
    pub fn validate(&self) -> Result<()> {
        for (field, value, max) in [
            ("vocab_size", self.vocab_size, limits::MAX_VOCAB_SIZE),
            ("hidden_size", self.hidden_size, limits::MAX_DIM),
            ("intermediate_size", self.intermediate_size, limits::MAX_DIM),
            (
                "num_hidden_layers",
                self.num_hidden_layers,
                limits::MAX_LAYERS,
            ),
            (
                "num_attention_heads",
                self.num_attention_heads,
                limits::MAX_HEADS,
            ),
            (
                "num_key_value_heads",
                self.num_key_value_heads,
                limits::MAX_HEADS,
            ),
            ("head_dim", self.head_dim, limits::MAX_DIM),
            (
                "max_position_embeddings",
                self.max_position_embeddings,
                limits::MAX_POSITIONS,
            ),
            (
                "sliding_window",
                self.sliding_window.unwrap_or(1),
                limits::MAX_POSITIONS,
            ),
        ] {
            limits::check_count(field, value as u64, max)?;
        }
        for (heads, count) in [
            ("num_attention_heads", self.num_attention_heads),
            ("num_key_value_heads", self.num_key_value_heads),
        ] {
            // Both factors are bounded above, so the product cannot wrap.
            let product = count * self.head_dim;
            if product > limits::MAX_DIM {
                bail!(
                    "{heads} × head_dim is {count} × {} = {product}, but at most {} is supported",
                    self.head_dim,
                    limits::MAX_DIM
                );
            }
        }
        if !self
            .num_attention_heads
            .is_multiple_of(self.num_key_value_heads)
        {
            bail!(
                "num_attention_heads {} is not a multiple of num_key_value_heads {}",
                self.num_attention_heads,
                self.num_key_value_heads
            );
        }
        if !self.head_dim.is_multiple_of(2) {
            bail!(
                "head_dim {} is odd; rotary embeddings need an even head_dim",
                self.head_dim
            );
        }
        if !(self.rms_norm_eps.is_finite() && self.rms_norm_eps > 0.0) {
            bail!(
                "rms_norm_eps {} is not a positive number",
                self.rms_norm_eps
            );
        }
        if !(self.rope_theta.is_finite() && self.rope_theta > 0.0) {
            bail!("rope_theta {} is not a positive number", self.rope_theta);
        }
        for (field, ids) in [
            ("bos_token_id", &self.bos_token_id),
            ("eos_token_id", &self.eos_token_id),
        ] {
            if let Some(id) = ids.iter().find(|&&id| id as usize >= self.vocab_size) {
                bail!(
                    "{field} {id} is outside the vocabulary of {} tokens",
                    self.vocab_size
                );
            }
        }
        Ok(())
    }

    /// Rows of the query projection: `num_attention_heads * head_dim`.
    pub fn q_dim(&self) -> usize {
        self.num_attention_heads * self.head_dim
    }

    /// Rows of each of the key and value projections: `num_key_value_heads * head_dim`.
    pub fn kv_dim(&self) -> usize {
        self.num_key_value_heads * self.head_dim
    }
}

fn positive(field: &str, value: Option<i64>) -> Result<usize> {
    match value {
        None => bail!("{field} is missing"),
        Some(v) if v > 0 => Ok(v as usize),
        Some(v) => bail!("{field} is {v}, expected a positive integer"),
    }
}

/// RoPE scaling (linear, dynamic, yarn, llama3, ...) changes the rotary frequencies; we implement
/// only the plain rotation, so any other `rope_type` is refused rather than silently ignored.
fn check_no_rope_scaling(field: &str, value: Option<&Value>) -> Result<()> {
    let Some(value) = value else { return Ok(()) };
    if value.is_null() {
        return Ok(());
    }
    let kind = value.get("rope_type").or_else(|| value.get("type"));
    match kind.and_then(Value::as_str) {
        Some("default") => Ok(()),
        None if field == "rope_parameters" => Ok(()),
        _ => bail!("{field} {value} is not supported (only plain RoPE without scaling)"),
    }
}

fn token_ids(field: &str, value: Option<&Value>) -> Result<Vec<u32>> {
    let as_id = |v: &Value| -> Result<u32> {
        v.as_u64()
            .and_then(|id| u32::try_from(id).ok())
            .ok_or_else(|| anyhow!("{field} contains {v}, expected a non-negative token id"))
    };
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(ids)) => ids.iter().map(as_id).collect(),
        Some(v) => Ok(vec![as_id(v)?]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MISTRAL_7B: &str = r#"{
        "architectures": ["MistralForCausalLM"], "bos_token_id": 1, "eos_token_id": 2,
        "hidden_act": "silu", "hidden_size": 4096, "initializer_range": 0.02,
        "intermediate_size": 14336, "max_position_embeddings": 32768, "model_type": "mistral",
        "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 8,
        "rms_norm_eps": 1e-05, "rope_theta": 1000000.0, "sliding_window": null,
        "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 32768
    }"#;

    fn edit(base: &str, key: &str, value: Value) -> String {
        let mut v: Value = serde_json::from_str(base).unwrap();
        if value.is_null() && key.starts_with('-') {
            v.as_object_mut().unwrap().remove(&key[1..]);
        } else {
            v[key] = value;
        }
        v.to_string()
    }

    fn error_of(text: &str) -> String {
        format!("{:#}", Config::from_json(text).unwrap_err())
    }

    #[test]
    fn reads_a_mistral_7b_config() {
        let c = Config::from_json(MISTRAL_7B).unwrap();
        assert_eq!(c.model_type, ModelType::Mistral);
        assert_eq!(
            (c.hidden_size, c.head_dim, c.num_key_value_heads),
            (4096, 128, 8)
        );
        assert_eq!((c.q_dim(), c.kv_dim()), (4096, 1024));
        assert_eq!(c.sliding_window, None);
        assert_eq!(c.rope_theta, 1e6);
        assert_eq!(
            (c.bos_token_id.clone(), c.eos_token_id.clone()),
            (vec![1], vec![2])
        );
        assert_eq!(c.dtype.as_deref(), Some("bfloat16"));
    }

    #[test]
    fn mistral_sliding_window_int_or_absent_uses_transformers_default() {
        let c = Config::from_json(&edit(MISTRAL_7B, "sliding_window", 4096.into())).unwrap();
        assert_eq!(c.sliding_window, Some(4096));
        let c = Config::from_json(&edit(MISTRAL_7B, "-sliding_window", Value::Null)).unwrap();
        assert_eq!(c.sliding_window, Some(4096));
    }

    #[test]
    fn llama_has_no_sliding_window_and_defaults_kv_heads_to_heads() {
        let text = r#"{"model_type": "llama", "vocab_size": 100, "hidden_size": 64,
            "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
            "sliding_window": 16, "tie_word_embeddings": true, "eos_token_id": [5, 7]}"#;
        let c = Config::from_json(text).unwrap();
        assert_eq!(c.model_type, ModelType::Llama);
        assert_eq!(c.sliding_window, None);
        assert_eq!((c.num_key_value_heads, c.head_dim), (4, 16));
        assert_eq!(c.rope_theta, DEFAULT_ROPE_THETA);
        assert!(c.tie_word_embeddings);
        assert_eq!(c.eos_token_id, vec![5, 7]);
        assert!(c.bos_token_id.is_empty());
    }

    #[test]
    fn explicit_head_dim_overrides_hidden_over_heads() {
        // Mistral Nemo: hidden 5120 with 32 heads of 128.
        let c = Config::from_json(&edit(MISTRAL_7B, "head_dim", 128.into())).unwrap();
        assert_eq!(c.head_dim, 128);
        let nemo = edit(
            &edit(MISTRAL_7B, "hidden_size", 5120.into()),
            "head_dim",
            128.into(),
        );
        assert_eq!(Config::from_json(&nemo).unwrap().q_dim(), 4096);
    }

    #[test]
    fn transformers_5_rope_parameters_give_rope_theta() {
        let text = edit(MISTRAL_7B, "-rope_theta", Value::Null);
        let text = edit(
            &text,
            "rope_parameters",
            serde_json::json!({"rope_theta": 500000.0, "rope_type": "default"}),
        );
        assert_eq!(Config::from_json(&text).unwrap().rope_theta, 500000.0);
    }

    #[test]
    fn rope_scaling_is_refused() {
        let scaled = edit(
            MISTRAL_7B,
            "rope_scaling",
            serde_json::json!({"rope_type": "llama3", "factor": 8.0}),
        );
        let err = error_of(&scaled);
        assert!(
            err.contains("rope_scaling") && err.contains("llama3") && err.contains("not supported"),
            "{err}"
        );
        assert!(Config::from_json(&edit(MISTRAL_7B, "rope_scaling", Value::Null)).is_ok());
    }

    #[test]
    fn bad_values_are_named_in_errors() {
        let cases = [
            (
                edit(MISTRAL_7B, "model_type", "gemma".into()),
                "model_type \"gemma\"",
            ),
            (
                edit(MISTRAL_7B, "hidden_size", 0.into()),
                "hidden_size is 0",
            ),
            (
                edit(MISTRAL_7B, "vocab_size", (-3).into()),
                "vocab_size is -3",
            ),
            (
                edit(MISTRAL_7B, "-num_hidden_layers", Value::Null),
                "num_hidden_layers is missing",
            ),
            (
                edit(MISTRAL_7B, "num_key_value_heads", 5.into()),
                "num_key_value_heads 5",
            ),
            (
                edit(MISTRAL_7B, "head_dim", 127.into()),
                "head_dim 127 is odd",
            ),
            (
                edit(MISTRAL_7B, "num_attention_heads", 30.into()),
                "not divisible by num_attention_heads 30",
            ),
            (
                edit(MISTRAL_7B, "eos_token_id", (-1).into()),
                "eos_token_id contains -1",
            ),
            (
                edit(MISTRAL_7B, "bos_token_id", 40000.into()),
                "bos_token_id 40000 is outside",
            ),
            (
                edit(MISTRAL_7B, "sliding_window", 0.into()),
                "sliding_window is 0",
            ),
            ("[1, 2]".to_string(), "not valid"),
        ];
        for (text, expected) in cases {
            let err = error_of(&text);
            assert!(err.contains(expected), "expected {expected:?} in {err:?}");
        }
    }

    #[test]
    fn reads_the_llama_config_from_gguf_metadata() {
        let path = crate::formats::test_support::fixture("gguf/tiny_llama.gguf");
        let c = Config::from_gguf(&GgufFile::open(&path).unwrap()).unwrap();
        let expected = Config {
            model_type: ModelType::Llama,
            vocab_size: 24,
            hidden_size: 32,
            intermediate_size: 64,
            num_hidden_layers: 2,
            num_attention_heads: 4,
            num_key_value_heads: 2,
            head_dim: 8,
            rms_norm_eps: 1e-5f32 as f64,
            rope_theta: 50000.0,
            max_position_embeddings: 128,
            sliding_window: None,
            tie_word_embeddings: false,
            bos_token_id: vec![1],
            eos_token_id: vec![2],
            dtype: None,
        };
        assert_eq!(c, expected);
    }

    #[test]
    fn file_errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        std::fs::write(&path, edit(MISTRAL_7B, "hidden_size", 0.into())).unwrap();
        let err = format!("{:#}", Config::from_file(&path).unwrap_err());
        assert!(
            err.contains("config.json") && err.contains("hidden_size is 0"),
            "{err}"
        );
    }
}
