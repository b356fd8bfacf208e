//! The INT8 matmul with INT8 activations (`Int8Dot::Vnni` for grouped weights, and for
//! per-channel ones on a CPU without AMX-INT8; with it they take `i8_fixed`'s 16-bit rows):
//! each activation row is quantized
//! to INT8 in blocks of `Q8_BLOCK` inputs with one f32 scale each (llama.cpp's Q8_0 layout,
//! with blocks of 4 rather than 32), and each 64-input step of a dot product is one AVX512-VNNI
//! `vpdpbusd` (64 byte products summed into 16 int32 lanes of four) where the f32 path widens
//! and multiplies sixteen weights. The int32 lanes are exact; each is scaled by its block's
//! activation scale in f32, and the weight's per-channel (or per-group) scale is applied to
//! the sums.
//!
//! `vpdpbusd` multiplies unsigned by signed bytes. The weights are made unsigned by flipping
//! their sign bit (`w + 128`, so -128 is 0 and every i8 weight is exact) and the activations
//! stay signed; each lane's accumulator starts at `-128 · Σ x` over its four inputs, computed
//! once per call with the activations, so the sum is `Σ w · x` exactly, with no per-weight cost.
//!
//! The quantization touches `m·k` values per call against the kernel's `n·k`, yet written as
//! scalar Rust (a rounding call per value) it took ~6% of a 16-row decode step: it runs on
//! AVX-512 for the default blocks of 4, with the scalar loop's bits.

use std::arch::x86_64::*;
use std::ops::Range;

use super::i8_matmul::vnni_supported;
use super::i8_matmul::{MatmulDims, Scales, BATCH_INVARIANT_ROWS};
use super::{Aligned, OutRows, Parallel};

/// Activation inputs per quantization block: one block per int32 lane. Every lane carries its
/// own scale in the kernel whatever the block, so shorter blocks cost nothing there and only
/// round finer. On SmolLM2-135M (benchmarks/peers/int8_quality.py's 2040 teacher-forced
/// positions, int8 per-channel weights; top-1 agreement with f32 / perplexity change / mean
/// KLD): blocks of 4: 96.03% / +0.42% / 0.0040; 8: 95.44% / +0.44% / 0.0044; 16: 95.78% /
/// +0.81% / 0.0051; 32 (Q8_0's): 95.15% / +0.72% / 0.0063; one scale per row: 88.9% / +3.9% /
/// 0.033. f32 activations: 96.62% / +0.42% / 0.0036; llama.cpp's Q8_0: 94.71% / +0.66%.
pub const Q8_BLOCK: usize = 4;

/// Grouped weights' groups must be whole halves of a step (two groups per step at most).
const GROUP_UNIT: usize = 32;

/// Inputs per `vpdpbusd` step.
const STEP: usize = 64;

/// Whether the kernel takes weights grouped `group` inputs at a time in rows of `k`: per
/// channel (`group == k`), or groups of a multiple of 32 inputs.
pub fn supports_group(group: usize, k: usize) -> bool {
    group == k || (group > 0 && group.is_multiple_of(GROUP_UNIT))
}

/// Activation rows quantized for the kernel, each padded with zeros to whole steps
/// (`k_pad` inputs). Lane `t` of a row (inputs `4t..4t + 4`) has its own entry in `bias` and
/// `scale`, so a step reads both as vectors.
pub struct Q8Rows {
    /// `[m, k_pad]` quantized activations, `round(x / d)` in `-127..=127`.
    pub q: Aligned<i8>,
    /// `[m, k_pad / 4]`: `-128 · Σ q` over the lane's four inputs (the unsigned weights'
    /// offset, taken back out).
    pub bias: Aligned<i32>,
    /// `[m, k_pad / 4]`: the lane's block scale `d = max|x| / 127` (NaN where the block holds
    /// a NaN or infinity, so the output says so).
    pub scale: Aligned<f32>,
    pub k_pad: usize,
}

