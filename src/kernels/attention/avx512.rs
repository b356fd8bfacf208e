//! The cache attention's AVX-512 path (`KernelPath::Avx512`): sixteen lanes, masked loads for
//! head dims that are not a multiple of sixteen, keys and values widened to f32 in registers as
//! they are loaded (`vcvtph2ps` for f16, a zero-extend and 16-bit shift for bf16, which is what
//! bf16 is: the top half of an f32), and the softmax's exponentials sixteen at a time.
//!
//! Up to four query heads sharing a KV head run together, so each key and value is loaded and
//! widened once for all of them.

#![cfg(target_arch = "x86_64")]

use std::arch::x86_64::*;

use super::{CacheElement, Kind, Partial};

/// Query heads per tile: four accumulators per head dim chunk group fit the 32 registers.
const TILE: usize = 4;

/// Scores, softmax numerator and weighted values of `group` queries over one block of keys, as
/// the portable `block` computes them.
///
/// # Safety
/// The CPU must support AVX-512 F, BW and VL, and FMA.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
pub(super) unsafe fn block<E: CacheElement>(
    q: &[f32],
    k: &[E],
    v: &[E],
    group: usize,
    d: usize,
    scale: f32,
) -> Partial {
    let n = k.len() / d;
    assert!(q.len() >= group * d && v.len() >= n * d && n > 0);
    let mut max = vec![f32::MIN; group];
    let mut sum = vec![0f32; group];
    let mut acc = vec![0f32; group * d];
    let mut scores = vec![0f32; TILE * n];
    let mut g0 = 0;
    while g0 < group {
        let tile = (group - g0).min(TILE);
        let q = &q[g0 * d..(g0 + tile) * d];
        let acc = &mut acc[g0 * d..(g0 + tile) * d];
        // SAFETY: `q` holds `tile` rows of `d`, `k` and `v` `n` rows, `scores` `tile` rows of
        // `n`, `acc` `tile` rows of `d` (checked or allocated above).
        unsafe {
            match (tile, d) {
                (4, 64) => scores_tile_held::<E, 4, 4>(q, k, &mut scores, n, scale),
                (3, 64) => scores_tile_held::<E, 3, 4>(q, k, &mut scores, n, scale),
                (2, 64) => scores_tile_held::<E, 2, 4>(q, k, &mut scores, n, scale),
                (1, 64) => scores_tile_held::<E, 1, 4>(q, k, &mut scores, n, scale),
                (2, 128) => scores_tile_held::<E, 2, 8>(q, k, &mut scores, n, scale),
                (1, 128) => scores_tile_held::<E, 1, 8>(q, k, &mut scores, n, scale),
                (4, _) => scores_tile::<E, 4>(q, k, &mut scores, n, d, scale),
                (3, _) => scores_tile::<E, 3>(q, k, &mut scores, n, d, scale),
                (2, _) => scores_tile::<E, 2>(q, k, &mut scores, n, d, scale),
                _ => scores_tile::<E, 1>(q, k, &mut scores, n, d, scale),
            }
        }
        for g in 0..tile {
            let (m, s) = softmax_numerator(&mut scores[g * n..(g + 1) * n]);
            max[g0 + g] = m;
            sum[g0 + g] = s;
        }
        // SAFETY: as above.
        unsafe {
            match tile {
                4 => values_tile::<E, 4>(&scores, v, acc, n, d),
                3 => values_tile::<E, 3>(&scores, v, acc, n, d),
                2 => values_tile::<E, 2>(&scores, v, acc, n, d),
                _ => values_tile::<E, 1>(&scores, v, acc, n, d),
            }
        }
        g0 += tile;
    }
    Partial { max, sum, acc }
}

/// The lanes `c..end` of a sixteen-lane step starting at `c` (all sixteen if it fits).
#[inline]
fn lanes(c: usize, end: usize) -> __mmask16 {
    let n = end.saturating_sub(c).min(16);
    ((1u32 << n) - 1) as __mmask16
}

