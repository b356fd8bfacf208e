//! The tokenizer against Hugging Face `tokenizers` on SmolLM2's vocab; fixtures made by
//! tests/fixtures/tokenizer/make_tokenizer_fixtures.py (versions recorded in cases.json).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;
use tokenizers::{OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer};
use xlagen::tokenizer::pretokenize::GgufPre;
use xlagen::tokenizer::{BpeSpec, ChatMessage, Tokenizer};

#[derive(Deserialize)]
struct Cases {
    pre: String,
    cases: Vec<Case>,
    chats: Vec<Chat>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    /// Reference ids by `pre` name.
    ids: HashMap<String, Vec<u32>>,
    /// Reference pre-tokenizer pieces by `pre` name.
    words: HashMap<String, Vec<String>>,
    decoded: String,
    decoded_skip_special: String,
}

#[derive(Deserialize)]
struct Chat {
    messages: Vec<ChatMessage>,
    rendered: String,
    ids: Vec<u32>,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tokenizer")
}

fn read_json<T: for<'de> Deserialize<'de>>(name: &str) -> T {
    let text = std::fs::read_to_string(fixtures().join(name)).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn cases() -> &'static Cases {
    static CASES: OnceLock<Cases> = OnceLock::new();
    CASES.get_or_init(|| read_json("cases.json"))
}

fn spec() -> &'static BpeSpec {
    static SPEC: OnceLock<BpeSpec> = OnceLock::new();
    SPEC.get_or_init(|| read_json("smollm2_spec.json"))
}

/// Builds a GGUF-style vocabulary through the same path a GGUF file takes.
fn build(spec: &BpeSpec) -> Result<Tokenizer, xlagen::tokenizer::TokenizerError> {
    Tokenizer::from_bpe_spec(spec, "smollm2_spec.json")
}

fn from_spec() -> &'static Tokenizer {
    static TOKENIZER: OnceLock<Tokenizer> = OnceLock::new();
    TOKENIZER.get_or_init(|| build(spec()).unwrap())
}

/// The fixtures name llama.cpp's "gpt-2" split "gpt2".
fn fixture_key(pre: &str) -> &str {
    if pre == "gpt-2" {
        "gpt2"
    } else {
        pre
    }
}

fn from_hf() -> &'static Tokenizer {
    static TOKENIZER: OnceLock<Tokenizer> = OnceLock::new();
    TOKENIZER.get_or_init(|| Tokenizer::from_hf_dir(fixtures().join("smollm2_hf")).unwrap())
}

fn assert_ids_match(tokenizer: &Tokenizer, pre: &str, origin: &str) {
    assert!(cases().cases.len() >= 30);
    for case in &cases().cases {
        let ids = tokenizer.encode(&case.text, false).unwrap();
        assert_eq!(
            ids,
            case.ids[fixture_key(pre)],
            "{origin}, pre {pre}: {:?}",
            case.text
        );
    }
}

#[test]
fn ids_from_gguf_spec_match_reference() {
    assert_eq!(spec().pre, cases().pre);
    assert_ids_match(from_spec(), &cases().pre, "smollm2_spec.json");
}

#[test]
fn ids_from_tokenizer_json_match_reference() {
    assert_ids_match(from_hf(), &cases().pre, "smollm2_hf/tokenizer.json");
}

#[test]
fn gpt2_llama3_and_tekken_splits_match_reference() {
    for pre in ["gpt-2", "llama-bpe", "tekken"] {
        let spec = BpeSpec {
            pre: pre.to_string(),
            ..spec().clone()
        };
        assert_ids_match(&build(&spec).unwrap(), pre, "spec");
    }
}

#[test]
fn word_splits_match_reference_for_every_supported_pre() {
    for pre in ["smollm", "gpt-2", "llama-bpe", "tekken"] {
        let splitter = GgufPre::from_name(pre, "test")
            .unwrap()
            .pre_tokenizer("test")
            .unwrap();
        for case in &cases().cases {
            let mut pieces = PreTokenizedString::from(case.text.as_str());
            splitter.pre_tokenize(&mut pieces).unwrap();
            let chars: Vec<char> = case.text.chars().collect();
            let words: Vec<String> = pieces
                .get_splits(OffsetReferential::Original, OffsetType::Char)
                .into_iter()
                .map(|(_, (start, end), _)| chars[start..end].iter().collect())
                .collect();
            assert_eq!(
                words,
                case.words[fixture_key(pre)],
                "pre {pre}: {:?}",
                case.text
            );
        }
    }
}