/// Quantizes `x [m, k]` row by row in blocks of `block` inputs (a multiple of 4; `k` or more
/// for one scale per row), rounding half away from zero as llama.cpp's Q8_0 does.
///
/// Blocks of 4 (`Q8_BLOCK`) take the AVX-512 path where the CPU has it (every caller of the
/// kernel does), with the same arithmetic per value (the scale's and its inverse's one
/// division each, the product, the rounding), so the same bits: a decode step quantizes every
/// row's input to every projection, and scalar, that took ~6% of a 16-row step.
pub fn quantize_rows(x: &[f32], m: usize, k: usize, block: usize) -> Q8Rows {
    assert!(block > 0 && block.is_multiple_of(4), "block {block}");
    assert!(x.len() >= m * k, "{} values for {m} rows of {k}", x.len());
    let k_pad = k.next_multiple_of(STEP).max(STEP);
    let lanes = k_pad / 4;
    let mut rows = Q8Rows {
        q: Aligned::zeroed(m * k_pad),
        bias: Aligned::zeroed(m * lanes),
        scale: Aligned::zeroed(m * lanes),
        k_pad,
    };
    if block == 4 && vnni_supported() {
        // SAFETY: AVX-512 F/BW/VL/DQ come with the VNNI check; `x` holds `m·k` values and
        // `rows` was sized for `m` rows of `k_pad` above.
        unsafe { quantize_blocks_of_4(x, m, k, &mut rows) };
    } else {
        quantize_scalar(x, m, k, block, &mut rows);
    }
    rows
}

/// `quantize_rows` one value at a time, for any block.
fn quantize_scalar(x: &[f32], m: usize, k: usize, block: usize, rows: &mut Q8Rows) {
    let (k_pad, lanes) = (rows.k_pad, rows.k_pad / 4);
    for i in 0..m {
        let (xr, qr) = (
            &x[i * k..(i + 1) * k],
            &mut rows.q[i * k_pad..(i + 1) * k_pad],
        );
        let sr = &mut rows.scale[i * lanes..(i + 1) * lanes];
        for (b, xb) in xr.chunks(block).enumerate() {
            let finite = xb.iter().all(|v| v.is_finite());
            let amax = xb.iter().fold(0f32, |a, v| a.max(v.abs()));
            let d = if finite { amax / 127.0 } else { f32::NAN };
            let inv = if finite && amax > 0.0 {
                127.0 / amax
            } else {
                0.0
            };
            for (qv, &v) in qr[b * block..].iter_mut().zip(xb) {
                *qv = (v * inv).round().clamp(-127.0, 127.0) as i8;
            }
            let first = b * block / 4;
            let last = (b * block + xb.len()).div_ceil(4);
            sr[first..last].fill(d);
        }
        for (t, lane) in qr.chunks_exact(4).enumerate() {
            rows.bias[i * lanes + t] = -128 * lane.iter().map(|&v| v as i32).sum::<i32>();
        }
    }
}

