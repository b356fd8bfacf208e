//! The INT8 matmul on AMX tiles (`Int8Dot::Amx`): weights widened to bf16, which holds every
//! INT8 value exactly, activations rounded to bf16 (8 significant bits, round to nearest
//! even), products summed in f32 by `tdpbf16ps`, one 16×16×32 tile product per instruction.
//!
//! Why: on this box's Sapphire Rapids cores the vector kernels reach ~10 multiply-adds per
//! cycle; a tile product does 8192 in about 16 cycles. Decode of one sequence is bound by
//! reading the weights either way, but every extra row of a batched decode step (a server's
//! concurrent sequences) and every token of a prompt chunk then costs almost nothing: the
//! weights are widened once per call and each 16-token block of activations reuses them.
//!
//! Layout: the tile product is `C[16, 16] += A[16, 32] · B[32, 16]` with B stored as pairs
//! (`B[kp][2t + e]` is input `2kp + e` of column `t`). Weights are A, row-major as they are
//! stored (16 output channels × 32 inputs, widened on the fly into a per-block buffer); the
//! activations are B, packed once per call into pairs of bf16, 16 tokens per block. `C[j][t]`
//! is output channel `j` of token `t`.
//!
//! Every output is the same sequence of tile products (inputs in blocks of 32, in order, from
//! a zeroed accumulator) whatever the call's other rows, so a decode row gets the same bits
//! alone as in a batch: batch invariance needs no row limit here. Per-channel scales multiply
//! the f32 sums; group scales (groups of a multiple of 32 inputs) multiply the widened weights
//! before their rounding to bf16, which rounds those products to 8 significant bits.
//!
//! Tiles need the OS's permission (Linux's `arch_prctl(ARCH_REQ_XCOMP_PERM)`, asked once per
//! process), and the tile instructions are written as inline assembly: Rust's AMX intrinsics
//! are not stable.

use std::arch::asm;
use std::arch::x86_64::*;
use std::sync::OnceLock;

use super::i8_matmul::{MatmulDims, Scales};
use super::{Aligned, OutRows, Parallel};

/// Rows and columns of a tile, in f32 or bf16 pairs.
const TILE: usize = 16;
/// Inputs per tile product (32 bf16 per tile row).
const KB: usize = 32;
/// Accumulator tiles per pass: `tmm0..tmm3` hold up to 64 tokens' sums for one weight block.
const ACC: usize = 4;
/// The weight tile and the activation tile.
const TMM_W: usize = 4;
const TMM_X: usize = 5;

/// Group scales must cover whole tile products.
const GROUP_UNIT: usize = KB;

/// Whether this CPU and OS run the AMX kernel: AMX-TILE and AMX-BF16 (CPUID leaf 7), AVX-512
/// F/BW/VL with AVX512-BF16 for the conversions, and the kernel's permission to use tile data
/// (asked for here, once).
pub fn amx_supported() -> bool {
    static SUPPORTED: OnceLock<bool> = OnceLock::new();
    *SUPPORTED.get_or_init(|| {
        let vector = is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512bw")
            && is_x86_feature_detected!("avx512vl")
            && is_x86_feature_detected!("avx512bf16");
        // CPUID leaf 7 (structured extended features), EDX: bit 24 AMX-TILE, bit 22 AMX-BF16.
        let edx = vector.then(|| __cpuid_count(7, 0).edx);
        let tiles = edx.is_some_and(|d| d & (1 << 24) != 0 && d & (1 << 22) != 0);
        tiles && request_tile_permission()
    })
}

/// Whether this CPU and OS run AMX-INT8 tile products (`i8_fixed`): AMX-TILE and AMX-INT8
/// (CPUID leaf 7, EDX bits 24 and 25), AVX-512 F/BW/VL/DQ and VNNI for the vector work around
/// them, and the kernel's permission to use tile data.
pub fn amx_int8_supported() -> bool {
    static SUPPORTED: OnceLock<bool> = OnceLock::new();
    *SUPPORTED.get_or_init(|| {
        let vector = super::i8_matmul::vnni_supported() && is_x86_feature_detected!("avx512dq");
        let edx = vector.then(|| __cpuid_count(7, 0).edx);
        let tiles = edx.is_some_and(|d| d & (1 << 24) != 0 && d & (1 << 25) != 0);
        tiles && request_tile_permission()
    })
}

