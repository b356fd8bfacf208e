//! A Hugging Face checkpoint dir's tokenizer: `tokenizer.json` as the `tokenizers` crate reads it,
//! and the files beside it that say what generation needs: `tokenizer_config.json` (BOS/EOS
//! tokens, chat template), `chat_template.jinja`, `generation_config.json` and `config.json`
//! (EOS ids).

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::sentencepiece::SpmVocab;
use super::{Result, Tokenizer, TokenizerError};

/// A JSON file being read, for error messages that name it.
struct File {
    path: PathBuf,
    json: Value,
}

impl File {
    fn read(path: PathBuf) -> Result<File> {
        let text = read_text(&path)?;
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
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| TokenizerError::Io {
        path: path.to_path_buf(),
        source,
    })
}

pub(super) fn from_dir(dir: &Path) -> Result<Tokenizer> {
    let file = File::read(dir.join("tokenizer.json"))?;
    let hf: tokenizers::Tokenizer =
        serde_json::from_value(file.json.clone()).map_err(|e| TokenizerError::Hf {
            source_name: file.name(),
            message: format!("not a tokenizer the `tokenizers` crate can load: {e}"),
        })?;
    with_dir_config(hf, Some(&file), dir, None)
}

/// A dir holding only SentencePiece's `tokenizer.model`, as Mistral's own releases do.
pub(super) fn from_sentencepiece_dir(dir: &Path) -> Result<Tokenizer> {
    let path = dir.join("tokenizer.model");
    let vocab = SpmVocab::from_model_file(&path).map_err(|e| TokenizerError::Hf {
        source_name: path.display().to_string(),
        message: format!("{e:#}"),
    })?;
    let hf = vocab.to_hf().map_err(|e| TokenizerError::Hf {
        source_name: path.display().to_string(),
        message: format!("{e:#}"),
    })?;
    // The dir's config files speak first (as transformers lets them); the model's own ids
    // are what a dir without them means.
    let own = (vocab.bos_id(), vocab.eos_ids());
    with_dir_config(hf, None, dir, Some(own))
}

/// Completes a built tokenizer with the BOS/EOS ids and chat template the dir's config files
/// give. `tokenizer_json` is the file `hf` came from, if any (its post-processor names the BOS);
/// `own_ids` are the BOS and EOS ids the vocabulary itself declares, used where no file does.
fn with_dir_config(
    mut hf: tokenizers::Tokenizer,
    tokenizer_json: Option<&File>,
    dir: &Path,
    own_ids: Option<(Option<u32>, Vec<u32>)>,
) -> Result<Tokenizer> {
    let source = match tokenizer_json {
        Some(file) => file.name(),
        None => dir.join("tokenizer.model").display().to_string(),
    };
    let config = File::read_if_present(dir.join("tokenizer_config.json"))?;
    let generation = File::read_if_present(dir.join("generation_config.json"))?;
    let model_config = File::read_if_present(dir.join("config.json"))?;

    let id_of = |file: &File, field: &str| -> Result<Option<(String, u32)>> {
        match special_token_text(file, field)? {
            None => Ok(None),
            Some(text) => match hf.token_to_id(&text) {
                Some(id) => Ok(Some((text, id))),
                None => Err(file.invalid(field, format!("{text:?} is not in the vocab"))),
            },
        }
    };
    let post_bos = match tokenizer_json {
        Some(file) => post_processor_bos(file, &file.json["post_processor"], "post_processor")?,
        None => None,
    };
    let mut bos = None;
    let mut eos = None;
    let mut chat_template = None;
    if let Some(config) = &config {
        bos = id_of(config, "bos_token")?;
        eos = id_of(config, "eos_token")?;
        chat_template = config_chat_template(config)?;
        // Only a tokenizer without a post-processor lets the config decide: where
        // tokenizer.json has one, Python `tokenizers` follows it, and so do we.
        if hf.get_post_processor().is_none() {
            let add_bos = config_flag(config, "add_bos_token")?.then(|| bos.clone());
            let add_eos = config_flag(config, "add_eos_token")?.then(|| eos.clone());
            let missing = |field: &str, token: &str| {
                config.invalid(field, format!("is true but there is no {token}"))
            };
            let bos_token = add_bos
                .map(|b| b.ok_or_else(|| missing("add_bos_token", "bos_token")))
                .transpose()?;
            let eos_token = add_eos
                .map(|e| e.ok_or_else(|| missing("add_eos_token", "eos_token")))
                .transpose()?;
            if bos_token.is_some() || eos_token.is_some() {
                let post = super::gguf::bos_eos_post_processor(
                    bos_token.as_ref().map(|(t, id)| (t.as_str(), *id)),
                    eos_token.as_ref().map(|(t, id)| (t.as_str(), *id)),
                    &config.name(),
                )?;
                hf.with_post_processor(Some(post));
            }
        }
    }
    let template_file = dir.join("chat_template.jinja");
    if template_file.exists() {
        chat_template = Some(read_text(&template_file)?);
    }
    let mut eos_ids: Vec<u32> = eos.map(|(_, id)| id).into_iter().collect();
    for file in generation.iter().chain(&model_config) {
        eos_ids.extend(eos_token_ids(file)?);
    }
    let (own_bos, own_eos) = own_ids.unwrap_or_default();
    if eos_ids.is_empty() {
        eos_ids = own_eos;
    }
    let bos_id = post_bos.or(bos.map(|(_, id)| id)).or(own_bos);
    Tokenizer::from_parts(hf, bos_id, eos_ids, chat_template, &source)
}

/// The BOS a `TemplateProcessing` post-processor puts before the sequence, if it does.
fn post_processor_bos(file: &File, node: &Value, at: &str) -> Result<Option<u32>> {
    match node["type"].as_str() {
        Some("Sequence") => {
            let list = node["processors"]
                .as_array()
                .ok_or_else(|| file.invalid(&format!("{at}.processors"), "is not a list"))?;
            for (i, inner) in list.iter().enumerate() {
                if let Some(id) = post_processor_bos(file, inner, &format!("{at}.processors[{i}]"))?
                {
                    return Ok(Some(id));
                }
            }
            Ok(None)
        }
        Some("TemplateProcessing") => {
            let Some(first) = node["single"][0]["SpecialToken"]["id"].as_str() else {
                return Ok(None);
            };
            let ids = &node["special_tokens"][first]["ids"];
            match ids.as_array().map(Vec::as_slice) {
                Some([id]) => Ok(id.as_u64().and_then(|id| u32::try_from(id).ok())),
                _ => Err(file.invalid(
                    &format!("{at}.special_tokens.{first}.ids"),
                    format!("{ids} is not one id"),
                )),
            }
        }
        _ => Ok(None),
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

fn config_flag(file: &File, field: &str) -> Result<bool> {
    match &file.json[field] {
        Value::Null => Ok(false),
        Value::Bool(flag) => Ok(*flag),
        other => Err(file.invalid(field, format!("{other} is not true or false"))),
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

/// `eos_token_id` of generation_config.json or config.json: an id, a list of ids, or null.
fn eos_token_ids(file: &File) -> Result<Vec<u32>> {
    let as_id = |v: &Value| {
        v.as_u64()
            .and_then(|id| u32::try_from(id).ok())
            .ok_or_else(|| file.invalid("eos_token_id", format!("{v} is not a token id")))
    };
    match &file.json["eos_token_id"] {
        Value::Null => Ok(Vec::new()),
        Value::Array(ids) => ids.iter().map(as_id).collect(),
        id => Ok(vec![as_id(id)?]),
    }
}