/// `quantize_scalar` for blocks of 4, sixteen inputs (four blocks) at a time. A block holding a
/// NaN or infinity gets the scale NaN and values 0, as the scalar casts give.
///
/// # Safety
/// AVX-512 F, BW, VL and DQ; `x` holds `m·k` values and `rows` is sized for `m` rows of `k`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512dq")]
unsafe fn quantize_blocks_of_4(x: &[f32], m: usize, k: usize, rows: &mut Q8Rows) {
    let (k_pad, lanes) = (rows.k_pad, rows.k_pad / 4);
    let abs_bits = _mm512_set1_epi32(0x7fff_ffff);
    let exponent = _mm512_set1_epi32(0x7f80_0000);
    let (limit, half, zero) = (
        _mm512_set1_ps(127.0),
        _mm512_set1_ps(0.5),
        _mm512_setzero_ps(),
    );
    let (one, floor) = (_mm512_set1_ps(1.0), _mm512_set1_ps(-127.0));
    // Lane 0 of each block of four: where the block's scale and bias are read from.
    let firsts: __mmask16 = 0x1111;
    for i in 0..m {
        for c in (0..k).step_by(16) {
            let mask = if k - c >= 16 {
                !0
            } else {
                (1u16 << (k - c)) - 1
            };
            // SAFETY: the mask keeps the load inside row `i` of `x` (`c + popcount <= k`).
            let v = unsafe { _mm512_maskz_loadu_ps(mask, x.as_ptr().add(i * k + c)) };
            let bits = _mm512_castps_si512(v);
            let a = _mm512_castsi512_ps(_mm512_and_si512(bits, abs_bits));
            let non_finite = _mm512_cmpeq_epi32_mask(_mm512_and_si512(bits, exponent), exponent);
            // A block is non-finite if any of its four lanes is.
            let mut bad: __mmask16 = 0;
            for b in 0..4 {
                if (non_finite >> (4 * b)) & 0xf != 0 {
                    bad |= 0xf << (4 * b);
                }
            }
            // Each lane gets its block's largest magnitude (max within pairs, then halves).
            let m1 = _mm512_max_ps(a, _mm512_permute_ps::<0b1011_0001>(a));
            let amax = _mm512_max_ps(m1, _mm512_permute_ps::<0b0100_1110>(m1));
            let d = _mm512_mask_mov_ps(_mm512_div_ps(amax, limit), bad, _mm512_set1_ps(f32::NAN));
            let positive = _mm512_cmp_ps_mask::<_CMP_GT_OQ>(amax, zero) & !bad;
            let inv = _mm512_maskz_div_ps(positive, limit, amax);
            let y = _mm512_mul_ps(v, inv);
            // Round half away from zero: truncate, then step away from zero where the part cut
            // off was at least a half (exact: |y| <= 127.x, far below 2^23).
            let t = _mm512_roundscale_ps::<{ _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC }>(y);
            let cut = _mm512_abs_ps(_mm512_sub_ps(y, t));
            let away = _mm512_cmp_ps_mask::<_CMP_GE_OQ>(cut, half);
            let sign = _mm512_and_si512(bits, _mm512_set1_epi32(i32::MIN));
            let step = _mm512_castsi512_ps(_mm512_or_si512(_mm512_castps_si512(one), sign));
            let r = _mm512_mask_add_ps(t, away, t, step);
            let r = _mm512_min_ps(_mm512_max_ps(r, floor), limit);
            // A NaN product (0 times the infinite inverse of a subnormal block's scale) casts
            // to 0, as the scalar `as i8` does; min/max above would have made it -127.
            let number = _mm512_cmp_ps_mask::<_CMP_ORD_Q>(y, y);
            let q = _mm512_maskz_cvtps_epi32(!bad & number, r);
            // Sums of each block's four values, in every lane of the block.
            let s1 = _mm512_add_epi32(q, _mm512_shuffle_epi32::<0b1011_0001>(q));
            let sums = _mm512_add_epi32(s1, _mm512_shuffle_epi32::<0b0100_1110>(s1));
            let bias = _mm512_mullo_epi32(sums, _mm512_set1_epi32(-128));
            // SAFETY: `c + 16 <= k_pad` (`c < k`, both `c` and `k_pad` multiples of 16), so
            // sixteen bytes at `q[i·k_pad + c]` and four lanes at `[i·lanes + c/4]` are inside
            // row `i` of each array.
            unsafe {
                _mm_storeu_si128(
                    rows.q.as_mut_ptr().add(i * k_pad + c).cast(),
                    _mm512_cvtepi32_epi8(q),
                );
                let lane = i * lanes + c / 4;
                _mm_storeu_si128(
                    rows.bias.as_mut_ptr().add(lane).cast(),
                    _mm512_castsi512_si128(_mm512_maskz_compress_epi32(firsts, bias)),
                );
                _mm_storeu_ps(
                    rows.scale.as_mut_ptr().add(lane),
                    _mm512_castps512_ps128(_mm512_maskz_compress_ps(firsts, d)),
                );
            }
        }
    }
}

