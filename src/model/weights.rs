//! One store of named host tensors over either checkpoint format, in Hugging Face names and
//! layout, with every tensor the config implies checked for presence and shape when opened.
//!
//! GGUF names are mapped to Hugging Face names (`blk.3.attn_q.weight` →
//! `model.layers.3.self_attn.q_proj.weight`), quantized tensors are dequantized to f32, and the
//! Q/K rows that llama.cpp's converter interleaves for its RoPE are put back in HF order.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{anyhow, bail, Context, Result};

use super::config::{Config, ModelType};
use crate::dtype::DType;
use crate::formats::ggml;
use crate::formats::gguf::GgufFile;
use crate::formats::safetensors::{Safetensors, TensorView};
use memmap2::Mmap;

/// Per-layer tensors: (Hugging Face suffix after `model.layers.{i}.`, GGUF suffix after `blk.{i}.`).
const LAYER_TENSORS: [(&str, &str); 9] = [
    ("self_attn.q_proj.weight", "attn_q.weight"),
    ("self_attn.k_proj.weight", "attn_k.weight"),
    ("self_attn.v_proj.weight", "attn_v.weight"),
    ("self_attn.o_proj.weight", "attn_output.weight"),
    ("mlp.gate_proj.weight", "ffn_gate.weight"),
    ("mlp.up_proj.weight", "ffn_up.weight"),
    ("mlp.down_proj.weight", "ffn_down.weight"),
    ("input_layernorm.weight", "attn_norm.weight"),
    ("post_attention_layernorm.weight", "ffn_norm.weight"),
];

/// Per-layer biases of models with `qkv_bias` (Qwen2), named as `LAYER_TENSORS`.
const QKV_BIASES: [(&str, &str); 3] = [
    ("self_attn.q_proj.bias", "attn_q.bias"),
    ("self_attn.k_proj.bias", "attn_k.bias"),
    ("self_attn.v_proj.bias", "attn_v.bias"),
];

/// Whole-model tensors: (Hugging Face name, GGUF name).
const MODEL_TENSORS: [(&str, &str); 3] = [
    ("model.embed_tokens.weight", "token_embd.weight"),
    ("model.norm.weight", "output_norm.weight"),
    ("lm_head.weight", "output.weight"),
];

/// The Hugging Face name of a GGUF tensor, for the llama tensors we know.
pub fn hf_name_of_gguf(name: &str) -> Option<String> {
    if let Some((hf, _)) = MODEL_TENSORS.iter().find(|(_, g)| *g == name) {
        return Some(hf.to_string());
    }
    let (layer, suffix) = name.strip_prefix("blk.")?.split_once('.')?;
    let layer: usize = layer.parse().ok()?;
    let (hf, _) = LAYER_TENSORS
        .iter()
        .chain(&QKV_BIASES)
        .find(|(_, g)| *g == suffix)?;
    Some(format!("model.layers.{layer}.{hf}"))
}

/// The row-major shape the config implies for a Hugging Face tensor name; `None` for names the
/// forward pass does not use (or layers past `num_hidden_layers`).
pub fn expected_dims(config: &Config, name: &str) -> Option<Vec<i64>> {
    let [hidden, inter, vocab, q, kv] = [
        config.hidden_size,
        config.intermediate_size,
        config.vocab_size,
        config.q_dim(),
        config.kv_dim(),
    ]
    .map(|n| n as i64);
    let dims = match name {
        "model.embed_tokens.weight" | "lm_head.weight" => vec![vocab, hidden],
        "model.norm.weight" => vec![hidden],
        _ => {
            let (layer, suffix) = name.strip_prefix("model.layers.")?.split_once('.')?;
            if layer.parse::<usize>().ok()? >= config.num_hidden_layers {
                return None;
            }
            match suffix {
                "self_attn.q_proj.weight" => vec![q, hidden],
                "self_attn.q_proj.bias" => vec![q],
                "self_attn.k_proj.bias" | "self_attn.v_proj.bias" => vec![kv],
                "self_attn.k_proj.weight" | "self_attn.v_proj.weight" => vec![kv, hidden],
                "self_attn.o_proj.weight" => vec![hidden, q],
                "mlp.gate_proj.weight" | "mlp.up_proj.weight" => vec![inter, hidden],
                "mlp.down_proj.weight" => vec![hidden, inter],
                "input_layernorm.weight" | "post_attention_layernorm.weight" => vec![hidden],
                _ => return None,
            }
        }
    };
    Some(dims)
}

