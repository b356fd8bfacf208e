//! The `xlagen` command line: `generate`, `logits`, `compile`, `quantize`, `bench`, `serve`. Defaults come from config.yaml
//! (built in, or ./config.yaml, or --config); flags override them.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use serde::Deserialize;

use xlagen::bench::metrics::Phases;
use xlagen::dtype::DType;
use xlagen::engine::programs::ahead_of_time_specs;
use xlagen::engine::tensor_parallel::check_divides;
use xlagen::engine::{Engine, EngineOptions, Flow, GenerateParams, StopReason};
use xlagen::flags::TokenIds;
use xlagen::model::quant::{quantize_checkpoint_as, Quant};
use xlagen::model::{default_model, WeightStore};
use xlagen::runtime::{discover_plugin, Client, ClientOptions, CompileCache, DeviceKind, Plugin};
use xlagen::tokenizer::{self, ChatMessage, Tokenizer};

const BUILT_IN_CONFIG: &str = include_str!("../config.yaml");

#[derive(Parser)]
#[command(
    name = "xlagen",
    version,
    about = "LLM inference compiled to XLA through PJRT plugins"
)]
struct Cli {
    /// A config.yaml with defaults (else ./config.yaml if present, else the built-in one).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate text from a prompt, streamed as it is decoded.
    Generate(GenerateArgs),
    /// Write the logits of every prompt position (one full forward) as a .npy file.
    Logits(LogitsArgs),
    /// Trace and compile every executable ahead of time into the compile cache.
    Compile(CompileArgs),
    /// Write an INT8 checkpoint (safetensors + config.json) that loads directly.
    Quantize(QuantizeArgs),
    /// Print the token ids of a text, as llama.cpp's llama-tokenize (only the tokenizer is
    /// loaded: a vocabulary-only GGUF or a checkpoint dir without weights will do).
    Tokenize(TokenizeArgs),
    /// Benchmark configs side by side (PyTorch, no-cache, f32, bf16, int8): speed, memory,
    /// quality; writes JSON, a markdown table and plots.
    Bench(xlagen::bench::BenchArgs),
    /// Serve the model over HTTP with OpenAI's API (continuous batching).
    Serve(ServeArgs),
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    model: ModelArgs,
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Sequences decoded together (slots of the KV cache, fixed at start).
    #[arg(long, default_value_t = 8)]
    max_batch: usize,
    /// Requests that may wait for a slot; more get 503.
    #[arg(long, default_value_t = 64)]
    max_queue: usize,
}

#[derive(Args)]
struct QuantizeArgs {
    /// An HF checkpoint dir, a .gguf file, or `default`.
    #[arg(long)]
    model: Option<String>,
    /// Output directory.
    #[arg(long)]
    out: PathBuf,
    /// int8 (a scale per output channel) or int8-gN (a scale per group of N inputs).
    #[arg(long, default_value = "int8")]
    quant: String,
}

/// Settings shared by every command that loads a model.
#[derive(Args)]
struct ModelArgs {
    /// An HF checkpoint dir, a .gguf file, or `default` (SmolLM2-135M-Instruct).
    #[arg(long)]
    model: Option<String>,
    /// cpu | cuda | tpu
    #[arg(long)]
    device: Option<String>,
    /// A PJRT plugin .so to use instead of discovering one.
    #[arg(long)]
    plugin: Option<PathBuf>,
    /// f32 | bf16
    #[arg(long)]
    dtype: Option<String>,
    /// none | int8 | int8-gN (INT8 weights with a scale per output channel, or per group of N
    /// inputs, dequantized inside the executable).
    #[arg(long)]
    quant: Option<String>,
    /// KV cache length in positions.
    #[arg(long)]
    max_seq: Option<i64>,
    /// The KV cache's dtype: f32 | bf16 | f16 (default: the model dtype). A half cache halves
    /// its memory and what attention reads per token; attention still computes in f32.
    #[arg(long)]
    kv_dtype: Option<String>,
    /// Prompt-length buckets, e.g. 16,32,64.
    #[arg(long, value_delimiter = ',')]
    buckets: Option<Vec<i64>>,
    /// Decode steps per executable call: tokens are read back and streamed, and new requests
    /// admitted, once per this many.
    #[arg(long, default_value_t = xlagen::engine::DEFAULT_DECODE_STEPS)]
    decode_steps: i64,
    /// Devices to split the model over (tensor parallelism). It must divide the model's KV
    /// heads, query heads and feed-forward width.
    #[arg(long, default_value_t = 1)]
    devices: usize,
}

