//! The engine: weights on the device, executables compiled before the token loop, the KV
//! cache threaded (donated) from call to call, and the one decode loop (`batch`).

pub mod backend;
mod batch;
pub mod programs;
pub mod sampler;
pub mod tensor_parallel;
pub mod weights_cache;

pub use batch::{Batch, CacheMemory, Event, StepTotals};

use std::collections::HashMap;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use half::bf16;

use crate::dtype::{DType, TensorType};
use crate::model::config::Config;
use crate::model::linear::Backend;
use crate::model::mistral::{checkpoint_sources, weight_specs, KvCache, Layers, Shapes};
use crate::model::quant::{self, Quant, WeightFormat};
use crate::model::weights::WeightStore;
use crate::program::Mesh;
use crate::runtime::{Buffer, Client, CompileCache, HostBuffer};
use programs::{Sampling, StepKind, StepSpec};
use tensor_parallel::{DeviceArg, DeviceBuffer, DeviceExecutable};
use weights_cache::WeightsCache;

/// How the engine compiles and lays out its executables.
#[derive(Clone, Debug)]
pub struct EngineOptions {
    /// Weight and activation dtype (norms, softmax and logits are f32 regardless).
    pub dtype: DType,
    /// KV cache length: the most positions a prompt and its continuation may take.
    pub max_seq: i64,
    /// Prompt-length buckets, ascending. Longer prompts run as several chunks of the largest.
    pub buckets: Vec<i64>,
    /// Where serialized executables are kept between runs; `None` compiles every time.
    pub compile_cache: Option<CompileCache>,
    /// Weight quantization. INT8 weights stay INT8 on the device; how they are multiplied is
    /// chosen from the client's platform (`backend::for_platform`).
    pub quant: Quant,
    /// Decode steps per call: the host reads ids back, streams them and admits new sequences
    /// once per this many tokens (1 runs the single step, with no loop in the executable).
    pub decode_steps: i64,
    /// The KV cache's dtype (f32, bf16 or f16); `None` keeps it in the activation dtype.
    /// Attention still computes in f32: a half cache halves its memory and what each decode
    /// step reads, at the cost of rounding the stored keys and values.
    pub kv_dtype: Option<DType>,
}

/// Decode steps per call unless asked otherwise. On CPU a host visit cost ~0.2 ms (a tiny model:
/// 0.21 ms per token at K = 1, 0.032 at 8, 0.022 at 16), under 2% of a SmolLM2 token; 8 keeps
/// most of that saving and of a GPU's 2–3 ms per step, while a new request waits at most a block.
pub const DEFAULT_DECODE_STEPS: i64 = 8;

/// The most decode steps one call may run: each keeps `[slots, steps, vocab]` logits when asked.
pub const MAX_DECODE_STEPS: i64 = 256;

impl EngineOptions {
    /// The bucket a prompt of `n` tokens runs in, and how many chunks of it.
    pub fn prefill_plan(&self, n: usize) -> (i64, usize) {
        let n = n as i64;
        let largest = *self.buckets.iter().max().expect("validated non-empty");
        match self.buckets.iter().copied().filter(|&b| b >= n).min() {
            Some(b) => (b, 1),
            None => (largest, ((n + largest - 1) / largest) as usize),
        }
    }

    /// Cache positions a prompt of `prompt_len` tokens and `max_new_tokens` new ones take
    /// (its last chunk is padded to the bucket). Saturating: a `max_new_tokens` near 2^64 must
    /// not wrap to a small count that passes the fit check.
    pub fn positions_needed(&self, prompt_len: usize, max_new_tokens: usize) -> usize {
        let (bucket, chunks) = self.prefill_plan(prompt_len);
        (bucket as usize)
            .saturating_mul(chunks)
            .max(prompt_len.saturating_add(max_new_tokens))
    }
}

