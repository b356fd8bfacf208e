//! The executables the engine runs, traced from the one model forward.
//!
//! A step takes the weights, this call's tokens and the position of each row's first token,
//! the KV cache of every slot (donated) and, when sampling, each row's sampler parameters; it
//! returns each row's next token and the updated cache. A decode step runs one token for every
//! slot; a prefill step runs one chunk of one prompt into one slot's rows. Slots join and leave
//! between steps, so the host assembles each decode's tokens from the ids it has already read
//! back for streaming and stop checks.

use crate::dtype::{DType, TensorType};
use crate::model::config::Config;
use crate::model::mistral::{KvCache, Model, Shapes, Slots, Step};
use crate::model::quant::{Quant, WeightFormat};
use crate::program::Program;
use crate::trace::{Graph, TraceError};

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
    /// One token for every slot.
    Decode,
}

/// Everything that makes one step executable different from another.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StepSpec {
    pub kind: StepKind,
    /// `batch` is the number of slots the cache holds.
    pub shapes: Shapes,
    /// Activation dtype, weight quantization and its lowering.
    pub format: WeightFormat,
    pub sampling: Sampling,
    /// Also return the sampled position's logits `[rows, vocab]` (parity checks).
    pub emit_logits: bool,
}

impl StepSpec {
    /// A short stable name, used for graph files: `prefill_t32_b1_s1024_f32_greedy`.
    pub fn name(&self) -> String {
        let kind = match self.kind {
            StepKind::Decode => "decode".to_string(),
            StepKind::Prefill => format!("prefill_t{}", self.shapes.tokens),
        };
        let sampling = match self.sampling {
            Sampling::Greedy => "greedy",
            Sampling::Random => "sample",
        };
        let logits = if self.emit_logits { "_logits" } else { "" };
        let quant = quant_suffix(self.format.quant);
        format!(
            "{kind}_b{}_s{}_{}{quant}_{sampling}{logits}",
            self.shapes.batch, self.shapes.max_seq, self.format.dtype
        )
    }

    /// Sequences per call: every slot in decode, one in prefill.
    pub fn rows(&self) -> i64 {
        match self.kind {
            StepKind::Decode => self.shapes.batch,
            StepKind::Prefill => 1,
        }
    }
}

/// Traces one step. Arguments: weights, `tokens [rows, tokens]` i32, `start [rows]` i32 (each
/// row's first position); for prefill, `slot` and `last` (i32 scalars: the slot written, and
/// the chunk index whose logits pick the next token); the cache (`KvCache::flat` order); then,
/// when sampling, `SamplerParams`. Outputs: next tokens `[rows, 1]` i32, the cache in argument
/// order, then the logits `[rows, vocab]` (when asked).
pub fn step_program(cfg: &Config, spec: &StepSpec) -> Result<Program, TraceError> {
    let g = Graph::new(&spec.name());
    let model = Model::params(&g, cfg, &spec.format);
    let s = &spec.shapes;
    let rows = spec.rows();
    let tokens = g.param("tokens", TensorType::new(DType::I32, &[rows, s.tokens]));
    let start = g.param("start", TensorType::new(DType::I32, &[rows]));
    let (slots, last) = match spec.kind {
        StepKind::Decode => (Slots::All, None),
        StepKind::Prefill => (
            Slots::One(g.param("slot", TensorType::scalar(DType::I32))),
            Some(g.param("last", TensorType::scalar(DType::I32))),
        ),
    };
    let step = Step {
        tokens,
        start,
        slots,
    };
    let cache_in = KvCache::params(&g, cfg, s, spec.format.dtype);
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
    let logits = model.head(&picked).reshape(&[rows, cfg.vocab_size as i64]);
    let next = match &sampler {
        None => sampler::greedy(&logits),
        Some(p) => sampler::sample(&logits, p),
    };
    let next = next.reshape(&[rows, 1]);
    for (i, c) in cache_in.flat().into_iter().enumerate() {
        g.donate(c, 1 + i);
    }
    let mut all = vec![&next];
    all.extend(cache.flat());
    if spec.emit_logits {
        all.push(&logits);
    }
    g.build(&all)
}

/// Every step executable `xlagen compile` builds ahead of time: a prefill per bucket and the
/// decode step, each greedy and sampling, for a cache of `batch` slots.
pub fn ahead_of_time_specs(
    batch: i64,
    buckets: &[i64],
    max_seq: i64,
    format: &WeightFormat,
) -> Vec<StepSpec> {
    let mut specs = Vec::new();
    let kinds = buckets
        .iter()
        .map(|&b| (StepKind::Prefill, b))
        .chain([(StepKind::Decode, 1)]);
    for (kind, tokens) in kinds {
        for sampling in [Sampling::Greedy, Sampling::Random] {
            specs.push(StepSpec {
                kind,
                shapes: Shapes {
                    batch,
                    tokens,
                    max_seq,
                },
                format: *format,
                sampling,
                emit_logits: false,
            });
        }
    }
    specs
}

/// Traces a plain forward over `len` tokens from an empty cache: logits `[len, vocab]` (f32).
pub fn logits_program(
    cfg: &Config,
    len: i64,
    format: &WeightFormat,
) -> Result<Program, TraceError> {
    let dtype = format.dtype;
    let quant = quant_suffix(format.quant);
    let g = Graph::new(&format!("logits_t{len}_{dtype}{quant}"));
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
    let ty = KvCache::ty(cfg, &shapes, dtype);
    let layers = cfg.num_hidden_layers;
    let mut cache = KvCache {
        k: (0..layers).map(|_| g.splat(0.0, ty.clone())).collect(),
        v: (0..layers).map(|_| g.splat(0.0, ty.clone())).collect(),
    };
    let logits = model.forward(cfg, &step, &mut cache);
    g.build(&[&logits.reshape(&[len, cfg.vocab_size as i64])])
}

/// The part of a program name that tells its weight quantization apart.
fn quant_suffix(quant: Quant) -> String {
    match quant {
        Quant::None => String::new(),
        Quant::Int8 => "_int8".into(),
        Quant::Int8Group(g) => format!("_int8g{g}"),
    }
}
