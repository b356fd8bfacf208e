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

/// Each f32 as a u32 that orders as the floats do (negatives flipped whole, positives with the
/// sign bit set), so thresholds on values can be searched bit by bit over integers.
fn ordered_bits(x: &Tensor) -> Tensor {
    let bits = x.bitcast(DType::U32);
    let negative = bits.ge(&bits.lit(2_147_483_648.0));
    Tensor::select(
        &negative,
        &bits.xor(&bits.lit(4_294_967_295.0)),
        &bits.or(&bits.lit(2_147_483_648.0)),
    )
}

/// Per row, the smallest `t` in `0..=u32::MAX` where `holds(t)` (a `[b, 1]` predicate that is
/// false up to some point and true from there on, and true at `u32::MAX`), by bisection over
/// the 32 bits. Returns `[b, 1]` u32.
fn first_where(rows: i64, g: &Graph, holds: impl Fn(&Tensor) -> Tensor) -> Tensor {
    let ty = TensorType::new(DType::U32, &[rows, 1]);
    let step = g.scalar(0.0, DType::I32);
    let lo = g.splat(0.0, ty.clone());
    let hi = g.splat(4_294_967_295.0, ty);
    // A loop, not 32 unrolled steps: the executable's code stays small.
    let out = g.while_loop(
        &[&step, &lo, &hi],
        |s| s[0].lt(&s[0].lit(32.0)),
        |s| {
            let (lo, hi) = (&s[1], &s[2]);
            let mid = lo + (hi - lo).shift_right_logical(&lo.lit(1.0));
            let yes = holds(&mid);
            vec![
                &s[0] + 1.0,
                Tensor::select(&yes, lo, &(&mid + 1.0)),
                Tensor::select(&yes, &mid, hi),
            ]
        },
    );
    out[2].clone()
}

/// Draws one token per row with its temperature, top-k and top-p; a row with temperature 0
/// takes its most likely token. Returns ids `[rows]` i32.
///
/// Top-k and top-p are cut-offs on the value: a token stays if fewer than `k` tokens are
/// larger (so ties with the k-th stay too), and if the tokens more likely than it hold less
/// than `p` of the mass (so the most likely token always stays). Each cut-off is found by a
/// 32-step bisection over the values' ordered bits, a few passes over the vocabulary where a
/// sort of it cost ~14 ms a row per token on CPU.
pub fn sample(logits: &Tensor, p: &SamplerParams) -> Tensor {
    let g = logits.graph();
    let (b, v) = (logits.dims()[0], logits.dims()[1]);
    let column = |t: &Tensor| t.reshape(&[b, 1]);
    let temperature = column(&p.temperature);
    let greedy_row = temperature.le(&temperature.lit(0.0));
    let safe = Tensor::select(&greedy_row, &temperature.lit(1.0), &temperature);
    let scaled = logits / safe;
    let key = ordered_bits(&scaled);
    let larger = |t: &Tensor| key.gt(&t.broadcast_to(&[b, v]));

    // Top-k: the smallest t with fewer than k keys above it; the kept keys are those >= t.
    let top_k = column(&p.top_k);
    let k_off = top_k.le(&top_k.lit(0.0));
    let count_above = |t: &Tensor| {
        larger(t)
            .convert(DType::I32)
            .reduce_sum(&[1])
            .reshape(&[b, 1])
    };
    let k_cut = first_where(b, g, |t| count_above(t).lt(&top_k));
    let k_cut = Tensor::select(&k_off, &k_cut.lit(0.0), &k_cut);

    // Top-p: the smallest t with less than p of the mass above it.
    let probs = scaled.softmax_last();
    let top_p = column(&p.top_p);
    let p_off = top_p.ge(&top_p.lit(1.0));
    let zero = probs.lit(0.0);
    let mass_above = |t: &Tensor| {
        Tensor::select(&larger(t), &probs, &zero)
            .reduce_sum(&[1])
            .reshape(&[b, 1])
    };
    let p_cut = first_where(b, g, |t| mass_above(t).lt(&top_p));
    let p_cut = Tensor::select(&p_off, &p_cut.lit(0.0), &p_cut);

    let keep = key.ge(&k_cut.maximum(&p_cut).broadcast_to(&[b, v]));
    let gumbel = -(-uniform_open(&random_bits(&p.key, v)).log()).log();
    let candidates = Tensor::select(&keep, &(scaled + gumbel), &logits.lit(f64::NEG_INFINITY));
    Tensor::select(
        &greedy_row.reshape(&[b]),
        &greedy(logits),
        &candidates.argmax(1),
    )
}
