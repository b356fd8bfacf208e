//! The INT8 matmul on 16-bit fixed-point activations, with integer sums: each activation row is
//! rounded to multiples of one power of two `d` (`q = x / d` in `-32768..=32767`, `d` the
//! smallest power of two that keeps the row's largest magnitude in range), and every output is
//! `((Σ q · w) · d) · s`: the row's split into a signed high byte and an unsigned low byte
//! (`q = 256 · hi + lo`) makes `Σ q · w` two byte dot products, each summed exactly in
//! integers and then joined in f32 (`output`).
//!
//! Why: a byte dot product is what both of this CPU's integer engines do. On AVX512-VNNI it is
//! two `vpdpbusd` per 64 inputs of a row, with nothing per step to scale; on AMX-INT8 tiles it
//! is two tile products (`tdpbssd`, `tdpbsud`) per 16 output channels × 64 inputs for up to 16
//! rows at once, with the weights loaded into tiles as they are stored, so a batched decode
//! step costs about what one row does. The sums are exact integers either way, so both engines,
//! any order of accumulation and any number of rows give every output the same bits: a row
//! decoded alone or among a server's others, on either engine, is the same row.
//!
//! Precision: the row's largest value keeps 15 significant bits (and its sign), where bf16
//! keeps 8 per value and `i8_vnni`'s blocks 8 per four values. A value 1/128 of the row's
//! largest still keeps 8, and smaller values add at most `d / 2` each to the sum's error.
//! SmolLM2-135M, teacher-forced (benchmarks/peers/int8_quality.py, prompt-length calls): top-1
//! agreement with f32 96.52% against bf16 activations' 96.27%, mean KLD 0.00363 against 0.00372.
//!
//! Bounds: each byte sum is at most `k · 255 · 128` in magnitude, so `k` is at most 65536
//! (`supports`) for an i32 to hold it.

use std::arch::asm;
use std::arch::x86_64::*;
use std::ops::Range;

use super::i8_amx::{amx_int8_supported, transpose16, TileConfig};
use super::i8_matmul::{vnni_supported, MatmulDims, Scales};
use super::i8_vnni::PREFETCH_BYTES;
use super::{Aligned, OutRows, Parallel};

/// Inputs per step: one `vpdpbusd` of each byte plane, one tile row of weights.
const STEP: usize = 64;
/// Rows and output channels of a tile.
const TILE: usize = 16;
/// The largest `k` whose byte sums fit an i32 (`k · 255 · 128 < 2^31`).
const MAX_K: usize = 65536;
/// Calls of at least this many rows run on tiles where the CPU has AMX-INT8; fewer on VNNI.
/// A step over SmolLM2's projections (pool, idle 2-core Sapphire Rapids): one row 5.0–5.9 ms
/// on VNNI against 6.9–7.4 on tiles, two rows 6.0–6.6 against 7.0–7.8, four rows 9.8 against
/// 7.4–8.0: VNNI streams the weights faster, tiles serve more rows per weight load.
const TILE_ROWS: usize = 3;

/// Whether the kernel takes rows of `k` inputs, on this CPU (AVX512-VNNI).
pub fn supports(k: usize) -> bool {
    k <= MAX_K && vnni_supported()
}

/// Activation rows in fixed point, as two byte planes padded with zeros to whole steps.
pub struct FixedRows {
    /// `[m, k_pad]`: `q >> 8`, signed.
    pub hi: Aligned<i8>,
    /// `[m, k_pad]`: `q & 255`, unsigned.
    pub lo: Aligned<u8>,
    /// `[m]`: `Σ hi` over the row (the VNNI path's offset, see `vnni_rows`).
    pub hi_sum: Vec<i32>,
    /// `[m]`: the row's `d`, a power of two; 0 for a row of zeros, NaN where the row holds a
    /// NaN or an infinity (so its outputs say so).
    pub step: Vec<f32>,
    pub k_pad: usize,
    /// Both planes again as the tiles engine's B tiles, when asked for.
    tiles: Option<Packed>,
}

/// The exponent bias of `d`: for a row whose largest magnitude has biased exponent `e`
/// (`2^(e-127) <= max < 2^(e-126)`), `d = 2^(e - D_BIAS)` keeps `max / d` below 2^15.
const D_BIAS: i32 = 141;

