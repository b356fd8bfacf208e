//! The bodies of the fuzz targets, one function per target, shared by the libFuzzer binaries
//! (fuzz_targets/*.rs) and by `tests/fuzz_corpus.rs`, which replays the committed seeds and
//! regressions through them in every `cargo test`. A body may only panic on a real bug: each
//! input must give `Ok` or a clean `Err`.

use std::path::PathBuf;
use std::sync::OnceLock;

use xlagen::flags::TokenIds;
use xlagen::formats::gguf::GgufFile;
use xlagen::tokenizer::{self, ChatMessage, ChatTemplate, Tokenizer};

/// A target's body: runs one input, panicking only on a bug.
pub type Body = fn(&[u8]);

/// Every target, by the name of its fuzz binary and seed directory.
#[allow(dead_code)]
pub const ALL: [(&str, Body); 9] = [
    ("gguf", gguf),
    ("safetensors_header", safetensors_header),
    ("safetensors_index", safetensors_index),
    ("config_json", config_json),
    ("chat_template", chat_template),
    ("tokenizer_json", tokenizer_json),
    ("gguf_vocab", gguf_vocab),
    ("tokenizer_model", tokenizer_model),
    ("cli_ids", cli_ids),
];

/// A scratch directory of this process, for targets whose entry point reads files.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("xlagen-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("checkpoint")).expect("scratch dir");
        dir
    })
}

/// The GGUF reader on arbitrary bytes: header, metadata, tensor table, bounds.
pub fn gguf(data: &[u8]) {
    let _ = xlagen::formats::gguf::check_bytes(data);
}

/// A safetensors file's bytes: our header checks and the safetensors crate's.
pub fn safetensors_header(data: &[u8]) {
    let _ = xlagen::formats::safetensors::check_bytes(data);
}

/// A `model.safetensors.index.json`: its weight map, and every shard path it accepts must stay
/// inside the checkpoint directory.
pub fn safetensors_index(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dir = scratch().join("checkpoint");
    if let Ok(map) = xlagen::formats::safetensors::shard_paths(text, &dir) {
        for (_, (_, path)) in map {
            assert!(
                path.starts_with(&dir) && !path.components().any(|c| c.as_os_str() == ".."),
                "{} escapes {}",
                path.display(),
                dir.display()
            );
        }
    }
}

/// config.json text to a validated Config; every accepted config has sizes whose products the
/// forward pass computes without overflow (the fuzz build checks overflow).
pub fn config_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(config) = xlagen::model::config::Config::from_json(text) {
        let _ = (config.q_dim(), config.kv_dim());
        for name in [
            "model.embed_tokens.weight",
            "model.layers.0.self_attn.q_proj.weight",
        ] {
            let dims = xlagen::model::weights::expected_dims(&config, name).expect("known name");
            let elements = dims.iter().try_fold(1i64, |acc, &d| acc.checked_mul(d));
            assert!(elements.is_some(), "{name} {dims:?} overflows");
        }
    }
}

/// A chat template (as tokenizer_config.json or GGUF metadata carries it) compiled and
/// rendered over a fixed conversation; the first byte picks the turns and the generation prompt.
pub fn chat_template(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Ok(source) = std::str::from_utf8(rest) else {
        return;
    };
    let Ok(template) = ChatTemplate::new(source, "fuzz") else {
        return;
    };
    let messages = [
        ChatMessage::new("system", "Be brief."),
        ChatMessage::new("user", "What is 2+2?"),
        ChatMessage::new("assistant", "4"),
        ChatMessage::new("user", "And {{ 3+3 }}?"),
    ];
    let n = 1 + usize::from(flags >> 1) % messages.len();
    let _ = template.render(&messages[..n], flags & 1 == 1, "<s>", "</s>");
}

/// `data` as the one file `name` of a scratch checkpoint dir, its tokenizer found by the one
/// function that finds a checkpoint's tokenizer, then exercised.
fn checkpoint_tokenizer(dir_name: &str, name: &str, data: &[u8], text: &str) {
    let dir = scratch().join(dir_name);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    std::fs::write(dir.join(name), data).expect("write input");
    if let Ok(Some(tokenizer)) = tokenizer::for_checkpoint(&dir) {
        exercise(&tokenizer, text);
    }
}

/// Encodes `text` and decodes it back, and decodes ids in and out of the vocabulary.
fn exercise(tokenizer: &Tokenizer, text: &str) {
    if let Ok(ids) = tokenizer.encode(text, true) {
        let _ = tokenizer.decode(&ids, false);
    }
    let _ = tokenizer.decode(&[0, 1, 2, u32::MAX], true);
}

/// tokenizer.json bytes to a tokenizer, then encoding and decoding.
pub fn tokenizer_json(data: &[u8]) {
    let text = "Hello world, 123 héllo 世界 <|im_start|>";
    checkpoint_tokenizer("tokenizer", "tokenizer.json", data, text);
}

/// SentencePiece `tokenizer.model` bytes (a protobuf ModelProto) to a tokenizer, then encoding
/// and decoding: the dir holds only the input, so the proto reader, the vocabulary's checks and
/// its conversion all run.
pub fn tokenizer_model(data: &[u8]) {
    let text = "Hello world, 123 héllo 世界 \n\t<s>";
    checkpoint_tokenizer("sentencepiece", "tokenizer.model", data, text);
}

/// A GGUF file's tokenizer metadata (a "gpt2" or "llama" vocabulary) to a tokenizer, then
/// encoding and decoding.
pub fn gguf_vocab(data: &[u8]) {
    let path = scratch().join("vocab.gguf");
    std::fs::write(&path, data).expect("write input");
    let Ok(file) = GgufFile::open(&path) else {
        return;
    };
    if let Ok(tokenizer) = Tokenizer::from_gguf(&file) {
        exercise(&tokenizer, "Hello world, 123 héllo 世界");
    }
}

/// `--prompt-ids` values: an accepted list prints back to a string that parses to the same ids.
pub fn cli_ids(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(ids) = text.parse::<TokenIds>() {
        let again: TokenIds = ids.to_string().parse().expect("printed ids parse");
        assert_eq!(again, ids);
    }
}
