//! The CPU cache-attention kernel against an f64 reference that applies the traced model's
//! visibility rule position by position (causality, sliding window), for one query per
//! sequence (decode) and for prompt chunks (prefill), each sequence at its own position in its
//! own cache slot, over shapes that are not multiples of the SIMD width, sequences longer than
//! one parallel block, and both the serial and the pooled path; then as an FFI custom call,
//! including the errors it must return.

use rand::{Rng, SeedableRng};
use xlagen::dtype::{DType, TensorType};
use xlagen::kernels::attention::{cache_attention, visible, AttentionDims};
use xlagen::kernels::pool::SpinPool;
use xlagen::kernels::{self, CacheAttention, Parallel, Serial};
use xlagen::runtime::{Arg, CompileOptions};
use xlagen::trace::Graph;

mod common;

struct Case {
    q: Vec<f32>,
    k: Vec<f32>,
    v: Vec<f32>,
    /// The cache slot of each sequence: a cache of `batch + 1` slots, filled in reverse.
    slot: Vec<i32>,
    dims: AttentionDims,
}

#[allow(clippy::too_many_arguments)]
fn case(
    seed: u64,
    batch: usize,
    kv: usize,
    group: usize,
    tokens: usize,
    seq: usize,
    d: usize,
) -> Case {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let rows = batch * kv;
    let slots = batch + 1;
    let mut f = |n: usize| -> Vec<f32> { (0..n).map(|_| rng.gen_range(-2.0..2.0)).collect() };
    Case {
        q: f(rows * group * tokens * d),
        k: f(slots * kv * seq * d),
        v: f(slots * kv * seq * d),
        slot: (0..batch).map(|b| (batch - b) as i32).collect(),
        dims: AttentionDims {
            batch,
            rows,
            slots,
            group,
            tokens,
            seq,
            head_dim: d,
        },
    }
}

/// Each sequence's first position: `start` for the first, earlier for the others, so the
/// sequences of a call sit at different positions.
fn starts(c: &Case, start: usize) -> Vec<i32> {
    (0..c.dims.batch)
        .map(|b| start.saturating_sub(5 * b) as i32)
        .collect()
}

/// Softmax attention in f64, query by query, with the mask's rule written out: key `j` of the
/// sequence's slot is visible to the query at position `p = start[b] + i` iff `j <= p` and,
/// with a window `w`, `p - j < w`.
fn reference(c: &Case, start: &[i32], window: Option<usize>) -> Vec<f64> {
    let AttentionDims {
        batch,
        rows,
        group,
        tokens,
        seq,
        head_dim: d,
        ..
    } = c.dims;
    let per_seq = rows / batch;
    let mut out = vec![0f64; rows * group * tokens * d];
    for r in 0..rows {
        let b = r / per_seq;
        let cr = c.slot[b] as usize * per_seq + r % per_seq;
        for i in 0..tokens {
            let p = start[b] as usize + i;
            let seen: Vec<usize> = (0..seq)
                .filter(|&j| j <= p && window.is_none_or(|w| p - j < w))
                .collect();
            for g in 0..group {
                let at = ((r * group + g) * tokens + i) * d;
                let q = &c.q[at..][..d];
                let scores: Vec<f64> = seen
                    .iter()
                    .map(|&j| {
                        let k = &c.k[(cr * seq + j) * d..][..d];
                        q.iter()
                            .zip(k)
                            .map(|(a, b)| *a as f64 * *b as f64)
                            .sum::<f64>()
                            / (d as f64).sqrt()
                    })
                    .collect();
                let top = scores.iter().copied().fold(f64::MIN, f64::max);
                let weights: Vec<f64> = scores.iter().map(|s| (s - top).exp()).collect();
                let total: f64 = weights.iter().sum();
                for (w, &j) in weights.iter().zip(&seen) {
                    for e in 0..d {
                        out[at + e] += w / total * c.v[(cr * seq + j) * d + e] as f64;
                    }
                }
            }
        }
    }
    out
}

fn run(c: &Case, start: &[i32], window: Option<usize>, par: &dyn Parallel) -> Vec<f32> {
    let mut out = vec![f32::NAN; c.q.len()];
    cache_attention(
        &c.q, &c.k, &c.v, &mut out, c.dims, start, &c.slot, window, par,
    );
    out
}

fn assert_close(got: &[f32], want: &[f64], what: &str) {
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (*g as f64 - w).abs() <= 1e-5 * (1.0 + w.abs()),
            "{what}: element {i}: kernel {g}, reference {w}"
        );
    }
}