/// `d` for a largest magnitude `amax` (finite, non-zero): `2^(e - 141)`, which is normal from
/// `e = 15` and subnormal (but not zero) below.
fn step_for(amax: f32) -> f32 {
    let e = (amax.to_bits() >> 23) as i32;
    if e >= 15 {
        f32::from_bits(((e - D_BIAS + 127) as u32) << 23)
    } else {
        f32::from_bits(1 << (e + 8))
    }
}

/// Rounds `x [m, k]` to fixed point row by row: `q = round_ties_even(x / d)`, exact before the
/// rounding since `d` is a power of two, clamped to 32767 (only `max / d` just under 2^15
/// rounds up to it). With `tiles`, the planes are also written as B tiles as they are made.
pub fn quantize_rows(x: &[f32], m: usize, k: usize, tiles: bool) -> FixedRows {
    assert!(supports(k), "k {k} on this CPU");
    assert!(x.len() >= m * k, "{} values for {m} rows of {k}", x.len());
    let k_pad = k.next_multiple_of(STEP).max(STEP);
    let mut rows = FixedRows {
        hi: Aligned::zeroed(m * k_pad),
        lo: Aligned::zeroed(m * k_pad),
        hi_sum: vec![0; m],
        step: vec![0.0; m],
        k_pad,
        tiles: tiles.then(|| Packed::zeroed(m, k_pad)),
    };
    for i in 0..m {
        // SAFETY: AVX-512 F/BW came with the VNNI check (`supports`); row `i` of `x` holds `k`
        // values and each plane's row `i` holds `k_pad >= k`.
        unsafe { quantize_row(&x[i * k..(i + 1) * k], &mut rows, i) };
    }
    rows
}

/// One row of `quantize_rows`, sixteen values at a time.
///
/// # Safety
/// AVX-512 F and BW; `rows` sized for row `i` of `x.len()` inputs.
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn quantize_row(x: &[f32], rows: &mut FixedRows, i: usize) {
    let k = x.len();
    let mask = |c: usize| -> __mmask16 {
        if k - c >= 16 {
            !0
        } else {
            (1u16 << (k - c)) - 1
        }
    };
    let exponent = _mm512_set1_epi32(0x7f80_0000);
    let (mut amax, mut bad) = (_mm512_setzero_ps(), 0u16);
    for c in (0..k).step_by(16) {
        // SAFETY: the mask keeps the load inside `x`.
        let v = unsafe { _mm512_maskz_loadu_ps(mask(c), x.as_ptr().add(c)) };
        let bits = _mm512_castps_si512(v);
        bad |= _mm512_cmpeq_epi32_mask(_mm512_and_si512(bits, exponent), exponent);
        amax = _mm512_max_ps(amax, _mm512_abs_ps(v));
    }
    let amax = _mm512_reduce_max_ps(amax);
    if bad != 0 || amax == 0.0 {
        // The planes stay zero; the step says what the row was.
        rows.step[i] = if bad != 0 { f32::NAN } else { 0.0 };
        return;
    }
    rows.step[i] = step_for(amax);
    let e = (amax.to_bits() >> 23) as i32;
    // x · 2^(141 - e), exact: the product is below 2^15 in magnitude.
    let power = _mm512_set1_ps((D_BIAS - e) as f32);
    let (top, low) = (_mm512_set1_epi32(32767), _mm512_set1_epi32(0xff));
    let mut sum = _mm512_setzero_si512();
    let at = i * rows.k_pad;
    for c in (0..k).step_by(16) {
        // SAFETY: as above.
        let v = unsafe { _mm512_maskz_loadu_ps(mask(c), x.as_ptr().add(c)) };
        let q = _mm512_min_epi32(_mm512_cvtps_epi32(_mm512_scalef_ps(v, power)), top);
        let hi = _mm512_srai_epi32::<8>(q);
        sum = _mm512_add_epi32(sum, hi);
        let (hi, lo) = (
            _mm512_cvtepi32_epi8(hi),
            _mm512_cvtepi32_epi8(_mm512_and_si512(q, low)),
        );
        // SAFETY: `c + 16 <= k_pad`, so sixteen bytes at `at + c` are inside row `i` of each
        // plane.
        unsafe {
            _mm_storeu_si128(rows.hi.as_mut_ptr().add(at + c).cast(), hi);
            _mm_storeu_si128(rows.lo.as_mut_ptr().add(at + c).cast(), lo);
        }
        if let Some(tiles) = &mut rows.tiles {
            tiles.put(i, c, [hi, lo]);
        }
    }
    rows.hi_sum[i] = _mm512_reduce_add_epi32(sum);
}

