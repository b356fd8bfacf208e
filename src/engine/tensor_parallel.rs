//! Tensor parallelism (`--devices N`): one model split over the devices of one client, every
//! executable partitioned by XLA's SPMD partitioner from the shardings the tracer prints.
//!
//! Megatron's layout (`mistral::weight_sharding`): each device holds its share of the heads
//! (q/k/v rows, the KV cache rows of its KV heads) and of the feed-forward width (gate/up rows,
//! down columns), so attention and the MLP run locally and XLA adds one all-reduce after o and
//! after down. Embeddings, norms, the head and the sampler are replicated: every device draws
//! the same token, which the host reads from the first. The graphs are the one-device model's
//! (`Layers::Unrolled`, XLA's dots and attention: `Backend::Xla`), traced over a mesh.
//!
//! One sequence at a time (`generate`, `logits`); the batched decode loop (`Engine::step`,
//! `serve`) runs on one device.

use std::collections::HashMap;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use super::programs::{ahead_of_time_specs, Sampling, StepKind, StepSpec};
use super::programs::{sharded_logits_program, sharded_step_program, DEVICE_STOP_IDS};
use super::sampler;
use super::{
    check_rows, read_float_weight, Engine, EngineOptions, Flow, GenerateParams, Generation,
    StopReason,
};
use crate::dtype::{DType, TensorType};
use crate::model::config::Config;
use crate::model::linear::Backend;
use crate::model::mistral::{
    checkpoint_sources, fused_blocks, weight_sharding, weight_specs, KvCache, Shapes, TP_AXIS,
};
use crate::model::quant::{Quant, WeightFormat};
use crate::model::weights::WeightStore;
use crate::program::{Mesh, ShardedProgram, Sharding};
use crate::runtime::{
    CacheOutcome, Client, CompileOptions, ShardedArg, ShardedBuffer, ShardedExecutable,
};

/// Checks that `devices` can split `cfg`'s heads and feed-forward width evenly; the error
/// names each count that does not divide. (XLA would pad an uneven split, but a device would
/// then hold query heads whose KV head lives on another, and attention would not be local.)
pub fn check_divides(cfg: &Config, devices: usize) -> Result<()> {
    if devices == 0 {
        bail!("--devices must be at least 1");
    }
    let counts = [
        ("num_key_value_heads", cfg.num_key_value_heads),
        ("num_attention_heads", cfg.num_attention_heads),
        ("intermediate_size", cfg.intermediate_size),
    ];
    let uneven: Vec<String> = counts
        .iter()
        .filter(|(_, n)| n % devices != 0)
        .map(|(name, n)| format!("{name} = {n}"))
        .collect();
    if !uneven.is_empty() {
        bail!(
            "--devices {devices} does not divide the model's {}: tensor parallelism gives each \
             device an equal share of the KV heads, query heads and feed-forward width",
            uneven.join(", ")
        );
    }
    Ok(())
}

/// A model split over the first `devices` devices of a client.
pub struct TensorParallel {
    client: Client,
    cfg: Config,
    opts: EngineOptions,
    format: WeightFormat,
    mesh: Mesh,
    weights: Vec<ShardedBuffer>,
    steps: HashMap<StepSpec, ShardedExecutable>,
    logits: HashMap<i64, ShardedExecutable>,
    /// Wall time the weights took to reach the devices.
    pub upload_ms: f64,
    /// Wall time spent compiling (or loading from the compile cache) so far.
    pub compile_ms: f64,
    /// How many executables came from the compile cache, and how many the compiler built.
    pub cache_hits: usize,
    pub compiled: usize,
}

