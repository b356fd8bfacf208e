//! What a decode step over `M` sequences costs our kernels, against one sequence: each "step"
//! runs one `M`-row call per projection of a model (each matrix its own buffer, beyond the
//! caches, as in decode), on the kernel pool, best of several, every `M` back to back in one
//! run so the ratios are comparable on a shared machine. Reported per `M`: the step's time
//! over the one-row step's (1.0 would be free batching) and the aggregate rows per second over
//! one row's (`M` / that ratio, what a batched server gains from the kernels alone).
//!
//! With `serial`, every call runs on the calling thread alone and the figures are that
//! thread's CPU time, which a busy machine's other processes do not inflate (they still share
//! its memory bandwidth): the kernels' own cost per row.
//!
//! With `all` (INT8 only), each step also runs on every other INT8 dot this machine has (the
//! integer dot, `vnni`: per-channel weights on `i8_fixed`'s 16-bit rows, VNNI or AMX-INT8
//! tiles as the custom call picks them where the CPU has AMX-INT8, otherwise and for grouped
//! weights `i8_vnni`'s INT8 blocks; and bf16
//! activations on AMX tiles, `i8_amx`); `both` is the f32 dot and `vnni`, back to back with
//! the f32-dot kernel in every round, and the table gains each time and the ratio of the two.
//!
//! cargo run --release --example decode_rows_speed [smollm2|mistral] [int8|int8-g32|f32] [pool|serial] [f32|both|all]

use std::time::Instant;

use xlagen::kernels::f32_matmul::f32_matmul;
use xlagen::kernels::i8_amx::amx_int8_supported;
use xlagen::kernels::i8_amx::i8_matmul_amx;
use xlagen::kernels::i8_fixed as fixed;
use xlagen::kernels::i8_matmul::{i8_matmul_grouped, Int8Dot, KernelPath, MatmulDims};
use xlagen::kernels::i8_vnni::{i8_matmul_q8, Q8_BLOCK};
use xlagen::kernels::{pool, Parallel, Serial};

/// `(n, k)` of one layer's projections (q/k/v stacked, o, gate/up stacked, down), the layer
/// count this run streams, and the head's rows (0: none).
fn shapes(model: &str) -> (Vec<(usize, usize)>, usize, usize) {
    match model {
        // SmolLM2-135M: hidden 576, 30 layers, vocabulary 49152.
        "smollm2" => (
            vec![(960, 576), (576, 576), (3072, 576), (576, 1536)],
            30,
            49152,
        ),
        // Mistral-7B: hidden 4096, MLP 14336; two layers are enough to leave the caches.
        "mistral" => (
            vec![(6144, 4096), (4096, 4096), (28672, 4096), (4096, 14336)],
            2,
            0,
        ),
        other => panic!("unknown model {other:?}: expected smollm2 or mistral"),
    }
}

