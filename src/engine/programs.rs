//! The executables the engine runs, traced from the one model forward.
//!
//! A step takes the weights, this call's tokens, the position of each row's first token and
//! the cache slot of each row, the KV cache of every slot (donated) and, when sampling, each
//! row's sampler parameters; it returns each row's next token and the updated cache. A decode
//! runs its rows (the sequences decoding, padded up to a row bucket) over the slots they name,
//! so its cost follows the sequences running, not the slots the cache holds; a prefill step
//! runs one chunk of one prompt into one slot's rows. Slots join and leave between steps, so
//! the host assembles each decode's tokens from the ids it has already read back for streaming
//! and stop checks.

use crate::dtype::{DType, TensorType};
use crate::model::config::Config;
use crate::model::mistral::{KvCache, Layers, Model, Shapes, Slots, Step};
use crate::model::quant::{Quant, WeightFormat};
use crate::program::{Mesh, Program, ShardedProgram, Sharding};
use crate::trace::{Graph, Tensor, TraceError};

use super::sampler::{self, SamplerParams};

/// How a step picks its token.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Sampling {
    /// Argmax: no sampler parameters.
    Greedy,
    /// Each row's temperature, top-k, top-p and seed (a row with temperature 0 is greedy).
    Random,
}

/// What a step runs over.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum StepKind {
    /// `shapes.tokens` prompt tokens of one sequence, into the slot named by an argument.
    Prefill,
    /// Up to `steps` tokens for each of `rows` sequences, in the slots an argument names, in
    /// one call: one step traced straight, or more as a `while` loop that stops early once
    /// every row is done (`decode_loop_program`).
    Decode { steps: i64, rows: i64 },
}

/// Everything that makes one step executable different from another.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StepSpec {
    pub kind: StepKind,
    /// `batch` is the number of slots the cache holds (a decode's rows may be fewer).
    pub shapes: Shapes,
    /// Activation dtype, weight quantization and its lowering.
    pub format: WeightFormat,
    /// The KV cache's dtype.
    pub kv_dtype: DType,
    pub sampling: Sampling,
    /// Also return the sampled position's logits `[rows, vocab]` (parity checks).
    pub emit_logits: bool,
}

impl StepSpec {
    /// A short stable name, used for graph files: `prefill_t32_b1_s1024_f32_greedy`,
    /// `decode_k8_r4_b32_s1024_f32_greedy`.
    pub fn name(&self) -> String {
        let kind = match self.kind {
            StepKind::Decode { steps: 1, rows } => format!("decode_r{rows}"),
            StepKind::Decode { steps, rows } => format!("decode_k{steps}_r{rows}"),
            StepKind::Prefill => format!("prefill_t{}", self.shapes.tokens),
        };
        let sampling = match self.sampling {
            Sampling::Greedy => "greedy",
            Sampling::Random => "sample",
        };
        let logits = if self.emit_logits { "_logits" } else { "" };
        let quant = quant_suffix(self.format.quant);
        let kv = if self.kv_dtype == self.format.dtype {
            String::new()
        } else {
            format!("_kv{}", self.kv_dtype)
        };
        format!(
            "{kind}_b{}_s{}_{}{quant}{kv}_{sampling}{logits}",
            self.shapes.batch, self.shapes.max_seq, self.format.dtype
        )
    }

    /// Sequences per call: the decode's rows, one in prefill.
    pub fn rows(&self) -> i64 {
        match self.kind {
            StepKind::Decode { rows, .. } => rows,
            StepKind::Prefill => 1,
        }
    }
}

/// Traces one step. Arguments: weights, `tokens [rows, tokens]` i32, `start [rows]` i32 (each
/// row's first position); for decode, `slots [rows]` i32 (each row's cache slot, all distinct);
/// for prefill, `slot` and `last` (i32 scalars: the slot written, and the chunk index whose
/// logits pick the next token); the cache (`KvCache::flat` order); then,
/// when sampling, `SamplerParams`. Outputs: next tokens `[rows, 1]` i32, the cache in argument
/// order, then the logits `[rows, vocab]` (when asked). A decode of more than one step is
/// `decode_loop_program`'s.
pub fn step_program(cfg: &Config, spec: &StepSpec) -> Result<Program, TraceError> {
    trace_step(cfg, spec, None).map(Traced::plain)
}

