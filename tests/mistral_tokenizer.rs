//! Mistral-7B's real tokenizer.json (Metaspace-style normalizers, byte fallback, a BOS
//! post-processor) against Python `tokenizers` on the same file: fixtures made by
//! tests/fixtures/mistral_tokenizer/make_fixtures.py (versions recorded in ids.json), the file
//! fetched by tests/fixtures/mistral_tokenizer/fetch.py.

mod common;

use std::path::Path;

use serde::Deserialize;
use xlagen::tokenizer::{for_checkpoint, ChatMessage, Tokenizer};

#[derive(Deserialize)]
struct Fixture {
    suite_texts: usize,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    ids: Vec<u32>,
    ids_with_special: Vec<u32>,
    decoded: String,
}

fn fixture() -> Fixture {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mistral_tokenizer/ids.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn tokenizer() -> Tokenizer {
    for_checkpoint(&common::mistral_tokenizer_dir())
        .unwrap()
        .expect("a dir with tokenizer.json has a tokenizer")
}

#[test]
fn ids_match_python_tokenizers_on_llama_cpp_texts_and_chat_prompts() {
    let (fixture, tokenizer) = (fixture(), tokenizer());
    assert!(fixture.suite_texts >= 30 && fixture.cases.len() > fixture.suite_texts);
    for case in &fixture.cases {
        assert_eq!(
            tokenizer.encode(&case.text, false).unwrap(),
            case.ids,
            "{:?}",
            case.text
        );
        assert_eq!(
            tokenizer.encode(&case.text, true).unwrap(),
            case.ids_with_special,
            "{:?}",
            case.text
        );
        assert_eq!(
            tokenizer.decode(&case.ids, false).unwrap(),
            case.decoded,
            "{:?}",
            case.text
        );
    }
}

#[test]
fn streaming_decode_of_every_case_equals_the_whole_decode() {
    let (fixture, tokenizer) = (fixture(), tokenizer());
    for case in &fixture.cases {
        let mut stream = tokenizer.stream_decoder(false);
        let mut text = String::new();
        for &id in &case.ids {
            text.extend(stream.push(id).unwrap());
        }
        text.extend(stream.finish());
        assert_eq!(text, case.decoded, "{:?}", case.text);
    }
}

#[test]
fn special_ids_come_from_the_files() {
    let tokenizer = tokenizer();
    assert_eq!(tokenizer.vocab_size(), 32000);
    assert_eq!(tokenizer.bos_id(), Some(1));
    assert_eq!(tokenizer.eos_ids(), [2]);
    assert_eq!(tokenizer.id_to_token(28705).as_deref(), Some("▁"));
}

#[test]
fn base_model_without_chat_template_gives_a_clear_error() {
    let err = tokenizer()
        .apply_chat_template(&[ChatMessage::new("user", "hi")])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("tokenizer.json") && err.contains("no chat template"),
        "{err}"
    );
}
