//! `y = x · (W · diag(s))ᵀ` with `W` INT8 `[N, K]` and per-output-channel f32 scales `s [N]`,
//! or group-wise scales `s [N, K / g]` (each run of `g` inputs of a row has its own): the CPU
//! lowering of an INT8 linear layer. Weights are widened to f32 in registers, eight at a time,
//! and accumulated in f32 against f32 activations, so the only error is the weight rounding
//! itself. Per-channel is the case `g = K`: one group per row. XLA's own lowering of
//! `convert(W) · x` materializes an f32 copy of the whole weight on every call, which is what
//! this kernel exists to avoid.
//!
//! Output rows are split into chunks (see `rows_per_chunk`), run in parallel; each chunk
//! computes all `M` activation rows against its weight rows, so a weight row is read once per
//! call whatever `M` is (the register tile reuses it across several activation rows). On
//! AVX-512, calls of more rows than `BATCH_INVARIANT_ROWS` (prompt chunks) run as a packed
//! GEMM instead (`gemm_avx512`). The `xlagen_i8q8*` targets take the same operands and, on a
//! CPU with AVX512-VNNI, compute on integer activations: per-channel weights against 16-bit
//! fixed-point rows where the CPU has AMX-INT8 (`i8_fixed`, on VNNI or tiles), otherwise
//! against INT8 blocks (`i8_vnni`, decode's calls), as grouped weights always do.

use std::ops::Range;

use super::{pool, OutRows, Parallel};
use crate::runtime::{FfiCall, FfiHandler};

/// Which implementation runs: AVX-512 or AVX2+FMA intrinsics, or portable Rust.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum KernelPath {
    /// AVX-512 F, BW and VL (with FMA): sixteen lanes, masked tails (`i8_avx512`).
    Avx512,
    Avx2,
    Portable,
}

impl KernelPath {
    /// Every path there is, fastest first.
    pub const ALL: [KernelPath; 3] = [KernelPath::Avx512, KernelPath::Avx2, KernelPath::Portable];

    /// The name reports use.
    pub fn name(self) -> &'static str {
        match self {
            KernelPath::Avx512 => "avx512",
            KernelPath::Avx2 => "avx2",
            KernelPath::Portable => "portable",
        }
    }

    /// Whether this CPU can run the path, detected at run time.
    pub fn supported(self) -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            let avx2 = is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma");
            match self {
                KernelPath::Avx512 => {
                    avx2 && is_x86_feature_detected!("avx512f")
                        && is_x86_feature_detected!("avx512bw")
                        && is_x86_feature_detected!("avx512vl")
                }
                KernelPath::Avx2 => avx2,
                KernelPath::Portable => true,
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            self == KernelPath::Portable
        }
    }

    /// The path the kernels take: the fastest this CPU supports, unless the environment
    /// variable `XLAGEN_KERNEL_PATH` names another it supports (`avx512`, `avx2`, `portable`),
    /// so one build can compare its paths end to end on one machine.
    pub fn best() -> KernelPath {
        static BEST: std::sync::OnceLock<KernelPath> = std::sync::OnceLock::new();
        *BEST.get_or_init(|| {
            let fastest = KernelPath::ALL
                .into_iter()
                .find(|p| p.supported())
                .unwrap_or(KernelPath::Portable);
            let Ok(asked) = std::env::var("XLAGEN_KERNEL_PATH") else {
                return fastest;
            };
            match KernelPath::ALL.into_iter().find(|p| p.name() == asked) {
                Some(p) if p.supported() => p,
                _ => {
                    eprintln!(
                        "xlagen: XLAGEN_KERNEL_PATH={asked:?} is not a kernel path this CPU runs \
                         ({:?}); using {}",
                        KernelPath::available()
                            .iter()
                            .map(|p| p.name())
                            .collect::<Vec<_>>(),
                        fastest.name()
                    );
                    fastest
                }
            }
        })
    }

    /// Every path this CPU can run (for tests that compare them).
    pub fn available() -> Vec<KernelPath> {
        KernelPath::ALL
            .into_iter()
            .filter(|p| p.supported())
            .collect()
    }
}