/// Sixteen cache values from `p` (only the `mask` lanes read, the others zero), as f32.
///
/// # Safety
/// AVX-512 F, BW and VL; the `mask` lanes of `p..p + 16` are readable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vl")]
unsafe fn load<E: CacheElement>(p: *const E, mask: __mmask16) -> __m512 {
    // SAFETY: masked lanes only (caller's contract); `E` is the type `KIND` names.
    unsafe {
        match E::KIND {
            Kind::F32 => _mm512_maskz_loadu_ps(mask, p as *const f32),
            Kind::F16 => _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(mask, p as *const i16)),
            Kind::Bf16 => {
                let h = _mm256_maskz_loadu_epi16(mask, p as *const i16);
                _mm512_castsi512_ps(_mm512_slli_epi32::<16>(_mm512_cvtepu16_epi32(h)))
            }
        }
    }
}

/// `scores[g·n + j] = q[g] · k[j] · scale` for the `G` queries of a tile: each key chunk is
/// loaded and widened once for all `G`. Keys go sixteen at a time: each key's dot product is
/// a vector of sixteen partial sums, and `sum_each` adds sixteen such vectors into one vector
/// of their sums (45 shuffles and adds, where a horizontal sum per key took about eight).
///
/// # Safety
/// AVX-512 F, BW, VL and FMA; `q` holds `G·d`, `k` `n·d`, `scores` `G·n` values.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
unsafe fn scores_tile<E: CacheElement, const G: usize>(
    q: &[f32],
    k: &[E],
    scores: &mut [f32],
    n: usize,
    d: usize,
    scale: f32,
) {
    let (qp, kp, sp) = (q.as_ptr(), k.as_ptr(), scores.as_mut_ptr());
    let scale = _mm512_set1_ps(scale);
    for j0 in (0..n).step_by(16) {
        let count = (n - j0).min(16);
        // Four keys at a time, each four already summed to one vector: fewer live registers.
        let mut quads = [[_mm512_setzero_ps(); 4]; G];
        for (quad, j1) in (j0..j0 + count).step_by(4).enumerate() {
            let mut dots = [[_mm512_setzero_ps(); 4]; G];
            for (t, j) in (j1..(j1 + 4).min(j0 + count)).enumerate() {
                for c in (0..d).step_by(16) {
                    let m = lanes(c, d);
                    // SAFETY: the `m` lanes of row j (of `d`) from column c are inside `k` and
                    // `q` (`j < n`, `g < G`).
                    unsafe {
                        let kc = load(kp.add(j * d + c), m);
                        for (g, dot) in dots.iter_mut().enumerate() {
                            let qc = _mm512_maskz_loadu_ps(m, qp.add(g * d + c));
                            dot[t] = _mm512_fmadd_ps(qc, kc, dot[t]);
                        }
                    }
                }
            }
            for g in 0..G {
                quads[g][quad] = sum_four(&dots[g]);
            }
        }
        for (g, quad) in quads.iter().enumerate() {
            let s = _mm512_mul_ps(sum_quads(quad), scale);
            // SAFETY: lanes `j0..j0 + count` of row g are inside `scores` (`G·n` values).
            unsafe { _mm512_mask_storeu_ps(sp.add(g * n + j0), lanes(0, count), s) };
        }
    }
}

