//! Prompt-chunk projections (M = 16..512 rows) compiled by XLA CPU the way the model traces
//! them: an f32 `dot_general` (XLA's own GEMM), our f32 kernel (`xlagen_f32_matvec`) and our
//! INT8 kernel (`xlagen_i8_matvec`, f32 activations), with AVX512-VNNI also on INT8
//! activations (`xlagen_i8q8_matvec`), at SmolLM2-135M's or Mistral-7B's
//! projection shapes. Each figure is the best of 5 executions, all three back to back for each
//! shape, so their ratios are comparable on a shared machine. Calls of up to 32 rows take the
//! kernels' batch-invariant decode path; more take the packed GEMM (on AVX-512). Also says
//! which SIMD path ran.
//!
//! cargo run --release --example int8_matmul_speed [smollm2|mistral]

use std::time::Instant;

use anyhow::{bail, Result};
use xlagen::dtype::{DType, TensorType};
use xlagen::kernels::i8_matmul::vnni_supported;
use xlagen::kernels::{self, F32Matmul, I8Matmul, I8Q8Matmul, KernelPath};
use xlagen::runtime::{Arg, Buffer, Client, ClientOptions, CompileOptions, DeviceKind, Plugin};
use xlagen::trace::{DotDims, Graph, Tensor};

fn best_ms(client: &Client, graph: Graph, out: &Tensor, args: &[&Buffer]) -> Result<f64> {
    let exe = client.compile(&graph.build(&[out])?, &CompileOptions::new())?;
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let t = Instant::now();
        let y = exe.execute(args.iter().map(|b| Arg::from(*b)).collect())?;
        y[0].block_until_ready()?;
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    Ok(best)
}

/// `x [m, k]` against `w [n, k]` through custom call `target` (operands `x, w[, s]`).
fn kernel_ms(client: &Client, target: &str, m: i64, ws: &[&Buffer], x: &Buffer) -> Result<f64> {
    let (n, k) = (ws[0].ty().dims[0], ws[0].ty().dims[1]);
    let g = Graph::new("kernel");
    let mut ops = vec![g.param("x", TensorType::new(DType::F32, &[m, k]))];
    for (i, w) in ws.iter().enumerate() {
        ops.push(g.param(&format!("w{i}"), w.ty().clone()));
    }
    let refs: Vec<&Tensor> = ops.iter().collect();
    let y = g.custom_call(target, &refs, vec![TensorType::new(DType::F32, &[m, n])]);
    let mut args = vec![x];
    args.extend_from_slice(ws);
    best_ms(client, g, &y[0], &args)
}

fn main() -> Result<()> {
    let model = std::env::args().nth(1).unwrap_or_else(|| "smollm2".into());
    // (n, k) of the projections: stacked q/k/v, o, stacked gate/up, down.
    let (shapes, rows): (Vec<(i64, i64)>, Vec<i64>) = match model.as_str() {
        "smollm2" => (
            vec![(960, 576), (576, 576), (3072, 576), (576, 1536)],
            vec![16, 32, 33, 64, 128, 256, 512],
        ),
        "mistral" => (vec![(4096, 4096), (14336, 4096)], vec![16, 64, 128]),
        other => bail!("unknown model {other:?}: expected smollm2 or mistral"),
    };
    let plugin = Plugin::for_device(None, DeviceKind::Cpu)?;
    let client = Client::new(&plugin, &ClientOptions::default())?;
    kernels::register(&client)?;
    let contract = DotDims {
        lhs_contract: vec![1],
        rhs_contract: vec![1],
        ..Default::default()
    };
    println!("{model}, kernels on the {} path", KernelPath::best().name());
    println!("| N × K | M | XLA f32 dot ms | f32 kernel ms | INT8 kernel ms | dot / f32 kernel | dot / INT8 | INT8 GFLOP/s | VNNI ms | INT8 / VNNI |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (n, k) in shapes {
        let w: Vec<f32> = (0..n * k)
            .map(|i| ((i * 7919) % 2001) as f32 / 1e5 - 0.01)
            .collect();
        let q: Vec<i8> = w.iter().map(|v| (v * 12700.0).round() as i8).collect();
        let wf = client.upload(&w, &[n, k])?;
        let wq = client.upload(&q, &[n, k])?;
        let s = client.upload(&vec![1.0f32 / 12700.0; n as usize], &[n])?;
        drop(w);
        for &m in &rows {
            let xs: Vec<f32> = (0..m * k).map(|i| (i % 13) as f32 * 0.1 - 0.6).collect();
            let x = client.upload(&xs, &[m, k])?;
            let g = Graph::new("f32_dot");
            let (gx, gw) = (
                g.param("x", TensorType::new(DType::F32, &[m, k])),
                g.param("w", TensorType::new(DType::F32, &[n, k])),
            );
            // W · xᵀ, as `Linear` traces it (no weight transpose).
            let y = gw.dot_general(&gx, &contract, None);
            let dot_ms = best_ms(&client, g, &y, &[&x, &wf])?;
            let f32_ms = kernel_ms(&client, F32Matmul::TARGET, m, &[&wf], &x)?;
            let int8_ms = kernel_ms(&client, I8Matmul::TARGET, m, &[&wq, &s], &x)?;
            let vnni = if vnni_supported() {
                let ms = kernel_ms(&client, I8Q8Matmul::TARGET, m, &[&wq, &s], &x)?;
                format!("{ms:.3} | {:.2}×", int8_ms / ms)
            } else {
                "not run (no AVX512-VNNI) | –".to_string()
            };
            println!(
                "| {n} × {k} | {m} | {dot_ms:.3} | {f32_ms:.3} | {int8_ms:.3} | {:.2}× | {:.2}× | {:.0} | {vnni} |",
                dot_ms / f32_ms,
                dot_ms / int8_ms,
                2.0 * (m * n * k) as f64 / int8_ms / 1e6
            );
        }
    }
    Ok(())
}
