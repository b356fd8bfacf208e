//! The executables the engine runs, traced from the one model forward.
//!
//! A step (prefill of a bucket, or decode of one token) takes the weights, this call's tokens,
//! the cache index they start at, per-sequence padding, the KV cache (donated) and, when
//! sampling, the sampler's parameters; it returns the next token of each sequence, the
//! updated cache, and the advanced RNG key. The next token's buffer is fed straight back as
//! the following decode's `tokens`, so it never has to visit the host to be used.

use crate::dtype::{DType, TensorType};
use crate::model::config::Config;
use crate::model::mistral::{KvCache, Model, Shapes, Step};
use crate::model::quant::{Quant, WeightFormat};
use crate::program::Program;
use crate::trace::{Graph, TraceError};

use super::sampler::{self, SamplerParams};

/// How a step picks its token.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Sampling {
    /// Argmax: no sampler parameters, no RNG.
    Greedy,
    /// Temperature, top-k and top-p, with a seeded key.
    Random,
}

/// Everything that makes one step executable different from another.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StepSpec {
    pub shapes: Shapes,
    /// Activation dtype, weight quantization and its lowering.
    pub format: WeightFormat,
    pub sampling: Sampling,
    /// Also return the last position's logits `[batch, vocab]` (parity checks, teacher forcing).
    pub emit_logits: bool,
}

impl StepSpec {
    /// A short stable name, used for graph files: `prefill_b1_t32_s1024_f32_greedy`.
    pub fn name(&self) -> String {
        let kind = if self.shapes.tokens == 1 {
            "decode".to_string()
        } else {
            format!("prefill_t{}", self.shapes.tokens)
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
}

/// Traces one step. Arguments: weights, tokens, start, pad, every layer's k cache, every layer's
/// v cache, then the sampler's parameters (when sampling). Outputs: next tokens `[batch, 1]`
/// i32, the caches in argument order, then the RNG key (when sampling), then the last
/// position's logits (when asked).
pub fn step_program(cfg: &Config, spec: &StepSpec) -> Result<Program, TraceError> {
    let g = Graph::new(&spec.name());
    let model = Model::params(&g, cfg, &spec.format);
    let s = &spec.shapes;
    let step = Step {
        tokens: g.param("tokens", TensorType::new(DType::I32, &[s.batch, s.tokens])),
        start: g.param("start", TensorType::scalar(DType::I32)),
        pad: g.param("pad", TensorType::new(DType::I32, &[s.batch])),
    };
    let cache_in = KvCache::params(&g, cfg, s, spec.format.dtype);
    let mut cache = KvCache {
        k: cache_in.k.clone(),
        v: cache_in.v.clone(),
    };
    let sampler = (spec.sampling == Sampling::Random).then(|| SamplerParams::params(&g));

    let hidden = model.hidden(cfg, &step, &mut cache);
    // Sequences are left-padded, so every row's last token is at the last position.
    let last = model
        .head(&hidden.slice_dim(1, s.tokens - 1, s.tokens))
        .reshape(&[s.batch, cfg.vocab_size as i64]);
    let mut outputs = Vec::new();
    let next = match &sampler {
        None => sampler::greedy(&last),
        Some(p) => {
            let (ids, key) = sampler::sample(&last, p);
            outputs.push(key);
            ids
        }
    };
    let next = next.reshape(&[s.batch, 1]);
    if spec.emit_logits {
        outputs.push(last);
    }
    for (i, c) in cache_in.tensors().into_iter().enumerate() {
        g.donate(c, 1 + i);
    }
    let mut all = vec![&next];
    all.extend(cache.tensors());
    all.extend(outputs.iter());
    g.build(&all)
}

/// Every step executable `xlagen compile` builds ahead of time: a prefill per bucket and the
/// decode step, each greedy and sampling, for `batch` sequences.
pub fn ahead_of_time_specs(
    batch: i64,
    buckets: &[i64],
    max_seq: i64,
    format: &WeightFormat,
) -> Vec<StepSpec> {
    let mut specs = Vec::new();
    for &tokens in buckets.iter().chain(&[1]) {
        for sampling in [Sampling::Greedy, Sampling::Random] {
            specs.push(StepSpec {
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
        start: g.scalar(0.0, DType::I32),
        pad: g.splat(0.0, TensorType::new(DType::I32, &[1])),
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