impl TensorParallel {
    /// Uploads `store`'s weights over `devices` devices of `client`, each split or replicated
    /// as `weight_sharding` says. Only unquantized weights: the INT8 path's host kernels see
    /// whole tensors.
    pub fn new(
        client: Client,
        store: &WeightStore,
        opts: EngineOptions,
        devices: usize,
    ) -> Result<TensorParallel> {
        let cfg = store.config().clone();
        check_divides(&cfg, devices)?;
        if client.device_count() < devices {
            bail!(
                "--devices {devices}: the {} plugin has {} device(s)",
                client.platform_name(),
                client.device_count()
            );
        }
        if opts.quant != Quant::None {
            bail!(
                "--devices {devices} runs unquantized weights only, got --quant {}",
                opts.quant
            );
        }
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
        if opts.buckets.is_empty() || opts.buckets.iter().any(|&b| b < 1 || b > opts.max_seq) {
            bail!(
                "prompt buckets must be lengths in 1..={}, got {:?}",
                opts.max_seq,
                opts.buckets
            );
        }
        if !(1..=super::MAX_DECODE_STEPS).contains(&opts.decode_steps) {
            bail!(
                "--decode-steps must be in 1..={} (tokens per host visit), got {}",
                super::MAX_DECODE_STEPS,
                opts.decode_steps
            );
        }
        let mesh = Mesh::line(TP_AXIS, devices)?;
        let format = WeightFormat {
            dtype: opts.dtype,
            quant: Quant::None,
            backend: Backend::Xla,
        };
        let t = Instant::now();
        let weights = upload_weights(&client, store, &format, &mesh)?;
        let upload_ms = t.elapsed().as_secs_f64() * 1e3;
        Ok(TensorParallel {
            client,
            cfg,
            opts,
            format,
            mesh,
            weights,
            steps: HashMap::new(),
            logits: HashMap::new(),
            upload_ms,
            compile_ms: 0.0,
            cache_hits: 0,
            compiled: 0,
        })
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

    pub fn mesh(&self) -> &Mesh {
        &self.mesh
    }

    /// What reports say ran: XLA's ops over `N` devices.
    pub fn backend_name(&self) -> String {
        format!(
            "{}/tp{}",
            self.format.backend.name(),
            self.mesh.device_count()
        )
    }

    /// Bytes the weights take over all devices (replicated ones counted on each).
    pub fn weights_device_bytes(&self) -> usize {
        self.weights
            .iter()
            .flat_map(|w| w.shards())
            .map(|b| b.ty().size_bytes())
            .sum()
    }

    fn kv_dtype(&self) -> DType {
        self.opts.kv_dtype.unwrap_or(self.opts.dtype)
    }

    /// Bytes of the KV cache (keys and values, all devices) for one sequence.
    pub fn kv_cache_bytes(&self) -> usize {
        2 * self.cfg.num_hidden_layers * self.cache_ty().size_bytes()
    }

    fn cache_ty(&self) -> TensorType {
        KvCache::ty(&self.cfg, &self.shapes(1), self.kv_dtype(), false)
    }

    fn shapes(&self, tokens: i64) -> Shapes {
        Shapes {
            batch: 1,
            tokens,
            max_seq: self.opts.max_seq,
        }
    }

    fn compile(&mut self, program: &ShardedProgram) -> Result<ShardedExecutable> {
        let t = Instant::now();
        let options = CompileOptions::new();
        let exe = match &self.opts.compile_cache {
            Some(cache) => {
                let (exe, outcome) = self
                    .client
                    .compile_sharded_cached(program, &options, cache)?;
                match outcome {
                    CacheOutcome::Hit => self.cache_hits += 1,
                    _ => self.compiled += 1,
                }
                exe
            }
            None => {
                self.compiled += 1;
                self.client.compile_sharded(program, &options)?
            }
        };
        self.compile_ms += t.elapsed().as_secs_f64() * 1e3;
        Ok(exe)
    }

    /// Every step executable a generation may run (`xlagen compile --devices N`): a prefill
    /// per bucket and the decode block, each greedy and sampling, for one sequence.
    pub fn ahead_of_time_specs(&self) -> Vec<StepSpec> {
        let o = &self.opts;
        let (format, kv) = (&self.format, self.kv_dtype());
        ahead_of_time_specs(1, &o.buckets, o.max_seq, o.decode_steps, format, kv)
    }

    /// The partitioned program of step `spec`.
    pub fn program(&self, spec: &StepSpec) -> Result<ShardedProgram> {
        sharded_step_program(&self.cfg, spec, &self.mesh)
            .with_context(|| format!("tracing {} over {} devices", spec.name(), self.n()))
    }

    /// Compiles a step executable unless it is ready.
    pub fn prepare_step(&mut self, spec: &StepSpec) -> Result<()> {
        if !self.steps.contains_key(spec) {
            let program = self.program(spec)?;
            let exe = self
                .compile(&program)
                .with_context(|| format!("compiling {} over {} devices", spec.name(), self.n()))?;
            self.steps.insert(spec.clone(), exe);
        }
        Ok(())
    }

    fn n(&self) -> usize {
        self.mesh.device_count()
    }

    fn prefill_spec(&self, bucket: i64, sampling: Sampling) -> StepSpec {
        StepSpec {
            kind: StepKind::Prefill,
            shapes: self.shapes(bucket),
            format: self.format,
            kv_dtype: self.kv_dtype(),
            sampling,
            emit_logits: false,
        }
    }

    fn decode_spec(&self, sampling: Sampling) -> StepSpec {
        StepSpec {
            kind: StepKind::Decode {
                steps: self.opts.decode_steps,
                rows: 1,
            },
            shapes: self.shapes(1),
            format: self.format,
            kv_dtype: self.kv_dtype(),
            sampling,
            emit_logits: false,
        }
    }

    /// A replicated host value on every device.
    fn replicated<T: crate::runtime::HostElement>(
        &self,
        data: &[T],
        dims: &[i64],
    ) -> Result<ShardedBuffer> {
        Ok(self
            .client
            .upload_sharded(data, dims, &self.mesh, &Sharding::Replicated)?)
    }

    /// Runs step `spec` on `inputs` (after the weights) and the donated `cache`, then the
    /// sampler inputs: the ids it drew, and the cache updated.
    fn run(
        &mut self,
        spec: &StepSpec,
        inputs: Vec<ShardedBuffer>,
        cache: Vec<ShardedBuffer>,
        sampler: Option<Vec<ShardedBuffer>>,
    ) -> Result<(Vec<i32>, Vec<ShardedBuffer>)> {
        self.prepare_step(spec)?;
        let exe = &self.steps[spec];
        let n = cache.len();
        let mut args: Vec<ShardedArg> = self.weights.iter().map(ShardedArg::from).collect();
        args.extend(inputs.iter().map(ShardedArg::from));
        for c in cache {
            args.push(c.donate());
        }
        args.extend(sampler.iter().flatten().map(ShardedArg::from));
        let mut out = exe.execute(args)?.into_iter();
        let next = out.next().context("a step returns its next tokens")?;
        let cache: Vec<ShardedBuffer> = out.take(n).collect();
        if cache.len() != n {
            bail!(
                "a step returned {} cache buffers, expected {n}",
                cache.len()
            );
        }
        Ok((next.to_host::<i32>()?, cache))
    }

    fn sampler_inputs(&self, params: &GenerateParams, drawn: u64) -> Result<Vec<ShardedBuffer>> {
        Ok(vec![
            self.replicated(&[params.temperature], &[1])?,
            self.replicated(&[params.top_k as i32], &[1])?,
            self.replicated(&[params.top_p], &[1])?,
            self.replicated(&sampler::key(params.seed, drawn), &[1, 3])?,
        ])
    }

    /// Compiles what a generation of a `prompt_len` prompt needs, before its token loop.
    pub fn prepare(&mut self, prompt_len: usize, sampling: Sampling) -> Result<()> {
        let (bucket, chunks) = self.opts.prefill_plan(prompt_len);
        if chunks > 1 {
            self.prepare_step(&self.prefill_spec(bucket, Sampling::Greedy))?;
        }
        self.prepare_step(&self.prefill_spec(bucket, sampling))?;
        self.prepare_step(&self.decode_spec(sampling))
    }

    /// Generates from `prompt` as `Engine::generate` does (the same tokens, stop rules and
    /// random stream), calling `on_token` with each new id once it is on the host.
    pub fn generate(
        &mut self,
        prompt: &[u32],
        params: &GenerateParams,
        mut on_token: impl FnMut(u32) -> Flow,
    ) -> Result<Generation> {
        params.validate()?;
        check_ids(&self.cfg, prompt)?;
        let needed = self
            .opts
            .positions_needed(prompt.len(), params.max_new_tokens);
        if needed > self.opts.max_seq as usize {
            bail!(
                "the prompt ({} tokens, padded to its bucket) and {} new tokens need {needed} \
                 cache positions, but max_seq is {}",
                prompt.len(),
                params.max_new_tokens,
                self.opts.max_seq
            );
        }
        let sampling = params.sampling();
        self.prepare(prompt.len(), sampling)?;
        let zeros = vec![0u8; self.cache_ty().size_bytes()];
        let mut cache = (0..2 * self.cfg.num_hidden_layers)
            .map(|_| {
                self.client.upload_bytes_sharded(
                    &zeros,
                    &self.cache_ty(),
                    &self.mesh,
                    &KvCache::sharding(),
                )
            })
            .collect::<Result<Vec<_>, _>>()?;

        let t0 = Instant::now();
        let (bucket, chunks) = self.opts.prefill_plan(prompt.len());
        let mut first = 0;
        for chunk in 0..chunks {
            let begin = chunk * bucket as usize;
            let end = (begin + bucket as usize).min(prompt.len());
            let mut tokens: Vec<i32> = prompt[begin..end].iter().map(|&t| t as i32).collect();
            tokens.resize(bucket as usize, 0);
            let last_chunk = chunk + 1 == chunks;
            let chunk_sampling = if last_chunk {
                sampling
            } else {
                Sampling::Greedy
            };
            let inputs = vec![
                self.replicated(&tokens, &[1, bucket])?,
                self.replicated(&[begin as i32], &[1])?,
                self.replicated(&[0i32], &[])?,
                self.replicated(&[(end - begin - 1) as i32], &[])?,
            ];
            let sampler = (chunk_sampling == Sampling::Random)
                .then(|| self.sampler_inputs(params, 0))
                .transpose()?;
            let spec = self.prefill_spec(bucket, chunk_sampling);
            let (next, updated) = self.run(&spec, inputs, cache, sampler)?;
            (cache, first) = (updated, next[0]);
        }
        let ttft_ms = t0.elapsed().as_secs_f64() * 1e3;
        let decode_start = Instant::now();

        // As the batch's `finish_token`: a stop id ends the sequence and is not returned.
        let mut ids = Vec::new();
        let mut drawn = 0u64;
        let mut filled = prompt.len();
        let mut take = |id: u32, ids: &mut Vec<u32>, drawn: &mut u64| -> Option<StopReason> {
            *drawn += 1;
            if ids.len() == params.max_new_tokens {
                return Some(StopReason::MaxTokens);
            }
            if params.stop_ids.contains(&id) {
                return Some(StopReason::Eos);
            }
            ids.push(id);
            if on_token(id) == Flow::Stop {
                return Some(StopReason::Callback);
            }
            (ids.len() == params.max_new_tokens).then_some(StopReason::MaxTokens)
        };
        let mut stop = take(first as u32, &mut ids, &mut drawn);
        let steps = self.opts.decode_steps;
        let spec = self.decode_spec(sampling);
        let mut stop_ids: Vec<i32> = params
            .stop_ids
            .iter()
            .take(DEVICE_STOP_IDS as usize)
            .map(|&s| s as i32)
            .collect();
        stop_ids.resize(DEVICE_STOP_IDS as usize, -1);
        while stop.is_none() {
            let last = *ids.last().expect("a token before decoding") as i32;
            let mut inputs = vec![
                self.replicated(&[last], &[1, 1])?,
                self.replicated(&[filled as i32], &[1])?,
                self.replicated(&[0i32], &[1])?,
            ];
            if steps > 1 {
                let left = params.max_new_tokens - ids.len();
                inputs.push(self.replicated(&[left.min(steps as usize) as i32], &[1])?);
                inputs.push(self.replicated(&stop_ids, &[1, DEVICE_STOP_IDS])?);
            }
            let sampler = (sampling == Sampling::Random)
                .then(|| self.sampler_inputs(params, drawn))
                .transpose()?;
            let (next, updated) = self.run(&spec, inputs, cache, sampler)?;
            cache = updated;
            for id in next {
                // -1 follows the block's last token.
                let Ok(id) = u32::try_from(id) else { break };
                filled += 1;
                stop = take(id, &mut ids, &mut drawn);
                if stop.is_some() {
                    break;
                }
            }
        }
        Ok(Generation {
            decode_steps: ids.len().saturating_sub(1),
            ids,
            stop: stop.expect("the loop ends on a stop"),
            prompt_tokens: prompt.len(),
            padded_prompt: bucket as usize * chunks,
            ttft_ms,
            decode_ms: decode_start.elapsed().as_secs_f64() * 1e3,
        })
    }

    /// Logits `[ids.len(), vocab]` of one full forward over `ids`, as `Engine::logits`.
    pub fn logits(&mut self, ids: &[u32]) -> Result<Vec<f32>> {
        check_ids(&self.cfg, ids)?;
        let len = ids.len() as i64;
        if !self.logits.contains_key(&len) {
            let program = sharded_logits_program(&self.cfg, len, &self.format, &self.mesh)?;
            let exe = self.compile(&program)?;
            self.logits.insert(len, exe);
        }
        let tokens: Vec<i32> = ids.iter().map(|&t| t as i32).collect();
        let tokens = self.replicated(&tokens, &[1, len])?;
        let mut args: Vec<ShardedArg> = self.weights.iter().map(ShardedArg::from).collect();
        args.push(ShardedArg::from(&tokens));
        Ok(self.logits[&len].execute(args)?[0].to_host::<f32>()?)
    }
}

/// The model on one device, or split over several: what `generate` and `logits` run.
pub enum Loaded {
    One(Engine),
    Split(TensorParallel),
}

impl Loaded {
    pub fn config(&self) -> &Config {
        match self {
            Loaded::One(e) => e.config(),
            Loaded::Split(t) => t.config(),
        }
    }

