//! Hostile files and flags, as the CLI sees them: each class that once crashed, hung, ran out of
//! memory or gave wrong numbers must now exit non-zero on its own (no signal), within a time
//! limit and an address-space limit, with a message naming the file, the field and the bound.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Address space the child may map. Every class here is refused before the PJRT plugin loads,
/// so a few hundred MiB would do; an allocation of terabytes (or of 10^8 tensor names) fails
/// under it and aborts the child, which the signal check below reports.
const ADDRESS_SPACE_KIB: u64 = 2 * 1024 * 1024;
const TIME_LIMIT: Duration = Duration::from_secs(60);

struct Run {
    code: Option<i32>,
    signal: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs xlagen under `ulimit -v` and a wall-clock limit (killed and reported if it hangs).
fn run_limited(args: &[&str], limit_kib: Option<u64>) -> Run {
    let bin = env!("CARGO_BIN_EXE_xlagen");
    let script = match limit_kib {
        Some(kib) => format!("ulimit -v {kib} && exec \"$0\" \"$@\""),
        None => "exec \"$0\" \"$@\"".to_string(),
    };
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(bin)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sh runs");
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out_pipe.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err_pipe.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("xlagen {args:?} hung: still running after {TIME_LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        signal: status.signal(),
        stdout: out_reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
    }
}

/// The error message of a run that must fail cleanly, in bounded time and memory.
fn refused(args: &[&str]) -> String {
    let run = run_limited(args, Some(ADDRESS_SPACE_KIB));
    assert_eq!(
        run.signal, None,
        "xlagen {args:?} was killed by a signal (crash or out of memory): {}",
        run.stderr
    );
    assert_eq!(
        run.code,
        Some(1),
        "xlagen {args:?} should fail with exit status 1; stdout {:?}, stderr {:?}",
        run.stdout,
        run.stderr
    );
    assert!(
        !run.stderr.contains("panicked"),
        "xlagen {args:?} panicked: {}",
        run.stderr
    );
    run.stderr
}

fn assert_mentions(err: &str, parts: &[&str]) {
    for part in parts {
        assert!(err.contains(part), "expected {part:?} in the error: {err}");
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A copy of the tiny Llama checkpoint (config.json + model.safetensors) with `edit` applied to
/// its config.
fn tiny_checkpoint(edit: impl FnOnce(&mut Value)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = fixture("models/llama_tied_odd");
    std::fs::copy(
        src.join("model.safetensors"),
        dir.path().join("model.safetensors"),
    )
    .unwrap();
    let mut config: Value =
        serde_json::from_str(&std::fs::read_to_string(src.join("config.json")).unwrap()).unwrap();
    edit(&mut config);
    std::fs::write(dir.path().join("config.json"), config.to_string()).unwrap();
    dir
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn generate_ids(model: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "generate",
        "--model",
        path_str(model),
        "--prompt-ids",
        "1,2,3",
    ];
    if !extra.contains(&"--max-new-tokens") {
        args.extend_from_slice(&["--max-new-tokens", "2"]);
    }
    args.extend_from_slice(extra);
    refused(&args)
}

/// The tiny checkpoint with SmolLM2's tokenizer.json, `edit` applied to the tokenizer's JSON.
fn checkpoint_with_tokenizer(edit: impl FnOnce(&mut Value)) -> tempfile::TempDir {
    let dir = tiny_checkpoint(|_| {});
    let text = std::fs::read_to_string(fixture("tokenizer/smollm2_hf/tokenizer.json")).unwrap();
    let mut json: Value = serde_json::from_str(&text).unwrap();
    edit(&mut json);
    std::fs::write(dir.path().join("tokenizer.json"), json.to_string()).unwrap();
    dir
}

const HUGE_ID: u64 = 1 << 40;

#[test]
fn huge_added_token_id_is_refused_without_allocating_it() {
    let dir = checkpoint_with_tokenizer(|t| {
        t["added_tokens"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "id": HUGE_ID, "content": "<|huge|>", "single_word": false, "lstrip": false,
                "rstrip": false, "normalized": false, "special": true
            }))
    });
    let err = refused(&[
        "generate",
        "--model",
        path_str(dir.path()),
        "--prompt",
        "hi",
    ]);
    assert_mentions(&err, &["tokenizer.json", &HUGE_ID.to_string()]);
}

#[test]
fn huge_vocab_id_is_refused_without_allocating_it() {
    let dir = checkpoint_with_tokenizer(|t| {
        t["model"]["vocab"]["hostile"] = HUGE_ID.into();
    });
    let err = refused(&[
        "generate",
        "--model",
        path_str(dir.path()),
        "--prompt",
        "hi",
    ]);
    assert_mentions(&err, &["tokenizer.json", &HUGE_ID.to_string()]);
}

#[test]
fn head_count_products_that_overflow_are_refused() {
    // 2^32 heads of 2^32 wraps to 0 in 64-bit arithmetic.
    let dir = tiny_checkpoint(|c| {
        c["num_attention_heads"] = (1u64 << 32).into();
        c["num_key_value_heads"] = (1u64 << 32).into();
        c["head_dim"] = (1u64 << 32).into();
    });
    let err = generate_ids(dir.path(), &[]);
    assert_mentions(&err, &["config.json", "num_attention_heads", "at most"]);

    // Each count within its own bound, but the product is beyond what a projection can hold.
    let dir = tiny_checkpoint(|c| {
        c["num_attention_heads"] = 60000.into();
        c["num_key_value_heads"] = 60000.into();
        c["head_dim"] = 60000.into();
    });
    let err = generate_ids(dir.path(), &[]);
    assert_mentions(
        &err,
        &["config.json", "num_attention_heads", "head_dim", "at most"],
    );
}

#[test]
fn a_huge_layer_count_in_config_json_is_refused_before_naming_every_layer() {
    for layers in [10_000_000u64, 500] {
        let dir = tiny_checkpoint(|c| c["num_hidden_layers"] = layers.into());
        let err = generate_ids(dir.path(), &[]);
        assert_mentions(&err, &["num_hidden_layers", &layers.to_string()]);
        // Beyond the documented maximum, or beyond the 3 layers the file holds.
        assert!(
            err.contains("at most") || err.contains("holds tensors for 3 layers"),
            "{err}"
        );
    }
}

/// The tiny GGUF with the u32 value of metadata key `key` replaced.
fn gguf_with_u32(key: &str, value: u32) -> (tempfile::TempDir, PathBuf) {
    let mut bytes = std::fs::read(fixture("gguf/tiny_llama.gguf")).unwrap();
    let mut pattern = (key.len() as u64).to_le_bytes().to_vec();
    pattern.extend_from_slice(key.as_bytes());
    pattern.extend_from_slice(&4u32.to_le_bytes()); // GGUF type u32
    let at = bytes
        .windows(pattern.len())
        .position(|w| w == pattern)
        .unwrap_or_else(|| panic!("{key} is not a u32 in the fixture"))
        + pattern.len();
    bytes[at..at + 4].copy_from_slice(&value.to_le_bytes());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.gguf");
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

#[test]
fn a_huge_gguf_block_count_is_refused_before_naming_every_layer() {
    for blocks in [100_000_000u32, 500] {
        let (_dir, path) = gguf_with_u32("llama.block_count", blocks);
        let err = generate_ids(&path, &[]);
        assert_mentions(&err, &["model.gguf", "block_count", &blocks.to_string()]);
        assert!(
            err.contains("at most") || err.contains("holds tensors for 2 layers"),
            "{err}"
        );
    }
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[test]
fn weights_that_are_fifos_or_directories_are_refused_without_blocking() {
    let dir = tiny_checkpoint(|_| {});
    let weights = dir.path().join("model.safetensors");
    std::fs::remove_file(&weights).unwrap();
    mkfifo(&weights);
    let err = generate_ids(dir.path(), &[]);
    assert_mentions(&err, &["model.safetensors", "not a regular file"]);

    std::fs::remove_file(&weights).unwrap();
    std::fs::create_dir(&weights).unwrap();
    let err = generate_ids(dir.path(), &[]);
    assert_mentions(&err, &["model.safetensors", "not a regular file"]);

    let gguf = dir.path().join("fifo.gguf");
    mkfifo(&gguf);
    let err = generate_ids(&gguf, &[]);
    assert_mentions(&err, &["fifo.gguf", "not a regular file"]);

    let config = dir.path().join("config.json");
    std::fs::remove_dir(&weights).unwrap();
    std::fs::copy(fixture("models/llama_tied_odd/model.safetensors"), &weights).unwrap();
    std::fs::remove_file(&config).unwrap();
    mkfifo(&config);
    let err = generate_ids(dir.path(), &[]);
    assert_mentions(&err, &["config.json", "not a regular file"]);
}

#[test]
fn config_nested_past_the_parser_limit_is_an_error_not_a_default() {
    // sliding_window 8 must never silently become the default 4096 because an unrelated field
    // is nested too deeply to parse.
    let dir = tiny_checkpoint(|c| {
        c["model_type"] = "mistral".into();
        c["sliding_window"] = 8.into();
    });
    let path = dir.path().join("config.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let nested = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let text = text.replacen('{', &format!("{{\"hostile\": {nested}, "), 1);
    std::fs::write(&path, text).unwrap();
    let err = generate_ids(dir.path(), &[]);
    assert_mentions(&err, &["config.json", "recursion limit"]);
}

#[test]
fn max_new_tokens_near_2_pow_64_does_not_wrap_the_fit_check() {
    let dir = tiny_checkpoint(|_| {});
    for n in [u64::MAX, u64::MAX - 5, 1 << 63] {
        let err = generate_ids(dir.path(), &["--max-new-tokens", &n.to_string()]);
        assert_mentions(&err, &["--max-new-tokens", &n.to_string(), "--max-seq"]);
    }
}

#[test]
fn max_seq_below_two_names_the_flag() {
    let dir = tiny_checkpoint(|_| {});
    for n in ["0", "1"] {
        let err = generate_ids(dir.path(), &["--max-seq", n]);
        assert_mentions(&err, &["--max-seq", n, "at least 2"]);
    }
}

#[test]
fn a_huge_compile_batch_is_refused_before_it_reaches_xla() {
    // 2^62 made XLA throw a C++ exception inside compile, which aborts the process.
    let dir = tiny_checkpoint(|_| {});
    let err = refused(&[
        "compile",
        "--model",
        path_str(dir.path()),
        "--batch",
        "4611686018427387904",
    ]);
    assert_mentions(&err, &["--batch", "4611686018427387904", "at most"]);
}

#[test]
fn a_huge_sliding_window_names_the_config_field() {
    // Past the positions bound, and past what the field's integer type holds.
    for (window, bound) in [(1u64 << 62, "at most"), (u64::MAX, "expected i64")] {
        let dir = tiny_checkpoint(|c| {
            c["model_type"] = "mistral".into();
            c["sliding_window"] = window.into();
        });
        let err = generate_ids(dir.path(), &[]);
        assert_mentions(
            &err,
            &["config.json", "sliding_window", &window.to_string(), bound],
        );
    }
}

#[test]
fn duplicate_tensor_names_in_a_safetensors_header_are_refused() {
    let dir = tiny_checkpoint(|_| {});
    let path = dir.path().join("model.safetensors");
    let bytes = std::fs::read(&path).unwrap();
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header = std::str::from_utf8(&bytes[8..8 + n]).unwrap();
    let parsed: Value = serde_json::from_str(header).unwrap();
    // A second "model.norm.weight" over the bytes of another tensor of the same size: with
    // "last one wins" the model would silently load the wrong weights.
    let norm = &parsed["model.norm.weight"];
    let other = parsed
        .as_object()
        .unwrap()
        .iter()
        .find(|(k, v)| *k != "model.norm.weight" && v.get("shape") == norm.get("shape"))
        .map(|(_, v)| v.clone())
        .expect("another tensor of the same shape");
    let header = format!("{{\"model.norm.weight\": {other}, {}", &header.trim()[1..]);
    let mut out = (header.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&bytes[8 + n..]);
    std::fs::write(&path, out).unwrap();
    let err = generate_ids(dir.path(), &[]);
    assert_mentions(
        &err,
        &["model.safetensors", "model.norm.weight", "more than once"],
    );
}

#[test]
fn prompt_ids_runs_without_a_working_tokenizer() {
    let dir = tiny_checkpoint(|_| {});
    std::fs::write(dir.path().join("tokenizer.json"), "{ not json").unwrap();
    // With text to encode, the broken tokenizer is the error.
    let err = refused(&[
        "generate",
        "--model",
        path_str(dir.path()),
        "--prompt",
        "hi",
    ]);
    assert_mentions(&err, &["tokenizer.json"]);
    // With ids, nothing needs it: the run completes and says the text is missing and why.
    let run = run_limited(
        &[
            "generate",
            "--model",
            path_str(dir.path()),
            "--prompt-ids",
            "1,2,3",
            "--max-new-tokens",
            "2",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let v: Value = serde_json::from_str(run.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(v["ids"].as_array().unwrap().len(), 2, "{v}");
    assert_eq!(v["text"], Value::Null);
    assert_mentions(&run.stderr, &["tokenizer.json", "no text"]);
    // Text output without a tokenizer lists the generated ids instead.
    let run = run_limited(
        &[
            "generate",
            "--model",
            path_str(dir.path()),
            "--prompt-ids",
            "1,2,3",
            "--max-new-tokens",
            "2",
        ],
        None,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let shown: Vec<Value> = run
        .stdout
        .split_whitespace()
        .map(|id| id.parse::<u64>().expect("an id").into())
        .collect();
    assert_eq!(&shown, v["ids"].as_array().unwrap());
}

/// A copy of the installed CPU plugin's pip tree in a fresh cache dir, its .so cut to 1 MiB.
fn cache_with_truncated_plugin() -> (tempfile::TempDir, PathBuf) {
    const RELATIVE: &str = "xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so";
    let installed =
        xlagen::runtime::discover_plugin(None, xlagen::runtime::DeviceKind::Cpu).unwrap();
    let site = installed
        .to_str()
        .and_then(|p| p.strip_suffix(RELATIVE))
        .map(PathBuf::from)
        .expect("the CPU plugin sits at <site>/xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so");
    let cache = tempfile::tempdir().unwrap();
    let python = cache.path().join("python");
    let mut copied_record = false;
    for entry in std::fs::read_dir(&site).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("xla_cpu_pjrt-") && name.ends_with(".dist-info") {
            let dist = python.join(&name);
            std::fs::create_dir_all(&dist).unwrap();
            for file in std::fs::read_dir(entry.path()).unwrap().flatten() {
                std::fs::copy(file.path(), dist.join(file.file_name())).unwrap();
            }
            copied_record = true;
        }
    }
    assert!(
        copied_record,
        "no xla_cpu_pjrt dist-info beside {}",
        site.display()
    );
    let so = python.join(RELATIVE);
    std::fs::create_dir_all(so.parent().unwrap()).unwrap();
    let mut head = vec![0u8; 1 << 20];
    std::fs::File::open(&installed)
        .unwrap()
        .read_exact(&mut head)
        .unwrap();
    std::fs::write(&so, head).unwrap();
    (cache, so)
}

/// As `refused`, with extra environment variables (no memory limit: the plugin may load).
fn refused_with_env(args: &[&str], env: &[(&str, &Path)]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xlagen"));
    cmd.args(args).env_remove("XLAGEN_PJRT_PLUGIN");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.signal(), None, "killed by a signal: {out:?}");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_truncated_installed_plugin_is_refused_before_it_is_loaded() {
    let (cache, so) = cache_with_truncated_plugin();
    let model = fixture("models/llama_tied_odd");
    let args = [
        "generate",
        "--model",
        path_str(&model),
        "--prompt-ids",
        "1,2,3",
        "--max-new-tokens",
        "2",
    ];
    // Found by discovery in xlagen's cache dir: checked against the wheel's RECORD.
    let err = refused_with_env(&args, &[("XLAGEN_CACHE_DIR", cache.path())]);
    assert_mentions(
        &err,
        &[
            "xla_cpu_pjrt.so",
            "damaged",
            "1048576 bytes",
            "RECORD",
            "installs it again",
        ],
    );
    // The user's own plugin is not held to a RECORD, but a truncated one is still an error
    // rather than a fault inside dlopen.
    let err = refused_with_env(&args, &[("XLAGEN_PJRT_PLUGIN", &so)]);
    assert_mentions(
        &err,
        &["xla_cpu_pjrt.so", "past the end of the file", "truncated"],
    );
}
