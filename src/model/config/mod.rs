//! The model hyperparameters, read from a Hugging Face `config.json` or from GGUF metadata and
//! validated once, so the forward pass can trust every size it traces with.

use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use serde_json::Value;

use crate::formats::limits;

mod gguf;

/// The architectures the forward pass implements. Llama is Mistral without a sliding window;
/// Qwen2 is Llama with q/k/v biases (and a window only under `use_sliding_window`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ModelType {
    Mistral,
    Llama,
    Qwen2,
}

impl ModelType {
    /// The `model_type` of `config.json` (and, for Llama and Qwen2, GGUF's
    /// `general.architecture`, which also prefixes the file's hyperparameter keys).
    pub fn name(self) -> &'static str {
        match self {
            ModelType::Mistral => "mistral",
            ModelType::Llama => "llama",
            ModelType::Qwen2 => "qwen2",
        }
    }
}

const SUPPORTED_MODEL_TYPES: &str = "\"mistral\", \"llama\" or \"qwen2\"";

/// Validated hyperparameters of a Mistral/Llama/Qwen2 decoder.
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
    /// `q_proj`, `k_proj` and `v_proj` carry biases (Qwen2).
    pub qkv_bias: bool,
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
    use_sliding_window: Option<bool>,
    max_window_layers: Option<i64>,
    layer_types: Option<Vec<String>>,
    attention_bias: Option<bool>,
    mlp_bias: Option<bool>,
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
const QWEN2_DEFAULT_SLIDING_WINDOW: i64 = 4096;
const QWEN2_DEFAULT_MAX_WINDOW_LAYERS: i64 = 28;
const QWEN2_DEFAULT_MAX_POSITIONS: i64 = 32768;

impl Config {
    /// Reads and validates a Hugging Face `config.json`.
    pub fn from_file(path: &Path) -> Result<Config> {
        let text = crate::formats::read_text(path)
            .with_context(|| format!("reading model config {}", path.display()))?;
        Config::from_json(&text).with_context(|| format!("in model config {}", path.display()))
    }

