//! Issue 10's end-to-end cases, as a user runs them: a tiny random-weight Mistral carrying
//! Mistral-7B's real tokenizer (tokenizer.json, or tokenizer.model alone as Mistral's own
//! releases ship it) generates and chats, and a GGUF with a SentencePiece vocabulary generates
//! transformers' greedy tokens. References: mistral-common's chat encoding
//! (tests/fixtures/mistral_tokenizer/make_chat_fixtures.py) and transformers' greedy ids
//! (tests/fixtures/gguf/make_spm_gguf.py).

mod common;

use std::path::{Path, PathBuf};

use common::{error_of, ids, ok_json};
use serde_json::Value;
use xlagen::tokenizer::{self, ChatMessage};

fn fixture(path: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Our template for Mistral's v1 instruct layout (the base model ships none).
fn chat_template() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/mistral_tokenizer/chat_template.jinja")
}

/// The tiny Mistral with tokenizer.json + tokenizer_config.json, or (`model_file_only`) with
/// only tokenizer.model: Mistral-7B-v0.1's SentencePiece model from mistral-common.
fn tiny_mistral(dir: &Path, model_file_only: bool) -> PathBuf {
    let model = common::tiny_mistral_with_real_tokenizer(dir);
    if model_file_only {
        for file in ["tokenizer.json", "tokenizer_config.json"] {
            std::fs::remove_file(model.join(file)).unwrap();
        }
        let spm = common::fetched_dir("tests/fixtures/sentencepiece/fetch_mistral.py");
        std::fs::copy(
            spm.join("tokenizer.model.v1"),
            model.join("tokenizer.model"),
        )
        .unwrap();
    }
    model
}

fn with_chat_template(model: &Path) {
    std::fs::copy(chat_template(), model.join("chat_template.jinja")).unwrap();
}

fn chat_cases() -> Vec<(Vec<ChatMessage>, Vec<u32>)> {
    fixture("mistral_tokenizer/chat_ids.json")["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|case| {
            let messages = serde_json::from_value(case["messages"].clone()).unwrap();
            (messages, ids(&case["ids"]))
        })
        .collect()
}

fn chat_ids_equal_mistral_common(model_file_only: bool) {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_mistral(dir.path(), model_file_only);
    with_chat_template(&model);
    let tokenizer = tokenizer::for_checkpoint(&model).unwrap().unwrap();
    assert_eq!(tokenizer.eos_ids(), [2]);
    for (messages, want) in chat_cases() {
        let text = tokenizer.apply_chat_template(&messages).unwrap();
        // The rendered template carries its own BOS.
        let got = tokenizer.encode(&text, false).unwrap();
        assert_eq!(got, want, "{messages:?} rendered as {text:?}");
    }
}

#[test]
fn chat_from_tokenizer_json_equals_mistral_common() {
    chat_ids_equal_mistral_common(false);
}

#[test]
fn chat_from_tokenizer_model_alone_equals_mistral_common() {
    chat_ids_equal_mistral_common(true);
}

/// `generate --chat` on both tokenizer files: the prompt ids are mistral-common's, and the
/// generated ids are those of the same prompt given as ids (the tokenizer changes nothing else).
#[test]
fn generate_chat_works_with_either_tokenizer_file() {
    let (messages, want_prompt) = chat_cases().swap_remove(0);
    let question = &messages[0].content;
    for model_file_only in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let model = tiny_mistral(dir.path(), model_file_only);
        let m = model.to_str().unwrap();
        let err = error_of(&["generate", "--model", m, "--prompt", question, "--chat"]);
        assert!(err.contains("no chat template"), "{err}");
        with_chat_template(&model);
        let run = |prompt: &[&str]| {
            let mut args = vec!["generate", "--model", m, "--max-new-tokens", "6"];
            args.extend_from_slice(&["--format", "json"]);
            args.extend_from_slice(prompt);
            ok_json(&args)
        };
        let chat = run(&["--prompt", question, "--chat"]);
        assert_eq!(
            ids(&chat["prompt_ids"]),
            want_prompt,
            "tokenizer.model only: {model_file_only}"
        );
        let joined = want_prompt
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let by_ids = run(&["--prompt-ids", &joined]);
        assert_eq!(ids(&chat["ids"]), ids(&by_ids["ids"]));
        assert!(chat["text"].is_string());
    }
}

/// The GGUF with Mistral-7B's SentencePiece vocabulary: text in, transformers' greedy ids out.
#[test]
fn sentencepiece_gguf_generates_transformers_greedy_tokens() {
    let expected = fixture("gguf/tiny_mistral_spm.expected.json");
    let gguf = "tests/fixtures/gguf/tiny_mistral_spm.gguf";
    for case in expected["cases"].as_array().unwrap() {
        let want = ids(&case["generated_ids"]);
        let v = ok_json(&[
            "generate",
            "--model",
            gguf,
            "--prompt",
            case["prompt"].as_str().unwrap(),
            "--max-new-tokens",
            &want.len().to_string(),
            "--format",
            "json",
        ]);
        assert_eq!(ids(&v["prompt_ids"]), ids(&case["prompt_ids"]), "{case}");
        assert_eq!(ids(&v["ids"]), want, "{case}");
    }
    let chat = ok_json(&[
        "generate",
        "--model",
        gguf,
        "--prompt",
        "Hello",
        "--chat",
        "--max-new-tokens",
        "2",
        "--format",
        "json",
    ]);
    // The GGUF's template: BOS, then "[INST] Hello [/INST]".
    let want = ids(&expected["cases"][1]["prompt_ids"]);
    assert_eq!(ids(&chat["prompt_ids"])[..4], want[..4]);
}