/// Sampling settings of one generation.
#[derive(Clone, Debug)]
pub struct GenerateParams {
    pub max_new_tokens: usize,
    /// 0 means greedy.
    pub temperature: f32,
    /// 0 disables top-k.
    pub top_k: u32,
    /// 1 disables top-p.
    pub top_p: f32,
    pub seed: u64,
    /// Token ids that end generation (not included in the output).
    pub stop_ids: Vec<u32>,
}

impl GenerateParams {
    /// Greedy decoding of up to `max_new_tokens`, with no stop ids.
    pub fn greedy(max_new_tokens: usize) -> GenerateParams {
        GenerateParams {
            max_new_tokens,
            temperature: 0.0,
            top_k: 0,
            top_p: 1.0,
            seed: 0,
            stop_ids: Vec::new(),
        }
    }

    /// Rejects settings the sampler cannot honour, naming the parameter and value.
    pub fn validate(&self) -> Result<()> {
        if !self.temperature.is_finite() || self.temperature < 0.0 {
            bail!(
                "--temperature must be a finite number >= 0 (0 = greedy), got {}",
                self.temperature
            );
        }
        if !(self.top_p > 0.0 && self.top_p <= 1.0) {
            bail!("--top-p must be in (0, 1], got {}", self.top_p);
        }
        if self.top_k > i32::MAX as u32 {
            bail!("--top-k is too large: {}", self.top_k);
        }
        Ok(())
    }

    pub fn sampling(&self) -> Sampling {
        if self.temperature == 0.0 {
            Sampling::Greedy
        } else {
            Sampling::Random
        }
    }
}

/// What the token callback tells the loop.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum StopReason {
    Eos,
    MaxTokens,
    Callback,
}

/// The ids a generation produced and how long its phases took.
#[derive(Clone, Debug)]
pub struct Generation {
    pub ids: Vec<u32>,
    pub stop: StopReason,
    /// Prompt tokens (unpadded) and the padded length prefill ran over.
    pub prompt_tokens: usize,
    pub padded_prompt: usize,
    /// From the start of prefill to the first token on the host.
    pub ttft_ms: f64,
    /// Tokens decoded after the first, and their total time.
    pub decode_steps: usize,
    pub decode_ms: f64,
}

pub struct Engine {
    client: Client,
    cfg: Config,
    opts: EngineOptions,
    format: WeightFormat,
    /// The devices the model is split over (tensor parallelism); `None`: the first device.
    mesh: Option<Mesh>,
    weights: Vec<DeviceBuffer>,
    steps: HashMap<StepSpec, DeviceExecutable>,
    logits: HashMap<i64, DeviceExecutable>,
    /// Wall time the weights took to reach the device.
    pub upload_ms: f64,
    /// Wall time spent compiling (or loading from the compile cache) so far.
    pub compile_ms: f64,
    /// How many executables came from the compile cache, and how many the compiler built.
    pub cache_hits: usize,
    pub compiled: usize,
    /// Whether the weights came mapped from the prepared-weights cache (`weights_cache`).
    pub weights_from_cache: bool,
}

impl Engine {
    /// Uploads every weight once, in the order the traced programs declare them. Projections
    /// and attention are lowered as the client's platform wants (`backend::for_platform`).
    pub fn new(client: Client, store: &WeightStore, opts: EngineOptions) -> Result<Engine> {
        let backend = backend::for_platform(client.platform_name());
        Engine::with_backend(client, store, opts, backend)
    }

    /// As `new`, with the backend forced: for tests and benchmarks that compare backends on
    /// one platform (e.g. the in-graph INT8 dequantization on CPU).
    pub fn with_backend(
        client: Client,
        store: &WeightStore,
        opts: EngineOptions,
        backend: Backend,
    ) -> Result<Engine> {
        let mut engine = Engine::unloaded(client, store.config().clone(), opts, backend, 1)?;
        let t = Instant::now();
        let cache = engine.opts.compile_cache.as_ref().map(WeightsCache::beside);
        (engine.weights, engine.weights_from_cache) =
            upload_weights_to(&engine.client, store, &engine.format, None, cache.as_ref())?;
        engine.upload_ms = t.elapsed().as_secs_f64() * 1e3;
        Ok(engine)
    }