/// Which arithmetic the INT8 kernels use for their dot products.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Int8Dot {
    /// Weights widened to f32 against f32 activations: the only error is the weights' own.
    F32,
    /// Integer activations, integer dot products: on a CPU with AMX-INT8, per-channel weights
    /// against each row in 16-bit fixed point (`i8_fixed`: AVX512-VNNI for one or two rows,
    /// tiles for more, the same bits either way); grouped weights, and every weight on a CPU
    /// without AMX-INT8, against INT8 blocks of 4 (`i8_vnni`).
    Vnni,
    /// Activations rounded to bf16, weights widened to bf16 exactly, f32 sums on AMX tiles.
    Amx,
}

impl Int8Dot {
    /// The name reports use (after the SIMD path's).
    pub fn name(self) -> &'static str {
        match self {
            Int8Dot::F32 => "f32",
            Int8Dot::Vnni => "vnni",
            Int8Dot::Amx => "amx",
        }
    }

    /// The dot product the INT8 custom calls use where the kernels run their AVX-512 path:
    /// `Vnni` where the CPU has it (its batches and prompt chunks on AMX tiles where the machine
    /// has them), else `Amx` where the CPU and OS run AMX tiles, else `F32`. `Amx` (bf16
    /// activations) is not the default beside AMX: a one-row decode ran 1.38× slower on its
    /// tiles, which widen every weight to bf16 first, and `Vnni`'s own tiles (AMX-INT8) take the
    /// weights as stored. The environment variable `XLAGEN_INT8_DOT` (`f32`, `vnni`, `amx`)
    /// picks another that this machine runs.
    pub fn best() -> Int8Dot {
        static BEST: std::sync::OnceLock<Int8Dot> = std::sync::OnceLock::new();
        *BEST.get_or_init(|| {
            let runs = Int8Dot::available();
            let default = [Int8Dot::Vnni, Int8Dot::Amx]
                .into_iter()
                .find(|d| runs.contains(d))
                .unwrap_or(Int8Dot::F32);
            match std::env::var("XLAGEN_INT8_DOT").as_deref() {
                Err(_) => default,
                Ok(asked) => match runs.iter().find(|d| d.name() == asked) {
                    Some(&dot) => dot,
                    None => {
                        let names: Vec<&str> = runs.iter().map(|d| d.name()).collect();
                        eprintln!(
                            "xlagen: XLAGEN_INT8_DOT={asked:?} is not an INT8 dot this CPU runs \
                             ({}); using {}",
                            names.join(", "),
                            default.name()
                        );
                        default
                    }
                },
            }
        })
    }

    /// The dot products this machine runs.
    pub fn available() -> Vec<Int8Dot> {
        let avx512 = KernelPath::best() == KernelPath::Avx512;
        let mut runs = vec![Int8Dot::F32];
        if avx512 && vnni_supported() {
            runs.push(Int8Dot::Vnni);
        }
        if avx512 && amx_supported() {
            runs.push(Int8Dot::Amx);
        }
        runs
    }
}

/// AMX-TILE and AMX-BF16 with the OS's permission, and AVX-512 with BF16: what `Int8Dot::Amx`
/// needs.
pub fn amx_supported() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        KernelPath::Avx512.supported() && super::i8_amx::amx_supported()
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// AVX-512 F, BW, VL and VNNI, with FMA: what `Int8Dot::Vnni` needs.
pub fn vnni_supported() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        KernelPath::Avx512.supported() && is_x86_feature_detected!("avx512vnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The shapes of one call: `x [m, k]`, `w [n, k]`, `s [n]`, `out [m, n]`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct MatmulDims {
    pub m: usize,
    pub k: usize,
    pub n: usize,
}

/// Work per parallel chunk, in weight bytes × activation rows: chunks of at least 32 KiB keep
/// the cost of claiming one (an atomic shared by all cores) small next to its work, at most
/// 256 KiB keep two to sixteen cores balanced; in between, a call is cut into about 16.
/// Calls of up to this many activation rows compute each row exactly as a call of one row
/// does, so a batched decode step gives every sequence the same numbers as decoding it alone.
pub const BATCH_INVARIANT_ROWS: usize = 32;

const MIN_CHUNK: usize = 32 * 1024;
const MAX_CHUNK: usize = 256 * 1024;
const TARGET_CHUNKS: usize = 16;

/// Output rows per chunk (a multiple of 4, the register tile's width in decode).
pub(super) fn rows_per_chunk(dims: MatmulDims) -> usize {
    let row_work = (dims.k * dims.m.max(1)).max(1);
    let chunk_work = (row_work * dims.n / TARGET_CHUNKS).clamp(MIN_CHUNK, MAX_CHUNK);
    (chunk_work / row_work).max(1).next_multiple_of(4)
}

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
    i8_matmul_grouped(x, w, s, out, dims, dims.k.max(1), path, par)
}

