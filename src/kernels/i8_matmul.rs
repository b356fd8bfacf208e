//! `y = x · (W · diag(s))ᵀ` with `W` INT8 `[N, K]` and per-output-channel f32 scales `s [N]`:
//! the CPU lowering of an INT8 linear layer. Weights are widened to f32 in registers, eight at a
//! time, and accumulated in f32 against f32 activations, so the only error is the weight
//! rounding itself. XLA's own lowering of `convert(W) · x` materializes an f32 copy of the whole
//! weight on every call, which is what this kernel exists to avoid.
//!
//! Output rows are split into chunks of about 64 KiB of weights, run in parallel; each chunk
//! computes all `M` activation rows against its weight rows, so a weight row is read once per
//! call whatever `M` is (the register tile reuses it across up to four activation rows).

use std::ops::Range;

use super::Parallel;
use crate::runtime::{FfiCall, FfiHandler, FfiPool};

/// Which implementation runs: AVX2+FMA intrinsics, or portable Rust.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum KernelPath {
    Avx2,
    Portable,
}

impl KernelPath {
    /// The fastest path this CPU supports, detected at run time.
    pub fn best() -> KernelPath {
        #[cfg(target_arch = "x86_64")]
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
            return KernelPath::Avx2;
        }
        KernelPath::Portable
    }

    /// Every path this CPU can run (for tests that compare them).
    pub fn available() -> Vec<KernelPath> {
        let mut paths = vec![KernelPath::Portable];
        if KernelPath::best() == KernelPath::Avx2 {
            paths.push(KernelPath::Avx2);
        }
        paths
    }
}

/// The shapes of one call: `x [m, k]`, `w [n, k]`, `s [n]`, `out [m, n]`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct MatmulDims {
    pub m: usize,
    pub k: usize,
    pub n: usize,
}

/// Weight bytes per parallel chunk: small enough to balance two to sixteen cores, large enough
/// that scheduling costs little next to the arithmetic.
const CHUNK_BYTES: usize = 64 * 1024;

/// Below this many weight bytes a call runs on the calling thread alone: waking a pool thread
/// costs more than it saves (measured on SmolLM2's 576×576 and 192×576 projections).
const PARALLEL_MIN_BYTES: usize = 512 * 1024;

/// Computes `out[i, j] = s[j] · Σ_k x[i, k] · w[j, k]`.
///
/// # Panics
/// If a slice is shorter than `dims` implies (callers validate shapes first).
pub fn i8_matmul(
    x: &[f32],
    w: &[i8],
    s: &[f32],
    out: &mut [f32],
    dims: MatmulDims,
    path: KernelPath,
    par: &dyn Parallel,
) {
    let MatmulDims { m, k, n } = dims;
    assert!(x.len() >= m * k && w.len() >= n * k && s.len() >= n && out.len() >= m * n);
    if path == KernelPath::Avx2 {
        assert_eq!(
            KernelPath::best(),
            KernelPath::Avx2,
            "AVX2+FMA not available"
        );
    }
    let rows_per_chunk = if n * k * m.max(1) < PARALLEL_MIN_BYTES {
        n.max(1)
    } else {
        (CHUNK_BYTES / k.max(1))
            .clamp(8, n.max(8))
            .next_multiple_of(4)
    };
    let chunks = n.div_ceil(rows_per_chunk);
    let out_rows = &OutRows(out.as_mut_ptr());
    let task = |c: usize| {
        let rows = c * rows_per_chunk..((c + 1) * rows_per_chunk).min(n);
        let emit = |i: usize, j: usize, acc: f32| {
            // SAFETY: `i < m` and `j < n`, so the index is inside `out` (length checked above);
            // chunks own disjoint ranges of `j`, so no two tasks write the same element, and
            // `out` is exclusively borrowed for the whole call, which outlives every task.
            unsafe { out_rows.0.add(i * n + j).write(acc * s[j]) }
        };
        match path {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: AVX2 and FMA were detected above; `x` and `w` hold `m·k` and `n·k` values.
            KernelPath::Avx2 => unsafe { avx2::rows(x, w, dims, rows, &emit) },
            _ => portable_rows(x, w, dims, rows, &emit),
        }
    };
    par.for_each_chunk(chunks, &task);
}

