//! The benchmark room: one run climbs a ladder of configs (PyTorch `transformers`, xlagen
//! without a KV cache, with an f32 cache, bf16, INT8) over the same tokenized prompts and
//! reports speed (TTFT, decode tok/s, latency percentiles), memory, start-up costs, quality
//! against the f32 outputs (ROUGE-L, exact match, teacher-forced top-1 agreement) and how close
//! decode gets to the machine's read bandwidth, as JSON, PNG plots and a markdown table.

pub mod codec;
pub mod metrics;
pub mod plots;
mod pytorch;
pub mod quant_report;
pub mod report;
pub mod roofline;
pub mod rouge;
pub mod synthetic;
pub mod workload;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Instant, SystemTime};

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;

use crate::dtype::DType;
use crate::engine::backend;
use crate::engine::programs::Sampling;
use crate::engine::{Engine, EngineOptions, Flow, GenerateParams};
use crate::model::config::Config;
use crate::model::linear::Backend;
use crate::model::quant::Quant;
use crate::model::weights::{expected_dims, required_names};
use crate::model::WeightStore;
use crate::runtime::{Client, ClientOptions, CompileCache, DeviceKind, Plugin};
use codec::TextCodec;
use report::{BenchReport, ConfigResult, Quality, Resources, Sample};
use roofline::Roofline;

/// `xlagen bench`: flags.
#[derive(clap::Args, Clone, Debug)]
pub struct BenchArgs {
    /// A Hugging Face checkpoint dir, a .gguf file, or `default` (SmolLM2-135M-Instruct).
    #[arg(
        long,
        required_unless_present = "synthetic",
        conflicts_with = "synthetic"
    )]
    pub model: Option<PathBuf>,
    /// Seeded random weights at a known model's shapes, for speed and memory only (mistral-7b).
    #[arg(long)]
    pub synthetic: Option<String>,
    /// Overrides the synthetic model's layer count (for quick smoke runs).
    #[arg(long, requires = "synthetic")]
    pub synthetic_layers: Option<usize>,
    /// Prompt file: Alpaca (JSON array or JSONL), MT-Bench or IFBench JSONL.
    #[arg(long)]
    pub prompts: PathBuf,
    /// How many prompts to run, from the top of the file.
    #[arg(long, default_value_t = 8)]
    pub num_samples: usize,
    #[arg(long, default_value_t = 64)]
    pub max_new_tokens: usize,
    /// The ladder, comma-separated: pytorch, no-cache, f32, bf16, int8.
    #[arg(long, value_delimiter = ',', default_value = "no-cache,f32,int8")]
    pub configs: Vec<String>,
    /// cpu, cuda or tpu.
    #[arg(long, default_value = "cpu")]
    pub device: DeviceKind,
    /// An explicit PJRT plugin file.
    #[arg(long)]
    pub plugin: Option<PathBuf>,
    /// The JSON report; plots and the markdown table go beside it.
    #[arg(long, default_value = "benchmarks/results/bench.json")]
    pub out: PathBuf,
    /// A Python with torch + transformers: adds the PyTorch baseline to the ladder.
    #[arg(long)]
    pub python: Option<PathBuf>,
    /// The checkpoint PyTorch loads (default: --model; a .gguf is loaded with gguf_file=).
    #[arg(long)]
    pub torch_model: Option<PathBuf>,
    /// PyTorch's dtype (default: float32 on CPU, bfloat16 on a GPU).
    #[arg(long)]
    pub torch_dtype: Option<String>,
    /// Feed prompts as plain text even when the tokenizer has a chat template.
    #[arg(long)]
    pub no_chat: bool,
    /// Feed prompts as byte ids (byte b is id b+3), not through the checkpoint's tokenizer:
    /// for checkpoints without one, where speed alone is measured.
    #[arg(long)]
    pub byte_ids: bool,
    /// Size of the buffer the bandwidth probe reads.
    #[arg(long, default_value_t = 1024)]
    pub bandwidth_mib: u64,
    #[arg(long)]
    pub no_plots: bool,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Decode steps per executable call (tokens per host visit).
    #[arg(long, default_value_t = crate::engine::DEFAULT_DECODE_STEPS)]
    pub decode_steps: i64,
    /// Devices the xlagen configs split the model over (tensor parallelism). The PyTorch
    /// baseline runs as it would anyway.
    #[arg(long, default_value_t = 1)]
    pub devices: usize,
}