#[derive(Args)]
struct GenerateArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// The prompt text.
    #[arg(
        long,
        conflicts_with = "prompt_ids",
        required_unless_present = "prompt_ids"
    )]
    prompt: Option<String>,
    /// Wrap the prompt in the model's chat template as one user message.
    #[arg(long, requires = "prompt")]
    chat: bool,
    /// Token ids instead of text, e.g. 1,2,3 (no tokenizer needed).
    #[arg(long)]
    prompt_ids: Option<TokenIds>,
    #[arg(long)]
    max_new_tokens: Option<usize>,
    /// 0 = greedy.
    #[arg(long)]
    temperature: Option<f32>,
    /// 0 = off.
    #[arg(long)]
    top_k: Option<u32>,
    /// 1 = off.
    #[arg(long)]
    top_p: Option<f32>,
    #[arg(long)]
    seed: Option<u64>,
    /// Stop when the generated text contains this string (repeatable).
    #[arg(long)]
    stop: Vec<String>,
    /// text | json (json: one object on the last line, with ids, text and timings).
    #[arg(long)]
    format: Option<String>,
}

#[derive(Args)]
struct TokenizeArgs {
    /// An HF checkpoint dir, a .gguf file, or `default` (SmolLM2-135M-Instruct).
    #[arg(long)]
    model: Option<String>,
    /// The text to tokenize.
    #[arg(long, conflicts_with = "file", required_unless_present = "file")]
    text: Option<String>,
    /// A file whose whole contents are tokenized.
    #[arg(long)]
    file: Option<PathBuf>,
    /// Add the vocabulary's BOS/EOS and turn special-token texts (`<|im_end|>`) into their ids,
    /// as `generate` does; without it, text is tokenized as plain text with nothing added.
    #[arg(long)]
    special: bool,
    /// text (`[id, id, ...]`) | json (ids, vocabulary tokens and decoded pieces).
    #[arg(long, default_value = "text")]
    format: String,
}

#[derive(Args)]
struct LogitsArgs {
    #[command(flatten)]
    model: ModelArgs,
    #[arg(long, required = true)]
    prompt_ids: TokenIds,
    /// Output .npy file: f32 [positions, vocab].
    #[arg(long)]
    out: PathBuf,
}

#[derive(Args)]
struct CompileArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Batch size of the executables (`generate` runs batch 1; `Engine::generate_batch` more).
    #[arg(long, default_value_t = 1)]
    batch: i64,
    /// Also write each executable's StableHLO here as <name>.mlir.
    #[arg(long)]
    graphs_dir: Option<PathBuf>,
}

/// config.yaml: every key a command reads, with the built-in file supplying all of them.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Settings {
    model: String,
    device: String,
    dtype: String,
    quant: String,
    max_new_tokens: usize,
    temperature: f32,
    top_k: u32,
    top_p: f32,
    seed: u64,
    max_seq: i64,
    buckets: Vec<i64>,
    format: String,
}

