//! `y = x · Wᵀ` with `W` f32 `[N, K]`, for calls of a few activation rows (decode steps): the
//! f32 projection XLA CPU would run as a general dot. A decode step is bound by reading the
//! weights once, and XLA's dot did not stream them near the machine's read bandwidth (issue 13:
//! 57% of the roofline where llama.cpp's F32 reached 95%); this kernel reads each weight row
//! straight through, once per block of activation rows, sharing every loaded vector across up
//! to six of them. Every row's arithmetic is the same sequence whatever else is in the call, so a
//! batched decode step gives each sequence the numbers it gets alone, as the INT8 kernel does.
//! Calls of more rows (prompt chunks) run as a packed GEMM on AVX-512 (`gemm_avx512`).

use super::i8_matmul::{layer_rows, BATCH_INVARIANT_ROWS};
use super::{pool, KernelPath, OutRows, Parallel};
use crate::runtime::{FfiCall, FfiHandler};

/// The shapes of one call: `x [m, k]`, `w [n, k]`, `out [m, n]`.
pub use super::i8_matmul::MatmulDims;

/// Weight bytes per parallel chunk: as for the INT8 kernel, large enough that claiming a chunk
/// is cheap next to its work, small enough to spread a matrix over every core.
const MIN_CHUNK: usize = 64 * 1024;
const MAX_CHUNK: usize = 512 * 1024;
const TARGET_CHUNKS: usize = 16;

/// Activation rows that share each loaded weight vector (AVX-512: four accumulators per row,
/// 24 of the 32 zmm registers).
const TILE_ROWS: usize = 6;

/// How far ahead of its loads a row's dot product asks for weights. The hardware prefetchers
/// lose the stream at every 4 KiB page (a 576-float SmolLM2 row is 2.25 KiB); asking 1 KiB
/// ahead keeps misses in flight across them. SmolLM2-135M f32 decode, 2-core Xeon (AVX-512),
/// interleaved runs of two builds: 32.3-33.7 tok/s without, 36.7-37.9 with (256 B to 2 KiB
/// did as well, 4 KiB worse). The AVX2 path gained less (40.0-43.0 -> 41.5-43.8).
const PREFETCH_BYTES: usize = 1024;

/// Activation bytes kept in L1 (of 48 KiB) while weight rows stream past them.
const X_BLOCK_BYTES: usize = 24 * 1024;

fn rows_per_chunk(dims: MatmulDims) -> usize {
    let row_bytes = (4 * dims.k).max(1);
    let chunk = (row_bytes * dims.n / TARGET_CHUNKS).clamp(MIN_CHUNK, MAX_CHUNK);
    (chunk / row_bytes).max(1)
}

/// Computes `out[i, j] = Σ_k x[i, k] · w[j, k]`.
///
/// # Panics
/// If a slice is shorter than `dims` implies, or `path` is not supported by this CPU.
pub fn f32_matmul(
    x: &[f32],
    w: &[f32],
    out: &mut [f32],
    dims: MatmulDims,
    path: KernelPath,
    par: &dyn Parallel,
) {
    let MatmulDims { m, k, n } = dims;
    assert!(x.len() >= m * k && w.len() >= n * k && out.len() >= m * n);
    assert!(path.supported(), "{path:?} is not supported by this CPU");
    #[cfg(target_arch = "x86_64")]
    if path == KernelPath::Avx512 && m > BATCH_INVARIANT_ROWS {
        let weights = super::gemm_avx512::Weights::F32(w);
        // SAFETY: AVX-512 F, BW, VL and FMA were checked above, as were the slices' lengths.
        unsafe { super::gemm_avx512::gemm(x, weights, out, dims, par) };
        return;
    }
    let per = rows_per_chunk(dims);
    let out_ptr = &OutRows(out.as_mut_ptr());
    // Activation rows in blocks that stay in L1 while the chunk's weight rows stream past:
    // each weight row is read from memory once per block (once per call for short `k`).
    let block = (X_BLOCK_BYTES / (4 * k.max(1))).clamp(TILE_ROWS, m.max(TILE_ROWS));
    let task = |c: usize| {
        for i0 in (0..m).step_by(block) {
            let i1 = (i0 + block).min(m);
            for j in c * per..((c + 1) * per).min(n) {
                let wr = &w[j * k..(j + 1) * k];
                let mut i = i0;
                while i < i1 {
                    let rows = (i1 - i).min(TILE_ROWS);
                    let mut sums = [0f32; TILE_ROWS];
                    row(&x[i * k..(i + rows) * k], wr, &mut sums[..rows], path);
                    for (r, &v) in sums[..rows].iter().enumerate() {
                        // SAFETY: i + r < m and j < n index inside `out` (length checked
                        // above); chunks own disjoint `j`, and `out` is exclusively borrowed
                        // for the whole call.
                        unsafe { out_ptr.0.add((i + r) * n + j).write(v) }
                    }
                    i += rows;
                }
            }
        }
    };
    par.for_each_chunk(n.div_ceil(per), &task);
}

