//! INT8 projections against f32 ones, both compiled by XLA CPU the way the model traces them:
//! our FFI kernel (`xlagen_i8_matvec`, f32 activations) vs an f32 `dot_general`, for the decode
//! row (M = 1) and prefill chunks (M = 16, 64), at Mistral-7B's square and MLP shapes. Each
//! figure is the best of 8 executions, one after the other in the same process. Separate
//! executions leave the kernel pool's helpers asleep between calls (in decode they are still
//! spinning from the last matvec), and a 16 MiB INT8 matrix may stay in the L3 cache, so the
//! M = 1 rows say less than `kernel_bandwidth` does about decode; prefill rows are what the
//! model's prompt chunks run.
//!
//! cargo run --release --example int8_matmul_speed

use std::time::Instant;

use anyhow::Result;
use xlagen::dtype::{DType, TensorType};
use xlagen::kernels::{self, I8Matmul};
use xlagen::runtime::{Arg, Buffer, Client, ClientOptions, CompileOptions, DeviceKind, Plugin};
use xlagen::trace::{DotDims, Graph, Tensor};

fn best_ms(client: &Client, graph: Graph, out: &Tensor, args: &[&Buffer]) -> Result<f64> {
    let exe = client.compile(&graph.build(&[out])?, &CompileOptions::new())?;
    let mut best = f64::INFINITY;
    for _ in 0..8 {
        let t = Instant::now();
        let y = exe.execute(args.iter().map(|b| Arg::from(*b)).collect())?;
        y[0].block_until_ready()?;
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    Ok(best)
}

fn main() -> Result<()> {
    let plugin = Plugin::for_device(None, DeviceKind::Cpu)?;
    let client = Client::new(&plugin, &ClientOptions::default())?;
    kernels::register(&client)?;
    let contract = DotDims {
        lhs_contract: vec![1],
        rhs_contract: vec![1],
        ..Default::default()
    };
    println!("| N × K | M | f32 dot ms | INT8 kernel ms | speedup | INT8 GFLOP/s |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (n, k) in [(4096i64, 4096i64), (14336, 4096)] {
        let w: Vec<f32> = (0..n * k)
            .map(|i| ((i * 7919) % 2001) as f32 / 1e5 - 0.01)
            .collect();
        let q: Vec<i8> = w.iter().map(|v| (v * 12700.0).round() as i8).collect();
        let wf = client.upload(&w, &[n, k])?;
        let wq = client.upload(&q, &[n, k])?;
        let s = client.upload(&vec![1.0f32 / 12700.0; n as usize], &[n])?;
        drop(w);
        for m in [1i64, 16, 64] {
            let x = client.upload(&vec![0.5f32; (m * k) as usize], &[m, k])?;
            let g = Graph::new("f32_dot");
            let (gx, gw) = (
                g.param("x", TensorType::new(DType::F32, &[m, k])),
                g.param("w", TensorType::new(DType::F32, &[n, k])),
            );
            // W · xᵀ, as `Linear` traces it (no weight transpose).
            let y = gw.dot_general(&gx, &contract, None);
            let f32_ms = best_ms(&client, g, &y, &[&x, &wf])?;
            let g = Graph::new("int8_kernel");
            let (gx, gq, gs) = (
                g.param("x", TensorType::new(DType::F32, &[m, k])),
                g.param("w", TensorType::new(DType::I8, &[n, k])),
                g.param("s", TensorType::new(DType::F32, &[n])),
            );
            let y = g.custom_call(
                I8Matmul::TARGET,
                &[&gx, &gq, &gs],
                vec![TensorType::new(DType::F32, &[m, n])],
            );
            let int8_ms = best_ms(&client, g, &y[0], &[&x, &wq, &s])?;
            println!(
                "| {n} × {k} | {m} | {f32_ms:.2} | {int8_ms:.2} | {:.1}× | {:.0} |",
                f32_ms / int8_ms,
                2.0 * (m * n * k) as f64 / int8_ms / 1e6
            );
        }
    }
    Ok(())
}
