//! INT8 weights end to end on the parity fixtures: logits and greedy ids against f32, the two
//! lowerings against each other, INT8 checkpoints written and read back (and rejected when
//! broken), and executables with the FFI kernel through the compile cache and a fresh process.

mod common;

use common::{fixture_dir, full_sequence, ids, reference, rel_error, MODELS};

use std::path::Path;

use serde_json::Value;
use xlagen::dtype::DType;
use xlagen::engine::backend::host_kernels_with;
use xlagen::engine::{Engine, EngineOptions, Flow, GenerateParams};
use xlagen::formats::safetensors::{write_safetensors, SafetensorsFile, TensorView};
use xlagen::kernels::i8_matmul::{amx_supported, vnni_supported};
use xlagen::kernels::Int8Dot;
use xlagen::model::linear::Backend;
use xlagen::model::quant::{quantize_checkpoint, scale_name, Quant};
use xlagen::model::WeightStore;
use xlagen::runtime::CompileCache;

fn options(quant: Quant, cache: Option<CompileCache>) -> EngineOptions {
    EngineOptions {
        dtype: DType::F32,
        max_seq: 64,
        buckets: vec![8, 32],
        compile_cache: cache,
        decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
        quant,
        kv_dtype: None,
    }
}

fn engine(dir: &Path, quant: Quant) -> Engine {
    let store = WeightStore::open(dir).unwrap();
    Engine::new(common::client().clone(), &store, options(quant, None)).unwrap()
}

/// The host kernels with INT8 projections computed as `dot` says, whatever this CPU prefers.
fn engine_with(dir: &Path, quant: Quant, dot: Int8Dot) -> Engine {
    let store = WeightStore::open(dir).unwrap();
    let opts = options(quant, None);
    Engine::with_backend(
        common::client().clone(),
        &store,
        opts,
        host_kernels_with(dot),
    )
    .unwrap()
}

fn worst_row_error(a: &[f32], b: &[f32], vocab: usize) -> f64 {
    a.chunks(vocab)
        .zip(b.chunks(vocab))
        .map(|(x, y)| rel_error(x, y))
        .fold(0.0, f64::max)
}

fn argmax(v: &[f32]) -> usize {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[best] {
            best = i;
        }
    }
    best
}

// The fixtures are random-init models (weights ~ N(0, 0.3²), 3 layers of width 72–96) whose
// logits swing with every weight; per-channel INT8 moves their worst row by 17–26% of the
// row's largest logit (mean over rows 5.5–8.4%). The bar says "same model, rounded".
const INT8_VS_F32_WORST_ROW: f64 = 0.35;
const INT8_VS_F32_MEAN_ROW: f64 = 0.15;
// INT8 activations on top of INT8 weights (the VNNI kernel, blocks of 4) against the f32 dot
// on the same weights moved the fixtures' worst rows by 4–9% (same measure as above).
const INT8_ACTIVATIONS_WORST_ROW: f64 = 0.2;

#[test]
fn int8_logits_stay_close_to_f32_on_fixtures() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let vocab = WeightStore::open(&dir).unwrap().config().vocab_size;
        let f = engine(&dir, Quant::None).logits(&seq).unwrap();
        let q = engine(&dir, Quant::Int8).logits(&seq).unwrap();
        let errors: Vec<f64> = q
            .chunks(vocab)
            .zip(f.chunks(vocab))
            .map(|(a, b)| rel_error(a, b))
            .collect();
        let worst = errors.iter().cloned().fold(0.0, f64::max);
        let mean = errors.iter().sum::<f64>() / errors.len() as f64;
        assert!(
            worst < INT8_VS_F32_WORST_ROW && mean < INT8_VS_F32_MEAN_ROW,
            "{name}: worst row {worst:e}, mean {mean:e}"
        );
        // Teacher-forced top-1 agreement over the 31 positions (reached 26–31 of 31).
        let agree = q
            .chunks(vocab)
            .zip(f.chunks(vocab))
            .filter(|(a, b)| argmax(a) == argmax(b))
            .count();
        println!(
            "{name}: worst row {worst:.3}, mean row {mean:.3}, top-1 {agree}/{}",
            seq.len()
        );
        assert!(
            agree * 10 >= seq.len() * 8,
            "{name}: top-1 agreement {agree}/{}",
            seq.len()
        );
    }
}

