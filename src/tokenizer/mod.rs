//! The tokenizer room: text ⇄ token ids through a Hugging Face `tokenizers::Tokenizer`, plus what
//! generation needs beside it (BOS, every end-of-generation id, the chat template) and
//! detokenizing a stream of ids.
//!
//! Sources: a checkpoint dir's `tokenizer.json` loaded as the crate reads it (see `hf.rs`), or a
//! GGUF file's `tokenizer.ggml.*` metadata built into the same kind of tokenizer (see `gguf.rs`).
//! [`for_checkpoint`] is the one place that decides which a checkpoint has.

pub mod chat;
mod gguf;
mod hf;
pub mod pretokenize;
pub mod sentencepiece;
mod sentencepiece_proto;
mod stream;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tokenizers::DecoderWrapper;

pub use chat::{ChatMessage, ChatTemplate};
pub use gguf::BpeSpec;
pub use stream::StreamDecoder;

use crate::formats::gguf::GgufFile;

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
    #[error("{source_name}: unsupported {field} {value:?} (supported: {supported})")]
    Unsupported {
        source_name: String,
        field: String,
        value: String,
        supported: String,
    },
    /// An error the `tokenizers` crate reported, with the source it was working on.
    #[error("{source_name}: {message}")]
    Hf {
        source_name: String,
        message: String,
    },
    #[error("token id {id} is out of range (vocab size {vocab_size})")]
    UnknownId { id: u32, vocab_size: usize },
    #[error("chat template: {message}")]
    Template { message: String },
}

pub type Result<T> = std::result::Result<T, TokenizerError>;

/// A tokenizer with the special ids generation needs. Cheap to share: every method takes `&self`.
#[derive(Debug)]
pub struct Tokenizer {
    hf: tokenizers::Tokenizer,
    /// `hf` with special-token texts left as plain text, made on first use by
    /// [`Tokenizer::encode_plain`] (cloning the vocabulary costs more than most encodes).
    plain: OnceLock<tokenizers::Tokenizer>,
    vocab_size: usize,
    /// Added tokens by id, with whether they are special, where the decoder is ByteLevel: their
    /// text is plain text, which that decoder would misread as byte-level characters.
    raw_added: HashMap<u32, (String, bool)>,
    bos_id: Option<u32>,
    eos_ids: Vec<u32>,
    chat_template: Option<ChatTemplate>,
    source: String,
}

impl Tokenizer {
    /// The one constructor: a built `tokenizers::Tokenizer` (its post-processor adds BOS/EOS
    /// where the vocabulary wants them), the BOS id, every id that ends generation, the chat
    /// template's Jinja source, and the file it all came from (for error messages).
    pub fn from_parts(
        hf: tokenizers::Tokenizer,
        bos_id: Option<u32>,
        eos_ids: Vec<u32>,
        chat_template: Option<String>,
        source: &str,
    ) -> Result<Tokenizer> {
        // Ids past the model's vocabulary can only come from added tokens.
        let vocab_size = hf
            .get_added_tokens_decoder()
            .keys()
            .map(|&id| id as usize + 1)
            .chain([hf.get_vocab_size(false)])
            .max()
            .unwrap_or(0);
        for (field, id) in bos_id
            .iter()
            .map(|&id| ("bos id", id))
            .chain(eos_ids.iter().map(|&id| ("eos ids", id)))
        {
            if id as usize >= vocab_size {
                return Err(TokenizerError::Invalid {
                    source_name: source.to_string(),
                    field: field.to_string(),
                    message: format!("id {id} is past the vocab ({vocab_size} tokens)"),
                });
            }
        }
        let mut unique_eos = Vec::with_capacity(eos_ids.len());
        for id in eos_ids {
            if !unique_eos.contains(&id) {
                unique_eos.push(id);
            }
        }
        let chat_template = chat_template
            .as_deref()
            .map(|text| ChatTemplate::new(text, source))
            .transpose()?;
        // DeepSeek's vocabularies add tokens such as "À": decoded byte by byte they would be
        // the invalid byte 0xC0, where llama.cpp (and the text they stand for) give "À".
        let raw_added = match hf.get_decoder() {
            Some(DecoderWrapper::ByteLevel(_)) => hf
                .get_added_tokens_decoder()
                .into_iter()
                .map(|(id, token)| (id, (token.content, token.special)))
                .collect(),
            _ => HashMap::new(),
        };
        Ok(Tokenizer {
            hf,
            plain: OnceLock::new(),
            vocab_size,
            raw_added,
            bos_id,
            eos_ids: unique_eos,
            chat_template,
            source: source.to_string(),
        })
    }

    /// The tokenizer a GGUF file's `tokenizer.*` metadata describes.
    pub fn from_gguf(gguf: &GgufFile) -> Result<Tokenizer> {
        gguf::from_gguf(gguf)
    }

    /// The tokenizer of a Hugging Face checkpoint dir: `tokenizer.json`, with
    /// `tokenizer_config.json` (BOS/EOS, chat template), `chat_template.jinja`,
    /// `generation_config.json` and `config.json` (more EOS ids) where present.
    pub fn from_hf_dir(dir: impl AsRef<Path>) -> Result<Tokenizer> {
        hf::from_dir(dir.as_ref())
    }

