//! `xlagen` end to end: the default model against transformers' outputs, the compile cache,
//! and clear errors for bad input.

mod common;

use common::{error_of, ok_json, xlagen};

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn smollm2_reference() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/smollm2/reference.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn ids(v: &Value) -> Vec<u64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap())
        .collect()
}

fn tiny_model() -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/models/llama_tied_odd");
    p.to_string_lossy().into_owned()
}

#[test]
fn default_model_answers_the_chat_prompt_like_transformers() {
    let r = smollm2_reference();
    let chat = &r["prompts"][0];
    let v = ok_json(&[
        "generate",
        "--prompt",
        "What is the capital of France?",
        "--chat",
        "--max-new-tokens",
        "24",
        "--format",
        "json",
    ]);
    assert_eq!(
        ids(&v["prompt_ids"]),
        ids(&chat["prompt_ids"]),
        "chat template + tokenizer"
    );
    let eos = chat["greedy_eos_index"].as_u64().unwrap() as usize;
    assert_eq!(
        ids(&v["ids"]),
        ids(&chat["greedy_ids"])[..eos].to_vec(),
        "greedy ids up to EOS"
    );
    assert_eq!(v["text"], chat["greedy_text_until_eos"]);
    assert_eq!(v["stop_reason"], "eos");
    for key in [
        "load_ms",
        "compile_ms",
        "ttft_ms",
        "prefill_tok_s",
        "decode_tok_s",
        "peak_rss_mb",
    ] {
        assert!(
            v["timings"][key].as_f64().is_some(),
            "timings.{key} missing: {v}"
        );
    }
    // The start-up breakdown: every phase once, in order, to the first token; the load phases
    // add up to load_ms, and the OS's peak RSS is at least the resident set of every phase.
    let laps = v["timings"]["start_up"]
        .as_array()
        .expect("timings.start_up");
    let phases: Vec<&str> = laps.iter().map(|l| l["phase"].as_str().unwrap()).collect();
    assert_eq!(
        phases,
        [
            "model_open",
            "plugin_check",
            "plugin_load",
            "weights_and_executables",
            "first_token"
        ]
    );
    let ms = |l: &serde_json::Value| l["ms"].as_f64().unwrap();
    assert!(laps.iter().all(|l| ms(l) >= 0.0), "{laps:?}");
    let load: f64 = laps[..4].iter().map(ms).sum();
    assert!((load - v["timings"]["load_ms"].as_f64().unwrap()).abs() < 1e-6);
    // The jobs that ran side by side: the tokenizer, the weights' upload and the executables
    // (the last two within weights_and_executables, so neither took longer than it).
    let jobs = &v["timings"]["start_up_jobs"];
    for job in ["tokenizer_ms", "weights_ms", "executables_ms"] {
        let job_ms = jobs[job]
            .as_f64()
            .unwrap_or_else(|| panic!("{job} missing: {jobs}"));
        assert!(job_ms > 0.0, "{jobs}");
        if job != "tokenizer_ms" {
            assert!(job_ms <= ms(&laps[3]), "{job}: {jobs} vs {laps:?}");
        }
    }
    let peak = v["timings"]["peak_rss_mb"].as_f64().unwrap();
    // Linux keeps each thread's page counts apart and folds them into the process's figures
    // now and then (up to 64 pages a thread, 0.25 MiB), so two reads can disagree by that much.
    let slack = 1.0;
    for l in laps {
        assert!(l["rss_mb"].as_f64().unwrap() <= l["peak_rss_mb"].as_f64().unwrap() + slack);
        assert!(
            l["peak_rss_mb"].as_f64().unwrap() <= peak + slack,
            "{l} vs peak {peak}"
        );
    }
    // The weights (f32, ~513 MiB) are resident once the first token has read them all
    // (weights used in place from the mapped file are paged in by the first forward pass).
    let weights_mib = v["memory"]["weights_device_bytes"].as_f64().unwrap() / (1 << 20) as f64;
    assert!(
        laps[4]["rss_mb"].as_f64().unwrap() >= weights_mib,
        "{laps:?}"
    );
}

#[test]
fn default_model_continues_plain_text_like_transformers() {
    let r = smollm2_reference();
    let plain = &r["prompts"][1];
    let prompt_ids: Vec<String> = ids(&plain["prompt_ids"])
        .iter()
        .map(|i| i.to_string())
        .collect();
    let v = ok_json(&[
        "generate",
        "--prompt-ids",
        &prompt_ids.join(","),
        "--max-new-tokens",
        "24",
        "--format",
        "json",
    ]);
    assert_eq!(ids(&v["ids"]), ids(&plain["greedy_ids"]));
    assert_eq!(v["text"], plain["greedy_text"]);
}