/// An output from its two byte sums (`H = Σ hi · w`, `L = Σ lo · w`), the row's `d` and the
/// channel's scale: `(fma(f32(H), 256, f32(L)) · d) · s`. While both sums are below 2^24 in
/// magnitude (all but contrived rows: each term is at most 255 · 128, and they mostly
/// cancel), both convert exactly and the fused multiply-add rounds `256 · H + L` once; on
/// both engines it is this one formula, so their bits agree whatever the sums.
#[inline]
pub fn output(h: i32, l: i32, d: f32, s: f32) -> f32 {
    (h as f32).mul_add(256.0, l as f32) * d * s
}

/// Computes `out[i, j] = ((Σ_k q[i, k] · w[j, k]) · d[i]) · s[j]`, with `q` and `d` from
/// `quantize_rows`: the same bits on either engine and in a call of any number of rows.
///
/// # Panics
/// If `supports(k)` is false or a slice is shorter than `dims` implies.
pub fn i8_matmul_fixed(
    x: &[f32],
    w: &[i8],
    s: &[f32],
    out: &mut [f32],
    dims: MatmulDims,
    par: &dyn Parallel,
) {
    i8_matmul_fixed_on(x, w, s, out, dims, Engine::best(dims), par)
}

/// Which integer engine a call runs on.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Engine {
    Vnni,
    /// AMX-INT8 tiles (rows of whole steps only; channels past the last whole tile on VNNI).
    Tiles,
}

impl Engine {
    /// Tiles for calls of `TILE_ROWS` or more rows of whole steps where the CPU has them.
    pub fn best(dims: MatmulDims) -> Engine {
        if Engine::Tiles.runs(dims) && dims.m >= TILE_ROWS {
            Engine::Tiles
        } else {
            Engine::Vnni
        }
    }

    /// Whether this engine takes `dims` on this CPU.
    pub fn runs(self, dims: MatmulDims) -> bool {
        supports(dims.k)
            && match self {
                Engine::Vnni => true,
                Engine::Tiles => dims.k.is_multiple_of(STEP) && amx_int8_supported(),
            }
    }
}

/// `i8_matmul_fixed` on a given engine.
///
/// # Panics
/// If `engine.runs(dims)` is false or a slice is shorter than `dims` implies.
pub fn i8_matmul_fixed_on(
    x: &[f32],
    w: &[i8],
    s: &[f32],
    out: &mut [f32],
    dims: MatmulDims,
    engine: Engine,
    par: &dyn Parallel,
) {
    let MatmulDims { m, k, n } = dims;
    assert!(engine.runs(dims), "{engine:?} does not run {dims:?} here");
    // One scale per channel: a single group of `k`.
    Scales::checked(x, w, s, out, dims, k.max(1));
    if m == 0 || n == 0 {
        return;
    }
    let xq = quantize_rows(x, m, k, engine == Engine::Tiles);
    let out_rows = &OutRows(out.as_mut_ptr());
    let ops = Operands {
        xq: &xq,
        w,
        s,
        dims,
    };
    match engine {
        Engine::Vnni => {
            let per_chunk = super::i8_matmul::rows_per_chunk(dims);
            let task = |c: usize| {
                let rows = c * per_chunk..((c + 1) * per_chunk).min(n);
                // SAFETY: AVX-512 F/BW/VL/VNNI (`runs`); the operands hold what `dims` says
                // (checked above); chunks own disjoint channels.
                unsafe { vnni_rows(&ops, rows, out_rows) };
            };
            par.for_each_chunk(n.div_ceil(per_chunk), &task);
        }
        Engine::Tiles => {
            let packed = xq.tiles.as_ref().expect("quantized for tiles");
            let blocks = n.div_ceil(TILE);
            let per_chunk = super::i8_matmul::rows_per_chunk(MatmulDims { m: 1, k, n })
                .div_ceil(TILE)
                .max(1);
            let task = |c: usize| {
                let chunk = c * per_chunk..((c + 1) * per_chunk).min(blocks);
                // SAFETY: tiles permitted and AVX-512 F/BW/VL/DQ/VNNI present (`runs`); the
                // operands hold what `dims` says; chunks own disjoint channels.
                unsafe { tile_blocks(&ops, packed, chunk, out_rows) };
            };
            par.for_each_chunk(blocks.div_ceil(per_chunk), &task);
        }
    }
}