/// Asks Linux for the right to use AMX tile data in this process (every thread).
#[cfg(target_os = "linux")]
fn request_tile_permission() -> bool {
    const ARCH_REQ_XCOMP_PERM: libc::c_long = 0x1023;
    const XFEATURE_XTILEDATA: libc::c_long = 18;
    // SAFETY: arch_prctl with ARCH_REQ_XCOMP_PERM takes two integers and touches no memory of
    // ours; it fails cleanly (non-zero) where the kernel or the CPU lacks AMX.
    unsafe {
        libc::syscall(
            libc::SYS_arch_prctl,
            ARCH_REQ_XCOMP_PERM,
            XFEATURE_XTILEDATA,
        ) == 0
    }
}

#[cfg(not(target_os = "linux"))]
fn request_tile_permission() -> bool {
    false
}

/// Whether the kernel takes weights grouped `group` inputs at a time in rows of `k`.
pub fn supports_group(group: usize, k: usize) -> bool {
    group == k || (group > 0 && group.is_multiple_of(GROUP_UNIT))
}

/// Computes `out[i, j] = Σ_q s[j, q] · Σ_{k in group q} bf16(x[i, k]) · w[j, k]` on AMX tiles
/// (with grouped scales, `bf16(s[j, q] · w[j, k])` in place of the product of the two).
///
/// # Panics
/// If the CPU or OS cannot run AMX (`amx_supported`), `supports_group(group, k)` is false, or
/// a slice is shorter than `dims` implies.
#[allow(clippy::too_many_arguments)] // the kernel's operands, its shapes and how to run it
pub fn i8_matmul_amx(
    x: &[f32],
    w: &[i8],
    s: &[f32],
    out: &mut [f32],
    dims: MatmulDims,
    group: usize,
    par: &dyn Parallel,
) {
    let MatmulDims { m, k, n } = dims;
    assert!(amx_supported(), "this CPU or OS does not run AMX");
    assert!(supports_group(group, k), "group {group} for k {k}");
    let scales = Scales::checked(x, w, s, out, dims, group);
    if m == 0 || n == 0 {
        return;
    }
    // SAFETY: AVX-512 F/BW/VL/BF16 were detected (`amx_supported`); `x` holds `m·k` values.
    let xb = unsafe { pack_activations(x, m, k) };
    let blocks = n.div_ceil(TILE);
    let per_chunk = super::i8_matmul::rows_per_chunk(dims).div_ceil(TILE);
    let out_rows = &OutRows(out.as_mut_ptr());
    let task = |c: usize| {
        let first = c * per_chunk;
        let last = ((c + 1) * per_chunk).min(blocks);
        // SAFETY: tiles are permitted and the vector features detected (`amx_supported`);
        // `w` and `s` hold `n·k` and `n·groups` values; `xb` was packed for `m` rows of `k`;
        // blocks `first..last` own output columns no other task writes.
        unsafe { weight_blocks(&xb, w, scales, dims, first..last, out_rows) };
    };
    par.for_each_chunk(blocks.div_ceil(per_chunk), &task);
}

/// Activations as B tiles: `[token block][input block][kp][token]` bf16 pairs, zero-padded to
/// whole blocks of `cols` tokens and 32 inputs.
struct Packed {
    pairs: Aligned<u32>,
    token_blocks: usize,
    k_blocks: usize,
    /// Tokens per block: 16, or the call's token count when it has fewer. A call of one token
    /// then moves one column per tile rather than sixteen, mostly zeros; each column's sums
    /// are the same tile products at any width.
    cols: usize,
}

impl Packed {
    fn tile(&self, token_block: usize, k_block: usize) -> *const u32 {
        let len = TILE * self.cols;
        let at = (token_block * self.k_blocks + k_block) * len;
        self.pairs[at..at + len].as_ptr()
    }
}