/// Computes `out[i, j] = Σ_q s[j, q] · Σ_{k in group q} x[i, k] · w[j, k]`, with groups of
/// `group` consecutive inputs and `s` row-major `[n, k / group]`. Each group's dot product is
/// accumulated on its own, then scaled and added to the row's sum.
///
/// # Panics
/// If `group` does not divide `k`, or a slice is shorter than `dims` implies.
#[allow(clippy::too_many_arguments)] // the kernel's operands, its shapes and how to run it
pub fn i8_matmul_grouped(
    x: &[f32],
    w: &[i8],
    s: &[f32],
    out: &mut [f32],
    dims: MatmulDims,
    group: usize,
    path: KernelPath,
    par: &dyn Parallel,
) {
    let MatmulDims { m, k, n } = dims;
    assert!(
        group > 0 && k.is_multiple_of(group),
        "group {group} must divide k {k}"
    );
    let scales = Scales::checked(x, w, s, out, dims, group);
    assert!(path.supported(), "{path:?} is not supported by this CPU");
    #[cfg(target_arch = "x86_64")]
    if path == KernelPath::Avx512 && m > BATCH_INVARIANT_ROWS {
        let weights = super::gemm_avx512::Weights::I8 { w, scales };
        // SAFETY: AVX-512 F, BW, VL and FMA were checked above, as were the slices' lengths.
        unsafe { super::gemm_avx512::gemm(x, weights, out, dims, par) };
        return;
    }
    let rows_per_chunk = rows_per_chunk(dims);
    let chunks = n.div_ceil(rows_per_chunk);
    let out_rows = &OutRows(out.as_mut_ptr());
    let task = |c: usize| {
        let rows = c * rows_per_chunk..((c + 1) * rows_per_chunk).min(n);
        let emit = |i: usize, j: usize, acc: f32| {
            // SAFETY: `i < m` and `j < n`, so the index is inside `out` (length checked above);
            // chunks own disjoint ranges of `j`, so no two tasks write the same element, and
            // `out` is exclusively borrowed for the whole call, which outlives every task.
            unsafe { out_rows.0.add(i * n + j).write(acc) }
        };
        match path {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: AVX2 and FMA were detected above; `x`, `w` and `s` hold `m·k`, `n·k` and
            // `n·groups` values.
            KernelPath::Avx2 => unsafe { avx2::rows(x, w, scales, dims, rows, &emit) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as above, with AVX-512 F, BW and VL detected.
            KernelPath::Avx512 => unsafe {
                super::i8_avx512::decode_rows(x.as_ptr(), w.as_ptr(), scales, dims, rows, &emit)
            },
            _ => portable_rows(x, w, scales, dims, rows, &emit),
        }
    };
    par.for_each_chunk(chunks, &task);
}

/// The scales of one call: `s [n, groups]` row-major, each for `group` inputs.
#[derive(Copy, Clone)]
pub(super) struct Scales<'a> {
    pub(super) s: &'a [f32],
    pub(super) group: usize,
    pub(super) groups: usize,
}

impl<'a> Scales<'a> {
    /// The scales of a call, `group` inputs to a scale (`group` checked by the kernel), after
    /// checking that every operand holds what `dims` implies: every INT8 kernel's entry check.
    ///
    /// # Panics
    /// If a slice is shorter than `dims` implies.
    pub(super) fn checked(
        x: &[f32],
        w: &[i8],
        s: &'a [f32],
        out: &[f32],
        dims: MatmulDims,
        group: usize,
    ) -> Scales<'a> {
        let MatmulDims { m, k, n } = dims;
        let groups = k / group.max(1);
        assert!(
            x.len() >= m * k && w.len() >= n * k && s.len() >= n * groups && out.len() >= m * n
        );
        Scales { s, group, groups }
    }
}