/// `scores_tile` for head dims of `16·C` with the `G` queries held in registers across every
/// key (`G·C` vectors, at most 16), where `scores_tile` reloads them for each key and chunk:
/// the same products and sums in the same order, so the same bits.
///
/// # Safety
/// As `scores_tile`, with `d = 16·C`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
#[allow(clippy::needless_range_loop)] // indexes the held queries and the sums in step
unsafe fn scores_tile_held<E: CacheElement, const G: usize, const C: usize>(
    q: &[f32],
    k: &[E],
    scores: &mut [f32],
    n: usize,
    scale: f32,
) {
    let d = 16 * C;
    let (qp, kp, sp) = (q.as_ptr(), k.as_ptr(), scores.as_mut_ptr());
    let scale = _mm512_set1_ps(scale);
    let mut held = [[_mm512_setzero_ps(); C]; G];
    for (g, chunks) in held.iter_mut().enumerate() {
        for (c, v) in chunks.iter_mut().enumerate() {
            // SAFETY: query g's chunk c is inside `q` (`G·d` values).
            *v = unsafe { _mm512_loadu_ps(qp.add(g * d + 16 * c)) };
        }
    }
    for j0 in (0..n).step_by(16) {
        let count = (n - j0).min(16);
        let mut quads = [[_mm512_setzero_ps(); 4]; G];
        for (quad, j1) in (j0..j0 + count).step_by(4).enumerate() {
            let mut dots = [[_mm512_setzero_ps(); 4]; G];
            for (t, j) in (j1..(j1 + 4).min(j0 + count)).enumerate() {
                for c in 0..C {
                    // SAFETY: chunk c of row j is inside `k` (`j < n`).
                    let kc = unsafe { load(kp.add(j * d + 16 * c), !0) };
                    for g in 0..G {
                        dots[g][t] = _mm512_fmadd_ps(held[g][c], kc, dots[g][t]);
                    }
                }
            }
            for g in 0..G {
                quads[g][quad] = sum_four(&dots[g]);
            }
        }
        for (g, quad) in quads.iter().enumerate() {
            let s = _mm512_mul_ps(sum_quads(quad), scale);
            // SAFETY: lanes `j0..j0 + count` of row g are inside `scores` (`G·n` values).
            unsafe { _mm512_mask_storeu_ps(sp.add(g * n + j0), lanes(0, count), s) };
        }
    }
}

/// Four vectors `v[0..4]` summed within each 128-bit lane: lane `L` of the result holds, in
/// its four places, the sums of `v[0]`, ..., `v[3]` over their own lane `L`.
#[inline]
#[target_feature(enable = "avx512f")]
fn sum_four(v: &[__m512; 4]) -> __m512 {
    // Pairs first: [a0 + a2, b0 + b2, a1 + a3, b1 + b3] in every 128-bit lane.
    let ab = _mm512_add_ps(
        _mm512_unpacklo_ps(v[0], v[1]),
        _mm512_unpackhi_ps(v[0], v[1]),
    );
    let cd = _mm512_add_ps(
        _mm512_unpacklo_ps(v[2], v[3]),
        _mm512_unpackhi_ps(v[2], v[3]),
    );
    // Then [a, b, c, d] in every lane.
    _mm512_add_ps(
        _mm512_shuffle_ps::<0b0100_0100>(ab, cd),
        _mm512_shuffle_ps::<0b1110_1110>(ab, cd),
    )
}

/// Four `sum_four` results (keys 0-3, 4-7, 8-11, 12-15) summed across their 128-bit lanes:
/// lane `i` of the result is key `i`'s whole sum.
#[inline]
#[target_feature(enable = "avx512f")]
fn sum_quads(q: &[__m512; 4]) -> __m512 {
    // [A.L0 + A.L2, A.L1 + A.L3, B.L0 + B.L2, B.L1 + B.L3], and the same of C and D.
    let ab = _mm512_add_ps(
        _mm512_shuffle_f32x4::<0b0100_0100>(q[0], q[1]),
        _mm512_shuffle_f32x4::<0b1110_1110>(q[0], q[1]),
    );
    let cd = _mm512_add_ps(
        _mm512_shuffle_f32x4::<0b0100_0100>(q[2], q[3]),
        _mm512_shuffle_f32x4::<0b1110_1110>(q[2], q[3]),
    );
    // [A, B, C, D], each a lane.
    _mm512_add_ps(
        _mm512_shuffle_f32x4::<0b1000_1000>(ab, cd),
        _mm512_shuffle_f32x4::<0b1101_1101>(ab, cd),
    )
}

