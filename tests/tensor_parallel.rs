//! Tensor parallelism (`--devices N`, `engine::tensor_parallel`) on 2 and 4 CPU devices against
//! the same model on one device: logits within 1e-5 relative, the same greedy ids (one prompt,
//! a batch of several, the server's answers, the bench's outputs), and the collectives XLA made
//! of the shardings.

mod common;

use std::path::Path;
use std::sync::{OnceLock, RwLock, RwLockReadGuard, RwLockWriteGuard};

use common::{fixture_dir, ids, reference, rel_error};
use xlagen::dtype::DType;
use xlagen::engine::backend::{self, host_kernels_with};
use xlagen::engine::{Engine, EngineOptions, Flow, GenerateParams};
use xlagen::kernels::Int8Dot;
use xlagen::model::quant::Quant;
use xlagen::model::WeightStore;
use xlagen::runtime::{Client, ClientOptions, DeviceKind, Plugin};

/// One client with four CPU devices for the whole binary; a split over 2 uses the first two.
fn client() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let plugin = Plugin::for_device(None, DeviceKind::Cpu)
            .unwrap_or_else(|e| panic!("the PJRT CPU plugin is needed for these tests: {e}"));
        let options = ClientOptions::new().with("cpu_device_count", 4i64);
        Client::new(&plugin, &options).expect("CPU client with 4 devices")
    })
}

/// Tests on the shared client run together; one that makes a client of its own runs alone.
/// XLA CPU's in-process collectives crashed the process (a segfault in its reduce-scatter)
/// when two clients' executables all-reduced at once; a process of xlagen has one client.
static CLIENTS: RwLock<()> = RwLock::new(());

fn on_the_shared_client() -> RwLockReadGuard<'static, ()> {
    CLIENTS.read().unwrap_or_else(|e| e.into_inner())
}

fn alone_on_a_client_of_its_own() -> RwLockWriteGuard<'static, ()> {
    CLIENTS.write().unwrap_or_else(|e| e.into_inner())
}

fn options() -> EngineOptions {
    quantized(Quant::None)
}

fn quantized(quant: Quant) -> EngineOptions {
    EngineOptions {
        dtype: DType::F32,
        max_seq: 64,
        buckets: vec![8, 32],
        compile_cache: None,
        decode_steps: 4,
        quant,
        kv_dtype: None,
    }
}

/// The one-device reference: the CPU's backend (our kernels), as each device of the split
/// engine runs it.
fn one_device(dir: &Path) -> Engine {
    one_device_with(dir, options())
}

fn one_device_with(dir: &Path, opts: EngineOptions) -> Engine {
    let store = WeightStore::open(dir).unwrap();
    Engine::new(client().clone(), &store, opts).unwrap()
}

fn split(dir: &Path, devices: usize) -> Engine {
    split_with(dir, devices, options())
}

fn split_with(dir: &Path, devices: usize, opts: EngineOptions) -> Engine {
    let store = WeightStore::open(dir).unwrap();
    Engine::split(client().clone(), &store, opts, devices).unwrap()
}

/// Fixtures whose KV heads, query heads and feed-forward width divide by `devices`.
const SPLITS: [(&str, usize); 4] = [
    ("mistral_gqa_window", 2),
    ("qwen2_untied", 2),
    ("qwen2_tied_gqa", 2),
    ("mistral_headdim", 4),
];

#[test]
fn logits_over_2_and_4_devices_equal_one_device() {
    let _shared = on_the_shared_client();
    for (name, devices) in SPLITS {
        let dir = fixture_dir(name);
        let prompt = ids(&reference(&dir)["prompt_ids"]);
        let want = one_device(&dir).logits(&prompt).unwrap();
        let got = split(&dir, devices).logits(&prompt).unwrap();
        assert_eq!(got.len(), want.len(), "{name}");
        let err = rel_error(&got, &want);
        assert!(err <= 1e-5, "{name} over {devices}: relative error {err:e}");
    }
}

