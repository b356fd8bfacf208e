//! Attention over the KV cache on CPU: each query of a call (one per sequence in decode, a
//! prompt chunk's in prefill) against only the cache positions it can see.
//!
//! XLA CPU lowers the traced attention to two batched dots over the whole `max_seq` cache
//! (Eigen packs all of it into a scratch layout for each, every call) and half a dozen fusions
//! that build and apply the mask over all `max_seq` positions. This kernel reads only the
//! positions a query can see, `[lo, position]`, so its cost follows the sequence length rather
//! than the cache's capacity: a 37-token prompt spent a third of its prefill attending over
//! 1024 slots it could not see. The visibility rule is the traced mask's (`model::mistral`):
//! not in the future, and within the sliding window if there is one. Each sequence of a call
//! has its own start position and its own cache slot, so sequences of a batch advance apart.
//!
//! Work is split over (query, block of positions) and the blocks' partial softmaxes are merged
//! at the end (each block keeps its running max, sum and weighted values), so long sequences
//! use every core.
//!
//! The caches may hold f32, bf16 or f16 (`CacheElement`); keys and values share one dtype and
//! are widened to f32 as they are loaded, so every product, the softmax and the weighted sums
//! run in f32 whatever the cache stores, and a half cache changes only the cache's rounding.
//! Three paths (`KernelPath`, chosen at run time like the INT8 kernel's, `XLAGEN_KERNEL_PATH`
//! included): AVX-512 (`avx512`: widening in registers, `vcvtph2ps` for f16 and a 16-bit shift
//! for bf16, with a vector exp), AVX2 with FMA (bf16 widened inline; f16 blocks widened to f32
//! first with F16C, and a CPU with AVX2 but no F16C runs f16 caches on the portable path) and
//! portable Rust.
//! AVX-512 BF16's `vcvtpbh2ps` is not needed: widening bf16 is exactly that shift.
//!
//! Contract for a caller with a half cache: `q` and the result stay f32; `k` and `v` go to the
//! custom call in the cache's own dtype (no convert in the graph, which would materialize an
//! f32 copy of the whole cache per layer); the cache update converts the new keys and values to
//! the cache's dtype before writing them, which is the only rounding a half cache adds.
//!
//! Batch invariance: a query's numbers depend only on its own queries, its own cache row and its
//! own position (blocks are cut from its first visible position, partials merged in order), never
//! on the other sequences of the call, the slot it sits in or how many threads ran, so a
//! sequence decoded in a batch gives exactly the tokens it gives alone.

mod avx512;

use super::{pool, KernelPath, Parallel};
use crate::dtype::DType;
use crate::runtime::{FfiCall, FfiHandler};

/// An element type the KV cache may hold: f32, or bf16 / f16 to halve its memory.
pub trait CacheElement: Copy + Send + Sync + sealed::Sealed {
    const DTYPE: DType;
    fn to_f32(self) -> f32;
}

mod sealed {
    /// Which of the three element types, for the SIMD paths' loads.
    #[derive(Copy, Clone, PartialEq, Eq)]
    pub enum Kind {
        F32,
        Bf16,
        F16,
    }

    pub trait Sealed {
        const KIND: Kind;
    }
    impl Sealed for f32 {
        const KIND: Kind = Kind::F32;
    }
    impl Sealed for half::bf16 {
        const KIND: Kind = Kind::Bf16;
    }
    impl Sealed for half::f16 {
        const KIND: Kind = Kind::F16;
    }
}
use sealed::Kind;

impl CacheElement for f32 {
    const DTYPE: DType = DType::F32;
    #[inline(always)]
    fn to_f32(self) -> f32 {
        self
    }
}

impl CacheElement for half::bf16 {
    const DTYPE: DType = DType::BF16;
    #[inline(always)]
    fn to_f32(self) -> f32 {
        f32::from_bits((self.to_bits() as u32) << 16)
    }
}

