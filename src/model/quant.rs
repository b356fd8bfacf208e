//! INT8 weights: symmetric quantization per output channel (one f32 scale per row of a
//! `[out, in]` weight, `scale = max|row| / 127`), for every linear projection, the LM head and
//! the embedding table (whose rows are its output channels when the head is tied).
//!
//! In a checkpoint, a quantized weight keeps its Hugging Face name with dtype I8, and its scales
//! sit beside it as `<weight name>_scale` (F32, `[out]`); `config.json` says
//! `"quantization": {"method": "int8", "scheme": "symmetric_per_output_channel",
//! "scale_suffix": "_scale"}`. A store may hold either form: f32/bf16 weights are quantized as
//! they are loaded, tensor by tensor, so the whole model never sits in host memory in f32.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use anyhow::{bail, Context, Result};

use super::safetensors::{write_safetensors, TensorView};
use super::weights::WeightStore;
use crate::dtype::DType;

/// How weights are stored on the device.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Quant {
    /// Weights in the engine's dtype.
    #[default]
    None,
    /// INT8 weights with per-output-channel f32 scales.
    Int8,
}

impl Quant {
    /// Parses `none` or `int8` (the `--quant` flag).
    pub fn parse(name: &str) -> Option<Quant> {
        match name.to_ascii_lowercase().as_str() {
            "none" | "off" => Some(Quant::None),
            "int8" | "i8" => Some(Quant::Int8),
            _ => None,
        }
    }
}

impl fmt::Display for Quant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Quant::None => "none",
            Quant::Int8 => "int8",
        })
    }
}

impl std::str::FromStr for Quant {
    type Err = String;
    fn from_str(s: &str) -> Result<Quant, String> {
        Quant::parse(s).ok_or_else(|| format!("unknown quantization {s:?}: expected none or int8"))
    }
}

/// How a quantized linear layer is lowered: the one place that depends on the platform.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Lowering {
    /// `convert(W) · x`, then the per-channel scale, all in the graph: GPU and TPU compilers
    /// fuse the convert into the GEMM's operand load.
    Dequant,
    /// The `xlagen_i8_matvec` FFI kernel: XLA CPU would otherwise widen the whole weight to f32
    /// in memory on every call (10–40× slower than the kernel on decode).
    CpuKernel,
}

impl Lowering {
    /// The lowering for a PJRT platform name (`cpu`, `cuda`, `rocm`, `tpu`, ...).
    pub fn for_platform(platform: &str) -> Lowering {
        match platform.to_ascii_lowercase().as_str() {
            "cpu" | "host" => Lowering::CpuKernel,
            _ => Lowering::Dequant,
        }
    }
}

/// Everything about the weights that shapes a traced graph.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct WeightFormat {
    /// Dtype of activations and of unquantized weights (norms, or everything without `quant`).
    pub dtype: DType,
    pub quant: Quant,
    pub lowering: Lowering,
}

impl WeightFormat {
    /// Unquantized weights in `dtype`.
    pub fn plain(dtype: DType) -> WeightFormat {
        WeightFormat {
            dtype,
            quant: Quant::None,
            lowering: Lowering::Dequant,
        }
    }
}

/// Suffix of a quantized weight's scale tensor.
pub const SCALE_SUFFIX: &str = "_scale";

/// The name of `weight`'s scale tensor.
pub fn scale_name(weight: &str) -> String {
    format!("{weight}{SCALE_SUFFIX}")
}

/// A weight quantized per row: `values [rows, cols]` with `scales [rows]`.
#[derive(Clone, Debug, PartialEq)]
pub struct QuantizedRows {
    pub values: Vec<i8>,
    pub scales: Vec<f32>,
}

/// Quantizes each row of a row-major `[rows, cols]` matrix: `q = round(v / scale)` with
/// `scale = max|row| / 127`, so `|v - q·scale| ≤ scale / 2`. An all-zero row gets scale 0.
pub fn quantize_rows(values: &[f32], cols: usize) -> QuantizedRows {
    let rows = values.len().checked_div(cols).unwrap_or(0);
    let mut q = Vec::with_capacity(values.len());
    let mut scales = Vec::with_capacity(rows);
    for row in values.chunks_exact(cols.max(1)) {
        let absmax = row.iter().fold(0f32, |m, v| m.max(v.abs()));
        let scale = absmax / 127.0;
        let inv = if scale > 0.0 { 1.0 / scale } else { 0.0 };
        q.extend(
            row.iter()
                .map(|&v| (v * inv).round().clamp(-127.0, 127.0) as i8),
        );
        scales.push(scale);
    }
    QuantizedRows { values: q, scales }
}