fn load_settings(explicit: Option<&Path>) -> Result<Settings> {
    let built_in: Settings =
        serde_yaml::from_str(BUILT_IN_CONFIG).expect("the built-in config.yaml parses");
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => Some(PathBuf::from("config.yaml")).filter(|p| p.is_file()),
    };
    let Some(path) = path else {
        return Ok(built_in);
    };
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    // Keys missing from a user's file fall back to the built-in values.
    let mut merged: serde_yaml::Value = serde_yaml::from_str(BUILT_IN_CONFIG)?;
    let user: serde_yaml::Value = serde_yaml::from_str(&text)
        .with_context(|| format!("{} is not valid YAML", path.display()))?;
    if let (Some(base), Some(over)) = (merged.as_mapping_mut(), user.as_mapping()) {
        for (k, v) in over {
            base.insert(k.clone(), v.clone());
        }
    } else if !user.is_null() {
        bail!(
            "{}: expected a mapping of settings at the top level",
            path.display()
        );
    }
    serde_yaml::from_value(merged).with_context(|| format!("{}: invalid setting", path.display()))
}

/// A loaded model: weights and where they came from. Its tokenizer is loaded apart, only by
/// the commands that take text.
struct LoadedModel {
    store: WeightStore,
    path: PathBuf,
}

/// The path `--model` names (`default`: the default model, fetched on first use).
fn model_path(spec: &str) -> Result<PathBuf> {
    let path = if spec == "default" {
        default_model::ensure()?
    } else {
        PathBuf::from(spec)
    };
    if !path.exists() {
        bail!(
            "model {} does not exist (expected an HF checkpoint dir, a .gguf file, or `default`)",
            path.display()
        );
    }
    Ok(path)
}

fn open_model(spec: &str) -> Result<LoadedModel> {
    let path = model_path(spec)?;
    let store = WeightStore::open(&path)?;
    Ok(LoadedModel { store, path })
}

/// The checkpoint's tokenizer, from the GGUF file already opened for its weights if it is one.
fn tokenizer_of(model: &LoadedModel) -> Result<Option<Tokenizer>> {
    match model.store.gguf() {
        Some(gguf) => tokenizer::for_gguf(gguf),
        None => tokenizer::for_checkpoint(&model.path),
    }
}

/// The tokenizer of a checkpoint, which must have one.
fn require_tokenizer(path: &Path, instead: &str) -> Result<Tokenizer> {
    require(tokenizer::for_checkpoint(path), path, instead)
}

/// A tokenizer that was looked for in `path`, which must have one.
fn require(found: Result<Option<Tokenizer>>, path: &Path, instead: &str) -> Result<Tokenizer> {
    found?.with_context(|| {
        format!(
            "{} has no tokenizer (tokenizer.json, tokenizer.model or GGUF tokenizer.ggml.* \
             metadata); {instead}",
            path.display()
        )
    })
}

/// The KV cache length: `--max-seq`, else config.yaml's, capped by the model's context.
fn resolve_max_seq(model: &LoadedModel, args: &ModelArgs, settings: &Settings) -> Result<i64> {
    let context = model.store.config().max_position_embeddings as i64;
    let max_seq = args.max_seq.unwrap_or(settings.max_seq.min(context));
    if max_seq < 2 {
        bail!("--max-seq {max_seq} is too small: expected at least 2 cache positions");
    }
    if max_seq > context {
        bail!("--max-seq {max_seq} is longer than the model's max_position_embeddings {context}");
    }
    Ok(max_seq)
}

/// The engine for `model` with the flags applied.
fn engine_for(model: &LoadedModel, args: &ModelArgs, settings: &Settings) -> Result<Engine> {
    Ok(engine_preparing(model, args, settings, &mut Phases::start(), |_| Ok(()))?.0)
}

/// Checks that the prompt's ids are in the vocabulary and that it fits with its new tokens.
fn check_prompt(ids: &[u32], params: &GenerateParams, vocab: usize, max_seq: i64) -> Result<()> {
    if let Some(bad) = ids.iter().find(|&&id| id as usize >= vocab) {
        bail!("prompt token id {bad} is out of range for a vocabulary of {vocab}");
    }
    check_fit(ids.len(), params.max_new_tokens, max_seq)
}

