//! The INT8 matmul's AVX-512 path (`KernelPath::Avx512`): the AVX2 path's loops at sixteen
//! lanes, with masked loads for every tail, so a group or row of any length runs in vector
//! code. Weights are widened to f32 (`vpmovsxbd` straight from memory, then `vcvtdq2ps`) and
//! multiplied in f32, as on every path, so the only error is the weights' rounding.
//!
//! This file holds decode's path (calls of up to `BATCH_INVARIANT_ROWS` rows, each row's
//! numbers those of a call of that row alone); prompt chunks go to `gemm_avx512`.
//!
//! VNNI (`vpdpbusd`) is not used here: it multiplies INT8 by INT8, so the activations have to
//! be quantized too, which changes the numbers the model computes; that kernel is `i8_vnni`,
//! behind its own custom-call targets.

use std::arch::x86_64::*;
use std::ops::Range;

use super::i8_matmul::{MatmulDims, Scales, BATCH_INVARIANT_ROWS};

/// Activation rows decode's register tile shares each widened weight vector across (read
/// straight from L1 as FMA memory operands). Four rows' accumulators (four each for long
/// groups) fill 16 zmm registers with room for the totals; six measured no faster (one
/// thread's CPU time on SmolLM2's shapes, two runs minutes apart: 84.6 vs 80.5 ms per
/// 16-row step).
const DECODE_MR: usize = 4;

/// The activation bytes kept in L1 while a chunk's weight rows stream past them (of 48 KiB:
/// the rest holds the weight rows in flight).
const DECODE_X_BYTES: usize = 24 * 1024;

/// A decode step's call (at most `BATCH_INVARIANT_ROWS` activation rows): weight row
/// outermost within a block of activation rows small enough to stay in L1, so each weight
/// row is read from memory once per block (once per call for short `k`) and each widened
/// vector feeds up to `DECODE_MR` rows. Every output is `row_group`'s arithmetic for its row
/// alone, whatever tile it falls in, so it is bit-identical to a call of that row by itself.
///
/// # Safety
/// The CPU must support AVX-512 F, BW and VL and FMA; `x` holds `m·k` values with
/// `m <= BATCH_INVARIANT_ROWS`, `w` holds `n·k` and `scales.s` holds `n·groups`, with
/// `group · groups = k`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
pub(super) unsafe fn decode_rows(
    x: *const f32,
    w: *const i8,
    scales: Scales<'_>,
    dims: MatmulDims,
    rows: Range<usize>,
    emit: &impl Fn(usize, usize, f32),
) {
    let (m, k) = (dims.m, dims.k);
    let block = (DECODE_X_BYTES / (4 * k.max(1))).clamp(DECODE_MR, BATCH_INVARIANT_ROWS);
    for i0 in (0..m).step_by(block) {
        let i1 = (i0 + block).min(m);
        for j in rows.clone() {
            let mut i = i0;
            while i < i1 {
                let mr = (i1 - i).min(DECODE_MR);
                // SAFETY: rows i..i + mr < m and row j < n are in bounds (caller's contract).
                unsafe {
                    match mr {
                        4 => emit_rows::<4>(x, w, scales, k, i, j, emit),
                        3 => emit_rows::<3>(x, w, scales, k, i, j, emit),
                        2 => emit_rows::<2>(x, w, scales, k, i, j, emit),
                        _ => emit_rows::<1>(x, w, scales, k, i, j, emit),
                    }
                }
                i += mr;
            }
        }
    }
}

/// `row_group::<MR>` at `(i, j)`, written out.
///
/// # Safety
/// As `row_group`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
#[inline]
unsafe fn emit_rows<const MR: usize>(
    x: *const f32,
    w: *const i8,
    scales: Scales<'_>,
    k: usize,
    i: usize,
    j: usize,
    emit: &impl Fn(usize, usize, f32),
) {
    // SAFETY: the caller's contract, passed on.
    let sums = unsafe { row_group::<MR>(x, w, scales, k, i, j) };
    for (r, v) in sums.into_iter().enumerate() {
        emit(i + r, j, v);
    }
}

/// The lanes `kk..end` of a sixteen-lane step that reaches past `end` (all sixteen otherwise).
#[inline]
fn lanes(kk: usize, end: usize) -> __mmask16 {
    let n = (end - kk).min(16);
    ((1u32 << n) - 1) as __mmask16
}

/// Sixteen weights from `p` (only the `mask` lanes read), widened to f32.
///
/// # Safety
/// AVX-512 F, BW and VL; the `mask` lanes of `p..p + 16` are readable.
#[target_feature(enable = "avx512f,avx512bw,avx512vl")]
#[inline]
unsafe fn widen(p: *const i8, mask: __mmask16) -> __m512 {
    // SAFETY: masked-off lanes are not read (caller's contract covers the rest).
    let bytes = unsafe { _mm_maskz_loadu_epi8(mask, p) };
    _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(bytes))
}