impl CacheElement for half::f16 {
    const DTYPE: DType = DType::F16;
    /// Exact, with no f32 subnormal operand, so flush-to-zero modes of the calling thread do not
    /// change it. `half`'s portable conversion made the portable path about ten times slower on
    /// f16 caches than on bf16 ones; this one about four (it still does not vectorize; the SIMD
    /// paths use the CPU's conversion instead).
    #[inline(always)]
    fn to_f32(self) -> f32 {
        let h = self.to_bits() as u32;
        let sign = (h & 0x8000) << 16;
        let magnitude = h & 0x7fff;
        // Normal halves: rebias the exponent (127 - 15 = 112), widen the mantissa (10 to 23 bits).
        let normal = f32::from_bits((magnitude << 13) + (112 << 23));
        // Subnormal halves are `m · 2^-24`, normal in f32.
        let subnormal = magnitude as f32 * f32::from_bits((127 - 24) << 23);
        let special = f32::from_bits((magnitude << 13) | 0x7f80_0000);
        let value = if magnitude < 0x400 {
            subnormal
        } else if magnitude >= 0x7c00 {
            special
        } else {
            normal
        };
        f32::from_bits(value.to_bits() | sign)
    }
}

/// Whether `path` runs on this CPU for caches of `dtype` (AVX2's f16 widening needs F16C).
pub fn path_supports(path: KernelPath, dtype: DType) -> bool {
    if !path.supported() || !matches!(dtype, DType::F32 | DType::BF16 | DType::F16) {
        return false;
    }
    #[cfg(target_arch = "x86_64")]
    if path == KernelPath::Avx2 && dtype == DType::F16 {
        return is_x86_feature_detected!("f16c");
    }
    true
}

/// The path calls on caches of `dtype` take: `KernelPath::best()` (which honours
/// `XLAGEN_KERNEL_PATH`) where it supports `dtype`, else the portable one.
pub fn best_path(dtype: DType) -> KernelPath {
    let best = KernelPath::best();
    if path_supports(best, dtype) {
        best
    } else {
        KernelPath::Portable
    }
}

/// Shapes of one call: `q [rows, group, tokens, head_dim]` for `batch` sequences, sequence `b`
/// at cache positions `start[b]..start[b] + tokens` of slot `slot[b]`; caches
/// `[slots · kv_heads, seq, head_dim]`, where `rows = batch · kv_heads` and `group` query heads
/// share each KV head.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct AttentionDims {
    pub batch: usize,
    pub rows: usize,
    /// Sequences the cache holds.
    pub slots: usize,
    pub group: usize,
    pub tokens: usize,
    pub seq: usize,
    pub head_dim: usize,
}

/// Positions per parallel task: large enough that a task's work (a few microseconds) dwarfs
/// claiming it, small enough to spread a long sequence over all cores.
const BLOCK: usize = 256;

/// Below this many multiply-adds per score pass (positions · query heads · head dim), about
/// 5 µs of work, a call runs on the calling thread alone.
const PARALLEL_MIN_WORK: usize = 1 << 15;

/// The cache positions `[lo, hi]` that the query at `position` may see.
pub fn visible(position: usize, window: Option<usize>) -> (usize, usize) {
    let lo = window.map_or(0, |w| (position + 1).saturating_sub(w));
    (lo, position)
}

/// One block's partial softmax for each of the `group` queries of a unit: running max, sum of
/// `exp(score - max)`, and the values weighted by the same.
struct Partial {
    max: Vec<f32>,
    sum: Vec<f32>,
    acc: Vec<f32>,
}