#[test]
fn int8_logits_equal_f32_logits_of_the_dequantized_weights() {
    // The only error INT8 weights with the f32 dot may add is the weight rounding: the same
    // model with weights replaced by q·scale in f32 must give the same logits up to f32
    // arithmetic (reached ~5e-6).
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let vocab = WeightStore::open(&dir).unwrap().config().vocab_size;
        let tmp = tempfile::tempdir().unwrap();
        quantize_checkpoint(&WeightStore::open(&dir).unwrap(), tmp.path()).unwrap();
        // An INT8 checkpoint run with `Quant::None` dequantizes at load.
        let fake = engine(tmp.path(), Quant::None).logits(&seq).unwrap();
        let q = engine_with(&dir, Quant::Int8, Int8Dot::F32)
            .logits(&seq)
            .unwrap();
        let err = worst_row_error(&q, &fake, vocab);
        assert!(err < 1e-4, "{name}: {err:e}");
    }
}

#[test]
fn cpu_kernel_and_in_graph_dequant_lowerings_agree() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let store = WeightStore::open(&dir).unwrap();
        let vocab = store.config().vocab_size;
        let kernel = engine_with(&dir, Quant::Int8, Int8Dot::F32)
            .logits(&seq)
            .unwrap();
        let opts = options(Quant::Int8, None);
        let mut e =
            Engine::with_backend(common::client().clone(), &store, opts, Backend::Xla).unwrap();
        let dequant = e.logits(&seq).unwrap();
        let err = worst_row_error(&kernel, &dequant, vocab);
        assert!(err < 1e-4, "{name}: {err:e}");
    }
}

#[test]
fn decode_steps_agree_between_the_lowerings() {
    // One token per call (M = 1), the shape GPU decode compiles (as a row reduction on CUDA):
    // every step's logits.
    for name in MODELS {
        let dir = fixture_dir(name);
        let prompt = ids(&reference(&dir)["prompt_ids"]);
        let store = WeightStore::open(&dir).unwrap();
        let steps = |backend| {
            let opts = options(Quant::Int8, None);
            let mut e =
                Engine::with_backend(common::client().clone(), &store, opts, backend).unwrap();
            let mut steps = Vec::new();
            e.generate(
                &prompt,
                &GenerateParams::greedy(6),
                Some(&mut steps),
                |_| Flow::Continue,
            )
            .unwrap();
            steps
        };
        let kernel = steps(host_kernels_with(Int8Dot::F32));
        assert_eq!(kernel.len(), 6);
        for backend in [Backend::Xla, Backend::XlaRowReduce] {
            for (i, (a, b)) in kernel.iter().zip(&steps(backend)).enumerate() {
                let err = rel_error(a, b);
                assert!(err < 1e-4, "{name} {backend:?} step {i}: {err:e}");
            }
        }
    }
}

#[test]
fn int8_activations_move_logits_by_their_rounding_only() {
    // INT8 activations (Q8_0 blocks, the VNNI kernel) and bf16 activations (the AMX kernel)
    // against the f32 dot on the same INT8 weights: each input moves by at most half a step of
    // its block (1/254 of the block's largest) or half a bf16 ulp (under 1/512 of itself), far
    // less than the weights' own rounding moves the logits (17–26%, above).
    let dots = [
        (Int8Dot::Vnni, vnni_supported()),
        (Int8Dot::Amx, amx_supported()),
    ];
    for (dot, runs) in dots {
        if !runs {
            eprintln!(
                "int8_activations_move_logits_by_their_rounding_only: {}: not run: this \
                 machine does not run it",
                dot.name()
            );
            continue;
        }
        for name in MODELS {
            let dir = fixture_dir(name);
            let seq = full_sequence(&reference(&dir));
            let vocab = WeightStore::open(&dir).unwrap().config().vocab_size;
            let f32_dot = engine_with(&dir, Quant::Int8, Int8Dot::F32)
                .logits(&seq)
                .unwrap();
            let rounded = engine_with(&dir, Quant::Int8, dot).logits(&seq).unwrap();
            let worst = worst_row_error(&rounded, &f32_dot, vocab);
            println!(
                "{name}: {} activations move the worst row by {worst:.4}",
                dot.name()
            );
            assert!(worst > 0.0, "{name}: the {} kernel did not run", dot.name());
            assert!(
                worst < INT8_ACTIVATIONS_WORST_ROW,
                "{name} {}: worst row {worst:e}",
                dot.name()
            );
        }
    }
}