#[test]
fn matches_the_reference_across_shapes_positions_and_windows() {
    let pool = SpinPool::new(3);
    // (batch, kv heads, group, tokens, seq, head_dim, starts, window): decode (one token) and
    // prompt chunks (several, some starting after earlier chunks).
    let shapes = [
        (1, 3, 3, 1, 64, 64, vec![0, 1, 17, 63], None),
        (2, 2, 2, 1, 40, 13, vec![6, 7, 39], Some(8)),
        (3, 1, 4, 1, 700, 24, vec![5, 255, 256, 511, 699], None),
        (2, 2, 1, 1, 900, 8, vec![600, 899], Some(300)),
        (1, 1, 1, 1, 9, 3, vec![0, 8], Some(1)),
        (1, 3, 3, 24, 64, 64, vec![0, 16, 40], None),
        (2, 2, 2, 7, 40, 13, vec![0, 5, 33], Some(8)),
        (3, 1, 2, 5, 600, 24, vec![0, 250, 595], None),
        (2, 1, 3, 300, 320, 16, vec![0, 20], Some(257)),
    ];
    for (i, (b, kv, g, t, s, d, starts_list, window)) in shapes.into_iter().enumerate() {
        let c = case(i as u64, b, kv, g, t, s, d);
        for start in starts_list {
            let start = starts(&c, start);
            let want = reference(&c, &start, window);
            let what = format!("case {i} starts {start:?} window {window:?}");
            assert_close(&run(&c, &start, window, &Serial), &want, &what);
            assert_close(&run(&c, &start, window, &pool), &want, &what);
        }
    }
}

#[test]
fn visible_range_follows_the_mask_rule() {
    assert_eq!(visible(10, None), (0, 10));
    assert_eq!(visible(10, Some(3)), (8, 10));
    assert_eq!(visible(10, Some(11)), (0, 10));
    assert_eq!(visible(10, Some(30)), (0, 10));
    assert_eq!(visible(0, Some(1)), (0, 0));
}

/// Through a compiled graph: operands in the order `model::mistral` passes them.
#[test]
fn custom_call_matches_the_reference_and_rejects_bad_operands() {
    let client = common::client();
    kernels::register(client).unwrap();
    let (b, kv, g, t, s, d) = (2usize, 2usize, 3usize, 4usize, 50usize, 20usize);
    let c = case(7, b, kv, g, t, s, d);
    let window = 12usize;
    let rows = (b * kv) as i64;
    let cache_dims = [((b + 1) * kv) as i64, s as i64, d as i64];
    let qdims = [rows, g as i64, t as i64, d as i64];
    let gr = Graph::new("attn");
    let f32t = |dims: &[i64]| TensorType::new(DType::F32, dims);
    let q = gr.param("q", f32t(&qdims));
    let k = gr.param("k", f32t(&cache_dims));
    let v = gr.param("v", f32t(&cache_dims));
    let st = gr.param("start", TensorType::new(DType::I32, &[b as i64]));
    let slot = gr.param("slot", TensorType::new(DType::I32, &[b as i64]));
    let w = gr.scalar(window as f64, DType::I32);
    let out = gr.custom_call(
        CacheAttention::TARGET,
        &[&q, &k, &v, &st, &slot, &w],
        vec![f32t(&qdims)],
    );
    let program = gr.build(&[&out[0]]).unwrap();
    let exe = client
        .compile(&program, &CompileOptions::default())
        .unwrap();
    let run = |start: &[i32], slot: &[i32]| {
        let args = [
            client.upload(&c.q, &qdims).unwrap(),
            client.upload(&c.k, &cache_dims).unwrap(),
            client.upload(&c.v, &cache_dims).unwrap(),
            client.upload(start, &[b as i64]).unwrap(),
            client.upload(slot, &[b as i64]).unwrap(),
        ];
        exe.execute(args.iter().map(Arg::from).collect())
    };
    let start = starts(&c, 30);
    let got = run(&start, &c.slot).unwrap()[0].to_host::<f32>().unwrap();
    assert_close(&got, &reference(&c, &start, Some(window)), "custom call");
    // The last chunk must end inside the cache: start + tokens <= seq.
    let end = (s - t) as i32;
    assert!(run(&[end, 0], &c.slot).is_ok());
    let err = run(&[end, end + 1], &c.slot).unwrap_err().to_string();
    assert!(
        err.contains("xlagen_attention") && err.contains("outside the cache"),
        "{err}"
    );
    // A slot past the cache's last one is refused, not read out of bounds.
    let err = run(&start, &[0, (b + 1) as i32]).unwrap_err().to_string();
    assert!(
        err.contains("xlagen_attention") && err.contains("slot 3"),
        "{err}"
    );
}