/// Every tensor the forward pass reads, in Hugging Face names (`lm_head` only when untied).
pub fn required_names(config: &Config) -> Vec<String> {
    let mut names = vec!["model.embed_tokens.weight".to_string()];
    for i in 0..config.num_hidden_layers {
        names.extend(
            LAYER_TENSORS
                .iter()
                .map(|(hf, _)| format!("model.layers.{i}.{hf}")),
        );
        if config.qkv_bias {
            names.extend(
                QKV_BIASES
                    .iter()
                    .map(|(hf, _)| format!("model.layers.{i}.{hf}")),
            );
        }
    }
    names.push("model.norm.weight".into());
    if !config.tie_word_embeddings {
        names.push("lm_head.weight".into());
    }
    names
}

enum Source {
    Safetensors(Safetensors),
    /// The file, and each tensor's GGUF name by its Hugging Face name (unmapped ones as is).
    Gguf(GgufFile, BTreeMap<String, String>),
}

/// Named host tensors of one checkpoint, in Hugging Face names and row-major layout.
pub struct WeightStore {
    path: PathBuf,
    config: Config,
    source: Source,
}

impl WeightStore {
    /// Opens a Hugging Face directory (`config.json` with `model.safetensors` or a sharded
    /// index) or a `.gguf` file, and checks that every required tensor is there with its shape.
    pub fn open(path: &Path) -> Result<WeightStore> {
        let store = if path.is_dir() {
            let config = Config::from_file(&path.join("config.json"))?;
            let tensors = Safetensors::open_dir(path)?;
            WeightStore {
                path: path.to_path_buf(),
                config,
                source: Source::Safetensors(tensors),
            }
        } else if path.extension().is_some_and(|e| e == "gguf") {
            let file = GgufFile::open(path)?;
            let config = Config::from_gguf(&file)?;
            let names = file
                .tensors()
                .iter()
                .map(|t| {
                    (
                        hf_name_of_gguf(&t.name).unwrap_or(t.name.clone()),
                        t.name.clone(),
                    )
                })
                .collect();
            WeightStore {
                path: path.to_path_buf(),
                config,
                source: Source::Gguf(file, names),
            }
        } else {
            bail!(
                "{}: expected a Hugging Face checkpoint directory (config.json + safetensors) or \
                 a .gguf file",
                path.display()
            );
        };
        store.check_required()?;
        Ok(store)
    }

    /// The config's layer count against the layers the file holds tensors for, before
    /// `required_names` builds a name per layer (a hostile count would make billions).
    fn check_layer_count(&self) -> Result<()> {
        let mut layers = std::collections::BTreeSet::new();
        for name in self.names() {
            let layer = name
                .strip_prefix("model.layers.")
                .and_then(|rest| rest.split_once('.'))
                .and_then(|(i, _)| i.parse::<usize>().ok());
            layers.extend(layer);
        }
        let wanted = self.config.num_hidden_layers;
        if wanted > layers.len() {
            let field = match self.source {
                Source::Gguf(..) => "llama.block_count",
                Source::Safetensors(_) => "num_hidden_layers",
            };
            bail!(
                "{}: {field} is {wanted}, but the checkpoint holds tensors for {} layers",
                self.path.display(),
                layers.len()
            );
        }
        Ok(())
    }