/// Replaces `s` by `exp(s - max)` and returns `(max, Σ exp(s - max))`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
fn softmax_numerator(s: &mut [f32]) -> (f32, f32) {
    let n = s.len();
    let p = s.as_mut_ptr();
    let mut top = _mm512_set1_ps(f32::MIN);
    for c in (0..n).step_by(16) {
        // SAFETY: the masked lanes of `s[c..]` are inside `s`.
        let x = unsafe { _mm512_maskz_loadu_ps(lanes(c, n), p.add(c)) };
        top = _mm512_mask_max_ps(top, lanes(c, n), top, x);
    }
    let m = _mm512_reduce_max_ps(top);
    let mut total = _mm512_setzero_ps();
    for c in (0..n).step_by(16) {
        let mask = lanes(c, n);
        // SAFETY: as above.
        unsafe {
            let x = _mm512_maskz_loadu_ps(mask, p.add(c));
            let e = _mm512_maskz_mov_ps(mask, exp(_mm512_sub_ps(x, _mm512_set1_ps(m))));
            total = _mm512_add_ps(total, e);
            _mm512_mask_storeu_ps(p.add(c), mask, e);
        }
    }
    (m, _mm512_reduce_add_ps(total))
}

/// `e^x` for `x <= 0` (softmax arguments), to about 2 ulp: `x = n·ln 2 + r` with `|r| <= ln 2 / 2`,
/// `e^r` by its Taylor series to degree 7 (remainder below 6e-9), times `2^n` by `vscalefps`,
/// which flushes `e^x` below the f32 range to zero.
#[inline]
#[target_feature(enable = "avx512f,fma")]
fn exp(x: __m512) -> __m512 {
    // Below -104, e^x is zero in f32; clamping keeps `r` exact for any finite input.
    let x = _mm512_max_ps(x, _mm512_set1_ps(-104.0));
    let n = _mm512_roundscale_ps::<{ _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC }>(
        _mm512_mul_ps(x, _mm512_set1_ps(std::f32::consts::LOG2_E)),
    );
    // ln 2 split in two so that `n · LN2_HI` is exact for the |n| <= 151 we see.
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    let r = _mm512_fnmadd_ps(n, _mm512_set1_ps(LN2_HI), x);
    let r = _mm512_fnmadd_ps(n, _mm512_set1_ps(LN2_LO), r);
    // 1/7!, 1/6!, ..., 1/1!, 1/0!, by Horner.
    let coefficients = [
        1.0 / 5040.0,
        1.0 / 720.0,
        1.0 / 120.0,
        1.0 / 24.0,
        1.0 / 6.0,
        0.5,
        1.0,
        1.0,
    ];
    let mut p = _mm512_set1_ps(coefficients[0]);
    for &c in &coefficients[1..] {
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(c));
    }
    _mm512_scalef_ps(p, n)
}

/// `acc[g] = Σ_j scores[g·n + j] · v[j]` for the `G` queries of a tile, sixty-four value
/// columns at a time held in registers for all `G`, so each value is loaded and widened once.
///
/// # Safety
/// AVX-512 F, BW, VL and FMA; `scores` holds `G·n`, `v` `n·d`, `acc` `G·d` values.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
unsafe fn values_tile<E: CacheElement, const G: usize>(
    scores: &[f32],
    v: &[E],
    acc: &mut [f32],
    n: usize,
    d: usize,
) {
    let (sp, vp, ap) = (scores.as_ptr(), v.as_ptr(), acc.as_mut_ptr());
    for c0 in (0..d).step_by(64) {
        let masks: [__mmask16; 4] = std::array::from_fn(|i| lanes(c0 + 16 * i, d));
        let mut sums = [[_mm512_setzero_ps(); 4]; G];
        for j in 0..n {
            // SAFETY: the masked lanes of row j (of `d`) are inside `v`; a chunk past `d` has
            // an empty mask and reads nothing.
            let vs: [__m512; 4] =
                std::array::from_fn(|i| unsafe { load(vp.add(j * d + c0 + 16 * i), masks[i]) });
            for (g, sum) in sums.iter_mut().enumerate() {
                // SAFETY: `g·n + j < G·n`.
                let p = _mm512_set1_ps(unsafe { *sp.add(g * n + j) });
                for i in 0..4 {
                    sum[i] = _mm512_fmadd_ps(p, vs[i], sum[i]);
                }
            }
        }
        for (g, sum) in sums.iter().enumerate() {
            for i in 0..4 {
                // SAFETY: the masked lanes of `acc` row g from column c0 + 16i are inside it.
                unsafe { _mm512_mask_storeu_ps(ap.add(g * d + c0 + 16 * i), masks[i], sum[i]) };
            }
        }
    }
}