/// `q · scale` per row: the f32 weights an INT8 weight stands for.
pub fn dequantize_rows(q: &QuantizedRows, cols: usize) -> Vec<f32> {
    q.values
        .chunks_exact(cols.max(1))
        .zip(&q.scales)
        .flat_map(|(row, &s)| row.iter().map(move |&v| v as f32 * s))
        .collect()
}

/// Whether a weight is quantized under INT8: every matrix (projections, head, embedding).
pub fn is_quantized_weight(dims: &[i64]) -> bool {
    dims.len() == 2
}

/// One INT8 weight as loaded: borrowed from an INT8 checkpoint, or freshly quantized.
pub struct Int8Weight<'a> {
    pub dims: Vec<i64>,
    pub values: Cow<'a, [i8]>,
    pub scales: Cow<'a, [f32]>,
}

/// The INT8 form of weight `name`: read as stored when the checkpoint is already INT8 (the
/// scale checked for presence, dtype and shape), quantized from f32 otherwise.
pub fn load_int8<'a>(store: &'a WeightStore, name: &str) -> Result<Int8Weight<'a>> {
    let stored = store.safetensors().and_then(|st| {
        st.tensor(name)
            .ok()
            .filter(|t| t.dtype == DType::I8)
            .map(|t| (st, t))
    });
    let Some((st, weight)) = stored else {
        let (dims, values) = store.get_f32(name)?;
        let q = quantize_rows(&values, dims[1] as usize);
        return Ok(Int8Weight {
            dims,
            values: Cow::Owned(q.values),
            scales: Cow::Owned(q.scales),
        });
    };
    let dims = store.dims(name)?;
    let file = st
        .file_of(name)
        .unwrap_or(store.path())
        .display()
        .to_string();
    let scale = scale_name(name);
    let s = st.tensor(&scale).with_context(|| {
        format!("{file}: INT8 tensor {name} has no scale tensor {scale} beside it")
    })?;
    if s.dtype != DType::F32 || s.dims != [dims[0]] {
        bail!(
            "{file}: scale tensor {scale} is {} {:?}, expected F32 [{}] (one per row of {name} {dims:?})",
            s.dtype,
            s.dims,
            dims[0]
        );
    }
    let values: &[i8] = bytemuck::cast_slice(weight.data);
    let scales = s
        .to_f32()
        .with_context(|| format!("{file}: scale tensor {scale}"))?;
    Ok(Int8Weight {
        dims,
        values: Cow::Borrowed(values),
        scales,
    })
}