#[test]
fn int8_over_2_and_4_devices_equals_int8_on_one_device() {
    let _shared = on_the_shared_client();
    // Each device runs our INT8 kernels on its rows (q/k/v, gate/up) or its columns (o,
    // down, with their group scales); only the order the partial sums of o and down are added
    // in differs. With f32 activations (the f32 dot) that is all: logits agree to rounding.
    // The machine's own dot (VNNI's INT8 activations, where the CPU has it) rounds every
    // activation to a step of its block's largest value /127, so the last bit that order moves
    // can tip a value to the next step: there the ids must agree and the logits stay within a
    // few such steps (a single tipped value moved mistral_headdim's logits by 1.1e-3).
    let mut cases: Vec<(&str, usize, Quant)> =
        SPLITS.iter().map(|&(n, d)| (n, d, Quant::Int8)).collect();
    // o's 64 and down's 160 inputs: 4 and 10 groups of 16, 2 and 5 per device.
    cases.push(("mistral_gqa_window", 2, Quant::Int8Group(16)));
    let dots = [(Some(Int8Dot::F32), 1e-5), (None, 1e-2)];
    for (name, devices, quant) in cases {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let prompt = ids(&r["prompt_ids"]);
        let store = WeightStore::open(&dir).unwrap();
        for (dot, tolerance) in dots {
            let backend = || dot.map_or_else(backend::host_kernels, host_kernels_with);
            let opts = || quantized(quant);
            let mut one =
                Engine::with_backend(client().clone(), &store, opts(), backend()).unwrap();
            let mut split = Engine::new_preparing_with(
                client().clone(),
                &store,
                opts(),
                devices,
                backend(),
                |_| Ok(()),
            )
            .unwrap()
            .0;
            let what = format!("{name} {quant} over {devices}, dot {dot:?}");
            let (want, got) = (one.logits(&prompt).unwrap(), split.logits(&prompt).unwrap());
            let err = rel_error(&got, &want);
            assert!(err <= tolerance, "{what}: relative error {err:e}");
            let params = GenerateParams::greedy(ids(&r["greedy_ids"]).len());
            let want = one
                .generate(&prompt, &params, None, |_| Flow::Continue)
                .unwrap();
            let got = split
                .generate(&prompt, &params, None, |_| Flow::Continue)
                .unwrap();
            assert_eq!(got.ids, want.ids, "{what}");
        }
    }
}

#[test]
fn int8_groups_that_do_not_split_evenly_are_refused_by_name() {
    let _shared = on_the_shared_client();
    // down_proj's 160 inputs make 5 groups of 32: not 2 equal shares.
    let store = WeightStore::open(&fixture_dir("mistral_gqa_window")).unwrap();
    let err = Engine::split(client().clone(), &store, quantized(Quant::Int8Group(32)), 2)
        .err()
        .expect("refused");
    let err = format!("{err:#}");
    assert!(
        err.contains("down_proj's 160 inputs make 5 scale groups"),
        "{err}"
    );
    assert!(
        !err.contains("o_proj"),
        "o's 64 inputs make 2 groups, 1 each: {err}"
    );
}

#[test]
fn greedy_ids_over_2_and_4_devices_equal_one_device() {
    let _shared = on_the_shared_client();
    for (name, devices) in SPLITS {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let (prompt, greedy) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
        let params = GenerateParams::greedy(greedy.len());
        let want = one_device(&dir)
            .generate(&prompt, &params, None, |_| Flow::Continue)
            .unwrap();
        let got = split(&dir, devices)
            .generate(&prompt, &params, None, |_| Flow::Continue)
            .unwrap();
        assert_eq!(got.ids, want.ids, "{name} over {devices}");
        // And both are PyTorch's.
        assert_eq!(got.ids, greedy, "{name} over {devices}");
    }
}

/// The optimized HLO XLA dumped into `dir` (one module).
fn optimized_hlo(dir: &Path) -> String {
    let found: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with("after_optimizations.txt"))
        .collect();
    assert_eq!(found.len(), 1, "one optimized module: {found:?}");
    std::fs::read_to_string(&found[0]).unwrap()
}