#[test]
fn int8_greedy_ids_follow_f32_until_a_near_tie() {
    // Greedy continuations agree fully on mistral_gqa_window and qwen2_tied_gqa, and for the
    // first 7, 5 and 3 steps on the others, where the reference margin is 3.8%, 5.2% and 5.2%
    // of the largest logit: with the f32 dot, where only the weights are rounded (INT8
    // activations add their own rounding, and leave f32 sooner on some fixtures).
    let min_prefix: [usize; MODELS.len()] = [12, 7, 5, 12, 3];
    for (name, min) in MODELS.into_iter().zip(min_prefix) {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let (prompt, want) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
        let got = engine_with(&dir, Quant::Int8, Int8Dot::F32)
            .generate(&prompt, &GenerateParams::greedy(want.len()), None, |_| {
                Flow::Continue
            })
            .unwrap()
            .ids;
        let prefix = got.iter().zip(&want).take_while(|(a, b)| a == b).count();
        assert!(prefix >= min, "{name}: {got:?} vs {want:?}");
    }
}

#[test]
fn int8_weights_take_a_quarter_of_the_device_bytes() {
    let dir = fixture_dir("mistral_gqa_window");
    let f = engine(&dir, Quant::None).weights_device_bytes();
    let q = engine(&dir, Quant::Int8).weights_device_bytes();
    let ratio = q as f64 / f as f64;
    // Matrices shrink to 1/4 plus one f32 scale per row; norm vectors stay f32.
    assert!(ratio < 0.27, "{q} / {f} = {ratio}");
}

#[test]
fn quantized_checkpoint_loads_and_gives_the_logits_of_quantizing_at_load() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let tmp = tempfile::tempdir().unwrap();
        quantize_checkpoint(&WeightStore::open(&dir).unwrap(), tmp.path()).unwrap();
        let config: Value =
            serde_json::from_str(&std::fs::read_to_string(tmp.path().join("config.json")).unwrap())
                .unwrap();
        assert_eq!(config["quantization"]["method"], "int8");
        let file = SafetensorsFile::open(&tmp.path().join("model.safetensors")).unwrap();
        let q = file.tensor("model.layers.0.mlp.up_proj.weight").unwrap();
        assert_eq!(q.dtype, DType::I8);
        let s = file
            .tensor(&scale_name("model.layers.0.mlp.up_proj.weight"))
            .unwrap();
        assert_eq!((s.dtype, s.dims.clone()), (DType::F32, vec![q.dims[0]]));

        let at_load = engine(&dir, Quant::Int8).logits(&seq).unwrap();
        let from_file = engine(tmp.path(), Quant::Int8).logits(&seq).unwrap();
        assert_eq!(at_load, from_file, "{name}");
    }
}