    /// The options checked, the mesh of `devices` made and the backend's kernels registered,
    /// with no weights yet.
    fn unloaded(
        client: Client,
        cfg: Config,
        opts: EngineOptions,
        backend: Backend,
        devices: usize,
    ) -> Result<Engine> {
        if !matches!(opts.dtype, DType::F32 | DType::BF16 | DType::F16) {
            bail!(
                "unsupported model dtype {}: expected f32, bf16 or f16",
                opts.dtype
            );
        }
        if opts.max_seq < 2 || opts.max_seq as usize > cfg.max_position_embeddings {
            bail!(
                "max_seq {} is outside 2..={} (the model's max_position_embeddings)",
                opts.max_seq,
                cfg.max_position_embeddings
            );
        }
        if opts.buckets.is_empty() || opts.buckets.iter().any(|&b| b < 1) {
            bail!(
                "prompt buckets must be positive lengths, got {:?}",
                opts.buckets
            );
        }
        if let Some(&b) = opts.buckets.iter().find(|&&b| b > opts.max_seq) {
            bail!("prompt bucket {b} is longer than max_seq {}", opts.max_seq);
        }
        if let Some(kv) = opts.kv_dtype {
            if !matches!(kv, DType::F32 | DType::BF16 | DType::F16) {
                bail!("unsupported KV cache dtype {kv}: expected f32, bf16 or f16");
            }
        }
        if !(1..=MAX_DECODE_STEPS).contains(&opts.decode_steps) {
            bail!(
                "--decode-steps must be in 1..={MAX_DECODE_STEPS} (tokens per host visit), got {}",
                opts.decode_steps
            );
        }
        let format = WeightFormat {
            dtype: opts.dtype,
            quant: opts.quant,
            backend,
            devices: devices as i64,
        };
        let mesh = tensor_parallel::mesh_for(&client, &cfg, &opts, devices)?;
        backend::prepare(&client, &backend)?;
        Ok(Engine {
            client,
            cfg,
            opts,
            format,
            mesh,
            weights: Vec::new(),
            steps: HashMap::new(),
            logits: HashMap::new(),
            upload_ms: 0.0,
            compile_ms: 0.0,
            cache_hits: 0,
            compiled: 0,
            weights_from_cache: false,
        })
    }

    /// As `new` over `devices` devices (`Engine::split`), with `prepare` (e.g. a call of
    /// [`Engine::prepare`]) run before the weights upload. The engine `prepare` gets has no
    /// weights yet: it may compile executables, not run them.
    pub fn new_preparing<R>(
        client: Client,
        store: &WeightStore,
        opts: EngineOptions,
        devices: usize,
        prepare: impl FnOnce(&mut Engine) -> Result<R>,
    ) -> Result<(Engine, R)> {
        let backend = backend::for_platform(client.platform_name());
        Engine::new_preparing_with(client, store, opts, devices, backend, prepare)
    }

    /// `new_preparing` with the backend forced, as `with_backend` forces it for one device.
    pub fn new_preparing_with<R>(
        client: Client,
        store: &WeightStore,
        opts: EngineOptions,
        devices: usize,
        backend: Backend,
        prepare: impl FnOnce(&mut Engine) -> Result<R>,
    ) -> Result<(Engine, R)> {
        let cfg = store.config().clone();
        let mut engine = Engine::unloaded(client, cfg, opts, backend, devices)?;
        // Executables first, weights after, one at a time: loading an executable touches
        // ~20 MiB of plugin code and heap that is given back right after (`runtime::pages`),
        // and with the weights already resident that passing bulge set the process's peak
        // (warm INT8 runs peaked at 173-195 MiB overlapped, 173-174 one after the other, on
        // a 192 MiB llama.cpp Q8_0 peak). Overlapping the two saved start-up time that the
        // warm start can spare (load + compile 0.13-0.22 s either way, against 0.3 s).
        let prepared = prepare(&mut engine)?;
        let cache = engine.opts.compile_cache.as_ref().map(WeightsCache::beside);
        let t = Instant::now();
        let uploaded = upload_weights_to(
            &engine.client,
            store,
            &engine.format,
            engine.mesh.as_ref(),
            cache.as_ref(),
        )
        .map(|w| (w, t.elapsed()));
        let ((weights, from_cache), took) = uploaded?;
        (engine.weights, engine.weights_from_cache) = (weights, from_cache);
        engine.upload_ms = took.as_secs_f64() * 1e3;
        Ok((engine, prepared))
    }