enum Weights {
    I8(Vec<i8>, Vec<f32>, usize),
    F32(Vec<f32>),
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let model = args.get(1).map_or("smollm2", String::as_str);
    let format = args.get(2).map_or("int8", String::as_str);
    let serial = match args.get(3).map_or("pool", String::as_str) {
        "pool" => false,
        "serial" => true,
        other => panic!("unknown mode {other:?}: expected pool or serial"),
    };
    let dots: Vec<Int8Dot> = match args.get(4).map_or("f32", String::as_str) {
        "f32" => vec![Int8Dot::F32],
        "both" => vec![Int8Dot::F32, Int8Dot::Vnni],
        "all" => Int8Dot::available(),
        other => panic!("unknown dot {other:?}: expected f32, both or all"),
    };
    assert!(
        dots.iter().all(|d| Int8Dot::available().contains(d)),
        "this CPU does not run every dot of {dots:?}"
    );
    let par: &dyn Parallel = if serial { &Serial } else { pool::global() };
    let (layer, layers, vocab) = shapes(model);
    let mut all: Vec<(usize, usize)> = (0..layers).flat_map(|_| layer.clone()).collect();
    if vocab > 0 {
        all.push((vocab, layer[1].1));
    }
    let mats: Vec<(Weights, usize, usize)> = all
        .iter()
        .enumerate()
        .map(|(l, &(n, k))| {
            let w = match format {
                "f32" => Weights::F32(
                    (0..n * k)
                        .map(|i| ((i * 7 + l) % 255) as f32 * 1e-3)
                        .collect(),
                ),
                "int8" | "int8-g32" => {
                    let group = if format == "int8" { k } else { 32 };
                    let w = (0..n * k).map(|i| ((i * 7 + l) % 255) as i8).collect();
                    Weights::I8(w, vec![0.01; n * k / group], group)
                }
                other => panic!("unknown format {other:?}: expected int8, int8-g32 or f32"),
            };
            (w, n, k)
        })
        .collect();
    let kmax = all.iter().map(|s| s.1).max().unwrap_or(1);
    let nmax = all.iter().map(|s| s.0).max().unwrap_or(1);
    let rows = [1usize, 2, 4, 8, 16, 32];
    let x: Vec<f32> = (0..32 * kmax)
        .map(|i| (i % 17) as f32 * 0.1 - 0.8)
        .collect();
    let mut out = vec![0f32; 32 * nmax];
    let path = KernelPath::best();
    let step = |m: usize, out: &mut [f32], dot: Int8Dot| {
        for (w, n, k) in &mats {
            let dims = MatmulDims { m, k: *k, n: *n };
            let (x, out) = (&x[..m * k], &mut out[..m * n]);
            match (w, dot) {
                (Weights::I8(w, s, g), Int8Dot::Vnni)
                    if *g == *k && fixed::supports(*k) && amx_int8_supported() =>
                {
                    fixed::i8_matmul_fixed(x, w, s, out, dims, par)
                }
                (Weights::I8(w, s, g), Int8Dot::Vnni) => {
                    i8_matmul_q8(x, w, s, out, dims, *g, Q8_BLOCK, par)
                }
                (Weights::I8(w, s, g), Int8Dot::Amx) => i8_matmul_amx(x, w, s, out, dims, *g, par),
                (Weights::I8(w, s, g), _) => i8_matmul_grouped(x, w, s, out, dims, *g, path, par),
                (Weights::F32(w), _) => f32_matmul(x, w, out, dims, path, par),
            }
        }
    };
    let time = |m: usize, out: &mut [f32], dot: Int8Dot| {
        let (t, cpu) = (Instant::now(), thread_cpu_ms());
        step(m, out, dot);
        if serial {
            thread_cpu_ms() - cpu
        } else {
            t.elapsed().as_secs_f64() * 1e3
        }
    };
    println!(
        "{model} {format}, {} path, {}: per INT8 dot, the step's time and rows/s over its own \
         one-row step's; then each dot's time over the f32 dot's",
        path.name(),
        if serial {
            "one thread's CPU time"
        } else {
            "pool, wall time"
        }
    );
    let mut best = vec![vec![f64::INFINITY; rows.len()]; dots.len()];
    for _round in 0..5 {
        for (r, &m) in rows.iter().enumerate() {
            for (d, &dot) in dots.iter().enumerate() {
                best[d][r] = best[d][r].min(time(m, &mut out, dot));
            }
        }
    }
    print!("| M |");
    for dot in &dots {
        let n = dot.name();
        print!(" {n} step ms | {n} throughput ratio |");
    }
    for dot in &dots[1..] {
        print!(" f32 / {} |", dot.name());
    }
    println!();
    println!("|---:|{}", "---:|".repeat(3 * dots.len() - 1));
    for (r, &m) in rows.iter().enumerate() {
        print!("| {m} |");
        for times in &best {
            print!(" {:.2} | {:.1} |", times[r], m as f64 * times[0] / times[r]);
        }
        for times in &best[1..] {
            print!(" {:.2} |", best[0][r] / times[r]);
        }
        println!();
    }
}

/// This thread's CPU time so far, in ms.
fn thread_cpu_ms() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6
}