    pub fn generate(
        &mut self,
        prompt: &[u32],
        params: &GenerateParams,
        on_token: impl FnMut(u32) -> Flow,
    ) -> Result<Generation> {
        match self {
            Loaded::One(e) => e.generate(prompt, params, None, on_token),
            Loaded::Split(t) => t.generate(prompt, params, on_token),
        }
    }

    pub fn logits(&mut self, ids: &[u32]) -> Result<Vec<f32>> {
        match self {
            Loaded::One(e) => e.logits(ids),
            Loaded::Split(t) => t.logits(ids),
        }
    }

    pub fn client(&self) -> &Client {
        match self {
            Loaded::One(e) => e.client(),
            Loaded::Split(t) => t.client(),
        }
    }

    pub fn backend_name(&self) -> String {
        match self {
            Loaded::One(e) => e.backend_name(),
            Loaded::Split(t) => t.backend_name(),
        }
    }

    /// Weight quantization (`none` when split).
    pub fn quant(&self) -> Quant {
        match self {
            Loaded::One(e) => e.weight_format().quant,
            Loaded::Split(_) => Quant::None,
        }
    }

    pub fn weights_device_bytes(&self) -> usize {
        match self {
            Loaded::One(e) => e.weights_device_bytes(),
            Loaded::Split(t) => t.weights_device_bytes(),
        }
    }

