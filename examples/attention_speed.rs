//! Decode-shaped cache attention per kernel path and cache dtype, called directly (no XLA): one
//! query token per sequence, every sequence at the same position, for SmolLM2-135M (9 query
//! heads over 3 KV heads, head dim 64) and Mistral-7B (32 over 8, head dim 128). Each figure is
//! the median of `REPS` calls on the kernel pool XLA calls it with; the ratio columns divide
//! the AVX2 f32 path (the kernel before the AVX-512 path and half caches) by each cell, all
//! measured back to back in one run, so they hold on a noisy machine where the absolute times
//! do not. Rows of a path this CPU lacks are left out and named.
//!
//! cargo run --release --example attention_speed [-- --quick]

use std::time::Instant;

use half::{bf16, f16};
use xlagen::dtype::DType;
use xlagen::kernels::attention::{cache_attention, path_supports, AttentionDims, CacheElement};
use xlagen::kernels::{pool, KernelPath};

const REPS: usize = 31;

struct Model {
    name: &'static str,
    heads: usize,
    kv_heads: usize,
    head_dim: usize,
}

/// Median microseconds of one call on caches of `E` holding `x`'s values.
fn time<E: CacheElement>(
    to: fn(f32) -> E,
    q: &[f32],
    cache: &[f32],
    dims: AttentionDims,
    position: usize,
    path: KernelPath,
) -> f64 {
    let kv: Vec<E> = cache.iter().map(|&x| to(x)).collect();
    let mut out = vec![0f32; q.len()];
    let start = vec![position as i32; dims.batch];
    let slot: Vec<i32> = (0..dims.batch as i32).collect();
    let mut times: Vec<f64> = (0..REPS + 2)
        .map(|_| {
            let t = Instant::now();
            cache_attention(
                q,
                &kv,
                &kv,
                &mut out,
                dims,
                &start,
                &slot,
                None,
                path,
                pool::global(),
            );
            t.elapsed().as_secs_f64() * 1e6
        })
        .skip(2)
        .collect();
    times.sort_by(f64::total_cmp);
    times[REPS / 2]
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let models = [
        Model {
            name: "SmolLM2-135M",
            heads: 9,
            kv_heads: 3,
            head_dim: 64,
        },
        Model {
            name: "Mistral-7B",
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
        },
    ];
    let batches: &[usize] = if quick { &[1, 32] } else { &[1, 8, 32] };
    let positions: &[usize] = if quick { &[511] } else { &[40, 128, 511] };
    let cells: Vec<(KernelPath, DType)> = KernelPath::ALL
        .into_iter()
        .flat_map(|p| [DType::F32, DType::BF16, DType::F16].map(|d| (p, d)))
        .collect();
    let (run, skipped): (Vec<_>, Vec<_>) = cells.iter().partition(|(p, d)| path_supports(*p, *d));
    if !skipped.is_empty() {
        let names: Vec<String> = skipped
            .iter()
            .map(|(p, d)| format!("{} {d}", p.name()))
            .collect();
        println!("not run (this CPU lacks them): {}", names.join(", "));
    }
    println!("| model | seqs | position | path | cache | µs/call | AVX2 f32 ÷ this |");
    println!("|---|---:|---:|---|---|---:|---:|");
    for m in &models {
        for &batch in batches {
            for &position in positions {
                let seq = position + 1;
                let dims = AttentionDims {
                    batch,
                    rows: batch * m.kv_heads,
                    slots: batch,
                    group: m.heads / m.kv_heads,
                    tokens: 1,
                    seq,
                    head_dim: m.head_dim,
                };
                let q: Vec<f32> = (0..batch * m.heads * m.head_dim)
                    .map(|i| ((i * 7919) % 2001) as f32 / 1000.0 - 1.0)
                    .collect();
                let cache: Vec<f32> = (0..batch * m.kv_heads * seq * m.head_dim)
                    .map(|i| ((i * 104_729) % 4001) as f32 / 2000.0 - 1.0)
                    .collect();
                let results: Vec<(KernelPath, DType, f64)> = run
                    .iter()
                    .map(|&(path, dtype)| {
                        let us = match dtype {
                            DType::BF16 => time(bf16::from_f32, &q, &cache, dims, position, path),
                            DType::F16 => time(f16::from_f32, &q, &cache, dims, position, path),
                            _ => time(|x| x, &q, &cache, dims, position, path),
                        };
                        (path, dtype, us)
                    })
                    .collect();
                let base = results
                    .iter()
                    .find(|r| r.0 == KernelPath::Avx2 && r.1 == DType::F32)
                    .map(|r| r.2);
                for (path, dtype, us) in results {
                    let ratio = base.map_or("-".into(), |b| format!("{:.2}", b / us));
                    println!(
                        "| {} | {batch} | {position} | {} | {dtype} | {us:.1} | {ratio} |",
                        m.name,
                        path.name()
                    );
                }
            }
        }
    }
}
