//! The CPU cache-attention kernel against an f64 reference that applies the traced model's
//! visibility rule position by position (causality, sliding window), for one query per
//! sequence (decode) and for prompt chunks (prefill), each sequence at its own position in its
//! own cache slot, over shapes that are not multiples of the SIMD width, sequences longer than
//! one parallel block, and both the serial and the pooled path; for every kernel path this CPU
//! runs and every cache dtype (f32, bf16, f16: the reference reads the same rounded values);
//! a sequence's output is the same bits whatever shares its call; then as an FFI custom call,
//! including the errors it must return.

use half::{bf16, f16};
use rand::{Rng, SeedableRng};
use xlagen::dtype::{DType, TensorType};
use xlagen::kernels::attention::{
    best_path, cache_attention, path_supports, visible, AttentionDims, CacheElement,
};
use xlagen::kernels::pool::SpinPool;
use xlagen::kernels::{self, CacheAttention, KernelPath, Parallel, Serial};
use xlagen::runtime::{Arg, CompileOptions, HostElement};
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

/// A cache dtype the tests build caches of.
trait Element: CacheElement {
    fn from_f32(x: f32) -> Self;
}
impl Element for f32 {
    fn from_f32(x: f32) -> Self {
        x
    }
}
impl Element for bf16 {
    fn from_f32(x: f32) -> Self {
        bf16::from_f32(x)
    }
}
impl Element for f16 {
    fn from_f32(x: f32) -> Self {
        f16::from_f32(x)
    }
}

/// `c` with its caches rounded to `E` (still held as f32, which the reference reads).
fn rounded<E: Element>(c: &Case) -> Case {
    let round = |x: &Vec<f32>| x.iter().map(|&x| E::from_f32(x).to_f32()).collect();
    Case {
        q: c.q.clone(),
        k: round(&c.k),
        v: round(&c.v),
        slot: c.slot.clone(),
        dims: c.dims,
    }
}

fn run<E: Element>(
    c: &Case,
    start: &[i32],
    window: Option<usize>,
    path: KernelPath,
    par: &dyn Parallel,
) -> Vec<f32> {
    let mut out = vec![f32::NAN; c.q.len()];
    let (k, v) = (to::<E>(&c.k), to::<E>(&c.v));
    cache_attention(
        &c.q, &k, &v, &mut out, c.dims, start, &c.slot, window, path, par,
    );
    out
}

/// The paths this CPU runs for caches of `dtype` (the others are named by
/// `every_path_the_cpu_has_is_tested_and_the_rest_are_named`).
fn paths(dtype: DType) -> Vec<KernelPath> {
    KernelPath::ALL
        .into_iter()
        .filter(|&p| path_supports(p, dtype))
        .collect()
}

/// Every path and parallel runner for caches of `E` against the f64 reference on `c` rounded
/// to `E`.
fn check<E: Element>(c: &Case, start: &[i32], window: Option<usize>, pool: &SpinPool, what: &str) {
    let c = rounded::<E>(c);
    let want = reference(&c, start, window);
    for path in paths(E::DTYPE) {
        let what = format!("{what} {} {}", E::DTYPE, path.name());
        assert_close(&run::<E>(&c, start, window, path, &Serial), &want, &what);
        assert_close(&run::<E>(&c, start, window, path, pool), &want, &what);
    }
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
            let what = format!("case {i} starts {start:?} window {window:?}");
            check::<f32>(&c, &start, window, &pool, &what);
            check::<bf16>(&c, &start, window, &pool, &what);
            check::<f16>(&c, &start, window, &pool, &what);
        }
    }
}

/// One sequence's output, decoded alone in slot 0 and then in a call of five sequences at
/// their own positions, sitting in slot 3, must be the same bits: the server's batched greedy
/// tokens must equal a lone request's.
fn batch_invariant<E: Element>(pool: &SpinPool) {
    let (kv, g, s, d) = (3usize, 3usize, 700usize, 64usize);
    let wide = case(11, 5, kv, g, 1, s, d);
    let wide = rounded::<E>(&wide);
    let row = 3usize;
    let mut wide = wide;
    wide.slot = vec![0, 4, 1, 3, 2];
    let start_wide: Vec<i32> = vec![40, 511, 3, 600, 257];
    // The lone call: the same queries, and the same cache rows copied into slot 0.
    let per = kv * s * d;
    let slot = wide.slot[row] as usize;
    let lone = Case {
        q: wide.q[row * kv * g * d..(row + 1) * kv * g * d].to_vec(),
        k: wide.k[slot * per..(slot + 1) * per].to_vec(),
        v: wide.v[slot * per..(slot + 1) * per].to_vec(),
        slot: vec![0],
        dims: AttentionDims {
            batch: 1,
            rows: kv,
            slots: 1,
            ..wide.dims
        },
    };
    for path in paths(E::DTYPE) {
        for window in [None, Some(300)] {
            let start = [start_wide[row]];
            let alone = run::<E>(&lone, &start, window, path, &Serial);
            for par in [&Serial as &dyn Parallel, pool] {
                let batched = run::<E>(&wide, &start_wide, window, path, par);
                let mine = &batched[row * kv * g * d..(row + 1) * kv * g * d];
                let same = alone
                    .iter()
                    .zip(mine)
                    .all(|(a, b)| a.to_bits() == b.to_bits());
                assert!(
                    same,
                    "{} {} window {window:?}: batched output differs from the lone one",
                    E::DTYPE,
                    path.name()
                );
            }
        }
    }
}