/// One call's operands, checked against `dims`.
struct Operands<'a> {
    xq: &'a FixedRows,
    w: &'a [i8],
    s: &'a [f32],
    dims: MatmulDims,
}

/// Activation rows a weight row's loads are shared across.
const MR: usize = 4;

/// Weight rows `rows` against every activation row on AVX512-VNNI. `vpdpbusd` multiplies
/// unsigned by signed bytes: the low plane (unsigned) meets the weights as they are; the high
/// plane (signed) meets the weights with their sign bit flipped (`w + 128`, unsigned), and the
/// `128 · Σ hi` this adds is taken back out of the row's sum once.
///
/// # Safety
/// AVX-512 F/BW/VL/VNNI; `ops` consistent with its `dims`; `rows` inside `0..n` and written by
/// no other task.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni")]
unsafe fn vnni_rows(ops: &Operands<'_>, rows: Range<usize>, out: &OutRows) {
    let m = ops.dims.m;
    for j in rows {
        let mut i = 0;
        while i < m {
            let mr = (m - i).min(MR);
            // SAFETY: rows `i..i + mr` and channel `j` are in bounds (the caller's contract).
            unsafe {
                match mr {
                    4 => vnni_emit::<4>(ops, i, j, out),
                    3 => vnni_emit::<3>(ops, i, j, out),
                    2 => vnni_emit::<2>(ops, i, j, out),
                    _ => vnni_emit::<1>(ops, i, j, out),
                }
            }
            i += mr;
        }
    }
}

/// Rows `i..i + R` against weight row `j`, written out.
///
/// # Safety
/// As `vnni_rows`, for rows `i..i + R < m` and channel `j < n`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni")]
#[inline]
unsafe fn vnni_emit<const R: usize>(ops: &Operands<'_>, i: usize, j: usize, out: &OutRows) {
    // SAFETY: the caller's contract, passed on.
    let sums = unsafe { vnni_sums::<R>(ops, i, j) };
    for (r, (h, l)) in sums.into_iter().enumerate() {
        let v = output(h, l, ops.xq.step[i + r], ops.s[j]);
        // SAFETY: `i + r < m`, `j < n`: inside `out`; this task alone writes channel `j`.
        unsafe { out.0.add((i + r) * ops.dims.n + j).write(v) };
    }
}

/// `(H, L)` of rows `i..i + R` against weight row `j`.
///
/// # Safety
/// As `vnni_rows`, for rows `i..i + R < m` and channel `j < n`.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512vnni")]
#[inline]
unsafe fn vnni_sums<const R: usize>(ops: &Operands<'_>, i: usize, j: usize) -> [(i32, i32); R] {
    let (xq, k) = (ops.xq, ops.dims.k);
    let w = ops.w.as_ptr();
    let flip = _mm512_set1_epi8(-128);
    let mut hs = [_mm512_setzero_si512(); R];
    let mut ls = [_mm512_setzero_si512(); R];
    for kk in (0..k).step_by(STEP) {
        let mask = if k - kk >= STEP {
            !0
        } else {
            (1u64 << (k - kk)) - 1
        };
        // A hint, past the row into the next ones of the chunk: never faulted on.
        _mm_prefetch::<_MM_HINT_T0>(w.wrapping_add(j * k + kk + PREFETCH_BYTES).cast());
        // SAFETY: the mask keeps the read inside row `j`; bytes past `k` load as 0 (and their
        // activations are 0 in both planes).
        let wb = unsafe { _mm512_maskz_loadu_epi8(mask, w.add(j * k + kk)) };
        let wu = _mm512_xor_si512(wb, flip);
        for r in 0..R {
            let at = (i + r) * xq.k_pad + kk;
            // SAFETY: `at + 64 <= (i + r + 1) · k_pad`: inside row `i + r` of each plane.
            let (hi, lo) = unsafe {
                (
                    _mm512_load_si512(xq.hi.as_ptr().add(at).cast()),
                    _mm512_load_si512(xq.lo.as_ptr().add(at).cast()),
                )
            };
            hs[r] = _mm512_dpbusd_epi32(hs[r], wu, hi);
            ls[r] = _mm512_dpbusd_epi32(ls[r], lo, wb);
        }
    }
    std::array::from_fn(|r| {
        let h = _mm512_reduce_add_epi32(hs[r]) - 128 * xq.hi_sum[i + r];
        (h, _mm512_reduce_add_epi32(ls[r]))
    })
}

