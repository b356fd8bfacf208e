//! The prompt-chunk GEMM on AVX-512 (calls of more than `BATCH_INVARIANT_ROWS` activation
//! rows), for INT8 and f32 weights alike: `out [m, n] = x [m, k] · Wᵀ`.
//!
//! Weights are packed, a block of `k` at a time, into panels of `NR` output channels laid out
//! `[k][NR]` in f32: INT8 is widened and scaled once per panel there (so the arithmetic after
//! it is the f32 GEMM's), and the panel, 32 KiB, stays in L1 while every activation row passes
//! over it. The microkernel keeps an `MR × NR` tile of outputs in 24 zmm accumulators and,
//! per input, loads two panel vectors and broadcasts one activation per row: 24 FMAs for 14
//! loads, with no horizontal sums. Activations are read in place (row-major, `MR` streams),
//! since a block of them (`m × KC` floats) stays in L2 across all panels of a chunk.
//!
//! Unlike decode's kernels, a row's numbers here depend on how `k` is blocked (the same for
//! every row of a call) but not on the other rows; they are not bit-identical to a one-row
//! call, which prompt chunks do not need.

use std::arch::x86_64::*;
use std::cell::RefCell;

use super::i8_matmul::{MatmulDims, Scales};
use super::{OutRows, Parallel};

/// Output channels per panel: two zmm vectors.
const NR: usize = 32;
/// Activation rows per microkernel tile: `MR × 2` accumulators of the 32 zmm registers.
const MR: usize = 12;
/// Inputs per block: a panel of `KC × NR` f32 is 32 KiB, inside L1 (48 KiB).
const KC: usize = 256;
/// Parallel chunks a call is cut into, at most (each at least one panel wide).
const TARGET_CHUNKS: usize = 16;

/// The weights of one call.
#[derive(Copy, Clone)]
pub(super) enum Weights<'a> {
    /// `w [n, k]` INT8 standing for `w · scale`.
    I8 { w: &'a [i8], scales: Scales<'a> },
    /// `w [n, k]` f32.
    F32(&'a [f32]),
}

/// Computes `out = x · Wᵀ` (scaled, for INT8) over all of `out`, on `par`.
///
/// # Safety
/// The CPU must support AVX-512 F, BW and VL and FMA; `x` holds `m·k` values, the weights
/// `n·k` (and their scales `n·groups`, with `group · groups = k`), `out` holds `m·n`.
pub(super) unsafe fn gemm(
    x: &[f32],
    weights: Weights<'_>,
    out: &mut [f32],
    dims: MatmulDims,
    par: &dyn Parallel,
) {
    let n = dims.n;
    let panels = n.div_ceil(NR);
    let per_chunk = panels.div_ceil(TARGET_CHUNKS).max(1) * NR;
    let out_ptr = &OutRows(out.as_mut_ptr());
    let task = |c: usize| {
        let cols = c * per_chunk..((c + 1) * per_chunk).min(n);
        // SAFETY: the caller's contract; chunks write disjoint columns of `out`, which is
        // exclusively borrowed for the whole call.
        unsafe { columns(x.as_ptr(), weights, dims, cols, out_ptr.0) };
    };
    par.for_each_chunk(n.div_ceil(per_chunk), &task);
}

thread_local! {
    /// Each thread's panel, 64-byte aligned (`__m512` elements), reused across calls.
    static PANEL: RefCell<Vec<__m512>> = const { RefCell::new(Vec::new()) };
}

