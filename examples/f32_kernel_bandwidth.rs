//! How fast the f32 decode kernel (`kernels::f32_matmul`) streams SmolLM2-135M's weights: one
//! M = 1 call per projection of its 30 layers plus the 49152-row head (538 MB, more than most
//! caches), on every SIMD path this CPU has, on the calling thread alone and on the kernel
//! pool, best of several runs. CPU time of the calling thread is shown beside wall time: on a
//! shared machine wall time mostly measures the neighbours (and a pool helper that is not
//! scheduled stalls the call), while CPU time shows what the code costs.
//!
//! cargo run --release --example f32_kernel_bandwidth

use std::time::Instant;

use xlagen::kernels::f32_matmul::{f32_matmul, MatmulDims};
use xlagen::kernels::{pool, KernelPath, Parallel, Serial};

fn thread_cpu_s() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

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
                let (mut cpu, mut wall) = (f64::INFINITY, f64::INFINITY);
                for _ in 0..3 {
                    let (c, w) = (thread_cpu_s(), Instant::now());
                    for (wm, n, k) in &mats {
                        let dims = MatmulDims { m: 1, k: *k, n: *n };
                        f32_matmul(&x[..*k], wm, &mut out[..*n], dims, path, par);
                    }
                    cpu = cpu.min(thread_cpu_s() - c);
                    wall = wall.min(w.elapsed().as_secs_f64());
                }
                println!(
                    "round {round}: {:>8} {name:>10}: wall {:.1} ms = {:.1} GB/s; calling thread's CPU {:.1} ms",
                    path.name(),
                    wall * 1e3,
                    bytes as f64 / wall / 1e9,
                    cpu * 1e3
                );
            }
        }
    }
}