    pub fn config(&self) -> &Config {
        &self.cfg
    }

    pub fn options(&self) -> &EngineOptions {
        &self.opts
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Activation dtype, weight quantization and the backend chosen for this platform.
    pub fn weight_format(&self) -> &WeightFormat {
        &self.format
    }

    /// The backend and, where it runs host kernels, the SIMD path they take here (e.g.
    /// `host-kernels/avx2`): what reports say ran.
    /// Over a mesh, `/tpN` follows: `host-kernels/avx512/tp4` runs our kernels on each of 4
    /// devices' share.
    pub fn backend_name(&self) -> String {
        let backend = &self.format.backend;
        let mut name = match backend::kernel_path(backend) {
            Some(path) => format!("{}/{}", backend.name(), path.name()),
            None => backend.name().to_string(),
        };
        if let Some(mesh) = &self.mesh {
            name.push_str(&format!("/tp{}", mesh.device_count()));
        }
        name
    }

    /// Bytes the weights take on the devices (replicated ones counted on each).
    pub fn weights_device_bytes(&self) -> usize {
        self.weights.iter().map(DeviceBuffer::device_bytes).sum()
    }

    /// Whether this engine's graphs loop over the decoder's layers (`Layers::looped`): then each
    /// weight is every layer's stacked, and the cache one buffer each for keys and values.
    pub fn looped_layers(&self) -> bool {
        Layers::looped(&self.format)
    }

    /// The dtype the KV cache is stored in.
    pub fn kv_dtype(&self) -> DType {
        self.opts.kv_dtype.unwrap_or(self.opts.dtype)
    }

    /// Bytes of the KV cache (keys and values) for one sequence.
    pub fn kv_cache_bytes(&self) -> usize {
        2 * self.cfg.num_hidden_layers
            * KvCache::ty(&self.cfg, &self.shapes(1, 1), self.kv_dtype(), false).size_bytes()
    }

    fn shapes(&self, slots: i64, tokens: i64) -> Shapes {
        Shapes {
            batch: slots,
            tokens,
            max_seq: self.opts.max_seq,
        }
    }

    /// The one length the no-cache ablation recomputes a `total`-token sequence in: the
    /// smallest bucket that holds it, else exactly `total`.
    pub fn no_cache_length(&self, total: usize) -> i64 {
        self.opts
            .buckets
            .iter()
            .copied()
            .filter(|&b| b as usize >= total)
            .min()
            .unwrap_or(total as i64)
    }

    /// The bucket a prompt of `n` tokens runs in, and how many chunks of it.
    pub fn prefill_plan(&self, n: usize) -> (i64, usize) {
        self.opts.prefill_plan(n)
    }

    /// The prefill of one `bucket`-token prompt chunk into a cache of `slots` sequences.
    pub fn prefill_spec(
        &self,
        slots: i64,
        bucket: i64,
        sampling: Sampling,
        emit_logits: bool,
    ) -> StepSpec {
        StepSpec {
            kind: StepKind::Prefill,
            shapes: self.shapes(slots, bucket),
            format: self.format,
            kv_dtype: self.kv_dtype(),
            sampling,
            emit_logits,
        }
    }

    /// The decode of up to `decode_steps` tokens for each of `rows` sequences in a cache of
    /// `slots`.
    pub fn decode_spec(
        &self,
        slots: i64,
        rows: i64,
        sampling: Sampling,
        emit_logits: bool,
    ) -> StepSpec {
        StepSpec {
            kind: StepKind::Decode {
                steps: self.opts.decode_steps,
                rows,
            },
            shapes: self.shapes(slots, 1),
            format: self.format,
            kv_dtype: self.kv_dtype(),
            sampling,
            emit_logits,
        }
    }

    /// Compiles (or loads) a step executable unless it is ready.
    pub fn prepare_step(&mut self, spec: &StepSpec) -> Result<()> {
        if !self.steps.contains_key(spec) {
            let program = self.step_program(spec)?;
            let exe = self
                .compile(&program)
                .with_context(|| format!("compiling {}", spec.name()))?;
            self.steps.insert(spec.clone(), exe);
        }
        Ok(())
    }

    /// Compiles everything a generation of a `prompt_len` prompt needs, before its token loop.
    /// (Non-final prompt chunks always run greedy: their token is not used.)
    pub fn prepare(
        &mut self,
        prompt_len: usize,
        sampling: Sampling,
        emit_logits: bool,
    ) -> Result<()> {
        let (bucket, chunks) = self.prefill_plan(prompt_len);
        if chunks > 1 {
            self.prepare_step(&self.prefill_spec(1, bucket, Sampling::Greedy, emit_logits))?;
        }
        self.prepare_step(&self.prefill_spec(1, bucket, sampling, emit_logits))?;
        self.prepare_step(&self.decode_spec(1, 1, sampling, emit_logits))
    }

    /// Logits `[ids.len(), vocab]` of one full forward over `ids` (no cache reuse).
    pub fn logits(&mut self, ids: &[u32]) -> Result<Vec<f32>> {
        if ids.is_empty() {
            bail!("no token ids given");
        }
        if let Some(&bad) = ids.iter().find(|&&id| id as usize >= self.cfg.vocab_size) {
            bail!(
                "token id {bad} is out of range for a vocabulary of {}",
                self.cfg.vocab_size
            );
        }
        if ids.len() > self.cfg.max_position_embeddings {
            bail!(
                "{} tokens exceed the model's context of {}",
                ids.len(),
                self.cfg.max_position_embeddings
            );
        }
        let len = ids.len() as i64;
        if !self.logits.contains_key(&len) {
            let program = self.logits_program(len)?;
            let exe = self.compile(&program)?;
            self.logits.insert(len, exe);
        }
        let tokens: Vec<i32> = ids.iter().map(|&t| t as i32).collect();
        let tokens = self.upload(&tokens, &[1, len])?;
        let mut args: Vec<DeviceArg> = self.weights.iter().map(DeviceArg::Borrowed).collect();
        args.push(DeviceArg::Borrowed(&tokens));
        self.logits[&len].execute(args)?[0].to_host::<f32>()
    }
}

/// Uploads every weight in `weight_specs` order to the first device (`upload_weights`), or
/// over `mesh` as tensor parallelism lays them (`tensor_parallel::upload_weights`, which the
/// prepared-weights cache does not hold).
fn upload_weights_to(
    client: &Client,
    store: &WeightStore,
    format: &WeightFormat,
    mesh: Option<&Mesh>,
    cache: Option<&WeightsCache>,
) -> Result<(Vec<DeviceBuffer>, bool)> {
    match mesh {
        None => {
            let (weights, from_cache) = upload_weights(client, store, format, cache)?;
            Ok((
                weights.into_iter().map(DeviceBuffer::One).collect(),
                from_cache,
            ))
        }
        Some(mesh) => Ok((
            tensor_parallel::upload_weights(client, store, format, mesh)?,
            false,
        )),
    }
}

/// Uploads every weight in `weight_specs` order, one tensor at a time: each is written once
/// into host memory the device then uses in place (`Client::upload_host`; the CPU plugin does
/// not copy it), so host memory holds the weights once, plus one checkpoint tensor in flight.
fn upload_weights(
    client: &Client,
    store: &WeightStore,
    format: &WeightFormat,
    cache: Option<&WeightsCache>,
) -> Result<(Vec<Buffer>, bool)> {
    let cfg = store.config();
    let specs = weight_specs(cfg, format);
    let key = WeightsCache::key(store.path(), format, &specs);
    if let Some(mapped) = cache.and_then(|c| c.load(&key, &specs)) {
        // The checkpoint is read no more: what parsing its header left resident goes back.
        crate::runtime::release_file_pages(store.path());
        let weights = mapped
            .into_iter()
            .map(|host| Ok(client.upload_host(host)?))
            .collect::<Result<_>>()?;
        return Ok((weights, true));
    }
    // Each tensor is written to a new cache entry and dropped; the weights are then mapped from
    // the finished file, so none is resident while executables compile beside this upload (the
    // first forward pass pages them in from the page cache). Caching is a saving, so a cache
    // that cannot be written (a full disk) is reported and the tensors are kept in memory
    // instead; those already dropped are prepared again.
    let mut entry = cache.and_then(|c| {
        c.writer(&key, specs.len())
            .map_err(|e| eprintln!("xlagen: not caching the prepared weights: {e:#}"))
            .ok()
    });
    // Whether the entry took the tensor (else the caller uploads it).
    let mut keep = |bytes: &[u8]| match entry.as_mut().map(|w| w.add(bytes)) {
        Some(Ok(())) => true,
        Some(Err(e)) => {
            eprintln!("xlagen: not caching the prepared weights: {e:#}");
            entry = None;
            false
        }
        None => false,
    };
    let mut weights = Vec::new();
    let mut pending_scale: Option<(String, HostBuffer)> = None;
    let mut scratch: Vec<f32> = Vec::new();
    for (name, ty) in specs.iter().cloned() {
        if let Some((scale, host)) = pending_scale.take() {
            debug_assert_eq!(scale, name, "a scale follows its weight");
            if host.ty() != &ty {
                bail!(
                    "{}: scales of {name} are {}, expected {ty}",
                    store.path().display(),
                    host.ty()
                );
            }
            if !keep(host.bytes()) {
                weights.push(client.upload_host(host)?);
            }
            continue;
        }
        // A stacked projection is its checkpoint tensors concatenated by rows, one at a time.
        let sources = checkpoint_sources(cfg, &name).unwrap_or_else(|| vec![name.clone()]);
        let counts = sources
            .iter()
            .map(|s| Ok(store.dims(s)?.iter().product::<i64>() as usize))
            .collect::<Result<Vec<usize>>>()?;
        check_rows(store, &name, &sources, counts.iter().sum(), &ty.dims)?;
        if ty.dtype == DType::I8 {
            let (rows, cols) = (ty.dims[0], ty.dims[1]);
            let scale_ty =
                TensorType::new(DType::F32, &quant::scale_dims(format.quant, rows, cols));
            let mut host = HostBuffer::zeroed(&ty)?;
            let mut scales = HostBuffer::zeroed(&scale_ty)?;
            let (values, scale_values) =
                (host.elements_mut::<i8>()?, scales.elements_mut::<f32>()?);
            fill_int8(
                store,
                format,
                (&name, &ty.dims),
                (&sources, &counts),
                (values, scale_values),
                &mut scratch,
            )?;
            if !keep(host.bytes()) {
                weights.push(client.upload_host(host)?);
            }
            pending_scale = Some((quant::scale_name(&name), scales));
            continue;
        }
        // Stored in the dtype it runs in (a bf16 checkpoint run in bf16): bytes as they are.
        if let Some(bytes) = stored_bytes(store, &sources, ty.dtype) {
            if !keep(&bytes) {
                weights.push(client.upload_bytes(&bytes, &ty)?);
            }
            continue;
        }
        // Stored in the file as it runs (a GGUF F32 tensor run in f32): used in place.
        if let [source] = &sources[..] {
            if let Some((map, offset)) = store.mapped(source, ty.dtype) {
                let host = HostBuffer::mapped(map, offset, &ty)?;
                if !keep(host.bytes()) {
                    weights.push(client.upload_host(host)?);
                }
                continue;
            }
        }
        let mut host = HostBuffer::zeroed(&ty)?;
        match format.dtype {
            // Dequantized (or converted) straight into the upload buffer.
            DType::F32 => {
                let out = host.elements_mut::<f32>()?;
                let mut at = 0;
                for (source, n) in sources.iter().zip(&counts) {
                    read_float_weight(store, source, &mut out[at..at + n])?;
                    at += n;
                }
            }
            DType::BF16 => fill_converted(
                store,
                &sources,
                host.elements_mut::<bf16>()?,
                bf16::from_f32,
            )?,
            _ => fill_converted(
                store,
                &sources,
                host.elements_mut::<half::f16>()?,
                half::f16::from_f32,
            )?,
        }
        if !keep(host.bytes()) {
            weights.push(client.upload_host(host)?);
        }
    }
    match entry.map(|w| w.finish()) {
        Some(Ok((map, offsets))) => {
            // Reading the checkpoint left its pages resident; the mapped entry replaces them.
            crate::runtime::release_file_pages(store.path());
            let weights = specs
                .iter()
                .zip(offsets)
                .map(|((_, ty), at)| {
                    Ok(client.upload_host(HostBuffer::mapped(map.clone(), at, ty)?)?)
                })
                .collect::<Result<_>>()?;
            return Ok((weights, false));
        }
        Some(Err(e)) => eprintln!("xlagen: not caching the prepared weights: {e:#}"),
        None => {}
    }
    if weights.len() != specs.len() {
        // Some tensors went only to an entry that could not be finished.
        return upload_weights(client, store, format, None);
    }
    Ok((weights, false))
}

/// Fills `values` and `scales` with weight `name` (`dims`, INT8 as `format.quant` lays it out):
/// its checkpoint tensors `sources` (of `counts` values each) concatenated by rows, each read
/// as stored when already INT8, else quantized a block of rows at a time through `scratch`,
/// so the f32 form is never whole in memory.
fn fill_int8(
    store: &WeightStore,
    format: &WeightFormat,
    (name, dims): (&str, &[i64]),
    (sources, counts): (&[String], &[usize]),
    (values, scale_values): (&mut [i8], &mut [f32]),
    scratch: &mut Vec<f32>,
) -> Result<()> {
    let cols = dims[1] as usize;
    let group = cols / format.quant.scale_groups(cols);
    let (mut at, mut scale_at) = (0, 0);
    for (source, &n) in sources.iter().zip(counts) {
        let m = n / group;
        if at + n > values.len() || scale_at + m > scale_values.len() {
            bail!(
                "{}: {source} does not fit {name} {dims:?}",
                store.path().display(),
            );
        }
        let (q, s) = (
            &mut values[at..at + n],
            &mut scale_values[scale_at..scale_at + m],
        );
        if stored_as(store, source, DType::I8) {
            let w = quant::load_int8(store, source, format.quant)?;
            if (w.values.len(), w.scales.len()) != (n, m) {
                bail!(
                    "{}: {source} holds {} values and {} scales, expected {n} and {m}",
                    store.path().display(),
                    w.values.len(),
                    w.scales.len()
                );
            }
            q.copy_from_slice(&w.values);
            s.copy_from_slice(&w.scales);
        } else {
            // Read as f32 a block of rows at a time into one scratch buffer, quantized
            // straight into the upload buffer: the f32 form is never whole in memory.
            let block = (QUANTIZE_BLOCK / cols).max(1) * cols;
            for (i, (q, s)) in q
                .chunks_mut(block)
                .zip(s.chunks_mut(block / group))
                .enumerate()
            {
                scratch.resize(q.len(), 0.0);
                store.read_f32_rows_into(source, i * block / cols, scratch)?;
                quant::quantize_groups_into(scratch, group, q, s);
            }
        }
        (at, scale_at) = (at + n, scale_at + m);
    }
    Ok(())
}

/// Values of an f32 weight read at a time to be quantized (4 MiB): big enough to keep both
/// cores busy, small beside the model.
const QUANTIZE_BLOCK: usize = 1 << 20;

/// Fills `out` with checkpoint tensors `sources` (concatenated), converted from f32 by `convert`.
fn fill_converted<T>(
    store: &WeightStore,
    sources: &[String],
    out: &mut [T],
    convert: fn(f32) -> T,
) -> Result<()> {
    let mut at = 0;
    for source in sources {
        let values = float_weight(store, source)?;
        for (o, &v) in out[at..at + values.len()].iter_mut().zip(values.iter()) {
            *o = convert(v);
        }
        at += values.len();
    }
    Ok(())
}

/// Writes checkpoint tensor `name` as f32 into `out`: dequantized in place from GGUF, copied
/// from f32/bf16/f16 safetensors, or (an INT8 checkpoint run unquantized) what its scales say.
fn read_float_weight(store: &WeightStore, name: &str, out: &mut [f32]) -> Result<()> {
    if store.gguf().is_some() {
        return store.read_f32_into(name, out);
    }
    out.copy_from_slice(&float_weight(store, name)?);
    Ok(())
}

/// The raw bytes of checkpoint tensors `sources` (concatenated) when all of them are stored in
/// safetensors as `dtype`; none otherwise.
fn stored_bytes<'a>(
    store: &'a WeightStore,
    sources: &[String],
    dtype: DType,
) -> Option<std::borrow::Cow<'a, [u8]>> {
    // Safetensors bytes are little-endian; the plugin takes host-order values.
    if cfg!(target_endian = "big") {
        return None;
    }
    let st = store.safetensors()?;
    let views = sources
        .iter()
        .map(|s| st.tensor(s).ok().filter(|t| t.dtype == dtype))
        .collect::<Option<Vec<_>>>()?;
    match &views[..] {
        [one] => Some(std::borrow::Cow::Borrowed(one.data)),
        many => Some(std::borrow::Cow::Owned(many.iter().fold(
            Vec::new(),
            |mut all, t| {
                all.extend_from_slice(t.data);
                all
            },
        ))),
    }
}