/// `out[r, g, i] = softmax(q[r, g, i] · k[c, lo..=hi]ᵀ / √d) · v[c, lo..=hi]` for every query
/// row `r`, query head `g` of it and token `i`, where `c` is `r`'s row in its sequence's slot
/// and `lo..=hi` comes from `visible` for position `start[b] + i` of its sequence `b`. Keys and
/// values are widened to f32 as they are read; `path` says which implementation runs.
///
/// # Panics
/// If a slice is shorter than `dims` implies, `start` or `slot` has fewer than `batch` entries,
/// a sequence's slot or positions fall outside the cache (callers validate first), or `path`
/// does not run here for `E` (see `path_supports`).
#[allow(clippy::too_many_arguments)] // the kernel's operands, its shapes and how to run it
pub fn cache_attention<E: CacheElement>(
    q: &[f32],
    k: &[E],
    v: &[E],
    out: &mut [f32],
    dims: AttentionDims,
    start: &[i32],
    slot: &[i32],
    window: Option<usize>,
    path: KernelPath,
    par: &dyn Parallel,
) {
    let AttentionDims {
        batch,
        rows,
        slots,
        group,
        tokens,
        seq,
        head_dim: d,
    } = dims;
    assert!(
        path_supports(path, E::DTYPE),
        "{path:?} does not run {} caches on this CPU",
        E::DTYPE
    );
    assert!(batch > 0 && rows.is_multiple_of(batch));
    assert!(start.len() >= batch && slot.len() >= batch && tokens > 0);
    let per_seq = rows / batch;
    for b in 0..batch {
        let (s, p) = (slot[b], start[b]);
        assert!(s >= 0 && (s as usize) < slots && p >= 0 && p as usize + tokens <= seq);
    }
    let n = rows * group * tokens * d;
    assert!(q.len() >= n && out.len() >= n);
    let cache_len = slots * per_seq * seq * d;
    assert!(k.len() >= cache_len && v.len() >= cache_len);
    // The cache row each query row reads.
    let cache_row = |r: usize| slot[r / per_seq] as usize * per_seq + r % per_seq;
    // A unit is one token of one cache row: its `group` queries share every key they read.
    let units = rows * tokens;
    let at = |u: usize, g: usize| ((u / tokens * group + g) * tokens + u % tokens) * d;
    // On 64-byte lines: the SIMD paths load each query sixteen floats at a time, per key.
    let mut queries = super::Aligned::<f32>::zeroed(units * group * d);
    for u in 0..units {
        for g in 0..group {
            let to = (u * group + g) * d;
            queries[to..to + d].copy_from_slice(&q[at(u, g)..at(u, g) + d]);
        }
    }
    let ranges: Vec<(usize, usize)> = (0..units)
        .map(|u| visible(start[u / tokens / per_seq] as usize + u % tokens, window))
        .collect();
    // Task t covers unit u where first[u] <= t < first[u + 1], block t - first[u] of it.
    let mut first = Vec::with_capacity(units + 1);
    first.push(0);
    for (u, &(lo, hi)) in ranges.iter().enumerate() {
        first.push(first[u] + (hi + 1 - lo).div_ceil(BLOCK));
    }
    let tasks = first[units];
    let partials: Vec<std::sync::Mutex<Option<Partial>>> =
        (0..tasks).map(|_| std::sync::Mutex::new(None)).collect();
    let scale = 1.0 / (d as f32).sqrt();
    let task = |t: usize| {
        let u = first.partition_point(|&f| f <= t) - 1;
        let r = cache_row(u / tokens);
        let (lo, hi) = ranges[u];
        let b0 = lo + (t - first[u]) * BLOCK;
        let b1 = (b0 + BLOCK).min(hi + 1);
        let uq = &queries[u * group * d..(u + 1) * group * d];
        let rk = &k[(r * seq + b0) * d..(r * seq + b1) * d];
        let rv = &v[(r * seq + b0) * d..(r * seq + b1) * d];
        let p = block_on(path, uq, rk, rv, group, d, scale);
        *partials[t].lock().unwrap_or_else(|e| e.into_inner()) = Some(p);
    };
    // Short sequences run on this thread: waking a helper would cost more than it saves.
    let positions: usize = ranges.iter().map(|(lo, hi)| hi + 1 - lo).sum();
    if positions * group * d < PARALLEL_MIN_WORK {
        (0..tasks).for_each(task);
    } else {
        par.for_each_chunk(tasks, &task);
    }

    for u in 0..units {
        let parts: Vec<Partial> = partials[first[u]..first[u + 1]]
            .iter()
            .map(|m| {
                m.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .take()
                    .expect("every task ran")
            })
            .collect();
        for g in 0..group {
            let o = &mut out[at(u, g)..at(u, g) + d];
            let top = parts.iter().map(|p| p.max[g]).fold(f32::MIN, f32::max);
            o.fill(0.0);
            let mut total = 0f32;
            for p in &parts {
                let w = (p.max[g] - top).exp();
                total += p.sum[g] * w;
                for (o, a) in o.iter_mut().zip(&p.acc[g * d..(g + 1) * d]) {
                    *o += a * w;
                }
            }
            o.iter_mut().for_each(|x| *x /= total);
        }
    }
}

