//! The benchmark room: ROUGE-L against the `rouge-score` package, the prompt readers on the
//! shipped prompt sets and on malformed files, the statistics, the Colab notebook, and an
//! end-to-end bench run on a tiny fixture model.

mod common;

use std::path::{Path, PathBuf};

use serde::Deserialize;
use xlagen::bench::metrics::{percentile, Stats};
use xlagen::bench::report::BenchReport;
use xlagen::bench::rouge::rouge_l;
use xlagen::bench::workload::{parse_prompts, read_prompts, PromptFormat};
use xlagen::bench::{run_bench, write_outputs, BenchArgs};
use xlagen::runtime::DeviceKind;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[derive(Deserialize)]
struct RougeCase {
    reference: String,
    candidate: String,
    precision: f64,
    recall: f64,
    fmeasure: f64,
}

#[test]
fn rouge_l_matches_the_rouge_score_package() {
    #[derive(Deserialize)]
    struct Fixture {
        cases: Vec<RougeCase>,
    }
    let text = std::fs::read_to_string(repo("benchmarks/fixtures/rouge_l.json")).unwrap();
    let fixture: Fixture = serde_json::from_str(&text).unwrap();
    assert!(fixture.cases.len() >= 10);
    for c in &fixture.cases {
        let got = rouge_l(&c.reference, &c.candidate);
        for (what, g, w) in [
            ("precision", got.precision, c.precision),
            ("recall", got.recall, c.recall),
            ("fmeasure", got.fmeasure, c.fmeasure),
        ] {
            assert!(
                (g - w).abs() < 1e-12,
                "{what} of {:?} vs {:?}: got {g}, rouge-score says {w}",
                c.reference,
                c.candidate
            );
        }
    }
}

#[test]
fn mt_bench_first_turns_are_read() {
    let p = read_prompts(&repo("benchmarks/prompts/mt_bench_question.jsonl")).unwrap();
    assert_eq!(p.len(), 80);
    assert!(p.iter().all(|p| p.format == PromptFormat::MtBench));
    assert_eq!(p[0].id, "81");
    assert!(p[0]
        .user
        .starts_with("Compose an engaging travel blog post"));
    assert!(!p[0].user.contains("Rewrite your previous response"));
}

#[test]
fn ifbench_prompts_are_read() {
    let p = read_prompts(&repo("benchmarks/prompts/ifbench_test.jsonl")).unwrap();
    assert_eq!(p.len(), 294);
    assert!(p.iter().all(|p| p.format == PromptFormat::IfBench));
    assert_eq!(p[0].id, "0");
    assert!(p[0].user.contains("kaleidoscope"));
}

#[test]
fn alpaca_json_array_and_jsonl_read_the_same() {
    let array = read_prompts(&repo("benchmarks/prompts/alpaca_sample.json")).unwrap();
    assert_eq!(array.len(), 8);
    let values: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(repo("benchmarks/prompts/alpaca_sample.json")).unwrap(),
    )
    .unwrap();
    let jsonl: String = values.iter().map(|v| format!("{v}\n")).collect();
    let lines = parse_prompts(&jsonl, "alpaca.jsonl").unwrap();
    assert_eq!(array, lines);
    assert_eq!(
        array[1].user,
        "Translate the sentence into French.\n\nThe weather is nice today."
    );
    assert!(array[1]
        .plain
        .ends_with("### Input:\nThe weather is nice today.\n\n### Response:\n"));
    assert_eq!(array[6].reference.as_deref(), Some("37 degrees Celsius."));
}