/// `sums[r] = x[r] · w` for the `sums.len()` rows of `x` (each `w.len()` long).
fn row(x: &[f32], w: &[f32], sums: &mut [f32], path: KernelPath) {
    let k = w.len();
    match (path, sums.len()) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY (each arm): the path's features were checked by `f32_matmul`; `x` holds
        // `MR · k` values and `w` holds `k`.
        (KernelPath::Avx512, 6) => sums.copy_from_slice(&unsafe { avx512::rows::<6>(x, w, k) }),
        #[cfg(target_arch = "x86_64")]
        (KernelPath::Avx512, 5) => sums.copy_from_slice(&unsafe { avx512::rows::<5>(x, w, k) }),
        #[cfg(target_arch = "x86_64")]
        (KernelPath::Avx512, 4) => sums.copy_from_slice(&unsafe { avx512::rows::<4>(x, w, k) }),
        #[cfg(target_arch = "x86_64")]
        (KernelPath::Avx512, 3) => sums.copy_from_slice(&unsafe { avx512::rows::<3>(x, w, k) }),
        #[cfg(target_arch = "x86_64")]
        (KernelPath::Avx512, 2) => sums.copy_from_slice(&unsafe { avx512::rows::<2>(x, w, k) }),
        #[cfg(target_arch = "x86_64")]
        (KernelPath::Avx512, _) => sums.copy_from_slice(&unsafe { avx512::rows::<1>(x, w, k) }),
        #[cfg(target_arch = "x86_64")]
        (KernelPath::Avx2, _) => {
            // Sixteen ymm registers hold two rows' four accumulators each; more would spill.
            for (r, s) in sums.iter_mut().enumerate() {
                *s = unsafe { avx2::row(&x[r * k..(r + 1) * k], w) };
            }
        }
        _ => {
            for (r, s) in sums.iter_mut().enumerate() {
                *s = portable_row(&x[r * k..(r + 1) * k], w);
            }
        }
    }
}

/// Eight partial sums, which compilers vectorize, then a fixed-order total.
fn portable_row(x: &[f32], w: &[f32]) -> f32 {
    let mut lanes = [0f32; 8];
    let (xs, ws) = (x.chunks_exact(8), w.chunks_exact(8));
    let (xt, wt) = (xs.remainder(), ws.remainder());
    for (xc, wc) in xs.zip(ws) {
        for l in 0..8 {
            lanes[l] += xc[l] * wc[l];
        }
    }
    let mut dot: f32 = lanes.iter().sum();
    for (a, b) in xt.iter().zip(wt) {
        dot += a * b;
    }
    dot
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::*;

    /// `x · w`: four accumulators of eight lanes, a scalar tail.
    ///
    /// # Safety
    /// AVX2 and FMA; `x` is at least as long as `w`.
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn row(x: &[f32], w: &[f32]) -> f32 {
        let k = w.len();
        let (xp, wp) = (x.as_ptr(), w.as_ptr());
        let mut acc = [_mm256_setzero_ps(); 4];
        let mut kk = 0;
        // SAFETY (pointer reads): kk + 8·(u + 1) <= k inside both rows.
        while kk + 32 <= k {
            let ahead = wp.wrapping_add(kk + super::PREFETCH_BYTES / 4) as *const i8;
            _mm_prefetch::<_MM_HINT_T0>(ahead);
            _mm_prefetch::<_MM_HINT_T0>(ahead.wrapping_add(64));
            for (u, a) in acc.iter_mut().enumerate() {
                let (xv, wv) = unsafe {
                    (
                        _mm256_loadu_ps(xp.add(kk + 8 * u)),
                        _mm256_loadu_ps(wp.add(kk + 8 * u)),
                    )
                };
                *a = _mm256_fmadd_ps(xv, wv, *a);
            }
            kk += 32;
        }
        while kk + 8 <= k {
            let (xv, wv) = unsafe { (_mm256_loadu_ps(xp.add(kk)), _mm256_loadu_ps(wp.add(kk))) };
            acc[0] = _mm256_fmadd_ps(xv, wv, acc[0]);
            kk += 8;
        }
        let v = _mm256_add_ps(_mm256_add_ps(acc[0], acc[1]), _mm256_add_ps(acc[2], acc[3]));
        let s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
        let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        let mut dot = _mm_cvtss_f32(_mm_add_ss(s, _mm_shuffle_ps(s, s, 1)));
        for t in kk..k {
            dot += x[t] * w[t];
        }
        dot
    }
}

