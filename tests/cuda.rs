//! The engine on a CUDA GPU through XLA's CUDA PJRT plugin (`jax-cuda13-pjrt` or
//! `jax-cuda12-pjrt`): the parity fixtures against PyTorch, the cached decode against full
//! recompute, the in-graph INT8 dequantization (`Backend::Xla`) against f32 over the same
//! rounded weights, bf16 and INT8 against f32, and executables through the compile cache. They need a GPU, so
//! they are ignored by default and run where one exists:
//!
//!     cargo test --release --test cuda -- --ignored --test-threads=1
//!
//! (`benchmarks/gpu/run.sh` runs the built binary on a lent machine).

mod common;

use common::{
    fixture_dir, fixture_logits as tensor, full_sequence, ids, reference, rel_error, MODELS,
};

use std::path::Path;
use std::sync::OnceLock;

use xlagen::dtype::DType;
use xlagen::engine::{Engine, EngineOptions, Flow, GenerateParams};
use xlagen::model::quant::{quantize_checkpoint_as, Quant};
use xlagen::model::WeightStore;
use xlagen::runtime::{Client, ClientOptions, CompileCache, DeviceKind, Plugin};

fn cuda() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let plugin = Plugin::for_device(None, DeviceKind::Cuda)
            .unwrap_or_else(|e| panic!("these tests need the CUDA PJRT plugin: {e}"));
        let client = Client::new(&plugin, &ClientOptions::for_device(DeviceKind::Cuda))
            .expect("CUDA client");
        assert!(
            client.platform_name().eq_ignore_ascii_case("cuda"),
            "{client:?}"
        );
        client
    })
}

fn options(dtype: DType, quant: Quant, buckets: Vec<i64>) -> EngineOptions {
    EngineOptions {
        dtype,
        quant,
        max_seq: 64,
        buckets,
        compile_cache: None,
        decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
        kv_dtype: None,
    }
}

fn engine(client: &Client, dir: &Path, opts: EngineOptions) -> Engine {
    let store = WeightStore::open(dir).unwrap();
    Engine::new(client.clone(), &store, opts).unwrap()
}

/// Per-position relative errors of `a` against `b` (rows of `vocab` logits).
fn row_errors(a: &[f32], b: &[f32], vocab: usize) -> Vec<f64> {
    assert_eq!(a.len(), b.len());
    a.chunks(vocab)
        .zip(b.chunks(vocab))
        .map(|(x, y)| rel_error(x, y))
        .collect()
}

fn worst(errors: &[f64]) -> f64 {
    errors.iter().cloned().fold(0.0, f64::max)
}

// f32 dots ask for HIGHEST precision, so the GPU must match PyTorch's f32 as the CPU does.
const F32_TOL: f64 = 1e-4;

#[test]
#[ignore = "needs a CUDA GPU and its PJRT plugin"]
fn f32_logits_and_greedy_ids_match_pytorch_on_cuda() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let prompt = ids(&r["prompt_ids"]);
        let (dims, want) = tensor(&dir, "logits");
        let mut e = engine(cuda(), &dir, options(DType::F32, Quant::None, vec![32]));
        let got = e.logits(&prompt).unwrap();
        let err = worst(&row_errors(&got, &want, dims[1] as usize));
        println!("{name}: f32 on CUDA vs PyTorch, worst row {err:.2e}");
        assert!(err < F32_TOL, "{name}: relative logit error {err:e}");

        let greedy = ids(&r["greedy_ids"]);
        let g = e
            .generate(&prompt, &GenerateParams::greedy(greedy.len()), None, |_| {
                Flow::Continue
            })
            .unwrap();
        assert_eq!(g.ids, greedy, "{name}: greedy ids");
    }
}

#[test]
#[ignore = "needs a CUDA GPU and its PJRT plugin"]
fn cached_decode_on_cuda_equals_full_recompute() {
    common::assert_cached_decode_equals_recompute(cuda(), F32_TOL);
}

