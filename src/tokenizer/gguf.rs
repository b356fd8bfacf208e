//! Tokenizers from a GGUF file's `tokenizer.*` metadata, built as `tokenizers::Tokenizer`s.
//!
//! `tokenizer.ggml.model` picks the kind: "gpt2" is byte-level BPE (tokens, merges, token types,
//! and the pre-tokenizer `tokenizer.ggml.pre` names, see `pretokenize.rs`); "llama" is
//! SentencePiece; anything else is an error naming the key and its value.

use std::collections::HashMap;

use serde::Deserialize;
use tokenizers::decoders::byte_level::ByteLevel;
use tokenizers::models::bpe::{Vocab, BPE};
use tokenizers::processors::PostProcessorWrapper;
use tokenizers::AddedToken;

use super::pretokenize::GgufPre;
use super::sentencepiece::SpmVocab;
use super::{Result, Tokenizer, TokenizerError};
use crate::formats::gguf::GgufFile;

/// A byte-level BPE vocabulary (`tokenizer.ggml.model = "gpt2"`) as GGUF metadata holds it.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct BpeSpec {
    /// Token text by id: the byte-level alphabet for normal tokens, plain text for added ones.
    pub tokens: Vec<String>,
    /// Merges in rank order, each two token texts separated by one space.
    pub merges: Vec<String>,
    /// GGUF token types by id: 1 normal, 2 unknown, 3 control, 4 user-defined, 5 unused, 6 byte.
    pub token_types: Vec<i32>,
    /// `tokenizer.ggml.pre`, e.g. "smollm", "llama-bpe", "qwen2".
    pub pre: String,
    pub bos_id: Option<u32>,
    /// `tokenizer.ggml.eos_token_id`, then the `eot`/`eom` ids where the file gives them.
    pub eos_ids: Vec<u32>,
    pub add_bos: bool,
    #[serde(default)]
    pub add_eos: bool,
    pub chat_template: Option<String>,
}

// GGUF token types (llama.cpp's `llama_token_type`).
const UNKNOWN: i32 = 2;
const CONTROL: i32 = 3;
const USER_DEFINED: i32 = 4;

pub(super) fn from_gguf(gguf: &GgufFile) -> Result<Tokenizer> {
    let source = gguf.path().display().to_string();
    let model = get_str(gguf, "tokenizer.ggml.model")?;
    match model.as_str() {
        "gpt2" => Tokenizer::from_bpe_spec(&BpeSpec::from_gguf(gguf)?, &source),
        "llama" => {
            let hf_error = |e: anyhow::Error| TokenizerError::Hf {
                source_name: source.clone(),
                message: format!("{e:#}"),
            };
            let vocab = SpmVocab::from_gguf(gguf).map_err(hf_error)?;
            let hf = vocab.to_hf().map_err(hf_error)?;
            let template = vocab.chat_template().map(str::to_string);
            Tokenizer::from_parts(hf, vocab.bos_id(), vocab.eos_ids(), template, &source)
        }
        // bert (WordPiece), gemma4's BPE on raw UTF-8, t5 (Unigram), rwkv, ...
        _ => Err(TokenizerError::Unsupported {
            source_name: source,
            field: "tokenizer.ggml.model".to_string(),
            value: model,
            supported: "gpt2, llama".to_string(),
        }),
    }
}

impl BpeSpec {
    /// Reads `tokenizer.ggml.{tokens, merges, token_type, pre}` and the special ids.
    pub fn from_gguf(gguf: &GgufFile) -> Result<BpeSpec> {
        let source = gguf.path().display().to_string();
        let wrap = |key: &str| {
            let source = source.clone();
            let key = key.to_string();
            move |e: anyhow::Error| invalid(&source, &key, format!("{e:#}"))
        };
        let strings = |key: &str| -> Result<Vec<String>> {
            Ok(gguf
                .get_str_array(key)
                .map_err(wrap(key))?
                .into_iter()
                .map(String::from)
                .collect())
        };
        let tokens = strings("tokenizer.ggml.tokens")?;
        let merges = strings("tokenizer.ggml.merges")?;
        let token_types = match gguf.get("tokenizer.ggml.token_type") {
            None => vec![1; tokens.len()],
            Some(_) => gguf
                .get_int_array("tokenizer.ggml.token_type")
                .map_err(wrap("tokenizer.ggml.token_type"))?
                .into_iter()
                .map(|t| {
                    i32::try_from(t).map_err(|_| {
                        invalid(
                            &source,
                            "tokenizer.ggml.token_type",
                            format!("{t} is no type"),
                        )
                    })
                })
                .collect::<Result<_>>()?,
        };
        // llama.cpp warns and uses its "default" split when the name is missing.
        let pre = match gguf.get("tokenizer.ggml.pre") {
            Some(_) => get_str(gguf, "tokenizer.ggml.pre")?,
            None => "default".to_string(),
        };
        let default_add_bos = GgufPre::from_name(&pre, &source)?.add_bos;
        Ok(BpeSpec {
            tokens,
            merges,
            token_types,
            pre,
            bos_id: bos_id(gguf)?,
            eos_ids: eos_ids(gguf)?,
            add_bos: get_bool(gguf, "tokenizer.ggml.add_bos_token")?.unwrap_or(default_add_bos),
            add_eos: get_bool(gguf, "tokenizer.ggml.add_eos_token")?.unwrap_or(false),
            chat_template: chat_template(gguf)?,
        })
    }
}