/// Rounds `x [m, k]` to bf16 and lays it out as B tiles.
///
/// # Safety
/// AVX-512 F, BW, VL and BF16; `x` holds `m·k` values.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512bf16")]
unsafe fn pack_activations(x: &[f32], m: usize, k: usize) -> Packed {
    let (token_blocks, k_blocks, cols) = (m.div_ceil(TILE), k.div_ceil(KB), m.min(TILE));
    let mut pairs = Aligned::<u32>::zeroed(token_blocks * k_blocks * TILE * cols);
    for tb in 0..token_blocks {
        for kb in 0..k_blocks {
            let begin = kb * KB;
            let len = (k - begin).min(KB);
            // Token `t`'s 32 inputs as 16 bf16 pairs (zero past `m`), then turned so that each
            // row holds one pair of every token: the B tile.
            let by_token: [__m512; TILE] = std::array::from_fn(|t| {
                let i = tb * TILE + t;
                if i >= m {
                    return _mm512_setzero_ps();
                }
                // SAFETY: the masks keep both loads inside row `i` of `x` (`i < m`, `begin +
                // len <= k`); masked-off lanes read as 0.
                let (lo, hi) = unsafe {
                    let p = x.as_ptr().add(i * k + begin);
                    (
                        _mm512_maskz_loadu_ps(lane_mask(len), p),
                        _mm512_maskz_loadu_ps(lane_mask(len.saturating_sub(TILE)), p.add(TILE)),
                    )
                };
                // SAFETY: 32 bf16 are 512 bits, seen as 16 lanes of 32.
                unsafe { std::mem::transmute::<__m512bh, __m512>(_mm512_cvtne2ps_pbh(hi, lo)) }
            });
            let tile = &mut pairs[(tb * k_blocks + kb) * TILE * cols..][..TILE * cols];
            let mut by_token = by_token;
            transpose16(&mut by_token);
            for (kp, pair_row) in by_token.iter().enumerate() {
                // SAFETY: row `kp` of the tile is `cols` lanes at `kp · cols`, inside `tile`.
                unsafe {
                    _mm512_mask_storeu_ps(
                        tile.as_mut_ptr().add(kp * cols).cast(),
                        lane_mask(cols),
                        *pair_row,
                    )
                };
            }
        }
    }
    Packed {
        pairs,
        token_blocks,
        k_blocks,
        cols,
    }
}

/// C tiles stored and read back, on whole lines.
#[repr(C, align(64))]
struct TileLines([f32; ACC * TILE * TILE]);

/// The first `len` (at most 16) lanes.
fn lane_mask(len: usize) -> __mmask16 {
    if len >= TILE {
        !0
    } else {
        (1u16 << len) - 1
    }
}

/// A tile configuration (`ldtilecfg`'s 64 bytes): palette 1, each tile 16 rows.
#[repr(C, align(64))]
pub(super) struct TileConfig(pub(super) [u8; 64]);

impl TileConfig {
    /// Tiles `0..widths.len()` of 16 rows, `widths[t]` bytes wide (at most 64); the rest unused.
    pub(super) fn with_widths(widths: &[u16]) -> TileConfig {
        let mut c = [0u8; 64];
        c[0] = 1; // palette 1: eight tiles of up to 16 rows × 64 bytes
        for (t, width) in widths.iter().enumerate() {
            c[16 + 2 * t..18 + 2 * t].copy_from_slice(&width.to_le_bytes());
            c[48 + t] = TILE as u8;
        }
        TileConfig(c)
    }

    /// This kernel's shapes: the weight tile 64 bytes wide, the activation and accumulator
    /// tiles one f32 or bf16 pair per token column (`cols`).
    fn new(cols: usize) -> TileConfig {
        let widths: [u16; TMM_X + 1] =
            std::array::from_fn(|t| if t == TMM_W { 64 } else { 4 * cols as u16 });
        TileConfig::with_widths(&widths)
    }
}