/// Output columns `cols` of every row.
///
/// # Safety
/// As `gemm`; no other thread writes columns `cols` of `out` meanwhile.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
unsafe fn columns(
    x: *const f32,
    weights: Weights<'_>,
    dims: MatmulDims,
    cols: std::ops::Range<usize>,
    out: *mut f32,
) {
    let MatmulDims { m, k, n } = dims;
    // Blocks of equal length (a multiple of 16), so no block is a short remainder.
    let blocks = k.div_ceil(KC).max(1);
    let kb = k.div_ceil(blocks).next_multiple_of(16);
    let mut ahead = Vec::new();
    PANEL.with_borrow_mut(|panel| {
        panel.resize(kb * NR / 16, _mm512_setzero_ps());
        let panel = panel.as_mut_ptr() as *mut f32;
        for k0 in (0..k).step_by(kb) {
            let k1 = (k0 + kb).min(k);
            for j in cols.clone().step_by(NR) {
                let nc = (cols.end - j).min(NR);
                // SAFETY: rows j..j + nc < n and inputs k0..k1 < k are in bounds; the panel
                // holds kb · NR floats.
                unsafe { pack(weights, k, j, nc, k0, k1, panel) };
                // The tiles below read only the panel and activations in cache: the next
                // panel's weights are fetched meanwhile, a share of its lines per tile.
                // Packing reads NR rows at once, one stream each, which the hardware
                // prefetchers did not run ahead of: packing took longer than the tiles' FMAs.
                let next = if j + NR < cols.end {
                    Some((j + NR, k0, k1))
                } else {
                    (k1 < k).then(|| (cols.start, k1, (k1 + kb).min(k)))
                };
                ahead.clear();
                if let Some((nj, nk0, nk1)) = next {
                    next_lines(
                        weights,
                        k,
                        nj..(nj + NR).min(cols.end),
                        nk0..nk1,
                        &mut ahead,
                    );
                }
                let per_tile = ahead.len().div_ceil(m.div_ceil(MR));
                let mut i = 0;
                while i < m {
                    let mr = (m - i).min(MR);
                    let share = (i / MR * per_tile).min(ahead.len());
                    let prefetch = &ahead[share..(share + per_tile).min(ahead.len())];
                    // SAFETY: rows i..i + mr < m of `x` and `out`, columns j..j + nc < n.
                    let (xt, ct) = unsafe { (x.add(i * k + k0), out.add(i * n + j)) };
                    let t = Tile {
                        x: xt,
                        ldx: k,
                        panel,
                        kc: k1 - k0,
                        out: ct,
                        ldo: n,
                        nc,
                        prefetch,
                    };
                    let first = k0 == 0;
                    // SAFETY: as above.
                    unsafe {
                        match mr {
                            12 => t.run::<12>(first),
                            11 => t.run::<11>(first),
                            10 => t.run::<10>(first),
                            9 => t.run::<9>(first),
                            8 => t.run::<8>(first),
                            7 => t.run::<7>(first),
                            6 => t.run::<6>(first),
                            5 => t.run::<5>(first),
                            4 => t.run::<4>(first),
                            3 => t.run::<3>(first),
                            2 => t.run::<2>(first),
                            _ => t.run::<1>(first),
                        }
                    }
                    i += mr;
                }
            }
        }
    });
}

/// The cache lines of weight rows `rows`, inputs `inputs` (the next panel to pack).
fn next_lines(
    weights: Weights<'_>,
    k: usize,
    rows: std::ops::Range<usize>,
    inputs: std::ops::Range<usize>,
    lines: &mut Vec<usize>,
) {
    let (base, size) = match weights {
        Weights::F32(w) => (w.as_ptr() as usize, 4),
        Weights::I8 { w, .. } => (w.as_ptr() as usize, 1),
    };
    for row in rows {
        let first = base + (row * k + inputs.start) * size;
        let last = base + (row * k + inputs.end) * size;
        lines.extend((first & !63..last).step_by(64));
    }
}

/// Sixteen-lane mask of the first `n` lanes (all for `n >= 16`).
#[inline]
fn lanes(n: usize) -> __mmask16 {
    ((1u32 << n.min(16)) - 1) as __mmask16
}

