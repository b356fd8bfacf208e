//! Prints the INT8 report for one checkpoint: decode tok/s (f32 vs INT8, same prompt, same
//! run), weight bytes on the device, peak RSS of loading each way (each in a fresh child
//! process, from /proc/self/status VmHWM), and quality on held-out text.
//!
//! cargo run --release --example int8_report -- <f32 checkpoint dir> <ids.json> [int8 dir]
//!
//! `ids.json` comes from benchmarks/int8_data.py. With `int8 dir`, an INT8 checkpoint is
//! written there first (`quantize_checkpoint_as`, in the first mode) and its load is measured
//! too. The KV cache is 512 positions unless `INT8_MAX_SEQ` says otherwise (decode time on CPU
//! grows with it). `INT8_MODES` lists the INT8 modes to compare against f32, comma-separated
//! (default `int8`; e.g. `int8,int8-g128,int8-g64`). `INT8_WINDOWS` and `INT8_PROMPTS` cap how
//! many held-out windows and ROUGE prompts of `ids.json` are used.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};
use xlagen::bench::metrics::peak_rss_bytes;
use xlagen::bench::quant_report::{compare_quant, QuantEval};
use xlagen::dtype::DType;
use xlagen::engine::{Engine, EngineOptions};
use xlagen::model::quant::{quantize_checkpoint_as, Quant};
use xlagen::model::WeightStore;
use xlagen::runtime::{Client, ClientOptions, DeviceKind, Plugin};

fn options(quant: Quant) -> EngineOptions {
    EngineOptions {
        dtype: DType::F32,
        max_seq: std::env::var("INT8_MAX_SEQ")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(512),
        buckets: vec![32, 64, 128],
        compile_cache: None,
        decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
        quant,
        kv_dtype: None,
    }
}

fn client() -> Result<Client> {
    let plugin = Plugin::for_device(None, DeviceKind::Cpu)?;
    Ok(Client::new(&plugin, &ClientOptions::default())?)
}

/// Child mode: load `dir` with `quant`, print weight bytes and peak RSS, exit.
fn measure_load(dir: &str, quant: &str) -> Result<()> {
    let quant: Quant = quant.parse().map_err(anyhow::Error::msg)?;
    let before = peak_rss_bytes().unwrap_or(0) / 1024;
    let client = client()?;
    let store = WeightStore::open(Path::new(dir))?;
    let e = Engine::new(client, &store, options(quant))?;
    println!(
        "load {dir} quant={quant}: weights on device {:.1} MiB, peak RSS {:.1} MiB (process start {:.1} MiB)",
        e.weights_device_bytes() as f64 / 1048576.0,
        peak_rss_bytes().unwrap_or(0) as f64 / (1024.0 * 1024.0),
        before as f64 / 1024.0
    );
    Ok(())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--measure-load") {
        return measure_load(&args[2], &args[3]);
    }
    let (model, ids) = (
        args.get(1)
            .context("usage: int8_report <f32 dir> <ids.json> [int8 dir]")?,
        args.get(2)
            .context("usage: int8_report <f32 dir> <ids.json> [int8 dir]")?,
    );
    let store = WeightStore::open(Path::new(model))?;
    let modes: Vec<Quant> = std::env::var("INT8_MODES")
        .unwrap_or_else(|_| "int8".into())
        .split(',')
        .map(|m| m.trim().parse().map_err(anyhow::Error::msg))
        .collect::<Result<_>>()?;
    let env_cap = |name: &str| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
    };
    let mut loads = vec![(model.clone(), "none".to_string())];
    loads.extend(modes.iter().map(|q| (model.clone(), q.to_string())));
    if let Some(out) = args.get(3) {
        quantize_checkpoint_as(&store, Path::new(out), modes[0])?;
        loads.push((out.clone(), modes[0].to_string()));
    }
    let exe = std::env::current_exe()?;
    for (dir, quant) in &loads {
        let out = Command::new(&exe)
            .args(["--measure-load", dir, quant.as_str()])
            .output()?;
        print!("{}", String::from_utf8_lossy(&out.stdout));
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
    }

    let data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(ids)?)?;
    let list = |v: &serde_json::Value| -> Vec<Vec<u32>> {
        v.as_array()
            .into_iter()
            .flatten()
            .map(|w| {
                w.as_array()
                    .into_iter()
                    .flatten()
                    .map(|t| t.as_u64().unwrap_or(0) as u32)
                    .collect()
            })
            .collect()
    };
    let mut prompts = list(&data["prompts"]);
    let mut heldout = list(&data["heldout"]);
    prompts.truncate(env_cap("INT8_PROMPTS").unwrap_or(usize::MAX));
    heldout.truncate(env_cap("INT8_WINDOWS").unwrap_or(usize::MAX));
    let eval = QuantEval {
        speed_prompt: prompts.first().context("no prompts in ids.json")?.clone(),
        speed_tokens: 128,
        heldout,
        prompts,
        rouge_tokens: 64,
    };
    let reports = compare_quant(&client()?, &store, &options(Quant::None), &eval, &modes)?;
    for r in &reports {
        let q = &r.quant;
        println!("== {q}");
        println!(
            "decode tok/s: f32 {:.1}, {q} {:.1} ({}) -> {:.2}x",
            r.f32_decode_tok_s,
            r.int8_decode_tok_s,
            r.int8_lowering,
            r.speedup()
        );
        println!(
            "weights on device: f32 {} B, {q} {} B -> {:.3}x",
            r.f32_weight_bytes,
            r.int8_weight_bytes,
            r.bytes_ratio()
        );
        println!(
            "teacher-forced top-1 agreement: {}/{} = {:.2}%",
            r.top1_agree,
            r.positions,
            100.0 * r.top1_agreement()
        );
        println!(
            "perplexity: f32 {:.4}, {q} {:.4} -> change {:+.3}%",
            r.f32_perplexity,
            r.int8_perplexity,
            100.0 * r.perplexity_change()
        );
        println!(
            "ROUGE-L (token ids, {q} vs f32, {} prompts x {} tokens): {:.4}",
            eval.prompts.len(),
            eval.rouge_tokens,
            r.rouge_l
        );
        println!("json: {}", serde_json::to_string(r)?);
    }
    Ok(())
}
