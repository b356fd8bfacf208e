//! The tokenizer: text ⇄ token ids for byte-level BPE vocabularies (GPT-2, SmolLM2, Llama-3,
//! Mistral-Nemo style), plus detokenizing a stream of ids and rendering the chat template.
//!
//! Built from a [`TokenizerSpec`] (the fields a GGUF file's `tokenizer.*` metadata holds) or
//! from a Hugging Face checkpoint dir (`tokenizer.json`, see [`Tokenizer::from_hf_dir`]).
//! Encoding: special tokens are cut out of the text first and mapped directly; the rest is
//! split into words by the pre-tokenizer and each word is merged by BPE.

mod bpe;
pub mod chat;
mod gguf;
mod hf;
pub mod pretokenize;
pub mod sentencepiece;
mod sentencepiece_proto;
mod special;
mod stream;

use std::collections::HashMap;
use std::path::PathBuf;

use serde::Deserialize;

pub use chat::{ChatMessage, ChatTemplate};
pub use stream::StreamDecoder;

use bpe::Bpe;
use pretokenize::PreTokenizer;
use special::{Segment, SpecialTokens};

/// What can go wrong building or using a tokenizer; each names the file/field/value at fault.
#[derive(Debug, thiserror::Error)]
pub enum TokenizerError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid JSON: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{source_name}: {field}: {message}")]
    Invalid {
        source_name: String,
        field: String,
        message: String,
    },
    #[error("unsupported {what} {value:?} (supported: {supported})")]
    Unsupported {
        what: String,
        value: String,
        supported: String,
    },
    #[error("token id {id} is out of range (vocab size {vocab_size})")]
    UnknownId { id: u32, vocab_size: usize },
    #[error("cannot encode: {message}")]
    Encode { message: String },
    #[error("chat template: {message}")]
    Template { message: String },
}

pub type Result<T> = std::result::Result<T, TokenizerError>;

/// A tokenizer as GGUF metadata describes it (`tokenizer.ggml.{tokens, merges, token_type, pre,
/// bos_token_id, eos_token_id, add_bos_token}` and `tokenizer.chat_template`).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct TokenizerSpec {
    /// Token text by id, in the byte-level alphabet for normal tokens.
    pub tokens: Vec<String>,
    /// Merges in rank order, each two token texts separated by one space.
    pub merges: Vec<String>,
    /// GGUF token types by id: 1 normal, 2 unknown, 3 control, 4 user-defined, 5 unused, 6 byte.
    pub token_types: Vec<i32>,
    /// The pre-tokenizer name (`tokenizer.ggml.pre`), e.g. "smollm", "llama-bpe", "gpt2".
    pub pre: String,
    pub bos_id: Option<u32>,
    pub eos_ids: Vec<u32>,
    pub add_bos: bool,
    pub chat_template: Option<String>,
}

/// How a token is treated apart from BPE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Made by merges; its text is in the byte-level alphabet.
    Normal,
    /// A special token (`<|im_end|>`): matched whole in the input, skippable when decoding.
    Control,
    /// An added token that is not special: matched whole, always shown.
    UserDefined,
    /// Never produced; not matched in the input.
    Unused,
}

impl TokenKind {
    /// The kind of a GGUF `tokenizer.ggml.token_type` value.
    pub fn from_gguf(token_type: i32) -> Option<TokenKind> {
        match token_type {
            0..=2 | 6 => Some(TokenKind::Normal),
            3 => Some(TokenKind::Control),
            4 => Some(TokenKind::UserDefined),
            5 => Some(TokenKind::Unused),
            _ => None,
        }
    }
}

/// Everything a tokenizer is built from, whichever file it came from.
struct Parts {
    source: String,
    tokens: Vec<String>,
    kinds: Vec<TokenKind>,
    merges: Vec<(String, String)>,
    pre: PreTokenizer,
    ignore_merges: bool,
    bos_id: Option<u32>,
    eos_ids: Vec<u32>,
    add_bos: bool,
    chat_template: Option<String>,
}

