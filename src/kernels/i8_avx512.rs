//! The INT8 matmul's AVX-512 path (`KernelPath::Avx512`): the AVX2 path's loops at sixteen
//! lanes, with masked loads for every tail, so a group or row of any length runs in vector
//! code. Weights are widened to f32 (`vpmovsxbd` straight from memory, then `vcvtdq2ps`) and
//! multiplied in f32, as on every path, so the only error is the weights' rounding.
//!
//! VNNI (`vpdpbusd`) is not used here: it multiplies INT8 by INT8, so the activations would have
//! to be quantized too, which changes the numbers the model computes (see the module docs of
//! `i8_matmul`).

use std::arch::x86_64::*;
use std::ops::Range;

use super::i8_matmul::{MatmulDims, Scales, BATCH_INVARIANT_ROWS};

/// All activation rows against weight rows `rows`, as `avx2::rows` does: calls of at most
/// `BATCH_INVARIANT_ROWS` activation rows compute each row exactly as a call of one row would.
///
/// # Safety
/// The CPU must support AVX-512 F, BW and VL; `x` holds `m·k`, `w` holds `n·k` and `scales.s`
/// holds `n·groups` values, with `group · groups = k`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
pub(super) unsafe fn rows(
    x: &[f32],
    w: &[i8],
    scales: Scales<'_>,
    dims: MatmulDims,
    rows: Range<usize>,
    emit: &dyn Fn(usize, usize, f32),
) {
    let (m, k) = (dims.m, dims.k);
    let (xp, wp) = (x.as_ptr(), w.as_ptr());
    // Weight row outermost, so each is read from memory once per call and reused from L1
    // for every pair of activation rows (a decode step over many slots streams the weights
    // once, not once per pair); each output's arithmetic is the one-row path's either way.
    let mut i = if m <= BATCH_INVARIANT_ROWS {
        m - m % 2
    } else {
        0
    };
    for j in rows.clone() {
        for p in (0..i).step_by(2) {
            // SAFETY: rows p, p + 1 < m and row j < n are in bounds.
            let [a, b] = unsafe { row_group::<2>(xp, wp, scales, k, p, j) };
            emit(p, j, a);
            emit(p + 1, j, b);
        }
    }
    while m > BATCH_INVARIANT_ROWS && i + 4 <= m {
        let mut j = rows.start;
        while j + 2 <= rows.end {
            // SAFETY: rows i..i+4 < m and j..j+2 < n are in bounds (caller's contract).
            store(unsafe { tile::<4, 2>(xp, wp, scales, k, i, j) }, i, j, emit);
            j += 2;
        }
        if j < rows.end {
            // SAFETY: as above, one weight row.
            store(unsafe { tile::<4, 1>(xp, wp, scales, k, i, j) }, i, j, emit);
        }
        i += 4;
    }
    for i in i..m {
        for j in rows.clone() {
            // SAFETY: row i < m and row j < n are in bounds.
            emit(i, j, unsafe { row_group::<1>(xp, wp, scales, k, i, j) }[0]);
        }
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

fn store<const MR: usize, const NR: usize>(
    t: [[f32; NR]; MR],
    i: usize,
    j: usize,
    emit: &dyn Fn(usize, usize, f32),
) {
    for (r, row) in t.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            emit(i + r, j + c, v);
        }
    }
}

/// Scaled dot products of activation rows `i..i+MR` with weight rows `j..j+NR` (prompt
/// chunks): each widened weight vector is multiplied into all `MR` activation rows.
///
/// # Safety
/// AVX-512 F, BW and VL, FMA; rows `i..i+MR` of `x [·, k]`, `j..j+NR` of `w [·, k]` and of
/// `scales.s [·, groups]` are readable, and `group · groups = k`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
#[inline]
#[allow(clippy::needless_range_loop)] // indexes two arrays in step; clearer as indices
unsafe fn tile<const MR: usize, const NR: usize>(
    x: *const f32,
    w: *const i8,
    scales: Scales<'_>,
    k: usize,
    i: usize,
    j: usize,
) -> [[f32; NR]; MR] {
    let Scales { s, group, groups } = scales;
    let mut total = [[_mm512_setzero_ps(); NR]; MR];
    for q in 0..groups {
        let (start, end) = (q * group, (q + 1) * group);
        let mut acc = [[_mm512_setzero_ps(); NR]; MR];
        let mut kk = start;
        while kk < end {
            let mask = lanes(kk, end);
            let mut xv = [_mm512_setzero_ps(); MR];
            for (r, v) in xv.iter_mut().enumerate() {
                // SAFETY: the mask lanes lie at kk..end <= k, inside row i + r.
                *v = unsafe { _mm512_maskz_loadu_ps(mask, x.add((i + r) * k + kk)) };
            }
            if kk % 64 < 16 {
                for c in 0..NR {
                    // Fetch the next tile's rows ahead (see `avx2::tile`); a prefetch never
                    // faults, even past the end of `w`.
                    _mm_prefetch::<_MM_HINT_T0>(w.wrapping_add((j + NR + c) * k + kk));
                }
            }
            for c in 0..NR {
                // SAFETY: the mask lanes lie inside row j + c.
                let wv = unsafe { widen(w.add((j + c) * k + kk), mask) };
                for r in 0..MR {
                    acc[r][c] = _mm512_fmadd_ps(xv[r], wv, acc[r][c]);
                }
            }
            kk += 16;
        }
        for c in 0..NR {
            let sc = _mm512_set1_ps(s[(j + c) * groups + q]);
            for r in 0..MR {
                total[r][c] = _mm512_fmadd_ps(acc[r][c], sc, total[r][c]);
            }
        }
    }
    let mut out = [[0f32; NR]; MR];
    for r in 0..MR {
        for c in 0..NR {
            out[r][c] = _mm512_reduce_add_ps(total[r][c]);
        }
    }
    out
}