/// Each plane as B tiles, `[token block][step][plane][quad][token]` u32s: quad `r` of a step
/// holds inputs `4r..4r + 4` of every token in the block, zero past the call's rows.
struct Packed {
    quads: Aligned<u32>,
    token_blocks: usize,
    steps: usize,
    /// Tokens per block: 16, or the call's row count when it has fewer.
    cols: usize,
}

impl Packed {
    /// Zeroed tiles for `m` rows of `k_pad` inputs.
    fn zeroed(m: usize, k_pad: usize) -> Packed {
        let (token_blocks, steps, cols) = (m.div_ceil(TILE), k_pad / STEP, m.min(TILE));
        Packed {
            quads: Aligned::zeroed(token_blocks * steps * 2 * TILE * cols),
            token_blocks,
            steps,
            cols,
        }
    }

    /// The B tile of `plane` (0: high, 1: low) at token block `tb`, step `s`.
    fn tile(&self, tb: usize, s: usize, plane: usize) -> *const u32 {
        let len = TILE * self.cols;
        self.quads[((tb * self.steps + s) * 2 + plane) * len..][..len].as_ptr()
    }

    /// Row `i`'s sixteen bytes of each plane from input `c` (a multiple of 16): four quads, each
    /// one u32 of its tile's column for the row.
    #[target_feature(enable = "avx512f")]
    fn put(&mut self, i: usize, c: usize, planes: [__m128i; 2]) {
        let (tb, t, s) = (i / TILE, i % TILE, c / STEP);
        let len = TILE * self.cols;
        for (plane, bytes) in planes.into_iter().enumerate() {
            // SAFETY: 16 bytes are 4 u32, the same bits.
            let quads: [u32; 4] = unsafe { std::mem::transmute(bytes) };
            let tile = &mut self.quads[((tb * self.steps + s) * 2 + plane) * len..][..len];
            let r0 = c % STEP / 4;
            for (r, q) in quads.into_iter().enumerate() {
                tile[(r0 + r) * self.cols + t] = q;
            }
        }
    }
}

/// Tile registers: the two planes' sums for each of two weight blocks (`H0 L0 H1 L1`), the two
/// weight blocks, the two planes' activations: each weight tile load serves two products and
/// each activation tile load two, and four accumulator chains are in flight.
const TMM_W: usize = 4;
const TMM_XH: usize = 6;
const TMM_XL: usize = 7;

/// The tile shapes: the weight tiles 64 bytes wide, the others one u32 per token (`cols`).
fn tile_config(cols: usize) -> TileConfig {
    let widths: [u16; 8] = std::array::from_fn(|t| {
        if t == TMM_W || t == TMM_W + 1 {
            64
        } else {
            4 * cols as u16
        }
    });
    TileConfig::with_widths(&widths)
}

/// C tiles stored and read back, on whole lines: `[block][plane]`.
#[repr(C, align(64))]
struct Sums([[[i32; TILE * TILE]; 2]; 2]);

