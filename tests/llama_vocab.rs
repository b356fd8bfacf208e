//! llama.cpp's own tokenizer suite: the vocabulary-only `ggml-vocab-*.gguf` files of its
//! `models/` dir, with `.gguf.inp` (texts) and `.gguf.out` (the ids Hugging Face's tokenizer
//! gives them). The files are fetched into the cache dir by tests/fixtures/llama_vocab/fetch.py
//! (run here when they are missing).
//!
//! Conventions, as llama.cpp's tests/test-tokenizer-0.cpp reads the files: inputs are separated
//! by "\n__ggml_vocab_test__\n" and the text after the last separator is not an input when it is
//! empty; each .out line is one input's ids, each preceded by a space; texts are encoded without
//! BOS/EOS and without parsing special tokens. tests/test-tokenizer-1-bpe.cpp adds: every token
//! id's text re-encodes to ids that decode to the same text (ids whose text is not UTF-8 are
//! exempt), and every Unicode code point round-trips through encode and decode.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use xlagen::formats::gguf::GgufFile;
use xlagen::tokenizer::Tokenizer;

/// Every vocabulary of the suite that has `.inp`/`.out`, by `tokenizer.ggml.model`: those of a
/// kind we build must reproduce their `.out`; the rest must be refused with an error naming
/// `tokenizer.ggml.model` and its value.
const REPRODUCED: &[(&str, &str)] = &[
    ("command-r", "gpt2"),
    ("deepseek-coder", "gpt2"),
    ("deepseek-llm", "gpt2"),
    ("falcon", "gpt2"),
    ("gpt-2", "gpt2"),
    ("llama-bpe", "gpt2"),
    ("llama-spm", "llama"),
    ("mpt", "gpt2"),
    ("phi-3", "llama"),
    ("qwen2", "gpt2"),
    ("qwen35", "gpt2"),
    ("refact", "gpt2"),
    ("starcoder", "gpt2"),
];
const REFUSED: &[(&str, &str)] = &[("bert-bge", "bert"), ("gemma-4", "gemma4")];

/// The vocabularies test-tokenizer-1-bpe.cpp's checks apply to (SentencePiece ones have
/// test-tokenizer-1-spm.cpp's instead).
fn byte_level_vocabularies() -> impl Iterator<Item = &'static str> {
    REPRODUCED
        .iter()
        .filter(|(_, model)| *model == "gpt2")
        .map(|(name, _)| *name)
}

const SEPARATOR: &str = "\n__ggml_vocab_test__\n";

fn suite_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(common::llama_vocab_dir)
}

fn vocab_path(name: &str) -> PathBuf {
    suite_dir().join(format!("ggml-vocab-{name}.gguf"))
}