/// One block on `path` (which `cache_attention` checked runs here for `E`).
fn block_on<E: CacheElement>(
    path: KernelPath,
    q: &[f32],
    k: &[E],
    v: &[E],
    group: usize,
    d: usize,
    scale: f32,
) -> Partial {
    match path {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: `path_supports` found AVX-512 F, BW and VL, and FMA.
        KernelPath::Avx512 => unsafe { avx512::block(q, k, v, group, d, scale) },
        #[cfg(target_arch = "x86_64")]
        // SAFETY: `path_supports` found AVX2 and FMA, and F16C if `E` is f16.
        KernelPath::Avx2 => unsafe { avx2_block(q, k, v, group, d, scale) },
        _ => block(q, k, v, group, d, scale),
    }
}

/// `block` compiled for AVX2 and FMA (8-wide dot products and updates). bf16 is widened inline,
/// a shift the compiler vectorizes (a widened copy of the block measured 1.5 times slower); f16
/// blocks are widened to an f32 copy first with F16C, which the compiler cannot use by itself.
///
/// # Safety
/// The CPU must support AVX2 and FMA, and F16C if `E` is f16.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn avx2_block<E: CacheElement>(
    q: &[f32],
    k: &[E],
    v: &[E],
    group: usize,
    d: usize,
    scale: f32,
) -> Partial {
    match E::KIND {
        Kind::F32 => block(q, k, v, group, d, scale),
        Kind::Bf16 => block(q, k, v, group, d, scale),
        // SAFETY: F16C is there (caller's contract).
        Kind::F16 => unsafe { block(q, &f16c_widen(k), &f16c_widen(v), group, d, scale) },
    }
}

/// f16 values widened to f32 with F16C, eight at a time.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,f16c")]
fn f16c_widen<E: CacheElement>(x: &[E]) -> Vec<f32> {
    use std::arch::x86_64::*;
    let mut out = vec![0f32; x.len()];
    let eights = x.len() / 8;
    for i in 0..eights {
        // SAFETY: elements `8i..8i + 8` of `x` (two bytes each) and of `out` exist.
        unsafe {
            let h = _mm_loadu_si128(x.as_ptr().add(8 * i) as *const __m128i);
            _mm256_storeu_ps(out.as_mut_ptr().add(8 * i), _mm256_cvtph_ps(h));
        }
    }
    for (o, e) in out[8 * eights..].iter_mut().zip(&x[8 * eights..]) {
        *o = e.to_f32();
    }
    out
}

/// Scores, softmax numerator and weighted values of `group` queries over one block of keys.
#[inline(always)]
fn block<E: CacheElement>(
    q: &[f32],
    k: &[E],
    v: &[E],
    group: usize,
    d: usize,
    scale: f32,
) -> Partial {
    let n = k.len() / d;
    let mut max = vec![f32::MIN; group];
    let mut sum = vec![0f32; group];
    let mut acc = vec![0f32; group * d];
    let mut scores = vec![0f32; n];
    for g in 0..group {
        let qg = &q[g * d..(g + 1) * d];
        for (s, kr) in scores.iter_mut().zip(k.chunks_exact(d)) {
            *s = dot(qg, kr) * scale;
        }
        let m = scores.iter().copied().fold(f32::MIN, f32::max);
        let ag = &mut acc[g * d..(g + 1) * d];
        let mut total = 0f32;
        for (s, vr) in scores.iter().zip(v.chunks_exact(d)) {
            let p = (s - m).exp();
            total += p;
            axpy(ag, p, vr);
        }
        max[g] = m;
        sum[g] = total;
    }
    Partial { max, sum, acc }
}

/// `Σ a[i]·b[i]` with eight partial sums, which compilers turn into vector code.
#[inline(always)]
fn dot<E: CacheElement>(a: &[f32], b: &[E]) -> f32 {
    let mut lanes = [0f32; 8];
    let (ac, bc) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ac
        .remainder()
        .iter()
        .zip(bc.remainder())
        .map(|(x, y)| x * y.to_f32())
        .sum();
    for (x, y) in ac.zip(bc) {
        for l in 0..8 {
            lanes[l] += x[l] * y[l].to_f32();
        }
    }
    lanes.iter().sum::<f32>() + tail
}

/// `acc += p · v`.
#[inline(always)]
fn axpy<E: CacheElement>(acc: &mut [f32], p: f32, v: &[E]) {
    for (a, x) in acc.iter_mut().zip(v) {
        *a += p * x.to_f32();
    }
}