/// `step_program` partitioned over `mesh` (tensor parallelism, `TP_AXIS`): weights laid out
/// as `weight_sharding` says, the cache as `KvCache::sharding`, everything else replicated,
/// so every device draws the same token.
pub fn sharded_step_program(
    cfg: &Config,
    spec: &StepSpec,
    mesh: &Mesh,
) -> Result<ShardedProgram, TraceError> {
    trace_step(cfg, spec, Some(mesh)).map(Traced::sharded)
}

/// A traced program, partitioned when its graph has a mesh.
enum Traced {
    Plain(Program),
    Sharded(ShardedProgram),
}

impl Traced {
    fn plain(self) -> Program {
        match self {
            Traced::Plain(p) => p,
            Traced::Sharded(_) => unreachable!("traced without a mesh"),
        }
    }

    fn sharded(self) -> ShardedProgram {
        match self {
            Traced::Sharded(p) => p,
            Traced::Plain(_) => unreachable!("traced over a mesh"),
        }
    }
}

/// A graph named `name` for weights in `format`, over `mesh` when given: the mesh the
/// weights were laid out for (`WeightFormat::devices`).
fn graph(name: &str, format: &WeightFormat, mesh: Option<&Mesh>) -> Graph {
    let devices = mesh.map_or(1, Mesh::device_count) as i64;
    let g = match mesh {
        None => Graph::new(name),
        Some(mesh) => Graph::sharded(name, mesh.clone()),
    };
    if devices != format.devices {
        g.fail(format!(
            "{name}: weights laid out for {} device(s) traced over {devices}",
            format.devices
        ));
    }
    g
}

/// Finishes `g` with `outputs`, each laid out as its sharding says when `g` has a mesh.
fn finish(g: &Graph, outputs: &[(&Tensor, Sharding)]) -> Result<Traced, TraceError> {
    match g.mesh() {
        None => {
            let tensors: Vec<&Tensor> = outputs.iter().map(|(t, _)| *t).collect();
            g.build(&tensors).map(Traced::Plain)
        }
        Some(_) => g.build_sharded(outputs).map(Traced::Sharded),
    }
}

/// The step's outputs with their shardings: ids (and logits) replicated, the cache split.
fn step_outputs<'a>(
    next: &'a Tensor,
    cache: Vec<&'a Tensor>,
    logits: Option<&'a Tensor>,
) -> Vec<(&'a Tensor, Sharding)> {
    let mut all = vec![(next, Sharding::Replicated)];
    all.extend(cache.into_iter().map(|c| (c, KvCache::sharding())));
    all.extend(logits.map(|l| (l, Sharding::Replicated)));
    all
}

fn trace_step(cfg: &Config, spec: &StepSpec, mesh: Option<&Mesh>) -> Result<Traced, TraceError> {
    if let StepKind::Decode { steps, .. } = spec.kind {
        if steps != 1 {
            return decode_loop_program(cfg, spec, steps, mesh);
        }
    }
    let g = graph(&spec.name(), &spec.format, mesh);
    let model = Model::params(&g, cfg, &spec.format);
    let s = &spec.shapes;
    let rows = spec.rows();
    let tokens = g.param("tokens", TensorType::new(DType::I32, &[rows, s.tokens]));
    let start = g.param("start", TensorType::new(DType::I32, &[rows]));
    let (slots, last) = match spec.kind {
        StepKind::Decode { .. } => (
            Slots::Rows(g.param("slots", TensorType::new(DType::I32, &[rows]))),
            None,
        ),
        StepKind::Prefill => (
            Slots::Rows(
                g.param("slot", TensorType::scalar(DType::I32))
                    .reshape(&[1]),
            ),
            Some(g.param("last", TensorType::scalar(DType::I32))),
        ),
    };
    let step = Step {
        tokens,
        start,
        slots,
    };
    let looped = Layers::looped(&spec.format);
    let cache_in = KvCache::params(&g, cfg, s, spec.kv_dtype, looped);
    let mut cache = KvCache {
        k: cache_in.k.clone(),
        v: cache_in.v.clone(),
    };
    let sampler = (spec.sampling == Sampling::Random).then(|| SamplerParams::params(&g, rows));

    let hidden = model.hidden(cfg, &step, &mut cache);
    let hidden_size = cfg.hidden_size as i64;
    let picked = match &last {
        None => hidden,
        Some(last) => {
            let zero = g.scalar(0.0, DType::I32);
            hidden.dynamic_slice(&[&zero, last, &zero], &[1, 1, hidden_size])
        }
    };
    let (next, logits) = next_token(&model, cfg, &picked, sampler.as_ref());
    let next = next.reshape(&[rows, 1]);
    for (i, c) in cache_in.flat().into_iter().enumerate() {
        g.donate(c, 1 + i);
    }
    let logits = spec.emit_logits.then_some(&logits);
    finish(&g, &step_outputs(&next, cache.flat(), logits))
}