/// Packs weight rows `j..j + nc`, inputs `k0..k1`, into `panel[(t - k0) · NR + c]` as f32
/// (scaled, for INT8); channels past `nc` are zero.
///
/// # Safety
/// AVX-512 F, BW and VL; rows `j..j + nc` of the `[·, k]` weights and their scales are
/// readable, `k1 <= k`, and `panel` holds `(k1 - k0).next_multiple_of(16) · NR` floats.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
unsafe fn pack(
    weights: Weights<'_>,
    k: usize,
    j: usize,
    nc: usize,
    k0: usize,
    k1: usize,
    panel: *mut f32,
) {
    for kk in (k0..k1).step_by(16) {
        let width = (k1 - kk).min(16);
        let mask = lanes(width);
        for half in 0..NR / 16 {
            let mut v = [_mm512_setzero_ps(); 16];
            for (c, v) in v.iter_mut().enumerate() {
                let row = j + half * 16 + c;
                if half * 16 + c >= nc {
                    break;
                }
                // SAFETY: the mask lanes lie at kk..k1 inside row `row` (< j + nc).
                *v = unsafe {
                    match weights {
                        Weights::F32(w) => {
                            _mm512_maskz_loadu_ps(mask, w.as_ptr().add(row * k + kk))
                        }
                        Weights::I8 { w, scales } => {
                            let bytes = _mm_maskz_loadu_epi8(mask, w.as_ptr().add(row * k + kk));
                            let f = _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(bytes));
                            _mm512_mul_ps(f, scale_lanes(scales, row, kk, width))
                        }
                    }
                };
            }
            let t = transpose(v);
            for (r, t) in t.iter().take(width).enumerate() {
                // SAFETY: (kk - k0 + r) < kb rows of NR floats, inside the panel.
                unsafe { _mm512_storeu_ps(panel.add((kk - k0 + r) * NR + half * 16), *t) };
            }
        }
    }
}

/// The scales of inputs `kk..kk + width` of weight row `row`, one per lane.
#[target_feature(enable = "avx512f")]
#[inline]
fn scale_lanes(scales: Scales<'_>, row: usize, kk: usize, width: usize) -> __m512 {
    let Scales { s, group, groups } = scales;
    let first = kk / group;
    if (kk + width - 1) / group == first {
        return _mm512_set1_ps(s[row * groups + first]);
    }
    // A group boundary inside these sixteen inputs (groups not a multiple of 16).
    let mut lane = [0f32; 16];
    for (l, v) in lane.iter_mut().take(width).enumerate() {
        *v = s[row * groups + (kk + l) / group];
    }
    // SAFETY: `lane` holds sixteen floats.
    unsafe { _mm512_loadu_ps(lane.as_ptr()) }
}

/// `out[c]` lane `r` = `v[r]` lane `c`: a 16 × 16 transpose in four rounds of shuffles.
#[target_feature(enable = "avx512f")]
#[inline]
fn transpose(v: [__m512; 16]) -> [__m512; 16] {
    // Within each 128-bit lane, rows 4g..4g + 4 become columns: u[g][e] holds, in lane L,
    // column 4L + e of those four rows.
    let mut u = [[_mm512_setzero_ps(); 4]; 4];
    for (g, u) in u.iter_mut().enumerate() {
        let [a, b, c, d] = [v[4 * g], v[4 * g + 1], v[4 * g + 2], v[4 * g + 3]];
        let (t0, t1) = (_mm512_unpacklo_ps(a, b), _mm512_unpackhi_ps(a, b));
        let (t2, t3) = (_mm512_unpacklo_ps(c, d), _mm512_unpackhi_ps(c, d));
        let pd = _mm512_castps_pd;
        u[0] = _mm512_castpd_ps(_mm512_unpacklo_pd(pd(t0), pd(t2)));
        u[1] = _mm512_castpd_ps(_mm512_unpackhi_pd(pd(t0), pd(t2)));
        u[2] = _mm512_castpd_ps(_mm512_unpacklo_pd(pd(t1), pd(t3)));
        u[3] = _mm512_castpd_ps(_mm512_unpackhi_pd(pd(t1), pd(t3)));
    }
    // Then a 4 × 4 transpose of 128-bit lanes: column 4L + e takes lane L of u[0..4][e].
    let mut out = [_mm512_setzero_ps(); 16];
    for e in 0..4 {
        let v0 = _mm512_shuffle_f32x4::<0x88>(u[0][e], u[1][e]);
        let v1 = _mm512_shuffle_f32x4::<0xDD>(u[0][e], u[1][e]);
        let v2 = _mm512_shuffle_f32x4::<0x88>(u[2][e], u[3][e]);
        let v3 = _mm512_shuffle_f32x4::<0xDD>(u[2][e], u[3][e]);
        out[e] = _mm512_shuffle_f32x4::<0x88>(v0, v2);
        out[4 + e] = _mm512_shuffle_f32x4::<0x88>(v1, v3);
        out[8 + e] = _mm512_shuffle_f32x4::<0xDD>(v0, v2);
        out[12 + e] = _mm512_shuffle_f32x4::<0xDD>(v1, v3);
    }
    out
}

