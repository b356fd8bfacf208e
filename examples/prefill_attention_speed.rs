//! Prefill-shaped cache attention on the fastest path: one sequence's prompt chunk of `T`
//! tokens from position 0 (each token sees itself and those before it), SmolLM2-135M's heads
//! (9 query heads over 3 KV heads, head dim 64), f16 cache, median of 21 calls per `T` on the
//! kernel pool. What one layer of a prompt chunk spends in attention.
//!
//! cargo run --release --example prefill_attention_speed

use std::time::Instant;

use half::f16;
use xlagen::dtype::DType;
use xlagen::kernels::attention::{best_path, cache_attention, AttentionDims};
use xlagen::kernels::pool;

fn main() {
    let (kv_heads, group, d) = (3, 3, 64);
    let path = best_path(DType::F16);
    println!(
        "| tokens | µs/call ({}, f16 cache) | ns per (query, key) |",
        path.name()
    );
    println!("|---:|---:|---:|");
    for tokens in [64, 128, 224, 448] {
        let seq = 512;
        let dims = AttentionDims {
            batch: 1,
            rows: kv_heads,
            slots: 1,
            group,
            tokens,
            seq,
            head_dim: d,
        };
        let mut x = 0x9e37_79b9u32;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x % 2000) as f32 / 1000.0 - 1.0
        };
        let q: Vec<f32> = (0..kv_heads * group * tokens * d).map(|_| next()).collect();
        let kv: Vec<f16> = (0..kv_heads * seq * d)
            .map(|_| f16::from_f32(next()))
            .collect();
        let mut out = vec![0f32; q.len()];
        let mut times: Vec<f64> = (0..23)
            .map(|_| {
                let t = Instant::now();
                cache_attention(
                    &q,
                    &kv,
                    &kv,
                    &mut out,
                    dims,
                    &[0],
                    &[0],
                    None,
                    path,
                    pool::global(),
                );
                t.elapsed().as_secs_f64() * 1e6
            })
            .skip(2)
            .collect();
        times.sort_by(f64::total_cmp);
        let pairs = (kv_heads * group * tokens * (tokens + 1) / 2) as f64;
        println!(
            "| {tokens} | {:.0} | {:.2} |",
            times[10],
            times[10] * 1e3 / pairs
        );
    }
}
