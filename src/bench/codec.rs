//! Text ⇄ ids for the bench: the model's own tokenizer (with its chat template for instruct
//! models), or plain bytes: for synthetic weights, or when the user asks with `--byte-ids`.

use std::path::Path;

use anyhow::Result;

use super::workload::Prompt;
use crate::tokenizer::{ChatMessage, Tokenizer};

/// How prompts become ids and ids become text.
pub enum TextCodec {
    Tokenizer {
        tokenizer: Box<Tokenizer>,
        chat: bool,
    },
    /// Byte `b` is id `(b + 3) % vocab` (as sentencepiece's byte fallback puts bytes after three
    /// control ids); ids decode as `t<id>` words so ROUGE-L still compares token sequences.
    Bytes { vocab: usize },
}

impl TextCodec {
    /// The checkpoint's own tokenizer (found by [`crate::tokenizer::for_checkpoint`]), or
    /// `None` when it carries none. `chat` picks the chat template (`None`: use it when the
    /// tokenizer has one).
    pub fn for_checkpoint(path: &Path, chat: Option<bool>) -> Result<Option<TextCodec>> {
        let Some(tokenizer) = crate::tokenizer::for_checkpoint(path)? else {
            return Ok(None);
        };
        let chat = chat.unwrap_or(tokenizer.chat_template().is_some());
        Ok(Some(TextCodec::Tokenizer {
            tokenizer: Box::new(tokenizer),
            chat,
        }))
    }

    pub fn describe(&self) -> String {
        match self {
            TextCodec::Tokenizer { chat: true, .. } => "tokenizer + chat template".into(),
            TextCodec::Tokenizer { chat: false, .. } => "tokenizer, plain text".into(),
            TextCodec::Bytes { .. } => "byte ids (no tokenizer)".into(),
        }
    }

    pub fn encode(&self, prompt: &Prompt) -> Result<Vec<u32>> {
        match self {
            TextCodec::Tokenizer { tokenizer, chat } => {
                let text = if *chat {
                    tokenizer.apply_chat_template(&[ChatMessage::new("user", &prompt.user)])?
                } else {
                    prompt.plain.clone()
                };
                // A rendered chat template already holds its BOS where the model wants one.
                Ok(tokenizer.encode(&text, !*chat)?)
            }
            TextCodec::Bytes { vocab } => Ok(prompt
                .plain
                .bytes()
                .map(|b| ((b as usize + 3) % vocab) as u32)
                .collect()),
        }
    }

    pub fn decode(&self, ids: &[u32]) -> Result<String> {
        match self {
            TextCodec::Tokenizer { tokenizer, .. } => Ok(tokenizer.decode(ids, true)?),
            TextCodec::Bytes { .. } => Ok(ids
                .iter()
                .map(|id| format!("t{id}"))
                .collect::<Vec<_>>()
                .join(" ")),
        }
    }

    /// Ids that end generation.
    pub fn stop_ids(&self) -> Vec<u32> {
        match self {
            TextCodec::Tokenizer { tokenizer, .. } => tokenizer.eos_ids().to_vec(),
            TextCodec::Bytes { .. } => Vec::new(),
        }
    }
}
