//! Reading a Hugging Face checkpoint's tokenizer files into [`Parts`].
//!
//! Only what byte-level BPE needs is accepted; any other normalizer, pre-tokenizer, model,
//! decoder or post-processor is an error naming its `type`, since ignoring one would give wrong
//! ids without complaint.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::pretokenize::{PreTokenizer, SplitStep, GPT2_SPLIT};
use super::{Parts, Result, TokenKind, TokenizerError};

/// A JSON file being read, for error messages that name it.
struct File {
    path: PathBuf,
    json: Value,
}

impl File {
    fn read(path: PathBuf) -> Result<File> {
        let text = std::fs::read_to_string(&path).map_err(|source| TokenizerError::Io {
            path: path.clone(),
            source,
        })?;
        let json = serde_json::from_str(&text).map_err(|source| TokenizerError::Json {
            path: path.clone(),
            source,
        })?;
        Ok(File { path, json })
    }

    fn read_if_present(path: PathBuf) -> Result<Option<File>> {
        if path.exists() {
            File::read(path).map(Some)
        } else {
            Ok(None)
        }
    }

    fn name(&self) -> String {
        self.path.display().to_string()
    }

    fn invalid(&self, field: &str, message: impl Into<String>) -> TokenizerError {
        TokenizerError::Invalid {
            source_name: self.name(),
            field: field.to_string(),
            message: message.into(),
        }
    }

    fn unsupported(&self, field: &str, value: &Value, supported: &str) -> TokenizerError {
        let value = match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        TokenizerError::Unsupported {
            what: format!("{}: {field}", self.name()),
            value,
            supported: supported.to_string(),
        }
    }
}

/// What `tokenizer.json`'s post-processor says about BOS.
#[derive(Default)]
struct PostProcessor {
    bos_id: Option<u32>,
}

pub(super) fn read_dir(dir: &Path) -> Result<Parts> {
    let tokenizer = File::read(dir.join("tokenizer.json"))?;
    let config = File::read_if_present(dir.join("tokenizer_config.json"))?;
    let generation = File::read_if_present(dir.join("generation_config.json"))?;
    let template_file = dir.join("chat_template.jinja");

    check_normalizer(&tokenizer)?;
    let pre = pre_tokenizer(&tokenizer)?;
    let (mut tokens, merges, ignore_merges) = bpe_model(&tokenizer)?;
    let kinds = added_tokens(&tokenizer, &mut tokens)?;
    check_decoder(&tokenizer)?;
    let post = post_processor(
        &tokenizer,
        &tokenizer.json["post_processor"],
        "post_processor",
    )?;

    let id_of_token = |file: &File, field: &str| -> Result<Option<u32>> {
        match special_token_text(file, field)? {
            None => Ok(None),
            Some(text) => match tokens.iter().rposition(|t| *t == text) {
                Some(id) => Ok(Some(id as u32)),
                None => Err(file.invalid(field, format!("{text:?} is not in the vocab"))),
            },
        }
    };
    let mut bos_id = post.bos_id;
    let mut add_bos = post.bos_id.is_some();
    let mut eos_ids = Vec::new();
    let mut chat_template = None;
    if let Some(config) = &config {
        if bos_id.is_none() {
            bos_id = id_of_token(config, "bos_token")?;
        }
        eos_ids.extend(id_of_token(config, "eos_token")?);
        match &config.json["add_bos_token"] {
            Value::Null => {}
            Value::Bool(add) => add_bos = *add,
            other => return Err(config.invalid("add_bos_token", format!("{other} is not a bool"))),
        }
        chat_template = config_chat_template(config)?;
    }
    if template_file.exists() {
        chat_template =
            Some(
                std::fs::read_to_string(&template_file).map_err(|source| TokenizerError::Io {
                    path: template_file.clone(),
                    source,
                })?,
            );
    }
    if let Some(generation) = &generation {
        for id in generation_eos_ids(generation)? {
            if !eos_ids.contains(&id) {
                eos_ids.push(id);
            }
        }
    }
    Ok(Parts {
        source: tokenizer.name(),
        tokens,
        kinds,
        merges,
        pre,
        ignore_merges,
        bos_id,
        eos_ids,
        add_bos,
        chat_template,
    })
}