#[test]
fn xla_all_reduces_after_o_and_down_and_gathers_nothing() {
    let _shared = on_the_shared_client();
    use xlagen::engine::backend;
    use xlagen::engine::programs::{sharded_step_program, Sampling, StepKind, StepSpec};
    use xlagen::model::mistral::Shapes;
    use xlagen::model::quant::WeightFormat;
    use xlagen::program::Mesh;
    use xlagen::runtime::CompileOptions;

    let dir = fixture_dir("mistral_gqa_window");
    let store = WeightStore::open(&dir).unwrap();
    let cfg = store.config();
    let (layers, kv, d) = (
        cfg.num_hidden_layers,
        cfg.num_key_value_heads as i64,
        cfg.head_dim as i64,
    );
    let devices = 2;
    // One sequence, and a batch of 4 slots (decoding all 4, or prefilling one of them).
    for (kind, tokens, slots) in [
        (StepKind::Decode { steps: 1, rows: 1 }, 1, 1),
        (StepKind::Prefill, 8, 1),
        (StepKind::Decode { steps: 1, rows: 4 }, 1, 4),
        (StepKind::Decode { steps: 4, rows: 4 }, 1, 4),
        (StepKind::Prefill, 8, 4),
    ] {
        let spec = StepSpec {
            kind,
            shapes: Shapes {
                batch: slots,
                tokens,
                max_seq: 64,
            },
            format: WeightFormat {
                backend: backend::for_platform("cpu"),
                devices: devices as i64,
                ..WeightFormat::plain(DType::F32)
            },
            kv_dtype: DType::F32,
            sampling: Sampling::Greedy,
            emit_logits: false,
        };
        let program =
            sharded_step_program(cfg, &spec, &Mesh::line("tp", devices).unwrap()).unwrap();
        let dump = tempfile::tempdir().unwrap();
        let options = CompileOptions::new()
            .xla_option("xla_dump_to", dump.path().display().to_string())
            .xla_option("xla_dump_hlo_as_text", true);
        client().compile_sharded(&program, &options).unwrap();
        let hlo = optimized_hlo(dump.path());
        let name = spec.name();
        // Megatron's two all-reduces per layer: after o_proj and after down_proj.
        let reduces = hlo.lines().filter(|l| l.contains(" all-reduce(")).count();
        assert_eq!(reduces, 2 * layers, "{name}: all-reduces in\n{hlo}");
        // Nothing is gathered: not a weight, and not the cache, which each device reads and
        // writes in its own piece, whatever the slots.
        let gathers: Vec<&str> = hlo.lines().filter(|l| l.contains(" all-gather(")).collect();
        assert!(gathers.is_empty(), "{name}: {gathers:#?}");
        // Our kernels run on each device's share.
        assert!(
            hlo.contains("custom_call_target=\"xlagen_attention\""),
            "{name}"
        );
        // Each device's weights are its share: q/k/v and gate/up by rows, o and down by columns.
        let entry = hlo.lines().find(|l| l.starts_with("ENTRY")).unwrap();
        let (h, q, ffn) = (
            cfg.hidden_size as i64,
            cfg.num_attention_heads as i64 * d,
            cfg.intermediate_size as i64,
        );
        let n = devices as i64;
        for (what, dims) in [
            ("qkv_proj", [(q + 2 * kv * d) / n, h]),
            ("o_proj", [h, q / n]),
            ("gate_up_proj", [2 * ffn / n, h]),
            ("down_proj", [h, ffn / n]),
        ] {
            let local = format!("f32[{},{}]", dims[0], dims[1]);
            assert_eq!(
                entry.matches(&local).count(),
                layers,
                "{name}: {what} as {local} per layer in {entry}"
            );
        }
        // The cache: each device holds its KV heads of every slot, donated and returned in
        // place.
        let cache = format!("f32[{},64,{d}]", slots * kv / n);
        assert_eq!(
            entry.matches(&cache).count(),
            2 * 2 * layers,
            "{name}: {entry}"
        );
        let header = hlo.lines().next().unwrap();
        assert_eq!(
            header.matches("may-alias").count(),
            2 * layers,
            "{name}: every cache buffer aliased in {header}"
        );
    }
}

fn generate_json(devices: &str) -> serde_json::Value {
    common::ok_json(&[
        "generate",
        "--model",
        "default",
        "--prompt",
        "The capital of France is",
        "--max-new-tokens",
        "12",
        "--format",
        "json",
        "--devices",
        devices,
    ])
}

#[test]
fn generate_over_3_devices_on_the_default_model_gives_one_devices_tokens() {
    // SmolLM2-135M: 9 query heads and 3 KV heads, 3 and 1 per device.
    let (one, three) = (generate_json("1"), generate_json("3"));
    let backend = three["backend"].as_str().unwrap();
    assert!(
        backend.starts_with("host-kernels/") && backend.ends_with("/tp3"),
        "{three}"
    );
    assert_eq!(three["devices"], 3);
    let ids = three["ids"].as_array().unwrap();
    assert!(!ids.is_empty(), "{three}");
    assert_eq!(three["ids"], one["ids"], "over 3: {three}\non 1: {one}");
}

#[test]
fn devices_that_do_not_divide_the_heads_are_refused_by_name() {
    let err = common::error_of(&[
        "generate",
        "--model",
        "default",
        "--prompt-ids",
        "1,2,3",
        "--devices",
        "2",
    ]);
    for want in [
        "--devices 2 does not divide",
        "num_key_value_heads = 3",
        "num_attention_heads = 9",
    ] {
        assert!(err.contains(want), "{want:?} missing from: {err}");
    }
    assert!(
        !err.contains("intermediate_size"),
        "1536 divides by 2: {err}"
    );
    // The server and the bench split the same way, and refuse the same split.
    let err = common::error_of(&["serve", "--model", "default", "--devices", "2"]);
    assert!(err.contains("--devices 2 does not divide"), "{err}");
}