/// One rung of the ladder.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RunConfig {
    PyTorch,
    NoCache,
    F32,
    Bf16,
    Int8,
    /// INT8 with a scale per group of this many inputs.
    Int8Group(usize),
}

impl FromStr for RunConfig {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<RunConfig> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "pytorch" | "torch" => RunConfig::PyTorch,
            "no-cache" | "nocache" => RunConfig::NoCache,
            "f32" => RunConfig::F32,
            "bf16" => RunConfig::Bf16,
            "int8" => RunConfig::Int8,
            other => match other.parse::<Quant>() {
                Ok(Quant::Int8Group(g)) => RunConfig::Int8Group(g),
                _ => bail!(
                    "unknown bench config {other:?} (known: pytorch, no-cache, f32, bf16, int8, int8-gN)"
                ),
            },
        })
    }
}

impl RunConfig {
    pub fn name(self) -> String {
        match self {
            RunConfig::PyTorch => "pytorch".into(),
            RunConfig::NoCache => "no-cache".into(),
            RunConfig::F32 => "f32".into(),
            RunConfig::Bf16 => "bf16".into(),
            RunConfig::Int8 => "int8".into(),
            RunConfig::Int8Group(g) => Quant::Int8Group(g).to_string(),
        }
    }

    /// How the config quantizes the weights.
    fn quant(self) -> Quant {
        match self {
            RunConfig::Int8 => Quant::Int8,
            RunConfig::Int8Group(g) => Quant::Int8Group(g),
            _ => Quant::None,
        }
    }

    /// Bytes per weight on the device (INT8: one byte plus a scale per output channel).
    fn weight_bytes(self) -> f64 {
        match self {
            RunConfig::Bf16 => 2.0,
            RunConfig::Int8 | RunConfig::Int8Group(_) => 1.0,
            _ => 4.0,
        }
    }

    fn dtype_name(self) -> String {
        match self {
            RunConfig::Bf16 => "bf16".into(),
            RunConfig::Int8 | RunConfig::Int8Group(_) => self.name(),
            _ => "f32".into(),
        }
    }

    /// The engine options of an xlagen config for `backend` (INT8 runs with the activations
    /// the backend computes in).
    fn engine_options(
        self,
        backend: Backend,
        max_seq: i64,
        buckets: &[i64],
        decode_steps: i64,
        cache: &Path,
    ) -> Result<EngineOptions> {
        let int8 = backend.int8_activations();
        let dtype = match self {
            RunConfig::NoCache | RunConfig::F32 => DType::F32,
            RunConfig::Bf16 => DType::BF16,
            RunConfig::Int8 | RunConfig::Int8Group(_) => int8,
            RunConfig::PyTorch => bail!("the pytorch config runs as a subprocess, not an engine"),
        };
        Ok(EngineOptions {
            dtype,
            quant: self.quant(),
            max_seq,
            buckets: buckets.to_vec(),
            compile_cache: Some(CompileCache::new(cache)),
            decode_steps,
            kv_dtype: None,
        })
    }
}

/// Parses `--configs` (deduplicated, in order) and puts PyTorch first when `--python` is given.
pub fn parse_configs(names: &[String], python: bool) -> Result<Vec<RunConfig>> {
    let mut configs: Vec<RunConfig> = Vec::new();
    if python {
        configs.push(RunConfig::PyTorch);
    }
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        let c: RunConfig = name.parse()?;
        if c == RunConfig::PyTorch && !python {
            bail!("config pytorch needs --python PATH (a Python with torch and transformers)");
        }
        if !configs.contains(&c) {
            configs.push(c);
        }
    }
    if configs.is_empty() {
        bail!("--configs is empty");
    }
    Ok(configs)
}

/// Parameters of a model with this config.
pub fn param_count(cfg: &Config) -> u64 {
    required_names(cfg)
        .iter()
        .filter_map(|n| expected_dims(cfg, n))
        .map(|d| d.iter().product::<i64>() as u64)
        .sum()
}