fn check_normalizer(file: &File) -> Result<()> {
    match &file.json["normalizer"] {
        Value::Null => Ok(()),
        other => Err(file.unsupported("normalizer.type", &other["type"], "null")),
    }
}

fn pre_tokenizer(file: &File) -> Result<PreTokenizer> {
    let mut steps = Vec::new();
    let mut byte_level = false;
    pre_tokenizer_steps(
        file,
        &file.json["pre_tokenizer"],
        "pre_tokenizer",
        &mut steps,
        &mut byte_level,
    )?;
    if !byte_level {
        // Without ByteLevel the vocab is not in the byte alphabet (SentencePiece style).
        return Err(file.unsupported(
            "pre_tokenizer (no ByteLevel step)",
            &file.json["pre_tokenizer"]["type"],
            "a pre-tokenizer with a ByteLevel step",
        ));
    }
    Ok(PreTokenizer::new(steps))
}

fn pre_tokenizer_steps(
    file: &File,
    node: &Value,
    at: &str,
    steps: &mut Vec<SplitStep>,
    byte_level: &mut bool,
) -> Result<()> {
    let flag = |name: &str, default: bool| node[name].as_bool().unwrap_or(default);
    let source = format!("{}: {at}", file.name());
    match node["type"].as_str() {
        Some("Sequence") => {
            let list = node["pretokenizers"]
                .as_array()
                .ok_or_else(|| file.invalid(&format!("{at}.pretokenizers"), "is not a list"))?;
            for (i, inner) in list.iter().enumerate() {
                pre_tokenizer_steps(
                    file,
                    inner,
                    &format!("{at}.pretokenizers[{i}]"),
                    steps,
                    byte_level,
                )?;
            }
        }
        Some("ByteLevel") => {
            if flag("add_prefix_space", false) {
                return Err(file.unsupported(
                    &format!("{at}.add_prefix_space"),
                    &Value::Bool(true),
                    "false",
                ));
            }
            if flag("use_regex", true) {
                steps.push(SplitStep::regex(GPT2_SPLIT, &source)?);
            }
            *byte_level = true;
        }
        Some("Digits") => {
            if flag("individual_digits", false) {
                steps.push(SplitStep::EachDigit);
            } else {
                steps.push(SplitStep::regex(r"\p{N}+", &source)?);
            }
        }
        Some("Split") => {
            let behavior = &node["behavior"];
            if behavior.as_str() != Some("Isolated") {
                return Err(file.unsupported(&format!("{at}.behavior"), behavior, "Isolated"));
            }
            if flag("invert", false) {
                return Err(file.unsupported(&format!("{at}.invert"), &Value::Bool(true), "false"));
            }
            let pattern = &node["pattern"];
            let regex = match (pattern["Regex"].as_str(), pattern["String"].as_str()) {
                (Some(regex), _) => regex.to_string(),
                (None, Some(literal)) => regex::escape(literal),
                _ => {
                    return Err(file.invalid(
                        &format!("{at}.pattern"),
                        format!("{pattern} is neither Regex nor String"),
                    ))
                }
            };
            steps.push(SplitStep::regex(&regex, &source)?);
        }
        _ => {
            return Err(file.unsupported(
                &format!("{at}.type"),
                &node["type"],
                "Sequence, ByteLevel, Digits, Split",
            ))
        }
    }
    Ok(())
}

type BpeModel = (Vec<String>, Vec<(String, String)>, bool);