/// Weight blocks `blocks` (16 channels each) against every token block, two blocks at a time;
/// a last block of fewer than 16 channels runs on VNNI, whose outputs have the same bits.
///
/// # Safety
/// Tiles permitted, AVX-512 F/BW/VL/DQ/VNNI; `ops` consistent with its `dims`, `k` whole
/// steps; `blocks` inside `0..n.div_ceil(16)` and written by no other task.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512dq,avx512vnni")]
unsafe fn tile_blocks(ops: &Operands<'_>, xb: &Packed, blocks: Range<usize>, out: &OutRows) {
    let MatmulDims { m, n, .. } = ops.dims;
    let config = tile_config(xb.cols);
    let mut sums = Sums([[[0; TILE * TILE]; 2]; 2]);
    // SAFETY: the config is 64 valid bytes; tile data is permitted (caller's contract).
    unsafe { asm!("ldtilecfg [{}]", in(reg) config.0.as_ptr(), options(nostack, readonly)) };
    let whole = blocks.start..blocks.end.min(n / TILE);
    let mut block = whole.start;
    while block < whole.end {
        let count = (whole.end - block).min(2);
        let j0 = block * TILE;
        for tb in 0..xb.token_blocks {
            // SAFETY: blocks `block..block + count` are whole (inside `n / 16`), token block
            // `tb` is packed; tiles are configured above.
            unsafe {
                if count == 2 {
                    tile_pass::<2>(ops, xb, j0, tb, &mut sums);
                } else {
                    tile_pass::<1>(ops, xb, j0, tb, &mut sums);
                }
            }
            let t0 = tb * TILE;
            let tokens = xb.cols.min(m - t0);
            for (b, [h, l]) in sums.0.iter().enumerate().take(count) {
                let j = j0 + b * TILE;
                // SAFETY: tokens `t0..t0 + tokens` of `m` and channels `j..j + 16` of `n`.
                unsafe { write_block(ops, h, l, xb.cols, t0, tokens, j, out) };
            }
        }
        block += count;
    }
    // SAFETY: releases this thread's tile state; no tile is live past this point.
    unsafe { asm!("tilerelease", options(nostack, nomem)) };
    if blocks.end * TILE > n && blocks.contains(&(n / TILE)) {
        // SAFETY: as the caller's contract, for channels `16 · (n / 16)..n`, this task's.
        unsafe { vnni_rows(ops, n / TILE * TILE..n, out) };
    }
}

/// `NB` weight blocks from channel `j0` against token block `tb`: the four (or two) sums
/// zeroed, two tile products per block and step, stored to `sums`.
///
/// # Safety
/// Tiles configured as `tile_config(xb.cols)`; channels `j0..j0 + 16 · NB` inside `n`;
/// `k` whole steps; token block `tb` packed in `xb`.
#[inline(always)]
unsafe fn tile_pass<const NB: usize>(
    ops: &Operands<'_>,
    xb: &Packed,
    j0: usize,
    tb: usize,
    sums: &mut Sums,
) {
    let k = ops.dims.k;
    let stride = 4 * xb.cols;
    let w = ops.w[j0 * k..(j0 + NB * TILE) * k].as_ptr();
    // The next blocks' bytes, one contiguous run, a line per weight row each step.
    let ahead = ops.w.as_ptr().wrapping_add((j0 + NB * TILE) * k);
    let prefetch = tb == 0 && (j0 + 2 * NB * TILE) * k <= ops.w.len();
    // SAFETY (the whole body): tile registers hold no Rust values; every load reads a whole
    // tile inside `w` (16 rows of 64 bytes at stride `k` inside the blocks' rows) or inside
    // `xb`; stores write whole tiles inside `sums`.
    unsafe {
        asm!("tilezero tmm0", "tilezero tmm1", options(nostack, nomem));
        if NB == 2 {
            asm!("tilezero tmm2", "tilezero tmm3", options(nostack, nomem));
        }
        for s in 0..xb.steps {
            if prefetch {
                for r in 0..NB * TILE {
                    _mm_prefetch::<_MM_HINT_T0>(
                        ahead.wrapping_add((s * NB * TILE + r) * STEP).cast(),
                    );
                }
            }
            asm!("tileloadd tmm{t}, [{p} + {s} * 1]", t = const TMM_XH,
                 p = in(reg) xb.tile(tb, s, 0), s = in(reg) stride, options(nostack, readonly));
            asm!("tileloadd tmm{t}, [{p} + {s} * 1]", t = const TMM_XL,
                 p = in(reg) xb.tile(tb, s, 1), s = in(reg) stride, options(nostack, readonly));
            asm!("tileloadd tmm{t}, [{p} + {s} * 1]", t = const TMM_W,
                 p = in(reg) w.add(s * STEP), s = in(reg) k, options(nostack, readonly));
            asm!("tdpbssd tmm0, tmm{a}, tmm{b}", a = const TMM_W, b = const TMM_XH,
                 options(nostack, nomem));
            asm!("tdpbsud tmm1, tmm{a}, tmm{b}", a = const TMM_W, b = const TMM_XL,
                 options(nostack, nomem));
            if NB == 2 {
                asm!("tileloadd tmm{t}, [{p} + {s} * 1]", t = const TMM_W + 1,
                     p = in(reg) w.add(TILE * k + s * STEP), s = in(reg) k,
                     options(nostack, readonly));
                asm!("tdpbssd tmm2, tmm{a}, tmm{b}", a = const TMM_W + 1, b = const TMM_XH,
                     options(nostack, nomem));
                asm!("tdpbsud tmm3, tmm{a}, tmm{b}", a = const TMM_W + 1, b = const TMM_XL,
                     options(nostack, nomem));
            }
        }
        let [[h0, l0], [h1, l1]] = &mut sums.0;
        asm!("tilestored [{p} + {s} * 1], tmm0", p = in(reg) h0.as_mut_ptr(), s = in(reg) stride,
             options(nostack));
        asm!("tilestored [{p} + {s} * 1], tmm1", p = in(reg) l0.as_mut_ptr(), s = in(reg) stride,
             options(nostack));
        if NB == 2 {
            asm!("tilestored [{p} + {s} * 1], tmm2", p = in(reg) h1.as_mut_ptr(),
                 s = in(reg) stride, options(nostack));
            asm!("tilestored [{p} + {s} * 1], tmm3", p = in(reg) l1.as_mut_ptr(),
                 s = in(reg) stride, options(nostack));
        }
    }
}