/// Computes `out[i, j] = Σ_q s[j, q] · Σ_{k in group q} x̂[i, k] · w[j, k]`, where `x̂` is
/// `x` quantized by `quantize_rows` in blocks of `block` inputs.
///
/// # Panics
/// If the CPU lacks AVX512-VNNI, `supports_group(group, k)` is false, or a slice is shorter
/// than `dims` implies.
#[allow(clippy::too_many_arguments)] // the kernel's operands, its shapes and how to run it
pub fn i8_matmul_q8(
    x: &[f32],
    w: &[i8],
    s: &[f32],
    out: &mut [f32],
    dims: MatmulDims,
    group: usize,
    block: usize,
    par: &dyn Parallel,
) {
    let MatmulDims { m, k, n } = dims;
    assert!(vnni_supported(), "this CPU has no AVX512-VNNI");
    assert!(supports_group(group, k), "group {group} for k {k}");
    let scales = Scales::checked(x, w, s, out, dims, group);
    let xq = quantize_rows(x, m, k, block);
    let rows_per_chunk = super::i8_matmul::rows_per_chunk(dims);
    let out_rows = &OutRows(out.as_mut_ptr());
    let task = |c: usize| {
        let rows = c * rows_per_chunk..((c + 1) * rows_per_chunk).min(n);
        let emit = |i: usize, j: usize, acc: f32| {
            // SAFETY: `i < m` and `j < n`, so the index is inside `out` (length checked above);
            // chunks own disjoint ranges of `j`, so no two tasks write the same element, and
            // `out` is exclusively borrowed for the whole call, which outlives every task.
            unsafe { out_rows.0.add(i * n + j).write(acc) }
        };
        // SAFETY: AVX-512 F, BW, VL, VNNI and FMA were detected above; `xq` holds `m` padded
        // rows, `w` and `s` hold `n·k` and `n·groups` values.
        unsafe { decode_rows(&xq, w.as_ptr(), scales, dims, rows, &emit) };
    };
    par.for_each_chunk(n.div_ceil(rows_per_chunk), &task);
}

/// Activation rows a weight row's bytes are shared across (up to four accumulator pairs).
const MR: usize = 4;

/// Quantized activation bytes (values, biases and scales) kept in L1 while weight rows
/// stream past them.
const X_BYTES: usize = 24 * 1024;

/// Weight rows `rows` against every activation row: weight row outermost within a block of
/// activation rows that stays in L1, so each weight row is read from memory once per block.
/// Every output is `row_group`'s arithmetic for its row alone, so a row gets the same bits in
/// a call of up to `BATCH_INVARIANT_ROWS` rows as alone.
///
/// # Safety
/// AVX-512 F, BW, VL, VNNI and FMA; `xq` holds `dims.m` rows of `dims.k`, `w` holds `n·k`
/// values and `scales.s` holds `n·groups`, with `rows` inside `0..n`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,fma")]
unsafe fn decode_rows(
    xq: &Q8Rows,
    w: *const i8,
    scales: Scales<'_>,
    dims: MatmulDims,
    rows: Range<usize>,
    emit: &impl Fn(usize, usize, f32),
) {
    let m = dims.m;
    let block = (X_BYTES / (3 * xq.k_pad)).clamp(MR, BATCH_INVARIANT_ROWS);
    for i0 in (0..m).step_by(block) {
        let i1 = (i0 + block).min(m);
        for j in rows.clone() {
            let mut i = i0;
            while i < i1 {
                let mr = (i1 - i).min(MR);
                // SAFETY: rows i..i + mr < m and row j < n are in bounds (caller's contract).
                unsafe {
                    match mr {
                        4 => emit_rows::<4>(xq, w, scales, dims.k, i, j, emit),
                        3 => emit_rows::<3>(xq, w, scales, dims.k, i, j, emit),
                        2 => emit_rows::<2>(xq, w, scales, dims.k, i, j, emit),
                        _ => emit_rows::<1>(xq, w, scales, dims.k, i, j, emit),
                    }
                }
                i += mr;
            }
        }
    }
}