/// The output pointer, shared by tasks that write disjoint columns.
struct OutRows(*mut f32);
// SAFETY: tasks write disjoint elements (see `emit`), and the pointee outlives them all.
unsafe impl Sync for OutRows {}

/// Portable path: eight partial sums per dot product, which compilers vectorize.
fn portable_rows(
    x: &[f32],
    w: &[i8],
    dims: MatmulDims,
    rows: Range<usize>,
    emit: &dyn Fn(usize, usize, f32),
) {
    let k = dims.k;
    for j in rows {
        let wrow = &w[j * k..(j + 1) * k];
        for i in 0..dims.m {
            let xrow = &x[i * k..(i + 1) * k];
            let mut lanes = [0f32; 8];
            let (xs, ws) = (xrow.chunks_exact(8), wrow.chunks_exact(8));
            let (xt, wt) = (xs.remainder(), ws.remainder());
            for (xc, wc) in xs.zip(ws) {
                for l in 0..8 {
                    lanes[l] += xc[l] * wc[l] as f32;
                }
            }
            let mut acc: f32 = lanes.iter().sum();
            for (a, b) in xt.iter().zip(wt) {
                acc += a * *b as f32;
            }
            emit(i, j, acc);
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::*;
    use std::ops::Range;

    use super::MatmulDims;

    /// All activation rows against weight rows `rows`: 4×2 register tiles, then 1×4 for the
    /// activation rows left over (decode is all 1×4).
    ///
    /// # Safety
    /// The CPU must support AVX2 and FMA; `x` holds `m·k` and `w` holds `n·k` values.
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn rows(
        x: &[f32],
        w: &[i8],
        dims: MatmulDims,
        rows: Range<usize>,
        emit: &dyn Fn(usize, usize, f32),
    ) {
        let (m, k) = (dims.m, dims.k);
        let (xp, wp) = (x.as_ptr(), w.as_ptr());
        let mut i = 0;
        while i + 4 <= m {
            let mut j = rows.start;
            while j + 2 <= rows.end {
                // SAFETY: rows i..i+4 < m and j..j+2 < n are in bounds (caller's contract).
                store(unsafe { tile::<4, 2>(xp, wp, k, i, j) }, i, j, emit);
                j += 2;
            }
            if j < rows.end {
                // SAFETY: as above, one weight row.
                store(unsafe { tile::<4, 1>(xp, wp, k, i, j) }, i, j, emit);
            }
            i += 4;
        }
        for i in i..m {
            let mut j = rows.start;
            while j + 4 <= rows.end {
                // SAFETY: row i < m and rows j..j+4 < n are in bounds.
                store(unsafe { tile::<1, 4>(xp, wp, k, i, j) }, i, j, emit);
                j += 4;
            }
            for j in j..rows.end {
                // SAFETY: row i < m and row j < n are in bounds.
                store(unsafe { tile::<1, 1>(xp, wp, k, i, j) }, i, j, emit);
            }
        }
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

    /// Dot products of activation rows `i..i+MR` with weight rows `j..j+NR`. Each step widens
    /// eight weights of a row to f32 once and multiplies them into all `MR` activation rows.
    ///
    /// # Safety
    /// AVX2 and FMA; rows `i..i+MR` of `x [·, k]` and `j..j+NR` of `w [·, k]` are readable.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    #[allow(clippy::needless_range_loop)] // indexes two arrays in step; clearer as indices
    unsafe fn tile<const MR: usize, const NR: usize>(
        x: *const f32,
        w: *const i8,
        k: usize,
        i: usize,
        j: usize,
    ) -> [[f32; NR]; MR] {
        let mut acc = [[_mm256_setzero_ps(); NR]; MR];
        let body = k / 8 * 8;
        let mut kk = 0;
        while kk < body {
            let mut xv = [_mm256_setzero_ps(); MR];
            for (r, v) in xv.iter_mut().enumerate() {
                // SAFETY: kk + 8 <= k, so the eight floats lie inside row i + r.
                *v = unsafe { _mm256_loadu_ps(x.add((i + r) * k + kk)) };
            }
            if kk % 64 == 0 {
                for c in 0..NR {
                    // Fetch the next tile's rows ahead: short rows leave the hardware
                    // prefetcher too little to go on, and decode is bound by this stream.
                    // A prefetch never faults, even past the end of `w`.
                    _mm_prefetch::<_MM_HINT_T0>(w.wrapping_add((j + NR + c) * k + kk));
                }
            }
            for c in 0..NR {
                // SAFETY: kk + 8 <= k, so the eight bytes lie inside row j + c.
                let bytes = unsafe { _mm_loadl_epi64(w.add((j + c) * k + kk) as *const __m128i) };
                let wv = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(bytes));
                for r in 0..MR {
                    acc[r][c] = _mm256_fmadd_ps(xv[r], wv, acc[r][c]);
                }
            }
            kk += 8;
        }
        let mut out = [[0f32; NR]; MR];
        for r in 0..MR {
            for c in 0..NR {
                let mut sum = hsum(acc[r][c]);
                for t in body..k {
                    // SAFETY: t < k, inside rows i + r and j + c.
                    sum += unsafe { *x.add((i + r) * k + t) * *w.add((j + c) * k + t) as f32 };
                }
                out[r][c] = sum;
            }
        }
        out
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn hsum(v: __m256) -> f32 {
        let s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
        let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        _mm_cvtss_f32(_mm_add_ss(s, _mm_shuffle_ps(s, s, 1)))
    }
}

/// The FFI custom call `xlagen_i8_matvec(x [M, K] f32, w [N, K] i8, s [N] f32) -> [M, N] f32`.
pub struct I8Matmul;

impl I8Matmul {
    pub const TARGET: &'static str = "xlagen_i8_matvec";
}

impl FfiHandler for I8Matmul {
    fn execute(mut call: FfiCall<'_>) -> Result<(), String> {
        let [x, w, s] = match &call.args[..] {
            [x, w, s] => [x, w, s],
            _ => return Err(format!("{}: expected 3 operands", I8Matmul::TARGET)),
        };
        let (x_dims, w_dims, s_dims) = (x.dims, w.dims, s.dims);
        let (x, w, s) = (x.f32()?, w.i8()?, s.f32()?);
        let out = call
            .rets
            .first_mut()
            .ok_or_else(|| format!("{}: expected 1 result", I8Matmul::TARGET))?;
        let o_dims = out.dims;
        let [m, k] = two(x_dims, "x")?;
        let [n, wk] = two(w_dims, "w")?;
        if wk != k || s_dims != [n as i64] || o_dims != [m as i64, n as i64] {
            return Err(format!(
                "{}: shapes do not fit: x {x_dims:?}, w {w_dims:?}, s {s_dims:?}, out {o_dims:?}",
                I8Matmul::TARGET
            ));
        }
        let out = out.f32_mut()?;
        let dims = MatmulDims { m, k, n };
        i8_matmul(x, w, s, out, dims, KernelPath::best(), &call.pool);
        Ok(())
    }
}

fn two(dims: &[i64], what: &str) -> Result<[usize; 2], String> {
    match dims {
        [a, b] => Ok([*a as usize, *b as usize]),
        _ => Err(format!(
            "{}: {what} must be rank 2, got {dims:?}",
            I8Matmul::TARGET
        )),
    }
}

impl Parallel for FfiPool<'_> {
    fn for_each_chunk(&self, chunks: usize, task: &(dyn Fn(usize) + Sync)) {
        self.parallel_for(chunks, task)
    }
}