/// Checks that a prompt of `prompt` tokens and `new` new ones fit `max_seq` cache positions
/// (the engine checks again with the prompt padded to its bucket).
fn check_fit(prompt: usize, new: usize, max_seq: i64) -> Result<()> {
    let fits = prompt
        .checked_add(new)
        .is_some_and(|needed| needed as u64 <= max_seq as u64);
    if !fits {
        bail!(
            "the prompt ({prompt} tokens) plus --max-new-tokens {new} needs {} cache \
             positions, but --max-seq is {max_seq}",
            prompt as u128 + new as u128
        );
    }
    Ok(())
}

/// As `engine_for`, with `prepare` (which compiles or loads executables) run before the weights
/// upload (`Engine::new_preparing`).
fn engine_preparing<R>(
    model: &LoadedModel,
    args: &ModelArgs,
    settings: &Settings,
    phases: &mut Phases,
    prepare: impl FnOnce(&mut Engine) -> Result<R>,
) -> Result<(Engine, R)> {
    // Before the plugin loads: a split the model's heads do not allow is refused at once.
    check_divides(model.store.config(), args.devices)
        .with_context(|| format!("splitting {}", model.path.display()))?;
    let (client, opts) = client_and_options(model, args, settings, phases)?;
    let loaded = Engine::new_preparing(client, &model.store, opts, args.devices, prepare)
        .with_context(|| format!("loading {}", model.path.display()))?;
    phases.lap("weights_and_executables");
    Ok(loaded)
}

/// The client (with `--devices` devices where the plugin makes them on request: CPU) and the
/// engine options the flags say.
fn client_and_options(
    model: &LoadedModel,
    args: &ModelArgs,
    settings: &Settings,
    phases: &mut Phases,
) -> Result<(Client, EngineOptions)> {
    let device_name = args.device.clone().unwrap_or(settings.device.clone());
    let device: DeviceKind = device_name
        .parse()
        .map_err(|e| anyhow::anyhow!("--device {device_name:?}: {e}"))?;
    let dtype_name = args.dtype.clone().unwrap_or(settings.dtype.clone());
    let dtype = match DType::parse(&dtype_name) {
        Some(d @ (DType::F32 | DType::BF16)) => d,
        _ => bail!("--dtype {dtype_name:?} is not supported: expected f32 or bf16"),
    };
    let kv_dtype = match args.kv_dtype.as_deref().map(|n| (n, DType::parse(n))) {
        None => None,
        Some((_, Some(d @ (DType::F32 | DType::BF16 | DType::F16)))) => Some(d),
        Some((name, _)) => {
            bail!("--kv-dtype {name:?} is not supported: expected f32, bf16 or f16")
        }
    };
    // Defaults adapt to small models; values given explicitly are checked as they are.
    let max_seq = resolve_max_seq(model, args, settings)?;
    let plugin_path = discover_plugin(args.plugin.as_deref(), device)?;
    phases.lap("plugin_check");
    let plugin = Plugin::load(&plugin_path)?;
    let mut client_options = ClientOptions::for_device(device);
    if device == DeviceKind::Cpu && args.devices > 1 {
        client_options = client_options.with("cpu_device_count", args.devices as i64);
    }
    let client = Client::new(&plugin, &client_options)?;
    phases.lap("plugin_load");
    let buckets = match &args.buckets {
        Some(b) => b.clone(),
        None => settings
            .buckets
            .iter()
            .copied()
            .filter(|&b| b <= max_seq)
            .collect(),
    };
    let quant_name = args.quant.clone().unwrap_or(settings.quant.clone());
    let quant: Quant = quant_name
        .parse()
        .map_err(|e| anyhow::anyhow!("--quant {quant_name:?}: {e}"))?;
    let opts = EngineOptions {
        dtype,
        quant,
        max_seq,
        buckets,
        compile_cache: Some(CompileCache::default_location()),
        decode_steps: args.decode_steps,
        kv_dtype,
    };
    Ok((client, opts))
}

/// Peak resident memory of this process, in MiB.
fn peak_rss_mb() -> f64 {
    xlagen::bench::metrics::peak_rss_bytes().map_or(0.0, |b| b as f64 / (1024.0 * 1024.0))
}

fn progress(msg: &str) {
    if std::io::stderr().is_terminal() {
        eprintln!("xlagen: {msg}");
    }
}

