//! The AMX INT8 kernel on prompt-chunk shapes (SmolLM2-135M's projections, 224 tokens):
//! median ms per call of 15 on the kernel pool (or `serial`, the calling thread alone), and
//! multiply-adds per second.
//!
//! cargo run --release --example amx_prefill_speed [tokens] [serial]

use std::time::Instant;

use xlagen::kernels::i8_amx::i8_matmul_amx;
use xlagen::kernels::i8_matmul::{amx_supported, MatmulDims};
use xlagen::kernels::pool;

fn main() {
    if !amx_supported() {
        eprintln!("amx_prefill_speed: this machine does not run AMX");
        return;
    }
    let args: Vec<String> = std::env::args().collect();
    let m: usize = args
        .get(1)
        .map_or(224, |a| a.parse().expect("a token count"));
    let serial = args.iter().any(|a| a == "serial");
    let par: &dyn xlagen::kernels::Parallel = if serial {
        &xlagen::kernels::Serial
    } else {
        pool::global()
    };
    let mut total = 0.0;
    for (n, k) in [(960, 576), (576, 576), (3072, 576), (576, 1536)] {
        let x: Vec<f32> = (0..m * k)
            .map(|i| ((i * 7919) % 1000) as f32 / 500.0 - 1.0)
            .collect();
        let w: Vec<i8> = (0..n * k).map(|i| ((i * 31) % 255) as i8).collect();
        let s = vec![0.01f32; n];
        let mut out = vec![0f32; m * n];
        let dims = MatmulDims { m, k, n };
        let mut times: Vec<f64> = (0..17)
            .map(|_| {
                let t = Instant::now();
                i8_matmul_amx(&x, &w, &s, &mut out, dims, k, par);
                t.elapsed().as_secs_f64() * 1e3
            })
            .skip(2)
            .collect();
        times.sort_by(f64::total_cmp);
        let ms = times[7];
        total += ms;
        println!(
            "n {n} k {k}: {ms:.3} ms, {:.0} GMAC/s",
            (m * n * k) as f64 / ms / 1e6
        );
    }
    println!("one layer: {total:.3} ms");
}