#[test]
fn decode_round_trips_and_matches_reference() {
    for tokenizer in [from_spec(), from_hf()] {
        for case in &cases().cases {
            let ids = &case.ids[&cases().pre];
            assert_eq!(tokenizer.decode(ids, false).unwrap(), case.decoded);
            assert_eq!(case.decoded, case.text);
            assert_eq!(
                tokenizer.decode(ids, true).unwrap(),
                case.decoded_skip_special,
                "{:?}",
                case.text
            );
        }
    }
}

#[test]
fn streaming_decode_holds_partial_emoji_until_complete() {
    let tokenizer = from_spec();
    let text = "emoji: 😀🎉👍🏽 family: 👨‍👩‍👧‍👦 and 日本語";
    let ids = tokenizer.encode(text, false).unwrap();
    let mut stream = tokenizer.stream_decoder(false);
    let mut out = String::new();
    let mut held = 0;
    for &id in &ids {
        match stream.push(id).unwrap() {
            Some(piece) => {
                assert!(!piece.contains(char::REPLACEMENT_CHARACTER), "{piece:?}");
                out.push_str(&piece);
            }
            None => held += 1,
        }
    }
    assert_eq!(stream.finish(), None);
    assert_eq!(out, text);
    assert!(
        held > 0,
        "no token ended mid-character, so nothing was held"
    );
}

#[test]
fn streaming_decode_skips_special_tokens_by_flag() {
    let tokenizer = from_spec();
    let ids = tokenizer
        .encode("<|im_start|>user\nHi<|im_end|>", false)
        .unwrap();
    let collect = |skip| {
        let mut stream = tokenizer.stream_decoder(skip);
        let mut out = String::new();
        for &id in &ids {
            out.extend(stream.push(id).unwrap());
        }
        out
    };
    assert_eq!(collect(true), "user\nHi");
    assert_eq!(collect(false), "<|im_start|>user\nHi<|im_end|>");
}

#[test]
fn chat_template_matches_reference_rendering() {
    for tokenizer in [from_spec(), from_hf()] {
        for chat in &cases().chats {
            let rendered = tokenizer.apply_chat_template(&chat.messages).unwrap();
            assert_eq!(rendered, chat.rendered);
            assert_eq!(tokenizer.encode(&rendered, false).unwrap(), chat.ids);
        }
    }
}

#[test]
fn special_ids_and_lookups_agree_between_sources() {
    for tokenizer in [from_spec(), from_hf()] {
        assert_eq!(tokenizer.vocab_size(), 49152);
        assert_eq!(tokenizer.bos_id(), Some(1));
        assert_eq!(tokenizer.eos_ids(), [2]);
        assert_eq!(tokenizer.token_to_id("<|im_end|>"), Some(2));
        assert_eq!(tokenizer.id_to_token(2).as_deref(), Some("<|im_end|>"));
        assert_eq!(tokenizer.id_to_token(49152), None);
        // SmolLM2 does not add BOS.
        assert_eq!(
            tokenizer.encode("Hi", true).unwrap(),
            tokenizer.encode("Hi", false).unwrap()
        );
    }
}

#[test]
fn add_bos_prepends_bos_only_with_add_special() {
    let spec = BpeSpec {
        add_bos: true,
        ..spec().clone()
    };
    let tokenizer = build(&spec).unwrap();
    let plain = tokenizer.encode("Hi", false).unwrap();
    assert_eq!(
        tokenizer.encode("Hi", true).unwrap(),
        [&[1], &plain[..]].concat()
    );
}