/// Host memory an xlagen config needs on the CPU plugin: device weights and cache, plus the
/// largest tensor in f32 while it is converted for upload, plus working room.
pub fn memory_needed(cfg: &Config, config: RunConfig, max_seq: i64) -> u64 {
    let weights = param_count(cfg) as f64 * config.weight_bytes();
    let kv_elem = if config == RunConfig::Bf16 { 2 } else { 4 };
    let kv = 2 * cfg.num_hidden_layers * cfg.num_key_value_heads * cfg.head_dim * kv_elem;
    let largest = (cfg.vocab_size * cfg.hidden_size).max(cfg.intermediate_size * cfg.hidden_size);
    weights as u64 + (kv as u64 * max_seq as u64) + 4 * largest as u64 + (512 << 20)
}

/// Prompt buckets 16, 24, 32, 48, 64, 96, ...: each at most 1.5× the last, so a prompt is
/// padded by less than half its length (powers of two padded a 33-token prompt to 64).
fn bucket_ladder() -> impl Iterator<Item = i64> {
    std::iter::successors(Some(16i64), |&b| {
        Some(if b.count_ones() == 1 {
            b / 2 * 3
        } else {
            b / 3 * 4
        })
    })
}

fn bucket_for(n: usize) -> i64 {
    bucket_ladder()
        .find(|&b| b >= n as i64)
        .expect("the ladder is unbounded")
}

fn gib(b: u64) -> String {
    format!("{:.1} GiB", b as f64 / (1u64 << 30) as f64)
}

/// Everything the configs share.
struct Workload {
    prompts: Vec<workload::Prompt>,
    ids: Vec<Vec<u32>>,
    params: GenerateParams,
    max_seq: i64,
    buckets: Vec<i64>,
    decode_steps: i64,
    devices: usize,
}