#[test]
fn malformed_lines_name_file_and_line() {
    let cases = [
        (
            "{\"turns\": [\"hi\"]}\n{not json}\n",
            "p.jsonl: line 2: not valid JSON",
        ),
        (
            "{\"turns\": [\"hi\"]}\n\n{\"turns\": []}\n",
            "p.jsonl: line 3",
        ),
        ("{\"question\": \"x\"}\n", "p.jsonl: line 1"),
        ("{\"instruction\": 5}\n", "\"instruction\" must be a string"),
        ("\n\n", "no prompts"),
    ];
    for (text, want) in cases {
        let err = format!("{:#}", parse_prompts(text, "p.jsonl").unwrap_err());
        assert!(err.contains(want), "{text:?}: {err}");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.jsonl");
    std::fs::write(&path, "{\"prompt\": \"a\"}\n[1, 2\n").unwrap();
    let err = format!("{:#}", read_prompts(&path).unwrap_err());
    assert!(err.contains("broken.jsonl: line 2"), "{err}");
}

#[test]
fn percentiles_match_hand_computed_values() {
    // 20 latencies 10, 20, …, 200: rank p/100·19 interpolated between neighbours.
    let v: Vec<f64> = (1..=20).rev().map(|i| i as f64 * 10.0).collect();
    assert_eq!(percentile(&v, 50.0), Some(105.0)); // rank 9.5 → (100 + 110) / 2
    assert!((percentile(&v, 95.0).unwrap() - 190.5).abs() < 1e-9); // rank 18.05
    assert!((percentile(&v, 99.0).unwrap() - 198.1).abs() < 1e-9); // rank 18.81
    let s = Stats::of(&v).unwrap();
    assert_eq!((s.n, s.mean, s.min, s.max), (20, 105.0, 10.0, 200.0));
    assert!(Stats::of(&[]).is_none());
}

fn tiny_args(dir: &Path, prompts: &Path) -> BenchArgs {
    BenchArgs {
        model: Some(repo("tests/fixtures/models/llama_tied_odd")),
        synthetic: None,
        synthetic_layers: None,
        prompts: prompts.to_path_buf(),
        num_samples: 3,
        max_new_tokens: 6,
        configs: vec!["no-cache".into(), "f32".into(), "int8".into()],
        device: DeviceKind::Cpu,
        plugin: None,
        out: dir.join("results/bench.json"),
        python: None,
        torch_model: None,
        torch_dtype: None,
        no_chat: false,
        // The fixture model has no tokenizer.
        byte_ids: true,
        bandwidth_mib: 16,
        no_plots: false,
        seed: 0,
        decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
        devices: 1,
    }
}

#[test]
fn end_to_end_bench_on_a_tiny_model_writes_json_table_and_plots() {
    let dir = tempfile::tempdir().unwrap();
    let prompts = dir.path().join("prompts.jsonl");
    std::fs::write(
        &prompts,
        "{\"question_id\": 1, \"turns\": [\"Hi there\"]}\n\
         {\"question_id\": 2, \"turns\": [\"Count: 1 2 3 4 5 6\"]}\n\
         {\"question_id\": 3, \"turns\": [\"Why?\"]}\n",
    )
    .unwrap();
    let args = tiny_args(dir.path(), &prompts);
    let report = run_bench(&args).unwrap();
    write_outputs(&report, &args.out, true).unwrap();

    let text = std::fs::read_to_string(&args.out).unwrap();
    let back: BenchReport = serde_json::from_str(&text).unwrap();
    assert_eq!(back.schema, "xlagen-bench/1");
    let names: Vec<&str> = back.configs.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["no-cache", "f32", "int8"]);
    let (no_cache, f32, int8) = (&back.configs[0], &back.configs[1], &back.configs[2]);
    for c in [no_cache, f32, int8] {
        assert!(c.skipped.is_none());
        assert_eq!(c.samples.len(), 3);
        let s = c.summary.as_ref().unwrap();
        assert!(s.latency_ms.p50 > 0.0 && s.ttft_ms.p99 >= s.ttft_ms.p50);
        assert!(s.decode_tok_s.unwrap() > 0.0);
        assert!(c.resources.compile_ms.unwrap() > 0.0);
        assert!(c.resources.warm_start_ms.unwrap() > 0.0);
        assert!(c.resources.peak_rss_bytes.unwrap() > 0);
        assert!(c.roofline.as_ref().unwrap().percent_of_bound.unwrap() > 0.0);
        // Prompts are byte ids (--byte-ids): 8 bytes for "Hi there".
        assert_eq!(c.samples[0].prompt_tokens, 8);
        assert!(c.samples.iter().all(|s| s.generated_tokens <= 6));
    }
    // No cache recomputes the same greedy tokens: quality against f32 is perfect.
    let q = no_cache.quality.as_ref().unwrap();
    assert_eq!((q.rouge_l, q.exact_match), (1.0, 1.0));
    assert_eq!(q.top1_agreement, Some(1.0));
    for (a, b) in no_cache.samples.iter().zip(&f32.samples) {
        assert_eq!(a.output_ids, b.output_ids);
    }
    // INT8 is measured against the same f32 outputs, with a quarter of the weight bytes.
    let q8 = int8.quality.as_ref().unwrap();
    assert!((0.0..=1.0).contains(&q8.rouge_l), "{}", q8.rouge_l);
    let bytes = |c: &xlagen::bench::report::ConfigResult| c.resources.weights_device_bytes.unwrap();
    assert!(
        bytes(int8) * 100 < bytes(f32) * 30,
        "{} vs {}",
        bytes(int8),
        bytes(f32)
    );
    let bw = back.bandwidth.as_ref().unwrap();
    assert!(bw.xla_read_gb_per_s > 0.0 && bw.native_read_gb_per_s > 0.0);
    assert_eq!(
        bw.read_gb_per_s,
        bw.xla_read_gb_per_s.max(bw.native_read_gb_per_s)
    );

    let results = args.out.parent().unwrap();
    let table = std::fs::read_to_string(results.join("README-table.md")).unwrap();
    assert!(
        table.lines().count() == 5 && table.contains("| no-cache |") && table.contains("| int8 |"),
        "{table}"
    );
    for plot in [
        "tok_s",
        "memory",
        "roofline",
        "latency_cdf",
        "rouge_by_length",
    ] {
        let png = std::fs::read(results.join(format!("plots/{plot}.png"))).unwrap();
        assert_eq!(&png[..4], b"\x89PNG", "{plot}");
    }
}

