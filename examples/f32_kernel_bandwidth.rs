//! How fast the f32 decode kernel (`kernels::f32_matmul`) streams SmolLM2-135M's weights: one
//! M = 1 call per projection of its 30 layers plus the 49152-row head (538 MB, more than most
//! caches), on every SIMD path this CPU has, on the calling thread alone and on the kernel
//! pool, best of several runs. On a shared machine the pool can lose to one thread: a helper
//! that the neighbours keep off its core stalls the call until it runs again.
//!
//! cargo run --release --example f32_kernel_bandwidth

use std::time::Instant;

use xlagen::kernels::f32_matmul::{f32_matmul, MatmulDims};
use xlagen::kernels::{pool, KernelPath, Parallel, Serial};

fn main() {
    let (hidden, layers, vocab) = (576, 30, 49152);
    let shapes = [
        (960, hidden),
        (hidden, hidden),
        (3072, hidden),
        (hidden, 1536),
    ];
    let weights = |n: usize, k: usize, seed: usize| -> Vec<f32> {
        (0..n * k)
            .map(|i| ((i * 7 + seed) % 255) as f32 * 1e-3)
            .collect()
    };
    let mut mats: Vec<(Vec<f32>, usize, usize)> = Vec::new();
    for l in 0..layers {
        for &(n, k) in &shapes {
            mats.push((weights(n, k, l), n, k));
        }
    }
    mats.push((weights(vocab, hidden, 0), vocab, hidden));
    let bytes: usize = mats.iter().map(|m| 4 * m.0.len()).sum();
    let x = vec![0.5f32; 3072];
    let mut out = vec![0f32; vocab];
    println!("{} MB of f32 weights per token", bytes / 1_000_000);
    for round in 0..2 {
        for path in KernelPath::available() {
            for (name, par) in [
                ("one thread", &Serial as &dyn Parallel),
                ("pool", pool::global()),
            ] {
                let mut wall = f64::INFINITY;
                for _ in 0..3 {
                    let w = Instant::now();
                    for (wm, n, k) in &mats {
                        let dims = MatmulDims { m: 1, k: *k, n: *n };
                        f32_matmul(&x[..*k], wm, &mut out[..*n], dims, path, par);
                    }
                    wall = wall.min(w.elapsed().as_secs_f64());
                }
                println!(
                    "round {round}: {:>8} {name:>10}: {:.1} ms = {:.1} GB/s",
                    path.name(),
                    wall * 1e3,
                    bytes as f64 / wall / 1e9,
                );
            }
        }
    }
}
