//! INT8 weights: symmetric quantization per output channel (one f32 scale per row of a
//! `[out, in]` weight, `scale = max|row| / 127`), or per group of `g` consecutive inputs of a
//! row (`[out, in / g]` scales, `scale = max|group| / 127`), for every linear projection, the LM
//! head and the embedding table (whose rows are its output channels when the head is tied).
//! Group-wise applies to a matrix only where `g` divides its `in`; any other matrix falls back
//! to per-channel scales, so one model may mix both (the scale's rank tells which).
//!
//! In a checkpoint, a quantized weight keeps its Hugging Face name with dtype I8, and its scales
//! sit beside it as `<weight name>_scale` (F32, `[out]` or `[out, in / g]`); `config.json` says
//! `"quantization": {"method": "int8", "scheme": "symmetric_per_output_channel",
//! "scale_suffix": "_scale"}` (or `"scheme": "symmetric_group", "group_size": g`). A store may
//! hold either form: f32/bf16 weights are quantized as they are loaded, tensor by tensor, so the
//! whole model never sits in host memory in f32.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use anyhow::{bail, Context, Result};

use super::linear::Backend;
use super::weights::WeightStore;
use crate::dtype::DType;
use crate::formats::safetensors::{write_safetensors, TensorView};

/// How weights are stored on the device.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Quant {
    /// Weights in the engine's dtype.
    #[default]
    None,
    /// INT8 weights with per-output-channel f32 scales.
    Int8,
    /// INT8 weights with one f32 scale per group of this many inputs (a positive multiple of
    /// 8); per-channel for a matrix whose input size it does not divide.
    Int8Group(usize),
}

impl Quant {
    /// Parses `none`, `int8` or `int8-gN` (the `--quant` flag); `N` must be a positive
    /// multiple of 8.
    pub fn parse(name: &str) -> Option<Quant> {
        let name = name.to_ascii_lowercase();
        match name.as_str() {
            "none" | "off" => Some(Quant::None),
            "int8" | "i8" => Some(Quant::Int8),
            _ => {
                let g: usize = name.strip_prefix("int8-g")?.parse().ok()?;
                (g > 0 && g.is_multiple_of(8)).then_some(Quant::Int8Group(g))
            }
        }
    }

    /// Whether weights are INT8 (per-channel or group-wise).
    pub fn is_int8(&self) -> bool {
        !matches!(self, Quant::None)
    }

    /// Scale columns of an INT8 matrix with `cols` inputs: 1 (per-channel) unless group-wise
    /// with a group size that divides `cols` into at least two groups.
    pub fn scale_groups(&self, cols: usize) -> usize {
        match *self {
            Quant::Int8Group(g) if g < cols && cols.is_multiple_of(g) => cols / g,
            _ => 1,
        }
    }
}

impl fmt::Display for Quant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Quant::None => f.write_str("none"),
            Quant::Int8 => f.write_str("int8"),
            Quant::Int8Group(g) => write!(f, "int8-g{g}"),
        }
    }
}

impl std::str::FromStr for Quant {
    type Err = String;
    fn from_str(s: &str) -> Result<Quant, String> {
        Quant::parse(s).ok_or_else(|| {
            format!(
                "unknown quantization {s:?}: expected none, int8 or int8-gN (N a positive multiple of 8, e.g. int8-g128)"
            )
        })
    }
}

/// Everything about the weights that shapes a traced graph.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct WeightFormat {
    /// Dtype of activations and of unquantized weights (norms, or everything without `quant`).
    pub dtype: DType,
    pub quant: Quant,
    /// How the projections and attention are lowered on the platform the graph is for.
    pub backend: Backend,
    /// Devices the weights are split over by tensor parallelism (1: one device). It lays out
    /// the fused projections' rows (`mistral::fused_blocks`) and unrolls the layers.
    pub devices: i64,
}

impl WeightFormat {
    /// Unquantized weights in `dtype`.
    pub fn plain(dtype: DType) -> WeightFormat {
        WeightFormat {
            dtype,
            quant: Quant::None,
            backend: Backend::Xla,
            devices: 1,
        }
    }
}

/// Suffix of a quantized weight's scale tensor.
pub const SCALE_SUFFIX: &str = "_scale";

/// The name of `weight`'s scale tensor.
pub fn scale_name(weight: &str) -> String {
    format!("{weight}{SCALE_SUFFIX}")
}

/// A weight quantized per row or per group: `values [rows, cols]` with `scales` row-major
/// `[rows, cols / group]` (`[rows]` when the group is the whole row).
#[derive(Clone, Debug, PartialEq)]
pub struct QuantizedRows {
    pub values: Vec<i8>,
    pub scales: Vec<f32>,
}