#[test]
fn text_prompts_on_a_checkpoint_without_tokenizer_stop_unless_byte_ids_are_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = tiny_args(dir.path(), &repo("benchmarks/prompts/alpaca_sample.json"));
    args.byte_ids = false;
    let err = format!("{:#}", run_bench(&args).unwrap_err());
    assert!(
        err.contains("llama_tied_odd has no tokenizer") && err.contains("--byte-ids"),
        "{err}"
    );
    assert!(!args.out.exists(), "nothing is written");
}

#[test]
fn unknown_configs_fail_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = tiny_args(dir.path(), &repo("benchmarks/prompts/alpaca_sample.json"));
    args.configs = vec!["fp4".into()];
    let err = format!("{:#}", run_bench(&args).unwrap_err());
    assert!(err.contains("unknown bench config \"fp4\""), "{err}");
}

fn notebook() -> serde_json::Value {
    let text = std::fs::read_to_string(repo("benchmarks/colab_tpu.ipynb")).unwrap();
    serde_json::from_str(&text).expect("the notebook is JSON")
}

/// The `!`-commands of the notebook's code cells, one per line.
fn notebook_commands(nb: &serde_json::Value) -> Vec<String> {
    nb["cells"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["cell_type"] == "code")
        .flat_map(|c| {
            let source: String = c["source"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap())
                .collect();
            source
                .lines()
                .filter_map(|l| l.strip_prefix('!').map(str::to_string))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn colab_notebook_is_a_valid_tpu_notebook() {
    let nb = notebook();
    assert_eq!(nb["nbformat"], 4);
    assert!(nb["nbformat_minor"].as_u64().unwrap() >= 4);
    assert_eq!(nb["metadata"]["accelerator"], "TPU");
    assert_eq!(nb["metadata"]["kernelspec"]["name"], "python3");
    let mut ids = std::collections::HashSet::new();
    for cell in nb["cells"].as_array().unwrap() {
        let kind = cell["cell_type"].as_str().unwrap();
        assert!(matches!(kind, "markdown" | "code"), "{kind}");
        assert!(ids.insert(cell["id"].as_str().unwrap().to_string()));
        assert!(cell["source"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l.is_string()));
        if kind == "code" {
            assert!(cell["execution_count"].is_null());
            assert_eq!(cell["outputs"], serde_json::json!([]));
        }
    }
    let commands = notebook_commands(&nb).join("\n");
    for step in [
        "sh.rustup.rs",
        "cargo build --release",
        "pip install -q libtpu",
        "mistralai/Mistral-7B-v0.1",
        "alpaca_data.json",
        "xlagen bench --device tpu",
    ] {
        assert!(commands.contains(step), "the notebook lacks {step:?}");
    }
}

#[test]
fn colab_notebook_bench_command_runs_on_cpu_with_device_and_model_swapped() {
    use clap::Parser;
    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: BenchArgs,
    }
    let commands = notebook_commands(&notebook());
    let line = commands
        .iter()
        .find(|c| c.contains("xlagen bench"))
        .expect("a bench command");
    // The notebook's Mistral-7B, shrunk: random weights, but Mistral-7B's own tokenizer files,
    // so the prompts take the path the real run's take.
    let dir = tempfile::tempdir().unwrap();
    let model = common::tiny_mistral_with_real_tokenizer(dir.path());
    let words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
    assert_eq!(words[1], "bench");
    // Swap what only Colab has: the device, the model and the Alpaca file (same format).
    let mut argv = vec!["xlagen".to_string()];
    let mut it = words[2..].iter();
    while let Some(flag) = it.next() {
        argv.push(flag.clone());
        if flag.starts_with("--") && !flag.contains('=') {
            let value = it.next().expect("every notebook flag has a value").clone();
            argv.push(match flag.as_str() {
                "--device" => "cpu".into(),
                "--model" => model.display().to_string(),
                "--prompts" => repo("benchmarks/prompts/alpaca_sample.json")
                    .display()
                    .to_string(),
                "--out" => dir.path().join(&value).display().to_string(),
                _ => value,
            });
        }
    }
    let mut args = Cli::try_parse_from(&argv)
        .expect("the notebook's flags parse")
        .args;
    assert_eq!(args.configs, ["bf16", "int8"]);
    assert_eq!((args.num_samples, args.max_new_tokens), (1000, 128));
    args.bandwidth_mib = 16;
    let report = run_bench(&args).unwrap();
    write_outputs(&report, &args.out, true).unwrap();
    let c = &report.configs[0];
    assert_eq!((c.name.as_str(), c.dtype.as_str()), ("bf16", "bf16"));
    assert_eq!(c.samples.len(), 8, "all of the sample file's prompts");
    // Text prompts through Mistral's tokenizer (BOS, SentencePiece pieces), not byte ids.
    let tokenizer = xlagen::tokenizer::for_checkpoint(&model).unwrap().unwrap();
    let prompts = read_prompts(&repo("benchmarks/prompts/alpaca_sample.json")).unwrap();
    let want = tokenizer.encode(&prompts[0].plain, true).unwrap();
    assert_eq!(want[0], 1);
    assert_eq!(c.samples[0].prompt_tokens, want.len());
    assert!(want.len() < prompts[0].plain.len() / 2);
    assert!(args.out.parent().unwrap().join("plots/tok_s.png").is_file());
}