    /// Parses and validates the text of a Hugging Face `config.json`.
    pub fn from_json(text: &str) -> Result<Config> {
        let (json, raw) = parse_raw(text)?;
        let model_type = match raw.model_type.as_deref() {
            Some("mistral") => ModelType::Mistral,
            Some("llama") => ModelType::Llama,
            Some("qwen2") => ModelType::Qwen2,
            Some(other) => {
                bail!("model_type {other:?} is not supported (expected {SUPPORTED_MODEL_TYPES})")
            }
            None => bail!("model_type is missing (expected {SUPPORTED_MODEL_TYPES})"),
        };
        // Llama's optional biases (o_proj and the MLP's too) are not in the forward pass.
        for (field, value) in [
            ("attention_bias", raw.attention_bias),
            ("mlp_bias", raw.mlp_bias),
        ] {
            if value == Some(true) && model_type != ModelType::Qwen2 {
                bail!("{field} true is not supported (projections without biases only)");
            }
        }
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
            ModelType::Qwen2 => qwen2_sliding_window(&raw, &json)?,
        };
        let default_positions = match model_type {
            ModelType::Mistral => MISTRAL_DEFAULT_MAX_POSITIONS,
            ModelType::Llama => LLAMA_DEFAULT_MAX_POSITIONS,
            ModelType::Qwen2 => QWEN2_DEFAULT_MAX_POSITIONS,
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
            qkv_bias: model_type == ModelType::Qwen2,
            bos_token_id: token_ids("bos_token_id", raw.bos_token_id.as_ref())?,
            eos_token_id: token_ids("eos_token_id", raw.eos_token_id.as_ref())?,
            dtype: raw.dtype.or(raw.torch_dtype),
        };
        config.validate()?;
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

/// The fields we read, with a type error named by its field (serde names only the type).
fn parse_raw(text: &str) -> Result<(Value, RawConfig)> {
    // Parsed once into a tree, so that a parse failure anywhere (e.g. nesting past the
    // parser's recursion limit) is an error rather than a field that reads as missing.
    let json: Value = serde_json::from_str(text).context("config.json is not valid JSON")?;
    // The error names the field, e.g. `sliding_window: invalid value: integer 2^64, expected i64`.
    let raw = serde_path_to_error::deserialize(&json).context("config.json is not valid")?;
    Ok((json, raw))
}

/// Qwen2's window, as transformers reads it: only under `use_sliding_window`, and then on the
/// layers `layer_types` marks `"sliding_attention"` (without `layer_types`: layers from
/// `max_window_layers` on). A window on some layers but not others is refused.
fn qwen2_sliding_window(raw: &RawConfig, json: &Value) -> Result<Option<usize>> {
    if !raw.use_sliding_window.unwrap_or(false) {
        return Ok(None);
    }
    let window = match json.get("sliding_window") {
        Some(Value::Null) => return Ok(None),
        Some(_) => positive("sliding_window", raw.sliding_window)?,
        None => QWEN2_DEFAULT_SLIDING_WINDOW as usize,
    };
    let layers = positive("num_hidden_layers", raw.num_hidden_layers)?;
    let windowed = match &raw.layer_types {
        Some(types) => {
            if types.len() != layers {
                bail!(
                    "layer_types has {} entries, expected one per layer (num_hidden_layers {layers})",
                    types.len()
                );
            }
            types
                .iter()
                .map(|t| match t.as_str() {
                    "sliding_attention" => Ok(true),
                    "full_attention" => Ok(false),
                    other => bail!(
                        "layer_types contains {other:?}, expected \"full_attention\" or \"sliding_attention\""
                    ),
                })
                .collect::<Result<Vec<bool>>>()?
        }
        None => {
            let first = raw
                .max_window_layers
                .unwrap_or(QWEN2_DEFAULT_MAX_WINDOW_LAYERS);
            (0..layers).map(|i| i as i64 >= first).collect()
        }
    };
    match (windowed.iter().all(|&w| w), windowed.iter().any(|&w| w)) {
        (true, _) => Ok(Some(window)),
        (_, false) => Ok(None),
        _ => bail!(
            "use_sliding_window true with a window on only some layers ({} of {layers}, from \
             layer_types or max_window_layers) is not supported: the window applies to all \
             layers or none",
            windowed.iter().filter(|&&w| w).count()
        ),
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
    use crate::formats::gguf::GgufFile;

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

    const QWEN2_7B: &str = r#"{
        "architectures": ["Qwen2ForCausalLM"], "attention_dropout": 0.0,
        "bos_token_id": 151643, "eos_token_id": 151645, "hidden_act": "silu",
        "hidden_size": 3584, "initializer_range": 0.02, "intermediate_size": 18944,
        "max_position_embeddings": 32768, "max_window_layers": 28, "model_type": "qwen2",
        "num_attention_heads": 28, "num_hidden_layers": 28, "num_key_value_heads": 4,
        "rms_norm_eps": 1e-06, "rope_theta": 1000000.0, "sliding_window": 131072,
        "tie_word_embeddings": false, "torch_dtype": "bfloat16", "use_cache": true,
        "use_sliding_window": false, "vocab_size": 152064
    }"#;

    #[test]
    fn reads_a_qwen2_7b_config_with_biases_and_no_window() {
        let c = Config::from_json(QWEN2_7B).unwrap();
        assert_eq!(c.model_type, ModelType::Qwen2);
        assert!(c.qkv_bias);
        assert_eq!((c.head_dim, c.q_dim(), c.kv_dim()), (128, 3584, 512));
        assert_eq!(c.rope_theta, 1e6);
        assert_eq!(c.rms_norm_eps, 1e-6);
        // sliding_window is there, but use_sliding_window is false.
        assert_eq!(c.sliding_window, None);
        assert!(!c.tie_word_embeddings);
        assert!(!Config::from_json(MISTRAL_7B).unwrap().qkv_bias);
    }

    #[test]
    fn qwen2_window_applies_only_when_every_layer_has_it() {
        let windowed = edit(QWEN2_7B, "use_sliding_window", true.into());
        let window = |text: &str| Config::from_json(text).map(|c| c.sliding_window);
        // max_window_layers 28 of 28 layers: no layer is windowed (transformers' rule).
        assert_eq!(window(&windowed).unwrap(), None);
        let all = edit(&windowed, "max_window_layers", 0.into());
        assert_eq!(window(&all).unwrap(), Some(131072));
        assert_eq!(
            window(&edit(&all, "-sliding_window", Value::Null)).unwrap(),
            Some(4096),
            "transformers' default window"
        );
        assert_eq!(
            window(&edit(&all, "sliding_window", Value::Null)).unwrap(),
            None
        );
        // Explicit layer_types win over max_window_layers.
        let types = |t: &str| Value::from(vec![t; 28]);
        let full = edit(&all, "layer_types", types("full_attention"));
        assert_eq!(window(&full).unwrap(), None);
        let sliding = edit(&windowed, "layer_types", types("sliding_attention"));
        assert_eq!(window(&sliding).unwrap(), Some(131072));

        let err = error_of(&edit(&windowed, "max_window_layers", 20.into()));
        assert!(
            err.contains("window on only some layers (8 of 28") && err.contains("not supported"),
            "{err}"
        );
        let mut mixed = vec!["full_attention"; 28];
        mixed[27] = "sliding_attention";
        let err = error_of(&edit(&windowed, "layer_types", mixed.into()));
        assert!(err.contains("(1 of 28"), "{err}");
        let err = error_of(&edit(&windowed, "layer_types", types("chunked")));
        assert!(err.contains("layer_types contains \"chunked\""), "{err}");
        let err = error_of(&edit(
            &windowed,
            "layer_types",
            Value::from(vec!["full_attention"]),
        ));
        assert!(err.contains("layer_types has 1 entries"), "{err}");
        let err = error_of(&edit(&all, "sliding_window", 0.into()));
        assert!(err.contains("sliding_window is 0"), "{err}");
    }

    #[test]
    fn qwen2_fields_are_validated_like_the_others() {
        let cases: [(&str, Value, &str); 7] = [
            (
                "num_key_value_heads",
                5.into(),
                "multiple of num_key_value_heads 5",
            ),
            (
                "rms_norm_eps",
                (-1.0).into(),
                "rms_norm_eps -1 is not a positive",
            ),
            ("rope_theta", 0.0.into(), "rope_theta 0 is not a positive"),
            (
                "-intermediate_size",
                Value::Null,
                "intermediate_size is missing",
            ),
            (
                "eos_token_id",
                152064.into(),
                "eos_token_id 152064 is outside",
            ),
            (
                "use_sliding_window",
                "no".into(),
                "use_sliding_window: invalid type: string \"no\"",
            ),
            (
                "max_window_layers",
                1.5.into(),
                "max_window_layers: invalid type: floating point `1.5`",
            ),
        ];
        for (key, value, expected) in cases {
            let err = error_of(&edit(QWEN2_7B, key, value));
            assert!(
                err.contains(expected),
                "{key}: expected {expected:?} in {err:?}"
            );
        }
    }

    #[test]
    fn llama_biases_are_refused_not_ignored() {
        let llama = edit(MISTRAL_7B, "model_type", "llama".into());
        for field in ["attention_bias", "mlp_bias"] {
            let err = error_of(&edit(&llama, field, true.into()));
            assert!(
                err.contains(&format!("{field} true is not supported")),
                "{err}"
            );
            assert!(Config::from_json(&edit(&llama, field, false.into())).is_ok());
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
            qkv_bias: false,
            bos_token_id: vec![1],
            eos_token_id: vec![2],
            dtype: None,
        };
        assert_eq!(c, expected);
    }

    #[test]
    fn reads_the_qwen2_config_from_gguf_metadata_as_from_config_json() {
        // tiny_qwen2.gguf holds the qwen2_tied_gqa fixture's weights and hyperparameters.
        let path = crate::formats::test_support::fixture("gguf/tiny_qwen2.gguf");
        let c = Config::from_gguf(&GgufFile::open(&path).unwrap()).unwrap();
        let hf_path = crate::formats::test_support::fixture("models/qwen2_tied_gqa/config.json");
        let mut hf = Config::from_file(&hf_path).unwrap();
        assert_eq!((hf.model_type, hf.qkv_bias), (ModelType::Qwen2, true));
        assert!(hf.tie_word_embeddings && hf.sliding_window.is_none());
        // GGUF stores eps as f32 and no dtype.
        hf.rms_norm_eps = hf.rms_norm_eps as f32 as f64;
        hf.dtype = None;
        assert_eq!(c, hf);
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