/// The FFI custom call `xlagen_attention(q [R, G, T, D] f32, k [C, S, D], v [C, S, D],
/// start [B] i32, slot [B] i32, window [] i32) -> [R, G, T, D] f32` for `B` sequences, sequence
/// `b` at cache positions `start[b]..start[b] + T` of slot `slot[b]` (rows
/// `slot[b]·R/B..(slot[b] + 1)·R/B` of the cache), where `window <= 0` means no sliding window.
/// `k` and `v` are both f32, both bf16 or both f16 (a caller keeping its cache in a half type
/// passes it as it is; the kernel widens it, so no f32 copy of the cache is ever made);
/// anything else is refused with the dtypes named. The path is `best_path` for that dtype.
pub struct CacheAttention;

impl CacheAttention {
    pub const TARGET: &'static str = "xlagen_attention";
}

impl FfiHandler for CacheAttention {
    fn execute(mut call: FfiCall<'_>) -> Result<(), String> {
        let target = CacheAttention::TARGET;
        let [q, k, v, start, slot, window] = match &call.args[..] {
            [q, k, v, start, slot, window] => [q, k, v, start, slot, window],
            args => return Err(format!("{target}: expected 6 operands, got {}", args.len())),
        };
        let (qd, kd, vd, sd, ld) = (q.dims, k.dims, v.dims, start.dims, slot.dims);
        // Names the operand in a dtype error, which alone would not say which one.
        fn typed<T>(name: &str, r: Result<T, String>) -> Result<T, String> {
            r.map_err(|e| format!("{}: {name}: {e}", CacheAttention::TARGET))
        }
        let q = typed("q (operand 0)", q.f32())?;
        let (start, slot, window) = (
            typed("start (operand 3)", start.i32())?,
            typed("slot (operand 4)", slot.i32())?,
            typed("window (operand 5)", window.i32())?,
        );
        if k.dtype != v.dtype || !matches!(k.dtype, DType::F32 | DType::BF16 | DType::F16) {
            return Err(format!(
                "{target}: key cache is {} and value cache {}; expected both f32, both bf16 or \
                 both f16",
                k.dtype, v.dtype
            ));
        }
        let out = call
            .rets
            .first_mut()
            .ok_or_else(|| format!("{target}: expected 1 result"))?;
        let od = out.dims;
        let bad = || {
            format!(
                "{target}: shapes do not fit: expected q [R, G, T, D], k and v [C, S, D] with C \
                 a multiple of R/B, start and slot [B] with B dividing R, out like q; got q \
                 {qd:?}, k {kd:?}, v {vd:?}, start {sd:?}, slot {ld:?}, out {od:?}"
            )
        };
        let (&[r, g, t, d], &[c, s, kd2], &[b]) = (qd, kd, sd) else {
            return Err(bad());
        };
        if kd != vd || od != qd || kd2 != d || b <= 0 || r % b != 0 || t <= 0 || ld != sd {
            return Err(bad());
        }
        let per_seq = r / b;
        if c % per_seq != 0 {
            return Err(bad());
        }
        let slots = c / per_seq;
        let Some(&window) = window.first() else {
            return Err(format!("{target}: window must be a scalar"));
        };
        for (&p, &sl) in start.iter().zip(slot) {
            if p < 0 || p as i64 + t > s {
                return Err(format!(
                    "{target}: positions {p}..{} are outside the cache (0..{s})",
                    p as i64 + t
                ));
            }
            if sl < 0 || sl as i64 >= slots {
                return Err(format!(
                    "{target}: slot {sl} is outside the cache's {slots} slots"
                ));
            }
        }
        let dims = AttentionDims {
            batch: b as usize,
            rows: r as usize,
            slots: slots as usize,
            group: g as usize,
            tokens: t as usize,
            seq: s as usize,
            head_dim: d as usize,
        };
        let window = (window > 0).then_some(window as usize);
        let path = best_path(k.dtype);
        let par = pool::global();
        let out = typed("out (result 0)", out.f32_mut())?;
        match k.dtype {
            DType::BF16 => {
                let (k, v) = (k.bf16()?, v.bf16()?);
                cache_attention(q, k, v, out, dims, start, slot, window, path, par)
            }
            DType::F16 => {
                let (k, v) = (k.f16()?, v.f16()?);
                cache_attention(q, k, v, out, dims, start, slot, window, path, par)
            }
            _ => {
                let (k, v) = (k.f32()?, v.f32()?);
                cache_attention(q, k, v, out, dims, start, slot, window, path, par)
            }
        }
        Ok(())
    }
}
