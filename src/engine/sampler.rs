//! Token sampling inside the compiled graph: only the chosen ids leave the device.
//!
//! Greedy is a plain argmax. Sampling draws with the Gumbel-max trick over the logits that
//! survive temperature, top-k and top-p. Every row has its own settings and its own random
//! stream: the bits are a hash of the row's seed, how many tokens that row has drawn, and the
//! vocabulary index, so a seed reproduces a sequence exactly whatever else shares its batch,
//! and the host advances a row's stream by counting its tokens.

use crate::dtype::{DType, TensorType};
use crate::trace::{Graph, Tensor};

/// Per-row sampling parameters as graph inputs, so one executable serves every setting.
pub struct SamplerParams {
    /// f32 `[rows]`; 0 picks the row's most likely token (greedy).
    pub temperature: Tensor,
    /// i32 `[rows]`; 0 disables top-k.
    pub top_k: Tensor,
    /// f32 `[rows]` in (0, 1]; 1 disables top-p.
    pub top_p: Tensor,
    /// u32 `[rows, 3]`: the seed's low and high words, and how many tokens the row has drawn.
    pub key: Tensor,
}

impl SamplerParams {
    pub fn params(g: &Graph, rows: i64) -> SamplerParams {
        SamplerParams {
            temperature: g.param("temperature", TensorType::new(DType::F32, &[rows])),
            top_k: g.param("top_k", TensorType::new(DType::I32, &[rows])),
            top_p: g.param("top_p", TensorType::new(DType::F32, &[rows])),
            key: g.param("rng_key", TensorType::new(DType::U32, &[rows, 3])),
        }
    }
}

/// The key of a row that has drawn `drawn` tokens from `seed`.
pub fn key(seed: u64, drawn: u64) -> [u32; 3] {
    [seed as u32, (seed >> 32) as u32, drawn as u32]
}

/// MurmurHash3's 32-bit finalizer: a bijection whose every output bit depends on every input
/// bit, which is what makes hashed counters usable as random bits.
fn fmix32(h: &Tensor) -> Tensor {
    let shift = |x: &Tensor, n: f64| x.xor(&x.shift_right_logical(&x.lit(n)));
    let h = shift(h, 16.0) * 2_246_822_507.0;
    let h = shift(&h, 13.0) * 3_266_489_909.0;
    shift(&h, 16.0)
}

/// 32 random bits for each (row, vocabulary index): `[rows, vocab]` u32 from keys `[rows, 3]`.
fn random_bits(key: &Tensor, vocab: i64) -> Tensor {
    let g = key.graph();
    let rows = key.dims()[0];
    let word = |i: i64| key.slice_dim(1, i, i + 1);
    // Each word is folded in through the mixer; distinct constants keep the stages apart.
    let h = fmix32(&word(0).xor(&word(0).lit(2_654_435_769.0)));
    let h = fmix32(&h.xor(&word(1)));
    let h = fmix32(&h.xor(&word(2)));
    let column = g.iota(TensorType::new(DType::U32, &[rows, vocab]), 1);
    fmix32(&(fmix32(&column.xor(&h)) + 1_779_033_703.0))
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

/// Draws one token per row with its temperature, top-k and top-p; a row with temperature 0
/// takes its most likely token. Returns ids `[rows]` i32.
pub fn sample(logits: &Tensor, p: &SamplerParams) -> Tensor {
    let g = logits.graph();
    let (b, v) = (logits.dims()[0], logits.dims()[1]);
    let column = |t: &Tensor| t.reshape(&[b, 1]);
    let temperature = column(&p.temperature);
    let greedy_row = temperature.le(&temperature.lit(0.0));
    let safe = Tensor::select(&greedy_row, &temperature.lit(1.0), &temperature);
    let scaled = logits / safe;
    let (sorted, order) = scaled.sort_descending(1);
    let rank = g.iota(TensorType::new(DType::I32, &[b, v]), 1);

    let top_k = column(&p.top_k);
    let k_off = top_k.le(&top_k.lit(0.0));
    let in_top_k = rank.lt(&top_k).or(&k_off);

    // Top-p keeps the smallest prefix whose mass reaches p: a token stays if the mass before
    // it is still below p (so the most likely token always stays).
    let probs = sorted.softmax_last();
    let mass_before = cumsum_last(&probs) - &probs;
    let in_top_p = mass_before.lt(&column(&p.top_p));

    let keep = in_top_k.and(&in_top_p);
    let gumbel = -(-uniform_open(&random_bits(&p.key, v)).log()).log();
    let candidates = Tensor::select(&keep, &(sorted + gumbel), &scaled.lit(f64::NEG_INFINITY));
    let chosen_rank = candidates.argmax(1);
    let hit = rank.equal(&chosen_rank.reshape(&[b, 1]));
    let drawn = Tensor::select(&hit, &order, &order.lit(0.0)).reduce_sum(&[1]);
    Tensor::select(&greedy_row.reshape(&[b]), &greedy(logits), &drawn)
}