/// Weight blocks `blocks` (16 output channels each) against every token block of `xb`.
///
/// # Safety
/// As `i8_matmul_amx`'s task: tiles permitted, AVX-512 F/BW/VL/BF16; `w`/`scales` hold `n`
/// rows; `blocks` inside `0..n.div_ceil(16)` and written by no other task.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512bf16")]
unsafe fn weight_blocks(
    xb: &Packed,
    w: &[i8],
    scales: Scales<'_>,
    dims: MatmulDims,
    blocks: std::ops::Range<usize>,
    out: &OutRows,
) {
    let MatmulDims { m, k, n } = dims;
    let config = TileConfig::new(xb.cols);
    let mut wb = Aligned::zeroed(xb.k_blocks * TILE * KB);
    let wb = &mut wb[..];
    let mut sums = TileLines([0f32; ACC * TILE * TILE]);
    // SAFETY: the config is 64 valid bytes; tile data is permitted (caller's contract).
    unsafe { asm!("ldtilecfg [{}]", in(reg) config.0.as_ptr(), options(nostack, readonly)) };
    for block in blocks {
        let j0 = block * TILE;
        let rows = (n - j0).min(TILE);
        // SAFETY: rows `j0..j0 + rows` are inside `w` and `scales` (caller's contract).
        unsafe { widen_weights(w, scales, k, j0, rows, wb) };
        let mut tb = 0;
        while tb < xb.token_blocks {
            let count = (xb.token_blocks - tb).min(ACC);
            // SAFETY: `wb` holds `k_blocks` A tiles, `xb` the B tiles of blocks `tb..tb +
            // count`, `sums` `count` C tiles; tiles are configured above.
            unsafe {
                match count {
                    4 => tile_pass::<4>(xb, wb, tb, &mut sums.0),
                    3 => tile_pass::<3>(xb, wb, tb, &mut sums.0),
                    2 => tile_pass::<2>(xb, wb, tb, &mut sums.0),
                    _ => tile_pass::<1>(xb, wb, tb, &mut sums.0),
                }
            }
            let scale = |r: usize| {
                if scales.groups > 1 {
                    1.0
                } else {
                    scales.s[j0 + r]
                }
            };
            let channel_scales: [f32; TILE] = std::array::from_fn(|r| scale(r.min(rows - 1)));
            // SAFETY: AVX-512 F (caller's contract); the 16 floats are on the stack.
            let channel_scales = unsafe { _mm512_loadu_ps(channel_scales.as_ptr()) };
            let cols = xb.cols;
            for (c, tile) in sums.0.chunks_exact(TILE * cols).enumerate().take(count) {
                let t0 = (tb + c) * TILE;
                // Token by token, each token's 16 channels one contiguous run of its output
                // row: the tile, channel-major, turned token-major in registers.
                let by_token = transpose(tile, cols);
                for (t, channels) in by_token.iter().enumerate().take(cols.min(m - t0)) {
                    // SAFETY: token `t0 + t < m` and channels `j0..j0 + rows <= n` (the mask):
                    // inside `out`, whose channels `j0..j0 + rows` this task alone writes.
                    unsafe {
                        _mm512_mask_storeu_ps(
                            out.0.add((t0 + t) * n + j0),
                            lane_mask(rows),
                            _mm512_mul_ps(*channels, channel_scales),
                        )
                    };
                }
            }
            tb += count;
        }
    }
    // SAFETY: releases this thread's tile state; no tile is live past this point.
    unsafe { asm!("tilerelease", options(nostack, nomem)) };
}

/// The 16 rows of a C tile (`cols` values each, one row per output channel) as 16 vectors,
/// one per token (lanes past `cols` of each row read as zero).
#[inline]
#[target_feature(enable = "avx512f")]
fn transpose(tile: &[f32], cols: usize) -> [__m512; TILE] {
    assert!(tile.len() >= TILE * cols && cols <= TILE);
    // SAFETY: row `r` reads the `cols` lanes at `r · cols`, inside `tile` (checked above).
    let mut rows = [_mm512_setzero_ps(); TILE];
    for (i, row) in rows.iter_mut().enumerate() {
        *row = unsafe { _mm512_maskz_loadu_ps(lane_mask(cols), tile.as_ptr().add(i * cols)) };
    }
    transpose16(&mut rows);
    rows
}

/// The index bits `transpose16` swaps, in order.
const BITS: [usize; 4] = [8, 4, 2, 1];

/// For each of `BITS`, the two-source permute indices of the row with that bit clear and of
/// the row with it set: row `i` keeps its lanes with the bit clear and takes row `i + bit`'s
/// lanes with it clear, moved up by `bit` (16 + lane picks the second source); row `i + bit`
/// takes the rest.
const SWAPS: [([i32; TILE], [i32; TILE]); 4] = {
    let mut swaps = [([0; TILE], [0; TILE]); 4];
    let mut b = 0;
    while b < 4 {
        let bit = BITS[b];
        let mut l = 0;
        while l < TILE {
            swaps[b].0[l] = (if l & bit == 0 { l } else { TILE + l - bit }) as i32;
            swaps[b].1[l] = (if l & bit == 0 { l + bit } else { TILE + l }) as i32;
            l += 1;
        }
        b += 1;
    }
    swaps
};

