//! A tokenizer spec from a GGUF file's `tokenizer.*` metadata.

use anyhow::{bail, Context, Result};

use super::TokenizerSpec;
use crate::formats::gguf::GgufFile;

impl TokenizerSpec {
    /// Reads `tokenizer.ggml.{model, tokens, merges, token_type, pre, bos_token_id,
    /// eos_token_id, add_bos_token}` and `tokenizer.chat_template`.
    pub fn from_gguf(gguf: &GgufFile) -> Result<TokenizerSpec> {
        let file = gguf.path().display();
        let model = gguf.get_str("tokenizer.ggml.model")?;
        if model != "gpt2" {
            bail!("{file}: tokenizer.ggml.model is {model:?}; only byte-level BPE (\"gpt2\") is supported");
        }
        let tokens: Vec<String> = gguf
            .get_str_array("tokenizer.ggml.tokens")?
            .into_iter()
            .map(String::from)
            .collect();
        let merges = gguf
            .get_str_array("tokenizer.ggml.merges")?
            .into_iter()
            .map(String::from)
            .collect();
        let token_types = match gguf.get("tokenizer.ggml.token_type") {
            Some(_) => gguf
                .get_int_array("tokenizer.ggml.token_type")?
                .into_iter()
                .map(|t| {
                    i32::try_from(t).with_context(|| format!("{file}: token type {t} out of range"))
                })
                .collect::<Result<Vec<_>>>()?,
            None => vec![1; tokens.len()],
        };
        let id = |key: &str| -> Result<Option<u32>> {
            match gguf.get(key) {
                None => Ok(None),
                Some(_) => {
                    let v = gguf.get_int(key)?;
                    u32::try_from(v)
                        .map(Some)
                        .with_context(|| format!("{file}: {key} = {v} is not a token id"))
                }
            }
        };
        let pre = match gguf.get("tokenizer.ggml.pre") {
            Some(_) => gguf.get_str("tokenizer.ggml.pre")?.to_string(),
            None => "gpt2".to_string(),
        };
        let add_bos = match gguf.get("tokenizer.ggml.add_bos_token") {
            Some(_) => gguf.get_bool("tokenizer.ggml.add_bos_token")?,
            None => false,
        };
        let chat_template = match gguf.get("tokenizer.chat_template") {
            Some(_) => Some(gguf.get_str("tokenizer.chat_template")?.to_string()),
            None => None,
        };
        Ok(TokenizerSpec {
            tokens,
            merges,
            token_types,
            pre,
            bos_id: id("tokenizer.ggml.bos_token_id")?,
            eos_ids: id("tokenizer.ggml.eos_token_id")?.into_iter().collect(),
            add_bos,
            chat_template,
        })
    }
}