/// The token each row draws from its final hidden state `[rows, 1, hidden]`: ids `[rows]` i32,
/// and the f32 logits `[rows, vocab]` they were drawn from.
fn next_token(
    model: &Model,
    cfg: &Config,
    hidden: &Tensor,
    sampler: Option<&SamplerParams>,
) -> (Tensor, Tensor) {
    let rows = hidden.dims()[0];
    let logits = model.head(hidden).reshape(&[rows, cfg.vocab_size as i64]);
    let next = match sampler {
        None => sampler::greedy(&logits),
        Some(p) => sampler::sample(&logits, p),
    };
    (next, logits)
}

/// Stop ids a row can end on inside a multi-step decode; the host checks all of a request's
/// stop ids on the ids it reads back, so one with more stops only ends its block later.
pub const DEVICE_STOP_IDS: i64 = 8;

/// Traces a decode of up to `steps` tokens per row in one call: a `while` loop over the single
/// step, so the host is visited once per block. Arguments: weights, `tokens [rows, 1]` (each
/// row's last token), `start [rows]`, `slots [rows]` (each row's cache slot), `budget [rows]` i32 (tokens the row may draw in this
/// call, at most `steps`; 0 for a row that is not decoding), `stop_ids [rows,
/// DEVICE_STOP_IDS]` i32 (-1 pads), the cache (donated), then `SamplerParams` when sampling,
/// whose key is each row's key for its first token here. Outputs: ids `[rows, steps]` i32 (a
/// row's tokens in order, then -1 after its last one), the cache, then the logits
/// `[rows, steps, vocab]` when asked. A row is done after its budget or after drawing one of its
/// stop ids (which it returns, for the host to see); the loop ends when every row is done.
/// Every step is the one-step decode's, with each row's key advanced by one per token drawn, so
/// a block draws exactly what as many single steps would.
fn decode_loop_program(
    cfg: &Config,
    spec: &StepSpec,
    steps: i64,
    mesh: Option<&Mesh>,
) -> Result<Traced, TraceError> {
    let g = graph(&spec.name(), &spec.format, mesh);
    if steps < 1 {
        g.fail(format!(
            "a decode block needs at least one step, got {steps}"
        ));
    }
    let model = Model::params(&g, cfg, &spec.format);
    let rows = spec.rows();
    let vocab = cfg.vocab_size as i64;
    let i32_rows = TensorType::new(DType::I32, &[rows]);
    let tokens = g.param("tokens", TensorType::new(DType::I32, &[rows, 1]));
    let start = g.param("start", i32_rows.clone());
    let slots = g.param("slots", i32_rows.clone());
    let budget = g.param("budget", i32_rows);
    let stop_ids = g.param(
        "stop_ids",
        TensorType::new(DType::I32, &[rows, DEVICE_STOP_IDS]),
    );
    let looped = Layers::looped(&spec.format);
    let cache_in = KvCache::params(&g, cfg, &spec.shapes, spec.kv_dtype, looped);
    let sampler = (spec.sampling == Sampling::Random).then(|| SamplerParams::params(&g, rows));

    // Loop state: step index, each row's last token, position and remaining budget, the ids
    // so far, the key (when sampling), the logits (when asked), then the cache.
    let zero = g.scalar(0.0, DType::I32);
    let ids = g.splat(-1.0, TensorType::new(DType::I32, &[rows, steps]));
    let logits = spec
        .emit_logits
        .then(|| g.splat(0.0, TensorType::new(DType::F32, &[rows, steps, vocab])));
    let mut init = vec![&zero, &tokens, &start, &budget, &ids];
    init.extend(sampler.as_ref().map(|p| &p.key));
    init.extend(logits.as_ref());
    let cache_at = init.len();
    init.extend(cache_in.flat());
    let buffers = KvCache::buffers(cfg, looped);

    let out = g.while_loop(
        &init,
        |s| {
            let more = s[3].reduce_max(&[0]).gt(&s[3].lit(0.0));
            s[0].lt(&s[0].lit(steps as f64)).and(&more)
        },
        |s| {
            let (i, last, position, remaining) = (&s[0], &s[1], &s[2], &s[3]);
            let zero = i.lit(0.0);
            let mut extra = s[5..cache_at].iter();
            let key = sampler
                .as_ref()
                .map(|_| extra.next().expect("key in state"));
            let logits_acc = spec
                .emit_logits
                .then(|| extra.next().expect("logits in state"));
            let mut cache =
                KvCache::from_flat(s[cache_at..].to_vec(), buffers).expect("cache in state");
            let step = Step {
                tokens: last.clone(),
                start: position.clone(),
                slots: Slots::Rows(slots.clone()),
            };
            let hidden = model.hidden(cfg, &step, &mut cache);
            let params = sampler.as_ref().zip(key).map(|(p, key)| SamplerParams {
                temperature: p.temperature.clone(),
                top_k: p.top_k.clone(),
                top_p: p.top_p.clone(),
                key: key.clone(),
            });
            let (next, logits) = next_token(&model, cfg, &hidden, params.as_ref());

            let active = remaining.gt(&zero);
            let column = |t: &Tensor| t.reshape(&[rows, 1]);
            let emitted = Tensor::select(&active, &next, &next.lit(-1.0));
            let ids = s[4].dynamic_update_slice(&column(&emitted), &[&zero, i]);
            let stopped = column(&next)
                .equal(&stop_ids)
                .convert(DType::I32)
                .reduce_max(&[1])
                .gt(&zero);
            let left = (remaining - 1.0).maximum(&zero);
            let remaining = Tensor::select(&stopped, &zero, &left);
            let last = Tensor::select(&column(&active), &column(&next), last);
            let advanced = active.convert(DType::I32);
            let mut state = vec![i + 1.0, last, position + &advanced, remaining, ids];
            if let Some(key) = key {
                // The third key word counts the tokens a row has drawn (`sampler::key`).
                let drawn = column(&advanced.convert(DType::U32));
                let words = g.splat(0.0, TensorType::new(DType::U32, &[rows, 2]));
                state.push(key + g.concatenate(&[&words, &drawn], 1));
            }
            if let Some(acc) = logits_acc {
                let row = logits.reshape(&[rows, 1, vocab]);
                state.push(acc.dynamic_update_slice(&row, &[&zero, i, &zero]));
            }
            state.extend(cache.into_flat());
            state
        },
    );
    let cache_out = &out[cache_at..];
    for (i, c) in cache_in.flat().into_iter().enumerate() {
        g.donate(c, 1 + i);
    }
    let logits = spec.emit_logits.then(|| &out[cache_at - 1]);
    finish(
        &g,
        &step_outputs(&out[4], cache_out.iter().collect(), logits),
    )
}