/// One microkernel call: rows of `x` (stride `ldx`) over a packed panel of `kc` inputs, into
/// `nc <= NR` columns of `out` (stride `ldo`), prefetching the cache lines at `prefetch`
/// (addresses, spread over its inputs) on the way.
struct Tile<'a> {
    x: *const f32,
    ldx: usize,
    panel: *const f32,
    kc: usize,
    out: *mut f32,
    ldo: usize,
    nc: usize,
    prefetch: &'a [usize],
}

impl Tile<'_> {
    /// `out[r, c] (+)= Σ_t x[r, t] · panel[t, c]` for `r < R`: stored on the first block of
    /// `k`, added to what earlier blocks stored on the others.
    ///
    /// # Safety
    /// AVX-512 F and FMA; `R` rows of `kc` inputs at `x`, `kc · NR` floats at `panel`, and
    /// `R` rows of `nc` columns at `out` are valid.
    #[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
    #[inline]
    #[allow(clippy::needless_range_loop)] // indexes two arrays in step; clearer as indices
    unsafe fn run<const R: usize>(&self, first: bool) {
        let mut acc = [[_mm512_setzero_ps(); 2]; R];
        let mut fetched = 0;
        // SAFETY (pointer reads): t < kc inside every row and the panel (caller's contract).
        for t in 0..self.kc {
            // Line `f` goes out at input `f · kc / lines`, so the lines spread over the tile.
            if fetched < self.prefetch.len() && t * self.prefetch.len() >= fetched * self.kc {
                // A prefetch is a hint: it reads nothing into the program and cannot fault.
                _mm_prefetch::<_MM_HINT_T0>(self.prefetch[fetched] as *const i8);
                fetched += 1;
            }
            let (b0, b1) = unsafe {
                let p = self.panel.add(t * NR);
                (_mm512_load_ps(p), _mm512_load_ps(p.add(16)))
            };
            for r in 0..R {
                let a = _mm512_set1_ps(unsafe { *self.x.add(r * self.ldx + t) });
                acc[r][0] = _mm512_fmadd_ps(a, b0, acc[r][0]);
                acc[r][1] = _mm512_fmadd_ps(a, b1, acc[r][1]);
            }
        }
        let masks = [lanes(self.nc), lanes(self.nc.saturating_sub(16))];
        for r in 0..R {
            for h in 0..2 {
                // SAFETY: the mask lanes are columns < nc of row r.
                unsafe {
                    let p = self.out.add(r * self.ldo + 16 * h);
                    let mut v = acc[r][h];
                    if !first {
                        v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(masks[h], p));
                    }
                    _mm512_mask_storeu_ps(p, masks[h], v);
                }
            }
        }
    }
}