fn bpe_model(file: &File) -> Result<BpeModel> {
    let model = &file.json["model"];
    if model["type"].as_str() != Some("BPE") {
        return Err(file.unsupported("model.type", &model["type"], "BPE"));
    }
    if model["byte_fallback"].as_bool() == Some(true) {
        return Err(file.unsupported("model.byte_fallback", &Value::Bool(true), "false"));
    }
    for affix in ["continuing_subword_prefix", "end_of_word_suffix"] {
        if let Some(value) = model[affix].as_str().filter(|s| !s.is_empty()) {
            return Err(file.unsupported(&format!("model.{affix}"), &Value::from(value), "none"));
        }
    }
    if !model["dropout"].is_null() {
        return Err(file.unsupported("model.dropout", &model["dropout"], "null"));
    }
    let vocab = model["vocab"]
        .as_object()
        .ok_or_else(|| file.invalid("model.vocab", "is not a map of token to id"))?;
    let mut tokens: Vec<Option<String>> = vec![None; vocab.len()];
    for (token, id) in vocab {
        let id = id.as_u64().ok_or_else(|| {
            file.invalid(
                "model.vocab",
                format!("{token:?} has id {id}, not a number"),
            )
        })?;
        // Ids are dense, so each is below the number of entries: checked before it sizes the
        // table (a hostile id of 2^40 would otherwise allocate terabytes).
        let slot = usize::try_from(id)
            .ok()
            .and_then(|i| tokens.get_mut(i))
            .ok_or_else(|| {
                file.invalid(
                    "model.vocab",
                    format!(
                        "{token:?} has id {id}, but the vocab has {} entries (ids 0..{})",
                        vocab.len(),
                        vocab.len()
                    ),
                )
            })?;
        *slot = Some(token.clone());
    }
    let tokens = tokens
        .into_iter()
        .enumerate()
        .map(|(id, token)| {
            token.ok_or_else(|| file.invalid("model.vocab", format!("no token has id {id}")))
        })
        .collect::<Result<Vec<_>>>()?;
    let merges = model["merges"]
        .as_array()
        .ok_or_else(|| file.invalid("model.merges", "is not a list"))?
        .iter()
        .enumerate()
        .map(|(i, merge)| {
            // Two formats: "a b", or ["a", "b"] (tokenizers ≥ 0.20).
            let pair = match merge {
                Value::String(s) => s.split_once(' ').filter(|(_, b)| !b.contains(' ')),
                Value::Array(pair) => match pair.as_slice() {
                    [Value::String(a), Value::String(b)] => Some((a.as_str(), b.as_str())),
                    _ => None,
                },
                _ => None,
            };
            pair.map(|(a, b)| (a.to_string(), b.to_string()))
                .ok_or_else(|| {
                    file.invalid(
                        &format!("model.merges[{i}]"),
                        format!("{merge} is not a pair of tokens"),
                    )
                })
        })
        .collect::<Result<Vec<_>>>()?;
    let ignore_merges = model["ignore_merges"].as_bool().unwrap_or(false);
    Ok((tokens, merges, ignore_merges))
}

/// Marks the added tokens (extending the vocab with those past it) and returns every kind.
fn added_tokens(file: &File, tokens: &mut Vec<String>) -> Result<Vec<TokenKind>> {
    let mut kinds = vec![TokenKind::Normal; tokens.len()];
    let Some(added) = file.json["added_tokens"].as_array() else {
        return Ok(kinds);
    };
    let base = tokens.len();
    for (i, token) in added.iter().enumerate() {
        let at = format!("added_tokens[{i}]");
        let id = token["id"]
            .as_u64()
            .ok_or_else(|| file.invalid(&format!("{at}.id"), "is missing or not a number"))?;
        // Added tokens extend the vocab densely: each id is below vocab + added entries.
        let bound = base.saturating_add(added.len());
        let id = usize::try_from(id)
            .ok()
            .filter(|&id| id < bound)
            .ok_or_else(|| {
                file.invalid(
                    &format!("{at}.id"),
                    format!(
                        "is {id}, but the vocab ({base}) and added tokens ({}) hold ids below {bound}",
                        added.len()
                    ),
                )
            })?;
        let content = token["content"]
            .as_str()
            .ok_or_else(|| file.invalid(&format!("{at}.content"), "is missing or not a string"))?;
        for flag in ["lstrip", "rstrip", "single_word"] {
            if token[flag].as_bool() == Some(true) {
                return Err(file.unsupported(
                    &format!("{at}.{flag} ({content:?})"),
                    &Value::Bool(true),
                    "false",
                ));
            }
        }
        if id >= tokens.len() {
            tokens.resize(id + 1, String::new());
            kinds.resize(id + 1, TokenKind::Unused);
        }
        tokens[id] = content.to_string();
        kinds[id] = if token["special"].as_bool() == Some(true) {
            TokenKind::Control
        } else {
            TokenKind::UserDefined
        };
    }
    if let Some(id) = kinds.iter().position(|k| *k == TokenKind::Unused) {
        return Err(file.invalid("added_tokens", format!("no token has id {id}")));
    }
    Ok(kinds)
}