#[test]
fn a_sequence_gets_the_same_bits_whatever_shares_its_call_and_whichever_slot_it_is_in() {
    let pool = SpinPool::new(3);
    batch_invariant::<f32>(&pool);
    batch_invariant::<bf16>(&pool);
    batch_invariant::<f16>(&pool);
}

#[test]
fn every_path_the_cpu_has_is_tested_and_the_rest_are_named() {
    let mut skipped = vec![];
    for dtype in [DType::F32, DType::BF16, DType::F16] {
        let run = paths(dtype);
        for p in KernelPath::ALL.into_iter().filter(|p| !run.contains(p)) {
            skipped.push(format!("{} ({dtype})", p.name()));
        }
        assert!(run.contains(&KernelPath::Portable));
        assert_eq!(best_path(dtype), run[0], "the fastest path runs {dtype}");
        #[cfg(target_arch = "x86_64")]
        {
            let avx2 = std::is_x86_feature_detected!("avx2")
                && std::is_x86_feature_detected!("fma")
                && (dtype != DType::F16 || std::is_x86_feature_detected!("f16c"));
            let avx512 = std::is_x86_feature_detected!("avx512f")
                && std::is_x86_feature_detected!("avx512bw")
                && std::is_x86_feature_detected!("avx512vl")
                && std::is_x86_feature_detected!("fma");
            assert_eq!(run.contains(&KernelPath::Avx2), avx2, "{dtype}");
            assert_eq!(run.contains(&KernelPath::Avx512), avx512, "{dtype}");
        }
    }
    eprintln!("attention kernel paths not run (this CPU lacks them): {skipped:?}");
    assert!(!path_supports(KernelPath::Portable, DType::F64));
}

#[test]
fn visible_range_follows_the_mask_rule() {
    assert_eq!(visible(10, None), (0, 10));
    assert_eq!(visible(10, Some(3)), (8, 10));
    assert_eq!(visible(10, Some(11)), (0, 10));
    assert_eq!(visible(10, Some(30)), (0, 10));
    assert_eq!(visible(0, Some(1)), (0, 0));
}

/// The custom call `xlagen_attention` with caches of `k_dtype` and `v_dtype`, compiled for
/// `c`'s shapes and the sliding window `window`.
fn attention_graph(
    c: &Case,
    k_dtype: DType,
    v_dtype: DType,
    window: usize,
) -> xlagen::runtime::Executable {
    let client = common::client();
    kernels::register(client).unwrap();
    let AttentionDims {
        batch: b,
        rows,
        slots,
        group: g,
        tokens: t,
        seq: s,
        head_dim: d,
    } = c.dims;
    let cache_dims = [(slots * rows / b) as i64, s as i64, d as i64];
    let qdims = [rows as i64, g as i64, t as i64, d as i64];
    let gr = Graph::new("attn");
    let f32t = |dims: &[i64]| TensorType::new(DType::F32, dims);
    let q = gr.param("q", f32t(&qdims));
    let k = gr.param("k", TensorType::new(k_dtype, &cache_dims));
    let v = gr.param("v", TensorType::new(v_dtype, &cache_dims));
    let st = gr.param("start", TensorType::new(DType::I32, &[b as i64]));
    let slot = gr.param("slot", TensorType::new(DType::I32, &[b as i64]));
    let w = gr.scalar(window as f64, DType::I32);
    let out = gr.custom_call(
        CacheAttention::TARGET,
        &[&q, &k, &v, &st, &slot, &w],
        vec![f32t(&qdims)],
    );
    let program = gr.build(&[&out[0]]).unwrap();
    client
        .compile(&program, &CompileOptions::default())
        .unwrap()
}

/// `x` as `E`.
fn to<E: Element>(x: &[f32]) -> Vec<E> {
    x.iter().map(|&x| E::from_f32(x)).collect()
}