/// Activation rows `i..i + MR` against weight row `j`: decode's matvecs. Each group's dot
/// products (`group_sums`) are scaled into one of two running totals, even groups into one and
/// odd into the other: with short groups a single total's FMA chain (each group's scale-and-add
/// waiting on the previous one's) would bound the loop. A row's arithmetic does not depend on
/// `MR`.
///
/// # Safety
/// AVX-512 F, BW and VL, FMA; rows `i..i + MR` of `x [·, k]`, row `j` of `w [·, k]` and of
/// `scales.s [·, groups]` are readable, and `group · groups = k`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
#[inline]
#[allow(clippy::needless_range_loop)] // indexes two arrays in step; clearer as indices
unsafe fn row_group<const MR: usize>(
    x: *const f32,
    w: *const i8,
    scales: Scales<'_>,
    k: usize,
    i: usize,
    j: usize,
) -> [f32; MR] {
    let Scales { s, group, groups } = scales;
    let srow = &s[j * groups..(j + 1) * groups];
    // SAFETY: rows `i + r` and `j` are readable (caller's contract), and every group lies
    // inside them.
    let sums = |q: usize| unsafe { group_sums::<MR>(x, w, k, i, j, q * group, (q + 1) * group) };
    let mut even = [_mm512_setzero_ps(); MR];
    let mut odd = [_mm512_setzero_ps(); MR];
    let mut q = 0;
    while q + 2 <= groups {
        let (a, b) = (sums(q), sums(q + 1));
        let (sa, sb) = (_mm512_set1_ps(srow[q]), _mm512_set1_ps(srow[q + 1]));
        for r in 0..MR {
            even[r] = _mm512_fmadd_ps(a[r], sa, even[r]);
            odd[r] = _mm512_fmadd_ps(b[r], sb, odd[r]);
        }
        q += 2;
    }
    if q < groups {
        let (a, sa) = (sums(q), _mm512_set1_ps(srow[q]));
        for r in 0..MR {
            even[r] = _mm512_fmadd_ps(a[r], sa, even[r]);
        }
    }
    let mut out = [0f32; MR];
    for r in 0..MR {
        out[r] = _mm512_reduce_add_ps(_mm512_add_ps(even[r], odd[r]));
    }
    out
}

/// Lane-wise dot products of activation rows `i..i + MR` with weight row `j` over inputs
/// `start..end` (one group), unscaled. Long groups keep four independent accumulators; short
/// ones (a 32-input group is two FMAs) one, where summing four would cost more than it saves.
///
/// # Safety
/// AVX-512 F, BW and VL, FMA; `start..end` lies inside rows `i..i + MR` of `x [·, k]` and row
/// `j` of `w [·, k]`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
#[inline]
#[allow(clippy::needless_range_loop)] // indexes two arrays in step; clearer as indices
unsafe fn group_sums<const MR: usize>(
    x: *const f32,
    w: *const i8,
    k: usize,
    i: usize,
    j: usize,
    start: usize,
    end: usize,
) -> [__m512; MR] {
    // SAFETY (all pointer offsets below): every lane read lies at `start..end` inside rows
    // `i + r` and `j`; lanes past `end` are masked off.
    let wr = unsafe { w.add(j * k) };
    let xs = |r: usize, kk: usize, mask: __mmask16| unsafe {
        _mm512_maskz_loadu_ps(mask, x.add((i + r) * k + kk))
    };
    let full: __mmask16 = 0xffff;
    if end - start == 32 {
        // `int8-g32`'s groups (the quality default): straight-line code, no loop to run.
        let (w0, w1) = unsafe { (widen(wr.add(start), full), widen(wr.add(start + 16), full)) };
        let mut acc = [_mm512_setzero_ps(); MR];
        for r in 0..MR {
            let lo = _mm512_mul_ps(xs(r, start, full), w0);
            acc[r] = _mm512_fmadd_ps(xs(r, start + 16, full), w1, lo);
        }
        return acc;
    }
    let mut kk = start;
    if end - start < 64 {
        let mut acc = [_mm512_setzero_ps(); MR];
        while kk + 16 <= end {
            let wv = unsafe { widen(wr.add(kk), full) };
            for r in 0..MR {
                acc[r] = _mm512_fmadd_ps(xs(r, kk, full), wv, acc[r]);
            }
            kk += 16;
        }
        if kk < end {
            let mask = lanes(kk, end);
            let wv = unsafe { widen(wr.add(kk), mask) };
            for r in 0..MR {
                acc[r] = _mm512_fmadd_ps(xs(r, kk, mask), wv, acc[r]);
            }
        }
        return acc;
    }
    let mut acc = [[_mm512_setzero_ps(); 4]; MR];
    while kk + 64 <= end {
        for u in 0..4 {
            let wv = unsafe { widen(wr.add(kk + 16 * u), full) };
            for r in 0..MR {
                acc[r][u] = _mm512_fmadd_ps(xs(r, kk + 16 * u, full), wv, acc[r][u]);
            }
        }
        kk += 64;
    }
    while kk < end {
        let mask = lanes(kk, end);
        let wv = unsafe { widen(wr.add(kk), mask) };
        for r in 0..MR {
            acc[r][0] = _mm512_fmadd_ps(xs(r, kk, mask), wv, acc[r][0]);
        }
        kk += 16;
    }
    let mut out = [_mm512_setzero_ps(); MR];
    for r in 0..MR {
        let a = &acc[r];
        out[r] = _mm512_add_ps(_mm512_add_ps(a[0], a[1]), _mm512_add_ps(a[2], a[3]));
    }
    out
}