fn check_decoder(file: &File) -> Result<()> {
    let decoder = &file.json["decoder"];
    match decoder["type"].as_str() {
        None if decoder.is_null() => Ok(()),
        Some("ByteLevel") => Ok(()),
        _ => Err(file.unsupported("decoder.type", &decoder["type"], "ByteLevel, null")),
    }
}

fn post_processor(file: &File, node: &Value, at: &str) -> Result<PostProcessor> {
    match node["type"].as_str() {
        None if node.is_null() => Ok(PostProcessor::default()),
        Some("ByteLevel") => Ok(PostProcessor::default()),
        Some("Sequence") => {
            let mut post = PostProcessor::default();
            let list = node["processors"]
                .as_array()
                .ok_or_else(|| file.invalid(&format!("{at}.processors"), "is not a list"))?;
            for (i, inner) in list.iter().enumerate() {
                let inner = post_processor(file, inner, &format!("{at}.processors[{i}]"))?;
                post.bos_id = post.bos_id.or(inner.bos_id);
            }
            Ok(post)
        }
        Some("TemplateProcessing") => template_processing(file, node, at),
        _ => Err(file.unsupported(
            &format!("{at}.type"),
            &node["type"],
            "ByteLevel, TemplateProcessing, Sequence, null",
        )),
    }
}

/// Accepts `single` = [optional one special token, the sequence]: a BOS and nothing after.
fn template_processing(file: &File, node: &Value, at: &str) -> Result<PostProcessor> {
    let single = node["single"]
        .as_array()
        .ok_or_else(|| file.invalid(&format!("{at}.single"), "is not a list"))?;
    let shape: Vec<Option<&str>> = single
        .iter()
        .map(|p| p["SpecialToken"]["id"].as_str())
        .collect();
    let bos_text = match shape.as_slice() {
        [None] => return Ok(PostProcessor::default()),
        [Some(bos), None] if single[1]["Sequence"].is_object() => *bos,
        _ => {
            return Err(file.unsupported(
                &format!("{at}.single"),
                &node["single"],
                "[Sequence] or [SpecialToken, Sequence]",
            ))
        }
    };
    let ids = &node["special_tokens"][bos_text]["ids"];
    match ids.as_array().map(Vec::as_slice) {
        Some([id]) => Ok(PostProcessor {
            bos_id: id.as_u64().map(|id| id as u32),
        }),
        _ => Err(file.invalid(
            &format!("{at}.special_tokens.{bos_text}.ids"),
            format!("{ids} is not one id"),
        )),
    }
}

/// A special token in `tokenizer_config.json`: a string, an AddedToken object, or null.
fn special_token_text(file: &File, field: &str) -> Result<Option<String>> {
    match &file.json[field] {
        Value::Null => Ok(None),
        Value::String(text) => Ok(Some(text.clone())),
        Value::Object(token) => match token.get("content") {
            Some(Value::String(text)) => Ok(Some(text.clone())),
            _ => Err(file.invalid(field, "has no string \"content\"")),
        },
        other => Err(file.invalid(field, format!("{other} is not a token"))),
    }
}

/// `chat_template` is a string, or a list of named templates of which we take "default".
fn config_chat_template(file: &File) -> Result<Option<String>> {
    match &file.json["chat_template"] {
        Value::Null => Ok(None),
        Value::String(template) => Ok(Some(template.clone())),
        Value::Array(named) => named
            .iter()
            .find(|t| t["name"].as_str() == Some("default"))
            .and_then(|t| t["template"].as_str())
            .map(|t| Some(t.to_string()))
            .ok_or_else(|| file.invalid("chat_template", "the list has no \"default\" template")),
        other => Err(file.invalid("chat_template", format!("{other} is not a template"))),
    }
}

fn generation_eos_ids(file: &File) -> Result<Vec<u32>> {
    let as_id = |v: &Value| {
        v.as_u64()
            .map(|id| id as u32)
            .ok_or_else(|| file.invalid("eos_token_id", format!("{v} is not an id")))
    };
    match &file.json["eos_token_id"] {
        Value::Null => Ok(Vec::new()),
        Value::Array(ids) => ids.iter().map(as_id).collect(),
        id => Ok(vec![as_id(id)?]),
    }
}