/// The f32 values of a .npy file `xlagen logits` wrote (format 1.0, little-endian f32).
fn read_npy(path: &Path) -> Vec<f32> {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[..8], b"\x93NUMPY\x01\x00");
    let header = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    bytes[10 + header..]
        .chunks(4)
        .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
        .collect()
}

#[test]
fn logits_over_2_devices_from_the_command_line_match_pytorch() {
    let dir = fixture_dir("mistral_gqa_window");
    let prompt: Vec<String> = ids(&reference(&dir)["prompt_ids"])
        .iter()
        .map(u32::to_string)
        .collect();
    let out = tempfile::tempdir().unwrap();
    let npy = out.path().join("logits.npy");
    let output = common::xlagen(&[
        "logits",
        "--model",
        dir.to_str().unwrap(),
        "--prompt-ids",
        &prompt.join(","),
        "--out",
        npy.to_str().unwrap(),
        "--devices",
        "2",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (_, want) = common::fixture_logits(&dir, "logits");
    let got = read_npy(&npy);
    let err = rel_error(&got, &want);
    // model_parity.rs's bar against PyTorch.
    assert!(err < 1e-4, "relative error {err:e} against PyTorch");
}

#[test]
fn sampled_ids_over_2_devices_equal_one_device() {
    let _shared = on_the_shared_client();
    // The sampler is replicated: every device draws the same token from the same key.
    let dir = fixture_dir("qwen2_untied");
    let prompt = ids(&reference(&dir)["prompt_ids"]);
    let params = GenerateParams {
        temperature: 0.8,
        top_k: 20,
        top_p: 0.95,
        seed: 7,
        ..GenerateParams::greedy(12)
    };
    let want = one_device(&dir)
        .generate(&prompt, &params, None, |_| Flow::Continue)
        .unwrap();
    let got = split(&dir, 2)
        .generate(&prompt, &params, None, |_| Flow::Continue)
        .unwrap();
    assert_eq!(got.ids.len(), 12);
    assert_eq!(got.ids, want.ids);
    // And they were sampled: greedy picks otherwise here (the seed makes this deterministic).
    let greedy = split(&dir, 2)
        .generate(&prompt, &GenerateParams::greedy(12), None, |_| {
            Flow::Continue
        })
        .unwrap();
    assert_ne!(got.ids, greedy.ids);
}

#[test]
fn a_batch_over_2_devices_gives_each_prompt_its_ids_alone_on_one_device() {
    let _shared = on_the_shared_client();
    // Four slots decoding together (rows 4, then fewer as they finish), prompts of 1 to 40
    // tokens (the longest in two chunks of the largest bucket) admitted at once.
    let dir = fixture_dir("mistral_gqa_window");
    let r = reference(&dir);
    let (prompt, greedy) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
    let prompts = vec![
        prompt.clone(),
        vec![prompt[0]],
        (0..40).map(|i| (i * 7 + 5) % 96).collect(),
        prompt.iter().rev().copied().collect::<Vec<u32>>(),
    ];
    let params = GenerateParams::greedy(greedy.len());
    let got = split(&dir, 2).generate_batch(&prompts, &params).unwrap();
    let mut one = one_device(&dir);
    for (p, got) in prompts.iter().zip(&got) {
        let alone = one.generate(p, &params, None, |_| Flow::Continue).unwrap();
        assert_eq!(got, &alone.ids, "prompt {p:?}");
    }
    // And the fixture's prompt gets PyTorch's ids in the batch.
    assert_eq!(got[0], greedy);
}

/// `xlagen generate --format json` on `model` with `flags`: its ids and text.
fn generate_ids_and_text(model: &str, prompt: &str, flags: &[&str]) -> (Vec<u32>, String) {
    let mut args = vec![
        "generate", "--model", model, "--prompt", prompt, "--format", "json",
    ];
    args.extend(flags);
    let v = common::ok_json(&args);
    (
        ids(&v["ids"]),
        v["text"].as_str().expect("text").to_string(),
    )
}

#[test]
fn serve_over_2_devices_answers_as_generate_on_one() {
    use common::server::{free_port, Server};
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    // A model with a tokenizer whose 4 query and 2 KV heads divide by 2.
    let tmp = tempfile::tempdir().unwrap();
    let model = common::tiny_mistral_with_heads(tmp.path(), 4, 2);
    let model = model.to_str().unwrap();
    let engine = ["--buckets", "16", "--max-seq", "64", "--dtype", "f32"];
    let asks = [("The capital of France is", 10), ("Once upon a time", 6)];
    let mut one = engine.to_vec();
    one.extend(["--devices", "1", "--max-new-tokens"]);
    let want: Vec<String> = asks
        .iter()
        .map(|(prompt, n)| {
            let n = n.to_string();
            let mut flags = one.clone();
            flags.push(&n);
            let (ids, text) = generate_ids_and_text(model, prompt, &flags);
            assert!(!ids.is_empty(), "{prompt:?}");
            text
        })
        .collect();

    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_xlagen"))
        .args([
            "serve",
            "--model",
            model,
            "--devices",
            "2",
            "--max-batch",
            "2",
        ])
        .args(engine)
        .args(["--port", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("starting xlagen serve");
    let mut server = Server { child, port };
    let deadline = Instant::now() + Duration::from_secs(600);
    while !matches!(server.request("GET", "/health", None), Ok((200, _, _))) {
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("xlagen serve --devices 2 exited before answering: {status}");
        }
        assert!(Instant::now() < deadline, "xlagen serve did not start");
        std::thread::sleep(Duration::from_millis(300));
    }
    // Both at once: they share the batch (two rows of one decode) over the two devices.
    let got: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = asks
            .iter()
            .map(|(prompt, n)| {
                let server = &server;
                scope.spawn(move || {
                    let body =
                        serde_json::json!({"prompt": prompt, "max_tokens": n, "temperature": 0});
                    let (status, _, v) = server.post("/v1/completions", body);
                    assert_eq!(status, 200, "{v}");
                    v["choices"][0]["text"].as_str().expect("text").to_string()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(got, want);
}

#[test]
fn bench_over_2_devices_runs_every_config_and_records_devices() {
    // `run_bench` makes a client of its own.
    let _alone = alone_on_a_client_of_its_own();
    use xlagen::bench::{run_bench, BenchArgs};
    use xlagen::runtime::DeviceKind;

    let dir = fixture_dir("mistral_gqa_window");
    let tmp = tempfile::tempdir().unwrap();
    let prompts = tmp.path().join("prompts.jsonl");
    let texts = ["Hi there", "Count: 1 2 3"];
    let lines: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"question_id": i, "turns": [t]}).to_string())
        .collect();
    std::fs::write(&prompts, lines.join("\n")).unwrap();
    let max_new_tokens = 6;
    let args = BenchArgs {
        model: Some(dir.clone()),
        synthetic: None,
        synthetic_layers: None,
        prompts,
        num_samples: texts.len(),
        max_new_tokens,
        configs: vec!["no-cache".into(), "f32".into(), "int8".into()],
        device: DeviceKind::Cpu,
        plugin: None,
        out: tmp.path().join("bench.json"),
        python: None,
        torch_model: None,
        torch_dtype: None,
        no_chat: false,
        byte_ids: true,
        bandwidth_mib: 16,
        no_plots: true,
        seed: 0,
        decode_steps: 4,
        devices: 2,
    };
    let report = run_bench(&args).unwrap();
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["settings"]["devices"], 2, "{}", json["settings"]);
    let (no_cache, f32, int8) = (&report.configs[0], &report.configs[1], &report.configs[2]);
    for c in [no_cache, f32, int8] {
        assert!(c.skipped.is_none(), "{}: {:?}", c.name, c.skipped);
        assert_eq!(c.info["devices"], 2, "{}", c.info);
        let backend = c.info["backend"].as_str().unwrap();
        assert!(backend.ends_with("/tp2"), "{}", c.info);
    }
    // Each prompt's greedy ids (byte ids, b + 3 mod the vocabulary) are one device's, f32's
    // and INT8's alike.
    for (config, quant) in [(f32, Quant::None), (int8, Quant::Int8)] {
        let mut one = one_device_with(&dir, quantized(quant));
        for (text, sample) in texts.iter().zip(&config.samples) {
            let prompt: Vec<u32> = text.bytes().map(|b| (b as u32 + 3) % 96).collect();
            let params = GenerateParams::greedy(max_new_tokens);
            let alone = one
                .generate(&prompt, &params, None, |_| Flow::Continue)
                .unwrap();
            assert_eq!(sample.output_ids, alone.ids, "{} {text:?}", config.name);
        }
    }
    for (a, b) in no_cache.samples.iter().zip(&f32.samples) {
        assert_eq!(a.output_ids, b.output_ids);
    }
}