/// Reads a 2-D little-endian f32 .npy as (shape, values).
fn read_npy(path: &Path) -> (Vec<usize>, Vec<f32>) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[..8], b"\x93NUMPY\x01\x00");
    let len = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    let header = std::str::from_utf8(&bytes[10..10 + len]).unwrap();
    assert!(
        header.contains("'descr': '<f4'") && header.contains("'fortran_order': False"),
        "{header}"
    );
    let shape = header
        .split("'shape': (")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap();
    let shape: Vec<usize> = shape
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let values = bytes[10 + len..]
        .chunks(4)
        .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
        .collect();
    (shape, values)
}

#[test]
fn logits_of_the_default_model_match_transformers() {
    let r = smollm2_reference();
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/smollm2/logits.safetensors");
    let file = xlagen::formats::safetensors::SafetensorsFile::open(&fixture).unwrap();
    for prompt in r["prompts"].as_array().unwrap() {
        let prompt_ids: Vec<String> = ids(&prompt["prompt_ids"])
            .iter()
            .map(|i| i.to_string())
            .collect();
        let out: PathBuf = dir.path().join("logits.npy");
        let status = xlagen(&[
            "logits",
            "--prompt-ids",
            &prompt_ids.join(","),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        let (shape, got) = read_npy(&out);
        assert_eq!(shape, vec![prompt_ids.len(), 49152]);
        let want = file
            .tensor(prompt["last_logits_tensor"].as_str().unwrap())
            .unwrap()
            .to_f32()
            .unwrap();
        let positions = ids(&prompt["last_logits_positions"]);
        for (row, &pos) in positions.iter().enumerate() {
            let g = &got[pos as usize * 49152..(pos as usize + 1) * 49152];
            let w = &want[row * 49152..(row + 1) * 49152];
            let scale = w.iter().fold(0f32, |m, v| m.max(v.abs()));
            let err = g.iter().zip(w).fold(0f32, |m, (a, b)| m.max((a - b).abs())) / scale;
            // The bar is 1e-4 of max |logit|; 30 layers of f32 reach about 1e-5.
            assert!(
                err < 1e-4,
                "{} position {pos}: relative logit error {err:e}",
                prompt["name"]
            );
        }
    }
}

#[test]
fn compile_then_generate_loads_every_executable_from_the_cache() {
    let cache = tempfile::tempdir().unwrap();
    let plugin = xlagen::runtime::discover_plugin(None, xlagen::runtime::DeviceKind::Cpu).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_xlagen"))
            .args(args)
            .env("XLAGEN_CACHE_DIR", cache.path())
            .env("XLAGEN_PJRT_PLUGIN", &plugin)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let model = tiny_model();
    let common = [
        "--model",
        model.as_str(),
        "--buckets",
        "8,16",
        "--max-seq",
        "48",
    ];
    run(&[&["compile"], &common[..]].concat());
    let out = run(&[
        &[
            "generate",
            "--prompt-ids",
            "1,2,3,4,5",
            "--max-new-tokens",
            "4",
            "--format",
            "json",
        ],
        &common[..],
    ]
    .concat());
    let v: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    assert_eq!(v["compile_cache"]["compiled"], 0, "{v}");
    assert_eq!(
        v["compile_cache"]["loaded"], 2,
        "prefill and decode come from the cache: {v}"
    );
}

#[test]
fn prepared_weights_are_cached_and_a_damaged_entry_is_prepared_again() {
    // The second run maps the INT8 weights the first one prepared; a byte flipped in the entry
    // is caught by its checksum, reported, and the weights prepared (and cached) anew. Every
    // run gives the same tokens.
    let cache = tempfile::tempdir().unwrap();
    let model = tiny_model();
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_xlagen"))
            .args(["generate", "--model", model.as_str(), "--quant", "int8"])
            .args(["--prompt-ids", "1,2,3,4,5", "--max-new-tokens", "6"])
            .args(["--buckets", "8", "--max-seq", "32", "--format", "json"])
            .env("XLAGEN_CACHE_DIR", cache.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{stderr}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let v: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
        let hit = v["compile_cache"]["weights_from_cache"].as_bool().unwrap();
        (v["ids"].clone(), hit, stderr)
    };
    let entries = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(cache.path().join("weights"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    };
    let (ids, hit, _) = run();
    assert!(!hit, "an empty cache cannot hold the weights");
    let [entry] = &entries()[..] else {
        panic!("one entry expected: {:?}", entries())
    };
    assert_eq!(run().0, ids);
    assert!(run().1, "the second run maps the prepared weights");

    let mut bytes = std::fs::read(entry).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    std::fs::write(entry, &bytes).unwrap();
    let (again, hit, stderr) = run();
    assert_eq!(again, ids);
    assert!(!hit);
    assert!(
        stderr.contains("is unusable") && stderr.contains("fails its checksum"),
        "{stderr}"
    );
    assert!(run().1, "the entry was written anew");
}

#[test]
fn bad_inputs_give_clear_errors() {
    let model = tiny_model();
    let m = model.as_str();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "generate",
                "--model",
                m,
                "--prompt-ids",
                "1,2",
                "--top-p",
                "1.5",
            ],
            "--top-p must be in (0, 1], got 1.5",
        ),
        (
            vec![
                "generate",
                "--model",
                m,
                "--prompt-ids",
                "1,2",
                "--max-new-tokens",
                "4",
                "--decode-steps",
                "0",
            ],
            "--decode-steps must be in 1..=256 (tokens per host visit), got 0",
        ),
        (
            vec![
                "generate",
                "--model",
                m,
                "--prompt-ids",
                "1,2",
                "--temperature=-1",
            ],
            "--temperature must be",
        ),
        (
            vec![
                "generate",
                "--model",
                m,
                "--prompt-ids",
                "1,2",
                "--device",
                "quantum",
            ],
            "quantum",
        ),
        (
            vec![
                "generate",
                "--model",
                m,
                "--prompt-ids",
                "1,2",
                "--dtype",
                "f8",
            ],
            "--dtype \"f8\"",
        ),
        (
            vec!["generate", "--model", m, "--prompt-ids", "1,999"],
            "token id 999 is out of range",
        ),
        (
            vec![
                "generate",
                "--model",
                m,
                "--prompt-ids",
                "1,2",
                "--max-seq",
                "8",
                "--buckets",
                "4",
                "--max-new-tokens",
                "20",
            ],
            "--max-seq is 8",
        ),
        (
            vec!["generate", "--model", m, "--prompt", "hello"],
            "has no tokenizer",
        ),
        (
            vec!["generate", "--model", "/no/such/model", "--prompt-ids", "1"],
            "/no/such/model does not exist",
        ),
        (
            vec![
                "generate",
                "--model",
                m,
                "--prompt-ids",
                "1",
                "--max-new-tokens",
                "4",
                "--plugin",
                "/no/such/plugin.so",
            ],
            "/no/such/plugin.so",
        ),
        (
            vec![
                "generate",
                "--model",
                m,
                "--prompt-ids",
                "1",
                "--format",
                "xml",
            ],
            "--format \"xml\"",
        ),
        (
            vec!["compile", "--model", m, "--batch", "0"],
            "--batch must be at least 1",
        ),
    ];
    for (args, needle) in cases {
        let err = error_of(&args);
        assert!(
            err.contains(needle),
            "xlagen {args:?}: expected {needle:?} in: {err}"
        );
    }
}

