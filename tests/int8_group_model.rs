//! Group-wise INT8 end to end on the parity fixtures: closer to f32 than per-channel, the two
//! lowerings agreeing, checkpoints written with group scales read back as quantizing at load
//! does, and broken or mismatched group checkpoints rejected with clear errors.

mod common;

use common::{fixture_dir, full_sequence, reference, MODELS};

use std::path::Path;

use serde_json::Value;
use xlagen::dtype::DType;
use xlagen::engine::backend::host_kernels;
use xlagen::engine::{Engine, EngineOptions};
use xlagen::formats::safetensors::{write_safetensors, SafetensorsFile, TensorView};
use xlagen::model::linear::Backend;
use xlagen::model::quant::{quantize_checkpoint_as, scale_name, Quant};
use xlagen::model::WeightStore;

/// Every matrix of every fixture has an input size divisible by 8 (widths 64–160), so this is
/// group-wise everywhere, the tied embedding of llama_tied_odd included.
const G8: Quant = Quant::Int8Group(8);

fn options(quant: Quant) -> EngineOptions {
    EngineOptions {
        dtype: DType::F32,
        max_seq: 64,
        buckets: vec![8, 32],
        compile_cache: None,
        decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
        quant,
        kv_dtype: None,
    }
}

/// Logits over `seq` of the checkpoint in `dir`.
fn logits(dir: &Path, seq: &[u32], quant: Quant, backend: Option<Backend>) -> Vec<f32> {
    let store = WeightStore::open(dir).unwrap();
    let client = common::client().clone();
    let mut e = match backend {
        Some(l) => Engine::with_backend(client, &store, options(quant), l),
        None => Engine::new(client, &store, options(quant)),
    }
    .unwrap();
    e.logits(seq).unwrap()
}

/// Mean over rows of max|a - b| relative to the row's largest |b|.
fn mean_row_error(a: &[f32], b: &[f32], vocab: usize) -> f64 {
    let rows: Vec<f64> = a
        .chunks(vocab)
        .zip(b.chunks(vocab))
        .map(|(x, y)| {
            let scale = y.iter().fold(0f32, |m, v| m.max(v.abs())) as f64;
            let diff = x
                .iter()
                .zip(y)
                .fold(0f64, |m, (p, q)| m.max((p - q).abs() as f64));
            diff / scale
        })
        .collect();
    rows.iter().sum::<f64>() / rows.len() as f64
}

fn vocab(dir: &Path) -> usize {
    WeightStore::open(dir).unwrap().config().vocab_size
}

#[test]
fn group_int8_logits_are_closer_to_f32_than_per_channel() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let f = logits(&dir, &seq, Quant::None, None);
        let per_channel = mean_row_error(&logits(&dir, &seq, Quant::Int8, None), &f, vocab(&dir));
        let grouped = mean_row_error(&logits(&dir, &seq, G8, None), &f, vocab(&dir));
        println!("{name}: mean row error per-channel {per_channel:.4}, g8 {grouped:.4}");
        assert!(grouped < per_channel, "{name}: {grouped} vs {per_channel}");
    }
}

#[test]
fn group_cpu_kernel_and_in_graph_dequant_lowerings_agree() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let kernel = logits(&dir, &seq, G8, Some(host_kernels()));
        let dequant = logits(&dir, &seq, G8, Some(Backend::Xla));
        let err = mean_row_error(&kernel, &dequant, vocab(&dir));
        assert!(err < 1e-5, "{name}: {err:e}");
    }
}

#[test]
fn group_checkpoint_loads_and_gives_the_logits_of_quantizing_at_load() {
    for name in MODELS {
        let dir = fixture_dir(name);
        let seq = full_sequence(&reference(&dir));
        let tmp = tempfile::tempdir().unwrap();
        quantize_checkpoint_as(&WeightStore::open(&dir).unwrap(), tmp.path(), G8).unwrap();
        let config: Value =
            serde_json::from_str(&std::fs::read_to_string(tmp.path().join("config.json")).unwrap())
                .unwrap();
        assert_eq!(config["quantization"]["method"], "int8");
        assert_eq!(config["quantization"]["group_size"], 8);
        let file = SafetensorsFile::open(&tmp.path().join("model.safetensors")).unwrap();
        let weight = "model.layers.0.mlp.down_proj.weight";
        let w = file.tensor(weight).unwrap();
        let s = file.tensor(&scale_name(weight)).unwrap();
        assert_eq!(w.dtype, DType::I8);
        assert_eq!(s.dims, vec![w.dims[0], w.dims[1] / 8]);

        let at_load = logits(&dir, &seq, G8, None);
        assert_eq!(at_load, logits(tmp.path(), &seq, G8, None), "{name}");
        // Run unquantized, the checkpoint dequantizes with its group scales: the same model.
        let dequantized = logits(tmp.path(), &seq, Quant::None, None);
        let err = mean_row_error(&at_load, &dequantized, vocab(&dir));
        assert!(err < 1e-5, "{name}: {err:e}");
    }
}

fn load_error(dir: &Path, quant: Quant) -> String {
    let store = WeightStore::open(dir).unwrap();
    match Engine::new(common::client().clone(), &store, options(quant)) {
        Ok(_) => panic!("a broken INT8 checkpoint loaded under {quant}"),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn broken_or_mismatched_group_checkpoints_are_clear_errors() {
    let dir = fixture_dir("llama_tied_odd");
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good");
    quantize_checkpoint_as(&WeightStore::open(&dir).unwrap(), &good, G8).unwrap();
    let weight = "model.layers.1.self_attn.k_proj.weight";
    let scale = scale_name(weight);

    // k_proj is [24, 72]: 5 scale columns split no row evenly.
    let bad = tmp.path().join("bad");
    let src = SafetensorsFile::open(&good.join("model.safetensors")).unwrap();
    let mut tensors: Vec<(String, DType, Vec<i64>, Vec<u8>)> = src
        .names()
        .map(|n| {
            let t = src.tensor(n).unwrap();
            (n.to_string(), t.dtype, t.dims.clone(), t.data.to_vec())
        })
        .collect();
    let entry = tensors.iter_mut().find(|(n, ..)| *n == scale).unwrap();
    entry.2 = vec![24, 5];
    entry.3 = vec![0u8; 24 * 5 * 4];
    let views: Vec<(&str, TensorView<'_>)> = tensors
        .iter()
        .map(|(n, d, dims, b)| (n.as_str(), TensorView::new(*d, dims, b)))
        .collect();
    std::fs::create_dir_all(&bad).unwrap();
    write_safetensors(&bad.join("model.safetensors"), &views, &Default::default()).unwrap();
    std::fs::copy(good.join("config.json"), bad.join("config.json")).unwrap();
    for quant in [G8, Quant::None] {
        let msg = load_error(&bad, quant);
        assert!(
            msg.contains("model.safetensors")
                && msg.contains(&scale)
                && msg.contains("expected F32"),
            "{msg}"
        );
    }

    // A good group checkpoint asked for as per-channel (or another group size) says which
    // mode it was written in.
    for quant in [Quant::Int8, Quant::Int8Group(24)] {
        let msg = load_error(&good, quant);
        assert!(
            msg.contains("model.safetensors") && msg.contains("--quant int8-g8"),
            "{quant}: {msg}"
        );
    }
}