/// Runs `exe` (from `attention_graph`) on `c`'s queries and the caches `k`, `v`.
fn run_graph<K: HostElement, V: HostElement>(
    exe: &xlagen::runtime::Executable,
    c: &Case,
    (k, v): (&[K], &[V]),
    start: &[i32],
    slot: &[i32],
) -> anyhow::Result<Vec<f32>> {
    let client = common::client();
    let AttentionDims {
        batch: b,
        rows,
        slots,
        group: g,
        tokens: t,
        seq: s,
        head_dim: d,
    } = c.dims;
    let cache_dims = [(slots * rows / b) as i64, s as i64, d as i64];
    let qdims = [rows as i64, g as i64, t as i64, d as i64];
    let args = [
        client.upload(&c.q, &qdims)?,
        client.upload(k, &cache_dims)?,
        client.upload(v, &cache_dims)?,
        client.upload(start, &[b as i64])?,
        client.upload(slot, &[b as i64])?,
    ];
    let out = exe.execute(args.iter().map(Arg::from).collect())?;
    Ok(out[0].to_host::<f32>()?)
}

/// Through a compiled graph: operands in the order `model::mistral` passes them.
#[test]
fn custom_call_matches_the_reference_and_rejects_bad_operands() {
    let (b, kv, g, t, s, d) = (2usize, 2usize, 3usize, 4usize, 50usize, 20usize);
    let c = case(7, b, kv, g, t, s, d);
    let window = 12usize;
    let exe = attention_graph(&c, DType::F32, DType::F32, window);
    let run = |start: &[i32], slot: &[i32]| run_graph(&exe, &c, (&c.k, &c.v), start, slot);
    let start = starts(&c, 30);
    let got = run(&start, &c.slot).unwrap();
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

/// Half caches through the custom call: each against the reference on the same rounded
/// values; caches of two different dtypes, or of a dtype the kernel does not read, are refused
/// with the dtypes named.
#[test]
fn custom_call_reads_bf16_and_f16_caches_and_rejects_other_dtypes() {
    let c = case(8, 3, 2, 4, 1, 90, 64);
    let (window, start) = (40usize, starts(&c, 70));
    let want = |c: &Case| reference(c, &start, Some(window));
    let exe = attention_graph(&c, DType::BF16, DType::BF16, window);
    let (kb, vb) = (to::<bf16>(&c.k), to::<bf16>(&c.v));
    let got = run_graph(&exe, &c, (&kb, &vb), &start, &c.slot).unwrap();
    assert_close(&got, &want(&rounded::<bf16>(&c)), "custom call, bf16 cache");
    let exe = attention_graph(&c, DType::F16, DType::F16, window);
    let (kh, vh) = (to::<f16>(&c.k), to::<f16>(&c.v));
    let got = run_graph(&exe, &c, (&kh, &vh), &start, &c.slot).unwrap();
    assert_close(&got, &want(&rounded::<f16>(&c)), "custom call, f16 cache");

    let exe = attention_graph(&c, DType::BF16, DType::F16, window);
    let err = run_graph(&exe, &c, (&kb, &vh), &start, &c.slot)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("xlagen_attention")
            && err.contains("key cache is bf16 and value cache f16")
            && err.contains("expected both f32, both bf16 or both f16"),
        "{err}"
    );
    let exe = attention_graph(&c, DType::F64, DType::F64, window);
    let wide: Vec<f64> = c.k.iter().map(|&x| x as f64).collect();
    let err = run_graph(&exe, &c, (&wide, &wide), &start, &c.slot)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("xlagen_attention") && err.contains("key cache is f64"),
        "{err}"
    );
}

/// The portable path's own widening of f16 and bf16, for all 65,536 bit patterns of each,
/// against the `half` crate's: the same bits, NaN for NaN (subnormals, infinities and both
/// zeros included).
#[test]
fn half_widening_is_exact_for_every_value() {
    for bits in 0..=u16::MAX {
        for (got, want, what) in [
            (
                CacheElement::to_f32(f16::from_bits(bits)),
                f32::from(f16::from_bits(bits)),
                "f16",
            ),
            (
                CacheElement::to_f32(bf16::from_bits(bits)),
                f32::from(bf16::from_bits(bits)),
                "bf16",
            ),
        ] {
            if want.is_nan() {
                assert!(got.is_nan(), "{what} {bits:#06x}: {got}");
            } else {
                assert_eq!(
                    got.to_bits(),
                    want.to_bits(),
                    "{what} {bits:#06x}: {got} vs {want}"
                );
            }
        }
    }
}