/// A byte-level BPE tokenizer. Cheap to share: encoding takes `&self`.
#[derive(Debug)]
pub struct Tokenizer {
    tokens: Vec<String>,
    token_ids: HashMap<String, u32>,
    kinds: Vec<TokenKind>,
    /// The bytes each token decodes to.
    token_bytes: Vec<Vec<u8>>,
    specials: SpecialTokens,
    pre: PreTokenizer,
    bpe: Bpe,
    bos_id: Option<u32>,
    eos_ids: Vec<u32>,
    add_bos: bool,
    chat_template: Option<ChatTemplate>,
}

impl Tokenizer {
    /// Builds the tokenizer a GGUF file's metadata describes.
    pub fn from_spec(spec: &TokenizerSpec) -> Result<Tokenizer> {
        let source = "tokenizer spec";
        let invalid = |field: &str, message: String| TokenizerError::Invalid {
            source_name: source.to_string(),
            field: field.to_string(),
            message,
        };
        if spec.token_types.len() != spec.tokens.len() {
            return Err(invalid(
                "token_types",
                format!(
                    "has {} entries for {} tokens",
                    spec.token_types.len(),
                    spec.tokens.len()
                ),
            ));
        }
        let kinds = spec
            .token_types
            .iter()
            .enumerate()
            .map(|(id, &t)| {
                TokenKind::from_gguf(t).ok_or_else(|| {
                    invalid(&format!("token_types[{id}]"), format!("unknown type {t}"))
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let merges = spec
            .merges
            .iter()
            .enumerate()
            .map(
                |(i, merge)| match merge.split(' ').collect::<Vec<_>>()[..] {
                    [left, right] => Ok((left.to_string(), right.to_string())),
                    _ => Err(invalid(
                        &format!("merges[{i}]"),
                        format!("{merge:?} is not two tokens separated by one space"),
                    )),
                },
            )
            .collect::<Result<Vec<_>>>()?;
        let named = PreTokenizer::from_gguf_pre(&spec.pre)?;
        Tokenizer::build(Parts {
            source: source.to_string(),
            tokens: spec.tokens.clone(),
            kinds,
            merges,
            pre: named.pre,
            ignore_merges: named.ignore_merges,
            bos_id: spec.bos_id,
            eos_ids: spec.eos_ids.clone(),
            add_bos: spec.add_bos,
            chat_template: spec.chat_template.clone(),
        })
    }

    /// Builds the tokenizer of a Hugging Face checkpoint dir: `tokenizer.json`, with
    /// `tokenizer_config.json` (BOS/EOS, chat template), `chat_template.jinja` and
    /// `generation_config.json` (extra EOS ids) where present.
    pub fn from_hf_dir(dir: impl Into<PathBuf>) -> Result<Tokenizer> {
        Tokenizer::build(hf::read_dir(&dir.into())?)
    }

    fn build(parts: Parts) -> Result<Tokenizer> {
        let vocab_size = parts.tokens.len();
        let invalid = |field: &str, message: String| TokenizerError::Invalid {
            source_name: parts.source.clone(),
            field: field.to_string(),
            message,
        };
        for (name, id) in parts
            .bos_id
            .iter()
            .map(|&id| ("bos_id", id))
            .chain(parts.eos_ids.iter().map(|&id| ("eos_ids", id)))
        {
            if id as usize >= vocab_size {
                return Err(invalid(
                    name,
                    format!("id {id} is past the vocab ({vocab_size} tokens)"),
                ));
            }
        }
        if parts.add_bos && parts.bos_id.is_none() {
            return Err(invalid("add_bos", "is set but there is no bos_id".into()));
        }
        // A repeated token text maps to its last id, as in llama.cpp and `tokenizers`.
        let token_ids: HashMap<String, u32> = parts
            .tokens
            .iter()
            .enumerate()
            .map(|(id, t)| (t.clone(), id as u32))
            .collect();
        let bpe = Bpe::new(
            &token_ids,
            &parts.merges,
            parts.ignore_merges,
            &parts.source,
        )?;
        let char_to_byte = bpe::char_to_byte_map();
        let token_bytes = parts
            .tokens
            .iter()
            .zip(&parts.kinds)
            .map(|(text, kind)| match kind {
                // Added tokens are stored as the text they stand for.
                TokenKind::Control | TokenKind::UserDefined => text.as_bytes().to_vec(),
                TokenKind::Normal | TokenKind::Unused => text
                    .chars()
                    .flat_map(|c| match char_to_byte.get(&c) {
                        Some(&b) => vec![b],
                        None => c.to_string().into_bytes(),
                    })
                    .collect(),
            })
            .collect();
        let specials = SpecialTokens::new(&parts.tokens, &parts.kinds);
        let chat_template = parts
            .chat_template
            .as_deref()
            .map(|source| ChatTemplate::new(source, &parts.source))
            .transpose()?;
        Ok(Tokenizer {
            tokens: parts.tokens,
            token_ids,
            kinds: parts.kinds,
            token_bytes,
            specials,
            pre: parts.pre,
            bpe,
            bos_id: parts.bos_id,
            eos_ids: parts.eos_ids,
            add_bos: parts.add_bos,
            chat_template,
        })
    }

    /// The ids of `text`. Special-token texts in it (`<|im_start|>`) become their ids;
    /// `add_special` prepends BOS when the tokenizer's configuration asks for it.
    pub fn encode(&self, text: &str, add_special: bool) -> Result<Vec<u32>> {
        let mut ids = Vec::with_capacity(text.len() / 3 + 2);
        if add_special && self.add_bos {
            ids.extend(self.bos_id);
        }
        for segment in self.specials.split(text) {
            match segment {
                Segment::Special(id) => ids.push(id),
                Segment::Text(text) => {
                    for word in self.pre.split(text) {
                        self.bpe.encode_word(word, &self.token_ids, &mut ids)?;
                    }
                }
            }
        }
        Ok(ids)
    }

    /// The text of `ids`; invalid UTF-8 (a sequence cut off mid-character) becomes U+FFFD.
    /// `skip_special` leaves out control tokens such as `<|im_end|>`.
    pub fn decode(&self, ids: &[u32], skip_special: bool) -> Result<String> {
        let mut bytes = Vec::new();
        for &id in ids {
            if let Some(token) = self.token_bytes_for(id, skip_special)? {
                bytes.extend_from_slice(token);
            }
        }
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// A decoder that turns ids into text one at a time, as generation produces them.
    pub fn stream_decoder(&self, skip_special: bool) -> StreamDecoder<'_> {
        StreamDecoder::new(self, skip_special)
    }

    /// Renders the chat template for `messages`, ending with the prompt for the assistant's
    /// turn (`add_generation_prompt`). Errors when the tokenizer has no template.
    pub fn apply_chat_template(&self, messages: &[ChatMessage]) -> Result<String> {
        let template = self
            .chat_template
            .as_ref()
            .ok_or_else(|| TokenizerError::Template {
                message: "this tokenizer has no chat template".to_string(),
            })?;
        let token_text = |id: Option<u32>| id.and_then(|id| self.id_to_token(id)).unwrap_or("");
        template.render(
            messages,
            true,
            token_text(self.bos_id),
            token_text(self.eos_ids.first().copied()),
        )
    }

    /// The bytes of token `id`, or `None` for a control token being skipped.
    fn token_bytes_for(&self, id: u32, skip_special: bool) -> Result<Option<&[u8]>> {
        let bytes = self
            .token_bytes
            .get(id as usize)
            .ok_or(TokenizerError::UnknownId {
                id,
                vocab_size: self.vocab_size(),
            })?;
        let skip = skip_special && self.kinds[id as usize] == TokenKind::Control;
        Ok((!skip).then_some(bytes.as_slice()))
    }

    pub fn vocab_size(&self) -> usize {
        self.tokens.len()
    }

    pub fn token_to_id(&self, token: &str) -> Option<u32> {
        self.token_ids.get(token).copied()
    }

    /// The token's text as stored in the vocab (byte-level alphabet for normal tokens).
    pub fn id_to_token(&self, id: u32) -> Option<&str> {
        self.tokens.get(id as usize).map(String::as_str)
    }

    pub fn token_kind(&self, id: u32) -> Option<TokenKind> {
        self.kinds.get(id as usize).copied()
    }

    pub fn bos_id(&self) -> Option<u32> {
        self.bos_id
    }

    /// Ids that end generation.
    pub fn eos_ids(&self) -> &[u32] {
        &self.eos_ids
    }

    /// Whether `encode(_, true)` prepends BOS.
    pub fn add_bos(&self) -> bool {
        self.add_bos
    }

    pub fn chat_template(&self) -> Option<&ChatTemplate> {
        self.chat_template.as_ref()
    }
}