impl Tokenizer {
    /// Builds a byte-level BPE vocabulary; `source` names it in errors.
    pub fn from_bpe_spec(spec: &BpeSpec, source: &str) -> Result<Tokenizer> {
        let pre = GgufPre::from_name(&spec.pre, source)?;
        if spec.token_types.len() != spec.tokens.len() {
            return Err(invalid(
                source,
                "tokenizer.ggml.token_type",
                format!(
                    "has {} entries for {} tokens",
                    spec.token_types.len(),
                    spec.tokens.len()
                ),
            ));
        }
        // The BPE model's own map type: built once, checked against, then handed over.
        let mut vocab = Vocab::with_capacity(spec.tokens.len());
        for (id, token) in spec.tokens.iter().enumerate() {
            // As llama.cpp, which asserts one id per text.
            if let Some(first) = vocab.insert(token.clone(), id as u32) {
                return Err(invalid(
                    source,
                    &format!("tokenizer.ggml.tokens[{id}]"),
                    format!("{token:?} is also token {first}"),
                ));
            }
        }
        let merges = merge_pairs(&spec.merges, &vocab, source)?;
        let bpe = BPE::builder()
            .vocab_and_merges(vocab, merges)
            .ignore_merges(pre.ignore_merges)
            .build()
            .map_err(|e| invalid(source, "tokenizer.ggml.merges", e.to_string()))?;
        let mut hf = tokenizers::Tokenizer::new(bpe);
        hf.with_pre_tokenizer(Some(pre.pre_tokenizer(source)?));
        hf.with_decoder(Some(ByteLevel::default()));

        // Control (and unknown) tokens are special: matched in the input only when special
        // tokens are parsed, skippable when decoding. User-defined ones are always matched.
        let mut special = Vec::new();
        let mut user_defined = Vec::new();
        for (token, &kind) in spec.tokens.iter().zip(&spec.token_types) {
            match kind {
                CONTROL | UNKNOWN => {
                    special.push(AddedToken::from(token.clone(), true).normalized(false))
                }
                USER_DEFINED => {
                    user_defined.push(AddedToken::from(token.clone(), false).normalized(false))
                }
                _ => {}
            }
        }
        hf.add_special_tokens(special)
            .map_err(|e| invalid(source, "tokenizer.ggml.token_type", e.to_string()))?;
        hf.add_tokens(user_defined)
            .map_err(|e| invalid(source, "tokenizer.ggml.token_type", e.to_string()))?;

        let token = |field: &str, id: Option<u32>, wanted: bool| -> Result<Option<(&str, u32)>> {
            if !wanted {
                return Ok(None);
            }
            let id =
                id.ok_or_else(|| invalid(source, field, "is set but the id is missing".into()))?;
            match spec.tokens.get(id as usize) {
                Some(text) => Ok(Some((text.as_str(), id))),
                None => Err(invalid(source, field, format!("id {id} is past the vocab"))),
            }
        };
        let bos = token("tokenizer.ggml.add_bos_token", spec.bos_id, spec.add_bos)?;
        let eos = token(
            "tokenizer.ggml.add_eos_token",
            spec.eos_ids.first().copied(),
            spec.add_eos,
        )?;
        if bos.is_some() || eos.is_some() {
            hf.with_post_processor(Some(bos_eos_post_processor(bos, eos, source)?));
        }
        Tokenizer::from_parts(
            hf,
            spec.bos_id,
            spec.eos_ids.clone(),
            spec.chat_template.clone(),
            source,
        )
    }
}