/// A 16 × 16 matrix of 32-bit lanes transposed in place, by swapping the rows' and columns'
/// index bits one at a time with two-source permutes (`SWAPS`). In place: an array of vectors
/// passed and returned by value was copied through `memcpy` each way (14% of a prompt chunk's
/// time in `i8_fixed`).
#[inline]
#[target_feature(enable = "avx512f")]
pub(super) fn transpose16(r: &mut [__m512; TILE]) {
    for (&bit, (lo, hi)) in BITS.iter().zip(&SWAPS) {
        // SAFETY: 16 i32 each, in a constant.
        let (lo, hi) = unsafe {
            (
                _mm512_loadu_si512(lo.as_ptr().cast()),
                _mm512_loadu_si512(hi.as_ptr().cast()),
            )
        };
        for i in (0..TILE).filter(|i| i & bit == 0) {
            let (a, b) = (r[i], r[i + bit]);
            r[i] = _mm512_permutex2var_ps(a, lo, b);
            r[i + bit] = _mm512_permutex2var_ps(a, hi, b);
        }
    }
}

/// Widens weight rows `j0..j0 + rows` to bf16 A tiles, `[k block][row][32]`, zero past `k`
/// and past `rows`; group scales are multiplied in before the rounding.
///
/// # Safety
/// AVX-512 F/BW/VL/BF16; rows `j0..j0 + rows` of `k` inputs inside `w` and `scales`; `wb`
/// holds `k.div_ceil(32)` tiles of 16 × 32.
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx512bf16")]
unsafe fn widen_weights(
    w: &[i8],
    scales: Scales<'_>,
    k: usize,
    j0: usize,
    rows: usize,
    wb: &mut [u16],
) {
    let k_blocks = k.div_ceil(KB);
    let whole = k / KB;
    let grouped = scales.groups > 1;
    // Row by row: the block's rows are one contiguous run of `w`, read front to back, which the
    // hardware prefetchers follow (sixteen interleaved row streams stalled on every load).
    for r in 0..TILE {
        // Row `r` of every A tile: 32 bf16 at `(kb · 16 + r) · 32`.
        let dst = wb[r * KB..].as_mut_ptr();
        if r >= rows {
            for kb in 0..k_blocks {
                // SAFETY: `wb` holds `k_blocks` tiles of 16 rows of 32 (caller's sizing).
                unsafe {
                    _mm512_storeu_si512(dst.add(kb * TILE * KB).cast(), _mm512_setzero_si512())
                };
            }
            continue;
        }
        let j = j0 + r;
        let row = w[j * k..(j + 1) * k].as_ptr();
        let ahead = w.as_ptr().wrapping_add((j + TILE) * k);
        let prefetch = (j + TILE + 1) * k <= w.len();
        for kb in 0..k_blocks {
            let begin = kb * KB;
            // The next block's same line, one block ahead: the tile products that follow
            // this block issue no loads of their own, so without it the stream stalls
            // between blocks.
            if prefetch && begin.is_multiple_of(64) {
                _mm_prefetch::<_MM_HINT_T0>(ahead.wrapping_add(begin).cast());
            }
            // SAFETY: whole blocks read 32 bytes inside the row; the last, partial one is
            // masked to the row's end.
            let (lo, hi) = unsafe {
                if kb < whole {
                    let p = row.add(begin);
                    (
                        _mm512_cvtepi8_epi32(_mm_loadu_si128(p.cast())),
                        _mm512_cvtepi8_epi32(_mm_loadu_si128(p.add(TILE).cast())),
                    )
                } else {
                    let mask = (1u32 << (k - begin)) - 1;
                    let bytes = _mm256_maskz_loadu_epi8(mask, row.add(begin));
                    (
                        _mm512_cvtepi8_epi32(_mm256_castsi256_si128(bytes)),
                        _mm512_cvtepi8_epi32(_mm256_extracti128_si256::<1>(bytes)),
                    )
                }
            };
            let (mut lo, mut hi) = (_mm512_cvtepi32_ps(lo), _mm512_cvtepi32_ps(hi));
            if grouped {
                let g = _mm512_set1_ps(scales.s[j * scales.groups + begin / scales.group]);
                lo = _mm512_mul_ps(lo, g);
                hi = _mm512_mul_ps(hi, g);
            }
            // SAFETY: 32 bf16 are 64 bytes, as a 512-bit integer vector; row `r` of tile `kb`
            // is inside `wb` (caller's sizing).
            unsafe {
                let packed: __m512i = std::mem::transmute(_mm512_cvtne2ps_pbh(hi, lo));
                _mm512_storeu_si512(dst.add(kb * TILE * KB).cast(), packed);
            }
        }
    }
}