/// The suite's (text, ids) pairs for one vocabulary, read as test-tokenizer-0.cpp reads them.
fn cases(name: &str) -> Vec<(String, Vec<u32>)> {
    let path = vocab_path(name);
    let read = |ext: &str| {
        let file = PathBuf::from(format!("{}.{ext}", path.display()));
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    };
    let inp = read("inp");
    let mut texts: Vec<&str> = inp.split(SEPARATOR).collect();
    if texts.last() == Some(&"") {
        texts.pop();
    }
    let lines: Vec<Vec<u32>> = read("out")
        .lines()
        .map(|line| {
            line.split_whitespace()
                .map(|id| id.parse().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(texts.len(), lines.len(), "{name}: .inp and .out disagree");
    assert!(texts.len() >= 30, "{name}: only {} cases", texts.len());
    texts.into_iter().map(String::from).zip(lines).collect()
}

fn load(name: &str) -> Tokenizer {
    let gguf = GgufFile::open(&vocab_path(name)).unwrap();
    Tokenizer::from_gguf(&gguf).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_table_names_every_vocabulary_of_the_suite() {
    let mut listed: Vec<&str> = REPRODUCED.iter().chain(REFUSED).map(|v| v.0).collect();
    listed.sort_unstable();
    let mut found: Vec<String> = std::fs::read_dir(suite_dir())
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            let stem = name
                .strip_prefix("ggml-vocab-")?
                .strip_suffix(".gguf.inp")?;
            Some(stem.to_string())
        })
        .collect();
    found.sort_unstable();
    assert_eq!(listed, found);
    for (name, model) in REPRODUCED.iter().chain(REFUSED) {
        let gguf = GgufFile::open(&vocab_path(name)).unwrap();
        assert_eq!(
            gguf.get_str("tokenizer.ggml.model").unwrap(),
            *model,
            "{name}"
        );
    }
}

#[test]
fn every_buildable_vocabulary_reproduces_its_out_file() {
    let mut failures = Vec::new();
    for (name, _) in REPRODUCED {
        let tokenizer = load(name);
        for (text, want) in cases(name) {
            let got = tokenizer.encode_plain(&text).unwrap();
            if got != want {
                failures.push(format!("{name}: {text:?}\n  got  {got:?}\n  want {want:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn other_vocabularies_are_refused_naming_the_model() {
    for (name, model) in REFUSED {
        let gguf = GgufFile::open(&vocab_path(name)).unwrap();
        let err = Tokenizer::from_gguf(&gguf).unwrap_err().to_string();
        assert!(
            err.contains("tokenizer.ggml.model") && err.contains(&format!("\"{model}\"")),
            "{name}: {err}"
        );
    }
}

/// test-tokenizer-1-bpe.cpp's check on every id: its text (special tokens rendered) encodes,
/// with special tokens parsed, to ids whose text is the same.
#[test]
fn every_token_id_decodes_and_re_encodes_to_the_same_text() {
    let mut failures = Vec::new();
    for name in byte_level_vocabularies() {
        let tokenizer = load(name);
        let mut checked = 0;
        for id in 0..tokenizer.vocab_size() as u32 {
            let text = tokenizer.decode(&[id], false).unwrap();
            // Not UTF-8 on its own (part of a character): exempt, as in llama.cpp.
            if text.contains(char::REPLACEMENT_CHARACTER) {
                continue;
            }
            checked += 1;
            let ids = tokenizer.encode(&text, false).unwrap();
            let back = tokenizer.decode(&ids, false).unwrap();
            if back != text {
                failures.push(format!("{name}: id {id} {text:?} re-decodes as {back:?}"));
            }
        }
        assert!(
            checked * 2 > tokenizer.vocab_size(),
            "{name}: only {checked} ids checked"
        );
    }
    report(&failures);
}

/// GPT-2's byte-to-character table: printable Latin-1 bytes stand for themselves, the rest
/// for U+0100 onwards in byte order.
fn byte_level_char(byte: u8) -> char {
    let printable = |b: u8| matches!(b, b'!'..=b'~' | 0xA1..=0xAC | 0xAE..=0xFF);
    if printable(byte) {
        return char::from(byte);
    }
    let rank = (0..byte).filter(|&b| !printable(b)).count() as u32;
    char::from_u32(256 + rank).unwrap()
}

/// test-tokenizer-1-bpe.cpp's second check: every code point (but surrogates and the unassigned
/// planes 4–14) encodes, without parsing special tokens, to ids that decode to it. A code point
/// with a byte the vocabulary has no token for cannot be encoded at all (Falcon's lacks some
/// control bytes): it is exempt, and there must be few.
#[test]
fn every_code_point_round_trips() {
    let mut failures = Vec::new();
    for name in byte_level_vocabularies() {
        let tokenizer = load(name);
        let has_byte: Vec<bool> = (0..=255u8)
            .map(|b| {
                tokenizer
                    .token_to_id(&byte_level_char(b).to_string())
                    .is_some()
            })
            .collect();
        let mut exempt = Vec::new();
        let mut text = String::new();
        for cp in (0..0x110000u32).filter(|cp| !(0x40000..=0xE0000).contains(cp)) {
            let Some(c) = char::from_u32(cp) else {
                continue; // surrogates
            };
            text.clear();
            text.push(c);
            if text.bytes().any(|b| !has_byte[b as usize]) {
                exempt.push(cp);
                continue;
            }
            let ids = tokenizer.encode_plain(&text).unwrap();
            let back = tokenizer.decode(&ids, false).unwrap();
            if back != text {
                failures.push(format!("{name}: U+{cp:04X} decodes as {back:?}"));
            }
        }
        assert!(
            exempt.len() <= 16,
            "{name}: {} code points exempt",
            exempt.len()
        );
    }
    report(&failures);
}

/// Fails with the number of failures per vocabulary and the first few of each.
fn report(failures: &[String]) {
    let mut by_vocab: Vec<(&str, Vec<&String>)> = Vec::new();
    for f in failures {
        let name = f.split(':').next().unwrap();
        match by_vocab.iter_mut().find(|(n, _)| *n == name) {
            Some((_, list)) => list.push(f),
            None => by_vocab.push((name, vec![f])),
        }
    }
    let text: Vec<String> = by_vocab
        .iter()
        .map(|(name, list)| {
            let first: Vec<&str> = list.iter().take(5).map(|s| s.as_str()).collect();
            format!(
                "{name}: {} failures, e.g.\n  {}",
                list.len(),
                first.join("\n  ")
            )
        })
        .collect();
    assert!(failures.is_empty(), "{}", text.join("\n"));
}