    pub fn kv_cache_bytes(&self) -> usize {
        match self {
            Loaded::One(e) => e.kv_cache_bytes(),
            Loaded::Split(t) => t.kv_cache_bytes(),
        }
    }

    /// How loading went.
    pub fn load_stats(&self) -> LoadStats {
        match self {
            Loaded::One(e) => LoadStats {
                upload_ms: e.upload_ms,
                compile_ms: e.compile_ms,
                cache_hits: e.cache_hits,
                compiled: e.compiled,
                weights_from_cache: e.weights_from_cache,
            },
            Loaded::Split(t) => LoadStats {
                upload_ms: t.upload_ms,
                compile_ms: t.compile_ms,
                cache_hits: t.cache_hits,
                compiled: t.compiled,
                weights_from_cache: false,
            },
        }
    }
}

/// Load timings and cache use, as `Engine` counts them.
pub struct LoadStats {
    pub upload_ms: f64,
    pub compile_ms: f64,
    pub cache_hits: usize,
    pub compiled: usize,
    pub weights_from_cache: bool,
}

/// Token ids a forward can take: some, each in the vocabulary, no more than the context.
fn check_ids(cfg: &Config, ids: &[u32]) -> Result<()> {
    if ids.is_empty() {
        bail!("no token ids given");
    }
    if let Some(&bad) = ids.iter().find(|&&id| id as usize >= cfg.vocab_size) {
        bail!(
            "token id {bad} is out of range for a vocabulary of {}",
            cfg.vocab_size
        );
    }
    if ids.len() > cfg.max_position_embeddings {
        bail!(
            "{} tokens exceed the model's context of {}",
            ids.len(),
            cfg.max_position_embeddings
        );
    }
    Ok(())
}

/// Uploads every weight in `weight_specs` order over `mesh`, laid out as `weight_sharding`
/// says; fused projections (q/k/v, gate/up) re-laid as per-device blocks (`fused_blocks`).
fn upload_weights(
    client: &Client,
    store: &WeightStore,
    format: &WeightFormat,
    mesh: &Mesh,
) -> Result<Vec<ShardedBuffer>> {
    let cfg = store.config();
    let parts = mesh.device_count();
    let mut weights = Vec::new();
    for (name, ty) in weight_specs(cfg, format) {
        let sources = checkpoint_sources(cfg, &name).unwrap_or_else(|| vec![name.clone()]);
        let counts = sources
            .iter()
            .map(|s| Ok(store.dims(s)?.iter().product::<i64>() as usize))
            .collect::<Result<Vec<usize>>>()?;
        check_rows(store, &name, &sources, counts.iter().sum(), &ty.dims)?;
        let mut values = vec![0f32; counts.iter().sum()];
        let mut at = 0;
        for (source, &n) in sources.iter().zip(&counts) {
            read_float_weight(store, source, &mut values[at..at + n])?;
            at += n;
        }
        if sources.len() > 1 && parts > 1 {
            let cols = ty.dims.get(1).copied().unwrap_or(1) as usize;
            let rows: Vec<usize> = counts.iter().map(|n| n / cols).collect();
            values = fused_blocks(&rows, parts)
                .into_iter()
                .flat_map(|r| values[r * cols..(r + 1) * cols].iter().copied())
                .collect();
        }
        let sharding = weight_sharding(&name);
        let upload = match ty.dtype {
            DType::F32 => client.upload_sharded(&values, &ty.dims, mesh, &sharding),
            DType::BF16 => {
                let values: Vec<half::bf16> =
                    values.iter().map(|&v| half::bf16::from_f32(v)).collect();
                client.upload_sharded(&values, &ty.dims, mesh, &sharding)
            }
            _ => {
                let values: Vec<half::f16> =
                    values.iter().map(|&v| half::f16::from_f32(v)).collect();
                client.upload_sharded(&values, &ty.dims, mesh, &sharding)
            }
        };
        weights.push(upload.with_context(|| format!("uploading {name} over {parts} devices"))?);
    }
    Ok(weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fused_rows_are_laid_out_per_device() {
        // q has 4 rows, k and v 2 each; over 2 devices: q0 q1 k0 v0 | q2 q3 k1 v1.
        assert_eq!(fused_blocks(&[4, 2, 2], 2), [0, 1, 4, 6, 2, 3, 5, 7]);
        assert_eq!(fused_blocks(&[3, 1], 1), [0, 1, 2, 3]);
    }
}