/// Writes a copy of the INT8 checkpoint in `src` to `dst` with `edit` applied to its tensors.
fn edited_checkpoint(
    src: &Path,
    dst: &Path,
    edit: impl FnOnce(&mut Vec<(String, DType, Vec<i64>, Vec<u8>)>),
) {
    let file = SafetensorsFile::open(&src.join("model.safetensors")).unwrap();
    let mut tensors: Vec<(String, DType, Vec<i64>, Vec<u8>)> = file
        .names()
        .map(|n| {
            let t = file.tensor(n).unwrap();
            (n.to_string(), t.dtype, t.dims.clone(), t.data.to_vec())
        })
        .collect();
    edit(&mut tensors);
    let views: Vec<(&str, TensorView<'_>)> = tensors
        .iter()
        .map(|(n, d, dims, b)| (n.as_str(), TensorView::new(*d, dims, b)))
        .collect();
    std::fs::create_dir_all(dst).unwrap();
    write_safetensors(&dst.join("model.safetensors"), &views, &Default::default()).unwrap();
    std::fs::copy(src.join("config.json"), dst.join("config.json")).unwrap();
}

fn load_error(dir: &Path) -> String {
    let store = WeightStore::open(dir).unwrap();
    let opts = options(Quant::Int8, None);
    match Engine::new(common::client().clone(), &store, opts) {
        Ok(_) => panic!("a broken INT8 checkpoint loaded"),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn broken_int8_checkpoints_are_clear_errors() {
    let dir = fixture_dir("llama_tied_odd");
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good");
    quantize_checkpoint(&WeightStore::open(&dir).unwrap(), &good).unwrap();
    let weight = "model.layers.1.self_attn.k_proj.weight";
    let scale = scale_name(weight);

    let missing = tmp.path().join("missing");
    edited_checkpoint(&good, &missing, |t| t.retain(|(n, ..)| *n != scale));
    let msg = load_error(&missing);
    assert!(
        msg.contains("model.safetensors") && msg.contains(weight) && msg.contains(&scale),
        "{msg}"
    );

    let wrong = tmp.path().join("wrong_shape");
    edited_checkpoint(&good, &wrong, |t| {
        let entry = t.iter_mut().find(|(n, ..)| *n == scale).unwrap();
        entry.2 = vec![entry.2[0] - 1];
        entry.3.truncate(entry.3.len() - 4);
    });
    let msg = load_error(&wrong);
    assert!(
        msg.contains("model.safetensors") && msg.contains(&scale) && msg.contains("expected F32"),
        "{msg}"
    );
}

#[test]
fn int8_executables_round_trip_through_the_compile_cache() {
    let dir = fixture_dir("mistral_gqa_window");
    let r = reference(&dir);
    let (prompt, want) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
    let tmp = tempfile::tempdir().unwrap();
    let run = || {
        let store = WeightStore::open(&dir).unwrap();
        let opts = options(Quant::Int8, Some(CompileCache::new(tmp.path())));
        let mut e = Engine::new(common::client().clone(), &store, opts).unwrap();
        let ids = e
            .generate(&prompt, &GenerateParams::greedy(want.len()), None, |_| {
                Flow::Continue
            })
            .unwrap()
            .ids;
        (ids, e.cache_hits)
    };
    let (first, hits) = run();
    assert_eq!(hits, 0);
    let (second, hits) = run();
    assert_eq!((second.clone(), hits), (first.clone(), 2));

    // A fresh process must register the kernel before it deserializes the executables.
    let expected: Vec<String> = first.iter().map(|i| i.to_string()).collect();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["fresh_process_loads_cached_int8_executables", "--exact"])
        .args(["--ignored", "--nocapture", "--test-threads=1"])
        .env("XLAGEN_INT8_CACHE", tmp.path())
        .env("XLAGEN_INT8_EXPECT", expected.join(","))
        .output()
        .unwrap();
    let log =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && log.contains("1 passed"), "{log}");
}

#[test]
#[ignore = "run by int8_executables_round_trip_through_the_compile_cache in a fresh process"]
fn fresh_process_loads_cached_int8_executables() {
    let (Ok(cache), Ok(expected)) = (
        std::env::var("XLAGEN_INT8_CACHE"),
        std::env::var("XLAGEN_INT8_EXPECT"),
    ) else {
        return;
    };
    let dir = fixture_dir("mistral_gqa_window");
    let r = reference(&dir);
    let prompt = ids(&r["prompt_ids"]);
    let expected: Vec<u32> = expected.split(',').map(|s| s.parse().unwrap()).collect();
    let store = WeightStore::open(&dir).unwrap();
    let opts = options(Quant::Int8, Some(CompileCache::new(cache)));
    let mut e = Engine::new(common::client().clone(), &store, opts).unwrap();
    let got = e
        .generate(
            &prompt,
            &GenerateParams::greedy(expected.len()),
            None,
            |_| Flow::Continue,
        )
        .unwrap();
    assert_eq!(e.cache_hits, 2, "both executables come from the cache");
    assert_eq!(got.ids, expected);
}