/// Every step executable `xlagen compile` builds ahead of time: a prefill per bucket and the
/// decode of `decode_steps` tokens per call for each row bucket (`decode_rows`), each greedy and
/// sampling, for a cache of `batch` slots stored as `kv_dtype`.
pub fn ahead_of_time_specs(
    batch: i64,
    buckets: &[i64],
    max_seq: i64,
    decode_steps: i64,
    format: &WeightFormat,
    kv_dtype: DType,
) -> Vec<StepSpec> {
    let mut specs = Vec::new();
    let prefills = buckets.iter().map(|&b| (StepKind::Prefill, b));
    let decodes = decode_rows(batch).into_iter().map(|rows| {
        let kind = StepKind::Decode {
            steps: decode_steps,
            rows,
        };
        (kind, 1)
    });
    for (kind, tokens) in prefills.chain(decodes) {
        for sampling in [Sampling::Greedy, Sampling::Random] {
            specs.push(StepSpec {
                kind,
                shapes: Shapes {
                    batch,
                    tokens,
                    max_seq,
                },
                format: *format,
                kv_dtype,
                sampling,
                emit_logits: false,
            });
        }
    }
    specs
}

/// The row counts decode executables are built for over a cache of `slots` sequences: powers
/// of two below it, and `slots` itself. A decode over `n` sequences runs in the smallest that
/// holds them (`rows_for`), so it computes at most twice the rows it needs, and a few
/// executables cover every count.
pub fn decode_rows(slots: i64) -> Vec<i64> {
    let mut rows: Vec<i64> = std::iter::successors(Some(1i64), |r| r.checked_mul(2))
        .take_while(|&r| r < slots)
        .collect();
    rows.push(slots.max(1));
    rows
}