#[cfg(target_arch = "x86_64")]
mod avx512 {
    use std::arch::x86_64::*;

    /// `x[r] · w` for `MR` consecutive rows of `x`, each loaded weight vector shared by all;
    /// four accumulators of sixteen lanes per row, a masked tail. A row's arithmetic does not
    /// depend on `MR`.
    ///
    /// # Safety
    /// AVX-512 F, BW and VL with FMA; `x` holds `MR · k` values and `w` holds `k`.
    #[target_feature(enable = "avx512f,avx512bw,avx512vl,fma")]
    #[allow(clippy::needless_range_loop)] // indexes two arrays in step; clearer as indices
    pub unsafe fn rows<const MR: usize>(x: &[f32], w: &[f32], k: usize) -> [f32; MR] {
        let (xp, wp) = (x.as_ptr(), w.as_ptr());
        // SAFETY (pointer reads): lanes kk..min(kk + 16, k) of row r lie inside `x` and `w`;
        // masked-off lanes are not read.
        let xs = |r: usize, kk: usize, m: __mmask16| unsafe {
            _mm512_maskz_loadu_ps(m, xp.add(r * k + kk))
        };
        let mut acc = [[_mm512_setzero_ps(); 4]; MR];
        let mut kk = 0;
        while kk + 64 <= k {
            // The four lines PREFETCH_BYTES ahead, past the row's end into the next row of
            // the chunk (a hint: an address past the weights is never faulted on).
            let ahead = wp.wrapping_add(kk + super::PREFETCH_BYTES / 4) as *const i8;
            for line in 0..4 {
                _mm_prefetch::<_MM_HINT_T0>(ahead.wrapping_add(64 * line));
            }
            for u in 0..4 {
                let wv = unsafe { _mm512_loadu_ps(wp.add(kk + 16 * u)) };
                for r in 0..MR {
                    acc[r][u] = _mm512_fmadd_ps(xs(r, kk + 16 * u, 0xffff), wv, acc[r][u]);
                }
            }
            kk += 64;
        }
        while kk < k {
            let m = ((1u32 << (k - kk).min(16)) - 1) as __mmask16;
            let wv = unsafe { _mm512_maskz_loadu_ps(m, wp.add(kk)) };
            for r in 0..MR {
                acc[r][0] = _mm512_fmadd_ps(xs(r, kk, m), wv, acc[r][0]);
            }
            kk += 16;
        }
        let mut out = [0f32; MR];
        for r in 0..MR {
            let a = &acc[r];
            let v = _mm512_add_ps(_mm512_add_ps(a[0], a[1]), _mm512_add_ps(a[2], a[3]));
            out[r] = _mm512_reduce_add_ps(v);
        }
        out
    }
}

/// The FFI custom call `xlagen_f32_matvec(x [M, K] f32, w [N, K] f32) -> [M, N] f32`.
pub struct F32Matmul;

impl F32Matmul {
    pub const TARGET: &'static str = "xlagen_f32_matvec";
}

impl FfiHandler for F32Matmul {
    fn execute(mut call: FfiCall<'_>) -> Result<(), String> {
        let target = F32Matmul::TARGET;
        // As the INT8 kernel's: a third operand, a layer index, picks one layer's rows of a
        // weight stacked over layers.
        let ([x, w], layer) = match &call.args[..] {
            [x, w] => ([x, w], None),
            [x, w, l] => ([x, w], Some(l.i32()?)),
            _ => {
                return Err(format!(
                    "{target}: expected 2 operands (or 3 with a layer index)"
                ))
            }
        };
        let x_dims = x.dims;
        let (x, w) = (x.f32()?, w.f32()?);
        let out = call
            .rets
            .first_mut()
            .ok_or_else(|| format!("{target}: expected 1 result"))?;
        let o_dims = out.dims;
        let n = o_dims.get(1).map_or(0, |&n| n.max(0) as usize);
        let (w, w_dims) = layer_rows(w, call.args[1].dims, n, layer, target)?;
        let w_dims = &w_dims[..];
        let (&[m, k], &[n, wk]) = (x_dims, w_dims) else {
            return Err(format!(
                "{target}: x and w must be rank 2, got {x_dims:?} and {w_dims:?}"
            ));
        };
        if wk != k || o_dims != [m, n] || m < 0 || n < 0 || k < 0 {
            return Err(format!(
                "{target}: shapes do not fit: x {x_dims:?}, w {w_dims:?}, out {o_dims:?}"
            ));
        }
        let dims = MatmulDims {
            m: m as usize,
            k: k as usize,
            n: n as usize,
        };
        let out = out.f32_mut()?;
        f32_matmul(x, w, out, dims, KernelPath::best(), pool::global());
        Ok(())
    }
}