/// Portable path: eight partial sums per group's dot product, which compilers vectorize.
fn portable_rows(
    x: &[f32],
    w: &[i8],
    scales: Scales<'_>,
    dims: MatmulDims,
    rows: Range<usize>,
    emit: &dyn Fn(usize, usize, f32),
) {
    let (k, g) = (dims.k, scales.group);
    for j in rows {
        let wrow = &w[j * k..(j + 1) * k];
        let srow = &scales.s[j * scales.groups..(j + 1) * scales.groups];
        for i in 0..dims.m {
            let xrow = &x[i * k..(i + 1) * k];
            let mut acc = 0f32;
            for ((xg, wg), &s) in xrow.chunks_exact(g).zip(wrow.chunks_exact(g)).zip(srow) {
                let mut lanes = [0f32; 8];
                let (xs, ws) = (xg.chunks_exact(8), wg.chunks_exact(8));
                let (xt, wt) = (xs.remainder(), ws.remainder());
                for (xc, wc) in xs.zip(ws) {
                    for l in 0..8 {
                        lanes[l] += xc[l] * wc[l] as f32;
                    }
                }
                let mut dot: f32 = lanes.iter().sum();
                for (a, b) in xt.iter().zip(wt) {
                    dot += a * *b as f32;
                }
                acc += dot * s;
            }
            emit(i, j, acc);
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::*;
    use std::ops::Range;

    use super::{MatmulDims, Scales};

    /// All activation rows against weight rows `rows`. A call of at most
    /// `BATCH_INVARIANT_ROWS` activation rows (a decode step over a batch) computes every
    /// output exactly as a call of one row would (`row_pair`/`row`), so a sequence's tokens do
    /// not depend on what shares its batch; larger calls (prompt chunks) use 4×2 register tiles.
    ///
    /// # Safety
    /// The CPU must support AVX2 and FMA; `x` holds `m·k`, `w` holds `n·k` and `scales.s` holds
    /// `n·groups` values, with `group · groups = k`.
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn rows(
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
        let mut i = if m <= super::BATCH_INVARIANT_ROWS {
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
        while m > super::BATCH_INVARIANT_ROWS && i + 4 <= m {
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

    /// Activation rows `i..i + MR` against weight row `j`, each with four independent
    /// accumulators over `k`, sharing each widened weight vector. Decode's matvecs run here:
    /// reading one weight row straight through keeps a single stream for the prefetcher and
    /// four FMA chains in flight per row, which streamed 20 GB/s on two cores where a tile over
    /// four rows (one FMA chain per row) managed 13. Every row's arithmetic is the same
    /// sequence whatever `MR` is, so its result is too.
    ///
    /// # Safety
    /// AVX2 and FMA; rows `i..i + MR` of `x [·, k]`, row `j` of `w [·, k]` and of
    /// `scales.s [·, groups]` are readable, and `group · groups = k`.
    #[target_feature(enable = "avx2,fma")]
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
        // SAFETY (all pointer offsets below): `kk + 8 <= end <= k` inside rows `i + r` and `j`.
        let wr = unsafe { w.add(j * k) };
        let widen = |kk: usize| {
            let bytes = unsafe { _mm_loadl_epi64(wr.add(kk) as *const __m128i) };
            _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(bytes))
        };
        let xs = |r: usize, kk: usize| unsafe { _mm256_loadu_ps(x.add((i + r) * k + kk)) };
        let mut total = [_mm256_setzero_ps(); MR];
        let mut tail = [0f32; MR];
        for q in 0..groups {
            let (start, end) = (q * group, (q + 1) * group);
            let mut acc = [[_mm256_setzero_ps(); 4]; MR];
            let mut kk = start;
            while kk + 32 <= end {
                for u in 0..4 {
                    let wv = widen(kk + 8 * u);
                    for r in 0..MR {
                        acc[r][u] = _mm256_fmadd_ps(xs(r, kk + 8 * u), wv, acc[r][u]);
                    }
                }
                kk += 32;
            }
            while kk + 8 <= end {
                let wv = widen(kk);
                for r in 0..MR {
                    acc[r][0] = _mm256_fmadd_ps(xs(r, kk), wv, acc[r][0]);
                }
                kk += 8;
            }
            let sc = s[j * groups + q];
            for r in 0..MR {
                let a = &acc[r];
                let sum = _mm256_add_ps(_mm256_add_ps(a[0], a[1]), _mm256_add_ps(a[2], a[3]));
                total[r] = _mm256_fmadd_ps(sum, _mm256_set1_ps(sc), total[r]);
                let mut t = 0f32;
                for kk in kk..end {
                    // SAFETY: kk < k, inside rows i + r and j.
                    t += unsafe { *x.add((i + r) * k + kk) * *wr.add(kk) as f32 };
                }
                tail[r] += t * sc;
            }
        }
        let mut out = [0f32; MR];
        for r in 0..MR {
            out[r] = hsum(total[r]) + tail[r];
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

    /// Scaled dot products of activation rows `i..i+MR` with weight rows `j..j+NR`. Each step
    /// widens eight weights of a row to f32 once and multiplies them into all `MR` activation
    /// rows; at the end of each group the group's sums are scaled into the running totals.
    ///
    /// # Safety
    /// AVX2 and FMA; rows `i..i+MR` of `x [·, k]`, `j..j+NR` of `w [·, k]` and of
    /// `scales.s [·, groups]` are readable, and `group · groups = k`.
    #[target_feature(enable = "avx2,fma")]
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
        let mut total = [[_mm256_setzero_ps(); NR]; MR];
        let mut tails = [[0f32; NR]; MR];
        for q in 0..groups {
            let start = q * group;
            let body = start + group / 8 * 8;
            let mut acc = [[_mm256_setzero_ps(); NR]; MR];
            let mut kk = start;
            while kk < body {
                let mut xv = [_mm256_setzero_ps(); MR];
                for (r, v) in xv.iter_mut().enumerate() {
                    // SAFETY: kk + 8 <= k, so the eight floats lie inside row i + r.
                    *v = unsafe { _mm256_loadu_ps(x.add((i + r) * k + kk)) };
                }
                if kk % 64 < 8 {
                    for c in 0..NR {
                        // Fetch the next tile's rows ahead: short rows leave the hardware
                        // prefetcher too little to go on, and decode is bound by this stream.
                        // A prefetch never faults, even past the end of `w`.
                        _mm_prefetch::<_MM_HINT_T0>(w.wrapping_add((j + NR + c) * k + kk));
                    }
                }
                for c in 0..NR {
                    // SAFETY: kk + 8 <= k, so the eight bytes lie inside row j + c.
                    let bytes =
                        unsafe { _mm_loadl_epi64(w.add((j + c) * k + kk) as *const __m128i) };
                    let wv = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(bytes));
                    for r in 0..MR {
                        acc[r][c] = _mm256_fmadd_ps(xv[r], wv, acc[r][c]);
                    }
                }
                kk += 8;
            }
            for c in 0..NR {
                let sc = s[(j + c) * groups + q];
                for r in 0..MR {
                    total[r][c] = _mm256_fmadd_ps(acc[r][c], _mm256_set1_ps(sc), total[r][c]);
                    let mut tail = 0f32;
                    for t in body..start + group {
                        // SAFETY: t < k, inside rows i + r and j + c.
                        tail += unsafe { *x.add((i + r) * k + t) * *w.add((j + c) * k + t) as f32 };
                    }
                    tails[r][c] += tail * sc;
                }
            }
        }
        let mut out = [[0f32; NR]; MR];
        for r in 0..MR {
            for c in 0..NR {
                out[r][c] = hsum(total[r][c]) + tails[r][c];
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
    fn execute(call: FfiCall<'_>) -> Result<(), String> {
        execute(call, I8Matmul::TARGET, false, Int8Dot::F32)
    }
}

/// The FFI custom call `xlagen_i8g_matvec(x [M, K] f32, w [N, K] i8, s [N, G] f32) -> [M, N]
/// f32`: group-wise scales, each for `K / G` inputs (`G` must divide `K`).
pub struct I8GroupMatmul;

impl I8GroupMatmul {
    pub const TARGET: &'static str = "xlagen_i8g_matvec";
}

impl FfiHandler for I8GroupMatmul {
    fn execute(call: FfiCall<'_>) -> Result<(), String> {
        execute(call, I8GroupMatmul::TARGET, true, Int8Dot::F32)
    }
}

/// `xlagen_i8_matvec`'s operands and result, with the activations in 16-bit fixed point per
/// row (`i8_fixed`) where the CPU has AMX-INT8, else quantized to INT8 blocks for decode
/// (`i8_vnni`) and f32 through the packed GEMM for prompt chunks. On a CPU without
/// AVX512-VNNI (an executable cached elsewhere) it computes as `I8Matmul` does.
pub struct I8Q8Matmul;

impl I8Q8Matmul {
    pub const TARGET: &'static str = "xlagen_i8q8_matvec";
}

impl FfiHandler for I8Q8Matmul {
    fn execute(call: FfiCall<'_>) -> Result<(), String> {
        execute(call, I8Q8Matmul::TARGET, false, Int8Dot::Vnni)
    }
}

/// `xlagen_i8g_matvec`'s operands and result, with the activations quantized as for
/// `I8Q8Matmul`; groups that are not whole activation blocks (`i8_vnni::supports_group`) and
/// CPUs without AVX512-VNNI compute as `I8GroupMatmul` does.
pub struct I8Q8GroupMatmul;

impl I8Q8GroupMatmul {
    pub const TARGET: &'static str = "xlagen_i8q8g_matvec";
}

impl FfiHandler for I8Q8GroupMatmul {
    fn execute(call: FfiCall<'_>) -> Result<(), String> {
        execute(call, I8Q8GroupMatmul::TARGET, true, Int8Dot::Vnni)
    }
}

/// `xlagen_i8_matvec`'s operands and result on AMX tiles (`i8_amx`): activations rounded to
/// bf16. Where the CPU or OS does not run AMX (an executable cached elsewhere) it computes as
/// `I8Matmul` does.
pub struct I8Bf16Matmul;

impl I8Bf16Matmul {
    pub const TARGET: &'static str = "xlagen_i8bf16_matvec";
}

impl FfiHandler for I8Bf16Matmul {
    fn execute(call: FfiCall<'_>) -> Result<(), String> {
        execute(call, I8Bf16Matmul::TARGET, false, Int8Dot::Amx)
    }
}

/// `xlagen_i8g_matvec`'s operands and result on AMX tiles; groups that are not whole tile
/// products (`i8_amx::supports_group`) and machines without AMX compute as `I8GroupMatmul`.
pub struct I8Bf16GroupMatmul;

impl I8Bf16GroupMatmul {
    pub const TARGET: &'static str = "xlagen_i8bf16g_matvec";
}

impl FfiHandler for I8Bf16GroupMatmul {
    fn execute(call: FfiCall<'_>) -> Result<(), String> {
        execute(call, I8Bf16GroupMatmul::TARGET, true, Int8Dot::Amx)
    }
}

/// Every target: checks the shapes (a bad call is an error, never a read out of bounds), then
/// runs the kernel. A fourth operand, a layer index `l` (i32 scalar), says that `w` and `s` hold
/// every layer's matrix stacked by rows (`[L·N, K]`, `[L·N]` or `[L·N, G]`) and that this call
/// multiplies by layer `l`'s rows: a graph that loops over layers reads its weight in place.
fn execute(mut call: FfiCall<'_>, target: &str, grouped: bool, dot: Int8Dot) -> Result<(), String> {
    let ([x, w, s], layer) = match &call.args[..] {
        [x, w, s] => ([x, w, s], None),
        [x, w, s, l] => ([x, w, s], Some(l.i32()?)),
        _ => {
            return Err(format!(
                "{target}: expected 3 operands (or 4 with a layer index)"
            ))
        }
    };
    let (x_dims, s_dims) = (x.dims, s.dims);
    let (x, w, s) = (x.f32()?, w.i8()?, s.f32()?);
    let out = call
        .rets
        .first_mut()
        .ok_or_else(|| format!("{target}: expected 1 result"))?;
    let o_dims = out.dims;
    let [m, k] = two(x_dims, "x", target)?;
    let n = o_dims.get(1).map_or(0, |&n| n.max(0) as usize);
    let (w, w_dims) = layer_rows(w, call.args[1].dims, n, layer, target)?;
    let (s, s_dims) = layer_rows(s, s_dims, n, layer, target)?;
    let (w_dims, s_dims) = (&w_dims[..], &s_dims[..]);
    let [n, wk] = two(w_dims, "w", target)?;
    let groups = match (grouped, s_dims) {
        (false, [sn]) if *sn == n as i64 => Some(1),
        (true, [sn, g]) if *sn == n as i64 && *g > 0 && k.is_multiple_of(*g as usize) => {
            Some(*g as usize)
        }
        _ => None,
    };
    let (Some(groups), true) = (groups, wk == k && o_dims == [m as i64, n as i64]) else {
        return Err(format!(
            "{target}: shapes do not fit: x {x_dims:?}, w {w_dims:?}, s {s_dims:?}, out {o_dims:?}"
        ));
    };
    let out = out.f32_mut()?;
    let dims = MatmulDims { m, k, n };
    let group = (k / groups).max(1);
    // Per-channel VNNI targets on a CPU with AMX-INT8: fixed-point rows, every call of a decode
    // step's size, and prompt chunks too where the tiles take their shape (a 200-token
    // prompt's prefill in `serve` took 102 against 114 ms on bf16 tiles, interleaved); a row's
    // bits never depend on the call. Without AMX-INT8 they keep INT8 blocks (below): on VNNI
    // alone the fixed-point kernel ran batches of 4-16 rows 1.2-1.4× slower than the blocks
    // (`decode_rows_speed`), and every row count of a decode step must take one arithmetic.
    #[cfg(target_arch = "x86_64")]
    if dot == Int8Dot::Vnni
        && groups == 1
        && super::i8_fixed::supports(k)
        && super::i8_amx::amx_int8_supported()
        && (m <= BATCH_INVARIANT_ROWS || super::i8_fixed::Engine::Tiles.runs(dims))
    {
        super::i8_fixed::i8_matmul_fixed(x, w, s, out, dims, pool::global());
        return Ok(());
    }
    // AMX runs every call of its targets, decode rows and prompt chunks alike: each row's sums
    // are the same tile products whatever the call's other rows. The VNNI targets' other
    // prompt chunks (grouped weights; per channel without AMX-INT8) run there too where the
    // machine has AMX-BF16: the VNNI kernels are matvec-shaped, and were 1.1–10× slower than
    // the packed f32 GEMM there at SmolLM2's shapes (examples/int8_matmul_speed, 33..512 rows),
    // which tiles outrun in turn.
    #[cfg(target_arch = "x86_64")]
    if runs_on_amx(dot, m) && amx_supported() && super::i8_amx::supports_group(group, k) {
        super::i8_amx::i8_matmul_amx(x, w, s, out, dims, group, pool::global());
        return Ok(());
    }
    // Elsewhere prompt chunks run the packed f32 GEMM even for the VNNI targets.
    #[cfg(target_arch = "x86_64")]
    if dot == Int8Dot::Vnni
        && m <= BATCH_INVARIANT_ROWS
        && vnni_supported()
        && super::i8_vnni::supports_group(group, k)
    {
        use super::i8_vnni::{i8_matmul_q8, Q8_BLOCK};
        i8_matmul_q8(x, w, s, out, dims, group, Q8_BLOCK, pool::global());
        return Ok(());
    }
    i8_matmul_grouped(
        x,
        w,
        s,
        out,
        dims,
        group,
        KernelPath::best(),
        pool::global(),
    );
    Ok(())
}

/// Whether a call of `m` rows of a target computing with `dot` runs on AMX tiles (where the
/// machine has them): every call of the AMX targets, and the VNNI targets' prompt chunks.
pub fn runs_on_amx(dot: Int8Dot, m: usize) -> bool {
    dot == Int8Dot::Amx || (dot == Int8Dot::Vnni && m > BATCH_INVARIANT_ROWS)
}

/// The rows of layer `layer` in a tensor stacked by rows, `n` rows per layer (`[L·n, ...]`):
/// that slice and its dims. Without a layer index, the whole tensor.
pub(crate) fn layer_rows<'a, T>(
    values: &'a [T],
    dims: &[i64],
    n: usize,
    layer: Option<&[i32]>,
    target: &str,
) -> Result<(&'a [T], Vec<i64>), String> {
    let Some(layer) = layer else {
        return Ok((values, dims.to_vec()));
    };
    let rows = dims.first().map_or(0, |&r| r.max(0) as usize);
    let index = match layer {
        [l] if *l >= 0 && n > 0 && rows.is_multiple_of(n) && (*l as usize) < rows / n => {
            *l as usize
        }
        _ => {
            return Err(format!(
                "{target}: layer {layer:?} is not one of the {} layers of {n} rows in {dims:?}",
                rows.checked_div(n).unwrap_or(0)
            ))
        }
    };
    let per_row = values.len() / rows.max(1);
    let mut local = dims.to_vec();
    local[0] = n as i64;
    Ok((
        &values[index * n * per_row..(index + 1) * n * per_row],
        local,
    ))
}

fn two(dims: &[i64], what: &str, target: &str) -> Result<[usize; 2], String> {
    match dims {
        [a, b] => Ok([*a as usize, *b as usize]),
        _ => Err(format!("{target}: {what} must be rank 2, got {dims:?}")),
    }
}