/// `C` tiles `0..N` for token blocks `tb..tb + N`: zeroed, then one tile product per input
/// block, in order, then stored to `sums`.
///
/// # Safety
/// Tiles configured as `TileConfig::new(xb.cols)`; `wb` holds `xb.k_blocks` A tiles; token
/// blocks `tb..tb + N` exist in `xb`.
#[inline(always)]
unsafe fn tile_pass<const N: usize>(xb: &Packed, wb: &[u16], tb: usize, sums: &mut [f32]) {
    const STRIDE: usize = 64;
    let cols = 4 * xb.cols;
    // SAFETY (every block below): tile registers hold no Rust values; loads read whole tiles
    // (16 rows of 64 or `cols` bytes) inside `wb` and `xb`, stores write whole tiles inside
    // `sums` (`ACC` tiles of 16 × 16 f32 at most).
    unsafe {
        tile_zero::<0>();
        if N > 1 {
            tile_zero::<1>();
        }
        if N > 2 {
            tile_zero::<2>();
        }
        if N > 3 {
            tile_zero::<3>();
        }
        for kb in 0..xb.k_blocks {
            asm!("tileloadd tmm{t}, [{p} + {s} * 1]", t = const TMM_W,
                 p = in(reg) wb[kb * TILE * KB..].as_ptr(), s = in(reg) STRIDE,
                 options(nostack, readonly));
            product::<0>(xb.tile(tb, kb), cols);
            if N > 1 {
                product::<1>(xb.tile(tb + 1, kb), cols);
            }
            if N > 2 {
                product::<2>(xb.tile(tb + 2, kb), cols);
            }
            if N > 3 {
                product::<3>(xb.tile(tb + 3, kb), cols);
            }
        }
        for (c, tile) in sums.chunks_exact_mut(TILE * xb.cols).enumerate().take(N) {
            let p = tile.as_mut_ptr();
            match c {
                0 => {
                    asm!("tilestored [{p} + {s} * 1], tmm0", p = in(reg) p, s = in(reg) cols, options(nostack))
                }
                1 => {
                    asm!("tilestored [{p} + {s} * 1], tmm1", p = in(reg) p, s = in(reg) cols, options(nostack))
                }
                2 => {
                    asm!("tilestored [{p} + {s} * 1], tmm2", p = in(reg) p, s = in(reg) cols, options(nostack))
                }
                _ => {
                    asm!("tilestored [{p} + {s} * 1], tmm3", p = in(reg) p, s = in(reg) cols, options(nostack))
                }
            }
        }
    }
}

/// `tmm{C} = 0`.
///
/// # Safety
/// Tiles configured.
#[inline(always)]
unsafe fn tile_zero<const C: usize>() {
    // SAFETY: the caller's contract; touches no memory.
    unsafe { asm!("tilezero tmm{c}", c = const C, options(nostack, nomem)) };
}

/// Loads the B tile at `x` (rows `stride` bytes apart) and adds the weight tile's product
/// with it into `tmm{C}`.
///
/// # Safety
/// Tiles configured; `x` points at 16 rows of `stride` bytes; the weight tile loaded.
#[inline(always)]
unsafe fn product<const C: usize>(x: *const u32, stride: usize) {
    // SAFETY: the caller's contract.
    unsafe {
        asm!("tileloadd tmm{t}, [{p} + {s} * 1]", t = const TMM_X, p = in(reg) x,
             s = in(reg) stride, options(nostack, readonly));
        asm!("tdpbf16ps tmm{c}, tmm{a}, tmm{b}", c = const C, a = const TMM_W,
             b = const TMM_X, options(nostack, nomem));
    }
}