#[test]
fn out_of_range_id_is_an_error_naming_it() {
    let err = from_spec()
        .decode(&[5, 999_999], false)
        .unwrap_err()
        .to_string();
    assert!(err.contains("999999"), "{err}");
    let err = from_spec()
        .stream_decoder(false)
        .push(49152)
        .unwrap_err()
        .to_string();
    assert!(err.contains("49152"), "{err}");
}

#[test]
fn unsupported_pre_is_an_error_naming_it() {
    let spec = BpeSpec {
        pre: "no-such-pre".to_string(),
        ..spec().clone()
    };
    let err = build(&spec).unwrap_err().to_string();
    assert!(
        err.contains("tokenizer.ggml.pre") && err.contains("no-such-pre"),
        "{err}"
    );
}

#[test]
fn merge_naming_an_unknown_token_is_an_error_naming_it() {
    let mut spec = spec().clone();
    spec.merges.push("Ġt nosuchtoken".to_string());
    let err = build(&spec).unwrap_err().to_string();
    assert!(
        err.contains("nosuchtoken") && err.contains("merges[48900]"),
        "{err}"
    );
}

#[test]
fn malformed_merge_and_token_types_are_errors() {
    let mut spec = spec().clone();
    spec.merges[3] = "abc".to_string();
    let err = build(&spec).unwrap_err().to_string();
    assert!(err.contains("merges[3]") && err.contains("abc"), "{err}");
    let mut spec = self::spec().clone();
    spec.token_types.pop();
    let err = build(&spec).unwrap_err().to_string();
    assert!(err.contains("tokenizer.ggml.token_type"), "{err}");
}

/// A checkpoint dir holding the given tokenizer.json text.
fn hf_dir_with(tokenizer_json: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tokenizer.json"), tokenizer_json).unwrap();
    dir
}

fn reference_tokenizer_json() -> serde_json::Value {
    read_json("smollm2_hf/tokenizer.json")
}

#[test]
fn malformed_tokenizer_json_is_an_error_naming_the_file() {
    let dir = hf_dir_with("{ \"model\": ");
    let err = Tokenizer::from_hf_dir(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("tokenizer.json") && err.contains("not valid JSON"),
        "{err}"
    );
    let missing = tempfile::tempdir().unwrap();
    let err = Tokenizer::from_hf_dir(missing.path())
        .unwrap_err()
        .to_string();
    assert!(err.contains("tokenizer.json"), "{err}");
}

#[test]
fn tokenizer_json_the_crate_cannot_read_is_an_error_naming_the_file() {
    let mut json = reference_tokenizer_json();
    json["model"]["type"] = "NoSuchModel".into();
    let dir = hf_dir_with(&json.to_string());
    let err = Tokenizer::from_hf_dir(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("tokenizer.json") && err.contains("tokenizers"),
        "{err}"
    );
}

#[test]
fn tokenizer_json_merge_naming_an_unknown_token_is_an_error() {
    let mut json = reference_tokenizer_json();
    let merges = json["model"]["merges"].as_array_mut().unwrap();
    merges.push(serde_json::json!(["Ġt", "nosuchtoken"]));
    let dir = hf_dir_with(&json.to_string());
    let err = Tokenizer::from_hf_dir(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("nosuchtoken") && err.contains("tokenizer.json"),
        "{err}"
    );
}

#[test]
fn tokenizer_json_with_merges_as_strings_gives_the_same_ids() {
    let mut json = reference_tokenizer_json();
    let merges = json["model"]["merges"].as_array_mut().unwrap();
    for merge in merges.iter_mut() {
        let pair: Vec<&str> = merge
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        *merge = pair.join(" ").into();
    }
    let dir = hf_dir_with(&json.to_string());
    let tokenizer = Tokenizer::from_hf_dir(dir.path()).unwrap();
    assert_ids_match(
        &tokenizer,
        &cases().pre,
        "tokenizer.json with string merges",
    );
}