/// Runs the whole ladder and returns the report (nothing written).
pub fn run_bench(args: &BenchArgs) -> Result<BenchReport> {
    let started_unix = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let configs = parse_configs(&args.configs, args.python.is_some())?;
    if args.num_samples == 0 || args.max_new_tokens == 0 {
        bail!("--num-samples and --max-new-tokens must be at least 1");
    }
    if args.devices == 0 {
        bail!("--devices must be at least 1");
    }

    // The model's config first: memory is checked before any weight is written or read.
    let (model_config, model_json) = match (&args.synthetic, &args.model) {
        (Some(name), _) => {
            let json = synthetic::preset(name, args.synthetic_layers)?;
            (
                Config::from_json(&json.to_string())?,
                json!({"synthetic": name, "seed": args.seed}),
            )
        }
        (None, Some(path)) => {
            let store = WeightStore::open(path)?;
            (store.config().clone(), json!({"path": path}))
        }
        (None, None) => bail!("give --model PATH or --synthetic NAME"),
    };

    // Prompts are the model's tokens, or bytes only where there is no model tokenizer to
    // use (synthetic weights) or the user asked for them: byte ids fed to a real model would be
    // timed and scored as if they were text.
    let bytes = TextCodec::Bytes {
        vocab: model_config.vocab_size,
    };
    let codec = match &args.model {
        Some(_) if args.byte_ids => bytes,
        Some(path) if args.synthetic.is_none() => {
            TextCodec::for_checkpoint(path, args.no_chat.then_some(false))
                .context("pass --byte-ids to feed the prompts as byte ids instead")?
                .with_context(|| {
                    format!(
                        "{} has no tokenizer (tokenizer.json, tokenizer.model or GGUF \
                         tokenizer.ggml.* metadata); pass --byte-ids to feed the prompts as byte \
                         ids instead",
                        path.display()
                    )
                })?
        }
        _ => bytes,
    };

    let mut prompts = workload::read_prompts(&args.prompts)?;
    if prompts.len() < args.num_samples {
        eprintln!(
            "xlagen bench: {} has {} prompts; running all of them",
            args.prompts.display(),
            prompts.len()
        );
    }
    prompts.truncate(args.num_samples);
    let ids = prompts
        .iter()
        .map(|p| {
            codec
                .encode(p)
                .with_context(|| format!("tokenizing prompt {}", p.id))
        })
        .collect::<Result<Vec<_>>>()?;
    let longest = ids.iter().map(Vec::len).max().unwrap_or(1);
    // Prefill buckets up to the longest prompt, and (for the no-cache rung, which runs the
    // whole sequence) up to the longest prompt plus its continuation.
    let top = bucket_for(longest + args.max_new_tokens);
    let buckets: Vec<i64> = bucket_ladder().take_while(|&b| b <= top).collect();
    let max_seq = (bucket_for(longest) + args.max_new_tokens as i64).max(top);
    if max_seq as usize > model_config.max_position_embeddings {
        bail!(
            "the longest prompt ({longest} tokens) plus --max-new-tokens {} needs {max_seq} \
             positions, more than the model's {}",
            args.max_new_tokens,
            model_config.max_position_embeddings
        );
    }
    let params = GenerateParams {
        seed: args.seed,
        stop_ids: codec.stop_ids(),
        ..GenerateParams::greedy(args.max_new_tokens)
    };
    let work = Workload {
        prompts,
        ids,
        params,
        max_seq,
        buckets,
        decode_steps: args.decode_steps,
        devices: args.devices,
    };

    // Say up front which configs cannot fit, instead of dying halfway through loading.
    let available = metrics::mem_available_bytes();
    let mut skipped: Vec<(RunConfig, String)> = Vec::new();
    eprintln!(
        "xlagen bench: {} parameters, {} prompts ({}), max_seq {max_seq}, MemAvailable {}",
        param_count(&model_config),
        work.prompts.len(),
        codec.describe(),
        available.map_or("unknown".into(), gib)
    );
    for &c in configs.iter().filter(|&&c| c != RunConfig::PyTorch) {
        let need = memory_needed(&model_config, c, max_seq);
        let fits = available.is_none_or(|a| need <= a) || args.device != DeviceKind::Cpu;
        eprintln!(
            "  {:<9} needs ~{}{}",
            c.name(),
            gib(need),
            if fits { "" } else { ": does not fit, skipped" }
        );
        let split = crate::engine::tensor_parallel::check_groups_divide(
            &model_config,
            c.quant(),
            args.devices,
        );
        if let Err(e) = split {
            eprintln!("  {:<9} does not split: skipped", c.name());
            skipped.push((c, format!("{e:#}")));
        } else if !fits {
            skipped.push((
                c,
                format!(
                    "needs ~{} of host memory, MemAvailable is {}",
                    gib(need),
                    gib(available.unwrap_or(0))
                ),
            ));
        }
    }

    let scratch = std::env::temp_dir().join(format!("xlagen-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let _cleanup = RemoveOnDrop(scratch.clone());
    let synthetic_ckpt = match &args.synthetic {
        Some(name) if configs.iter().any(|c| !skipped.iter().any(|s| s.0 == *c)) => {
            eprintln!(
                "xlagen bench: writing synthetic {name} weights (bf16) to {}",
                scratch.display()
            );
            Some(synthetic::write_checkpoint(
                &scratch,
                &synthetic::preset(name, args.synthetic_layers)?,
                args.seed,
            )?)
        }
        _ => None,
    };
    let model_path: Option<PathBuf> = synthetic_ckpt
        .as_ref()
        .map(|c| c.path().to_path_buf())
        .or(args.model.clone());

    let plugin = Plugin::for_device(args.plugin.as_deref(), args.device)?;
    let mut client_options = ClientOptions::for_device(args.device);
    if args.device == DeviceKind::Cpu && args.devices > 1 {
        client_options = client_options.with("cpu_device_count", args.devices as i64);
    }
    let client = Client::new(&plugin, &client_options)?;
    let bw_bytes = (args.bandwidth_mib << 20).min(available.unwrap_or(u64::MAX) / 4);
    eprintln!(
        "xlagen bench: measuring read bandwidth over {}",
        gib(bw_bytes)
    );
    let platform_backend = backend::for_platform(client.platform_name());
    let bandwidth = roofline::measure_read_bandwidth(&client, &platform_backend, bw_bytes, 5)?;
    eprintln!(
        "  {:.1} GB/s (XLA sum {:.1}, our threads {:.1})",
        bandwidth.read_gb_per_s, bandwidth.xla_read_gb_per_s, bandwidth.native_read_gb_per_s
    );

    let runnable = configs
        .iter()
        .filter(|c| !skipped.iter().any(|s| s.0 == **c))
        .count();
    let bar = ProgressBar::new((runnable * work.prompts.len()) as u64);
    bar.set_style(
        ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len} {elapsed} (eta {eta})")
            .expect("valid template")
            .progress_chars("=> "),
    );

    // PyTorch first (its own process), then f32 (the quality reference), then the rest.
    let mut order: Vec<RunConfig> = configs.clone();
    order.sort_by_key(|c| match c {
        RunConfig::PyTorch => 0,
        RunConfig::F32 => 1,
        _ => 2,
    });
    let mut results: Vec<(RunConfig, ConfigResult)> = Vec::new();
    for c in order {
        if let Some((_, why)) = skipped.iter().find(|s| s.0 == c) {
            results.push((
                c,
                ConfigResult::skipped(&c.name(), "xlagen", &c.dtype_name(), true, why.clone()),
            ));
            continue;
        }
        bar.set_message(c.name());
        let mut result = if c == RunConfig::PyTorch {
            // Synthetic weights are an HF checkpoint too: PyTorch runs the same ones.
            let torch_model = args
                .torch_model
                .clone()
                .or(model_path.clone())
                .context("the PyTorch baseline needs --torch-model or --model")?;
            let device = if args.device == DeviceKind::Cuda {
                "cuda"
            } else {
                "cpu"
            };
            let dtype = args.torch_dtype.clone().unwrap_or(
                if device == "cuda" {
                    "bfloat16"
                } else {
                    "float32"
                }
                .to_string(),
            );
            let req = pytorch::TorchRequest {
                python: args.python.as_deref().expect("pytorch implies --python"),
                script: pytorch::default_script(),
                model: &torch_model,
                device,
                dtype: &dtype,
                max_new_tokens: args.max_new_tokens,
                stop_ids: &work.params.stop_ids,
                prompts: work
                    .prompts
                    .iter()
                    .zip(&work.ids)
                    .map(|(p, ids)| (p.id.clone(), ids.clone()))
                    .collect(),
            };
            bar.suspend(|| pytorch::run(&req, &scratch))?
        } else {
            let path = model_path
                .as_deref()
                .expect("a model path for xlagen configs");
            let reference = results.iter().find(|r| r.0 == RunConfig::F32).map(|r| &r.1);
            let torch = results
                .iter()
                .find(|r| r.0 == RunConfig::PyTorch)
                .map(|r| &r.1);
            run_xlagen(c, path, &client, &work, &scratch, reference, torch, &bar)?
        };
        bar.inc(if c == RunConfig::PyTorch {
            work.prompts.len() as u64
        } else {
            0
        });
        for s in &mut result.samples {
            s.text = Some(codec.decode(&s.output_ids)?);
        }
        result.summarize();
        results.push((c, result));
    }
    bar.finish_and_clear();

    // Quality against f32, roofline, and the order of the ladder as asked.
    let reference: Option<Vec<Sample>> = results
        .iter()
        .find(|r| r.0 == RunConfig::F32 && r.1.skipped.is_none())
        .map(|r| r.1.samples.clone());
    let kv_read = |prompt: f64, generated: f64| {
        // Bytes of K and V a dynamic cache holds on average while decoding.
        let per_pos = 2 * model_config.num_hidden_layers * model_config.kv_dim();
        per_pos as f64 * (prompt + generated / 2.0)
    };
    // f32's agreement over PyTorch's tokens describes PyTorch against f32: move it there.
    let f32_over_torch: Vec<(String, Option<(usize, usize)>)> = results
        .iter_mut()
        .filter(|r| r.0 == RunConfig::F32)
        .flat_map(|r| r.1.samples.iter_mut())
        .map(|s| (s.id.clone(), s.top1_agree.take()))
        .collect();
    for r in results.iter_mut().filter(|r| r.0 == RunConfig::PyTorch) {
        for s in &mut r.1.samples {
            s.top1_agree = f32_over_torch
                .iter()
                .find(|x| x.0 == s.id)
                .and_then(|x| x.1);
        }
    }
    let mut ordered = Vec::new();
    for c in &configs {
        let (_, mut r) = results
            .iter()
            .find(|x| x.0 == *c)
            .cloned()
            .expect("every config has a result");
        if r.skipped.is_none() {
            if let Some(reference) = reference.as_ref().filter(|_| *c != RunConfig::F32) {
                add_quality(&mut r, reference, *c);
            }
            let s = r.summary.as_ref();
            let bytes = match c {
                RunConfig::PyTorch => r.resources.weights_device_bytes.map(|w| {
                    let elem = if r.dtype == "float32" { 4.0 } else { 2.0 };
                    let (p, g) = s.map_or((0.0, 0.0), |s| {
                        (
                            s.prompt_tokens.mean,
                            s.generated_tokens as f64 / r.samples.len() as f64,
                        )
                    });
                    w + (elem * kv_read(p, g)) as u64
                }),
                _ => r
                    .resources
                    .weights_device_bytes
                    .zip(r.resources.kv_cache_bytes)
                    .map(|(w, k)| w + k),
            };
            r.roofline =
                bytes.map(|b| Roofline::new(&bandwidth, b, s.and_then(|s| s.decode_tok_s)));
        }
        ordered.push(r);
    }
    drop(synthetic_ckpt);

    Ok(BenchReport {
        schema: report::SCHEMA.into(),
        started_unix,
        model: json!({
            "source": model_json,
            "params": param_count(&model_config),
            "layers": model_config.num_hidden_layers,
            "hidden_size": model_config.hidden_size,
            "vocab_size": model_config.vocab_size,
        }),
        device: json!({
            "kind": args.device.to_string(),
            "platform": client.platform_name(),
            "platform_version": client.platform_version(),
            "backend": platform_backend.name(),
            "kernel_path": backend::kernel_path(&platform_backend).map(|p| p.name()),
            "plugin": plugin.path(),
            "host_cpus": std::thread::available_parallelism().map_or(0, |n| n.get()),
            "mem_available_bytes": available,
        }),
        settings: json!({
            "prompts": args.prompts,
            "num_samples": work.prompts.len(),
            "max_new_tokens": args.max_new_tokens,
            "decoding": "greedy",
            "stop_ids": work.params.stop_ids,
            "text_codec": codec.describe(),
            "max_seq": work.max_seq,
            "buckets": work.buckets,
            "decode_steps": work.decode_steps,
            "devices": work.devices,
            "configs": configs.iter().map(|c| c.name()).collect::<Vec<_>>(),
        }),
        bandwidth: Some(bandwidth),
        configs: ordered,
    })
}

struct RemoveOnDrop(PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Builds the engine and compiles what a run of `work` needs.
fn start_engine(
    c: RunConfig,
    path: &Path,
    client: &Client,
    work: &Workload,
    cache: &Path,
) -> Result<(Engine, f64)> {
    let t = Instant::now();
    let store = WeightStore::open(path)?;
    let mut engine = Engine::split(
        client.clone(),
        &store,
        c.engine_options(
            backend::for_platform(client.platform_name()),
            work.max_seq,
            &work.buckets,
            work.decode_steps,
            cache,
        )?,
        work.devices,
    )?;
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    for ids in &work.ids {
        if c == RunConfig::NoCache {
            let padded = engine.no_cache_length(ids.len() + work.params.max_new_tokens);
            engine.prepare_step(&engine.prefill_spec(1, padded, Sampling::Greedy, false))?;
        } else {
            engine.prepare(ids.len(), Sampling::Greedy, false)?;
        }
    }
    Ok((engine, load_ms))
}

#[allow(clippy::too_many_arguments)]
fn run_xlagen(
    c: RunConfig,
    path: &Path,
    client: &Client,
    work: &Workload,
    scratch: &Path,
    reference: Option<&ConfigResult>,
    torch: Option<&ConfigResult>,
    bar: &ProgressBar,
) -> Result<ConfigResult> {
    let cache = scratch.join(format!("executables-{}", c.name()));
    metrics::reset_peak_rss();
    // Cold: an empty compile cache. Warm: the same start again, executables from the cache.
    let (engine, load_ms) = start_engine(c, path, client, work, &cache)
        .with_context(|| format!("starting config {}", c.name()))?;
    let compile_ms = engine.compile_ms;
    drop(engine);
    let t = Instant::now();
    let (mut engine, _) = start_engine(c, path, client, work, &cache)?;
    let warm_start_ms = t.elapsed().as_secs_f64() * 1e3;

    let generate = |engine: &mut Engine, ids: &[u32], params: &GenerateParams| {
        if c == RunConfig::NoCache {
            engine.generate_no_cache(ids, params, |_| Flow::Continue)
        } else {
            engine.generate(ids, params, None, |_| Flow::Continue)
        }
    };
    // One short untimed generation so first-call effects stay out of the numbers.
    let warmup = GenerateParams {
        max_new_tokens: work.params.max_new_tokens.min(2),
        ..work.params.clone()
    };
    generate(&mut engine, &work.ids[0], &warmup)?;

    let mut samples = Vec::new();
    for (prompt, ids) in work.prompts.iter().zip(&work.ids) {
        let g = generate(&mut engine, ids, &work.params)
            .with_context(|| format!("config {}, prompt {}", c.name(), prompt.id))?;
        samples.push(Sample {
            id: prompt.id.clone(),
            prompt_tokens: ids.len(),
            generated_tokens: g.ids.len(),
            ttft_ms: g.ttft_ms,
            decode_steps: g.decode_steps,
            decode_ms: g.decode_ms,
            latency_ms: g.ttft_ms + g.decode_ms,
            output_ids: g.ids,
            text: None,
            rouge_l: None,
            exact_match: None,
            top1_agree: None,
        });
        bar.inc(1);
    }
    let peak_rss_bytes = metrics::peak_rss_bytes();

    // Teacher forcing: this engine's argmax over the reference's tokens. For f32 itself, the
    // reference is PyTorch's output (how often xlagen f32 picks PyTorch's token).
    let forced = if c == RunConfig::F32 {
        torch
    } else {
        reference
    };
    if let Some(forced) = forced {
        for (s, r) in samples.iter_mut().zip(&forced.samples) {
            let ids = &work.ids[work.prompts.iter().position(|p| p.id == r.id).unwrap_or(0)];
            s.top1_agree = top1_agreement(&mut engine, ids, &r.output_ids, &work.buckets)?;
        }
    }
    let weights = engine.weights_device_bytes() as u64;
    let kv = engine.kv_cache_bytes() as u64;
    Ok(ConfigResult {
        name: c.name(),
        engine: "xlagen".into(),
        dtype: c.dtype_name(),
        kv_cache: c != RunConfig::NoCache,
        skipped: None,
        samples,
        resources: Resources {
            peak_rss_bytes,
            weights_device_bytes: Some(weights),
            kv_cache_bytes: Some(kv),
            device_bytes: Some(weights + kv),
            load_ms: Some(load_ms),
            compile_ms: Some(compile_ms),
            warm_start_ms: Some(warm_start_ms),
        },
        summary: None,
        roofline: None,
        quality: None,
        info: json!({
            "max_seq": work.max_seq,
            "activations": engine.options().dtype.to_string(),
            "backend": engine.backend_name(),
            "devices": engine.devices(),
        }),
    })
}

/// Feeds `prompt ++ forced` and counts positions where the engine's argmax is the next forced
/// token. The sequence is right-padded to a bucket so few lengths get compiled: the model is
/// causal, so padding after a position cannot change its logits.
pub fn top1_agreement(
    engine: &mut Engine,
    prompt: &[u32],
    forced: &[u32],
    buckets: &[i64],
) -> Result<Option<(usize, usize)>> {
    if forced.is_empty() {
        return Ok(None);
    }
    let mut seq: Vec<u32> = prompt.iter().chain(forced).copied().collect();
    let n = seq.len();
    let max = engine.config().max_position_embeddings;
    if let Some(&b) = buckets
        .iter()
        .find(|&&b| b as usize >= n && b as usize <= max)
    {
        seq.resize(b as usize, 0);
    }
    let logits = engine.logits(&seq)?;
    let vocab = engine.config().vocab_size;
    let agree = forced
        .iter()
        .enumerate()
        .filter(|(i, &want)| {
            let row = &logits[(prompt.len() - 1 + i) * vocab..][..vocab];
            argmax(row) == want as usize
        })
        .count();
    Ok(Some((agree, forced.len())))
}

/// Index of the first largest value.
pub(crate) fn argmax(row: &[f32]) -> usize {
    row.iter()
        .enumerate()
        .fold((0, f32::NEG_INFINITY), |best, (i, &v)| {
            if v > best.1 {
                (i, v)
            } else {
                best
            }
        })
        .0
}

/// ROUGE-L and exact match of each sample's text against the reference's, plus the mean
/// teacher-forced agreement.
fn add_quality(r: &mut ConfigResult, reference: &[Sample], c: RunConfig) {
    let mut pairs = 0usize;
    let (mut rouge, mut exact) = (0.0, 0.0);
    for s in &mut r.samples {
        let Some(want) = reference.iter().find(|x| x.id == s.id) else {
            continue;
        };
        let f = rouge::rouge_l(
            want.text.as_deref().unwrap_or(""),
            s.text.as_deref().unwrap_or(""),
        )
        .fmeasure;
        s.rouge_l = Some(f);
        s.exact_match = Some(s.output_ids == want.output_ids);
        rouge += f;
        exact += (s.output_ids == want.output_ids) as u8 as f64;
        pairs += 1;
    }
    if pairs == 0 {
        return;
    }
    let (agree, total) = r
        .samples
        .iter()
        .filter_map(|s| s.top1_agree)
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    let top1_note = match c {
        RunConfig::PyTorch => "xlagen f32's argmax over PyTorch's tokens (teacher forcing)",
        _ => "this config's argmax over f32's tokens (teacher forcing)",
    };
    r.quality = Some(Quality {
        reference: "f32".into(),
        rouge_l: rouge / pairs as f64,
        exact_match: exact / pairs as f64,
        top1_agreement: (total > 0).then(|| agree as f64 / total as f64),
        top1_note: top1_note.into(),
    });
}

/// Runs the bench and writes the JSON report, the plots and the markdown table beside it.
pub fn run(args: &BenchArgs) -> Result<()> {
    let mut args = args.clone();
    if args.model.as_deref() == Some(Path::new("default")) {
        args.model = Some(crate::model::default_model::ensure()?);
    }
    let report = run_bench(&args)?;
    write_outputs(&report, &args.out, !args.no_plots)?;
    Ok(())
}

/// Writes `out` (JSON), `<dir>/README-table.md` and `<dir>/plots/*.png`; prints the table.
pub fn write_outputs(report: &BenchReport, out: &Path, plots: bool) -> Result<()> {
    let dir = out.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    std::fs::write(out, serde_json::to_string_pretty(report)?)
        .with_context(|| format!("writing {}", out.display()))?;
    let table = report.markdown_table();
    std::fs::write(dir.join("README-table.md"), &table)?;
    println!("{table}");
    if plots {
        let written = plots::write_all(report, &dir.join("plots"))?;
        eprintln!(
            "xlagen bench: wrote {} and {} plots",
            out.display(),
            written.len()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configs_parse_in_order_with_pytorch_first() {
        let names: Vec<String> = ["f32", "no-cache", "f32"].map(String::from).into();
        assert_eq!(
            parse_configs(&names, true).unwrap(),
            [RunConfig::PyTorch, RunConfig::F32, RunConfig::NoCache]
        );
        let err = parse_configs(&["fp8".into()], false).unwrap_err();
        assert!(err.to_string().contains("fp8"), "{err}");
        assert!(parse_configs(&["pytorch".into()], false).is_err());
    }

    #[test]
    fn int8_runs_f32_activations_on_cpu_and_bf16_on_accelerators() {
        let on = |c: RunConfig, l| c.engine_options(l, 64, &[16], 1, Path::new("."));
        let cpu = on(RunConfig::Int8, backend::for_platform("cpu")).unwrap();
        assert_eq!((cpu.dtype, cpu.quant), (DType::F32, Quant::Int8));
        let gpu = on(RunConfig::Int8Group(128), backend::for_platform("tpu")).unwrap();
        assert_eq!((gpu.dtype, gpu.quant), (DType::BF16, Quant::Int8Group(128)));
        assert!(on(RunConfig::PyTorch, backend::for_platform("cpu")).is_err());
    }

    #[test]
    fn mistral_7b_f32_does_not_fit_24_gib_but_int8_does() {
        let json = synthetic::mistral_7b_config();
        let cfg = Config::from_json(&json.to_string()).unwrap();
        assert_eq!(param_count(&cfg), 7_241_732_096);
        let f32 = memory_needed(&cfg, RunConfig::F32, 512);
        let int8 = memory_needed(&cfg, RunConfig::Int8, 512);
        assert!(f32 > 24 << 30 && int8 < 16 << 30, "{f32} {int8}");
    }

    #[test]
    fn prompt_buckets_grow_by_half_steps() {
        let ladder: Vec<i64> = bucket_ladder().take(9).collect();
        assert_eq!(ladder, [16, 24, 32, 48, 64, 96, 128, 192, 256]);
        assert_eq!(
            [1, 16, 17, 33, 65, 129].map(bucket_for),
            [16, 16, 24, 48, 96, 192]
        );
    }
}