#[test]
fn a_config_file_with_a_typo_is_rejected_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.yaml");
    std::fs::write(&path, "max_new_tokenz: 5\n").unwrap();
    let err = error_of(&[
        "--config",
        path.to_str().unwrap(),
        "generate",
        "--model",
        &tiny_model(),
        "--prompt-ids",
        "1",
    ]);
    assert!(err.contains("max_new_tokenz"), "{err}");
}

#[test]
fn a_stop_string_ends_the_text_just_before_it() {
    let r = smollm2_reference();
    let plain = &r["prompts"][1];
    let full = plain["greedy_text"].as_str().unwrap();
    let v = ok_json(&[
        "generate",
        "--prompt",
        "def fibonacci(n):",
        "--max-new-tokens",
        "24",
        "--stop",
        "return",
        "--format",
        "json",
    ]);
    assert_eq!(
        v["text"].as_str().unwrap(),
        &full[..full.find("return").unwrap()]
    );
    assert_eq!(v["stop_reason"], "stop_string");
    // Streamed text stops at the same place.
    let out = xlagen(&[
        "generate",
        "--prompt",
        "def fibonacci(n):",
        "--max-new-tokens",
        "24",
        "--stop",
        "return",
    ]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.trim_end_matches('\n'),
        &full[..full.find("return").unwrap()]
    );
}

#[test]
fn a_seed_makes_sampling_reproducible() {
    let model = tiny_model();
    let sample = |seed: &str| {
        let v = ok_json(&[
            "generate",
            "--model",
            &model,
            "--prompt-ids",
            "1,5,9",
            "--max-new-tokens",
            "12",
            "--temperature",
            "1.0",
            "--top-k",
            "20",
            "--top-p",
            "0.95",
            "--seed",
            seed,
            "--format",
            "json",
        ]);
        ids(&v["ids"])
    };
    let a = sample("3");
    assert_eq!(a.len(), 12);
    assert_eq!(a, sample("3"));
    assert_ne!(a, sample("4"));
}