    /// The ids of `text`, as `transformers` gives them: special-token texts (`<|im_start|>`)
    /// become their ids; `add_special` runs the post-processor (BOS where the vocabulary adds it).
    pub fn encode(&self, text: &str, add_special: bool) -> Result<Vec<u32>> {
        self.encode_with(&self.hf, text, add_special)
    }

    /// The ids of `text` as llama.cpp's tokenizer suite and `llama-tokenize` without
    /// `--parse-special` make them: no BOS/EOS, and special-token texts tokenized as text.
    pub fn encode_plain(&self, text: &str) -> Result<Vec<u32>> {
        let plain = self.plain.get_or_init(|| {
            let mut plain = self.hf.clone();
            plain.set_encode_special_tokens(true);
            plain
        });
        self.encode_with(plain, text, false)
    }

    fn encode_with(
        &self,
        hf: &tokenizers::Tokenizer,
        text: &str,
        add_special: bool,
    ) -> Result<Vec<u32>> {
        hf.encode_fast(text, add_special)
            .map(|encoding| encoding.get_ids().to_vec())
            .map_err(|e| self.hf_error(format!("encoding {:?}: {e}", preview(text))))
    }

    /// The text of `ids`; bytes that do not form UTF-8 become U+FFFD. `skip_special` leaves out
    /// special tokens such as `<|im_end|>`.
    pub fn decode(&self, ids: &[u32], skip_special: bool) -> Result<String> {
        if let Some(&id) = ids.iter().find(|&&id| id as usize >= self.vocab_size) {
            return Err(TokenizerError::UnknownId {
                id,
                vocab_size: self.vocab_size,
            });
        }
        let decode = |ids: &[u32]| {
            self.hf
                .decode(ids, skip_special)
                .map_err(|e| self.hf_error(format!("decoding {} ids: {e}", ids.len())))
        };
        if self.raw_added.is_empty() {
            return decode(ids);
        }
        // The runs between added tokens through the decoder, added tokens as their text.
        let mut text = String::new();
        let mut run_start = 0;
        for (at, id) in ids.iter().enumerate() {
            if let Some((content, special)) = self.raw_added.get(id) {
                text.push_str(&decode(&ids[run_start..at])?);
                if !(skip_special && *special) {
                    text.push_str(content);
                }
                run_start = at + 1;
            }
        }
        text.push_str(&decode(&ids[run_start..])?);
        Ok(text)
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
                message: format!(
                    "{} has no chat template (tokenizer_config.json chat_template, \
                     chat_template.jinja or GGUF tokenizer.chat_template); give the prompt \
                     without --chat",
                    self.source
                ),
            })?;
        let token_text = |id: Option<u32>| id.and_then(|id| self.id_to_token(id));
        template.render(
            messages,
            true,
            &token_text(self.bos_id).unwrap_or_default(),
            &token_text(self.eos_ids.first().copied()).unwrap_or_default(),
        )
    }

    /// How many ids there are (the model's vocabulary and the added tokens).
    pub fn vocab_size(&self) -> usize {
        self.vocab_size
    }

    pub fn token_to_id(&self, token: &str) -> Option<u32> {
        self.hf.token_to_id(token)
    }

    /// The token as the vocabulary stores it (byte-level alphabet, `▁` for spaces, `<0x0A>`).
    pub fn id_to_token(&self, id: u32) -> Option<String> {
        self.hf.id_to_token(id)
    }

    pub fn bos_id(&self) -> Option<u32> {
        self.bos_id
    }

    /// Every id that ends generation.
    pub fn eos_ids(&self) -> &[u32] {
        &self.eos_ids
    }

    pub fn chat_template(&self) -> Option<&ChatTemplate> {
        self.chat_template.as_ref()
    }

    /// Where the tokenizer came from, as error messages name it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The underlying `tokenizers::Tokenizer`.
    pub fn hf(&self) -> &tokenizers::Tokenizer {
        &self.hf
    }

    fn hf_error(&self, message: String) -> TokenizerError {
        TokenizerError::Hf {
            source_name: self.source.clone(),
            message,
        }
    }
}

/// The first characters of `text`, for error messages.
fn preview(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// The tokenizer a checkpoint carries, or `None` when it has none. A dir: `tokenizer.json`, else
/// `tokenizer.model` (SentencePiece); a `.gguf` file: its `tokenizer.ggml.*` metadata.
pub fn for_checkpoint(path: &Path) -> anyhow::Result<Option<Tokenizer>> {
    use anyhow::Context;
    let loading = || format!("loading the tokenizer of {}", path.display());
    if path.is_dir() {
        if path.join("tokenizer.json").is_file() {
            return Ok(Some(Tokenizer::from_hf_dir(path).with_context(loading)?));
        }
        let model = path.join("tokenizer.model");
        if model.is_file() {
            return Ok(Some(
                hf::from_sentencepiece_dir(path).with_context(loading)?,
            ));
        }
        return Ok(None);
    }
    for_gguf(&GgufFile::open(path)?)
}

/// The tokenizer in an opened GGUF file's metadata, if it has one (for a caller that opened
/// the file for its weights already: parsing the metadata again costs tens of milliseconds).
pub fn for_gguf(gguf: &GgufFile) -> anyhow::Result<Option<Tokenizer>> {
    use anyhow::Context;
    if gguf.get("tokenizer.ggml.model").is_none() {
        return Ok(None);
    }
    let loading = || format!("loading the tokenizer of {}", gguf.path().display());
    Ok(Some(Tokenizer::from_gguf(gguf).with_context(loading)?))
}
