//! The machine's read bandwidth, measured through the same PJRT plugin the model runs on: a
//! traced sum over a large f32 buffer, which reads every byte once and writes one scalar.

use std::time::Instant;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::dtype::{DType, TensorType};
use crate::runtime::{Arg, Client, CompileOptions};
use crate::trace::Graph;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Bandwidth {
    pub buffer_bytes: u64,
    pub runs: usize,
    pub best_ms: f64,
    /// Bytes read per second in the best run, in GB/s (10⁹ bytes).
    pub read_gb_per_s: f64,
}

/// Best of `runs` timed sums over a `bytes`-sized f32 buffer (after one warm-up run).
pub fn measure_read_bandwidth(client: &Client, bytes: u64, runs: usize) -> Result<Bandwidth> {
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
    Ok(Bandwidth {
        buffer_bytes,
        runs,
        best_ms: best,
        read_gb_per_s: buffer_bytes as f64 / (best / 1e3) / 1e9,
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
