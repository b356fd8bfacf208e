//! How fast the INT8 decode kernel streams weights, against a plain read of the same bytes.
//!
//! cargo run --release --example kernel_bandwidth
//!
//! One "token" = one M = 1 call per projection of SmolLM2-135M's 30 layers (stacked q/k/v,
//! o, stacked gate/up, down) plus its 49152-row head, each matrix its own buffer (136 MB in
//! all, far beyond the caches), run on `kernels::pool` as in a decode step. The reference
//! sums the same matrices' bytes in the same chunks on the same threads: what reading alone
//! costs in that access pattern. Every SIMD path this CPU has runs, per-channel and with
//! groups of 32 inputs (`int8-g32`), back to back in each round; with AVX512-VNNI also the
//! integer dot (`avx512-vnni`: per channel on 16-bit fixed-point rows, `i8_fixed`, where the
//! CPU has AMX-INT8; otherwise and grouped on Q8_0-style INT8 blocks, `i8_vnni`; quantized per
//! call).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use xlagen::kernels::i8_amx::amx_int8_supported;
use xlagen::kernels::i8_fixed as fixed;
use xlagen::kernels::i8_matmul::{i8_matmul_grouped, vnni_supported, KernelPath, MatmulDims};
use xlagen::kernels::i8_vnni::{i8_matmul_q8, Q8_BLOCK};
use xlagen::kernels::{pool, Parallel};

fn main() {
    let (hidden, layers, vocab) = (576, 30, 49152);
    let shapes = [
        (960, hidden),
        (hidden, hidden),
        (3072, hidden),
        (hidden, 1536),
    ];
    let mut mats: Vec<(Vec<i8>, Vec<f32>, usize, usize)> = Vec::new();
    for l in 0..layers {
        for &(n, k) in &shapes {
            let w = (0..n * k).map(|i| ((i * 7 + l) % 255) as i8).collect();
            mats.push((w, vec![0.01; n * k / 32], n, k));
        }
    }
    let head = (0..vocab * hidden).map(|i| (i % 251) as i8).collect();
    mats.push((head, vec![0.01; vocab * hidden / 32], vocab, hidden));
    let bytes: usize = mats.iter().map(|m| m.0.len()).sum();
    let x = vec![0.5f32; 3072];
    let mut out = vec![0f32; vocab];
    let par = pool::global();

    // `group` 0: per-channel (the first `n` scales). `path` `None`: the VNNI kernel.
    let kernel = |out: &mut [f32], path: Option<KernelPath>, group: usize| {
        for (w, s, n, k) in &mats {
            let dims = MatmulDims { m: 1, k: *k, n: *n };
            let g = if group == 0 { *k } else { group };
            let (x, out) = (&x[..*k], &mut out[..*n]);
            match path {
                Some(path) => i8_matmul_grouped(x, w, s, out, dims, g, path, par),
                None if g == *k && fixed::supports(*k) && amx_int8_supported() => {
                    fixed::i8_matmul_fixed(x, w, s, out, dims, par)
                }
                None => i8_matmul_q8(x, w, s, out, dims, g, Q8_BLOCK, par),
            }
        }
    };
    let mut paths: Vec<(&str, Option<KernelPath>)> = KernelPath::available()
        .into_iter()
        .map(|p| (p.name(), Some(p)))
        .collect();
    if vnni_supported() {
        paths.insert(0, ("avx512-vnni", None));
    }
    let read = || {
        let total = AtomicU64::new(0);
        for (w, _, _, _) in &mats {
            let chunk = (w.len() / 16)
                .clamp(32 << 10, 256 << 10)
                .next_multiple_of(64);
            let chunks = w.len().div_ceil(chunk);
            par.for_each_chunk(chunks, &|c| {
                let part = &w[c * chunk..((c + 1) * chunk).min(w.len())];
                // Eight bytes per add, in eight independent lanes: cheap enough to be bound by
                // the reads alone. Every matrix and chunk is a multiple of 64 bytes, so the
                // 64-byte steps cover all of it.
                let mut lanes = [0u64; 8];
                for words in part.chunks_exact(64) {
                    for (l, w8) in lanes.iter_mut().zip(words.chunks_exact(8)) {
                        let w8: [i8; 8] = w8.try_into().expect("8 bytes");
                        *l = l.wrapping_add(u64::from_ne_bytes(w8.map(|b| b as u8)));
                    }
                }
                let sum = lanes.iter().fold(0u64, |a, &l| a.wrapping_add(l));
                total.fetch_add(sum, Ordering::Relaxed);
            });
        }
        total.into_inner()
    };

    println!(
        "{} MB of INT8 weights per token, paths {:?}, {} cores",
        bytes / 1_000_000,
        KernelPath::available(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for round in 0..3 {
        let reps = 20;
        let mut check = 0;
        let mut read_s = f64::INFINITY;
        for _ in 0..reps {
            let t = Instant::now();
            check += read();
            read_s = read_s.min(t.elapsed().as_secs_f64());
        }
        println!(
            "round {round}: plain read (best of {reps}) {:.2} ms = {:.1} GB/s (checksum {check})",
            read_s * 1e3,
            bytes as f64 / read_s / 1e9,
        );
        for &(name, path) in &paths {
            for group in [0, 32] {
                // The best of the repetitions: on a shared machine the mean mostly measures
                // the neighbours.
                let mut kernel_s = f64::INFINITY;
                for _ in 0..reps {
                    let t = Instant::now();
                    kernel(&mut out, path, group);
                    kernel_s = kernel_s.min(t.elapsed().as_secs_f64());
                }
                let mode = if group == 0 { "int8" } else { "int8-g32" };
                println!(
                    "  {name:>11} {mode:>8}: {:.2} ms/token = {:.1} GB/s ({:.0}% of the plain read)",
                    kernel_s * 1e3,
                    bytes as f64 / kernel_s / 1e9,
                    100.0 * read_s / kernel_s
                );
            }
        }
    }
}