/// The row bucket a decode of `n` sequences over `slots` slots runs in (`n <= slots`).
pub fn rows_for(n: i64, slots: i64) -> i64 {
    decode_rows(slots)
        .into_iter()
        .find(|&r| r >= n)
        .unwrap_or(slots)
}

/// Traces a plain forward over `len` tokens from an empty cache: logits `[len, vocab]` (f32).
pub fn logits_program(
    cfg: &Config,
    len: i64,
    format: &WeightFormat,
) -> Result<Program, TraceError> {
    trace_logits(cfg, len, format, None).map(Traced::plain)
}

/// `logits_program` partitioned over `mesh`, as `sharded_step_program` is.
pub fn sharded_logits_program(
    cfg: &Config,
    len: i64,
    format: &WeightFormat,
    mesh: &Mesh,
) -> Result<ShardedProgram, TraceError> {
    trace_logits(cfg, len, format, Some(mesh)).map(Traced::sharded)
}

fn trace_logits(
    cfg: &Config,
    len: i64,
    format: &WeightFormat,
    mesh: Option<&Mesh>,
) -> Result<Traced, TraceError> {
    let dtype = format.dtype;
    let quant = quant_suffix(format.quant);
    let g = graph(&format!("logits_t{len}_{dtype}{quant}"), format, mesh);
    let model = Model::params(&g, cfg, format);
    let shapes = Shapes {
        batch: 1,
        tokens: len,
        max_seq: len,
    };
    let step = Step {
        tokens: g.param("tokens", TensorType::new(DType::I32, &[1, len])),
        start: g.splat(0.0, TensorType::new(DType::I32, &[1])),
        slots: Slots::All,
    };
    let looped = Layers::looped(format);
    let ty = KvCache::ty(cfg, &shapes, dtype, looped);
    let buffers = KvCache::buffers(cfg, looped);
    let mut cache = KvCache {
        k: (0..buffers).map(|_| g.splat(0.0, ty.clone())).collect(),
        v: (0..buffers).map(|_| g.splat(0.0, ty.clone())).collect(),
    };
    let logits = model
        .forward(cfg, &step, &mut cache)
        .reshape(&[len, cfg.vocab_size as i64]);
    finish(&g, &[(&logits, Sharding::Replicated)])
}

/// The part of a program name that tells its weight quantization apart.
fn quant_suffix(quant: Quant) -> String {
    match quant {
        Quant::None => String::new(),
        Quant::Int8 => "_int8".into(),
        Quant::Int8Group(g) => format!("_int8g{g}"),
    }
}