/// Quantizes each row of a row-major `[rows, cols]` matrix: `q = round(v / scale)` with
/// `scale = max|row| / 127`, so `|v - q·scale| ≤ scale / 2`. An all-zero row gets scale 0.
pub fn quantize_rows(values: &[f32], cols: usize) -> QuantizedRows {
    quantize_groups(values, cols.max(1))
}

/// As `quantize_rows`, with one scale per `group` consecutive values of a row (`group` must
/// divide the row length; the row-major values are simply cut into groups).
pub fn quantize_groups(values: &[f32], group: usize) -> QuantizedRows {
    let group = group.max(1);
    let groups = values.len() / group;
    let mut out = QuantizedRows {
        values: vec![0; groups * group],
        scales: vec![0.0; groups],
    };
    quantize_groups_into(values, group, &mut out.values, &mut out.scales);
    out
}

/// As `quantize_groups`, written into `q` (`values.len() / group` whole groups) and `scales`
/// (one per group): how the engine quantizes straight into its upload buffers.
pub fn quantize_groups_into(values: &[f32], group: usize, q: &mut [i8], scales: &mut [f32]) {
    let group = group.max(1);
    let groups = values.len() / group;
    assert!(
        q.len() == groups * group && scales.len() == groups,
        "quantize_groups_into: {} values in groups of {group} need {} values and {groups} scales, got {} and {}",
        values.len(),
        groups * group,
        q.len(),
        scales.len()
    );
    // Weights of a few hundred thousand values and up (a 135M model's projections, a 7B
    // model's 16–235M) are cut into one part per core at group boundaries; each part is
    // quantized alone, so the result does not depend on the split.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads > 1 && values.len() >= 1 << 18 && groups >= threads {
        let part = groups.div_ceil(threads);
        std::thread::scope(|scope| {
            for ((v, q), s) in values
                .chunks(part * group)
                .zip(q.chunks_mut(part * group))
                .zip(scales.chunks_mut(part))
            {
                scope.spawn(move || quantize_serial(v, group, q, s));
            }
        });
        return;
    }
    quantize_serial(values, group, q, scales);
}

fn quantize_serial(values: &[f32], group: usize, q: &mut [i8], scales: &mut [f32]) {
    for ((chunk, q), scale_out) in values
        .chunks_exact(group)
        .zip(q.chunks_exact_mut(group))
        .zip(scales)
    {
        let absmax = chunk.iter().fold(0f32, |m, v| m.max(v.abs()));
        let scale = absmax / 127.0;
        let inv = if scale > 0.0 { 1.0 / scale } else { 0.0 };
        for (q, &v) in q.iter_mut().zip(chunk) {
            *q = round_half_away(v * inv).clamp(-127, 127) as i8;
        }
        *scale_out = scale;
    }
}

/// The largest f32 below one half.
const BELOW_HALF: f32 = 0.499_999_97;

/// `x.round()` (halves away from zero) as an integer, saturating, NaN to 0: adding the largest
/// f32 below one half before truncating gives the same integer for every finite `x`, and,
/// unlike `f32::round` on a baseline x86-64 build (a libm call per value), vectorizes.
fn round_half_away(x: f32) -> i32 {
    (x + BELOW_HALF.copysign(x)) as i32
}

/// `q · scale` per row or group: the f32 weights an INT8 weight stands for. The group size
/// follows from the number of scales.
pub fn dequantize_rows(q: &QuantizedRows, cols: usize) -> Vec<f32> {
    let group = q
        .values
        .len()
        .checked_div(q.scales.len())
        .unwrap_or(cols)
        .max(1);
    q.values
        .chunks_exact(group)
        .zip(&q.scales)
        .flat_map(|(chunk, &s)| chunk.iter().map(move |&v| v as f32 * s))
        .collect()
}

/// Whether a weight is quantized under INT8: every matrix (projections, head, embedding).
pub fn is_quantized_weight(dims: &[i64]) -> bool {
    dims.len() == 2
}

/// One INT8 weight as loaded: borrowed from an INT8 checkpoint, or freshly quantized.
/// `scale_dims` is `[rows]` (per-channel) or `[rows, groups]`.
pub struct Int8Weight<'a> {
    pub dims: Vec<i64>,
    pub values: Cow<'a, [i8]>,
    pub scales: Cow<'a, [f32]>,
    pub scale_dims: Vec<i64>,
}

/// The shape of the scales of an INT8 `[rows, cols]` matrix under `quant`.
pub fn scale_dims(quant: Quant, rows: i64, cols: i64) -> Vec<i64> {
    match quant.scale_groups(cols as usize) {
        1 => vec![rows],
        groups => vec![rows, groups as i64],
    }
}