/// Splits each merge "a b" at its first space after the first character, as llama.cpp does,
/// and checks that both halves and their join are tokens (naming the merge that is not). Run
/// for every merge of the vocabulary at each start (~49k for SmolLM2), so it allocates only
/// what it returns.
fn merge_pairs(merges: &[String], vocab: &Vocab, source: &str) -> Result<Vec<(String, String)>> {
    let mut joined = String::new();
    merges
        .iter()
        .enumerate()
        .map(|(i, merge)| {
            let field = || format!("tokenizer.ggml.merges[{i}]");
            let first = merge.chars().next().map_or(0, char::len_utf8);
            let split = merge[first..]
                .find(' ')
                .map(|at| (&merge[..first + at], &merge[first + at + 1..]));
            let Some((left, right)) = split else {
                return Err(invalid(source, &field(), format!("{merge:?} has no space")));
            };
            joined.clear();
            joined.push_str(left);
            joined.push_str(right);
            for token in [left, right, joined.as_str()] {
                if !vocab.contains_key(token) {
                    return Err(invalid(
                        source,
                        &field(),
                        format!("{merge:?}: {token:?} is not a token"),
                    ));
                }
            }
            Ok((left.to_string(), right.to_string()))
        })
        .collect()
}

/// A post-processor that puts BOS before and/or EOS after the text (and around each of a pair).
pub(super) fn bos_eos_post_processor(
    bos: Option<(&str, u32)>,
    eos: Option<(&str, u32)>,
    source: &str,
) -> Result<PostProcessorWrapper> {
    let special = |text: &str| serde_json::json!({ "SpecialToken": { "id": text, "type_id": 0 } });
    let sequence = |id: &str| serde_json::json!({ "Sequence": { "id": id, "type_id": 0 } });
    let mut specials = HashMap::new();
    for (text, id) in bos.iter().chain(&eos) {
        specials.insert(
            text.to_string(),
            serde_json::json!({ "id": text, "ids": [id], "tokens": [text] }),
        );
    }
    let around = |id: &str| {
        let mut pieces = Vec::new();
        pieces.extend(bos.map(|(text, _)| special(text)));
        pieces.push(sequence(id));
        pieces.extend(eos.map(|(text, _)| special(text)));
        pieces
    };
    let single = around("A");
    let pair = [around("A"), around("B")].concat();
    serde_json::from_value(serde_json::json!({
        "type": "TemplateProcessing",
        "single": single,
        "pair": pair,
        "special_tokens": specials,
    }))
    .map_err(|e| invalid(source, "post-processor", e.to_string()))
}

/// `tokenizer.ggml.bos_token_id`, if the file has it.
pub(super) fn bos_id(gguf: &GgufFile) -> Result<Option<u32>> {
    get_id(gguf, "tokenizer.ggml.bos_token_id")
}

/// Every id the file says ends generation: `eos_token_id`, `eot_token_id`, `eom_token_id`.
pub(super) fn eos_ids(gguf: &GgufFile) -> Result<Vec<u32>> {
    let mut ids = Vec::new();
    for key in ["eos", "eot", "eom"] {
        if let Some(id) = get_id(gguf, &format!("tokenizer.ggml.{key}_token_id"))? {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    Ok(ids)
}

pub(super) fn chat_template(gguf: &GgufFile) -> Result<Option<String>> {
    match gguf.get("tokenizer.chat_template") {
        None => Ok(None),
        Some(_) => get_str(gguf, "tokenizer.chat_template").map(Some),
    }
}

fn invalid(source: &str, field: &str, message: String) -> TokenizerError {
    TokenizerError::Invalid {
        source_name: source.to_string(),
        field: field.to_string(),
        message,
    }
}

fn source_of(gguf: &GgufFile) -> String {
    gguf.path().display().to_string()
}

fn get_str(gguf: &GgufFile, key: &str) -> Result<String> {
    gguf.get_str(key)
        .map(String::from)
        .map_err(|e| invalid(&source_of(gguf), key, format!("{e:#}")))
}

fn get_bool(gguf: &GgufFile, key: &str) -> Result<Option<bool>> {
    match gguf.get(key) {
        None => Ok(None),
        Some(_) => gguf
            .get_bool(key)
            .map(Some)
            .map_err(|e| invalid(&source_of(gguf), key, format!("{e:#}"))),
    }
}

fn get_id(gguf: &GgufFile, key: &str) -> Result<Option<u32>> {
    match gguf.get(key) {
        None => Ok(None),
        Some(_) => {
            let value = gguf
                .get_int(key)
                .map_err(|e| invalid(&source_of(gguf), key, format!("{e:#}")))?;
            u32::try_from(value)
                .map(Some)
                .map_err(|_| invalid(&source_of(gguf), key, format!("{value} is not a token id")))
        }
    }
}