/// The tokenizer and the prompt's ids. `--prompt-ids` needs no tokenizer: one that cannot be
/// built only means the output is shown as ids (said once on stderr), never that the run stops.
fn tokenize_prompt(
    args: &GenerateArgs,
    model: &LoadedModel,
) -> Result<(Option<Tokenizer>, Vec<u32>)> {
    match (&args.prompt_ids, &args.prompt) {
        (Some(ids), _) => {
            let tokenizer = tokenizer_of(model).unwrap_or_else(|e| {
                eprintln!("xlagen: warning: {e:#}; printing ids only, no text");
                None
            });
            Ok((tokenizer, ids.0.clone()))
        }
        (None, Some(text)) => {
            let tok = require(
                tokenizer_of(model),
                &model.path,
                "pass --prompt-ids instead",
            )?;
            let ids = if args.chat {
                tok.encode(
                    &tok.apply_chat_template(&[ChatMessage::new("user", text.as_str())])?,
                    false,
                )?
            } else {
                tok.encode(text, true)?
            };
            Ok((Some(tok), ids))
        }
        (None, None) => bail!("give --prompt or --prompt-ids"),
    }
}

fn ms_since(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn generate(args: &GenerateArgs, settings: &Settings) -> Result<()> {
    let format = args.format.clone().unwrap_or(settings.format.clone());
    if format != "text" && format != "json" {
        bail!("--format {format:?} is not supported: expected text or json");
    }
    let params = GenerateParams {
        max_new_tokens: args.max_new_tokens.unwrap_or(settings.max_new_tokens),
        temperature: args.temperature.unwrap_or(settings.temperature),
        top_k: args.top_k.unwrap_or(settings.top_k),
        top_p: args.top_p.unwrap_or(settings.top_p),
        seed: args.seed.unwrap_or(settings.seed),
        stop_ids: Vec::new(),
    };
    params.validate()?;
    if args.stop.iter().any(|s| s.is_empty()) {
        bail!("--stop must not be empty");
    }

    let mut phases = Phases::start();
    let model = open_model(&args.model.model.clone().unwrap_or(settings.model.clone()))?;
    phases.lap("model_open");
    // The tokenizer (then the prompt's ids) on one thread; on this one the plugin, then, once
    // both the client and the prompt length are known, the executables, then the weights
    // (`Engine::new_preparing`).
    let (mut engine, (tokenizer, prompt_ids, tokenizer_ms)) = std::thread::scope(|scope| {
        let mut tokenizing = Some(scope.spawn(|| {
            let t = Instant::now();
            tokenize_prompt(args, &model).map(|(tok, ids)| (tok, ids, ms_since(t)))
        }));
        let join = |handle: std::thread::ScopedJoinHandle<'_, _>| {
            handle
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e))
        };
        progress("uploading weights");
        let loaded = engine_preparing(&model, &args.model, settings, &mut phases, |engine| {
            progress("compiling (cached after the first run)");
            // The decode step does not depend on the prompt: loaded while it is tokenized.
            engine.prepare_step(&engine.decode_spec(1, 1, params.sampling(), false))?;
            let tokenized = join(tokenizing.take().expect("joined once"))?;
            let (vocab, max_seq) = (engine.config().vocab_size, engine.options().max_seq);
            check_prompt(&tokenized.1, &params, vocab, max_seq)?;
            engine.prepare(tokenized.1.len().max(1), params.sampling(), false)?;
            Ok(tokenized)
        });
        // A prompt that cannot be tokenized is reported before an engine that failed to load,
        // as when the two ran one after the other.
        match (loaded, tokenizing) {
            (Err(e), Some(handle)) => join(handle).and(Err(e)),
            (loaded, _) => loaded,
        }
    })?;
    let load_ms = phases.ms_of(&[
        "model_open",
        "plugin_check",
        "plugin_load",
        "weights_and_executables",
    ]);
    let compile_ms = engine.compile_ms;

    let mut stop_ids = engine.config().eos_token_id.clone();
    if let Some(t) = &tokenizer {
        stop_ids.extend_from_slice(t.eos_ids());
    }
    let params = GenerateParams { stop_ids, ..params };
    let mut first_token = true;

    // Stream text, holding back just enough to never print the start of a stop string.
    let hold = args.stop.iter().map(|s| s.len()).max().unwrap_or(1) - 1;
    let mut decoder = tokenizer.as_ref().map(|t| t.stream_decoder(true));
    let mut text = String::new();
    let mut printed = 0;
    let mut stopped_by_string = false;
    let stream = format == "text";
    let mut out = std::io::stdout().lock();
    let mut decode_error = None;
    let generation = engine.generate(&prompt_ids, &params, None, |id| {
        if std::mem::take(&mut first_token) {
            phases.lap("first_token");
        }
        let Some(d) = decoder.as_mut() else {
            return Flow::Continue;
        };
        match d.push(id) {
            Ok(Some(piece)) => text.push_str(&piece),
            Ok(None) => {}
            Err(e) => {
                decode_error = Some(e);
                return Flow::Stop;
            }
        }
        if let Some(at) = args.stop.iter().filter_map(|s| text.find(s.as_str())).min() {
            text.truncate(at);
            stopped_by_string = true;
        }
        if stream {
            let mut safe = if stopped_by_string {
                text.len()
            } else {
                text.len().saturating_sub(hold)
            };
            while !text.is_char_boundary(safe) {
                safe -= 1;
            }
            if safe > printed {
                let _ = out.write_all(&text.as_bytes()[printed..safe]);
                let _ = out.flush();
                printed = safe;
            }
        }
        if stopped_by_string {
            Flow::Stop
        } else {
            Flow::Continue
        }
    })?;
    if let Some(e) = decode_error {
        return Err(e.into());
    }
    if let Some(d) = decoder.as_mut() {
        if !stopped_by_string {
            if let Some(rest) = d.finish() {
                text.push_str(&rest);
            }
        }
    }
    let rss = peak_rss_mb();
    let prefill_ms = generation.ttft_ms;
    let decode_tok_s = if generation.decode_ms > 0.0 {
        generation.decode_steps as f64 / generation.decode_ms * 1e3
    } else {
        0.0
    };
    if stream {
        if decoder.is_none() {
            // Without a tokenizer the continuation is shown as its ids.
            let ids: Vec<String> = generation.ids.iter().map(u32::to_string).collect();
            text = ids.join(" ");
        }
        let _ = out.write_all(&text.as_bytes()[printed..]);
        let _ = writeln!(out);
        eprintln!(
            "xlagen: {} prompt + {} new tokens; TTFT {:.0} ms, decode {:.1} tok/s, compile {:.0} ms, peak RSS {:.0} MiB",
            generation.prompt_tokens,
            generation.ids.len(),
            generation.ttft_ms,
            decode_tok_s,
            compile_ms,
            rss
        );
    } else {
        let stop = match (stopped_by_string, generation.stop) {
            (true, _) => "stop_string",
            (_, StopReason::Eos) => "eos",
            (_, StopReason::MaxTokens) => "max_tokens",
            (_, StopReason::Callback) => "stop_string",
        };
        let json = serde_json::json!({
            "model": model.path.display().to_string(),
            "device": engine.client().platform_name(),
            "backend": engine.backend_name(),
            "prompt_ids": prompt_ids,
            "ids": generation.ids,
            "text": decoder.is_some().then_some(&text),
            "stop_reason": stop,
            "timings": {
                "load_ms": load_ms,
                // Each start-up phase in order, to the first token on the host, with the
                // resident set at its end; and the jobs that ran side by side within them.
                "start_up": phases.laps(),
                "start_up_jobs": {
                    "tokenizer_ms": tokenizer_ms,
                    "weights_ms": engine.upload_ms,
                    "executables_ms": compile_ms,
                },
                "compile_ms": compile_ms,
                "ttft_ms": generation.ttft_ms,
                "prefill_tok_s": generation.prompt_tokens as f64 / prefill_ms * 1e3,
                "decode_tok_s": decode_tok_s,
                "peak_rss_mb": rss,
            },
            "compile_cache": {
                "loaded": engine.cache_hits,
                "compiled": engine.compiled,
                "weights_from_cache": engine.weights_from_cache,
            },
            "quant": engine.weight_format().quant.to_string(),
            "devices": engine.devices(),
            "memory": {
                "weights_device_bytes": engine.weights_device_bytes(),
                "kv_cache_bytes": engine.kv_cache_bytes(),
                "peak_rss_mb": rss,
            },
        });
        writeln!(out, "{json}")?;
    }
    Ok(())
}