/// Writes an INT8 checkpoint of `store` to `out_dir`: `model.safetensors` with i8 matrices and
/// their `<name>_scale` f32 scales (norm weights stay f32), and `config.json` with a
/// `quantization` entry. `WeightStore::open(out_dir)` loads it, and the engine uses it as is.
/// Tensors are quantized one at a time; only the i8 output is held in memory.
pub fn quantize_checkpoint(store: &WeightStore, out_dir: &Path) -> Result<()> {
    let cfg = store.config();
    std::fs::create_dir_all(out_dir)
        .with_context(|| format!("creating output directory {}", out_dir.display()))?;
    let mut owned: Vec<(String, DType, Vec<i64>, Vec<u8>)> = Vec::new();
    for name in super::weights::required_names(cfg) {
        let dims = store.dims(&name)?;
        if is_quantized_weight(&dims) {
            let Int8Weight {
                dims,
                values,
                scales,
            } = load_int8(store, &name)?;
            owned.push((
                name.clone(),
                DType::I8,
                dims.clone(),
                bytemuck::cast_slice(&values).to_vec(),
            ));
            owned.push((
                scale_name(&name),
                DType::F32,
                vec![dims[0]],
                bytemuck::cast_slice(&scales).to_vec(),
            ));
        } else {
            let (dims, values) = store.get_f32(&name)?;
            owned.push((
                name,
                DType::F32,
                dims,
                bytemuck::cast_slice(&values).to_vec(),
            ));
        }
    }
    let views: Vec<(&str, TensorView<'_>)> = owned
        .iter()
        .map(|(n, dt, dims, bytes)| (n.as_str(), TensorView::new(*dt, dims, bytes)))
        .collect();
    let meta = BTreeMap::from([
        ("format".to_string(), "pt".to_string()),
        ("quantization".to_string(), "int8".to_string()),
    ]);
    write_safetensors(&out_dir.join("model.safetensors"), &views, &meta)?;
    write_config(store, out_dir)?;
    for extra in [
        "tokenizer.json",
        "tokenizer_config.json",
        "generation_config.json",
    ] {
        let src = store.path().join(extra);
        if src.is_file() {
            std::fs::copy(&src, out_dir.join(extra))
                .with_context(|| format!("copying {}", src.display()))?;
        }
    }
    Ok(())
}

/// The source's `config.json` (or one built from the parsed config, for GGUF) plus the
/// `quantization` entry.
fn write_config(store: &WeightStore, out_dir: &Path) -> Result<()> {
    let src = store.path().join("config.json");
    let mut json: serde_json::Value = if src.is_file() {
        let text =
            std::fs::read_to_string(&src).with_context(|| format!("reading {}", src.display()))?;
        serde_json::from_str(&text).with_context(|| format!("parsing {}", src.display()))?
    } else {
        let c = store.config();
        serde_json::json!({
            "model_type": match c.model_type { super::ModelType::Mistral => "mistral", super::ModelType::Llama => "llama" },
            "vocab_size": c.vocab_size,
            "hidden_size": c.hidden_size,
            "intermediate_size": c.intermediate_size,
            "num_hidden_layers": c.num_hidden_layers,
            "num_attention_heads": c.num_attention_heads,
            "num_key_value_heads": c.num_key_value_heads,
            "head_dim": c.head_dim,
            "rms_norm_eps": c.rms_norm_eps,
            "rope_theta": c.rope_theta,
            "max_position_embeddings": c.max_position_embeddings,
            "sliding_window": c.sliding_window,
            "tie_word_embeddings": c.tie_word_embeddings,
            "bos_token_id": c.bos_token_id,
            "eos_token_id": c.eos_token_id,
        })
    };
    json["quantization"] = serde_json::json!({
        "method": "int8",
        "scheme": "symmetric_per_output_channel",
        "scale_suffix": SCALE_SUFFIX,
        "scale_dtype": "float32",
    });
    let path = out_dir.join("config.json");
    std::fs::write(&path, serde_json::to_string_pretty(&json)? + "\n")
        .with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantize_then_dequantize_is_within_half_a_scale() {
        let cols = 37;
        let values: Vec<f32> = (0..5 * cols)
            .map(|i| ((i * 7919) % 1000) as f32 / 77.0 - 6.0)
            .collect();
        let q = quantize_rows(&values, cols);
        assert_eq!(q.scales.len(), 5);
        let back = dequantize_rows(&q, cols);
        for (i, (a, b)) in values.iter().zip(&back).enumerate() {
            let s = q.scales[i / cols];
            assert!((a - b).abs() <= s / 2.0 * (1.0 + 1e-5), "{i}: {a} vs {b}");
        }
        // The row maximum maps to ±127 exactly.
        assert!(q.values.iter().any(|&v| v.abs() == 127));
    }

    #[test]
    fn zero_rows_quantize_to_zero_with_zero_scale() {
        let q = quantize_rows(&[0.0; 8], 4);
        assert_eq!(q.scales, vec![0.0, 0.0]);
        assert!(q.values.iter().all(|&v| v == 0));
        assert_eq!(dequantize_rows(&q, 4), vec![0.0; 8]);
    }

    #[test]
    fn lowering_is_chosen_by_platform() {
        assert_eq!(Lowering::for_platform("cpu"), Lowering::CpuKernel);
        assert_eq!(Lowering::for_platform("cuda"), Lowering::Dequant);
        assert_eq!(Lowering::for_platform("tpu"), Lowering::Dequant);
        assert_eq!("int8".parse::<Quant>(), Ok(Quant::Int8));
        assert!("int4".parse::<Quant>().is_err());
    }
}