/// The outputs of one weight block's sums for tokens `t0..t0 + tokens` (`cols` per tile row,
/// one row per channel), written token by token as runs of 16 channels: for one token the tile
/// is already that run; for more, each channel's outputs are formed across the tokens and the
/// 16 × 16 result is turned in registers.
///
/// # Safety
/// AVX-512 F/DQ; tokens `t0..t0 + tokens` inside `m` (`tokens <= cols`) and channels
/// `j..j + 16` inside `n`, written by no other task.
#[target_feature(enable = "avx512f,avx512dq")]
#[allow(clippy::too_many_arguments)] // one tile's sums and where its outputs go
#[inline]
unsafe fn write_block(
    ops: &Operands<'_>,
    h: &[i32; TILE * TILE],
    l: &[i32; TILE * TILE],
    cols: usize,
    t0: usize,
    tokens: usize,
    j: usize,
    out: &OutRows,
) {
    let n = ops.dims.n;
    let scales = &ops.s[j..j + TILE];
    let steps = &ops.xq.step[t0..t0 + tokens];
    if cols == 1 {
        // SAFETY: the tiles' first 16 values are the one token's 16 channels.
        let (hv, lv) = unsafe {
            (
                _mm512_load_si512(h.as_ptr().cast()),
                _mm512_load_si512(l.as_ptr().cast()),
            )
        };
        let v = _mm512_mul_ps(outputs(hv, lv), _mm512_set1_ps(steps[0]));
        let v = _mm512_mul_ps(v, _mm512_loadu_ps(scales.as_ptr()));
        // SAFETY: the caller's contract.
        unsafe { _mm512_storeu_ps(out.0.add(t0 * n + j), v) };
        return;
    }
    let mask: __mmask16 = if tokens >= TILE {
        !0
    } else {
        (1u16 << tokens) - 1
    };
    let d = _mm512_maskz_loadu_ps(mask, steps.as_ptr());
    let mut by_channel = [_mm512_setzero_ps(); TILE];
    for (r, v) in by_channel.iter_mut().enumerate() {
        // SAFETY: row `r` is `cols >= tokens` values at `r · cols`, inside each tile.
        let (hv, lv) = unsafe {
            (
                _mm512_maskz_loadu_epi32(mask, h.as_ptr().add(r * cols)),
                _mm512_maskz_loadu_epi32(mask, l.as_ptr().add(r * cols)),
            )
        };
        *v = _mm512_mul_ps(_mm512_mul_ps(outputs(hv, lv), d), _mm512_set1_ps(scales[r]));
    }
    transpose16(&mut by_channel);
    for (t, v) in by_channel.iter().enumerate().take(tokens) {
        // SAFETY: the caller's contract.
        unsafe { _mm512_storeu_ps(out.0.add((t0 + t) * n + j), *v) };
    }
}

/// `fma(f32(H), 256, f32(L))` for 16 channels, as `output` forms it.
#[target_feature(enable = "avx512f")]
#[inline]
fn outputs(h: __m512i, l: __m512i) -> __m512 {
    _mm512_fmadd_ps(
        _mm512_cvtepi32_ps(h),
        _mm512_set1_ps(256.0),
        _mm512_cvtepi32_ps(l),
    )
}