#[test]
#[ignore = "needs a CUDA GPU and its PJRT plugin"]
fn int8_dequantized_in_the_graph_on_cuda_equals_f32_of_the_dequantized_weights() {
    // XLA's convert·scale·dot on the GPU, f32 activations, against the same model with its
    // weights replaced by q·scale in f32 (an INT8 checkpoint loaded unquantized): the only
    // error INT8 may add is the weight rounding, as on CPU (tests/int8_model.rs).
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let vocab = WeightStore::open(&dir).unwrap().config().vocab_size;
        for quant in [Quant::Int8, Quant::Int8Group(8)] {
            let tmp = tempfile::tempdir().unwrap();
            quantize_checkpoint_as(&WeightStore::open(&dir).unwrap(), tmp.path(), quant).unwrap();
            let opts = |quant| options(DType::F32, quant, vec![8, 32]);
            let fake = engine(cuda(), tmp.path(), opts(Quant::None))
                .logits(&seq)
                .unwrap();
            let int8 = engine(cuda(), &dir, opts(quant)).logits(&seq).unwrap();
            let err = worst(&row_errors(&int8, &fake, vocab));
            println!("{name} {quant}: in-graph dequant vs dequantized f32, worst row {err:.2e}");
            assert!(err < F32_TOL, "{name} {quant}: {err:e}");

            // Decode steps (one row per call: a row reduction for per-channel INT8 on CUDA).
            let prompt = ids(&reference(&dir)["prompt_ids"]);
            let steps = |d: &Path, quant| {
                let mut steps = Vec::new();
                engine(cuda(), d, opts(quant))
                    .generate(
                        &prompt,
                        &GenerateParams::greedy(6),
                        Some(&mut steps),
                        |_| Flow::Continue,
                    )
                    .unwrap();
                steps
            };
            let (a, b) = (steps(&dir, quant), steps(tmp.path(), Quant::None));
            for (i, (x, y)) in a.iter().zip(&b).enumerate() {
                let err = rel_error(x, y);
                assert!(err < F32_TOL, "{name} {quant} decode step {i}: {err:e}");
            }
        }
    }
}

// Bounds for the reduced-precision rungs against f32 on these random-init fixtures (their
// logits swing with every weight; see tests/int8_model.rs): bf16 rounds weights and
// activations to 8 bits of mantissa, INT8 rounds weights to 255 levels per row and computes in
// bf16 on accelerators. The same checks on the CPU plugin reached bf16 0.07–0.12 worst row,
// INT8 with bf16 activations 0.20–0.27 worst and 0.06–0.10 mean.
const BF16_WORST_ROW: f64 = 0.25;
const INT8_BF16_WORST_ROW: f64 = 0.4;
const INT8_BF16_MEAN_ROW: f64 = 0.2;

#[test]
#[ignore = "needs a CUDA GPU and its PJRT plugin"]
fn bf16_and_int8_with_bf16_activations_stay_close_to_f32_on_cuda() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let vocab = WeightStore::open(&dir).unwrap().config().vocab_size;
        let run = |dtype, quant| {
            engine(cuda(), &dir, options(dtype, quant, vec![8, 32]))
                .logits(&seq)
                .unwrap()
        };
        let f32 = run(DType::F32, Quant::None);
        let bf16 = run(DType::BF16, Quant::None);
        let int8 = run(DType::BF16, Quant::Int8);
        let b = row_errors(&bf16, &f32, vocab);
        let q = row_errors(&int8, &f32, vocab);
        let mean = q.iter().sum::<f64>() / q.len() as f64;
        println!(
            "{name}: bf16 worst row {:.3}; int8 (bf16 activations) worst {:.3}, mean {mean:.3}",
            worst(&b),
            worst(&q)
        );
        assert!(worst(&b) < BF16_WORST_ROW, "{name}: bf16 {:e}", worst(&b));
        assert!(
            worst(&q) < INT8_BF16_WORST_ROW && mean < INT8_BF16_MEAN_ROW,
            "{name}: int8 worst {:e}, mean {mean:e}",
            worst(&q)
        );
    }
}

#[test]
#[ignore = "needs a CUDA GPU and its PJRT plugin"]
fn cuda_executables_round_trip_through_the_compile_cache() {
    let dir = fixture_dir("llama_tied_odd");
    let seq = full_sequence(&reference(&dir));
    let tmp = tempfile::tempdir().unwrap();
    let opts = || EngineOptions {
        compile_cache: Some(CompileCache::new(tmp.path())),
        decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
        ..options(DType::BF16, Quant::Int8, vec![32])
    };
    let mut cold = engine(cuda(), &dir, opts());
    let first = cold.logits(&seq).unwrap();
    assert_eq!(cold.cache_hits, 0);
    drop(cold);
    let mut warm = engine(cuda(), &dir, opts());
    let again = warm.logits(&seq).unwrap();
    assert!(
        warm.cache_hits > 0,
        "the second engine compiled instead of loading"
    );
    assert_eq!(first, again);
}
