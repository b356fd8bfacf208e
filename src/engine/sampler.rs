//! Token sampling inside the compiled graph: only the chosen ids leave the device.
//!
//! Greedy is a plain argmax. Sampling draws with the Gumbel-max trick over the logits that
//! survive temperature, top-k and top-p, so the random source is one `rng_bit_generator` call
//! whose key is an argument and is returned advanced: a seed reproduces a run exactly.

use crate::dtype::{DType, TensorType};
use crate::trace::{Graph, Tensor};

/// Sampling parameters as graph inputs, so one executable serves every setting.
pub struct SamplerParams {
    /// f32 scalar, > 0.
    pub temperature: Tensor,
    /// i32 scalar; 0 disables top-k.
    pub top_k: Tensor,
    /// f32 scalar in (0, 1]; 1 disables top-p.
    pub top_p: Tensor,
    /// ui64[2] RNG key.
    pub key: Tensor,
}

impl SamplerParams {
    pub fn params(g: &Graph) -> SamplerParams {
        SamplerParams {
            temperature: g.param("temperature", TensorType::scalar(DType::F32)),
            top_k: g.param("top_k", TensorType::scalar(DType::I32)),
            top_p: g.param("top_p", TensorType::scalar(DType::F32)),
            key: g.param("rng_key", TensorType::new(DType::U64, &[2])),
        }
    }
}

/// The most likely token of each row: `[batch, vocab]` → `[batch]` i32.
pub fn greedy(logits: &Tensor) -> Tensor {
    logits.argmax(1)
}

/// Uniform floats in (0, 1) from 32 random bits each: 24 bits scaled, plus half a step so that
/// neither 0 nor 1 can come out (the Gumbel transform takes two logs).
fn uniform_open(bits: &Tensor) -> Tensor {
    let top24 = bits.shift_right_logical(&bits.lit(8.0)).convert(DType::F32);
    (top24 + 0.5) * (1.0 / 16_777_216.0)
}

/// Inclusive prefix sum along the last dim of a `[batch, n]` tensor, in log2(n) shifted adds.
fn cumsum_last(x: &Tensor) -> Tensor {
    let g = x.graph();
    let (b, n) = (x.dims()[0], x.dims()[1]);
    let mut acc = x.clone();
    let mut shift = 1;
    while shift < n {
        let zeros = g.splat(0.0, TensorType::new(x.dtype(), &[b, shift]));
        let shifted = g.concatenate(&[&zeros, &acc.slice_dim(1, 0, n - shift)], 1);
        acc = acc + shifted;
        shift *= 2;
    }
    acc
}

/// Draws one token per row with temperature, top-k and top-p; returns (ids `[batch]`, new key).
pub fn sample(logits: &Tensor, p: &SamplerParams) -> (Tensor, Tensor) {
    let g = logits.graph();
    let (b, v) = (logits.dims()[0], logits.dims()[1]);
    let scaled = logits / &p.temperature;
    let (sorted, order) = scaled.sort_descending(1);
    let rank = g.iota(TensorType::new(DType::I32, &[b, v]), 1);

    let k_off = p.top_k.le(&p.top_k.lit(0.0));
    let in_top_k = rank.lt(&p.top_k).or(&k_off);

    // Top-p keeps the smallest prefix whose mass reaches p: a token stays if the mass before
    // it is still below p (so the most likely token always stays).
    let probs = sorted.softmax_last();
    let mass_before = cumsum_last(&probs) - &probs;
    let in_top_p = mass_before.lt(&p.top_p);

    let keep = in_top_k.and(&in_top_p);
    let (next_key, bits) = g.rng_bit_generator(&p.key, TensorType::new(DType::U32, &[b, v]));
    let gumbel = -(-uniform_open(&bits).log()).log();
    let candidates = Tensor::select(&keep, &(sorted + gumbel), &scaled.lit(f64::NEG_INFINITY));
    let chosen_rank = candidates.argmax(1);
    let hit = rank.equal(&chosen_rank.reshape(&[b, 1]));
    let ids = Tensor::select(&hit, &order, &order.lit(0.0)).reduce_sum(&[1]);
    (ids, next_key)
}