/// Whether checkpoint tensor `name` is stored in safetensors as `dtype`.
fn stored_as(store: &WeightStore, name: &str, dtype: DType) -> bool {
    store
        .safetensors()
        .and_then(|st| st.tensor(name).ok())
        .is_some_and(|t| t.dtype == dtype)
}

/// A checkpoint tensor as f32 values (an INT8 checkpoint run unquantized is what its scales say).
fn float_weight<'a>(store: &'a WeightStore, name: &str) -> Result<std::borrow::Cow<'a, [f32]>> {
    if !stored_as(store, name, DType::I8) {
        return Ok(store.get_f32(name)?.1);
    }
    let w = quant::load_int8(store, name, Quant::None)?;
    let q = quant::QuantizedRows {
        values: w.values.into_owned(),
        scales: w.scales.into_owned(),
    };
    Ok(std::borrow::Cow::Owned(quant::dequantize_rows(
        &q,
        w.dims[1] as usize,
    )))
}

/// The loaded element count must be what the traced shape says (config vs checkpoint).
fn check_rows(
    store: &WeightStore,
    name: &str,
    sources: &[String],
    len: usize,
    dims: &[i64],
) -> Result<()> {
    let want: i64 = dims.iter().product();
    if len as i64 != want {
        let got: Vec<Vec<i64>> = sources
            .iter()
            .map(|s| store.dims(s))
            .collect::<Result<_>>()?;
        bail!(
            "{}: tensors {sources:?} have shapes {got:?}, but {name} needs {dims:?} in total",
            store.path().display()
        );
    }
    Ok(())
}