/// How far ahead of its loads a weight row's dot product asks for weights: the hardware
/// prefetchers lose the stream at every 4 KiB page. SmolLM2-135M INT8 decode, 2-core Xeon,
/// interleaved runs: 95-108 tok/s without, 113-122 with 4 KiB (1-6 KiB all gained, 3-6 most).
pub(super) const PREFETCH_BYTES: usize = 4096;

/// `row_group::<MR>` at `(i, j)`, written out.
///
/// # Safety
/// As `row_group`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,fma")]
#[inline]
unsafe fn emit_rows<const MR: usize>(
    xq: &Q8Rows,
    w: *const i8,
    scales: Scales<'_>,
    k: usize,
    i: usize,
    j: usize,
    emit: &impl Fn(usize, usize, f32),
) {
    // SAFETY: the caller's contract, passed on.
    let sums = unsafe {
        if scales.groups > 1 {
            row_group::<MR, true>(xq, w, scales, k, i, j)
        } else {
            row_group::<MR, false>(xq, w, scales, k, i, j)
        }
    };
    for (r, v) in sums.into_iter().enumerate() {
        emit(i + r, j, v);
    }
}

/// Activation rows `i..i + MR` against weight row `j`. Per 64-input step: the weight bytes,
/// sign bit flipped, once; per row one `vpdpbusd` from the lane biases, the int32 lanes to f32,
/// times the lanes' block scales, into one of two f32 accumulators (even and odd steps, so two
/// FMA chains are in flight even for one row). Grouped weights multiply each step's lanes by
/// their group's scale as well (two groups per step for groups of 32); per-channel weights
/// scale the row's sum once. A row's arithmetic does not depend on `MR`.
///
/// # Safety
/// As `decode_rows`, for rows `i..i + MR` and weight row `j`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni,fma")]
#[inline]
#[allow(clippy::needless_range_loop)] // indexes several arrays in step; clearer as indices
unsafe fn row_group<const MR: usize, const GROUPED: bool>(
    xq: &Q8Rows,
    w: *const i8,
    scales: Scales<'_>,
    k: usize,
    i: usize,
    j: usize,
) -> [f32; MR] {
    let Scales { s, group, groups } = scales;
    let lanes = xq.k_pad / 4;
    let srow = &s[j * groups..(j + 1) * groups];
    let flip = _mm512_set1_epi8(-128);
    // One step into accumulator `a` of each row; `a` is a constant at every call, so the
    // accumulators stay in registers (an index computed at run time would put them on the
    // stack). `mask` keeps the weight read inside row `j`: lanes past `k` load as 0, and
    // their activations are 0, so they add nothing.
    let step_into = |acc: &mut [[__m512; 2]; MR], step: usize, a: usize, mask: __mmask64| {
        let kk = step * STEP;
        // A hint, past the row into the next ones of the chunk: an address past the weights
        // is never faulted on.
        _mm_prefetch::<_MM_HINT_T0>(w.wrapping_add(j * k + kk + PREFETCH_BYTES));
        // SAFETY: the mask keeps the read inside row `j` of `w`.
        let wb = unsafe { _mm512_maskz_loadu_epi8(mask, w.add(j * k + kk)) };
        let wu = _mm512_xor_si512(wb, flip);
        // Each half of the step is inside one weight group.
        let group_scale = GROUPED.then(|| {
            let (lo, hi) = (kk / group, ((kk + GROUP_UNIT) / group).min(groups - 1));
            _mm512_mask_blend_ps(0xff00, _mm512_set1_ps(srow[lo]), _mm512_set1_ps(srow[hi]))
        });
        for r in 0..MR {
            let lane = (i + r) * lanes + step * 16;
            // SAFETY: `lane + 16 <= (i + r + 1) · lanes` and `(i + r) · k_pad + kk + 64` is
            // inside row `i + r` of the padded activations (caller's contract: `i + r < m`).
            let (bias, q, d) = unsafe {
                (
                    _mm512_loadu_si512(xq.bias.as_ptr().add(lane) as *const _),
                    _mm512_loadu_si512(xq.q.as_ptr().add((i + r) * xq.k_pad + kk) as *const _),
                    _mm512_loadu_ps(xq.scale.as_ptr().add(lane)),
                )
            };
            let dot = _mm512_cvtepi32_ps(_mm512_dpbusd_epi32(bias, wu, q));
            let d = match group_scale {
                Some(g) => _mm512_mul_ps(d, g),
                None => d,
            };
            acc[r][a] = _mm512_fmadd_ps(dot, d, acc[r][a]);
        }
    };
    let mut acc = [[_mm512_setzero_ps(); 2]; MR];
    let full = k / STEP;
    let mut step = 0;
    while step + 2 <= full {
        step_into(&mut acc, step, 0, !0);
        step_into(&mut acc, step + 1, 1, !0);
        step += 2;
    }
    if step < full {
        step_into(&mut acc, step, 0, !0);
        step += 1;
    }
    if step * STEP < k {
        step_into(&mut acc, step, 1, (1u64 << (k - step * STEP)) - 1);
    }
    let mut out = [0f32; MR];
    for r in 0..MR {
        let sum = _mm512_reduce_add_ps(_mm512_add_ps(acc[r][0], acc[r][1]));
        out[r] = if GROUPED { sum } else { sum * srow[0] };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vector quantizer gives the scalar one's bits: ties at every half, values that
    /// round to ±127 and past it, zeros, whole-zero blocks, NaN and infinities, every tail.
    #[test]
    fn blocks_of_4_quantize_as_the_scalar_loop_does() {
        if !vnni_supported() {
            eprintln!("blocks_of_4_quantize_as_the_scalar_loop_does: not run: no AVX512-VNNI");
            return;
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for k in [1, 3, 4, 5, 15, 16, 17, 31, 64, 65, 100, 576] {
            let m = 3;
            let x: Vec<f32> = (0..m * k)
                .map(|i| match next() % 16 {
                    0 => 0.0,
                    1 => (next() % 255) as f32 / 2.0 - 63.5, // halves: ties once scaled by 1
                    2 => f32::NAN,
                    3 => f32::INFINITY,
                    4 => f32::NEG_INFINITY,
                    5 => -0.0,
                    6 => 1e-40, // subnormal
                    _ => (next() % 2_000_001) as f32 / 1000.0 - 1000.0 + (i % 7) as f32,
                })
                .collect::<Vec<f32>>();
            // Exact ties: blocks whose largest magnitude is 127 scale by exactly 1.
            let mut x = x;
            let ties = [127.0, 2.5, -3.5, 0.5, -127.0, 126.5, -0.5, -126.5];
            for (v, t) in x.iter_mut().zip(ties.iter().cycle()).take(k.min(64)) {
                *v = *t;
            }
            let fast = quantize_rows(&x, m, k, 4);
            let mut slow = Q8Rows {
                q: Aligned::zeroed(fast.q.len()),
                bias: Aligned::zeroed(fast.bias.len()),
                scale: Aligned::zeroed(fast.scale.len()),
                k_pad: fast.k_pad,
            };
            quantize_scalar(&x, m, k, 4, &mut slow);
            assert_eq!(fast.q, slow.q, "k {k}");
            assert_eq!(fast.bias, slow.bias, "k {k}");
            let bits = |v: &[f32]| v.iter().map(|f| f.to_bits()).collect::<Vec<_>>();
            // NaN scales compare by bits too (the vector path's NaN is the canonical one).
            assert_eq!(bits(&fast.scale), bits(&slow.scale), "k {k}");
        }
    }
}
