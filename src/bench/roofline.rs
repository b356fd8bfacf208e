//! The machine's read bandwidth, measured two ways, the better one counting: through the same
//! PJRT plugin the model runs on (a traced sum over a large f32 buffer, which reads every byte
//! once and writes one scalar), and by our own code (every core summing a slice of a buffer,
//! on the threads our CPU kernels use). XLA's reduction does not always reach what the cores
//! can read (17.6 GB/s where our INT8 kernel streamed over 20), and a roofline below what the
//! engine reaches would say nothing. On a GPU or TPU only the plugin's probe counts: our
//! threads would measure host memory, which the model never streams from.

use std::time::Instant;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::dtype::{DType, TensorType};
use crate::model::linear::Backend;
use crate::runtime::{Arg, Client, CompileOptions};
use crate::trace::Graph;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bandwidth {
    pub buffer_bytes: u64,
    pub runs: usize,
    pub best_ms: f64,
    /// Bytes read per second, in GB/s (10⁹ bytes): the better of the two probes' best runs.
    pub read_gb_per_s: f64,
    /// The XLA probe's best run alone.
    #[serde(default)]
    pub xla_read_gb_per_s: f64,
    /// Our own threads' best run alone.
    #[serde(default)]
    pub native_read_gb_per_s: f64,
}

/// Best of `runs` timed sums over a `bytes`-sized buffer (after one warm-up run), through XLA
/// and, where `backend` runs host kernels, through our own threads.
pub fn measure_read_bandwidth(
    client: &Client,
    backend: &Backend,
    bytes: u64,
    runs: usize,
) -> Result<Bandwidth> {
    let xla = measure_xla(client, bytes, runs)?;
    if !matches!(backend, Backend::Kernels(_)) {
        return Ok(xla);
    }
    let native_ms = measure_native(bytes, runs)?;
    let native = xla.buffer_bytes as f64 / (native_ms / 1e3) / 1e9;
    Ok(Bandwidth {
        best_ms: xla.best_ms.min(native_ms),
        read_gb_per_s: xla.read_gb_per_s.max(native),
        native_read_gb_per_s: native,
        ..xla
    })
}

/// Best milliseconds to sum a `bytes`-sized buffer of u64 on every core (the kernel pool).
fn measure_native(bytes: u64, runs: usize) -> Result<f64> {
    let n = (bytes / 8).max(1) as usize;
    // Written, not just allocated: untouched pages would all map the one zero page.
    let data = vec![1u64; n];
    let pool = crate::kernels::pool::global();
    let chunks = 64;
    let per = n.div_ceil(chunks);
    let mut best = f64::INFINITY;
    for _ in 0..runs + 1 {
        let total = std::sync::atomic::AtomicU64::new(0);
        let t = Instant::now();
        crate::kernels::Parallel::for_each_chunk(pool, chunks, &|c| {
            let part = &data[(c * per).min(n)..((c + 1) * per).min(n)];
            let mut lanes = [0u64; 8];
            for w in part.chunks_exact(8) {
                for l in 0..8 {
                    lanes[l] = lanes[l].wrapping_add(w[l]);
                }
            }
            let rest: u64 = part.chunks_exact(8).remainder().iter().sum();
            total.fetch_add(
                lanes.iter().sum::<u64>() + rest,
                std::sync::atomic::Ordering::Relaxed,
            );
        });
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let sum = total.into_inner();
        anyhow::ensure!(
            sum == n as u64,
            "native bandwidth probe summed {sum}, expected {n}"
        );
        best = best.min(ms);
    }
    Ok(best)
}

fn measure_xla(client: &Client, bytes: u64, runs: usize) -> Result<Bandwidth> {
    let n = (bytes / 4).max(1) as i64;
    let g = Graph::new("read_bandwidth");
    let x = g.param("x", TensorType::new(DType::F32, &[n]));
    let program = g
        .build(&[&x.reduce_sum(&[0])])
        .context("tracing the bandwidth probe")?;
    let exe = client.compile(&program, &CompileOptions::new())?;
    // Zeros sum exactly, so the result checks that the whole buffer was read and summed.
    let data = vec![0.0f32; n as usize];
    let buffer = client.upload(&data, &[n])?;
    drop(data);
    let mut best = f64::INFINITY;
    for _ in 0..runs + 1 {
        let t = Instant::now();
        let out = exe.execute(vec![Arg::from(&buffer)])?;
        let sum = out[0].to_host::<f32>()?;
        let ms = t.elapsed().as_secs_f64() * 1e3;
        anyhow::ensure!(sum == [0.0], "bandwidth probe summed zeros to {sum:?}");
        best = best.min(ms);
    }
    let buffer_bytes = n as u64 * 4;
    let gb_per_s = buffer_bytes as f64 / (best / 1e3) / 1e9;
    Ok(Bandwidth {
        buffer_bytes,
        runs,
        best_ms: best,
        read_gb_per_s: gb_per_s,
        xla_read_gb_per_s: gb_per_s,
        native_read_gb_per_s: 0.0,
    })
}

/// What bandwidth allows for a decode step that reads `bytes_per_token`, and the share reached.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Roofline {
    pub bytes_per_token: u64,
    pub bound_tok_s: f64,
    pub percent_of_bound: Option<f64>,
}

impl Roofline {
    pub fn new(bw: &Bandwidth, bytes_per_token: u64, decode_tok_s: Option<f64>) -> Roofline {
        let bound_tok_s = bw.read_gb_per_s * 1e9 / bytes_per_token.max(1) as f64;
        Roofline {
            bytes_per_token,
            bound_tok_s,
            percent_of_bound: decode_tok_s.map(|t| 100.0 * t / bound_tok_s),
        }
    }
}