/// The INT8 form of weight `name` as `quant` lays it out: read as stored when the checkpoint is
/// already INT8 (the scale checked for presence, dtype and shape), quantized from f32
/// otherwise. With `Quant::None` (dequantizing a stored INT8 weight) any valid scale layout is
/// accepted.
pub fn load_int8<'a>(store: &'a WeightStore, name: &str, quant: Quant) -> Result<Int8Weight<'a>> {
    let stored = store.safetensors().and_then(|st| {
        st.tensor(name)
            .ok()
            .filter(|t| t.dtype == DType::I8)
            .map(|t| (st, t))
    });
    let Some((st, weight)) = stored else {
        let (dims, values) = store.get_f32(name)?;
        let scale_dims = scale_dims(quant, dims[0], dims[1]);
        let groups = scale_dims.get(1).copied().unwrap_or(1) as usize;
        let q = quantize_groups(&values, dims[1] as usize / groups);
        return Ok(Int8Weight {
            dims,
            values: Cow::Owned(q.values),
            scales: Cow::Owned(q.scales),
            scale_dims,
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
    let (rows, cols) = (dims[0], dims[1]);
    let valid = match s.dims[..] {
        [r] => r == rows,
        [r, g] => r == rows && g > 1 && cols % g == 0,
        _ => false,
    };
    if s.dtype != DType::F32 || !valid {
        bail!(
            "{file}: scale tensor {scale} is {} {:?}, expected F32 [{rows}] (one per row of {name} {dims:?}) or [{rows}, {cols}/g] (one per group of g inputs)",
            s.dtype,
            s.dims,
        );
    }
    let want = scale_dims(quant, rows, cols);
    if quant.is_int8() && s.dims != want {
        let stored = match s.dims[..] {
            [_, g] => format!("int8-g{}", cols / g),
            _ => "int8".to_string(),
        };
        bail!(
            "{file}: scale tensor {scale} is {:?} ({stored}), but {quant} needs {want:?}: load this checkpoint with --quant {stored}",
            s.dims
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
        scale_dims: s.dims.clone(),
    })
}

/// Writes a per-channel INT8 checkpoint of `store` to `out_dir` (`quantize_checkpoint_as` with
/// `Quant::Int8`).
pub fn quantize_checkpoint(store: &WeightStore, out_dir: &Path) -> Result<()> {
    quantize_checkpoint_as(store, out_dir, Quant::Int8)
}

/// Writes an INT8 checkpoint of `store` to `out_dir` laid out as `quant` (`Int8` or
/// `Int8Group`): `model.safetensors` with i8 matrices and their `<name>_scale` f32 scales (norm
/// weights stay f32), and `config.json` with a `quantization` entry. `WeightStore::open(out_dir)`
/// loads it, and the engine uses it as is under the same `quant`. Tensors are quantized one at
/// a time; only the i8 output is held in memory.
pub fn quantize_checkpoint_as(store: &WeightStore, out_dir: &Path, quant: Quant) -> Result<()> {
    if !quant.is_int8() {
        bail!("quantize_checkpoint_as: {quant} is not an INT8 layout");
    }
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
                scale_dims,
            } = load_int8(store, &name, quant)?;
            owned.push((
                name.clone(),
                DType::I8,
                dims.clone(),
                bytemuck::cast_slice(&values).to_vec(),
            ));
            owned.push((
                scale_name(&name),
                DType::F32,
                scale_dims,
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
        ("quantization".to_string(), quant.to_string()),
    ]);
    write_safetensors(&out_dir.join("model.safetensors"), &views, &meta)?;
    write_config(store, out_dir, quant)?;
    // Everything tokenizer::for_checkpoint reads, so the INT8 checkpoint keeps its tokenizer.
    for extra in [
        "tokenizer.json",
        "tokenizer.model",
        "tokenizer_config.json",
        "chat_template.jinja",
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
fn write_config(store: &WeightStore, out_dir: &Path, quant: Quant) -> Result<()> {
    let src = store.path().join("config.json");
    let mut json: serde_json::Value = if src.is_file() {
        let text =
            std::fs::read_to_string(&src).with_context(|| format!("reading {}", src.display()))?;
        serde_json::from_str(&text).with_context(|| format!("parsing {}", src.display()))?
    } else {
        let c = store.config();
        serde_json::json!({
            "model_type": c.model_type.name(),
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
    json["quantization"] = match quant {
        Quant::Int8Group(g) => serde_json::json!({
            "method": "int8",
            "scheme": "symmetric_group",
            "group_size": g,
            "scale_suffix": SCALE_SUFFIX,
            "scale_dtype": "float32",
            "note": "matrices whose input size the group size does not divide have per-channel scales [out]",
        }),
        _ => serde_json::json!({
            "method": "int8",
            "scheme": "symmetric_per_output_channel",
            "scale_suffix": SCALE_SUFFIX,
            "scale_dtype": "float32",
        }),
    };
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
    fn a_large_weight_split_over_cores_quantizes_as_one_piece() {
        // 4.2M values: over the split threshold; 4099 groups do not divide evenly by cores.
        let group = 1031;
        let values: Vec<f32> = (0..4099 * group + 17)
            .map(|i| (((i as u64 * 2_654_435_761) % 20_011) as f32 - 10_005.0) / 3e5)
            .collect();
        let split = quantize_groups(&values, group);
        let mut whole = QuantizedRows {
            values: vec![0; 4099 * group],
            scales: vec![0.0; 4099],
        };
        quantize_serial(&values, group, &mut whole.values, &mut whole.scales);
        assert_eq!(split.scales.len(), 4099);
        assert_eq!(split, whole);
    }

    #[test]
    fn rounding_matches_f32_round_at_halves_and_their_neighbours() {
        assert_eq!(BELOW_HALF, 0.5f32.next_down());
        let mut xs = vec![0.0f32, -0.0, f32::NAN, f32::INFINITY, f32::NEG_INFINITY];
        // Every half and integer in ±200 with the floats either side of it, and a dense grid.
        for k in -400..=400 {
            let x = k as f32 / 2.0;
            xs.extend([x, x.next_up(), x.next_down()]);
        }
        xs.extend((-2_000_000..=2_000_000).map(|i| i as f32 * 1.0e-4));
        // Tiny values and the ones near the clamp limit.
        xs.extend([
            1e-30, -1e-30, 126.5, -126.5, 127.49999, 127.5, -127.5, 128.0,
        ]);
        for x in xs {
            let want = x.round().clamp(-127.0, 127.0) as i8;
            let got = round_half_away(x).clamp(-127, 127) as i8;
            assert_eq!(got, want, "{x:e}");
        }
    }

    #[test]
    fn zero_rows_quantize_to_zero_with_zero_scale() {
        let q = quantize_rows(&[0.0; 8], 4);
        assert_eq!(q.scales, vec![0.0, 0.0]);
        assert!(q.values.iter().all(|&v| v == 0));
        assert_eq!(dequantize_rows(&q, 4), vec![0.0; 8]);
    }

    #[test]
    fn quant_names_parse() {
        assert_eq!("int8".parse::<Quant>(), Ok(Quant::Int8));
        assert!("int4".parse::<Quant>().is_err());
    }

    #[test]
    fn group_quant_parses_and_prints_as_int8_gn() {
        assert_eq!("int8-g128".parse::<Quant>(), Ok(Quant::Int8Group(128)));
        assert_eq!("INT8-G64".parse::<Quant>(), Ok(Quant::Int8Group(64)));
        assert_eq!(Quant::Int8Group(128).to_string(), "int8-g128");
        for bad in ["int8-g0", "int8-g12", "int8-g", "int8-gx", "int8-g-8"] {
            assert!(bad.parse::<Quant>().is_err(), "{bad}");
        }
    }

    #[test]
    fn group_size_applies_only_where_it_divides_the_row() {
        let g128 = Quant::Int8Group(128);
        assert_eq!(g128.scale_groups(1536), 12);
        assert_eq!(g128.scale_groups(576), 1, "576 = 4.5 x 128: per-channel");
        assert_eq!(g128.scale_groups(128), 1, "one group is per-channel");
        assert_eq!(Quant::Int8.scale_groups(1536), 1);
        assert_eq!(scale_dims(g128, 10, 1536), vec![10, 12]);
        assert_eq!(scale_dims(g128, 10, 576), vec![10]);
    }

    #[test]
    fn group_quantize_then_dequantize_is_within_half_its_group_scale() {
        let (rows, cols, group) = (3, 48, 16);
        // Groups of very different magnitude: a row scale would be set by the largest.
        let values: Vec<f32> = (0..rows * cols)
            .map(|i| {
                let mag = [0.01, 1.0, 30.0][(i % cols) / group];
                mag * (((i * 7919) % 1000) as f32 / 500.0 - 1.0)
            })
            .collect();
        let q = quantize_groups(&values, group);
        assert_eq!(q.scales.len(), rows * cols / group);
        let back = dequantize_rows(&q, cols);
        for (i, (a, b)) in values.iter().zip(&back).enumerate() {
            let s = q.scales[i / group];
            assert!((a - b).abs() <= s / 2.0 * (1.0 + 1e-5), "{i}: {a} vs {b}");
        }
        // Each group's maximum maps to ±127.
        for chunk in q.values.chunks(group) {
            assert!(chunk.iter().any(|&v| v.abs() == 127));
        }
        // The small group keeps precision a per-row scale would lose.
        let per_row = dequantize_rows(&quantize_rows(&values, cols), cols);
        let err = |d: &[f32]| {
            (0..group)
                .map(|t| (values[t] - d[t]).abs())
                .fold(0f32, f32::max)
        };
        assert!(
            err(&back) * 100.0 < err(&per_row),
            "{} vs {}",
            err(&back),
            err(&per_row)
        );
    }
}