#[test]
fn llama3_style_post_processor_adds_bos() {
    let mut json = reference_tokenizer_json();
    json["post_processor"] = serde_json::json!({
        "type": "TemplateProcessing",
        "single": [
            { "SpecialToken": { "id": "<|im_start|>", "type_id": 0 } },
            { "Sequence": { "id": "A", "type_id": 0 } }
        ],
        "pair": [],
        "special_tokens": { "<|im_start|>": { "id": "<|im_start|>", "ids": [1], "tokens": ["<|im_start|>"] } }
    });
    let dir = hf_dir_with(&json.to_string());
    let tokenizer = Tokenizer::from_hf_dir(dir.path()).unwrap();
    assert_eq!(tokenizer.bos_id(), Some(1));
    assert_eq!(
        tokenizer.encode("Hello world", true).unwrap(),
        [1, 19556, 905]
    );
}

#[test]
fn missing_chat_template_is_an_error() {
    let dir = hf_dir_with(&reference_tokenizer_json().to_string());
    let tokenizer = Tokenizer::from_hf_dir(dir.path()).unwrap();
    let err = tokenizer
        .apply_chat_template(&[ChatMessage::new("user", "hi")])
        .unwrap_err()
        .to_string();
    assert!(err.contains("no chat template"), "{err}");
}

#[test]
fn plain_encoding_leaves_special_token_texts_as_text() {
    let tokenizer = from_spec();
    let text = "<|im_start|>user";
    let parsed = tokenizer.encode(text, false).unwrap();
    assert_eq!(parsed[0], 1);
    let plain = tokenizer.encode_plain(text).unwrap();
    assert!(!plain.contains(&1), "{plain:?}");
    assert_eq!(tokenizer.decode(&plain, false).unwrap(), text);
    assert!(plain.len() > parsed.len());
}

/// A byte-fallback vocabulary as Llama/Mistral tokenizer.json files have one: "€" is not a
/// token, so it becomes its three UTF-8 bytes `<0xE2><0x82><0xAC>`.
fn byte_fallback_tokenizer() -> Tokenizer {
    let json = serde_json::json!({
        "version": "1.0",
        "added_tokens": [
            { "id": 0, "content": "<unk>", "single_word": false, "lstrip": false, "rstrip": false,
              "normalized": false, "special": true }
        ],
        "normalizer": { "type": "Replace", "pattern": { "String": " " }, "content": "▁" },
        "pre_tokenizer": null,
        "post_processor": null,
        "decoder": { "type": "Sequence", "decoders": [
            { "type": "Replace", "pattern": { "String": "▁" }, "content": " " },
            { "type": "ByteFallback" },
            { "type": "Fuse" }
        ] },
        "model": {
            "type": "BPE", "dropout": null, "unk_token": "<unk>",
            "continuing_subword_prefix": null, "end_of_word_suffix": null,
            "fuse_unk": true, "byte_fallback": true, "ignore_merges": false,
            "vocab": { "<unk>": 0, "<0xE2>": 1, "<0x82>": 2, "<0xAC>": 3, "a": 4, "▁": 5 },
            "merges": []
        }
    });
    let dir = hf_dir_with(&json.to_string());
    Tokenizer::from_hf_dir(dir.path()).unwrap()
}

#[test]
fn streaming_decode_holds_a_byte_fallback_run_until_its_character_is_whole() {
    let tokenizer = byte_fallback_tokenizer();
    let ids = tokenizer.encode("a €a", false).unwrap();
    assert_eq!(ids, [4, 5, 1, 2, 3, 4]);
    let mut stream = tokenizer.stream_decoder(false);
    let pieces: Vec<Option<String>> = ids.iter().map(|&id| stream.push(id).unwrap()).collect();
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        pieces,
        [some("a"), some(" "), None, None, some("€"), some("a")]
    );
    assert_eq!(stream.finish(), None);
}

#[test]
fn streaming_decode_gives_an_unfinished_character_as_replacement_at_the_end() {
    let tokenizer = byte_fallback_tokenizer();
    let mut stream = tokenizer.stream_decoder(false);
    assert_eq!(stream.push(4).unwrap().as_deref(), Some("a"));
    assert_eq!(stream.push(1).unwrap(), None);
    assert_eq!(stream.push(2).unwrap(), None);
    // ByteFallback gives one U+FFFD per byte that forms no character, as Python `tokenizers`.
    assert_eq!(stream.finish().as_deref(), Some("\u{FFFD}\u{FFFD}"));
}
