//! A config from a GGUF file's metadata: llama.cpp's `{arch}.*` keys, each count bounded by
//! `formats::limits` before it sizes anything, then validated as a config.json would be.

use anyhow::{anyhow, bail, Context, Result};

use super::{Config, ModelType, DEFAULT_ROPE_THETA};
use crate::formats::gguf::GgufFile;
use crate::formats::limits;

impl Config {
    /// Builds the config from a GGUF file's `{arch}.*` metadata, for `general.architecture`
    /// `llama` (llama.cpp stores Mistral as llama) or `qwen2`.
    pub fn from_gguf(gguf: &GgufFile) -> Result<Config> {
        let path = gguf.path().display();
        let arch = gguf.get_str("general.architecture")?;
        let model_type = match arch {
            "llama" => ModelType::Llama,
            "qwen2" => ModelType::Qwen2,
            other => bail!(
                "{path}: general.architecture {other:?} is not supported (expected \"llama\" or \"qwen2\")"
            ),
        };
        let key = |name: &str| format!("{arch}.{name}");
        // Every count is bounded (formats::limits) before it sizes anything.
        let bounded = |name: &str, max: usize| -> Result<usize> {
            let key = key(name);
            let v = gguf.get_int(&key)?;
            let v = u64::try_from(v)
                .map_err(|_| anyhow!("{path}: {key} is {v}, expected a positive integer"))?;
            limits::check_count(&key, v, max).with_context(|| path.to_string())
        };
        let size = |name: &str| bounded(name, limits::MAX_DIM);
        let heads = |name: &str| bounded(name, limits::MAX_HEADS);
        let has = |name: &str| gguf.get(&key(name)).is_some();
        let hidden_size = size("embedding_length")?;
        let num_attention_heads = heads("attention.head_count")?;
        let num_key_value_heads = match has("attention.head_count_kv") {
            true => heads("attention.head_count_kv")?,
            false => num_attention_heads,
        };
        let head_dim = match has("attention.key_length") {
            true => size("attention.key_length")?,
            false => hidden_size / num_attention_heads,
        };
        if has("rope.dimension_count") {
            let rotary = size("rope.dimension_count")?;
            if rotary != head_dim {
                bail!(
                    "{path}: {} is {rotary}, expected head_dim {head_dim} (partial rotary \
                     embeddings are not supported)",
                    key("rope.dimension_count")
                );
            }
        }
        let vocab_size = match gguf.get("tokenizer.ggml.tokens") {
            Some(_) => gguf.get_str_array("tokenizer.ggml.tokens")?.len(),
            None => bounded("vocab_size", limits::MAX_VOCAB_SIZE)?,
        };
        let token_id = |key: &str| -> Result<Vec<u32>> {
            match gguf.get(key) {
                None => Ok(Vec::new()),
                Some(_) => {
                    let v = gguf.get_int(key)?;
                    let id = u32::try_from(v)
                        .map_err(|_| anyhow!("{path}: {key} is {v}, expected a token id"))?;
                    Ok(vec![id])
                }
            }
        };
        let rope_theta = match has("rope.freq_base") {
            true => gguf.get_f64(&key("rope.freq_base"))?,
            false => DEFAULT_ROPE_THETA,
        };
        if has("rope.scaling.type") {
            let kind = gguf.get_str(&key("rope.scaling.type"))?;
            if kind != "none" {
                bail!(
                    "{path}: {} {kind:?} is not supported (RoPE scaling)",
                    key("rope.scaling.type")
                );
            }
        }
        let config = Config {
            model_type,
            vocab_size,
            hidden_size,
            intermediate_size: size("feed_forward_length")?,
            num_hidden_layers: bounded("block_count", limits::MAX_LAYERS)?,
            num_attention_heads,
            num_key_value_heads,
            head_dim,
            rms_norm_eps: gguf.get_f64(&key("attention.layer_norm_rms_epsilon"))?,
            rope_theta,
            max_position_embeddings: bounded("context_length", limits::MAX_POSITIONS)?,
            // llama.cpp's converter writes no window for either architecture.
            sliding_window: None,
            tie_word_embeddings: gguf.tensor_info("output.weight").is_none(),
            qkv_bias: model_type == ModelType::Qwen2,
            bos_token_id: token_id("tokenizer.ggml.bos_token_id")?,
            eos_token_id: token_id("tokenizer.ggml.eos_token_id")?,
            dtype: None,
        };
        config
            .validate()
            .with_context(|| format!("in GGUF metadata of {path}"))?;
        Ok(config)
    }
}