    fn check_required(&self) -> Result<()> {
        self.check_layer_count()?;
        let required = required_names(&self.config);
        let missing: Vec<&String> = required.iter().filter(|n| !self.contains(n)).collect();
        if !missing.is_empty() {
            bail!(
                "{}: checkpoint lacks {} tensor(s) the config implies: {}",
                self.path.display(),
                missing.len(),
                missing
                    .iter()
                    .map(|n| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        // A bias the forward pass has no place for (an o_proj or MLP bias, q/k/v biases in a
        // llama GGUF) would be dropped without a word, and the logits silently wrong.
        let names = self.names();
        if let Some(bias) = names
            .iter()
            .find(|n| n.ends_with(".bias") && !required.iter().any(|r| r == *n))
        {
            bail!(
                "{}: tensor {bias} is a bias the {} forward pass does not apply",
                self.path.display(),
                self.config.model_type.name()
            );
        }
        for name in self.names() {
            self.dims(name)?;
        }
        // A GGUF tensor type we cannot dequantize is named now rather than midway through loading.
        if let Source::Gguf(file, names) = &self.source {
            for name in required_names(&self.config) {
                let stored = &names[&name];
                let ty = file
                    .tensor_info(stored)
                    .expect("mapped names exist")
                    .ggml_type;
                if !ggml::SUPPORTED.contains(&ty) {
                    bail!(
                        "{}: tensor {stored} ({name}): {}",
                        self.path.display(),
                        ggml::unsupported(ty)
                    );
                }
            }
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Names of all tensors in the checkpoint, sorted (GGUF tensors we do not map keep their
    /// GGUF names).
    pub fn names(&self) -> Vec<&str> {
        match &self.source {
            Source::Safetensors(st) => st.names().collect(),
            Source::Gguf(_, names) => names.keys().map(String::as_str).collect(),
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        match &self.source {
            Source::Safetensors(st) => st.contains(name),
            Source::Gguf(_, names) => names.contains_key(name),
        }
    }

    /// The GGUF file, for its metadata (the tokenizer's vocabulary, merges, chat template).
    pub fn gguf(&self) -> Option<&GgufFile> {
        match &self.source {
            Source::Gguf(file, _) => Some(file),
            Source::Safetensors(_) => None,
        }
    }

    /// The safetensors tensors in their stored dtypes, for readers that want raw bytes.
    pub fn safetensors(&self) -> Option<&Safetensors> {
        match &self.source {
            Source::Safetensors(st) => Some(st),
            Source::Gguf(..) => None,
        }
    }

    /// The file a tensor lives in and its name there, for error messages.
    fn locate<'a>(&'a self, name: &'a str) -> Result<(&'a Path, &'a str)> {
        let found = match &self.source {
            Source::Safetensors(st) => st.file_of(name).map(|f| (f, name)),
            Source::Gguf(file, names) => names.get(name).map(|g| (file.path(), g.as_str())),
        };
        found.ok_or_else(|| {
            let hint = if name == "lm_head.weight" && self.config.tie_word_embeddings {
                " (the config ties word embeddings: the output projection is model.embed_tokens.weight)"
            } else {
                ""
            };
            anyhow!("{}: no tensor named {name:?}{hint}", self.path.display())
        })
    }

    /// The stored row-major shape, checked against the one the config implies.
    pub fn dims(&self, name: &str) -> Result<Vec<i64>> {
        let (file, stored_name) = self.locate(name)?;
        let dims = match &self.source {
            Source::Safetensors(st) => st.tensor(name)?.dims,
            Source::Gguf(gguf, _) => gguf
                .tensor_info(stored_name)
                .expect("mapped names exist")
                .row_major_dims(),
        };
        if let Some(expected) = expected_dims(&self.config, name) {
            if dims != expected {
                bail!(
                    "{}: tensor {name}{} has shape {dims:?}, but the config implies {expected:?}",
                    file.display(),
                    if stored_name == name {
                        String::new()
                    } else {
                        format!(" ({stored_name})")
                    },
                );
            }
        }
        Ok(dims)
    }

    /// The tensor as f32 in Hugging Face layout, with its shape (checked against the config).
    /// Borrowed in place for aligned f32 safetensors; converted otherwise.
    pub fn get_f32(&self, name: &str) -> Result<(Vec<i64>, Cow<'_, [f32]>)> {
        let dims = self.dims(name)?;
        if let Source::Safetensors(st) = &self.source {
            let (file, _) = self.locate(name)?;
            let values = st
                .tensor(name)?
                .to_f32()
                .with_context(|| format!("{}: tensor {name}", file.display()))?;
            return Ok((dims, values));
        }
        let mut values = vec![0f32; element_count(&dims)];
        self.read_f32_into(name, &mut values)?;
        Ok((dims, Cow::Owned(values)))
    }

    /// Writes the tensor as f32 in Hugging Face layout into `out`, which must hold exactly its
    /// elements: how the engine fills upload buffers without an f32 copy in between. A GGUF
    /// tensor's bytes are read from the file, not the map, so none of its pages stay resident.
    pub fn read_f32_into(&self, name: &str, out: &mut [f32]) -> Result<()> {
        let dims = self.dims(name)?;
        let (file, stored_name) = self.locate(name)?;
        let context = || format!("{}: tensor {stored_name}", file.display());
        if out.len() != element_count(&dims) {
            bail!(
                "{}: {} values asked for, but its shape {dims:?} holds {}",
                context(),
                out.len(),
                element_count(&dims)
            );
        }
        let gguf = match &self.source {
            Source::Safetensors(_) => {
                out.copy_from_slice(&self.get_f32(name)?.1);
                return Ok(());
            }
            Source::Gguf(gguf, _) => gguf,
        };
        let ty = gguf
            .tensor_info(stored_name)
            .expect("mapped names exist")
            .ggml_type;
        let n_head = self.permuted_heads(name);
        // Stored as f32 in HF order: read from the file straight into `out`.
        if ty == ggml::GgmlType::F32 && n_head.is_none() && cfg!(target_endian = "little") {
            return gguf.read_tensor_bytes_into(stored_name, 0, bytemuck::cast_slice_mut(out));
        }
        let bytes = gguf.read_tensor_bytes(stored_name)?;
        // `dims` matched the config's [rows, hidden] above, and rows is heads × an even
        // head_dim, so the rows split into whole head pairs; each GGUF row (a whole number of
        // blocks, as ggml requires) is dequantized straight into its HF row.
        match (n_head, &dims[..]) {
            (Some(n_head), &[rows, cols]) if rows > 0 => {
                let (rows, cols) = (rows as usize, cols as usize);
                let row_bytes = bytes.len() / rows;
                if row_bytes == 0 || row_bytes * rows != bytes.len() {
                    bail!(
                        "{}: {} bytes do not split into {rows} rows",
                        context(),
                        bytes.len()
                    );
                }
                for (from, row) in bytes.chunks(row_bytes).enumerate() {
                    let to = unpermuted_row(from, n_head, rows);
                    ggml::dequantize_into(ty, row, &mut out[to * cols..(to + 1) * cols])
                        .with_context(context)?;
                }
            }
            (_, &[rows, _]) if rows > 0 && out.len() >= PARALLEL_FROM => {
                dequantize_rows_in_parallel(ty, &bytes, out, rows as usize).with_context(context)?
            }
            _ => ggml::dequantize_into(ty, &bytes, out).with_context(context)?,
        }
        Ok(())
    }
}

impl WeightStore {
    /// The heads of a Q or K projection that llama.cpp's converter permuted (for its llama
    /// architecture only); none for every other tensor.
    fn permuted_heads(&self, name: &str) -> Option<usize> {
        if !matches!(self.source, Source::Gguf(..)) || self.config.model_type != ModelType::Llama {
            None
        } else if name.ends_with("self_attn.q_proj.weight") {
            Some(self.config.num_attention_heads)
        } else if name.ends_with("self_attn.k_proj.weight") {
            Some(self.config.num_key_value_heads)
        } else {
            None
        }
    }

    /// The file map and offset of tensor `name` where it is stored exactly as a `dtype` device
    /// buffer holds it (a GGUF F32 tensor run in f32, not permuted), for a buffer that uses
    /// the file's pages in place: nothing copied, and the pages shared with the OS cache.
    pub fn mapped(&self, name: &str, dtype: DType) -> Option<(Arc<Mmap>, usize)> {
        let Source::Gguf(gguf, names) = &self.source else {
            return None;
        };
        let stored = gguf.tensor_info(names.get(name)?)?;
        let same = matches!(
            (stored.ggml_type, dtype),
            (ggml::GgmlType::F32, DType::F32)
                | (ggml::GgmlType::F16, DType::F16)
                | (ggml::GgmlType::BF16, DType::BF16)
        );
        if !same || self.permuted_heads(name).is_some() || cfg!(target_endian = "big") {
            return None;
        }
        gguf.tensor_in_map(&stored.name).ok()
    }

    /// Writes rows `first_row..first_row + out.len() / cols` of the 2-D tensor `name` as f32
    /// (Hugging Face layout) into `out`: the engine quantizes a large weight a block of rows at
    /// a time, so its f32 form is never whole in memory. GGUF rows are read from the file as
    /// `read_f32_into` reads them, safetensors rows from the map.
    pub fn read_f32_rows_into(&self, name: &str, first_row: usize, out: &mut [f32]) -> Result<()> {
        let dims = self.dims(name)?;
        let (file, stored_name) = self.locate(name)?;
        let context = || format!("{}: tensor {stored_name}", file.display());
        let &[rows, cols] = &dims[..] else {
            bail!("{}: expected a matrix, found shape {dims:?}", context());
        };
        let (rows, cols) = (rows as usize, cols as usize);
        let n_rows = out.len().checked_div(cols).unwrap_or(0);
        if cols == 0 || n_rows * cols != out.len() || first_row + n_rows > rows {
            bail!(
                "{}: rows {first_row}.. as {} values do not lie within its shape {dims:?}",
                context(),
                out.len()
            );
        }
        if n_rows == rows {
            return self.read_f32_into(name, out);
        }
        match &self.source {
            Source::Safetensors(st) => {
                let t = st.tensor(name)?;
                let size = t.dtype.size_bytes();
                let at = first_row * cols * size;
                let part = t
                    .data
                    .get(at..at + out.len() * size)
                    .with_context(context)?;
                let values = TensorView::new(t.dtype, &[n_rows as i64, cols as i64], part)
                    .to_f32()
                    .with_context(context)?;
                out.copy_from_slice(&values);
            }
            // The permutation moves rows across the block: the (small) tensor is read whole.
            Source::Gguf(..) if self.permuted_heads(name).is_some() => {
                let mut all = vec![0f32; rows * cols];
                self.read_f32_into(name, &mut all)?;
                out.copy_from_slice(&all[first_row * cols..][..out.len()]);
            }
            Source::Gguf(gguf, _) => {
                let info = gguf.tensor_info(stored_name).expect("mapped names exist");
                let row_bytes = ggml_row_bytes(info.ggml_type, cols).with_context(context)?;
                let bytes = gguf.read_tensor_bytes_at(
                    stored_name,
                    first_row * row_bytes..(first_row + n_rows) * row_bytes,
                )?;
                if out.len() >= PARALLEL_FROM {
                    dequantize_rows_in_parallel(info.ggml_type, &bytes, out, n_rows)
                } else {
                    ggml::dequantize_into(info.ggml_type, &bytes, out)
                }
                .with_context(context)?;
            }
        }
        Ok(())
    }
}

/// Bytes of one `cols`-value row of a ggml type (a whole number of blocks, as ggml requires).
fn ggml_row_bytes(ty: ggml::GgmlType, cols: usize) -> Result<usize> {
    let (elems, block_bytes) = ty.block_layout().with_context(|| ggml::unsupported(ty))?;
    let (elems, block_bytes) = (elems as usize, block_bytes as usize);
    if elems == 0 || !cols.is_multiple_of(elems) {
        bail!("rows of {cols} values are not whole {ty:?} blocks of {elems}");
    }
    Ok(cols / elems * block_bytes)
}

/// Tensors of at least this many values are dequantized on every core (the default model's
/// 135M values take ~0.3 s on one); smaller ones are not worth the threads.
const PARALLEL_FROM: usize = 1 << 20;

/// Dequantizes a `[rows, cols]` tensor in as many runs of whole rows as there are cores.
fn dequantize_rows_in_parallel(
    ty: ggml::GgmlType,
    bytes: &[u8],
    out: &mut [f32],
    rows: usize,
) -> Result<()> {
    let (row_bytes, cols) = (bytes.len() / rows, out.len() / rows);
    if row_bytes * rows != bytes.len() || cols * rows != out.len() {
        bail!("{} bytes do not split into {rows} rows", bytes.len());
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_run = rows.div_ceil(cores);
    std::thread::scope(|scope| {
        let runs: Vec<_> = bytes
            .chunks(per_run * row_bytes)
            .zip(out.chunks_mut(per_run * cols))
            .map(|(b, o)| scope.spawn(move || ggml::dequantize_into(ty, b, o)))
            .collect();
        // The scope joins any run left behind after an error.
        runs.into_iter()
            .try_for_each(|run| run.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    })
}

fn element_count(dims: &[i64]) -> usize {
    dims.iter().map(|&d| d.max(0) as usize).product()
}

/// Where GGUF row `from` of a permuted Q or K projection of `rows` rows goes in HF order (see
/// [`unpermute_rows`]).
fn unpermuted_row(from: usize, n_head: usize, rows: usize) -> usize {
    let half = rows
        .checked_div(n_head.saturating_mul(2))
        .unwrap_or(0)
        .max(1);
    let (head, within) = (from / (2 * half), from % (2 * half));
    let (i, s) = (within / 2, within % 2);
    head * 2 * half + s * half + i
}

/// Undoes convert_hf_to_gguf.py's `permute(w, n_head)` of a Q or K projection. llama.cpp rotates
/// adjacent pairs, so the converter interleaves each head's rows: GGUF row (head, i, half) holds
/// HF row (head, half, i), where HF's rotate_half pairs row i with row i + head_dim/2.
pub fn unpermute_rows(values: &[f32], n_head: usize, cols: usize) -> Vec<f32> {
    // Total for any input (no division by zero); the callers' shapes are checked already.
    let rows = values.len().checked_div(cols).unwrap_or(0);
    let mut out = vec![0f32; values.len()];
    for (from, row) in values.chunks(cols.max(1)).enumerate().take(rows) {
        let to = unpermuted_row(from, n_head, rows);
        out[to * cols..(to + 1) * cols].copy_from_slice(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::DType;
    use crate::formats::safetensors::{write_safetensors, SafetensorsFile, TensorView};
    use crate::formats::test_support::{assert_close, fixture};

    fn tiny_gguf() -> WeightStore {
        WeightStore::open(&fixture("gguf/tiny_llama.gguf")).unwrap()
    }

    /// gguf-py's dequantization of the tiny model, Q/K un-permuted by numpy, in HF names.
    fn expected() -> SafetensorsFile {
        SafetensorsFile::open(&fixture("gguf/tiny_llama.expected.safetensors")).unwrap()
    }

    #[test]
    fn unpermute_restores_rotate_half_order() {
        // One head of 4 rows: GGUF interleaves pairs (x0, y0, x1, y1); HF has (x0, x1, y0, y1).
        let gguf = [10.0, 20.0, 11.0, 21.0];
        assert_eq!(unpermute_rows(&gguf, 1, 1), [10.0, 11.0, 20.0, 21.0]);
        // Two heads of 2 rows with 2 columns each: pairs are within a head.
        let gguf = [1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5];
        assert_eq!(unpermute_rows(&gguf, 2, 2), gguf);
    }

    #[test]
    fn rows_dequantized_in_parallel_equal_one_sequential_pass() {
        // Q8_0 blocks (f16 scale, 32 i8) over 7 rows of 64 values: an odd row count, so the
        // runs are uneven; every block gets its own scale and values.
        let (rows, cols) = (7, 64);
        let mut bytes = Vec::new();
        for block in 0..rows * cols / 32 {
            bytes.extend(half::f16::from_f32(0.5 + block as f32).to_le_bytes());
            bytes.extend((0..32).map(|j| (j as i8 - 16 + block as i8) as u8));
        }
        let want = ggml::dequantize(ggml::GgmlType::Q8_0, &bytes).unwrap();
        let mut got = vec![f32::NAN; rows * cols];
        dequantize_rows_in_parallel(ggml::GgmlType::Q8_0, &bytes, &mut got, rows).unwrap();
        assert_eq!(got, want);
        let err = dequantize_rows_in_parallel(ggml::GgmlType::Q8_0, &bytes, &mut got, 5)
            .unwrap_err()
            .to_string();
        assert!(err.contains("do not split into 5 rows"), "{err}");
    }

    #[test]
    fn gguf_names_map_to_hugging_face_names() {
        assert_eq!(
            hf_name_of_gguf("blk.12.attn_output.weight").unwrap(),
            "model.layers.12.self_attn.o_proj.weight"
        );
        assert_eq!(
            hf_name_of_gguf("blk.0.ffn_norm.weight").unwrap(),
            "model.layers.0.post_attention_layernorm.weight"
        );
        assert_eq!(hf_name_of_gguf("output.weight").unwrap(), "lm_head.weight");
        assert_eq!(hf_name_of_gguf("rope_freqs.weight"), None);
        assert_eq!(hf_name_of_gguf("blk.x.attn_q.weight"), None);
    }

    #[test]
    fn gguf_store_matches_gguf_py_and_numpy_in_hf_layout() {
        let (store, expected) = (tiny_gguf(), expected());
        let mut names = required_names(store.config());
        names.extend(["test.q4_k".to_string(), "test.q6_k".to_string()]);
        assert_eq!(store.names().len(), names.len());
        for name in &names {
            let (dims, values) = store.get_f32(name).unwrap();
            let want = expected.tensor(name).unwrap();
            assert_eq!(dims, want.dims, "{name}");
            assert_close(name, &values, &want.to_f32().unwrap());
        }
        assert_eq!(
            store
                .gguf()
                .unwrap()
                .get_str("tokenizer.ggml.model")
                .unwrap(),
            "gpt2"
        );
    }

    /// An HF checkpoint dir with the tiny model's expected tensors, `edit` applied to the list.
    fn hf_dir(
        config_edit: impl FnOnce(&mut serde_json::Value),
        edit: impl FnOnce(&mut Vec<(String, DType, Vec<i64>, Vec<u8>)>),
    ) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let mut config = serde_json::json!({
            "model_type": "llama", "vocab_size": 24, "hidden_size": 32, "intermediate_size": 64,
            "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
            "rms_norm_eps": 1e-5, "rope_theta": 50000.0, "max_position_embeddings": 128,
            "bos_token_id": 1, "eos_token_id": 2, "torch_dtype": "bfloat16"
        });
        config_edit(&mut config);
        std::fs::write(dir.path().join("config.json"), config.to_string()).unwrap();
        let expected = expected();
        // Layer 0 as bf16, the rest as f32.
        let mut tensors: Vec<(String, DType, Vec<i64>, Vec<u8>)> = expected
            .names()
            .filter(|n| !n.starts_with("test."))
            .map(|n| {
                let t = expected.tensor(n).unwrap();
                let values = t.to_f32().unwrap();
                let (dtype, data) = if n.starts_with("model.layers.0.") {
                    let bf16 = values
                        .iter()
                        .flat_map(|&v| half::bf16::from_f32(v).to_le_bytes());
                    (DType::BF16, bf16.collect())
                } else {
                    (
                        DType::F32,
                        values.iter().flat_map(|v| v.to_le_bytes()).collect(),
                    )
                };
                (n.to_string(), dtype, t.dims, data)
            })
            .collect();
        edit(&mut tensors);
        let views: Vec<(&str, TensorView)> = tensors
            .iter()
            .map(|(n, dtype, dims, data)| (n.as_str(), TensorView::new(*dtype, dims, data)))
            .collect();
        write_safetensors(
            &dir.path().join("model.safetensors"),
            &views,
            &BTreeMap::new(),
        )
        .unwrap();
        dir
    }

    #[test]
    fn hf_directory_store_agrees_with_the_gguf_store() {
        let dir = hf_dir(|_| {}, |_| {});
        let (hf, gguf) = (WeightStore::open(dir.path()).unwrap(), tiny_gguf());
        assert_eq!(
            hf.config().num_key_value_heads,
            gguf.config().num_key_value_heads
        );
        for name in required_names(hf.config()) {
            let (dims, values) = hf.get_f32(&name).unwrap();
            let (gguf_dims, gguf_values) = gguf.get_f32(&name).unwrap();
            assert_eq!(dims, gguf_dims, "{name}");
            if name.starts_with("model.layers.0.") {
                // Stored as bf16: 8 bits of mantissa.
                for (a, b) in values.iter().zip(gguf_values.iter()) {
                    assert!((a - b).abs() <= b.abs() / 128.0, "{name}: {a} vs {b}");
                }
            } else {
                assert!(
                    matches!(values, Cow::Borrowed(_)),
                    "{name}: f32 should not be copied"
                );
                assert_eq!(values[..], gguf_values[..], "{name}");
            }
        }
        assert!(hf.gguf().is_none());
    }

    #[test]
    fn blocks_of_rows_equal_the_whole_tensor_read_at_once() {
        // GGUF (Q/K permuted, k-quant blocks) and safetensors (bf16 layer 0, f32 elsewhere).
        let dir = hf_dir(|_| {}, |_| {});
        for store in [tiny_gguf(), WeightStore::open(dir.path()).unwrap()] {
            let mut names = required_names(store.config());
            names.extend(["test.q4_k".to_string(), "test.q6_k".to_string()]);
            for name in names.iter().filter(|n| store.contains(n)) {
                let (dims, whole) = store.get_f32(name).unwrap();
                let &[rows, cols] = &dims[..] else { continue };
                let (rows, cols) = (rows as usize, cols as usize);
                for block in [1, 3, rows] {
                    let mut got = Vec::new();
                    for first in (0..rows).step_by(block) {
                        let mut part = vec![f32::NAN; block.min(rows - first) * cols];
                        store.read_f32_rows_into(name, first, &mut part).unwrap();
                        got.extend(part);
                    }
                    assert_eq!(got, whole[..], "{name} in blocks of {block} rows");
                }
            }
            let name = "model.layers.1.mlp.down_proj.weight";
            let cols = store.dims(name).unwrap()[1] as usize;
            let err = store
                .read_f32_rows_into(name, 31, &mut vec![0.0; 2 * cols])
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("do not lie within its shape [32, 64]"),
                "{err}"
            );
        }
    }

    #[test]
    fn wrong_shape_names_file_tensor_expected_and_got() {
        let dir = hf_dir(
            |_| {},
            |tensors| {
                let k = tensors
                    .iter_mut()
                    .find(|t| t.0 == "model.layers.1.self_attn.k_proj.weight")
                    .unwrap();
                k.2 = vec![32, 16];
            },
        );
        let err = format!("{:#}", WeightStore::open(dir.path()).err().unwrap());
        assert!(
            err.contains("model.safetensors")
                && err.contains("model.layers.1.self_attn.k_proj.weight")
                && err.contains("shape [32, 16], but the config implies [16, 32]"),
            "{err}"
        );
    }

    #[test]
    fn missing_tensors_are_listed() {
        let dir = hf_dir(
            |_| {},
            |tensors| tensors.retain(|t| !t.0.contains("layers.1.mlp.up_proj")),
        );
        let err = format!("{:#}", WeightStore::open(dir.path()).err().unwrap());
        assert!(
            err.contains("lacks 1 tensor(s)") && err.contains("model.layers.1.mlp.up_proj.weight"),
            "{err}"
        );
    }

    #[test]
    fn tied_embeddings_need_no_lm_head() {
        let dir = hf_dir(
            |c| c["tie_word_embeddings"] = true.into(),
            |tensors| tensors.retain(|t| t.0 != "lm_head.weight"),
        );
        let store = WeightStore::open(dir.path()).unwrap();
        let err = format!("{:#}", store.get_f32("lm_head.weight").unwrap_err());
        assert!(err.contains("ties word embeddings"), "{err}");
    }

    #[test]
    fn qwen2_gguf_store_equals_its_hf_checkpoint_with_q_k_unpermuted_and_biases() {
        // llama.cpp does not permute a qwen2 model's Q/K: the GGUF rows are the HF rows.
        let gguf = WeightStore::open(&fixture("gguf/tiny_qwen2.gguf")).unwrap();
        let hf = WeightStore::open(&fixture("models/qwen2_tied_gqa")).unwrap();
        let names = required_names(hf.config());
        assert!(names.contains(&"model.layers.1.self_attn.v_proj.bias".to_string()));
        assert_eq!(names, required_names(gguf.config()));
        assert_eq!(gguf.names().len(), names.len());
        for name in &names {
            let (dims, values) = gguf.get_f32(name).unwrap();
            let (hf_dims, hf_values) = hf.get_f32(name).unwrap();
            assert_eq!((dims, &values[..]), (hf_dims, &hf_values[..]), "{name}");
        }
    }

    #[test]
    fn a_model_tensor_of_an_unsupported_type_is_refused_at_open() {
        let err = format!(
            "{:#}",
            WeightStore::open(&fixture("gguf/ggml_types.gguf"))
                .err()
                .unwrap()
        );
        assert!(
            err.contains("ggml_types.gguf")
                && err
                    .contains("tensor blk.0.ffn_down.weight (model.layers.0.mlp.down_proj.weight)")
                && err.contains("unsupported tensor type IQ4_NL"),
            "{err}"
        );
    }

    #[test]
    fn missing_qwen2_biases_are_listed() {
        let dir = tempfile::tempdir().unwrap();
        let src = fixture("models/qwen2_untied");
        std::fs::copy(src.join("config.json"), dir.path().join("config.json")).unwrap();
        let file = SafetensorsFile::open(&src.join("model.safetensors")).unwrap();
        let kept: Vec<(&str, TensorView)> = file
            .names()
            .filter(|n| *n != "model.layers.2.self_attn.k_proj.bias")
            .map(|n| (n, file.tensor(n).unwrap()))
            .collect();
        write_safetensors(
            &dir.path().join("model.safetensors"),
            &kept,
            &BTreeMap::new(),
        )
        .unwrap();
        let err = format!("{:#}", WeightStore::open(dir.path()).err().unwrap());
        assert!(
            err.contains("lacks 1 tensor(s)")
                && err.contains("model.layers.2.self_attn.k_proj.bias"),
            "{err}"
        );
    }

    #[test]
    fn a_bias_the_forward_pass_does_not_apply_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let src = fixture("models/qwen2_untied");
        std::fs::copy(src.join("config.json"), dir.path().join("config.json")).unwrap();
        let file = SafetensorsFile::open(&src.join("model.safetensors")).unwrap();
        let zeros = [0u8; 64 * 4];
        let extra = TensorView::new(DType::F32, &[64], &zeros);
        let mut tensors: Vec<(&str, TensorView)> =
            file.names().map(|n| (n, file.tensor(n).unwrap())).collect();
        tensors.push(("model.layers.1.self_attn.o_proj.bias", extra));
        write_safetensors(
            &dir.path().join("model.safetensors"),
            &tensors,
            &BTreeMap::new(),
        )
        .unwrap();
        let err = format!("{:#}", WeightStore::open(dir.path()).err().unwrap());
        assert!(
            err.contains("tensor model.layers.1.self_attn.o_proj.bias is a bias the qwen2 forward pass does not apply"),
            "{err}"
        );
    }

    #[test]
    fn other_paths_are_refused() {
        let err = format!(
            "{:#}",
            WeightStore::open(&fixture("safetensors/python_written.safetensors"))
                .err()
                .unwrap()
        );
        assert!(
            err.contains("expected a Hugging Face checkpoint directory"),
            "{err}"
        );
    }
}