/// Writes a little-endian f32 array as NumPy's .npy (format 1.0).
fn write_npy(path: &Path, dims: &[usize], data: &[f32]) -> Result<()> {
    let shape: Vec<String> = dims.iter().map(|d| d.to_string()).collect();
    let shape = if shape.len() == 1 {
        format!("{},", shape[0])
    } else {
        shape.join(", ")
    };
    let mut header = format!("{{'descr': '<f4', 'fortran_order': False, 'shape': ({shape}), }}");
    // Magic (6) + version (2) + length (2) + header + newline is a multiple of 64.
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut bytes = Vec::with_capacity(10 + header.len() + data.len() * 4);
    bytes.extend_from_slice(b"\x93NUMPY\x01\x00");
    bytes.extend_from_slice(&(header.len() as u16).to_le_bytes());
    bytes.extend_from_slice(header.as_bytes());
    for v in data {
        bytes.extend_from_slice(&v.to_le_bytes());
    }
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

fn logits(args: &LogitsArgs, settings: &Settings) -> Result<()> {
    let model = open_model(&args.model.model.clone().unwrap_or(settings.model.clone()))?;
    let mut engine = engine_for(&model, &args.model, settings)?;
    let values = engine.logits(&args.prompt_ids.0)?;
    let vocab = engine.config().vocab_size;
    write_npy(&args.out, &[args.prompt_ids.0.len(), vocab], &values)?;
    eprintln!(
        "xlagen: wrote f32 logits [{}, {vocab}] to {}",
        args.prompt_ids.0.len(),
        args.out.display()
    );
    Ok(())
}

fn compile(args: &CompileArgs, settings: &Settings) -> Result<()> {
    // Shapes reach XLA, whose C++ exceptions on overflowing sizes abort the process.
    const MAX_BATCH: i64 = 1 << 16;
    if args.batch < 1 || args.batch > MAX_BATCH {
        bail!(
            "--batch must be at least 1 and at most {MAX_BATCH}, got {}",
            args.batch
        );
    }
    let model = open_model(&args.model.model.clone().unwrap_or(settings.model.clone()))?;
    if let Some(dir) = &args.graphs_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut engine = engine_for(&model, &args.model, settings)?;
    let opts = engine.options().clone();
    let specs = ahead_of_time_specs(
        args.batch,
        &opts.buckets,
        opts.max_seq,
        opts.decode_steps,
        engine.weight_format(),
        engine.kv_dtype(),
    );
    let started = Instant::now();
    for spec in &specs {
        if let Some(dir) = &args.graphs_dir {
            let program = engine.step_program(spec)?;
            let path = dir.join(format!("{}.mlir", spec.name()));
            std::fs::write(&path, program.mlir())
                .with_context(|| format!("writing {}", path.display()))?;
        }
        let t = Instant::now();
        engine.prepare_step(spec)?;
        progress(&format!(
            "{} ready in {:.1} s",
            spec.name(),
            t.elapsed().as_secs_f64()
        ));
    }
    eprintln!(
        "xlagen: compiled {} executables over {} device(s) in {:.1} s ({} from the cache) into {}",
        specs.len(),
        engine.devices(),
        started.elapsed().as_secs_f64(),
        engine.cache_hits,
        CompileCache::default_location().dir().display()
    );
    Ok(())
}

fn tokenize(args: &TokenizeArgs, settings: &Settings) -> Result<()> {
    if args.format != "text" && args.format != "json" {
        bail!(
            "--format {:?} is not supported: expected text or json",
            args.format
        );
    }
    let path = model_path(args.model.as_deref().unwrap_or(&settings.model))?;
    let tok = require_tokenizer(&path, "tokenize needs one")?;
    let text = match (&args.text, &args.file) {
        (Some(text), _) => text.clone(),
        (None, Some(file)) => std::fs::read_to_string(file)
            .with_context(|| format!("reading {} (expected UTF-8 text)", file.display()))?,
        (None, None) => bail!("give --text or --file"),
    };
    let ids = if args.special {
        tok.encode(&text, true)?
    } else {
        tok.encode_plain(&text)?
    };
    let mut out = std::io::stdout().lock();
    if args.format == "json" {
        let tokens: Vec<Option<String>> = ids.iter().map(|&id| tok.id_to_token(id)).collect();
        let pieces = ids
            .iter()
            .map(|&id| tok.decode(&[id], false))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let json = serde_json::json!({ "ids": ids, "tokens": tokens, "pieces": pieces });
        writeln!(out, "{json}")?;
    } else {
        let ids: Vec<String> = ids.iter().map(u32::to_string).collect();
        writeln!(out, "[{}]", ids.join(", "))?;
    }
    Ok(())
}

fn serve(args: &ServeArgs, settings: &Settings) -> Result<()> {
    let spec = args.model.model.clone().unwrap_or(settings.model.clone());
    let model = open_model(&spec)?;
    let tokenizer = require(tokenizer_of(&model), &model.path, "the server needs one")?;
    progress("uploading weights");
    let mut engine = engine_for(&model, &args.model, settings)?;
    // Every executable before the first request: none is compiled inside the token loop.
    progress("compiling (cached after the first run)");
    let opts = engine.options().clone();
    for spec in ahead_of_time_specs(
        args.max_batch as i64,
        &opts.buckets,
        opts.max_seq,
        opts.decode_steps,
        engine.weight_format(),
        engine.kv_dtype(),
    ) {
        engine.prepare_step(&spec)?;
    }
    xlagen::serve::run(
        engine,
        tokenizer,
        xlagen::serve::ServeOptions {
            host: args.host.clone(),
            port: args.port,
            max_batch: args.max_batch,
            max_queue: args.max_queue,
            model_name: spec,
            max_body_bytes: 1 << 20,
        },
    )
}

fn quantize(args: &QuantizeArgs, settings: &Settings) -> Result<()> {
    let spec = args.model.clone().unwrap_or(settings.model.clone());
    let path = if spec == "default" {
        default_model::ensure()?
    } else {
        PathBuf::from(&spec)
    };
    let quant: Quant = args
        .quant
        .parse()
        .map_err(|e| anyhow::anyhow!("--quant {:?}: {e}", args.quant))?;
    if quant == Quant::None {
        bail!("--quant none: xlagen quantize writes int8 or int8-gN checkpoints");
    }
    let store = WeightStore::open(&path)?;
    quantize_checkpoint_as(&store, &args.out, quant)?;
    eprintln!(
        "xlagen: wrote an INT8 checkpoint of {} to {}",
        path.display(),
        args.out.display()
    );
    Ok(())
}

fn main() {
    let cli = Cli::parse();
    let result = load_settings(cli.config.as_deref()).and_then(|settings| match &cli.command {
        Command::Generate(a) => generate(a, &settings),
        Command::Logits(a) => logits(a, &settings),
        Command::Compile(a) => compile(a, &settings),
        Command::Quantize(a) => quantize(a, &settings),
        Command::Tokenize(a) => tokenize(a, &settings),
        Command::Bench(a) => xlagen::bench::run(a),
        Command::Serve(a) => serve(a, &settings),
    });
    if let Err(e) = result {
        eprintln!("xlagen: error: {e:#}");
        std::process::exit(1);
    }
}