/// llama.cpp's (text, ids) cases for one vocabulary of its suite.
fn suite_cases(name: &str) -> (PathBuf, Vec<(String, Vec<u64>)>) {
    let gguf = common::llama_vocab_dir().join(format!("ggml-vocab-{name}.gguf"));
    let read = |ext: &str| std::fs::read_to_string(format!("{}.{ext}", gguf.display())).unwrap();
    let inp = read("inp");
    let texts = inp.split("\n__ggml_vocab_test__\n").map(String::from);
    let ids = read("out")
        .lines()
        .map(|l| l.split_whitespace().map(|id| id.parse().unwrap()).collect())
        .collect::<Vec<_>>();
    (gguf, texts.zip(ids).collect())
}

#[test]
fn tokenize_on_a_vocabulary_only_gguf_gives_llama_cpp_suite_ids() {
    let (gguf, cases) = suite_cases("qwen2");
    let model = gguf.to_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for (i, (text, want)) in cases
        .iter()
        .enumerate()
        .filter(|(_, (t, _))| t.contains('\n') || t.contains("Hello"))
    {
        let file = dir.path().join(format!("{i}.txt"));
        std::fs::write(&file, text).unwrap();
        let v = ok_json(&[
            "tokenize",
            "--model",
            model,
            "--file",
            file.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(&ids(&v["ids"]), want, "{text:?}");
        assert_eq!(v["tokens"].as_array().unwrap().len(), want.len());
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} cases");
    let out = xlagen(&["tokenize", "--model", model, "--text", "Hello world"]);
    assert!(out.status.success());
    let want = &cases.iter().find(|(t, _)| t == "Hello world").unwrap().1;
    let listed: Vec<String> = want.iter().map(u64::to_string).collect();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("[{}]\n", listed.join(", "))
    );
}

#[test]
fn tokenize_on_a_dir_without_weights_parses_special_tokens_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tokenizer");
    for file in ["tokenizer.json", "tokenizer_config.json"] {
        std::fs::copy(fixture.join("smollm2_hf").join(file), dir.path().join(file)).unwrap();
    }
    let cases: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture.join("cases.json")).unwrap())
            .unwrap();
    let case = cases["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == "<|im_start|>user\nHi<|im_end|>")
        .unwrap();
    let model = dir.path().to_str().unwrap();
    let text = case["text"].as_str().unwrap();
    let special = ok_json(&[
        "tokenize",
        "--model",
        model,
        "--text",
        text,
        "--special",
        "--format",
        "json",
    ]);
    assert_eq!(ids(&special["ids"]), ids(&case["ids"]["smollm"]));
    assert_eq!(special["pieces"][0], "<|im_start|>");
    let plain = ok_json(&[
        "tokenize", "--model", model, "--text", text, "--format", "json",
    ]);
    let plain_ids = ids(&plain["ids"]);
    assert!(
        !plain_ids.contains(&1) && !plain_ids.contains(&2),
        "{plain_ids:?}"
    );
    let pieces: Vec<&str> = plain["pieces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(pieces.concat(), text);
}

#[test]
fn tokenize_refuses_a_vocabulary_kind_it_cannot_build_naming_it() {
    let (gguf, _) = suite_cases("gemma-4");
    let err = error_of(&[
        "tokenize",
        "--model",
        gguf.to_str().unwrap(),
        "--text",
        "hi",
    ]);
    assert!(
        err.contains("tokenizer.ggml.model") && err.contains("gemma4"),
        "{err}"
    );
}

#[test]
fn generate_on_a_tiny_mistral_with_mistral_7b_tokenizer_json_tokenizes_like_python() {
    let dir = tempfile::tempdir().unwrap();
    let model = common::tiny_mistral_with_real_tokenizer(dir.path());
    let fixture: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mistral_tokenizer/ids.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let case = fixture["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == "[INST] What is the capital of France? [/INST]")
        .unwrap();
    let m = model.to_str().unwrap();
    let text = case["text"].as_str().unwrap();
    let v = ok_json(&[
        "generate",
        "--model",
        m,
        "--prompt",
        text,
        "--max-new-tokens",
        "3",
        "--format",
        "json",
    ]);
    assert_eq!(ids(&v["prompt_ids"]), ids(&case["ids_with_special"]));
    assert!(v["text"].is_string());
    let err = error_of(&["generate", "--model", m, "--prompt", "hi", "--chat"]);
    assert!(err.contains("no chat template"), "{err}");
}
