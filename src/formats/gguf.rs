//! GGUF (v2/v3, little-endian) checkpoints: metadata, tensor infos, and dequantization to f32.
//!
//! Layout: magic `GGUF`, version u32, tensor count u64, metadata count u64, the metadata
//! key/values, the tensor infos (name, dims with ne[0] the fastest axis, GGML type, offset), then
//! the tensor data from the next multiple of `general.alignment` (default 32). Every count, length
//! and offset is checked against the file, so a lying header is an error and never a bad read.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use memmap2::Mmap;
use std::sync::Arc;

use super::ggml::{dequantize, unsupported, GgmlType};

const MAGIC: &[u8; 4] = b"GGUF";
const DEFAULT_ALIGNMENT: u64 = 32;
/// GGML_MAX_DIMS.
const MAX_DIMS: u32 = 4;
/// Arrays of arrays exist; deeper nesting than this is a corrupt file, not a model.
const MAX_ARRAY_DEPTH: usize = 3;

/// A metadata value.
#[derive(Clone, Debug, PartialEq)]
pub enum GgufValue {
    U8(u8),
    I8(i8),
    U16(u16),
    I16(i16),
    U32(u32),
    I32(i32),
    F32(f32),
    Bool(bool),
    String(String),
    Array(Vec<GgufValue>),
    /// An array of strings, packed: a vocabulary's ~50k tokens and merges, one `GgufValue`
    /// and one allocation each, took ~6 MB of heap for ~1 MB of text, held all run long.
    Strings(StringArray),
    U64(u64),
    I64(i64),
    F64(f64),
}

impl GgufValue {
    pub fn type_name(&self) -> &'static str {
        match self {
            GgufValue::U8(_) => "u8",
            GgufValue::I8(_) => "i8",
            GgufValue::U16(_) => "u16",
            GgufValue::I16(_) => "i16",
            GgufValue::U32(_) => "u32",
            GgufValue::I32(_) => "i32",
            GgufValue::F32(_) => "f32",
            GgufValue::Bool(_) => "bool",
            GgufValue::String(_) => "string",
            GgufValue::Array(_) | GgufValue::Strings(_) => "array",
            GgufValue::U64(_) => "u64",
            GgufValue::I64(_) => "i64",
            GgufValue::F64(_) => "f64",
        }
    }

    /// Any integer type that fits in i64.
    pub fn as_i64(&self) -> Option<i64> {
        Some(match *self {
            GgufValue::U8(v) => v.into(),
            GgufValue::I8(v) => v.into(),
            GgufValue::U16(v) => v.into(),
            GgufValue::I16(v) => v.into(),
            GgufValue::U32(v) => v.into(),
            GgufValue::I32(v) => v.into(),
            GgufValue::U64(v) => i64::try_from(v).ok()?,
            GgufValue::I64(v) => v,
            _ => return None,
        })
    }

    /// Any float type; integers too, since some writers store e.g. `rope.freq_base` as one.
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            GgufValue::F32(v) => Some(v.into()),
            GgufValue::F64(v) => Some(v),
            _ => self.as_i64().map(|v| v as f64),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            GgufValue::String(s) => Some(s),
            _ => None,
        }
    }
}

impl fmt::Display for GgufValue {
    /// Short form for error messages: long strings and arrays are elided.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GgufValue::String(s) if s.chars().count() > 40 => {
                write!(f, "{:?}...", s.chars().take(40).collect::<String>())
            }
            GgufValue::String(s) => write!(f, "{s:?}"),
            GgufValue::Array(items) => write!(f, "array of {}", items.len()),
            GgufValue::Strings(items) => write!(f, "array of {} strings", items.len()),
            GgufValue::Bool(v) => write!(f, "{v}"),
            v => match (v.as_i64(), v.as_f64()) {
                (Some(i), _) => write!(f, "{i}"),
                (None, Some(x)) => write!(f, "{x}"),
                _ => write!(f, "{v:?}"),
            },
        }
    }
}

/// Strings stored end to end in one buffer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StringArray {
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<usize>,
}

impl StringArray {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.text[start..end])
    }

    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len());
    }
}

/// One tensor's header entry. `dims` are in GGUF order (ne[0], the fastest axis, first).
#[derive(Clone, Debug, PartialEq)]
pub struct GgufTensorInfo {
    pub name: String,
    pub ggml_type: GgmlType,
    pub dims: Vec<u64>,
    /// Absolute byte range in the file; empty when the type's size is unknown.
    range: std::ops::Range<usize>,
}

impl GgufTensorInfo {
    /// Row-major dimensions, as PyTorch/Hugging Face would write the same tensor.
    pub fn row_major_dims(&self) -> Vec<i64> {
        self.dims.iter().rev().map(|&d| d as i64).collect()
    }

    pub fn num_elements(&self) -> u64 {
        self.dims.iter().product()
    }
}

/// A mapped GGUF file with a validated header.
pub struct GgufFile {
    path: PathBuf,
    /// The file the map was made from, for reading tensors without touching the map.
    file: std::fs::File,
    /// Shared with device buffers that use a tensor in place (`tensor_in_map`).
    map: Arc<Mmap>,
    version: u32,
    alignment: u64,
    data_offset: u64,
    metadata: Vec<(String, GgufValue)>,
    metadata_index: HashMap<String, usize>,
    tensors: Vec<GgufTensorInfo>,
    tensor_index: HashMap<String, usize>,
}

impl GgufFile {
    pub fn open(path: &Path) -> Result<GgufFile> {
        let file = super::open_regular(path)?;
        let map = Arc::new(super::map_opened(&file, path)?);
        let header =
            parse(&map).with_context(|| format!("invalid GGUF file {}", path.display()))?;
        let metadata_index = index_by_name(header.metadata.iter().map(|(k, _)| k));
        let tensor_index = index_by_name(header.tensors.iter().map(|t| &t.name));
        Ok(GgufFile {
            path: path.to_path_buf(),
            file,
            map,
            version: header.version,
            alignment: header.alignment,
            data_offset: header.data_offset,
            metadata: header.metadata,
            metadata_index,
            tensors: header.tensors,
            tensor_index,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    pub fn alignment(&self) -> u64 {
        self.alignment
    }

    /// Byte offset of the tensor data region in the file.
    pub fn data_offset(&self) -> u64 {
        self.data_offset
    }

    /// All metadata key/values, in file order.
    pub fn metadata(&self) -> &[(String, GgufValue)] {
        &self.metadata
    }

    pub fn get(&self, key: &str) -> Option<&GgufValue> {
        self.metadata_index.get(key).map(|&i| &self.metadata[i].1)
    }

    fn require(&self, key: &str) -> Result<&GgufValue> {
        self.get(key)
            .ok_or_else(|| anyhow!("{}: metadata key {key} is missing", self.path.display()))
    }

    fn wrong_type(&self, key: &str, value: &GgufValue, expected: &str) -> anyhow::Error {
        anyhow!(
            "{}: metadata key {key} is {} {value}, expected {expected}",
            self.path.display(),
            value.type_name()
        )
    }

    pub fn get_str(&self, key: &str) -> Result<&str> {
        let v = self.require(key)?;
        v.as_str()
            .ok_or_else(|| self.wrong_type(key, v, "a string"))
    }

    /// An integer of any width that fits in i64.
    pub fn get_int(&self, key: &str) -> Result<i64> {
        let v = self.require(key)?;
        v.as_i64()
            .ok_or_else(|| self.wrong_type(key, v, "an integer that fits in i64"))
    }

    pub fn get_f64(&self, key: &str) -> Result<f64> {
        let v = self.require(key)?;
        v.as_f64()
            .ok_or_else(|| self.wrong_type(key, v, "a number"))
    }

    pub fn get_bool(&self, key: &str) -> Result<bool> {
        match self.require(key)? {
            GgufValue::Bool(b) => Ok(*b),
            v => Err(self.wrong_type(key, v, "a bool")),
        }
    }

    /// The items of an array that is not of strings; `expected` names what was wanted.
    fn get_array(&self, key: &str, expected: &str) -> Result<&[GgufValue]> {
        match self.require(key)? {
            GgufValue::Array(items) => Ok(items),
            v => Err(self.wrong_type(key, v, expected)),
        }
    }

    /// An array of strings, e.g. `tokenizer.ggml.tokens` or `tokenizer.ggml.merges`.
    pub fn get_str_array(&self, key: &str) -> Result<Vec<&str>> {
        if let GgufValue::Strings(items) = self.require(key)? {
            return Ok(items.iter().collect());
        }
        self.get_array(key, "an array of strings")?
            .iter()
            .map(|v| {
                v.as_str()
                    .ok_or_else(|| self.wrong_type(key, v, "an array of strings"))
            })
            .collect()
    }

    /// An array of integers of any width, e.g. `tokenizer.ggml.token_type`.
    pub fn get_int_array(&self, key: &str) -> Result<Vec<i64>> {
        self.get_array(key, "an array of integers")?
            .iter()
            .map(|v| {
                v.as_i64()
                    .ok_or_else(|| self.wrong_type(key, v, "an array of integers"))
            })
            .collect()
    }

    /// An array of numbers, e.g. `tokenizer.ggml.scores`.
    pub fn get_f32_array(&self, key: &str) -> Result<Vec<f32>> {
        self.get_array(key, "an array of numbers")?
            .iter()
            .map(|v| {
                v.as_f64()
                    .map(|x| x as f32)
                    .ok_or_else(|| self.wrong_type(key, v, "an array of numbers"))
            })
            .collect()
    }

    pub fn tensors(&self) -> &[GgufTensorInfo] {
        &self.tensors
    }

    pub fn tensor_info(&self, name: &str) -> Option<&GgufTensorInfo> {
        self.tensor_index.get(name).map(|&i| &self.tensors[i])
    }

    fn require_tensor(&self, name: &str) -> Result<&GgufTensorInfo> {
        self.tensor_info(name)
            .ok_or_else(|| anyhow!("{}: no tensor named {name:?}", self.path.display()))
    }

    /// The tensor's stored bytes, copied out of the file rather than read through the map:
    /// pages of the map stay in the resident set once touched, so a loader that reads every
    /// tensor this way ends up holding none of them (the OS page cache still has them).
    pub fn read_tensor_bytes(&self, name: &str) -> Result<Vec<u8>> {
        let len = self.tensor_bytes_range(name)?.len();
        self.read_tensor_bytes_at(name, 0..len)
    }

    /// Bytes `within` (relative to the tensor's first byte) of the tensor's stored bytes, read
    /// as [`read_tensor_bytes`](Self::read_tensor_bytes) reads them all.
    pub fn read_tensor_bytes_at(
        &self,
        name: &str,
        within: std::ops::Range<usize>,
    ) -> Result<Vec<u8>> {
        let mut bytes = vec![0u8; within.end.saturating_sub(within.start)];
        self.read_tensor_bytes_into(name, within.start, &mut bytes)?;
        Ok(bytes)
    }

    /// Fills `out` with the tensor's stored bytes from byte `at` (relative to its first byte)
    /// on, read from the file: how an f32 tensor goes straight into an upload buffer.
    pub fn read_tensor_bytes_into(&self, name: &str, at: usize, out: &mut [u8]) -> Result<()> {
        use std::os::unix::fs::FileExt;
        let whole = self.tensor_bytes_range(name)?;
        let within = at..at.saturating_add(out.len());
        if within.end > whole.len() {
            bail!(
                "{}: bytes {within:?} of tensor {name:?} are outside its {} bytes",
                self.path.display(),
                whole.len()
            );
        }
        let range = whole.start + within.start..whole.start + within.end;
        self.file
            .read_exact_at(out, range.start as u64)
            .with_context(|| {
                format!(
                    "{}: reading tensor {name:?} (bytes {range:?})",
                    self.path.display()
                )
            })
    }

    /// The file map and where the tensor's bytes start in it, for a device buffer that uses
    /// them in place.
    pub fn tensor_in_map(&self, name: &str) -> Result<(Arc<Mmap>, usize)> {
        Ok((self.map.clone(), self.tensor_bytes_range(name)?.start))
    }

    /// The tensor's stored bytes (blocks for quantized types), in place in the mapped file.
    pub fn tensor_bytes(&self, name: &str) -> Result<&[u8]> {
        let range = self.tensor_bytes_range(name)?;
        Ok(&self.map[range])
    }

    /// Where the tensor's bytes lie in the file, checked against the mapped length.
    fn tensor_bytes_range(&self, name: &str) -> Result<std::ops::Range<usize>> {
        let info = self.require_tensor(name)?;
        if info.ggml_type.block_layout().is_none() {
            bail!(
                "{}: tensor {name:?}: {}",
                self.path.display(),
                unsupported(info.ggml_type)
            );
        }
        match self.map.get(info.range.clone()) {
            Some(_) => Ok(info.range.clone()),
            None => Err(anyhow!(
                "{}: tensor {name:?} lies outside the mapped file",
                self.path.display()
            )),
        }
    }

    /// The tensor dequantized to f32, with its row-major dimensions.
    pub fn tensor_f32(&self, name: &str) -> Result<(Vec<i64>, Vec<f32>)> {
        let info = self.require_tensor(name)?;
        let bytes = self.tensor_bytes(name)?;
        let values = dequantize(info.ggml_type, bytes)
            .with_context(|| format!("{}: tensor {name:?}", self.path.display()))?;
        Ok((info.row_major_dims(), values))
    }
}

fn index_by_name<'a>(names: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    names.enumerate().map(|(i, n)| (n.clone(), i)).collect()
}

struct Header {
    version: u32,
    alignment: u64,
    data_offset: u64,
    metadata: Vec<(String, GgufValue)>,
    tensors: Vec<GgufTensorInfo>,
}

/// A bounds-checked little-endian reader over the file bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: u64, what: &str) -> Result<&'a [u8]> {
        let remaining = (self.bytes.len() - self.pos) as u64;
        if n > remaining {
            bail!(
                "{what} at byte {} needs {n} bytes, but the file ends {remaining} bytes later",
                self.pos
            );
        }
        let start = self.pos;
        self.pos += n as usize;
        Ok(&self.bytes[start..self.pos])
    }

    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N]> {
        Ok(self.take(N as u64, what)?.try_into().expect("took N bytes"))
    }

    fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }

    fn u64(&mut self, what: &str) -> Result<u64> {
        Ok(u64::from_le_bytes(self.array(what)?))
    }

    fn string(&mut self, what: &str) -> Result<String> {
        Ok(self.str(what)?.to_string())
    }

    /// A string borrowed from the file's bytes.
    fn str(&mut self, what: &str) -> Result<&'a str> {
        let len = self.u64(what)?;
        let bytes = self.take(len, what)?;
        std::str::from_utf8(bytes).with_context(|| format!("{what} is not UTF-8"))
    }

    /// Rejects a count of items before allocating for it: each takes at least `min_size` bytes.
    fn check_count(&self, count: u64, min_size: u64, what: &str) -> Result<usize> {
        let remaining = (self.bytes.len() - self.pos) as u64;
        match count.checked_mul(min_size) {
            Some(n) if n <= remaining => Ok(count as usize),
            _ => bail!("{what} count {count} cannot fit in the {remaining} bytes left in the file"),
        }
    }

    fn value(&mut self, type_id: u32, depth: usize) -> Result<GgufValue> {
        Ok(match type_id {
            0 => GgufValue::U8(self.array::<1>("u8")?[0]),
            1 => GgufValue::I8(self.array::<1>("i8")?[0] as i8),
            2 => GgufValue::U16(u16::from_le_bytes(self.array("u16")?)),
            3 => GgufValue::I16(i16::from_le_bytes(self.array("i16")?)),
            4 => GgufValue::U32(self.u32("u32")?),
            5 => GgufValue::I32(i32::from_le_bytes(self.array("i32")?)),
            6 => GgufValue::F32(f32::from_le_bytes(self.array("f32")?)),
            7 => match self.array::<1>("bool")?[0] {
                0 => GgufValue::Bool(false),
                1 => GgufValue::Bool(true),
                b => bail!("bool value is {b}, expected 0 or 1"),
            },
            8 => GgufValue::String(self.string("string")?),
            9 => {
                if depth >= MAX_ARRAY_DEPTH {
                    bail!("arrays nested deeper than {MAX_ARRAY_DEPTH}");
                }
                let item_type = self.u32("array item type")?;
                let count = self.u64("array length")?;
                let count = self.check_count(count, min_value_size(item_type)?, "array item")?;
                if item_type == 8 {
                    let mut items = StringArray {
                        text: String::new(),
                        ends: Vec::with_capacity(count),
                    };
                    for i in 0..count {
                        items.push(
                            self.str("string")
                                .with_context(|| format!("array item {i}"))?,
                        );
                    }
                    items.text.shrink_to_fit();
                    return Ok(GgufValue::Strings(items));
                }
                let mut items = Vec::with_capacity(count);
                for i in 0..count {
                    items.push(
                        self.value(item_type, depth + 1)
                            .with_context(|| format!("array item {i}"))?,
                    );
                }
                GgufValue::Array(items)
            }
            10 => GgufValue::U64(self.u64("u64")?),
            11 => GgufValue::I64(i64::from_le_bytes(self.array("i64")?)),
            12 => GgufValue::F64(f64::from_le_bytes(self.array("f64")?)),
            other => bail!("value type {other} is not a GGUF type (expected 0..=12)"),
        })
    }
}

fn min_value_size(type_id: u32) -> Result<u64> {
    Ok(match type_id {
        0 | 1 | 7 => 1,
        2 | 3 => 2,
        4..=6 => 4,
        8 | 10..=12 => 8,
        9 => 12,
        other => bail!("array item type {other} is not a GGUF type (expected 0..=12)"),
    })
}

/// Checks a whole file's bytes as `GgufFile::open` does, without a file: the number of tensors,
/// or the error `open` would give. For fuzzing and tools.
pub fn check_bytes(bytes: &[u8]) -> Result<usize> {
    parse(bytes).map(|header| header.tensors.len())
}

fn parse(bytes: &[u8]) -> Result<Header> {
    let mut r = Reader { bytes, pos: 0 };
    let magic = r.array::<4>("magic")?;
    if &magic != MAGIC {
        bail!("magic is {magic:?}, expected \"GGUF\"");
    }
    let version = r.u32("version")?;
    match version {
        2 | 3 => {}
        1 => bail!("GGUF version 1 is not supported (expected 2 or 3)"),
        v if v.swap_bytes() <= 3 => bail!(
            "big-endian GGUF (version {}) is not supported",
            v.swap_bytes()
        ),
        v => bail!("GGUF version {v} is not supported (expected 2 or 3)"),
    }
    let tensor_count = r.u64("tensor count")?;
    let kv_count = r.u64("metadata count")?;
    // A key/value takes at least 8 (key length) + 4 (type) + 1 bytes; a tensor info 8 + 4 + 4 + 8.
    let kv_count = r.check_count(kv_count, 13, "metadata")?;
    let mut metadata = Vec::with_capacity(kv_count);
    for i in 0..kv_count {
        let key = r
            .string("metadata key")
            .with_context(|| format!("metadata entry {i}"))?;
        let type_id = r
            .u32("metadata type")
            .with_context(|| format!("metadata key {key}"))?;
        let value = r
            .value(type_id, 0)
            .with_context(|| format!("metadata key {key}"))?;
        metadata.push((key, value));
    }
    let alignment = match metadata.iter().find(|(k, _)| k == "general.alignment") {
        None => DEFAULT_ALIGNMENT,
        Some((_, v)) => match v.as_i64() {
            Some(a) if a > 0 && (a as u64).is_power_of_two() => a as u64,
            _ => bail!("general.alignment is {v}, expected a power of two"),
        },
    };

    let tensor_count = r.check_count(tensor_count, 24, "tensor")?;
    let mut infos = Vec::with_capacity(tensor_count);
    for i in 0..tensor_count {
        let name = r
            .string("tensor name")
            .with_context(|| format!("tensor info {i}"))?;
        let info = read_tensor_info(&mut r).with_context(|| format!("tensor {name:?}"))?;
        infos.push((name, info));
    }
    let data_offset = (r.pos as u64).next_multiple_of(alignment);

    let mut tensors: Vec<GgufTensorInfo> = Vec::with_capacity(infos.len());
    let mut seen = HashMap::new();
    for (name, (ggml_type, dims, offset)) in infos {
        if seen.insert(name.clone(), ()).is_some() {
            bail!("tensor {name:?} appears twice");
        }
        let range = tensor_range(
            ggml_type,
            &dims,
            offset,
            alignment,
            data_offset,
            bytes.len(),
        )
        .with_context(|| {
            format!("tensor {name:?} ({ggml_type}, dims {dims:?}, offset {offset})")
        })?;
        tensors.push(GgufTensorInfo {
            name,
            ggml_type,
            dims,
            range,
        });
    }
    let mut by_start: Vec<&GgufTensorInfo> =
        tensors.iter().filter(|t| !t.range.is_empty()).collect();
    by_start.sort_by_key(|t| t.range.start);
    for pair in by_start.windows(2) {
        if pair[0].range.end > pair[1].range.start {
            bail!("tensors {:?} and {:?} overlap", pair[0].name, pair[1].name);
        }
    }
    Ok(Header {
        version,
        alignment,
        data_offset,
        metadata,
        tensors,
    })
}

fn read_tensor_info(r: &mut Reader) -> Result<(GgmlType, Vec<u64>, u64)> {
    let n_dims = r.u32("dimension count")?;
    if n_dims == 0 || n_dims > MAX_DIMS {
        bail!("has {n_dims} dimensions, expected 1 to {MAX_DIMS}");
    }
    let dims = (0..n_dims)
        .map(|_| r.u64("dimension"))
        .collect::<Result<Vec<u64>>>()?;
    let ggml_type = GgmlType::from_id(r.u32("type")?);
    let offset = r.u64("offset")?;
    Ok((ggml_type, dims, offset))
}

/// The tensor's absolute byte range, after checking its size, alignment and bounds.
fn tensor_range(
    ggml_type: GgmlType,
    dims: &[u64],
    offset: u64,
    alignment: u64,
    data_offset: u64,
    file_len: usize,
) -> Result<std::ops::Range<usize>> {
    if dims.iter().any(|&d| d == 0 || d > i64::MAX as u64) {
        bail!("dimensions must be positive");
    }
    let Some((block_elems, block_bytes)) = ggml_type.block_layout() else {
        return Ok(0..0);
    };
    let ne0 = dims.first().copied().unwrap_or(0);
    if !ne0.is_multiple_of(block_elems) {
        bail!("ne[0] = {ne0} is not a multiple of the {block_elems}-element block");
    }
    if !offset.is_multiple_of(alignment) {
        bail!("offset is not a multiple of the alignment {alignment}");
    }
    let size = dims
        .iter()
        .try_fold(1u64, |acc, &d| acc.checked_mul(d))
        .and_then(|n| (n / block_elems).checked_mul(block_bytes));
    let start = data_offset.checked_add(offset);
    let end = start.zip(size).and_then(|(s, n)| s.checked_add(n));
    match (start, end) {
        (Some(start), Some(end)) if end <= file_len as u64 => Ok(start as usize..end as usize),
        _ => bail!(
            "data at offset {offset} of {} bytes runs past the end of the file ({file_len} bytes, data \
             from {data_offset}); is the file truncated?",
            size.map_or("more than 2^64".to_string(), |n| n.to_string())
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::fixture;

    fn tiny() -> GgufFile {
        GgufFile::open(&fixture("gguf/tiny_llama.gguf")).unwrap()
    }

    #[test]
    fn reads_metadata_of_every_value_type() {
        let f = tiny();
        assert_eq!((f.version(), f.alignment()), (3, 64));
        assert_eq!(f.data_offset() % 64, 0);
        assert_eq!(f.get("test.u8"), Some(&GgufValue::U8(200)));
        assert_eq!(f.get("test.i8"), Some(&GgufValue::I8(-100)));
        assert_eq!(f.get("test.u16"), Some(&GgufValue::U16(60000)));
        assert_eq!(f.get("test.i16"), Some(&GgufValue::I16(-30000)));
        assert_eq!(f.get_int("test.u32").unwrap(), 4_000_000_000);
        assert_eq!(f.get_int("test.i32").unwrap(), -2_000_000_000);
        assert_eq!(f.get_f64("test.f32").unwrap(), 0.125);
        assert!(f.get_bool("test.bool").unwrap());
        assert_eq!(f.get_str("test.string").unwrap(), "héllo");
        assert_eq!(f.get("test.u64"), Some(&GgufValue::U64((1 << 63) + 5)));
        assert_eq!(f.get_int("test.i64").unwrap(), -(1 << 40));
        assert_eq!(f.get_f64("test.f64").unwrap(), -2.5);
        assert_eq!(f.get_f32_array("test.f32s").unwrap(), [0.5, -1.5]);
        let nested = GgufValue::Array(vec![
            GgufValue::Array(vec![GgufValue::I32(1), GgufValue::I32(2)]),
            GgufValue::Array(vec![GgufValue::I32(3)]),
        ]);
        assert_eq!(f.get("test.nested"), Some(&nested));
    }

    #[test]
    fn typed_accessors_give_the_tokenizer_metadata() {
        let f = tiny();
        let tokens = f.get_str_array("tokenizer.ggml.tokens").unwrap();
        assert_eq!(
            (tokens.len(), tokens[6], tokens[7], tokens[8]),
            (24, "é", "Ġthe", "日本")
        );
        assert_eq!(
            f.get_str_array("tokenizer.ggml.merges").unwrap(),
            ["a b", "Ġ t", "Ġt he"]
        );
        assert_eq!(
            f.get_int_array("tokenizer.ggml.token_type").unwrap()[..4],
            [3, 3, 3, 1]
        );
        assert_eq!(f.get_str("tokenizer.ggml.pre").unwrap(), "smollm");
        assert_eq!(f.get_int("tokenizer.ggml.eos_token_id").unwrap(), 2);
        assert!(f
            .get_str("tokenizer.chat_template")
            .unwrap()
            .starts_with("{% for m in messages %}"));
    }

    #[test]
    fn accessor_errors_name_file_key_value_and_expectation() {
        let f = tiny();
        let err = format!("{:#}", f.get_str("test.u8").unwrap_err());
        assert!(
            err.contains("tiny_llama.gguf") && err.contains("test.u8 is u8 200, expected a string"),
            "{err}"
        );
        let err = format!("{:#}", f.get_int("test.u64").unwrap_err());
        assert!(err.contains("expected an integer"), "{err}");
        let err = format!(
            "{:#}",
            f.get_str_array("tokenizer.ggml.token_type").unwrap_err()
        );
        assert!(
            err.contains("is i32 3, expected an array of strings"),
            "{err}"
        );
        let err = format!(
            "{:#}",
            f.get_int_array("tokenizer.ggml.tokens").unwrap_err()
        );
        assert!(
            err.contains(
                "tokenizer.ggml.tokens is array array of 24 strings, expected an array of integers"
            ),
            "{err}"
        );
        let err = format!("{:#}", f.get_int("no.such.key").unwrap_err());
        assert!(err.contains("no.such.key is missing"), "{err}");
    }

    #[test]
    fn dims_are_reversed_to_row_major() {
        let f = tiny();
        let info = f.tensor_info("blk.0.ffn_down.weight").unwrap();
        assert_eq!(info.dims, [64, 32]);
        assert_eq!(info.row_major_dims(), [32, 64]);
    }

    /// A GGUF file assembled field by field, so tests can write lies into any field.
    #[derive(Default)]
    struct Builder {
        version: u32,
        kv: Vec<u8>,
        n_kv: u64,
        infos: Vec<u8>,
        n_tensors: u64,
        data: Vec<u8>,
    }

    fn put_str(out: &mut Vec<u8>, s: &str) {
        out.extend((s.len() as u64).to_le_bytes());
        out.extend(s.as_bytes());
    }

    impl Builder {
        fn new() -> Builder {
            Builder {
                version: 3,
                ..Builder::default()
            }
        }

        fn kv(mut self, key: &str, type_id: u32, value: &[u8]) -> Builder {
            put_str(&mut self.kv, key);
            self.kv.extend(type_id.to_le_bytes());
            self.kv.extend(value);
            self.n_kv += 1;
            self
        }

        fn info(mut self, name: &str, dims: &[u64], type_id: u32, offset: u64) -> Builder {
            put_str(&mut self.infos, name);
            self.infos.extend((dims.len() as u32).to_le_bytes());
            dims.iter().for_each(|d| self.infos.extend(d.to_le_bytes()));
            self.infos.extend(type_id.to_le_bytes());
            self.infos.extend(offset.to_le_bytes());
            self.n_tensors += 1;
            self
        }

        /// An f32 tensor with its data appended at the next 32-byte boundary.
        fn f32_tensor(mut self, name: &str, dims: &[u64], values: &[f32]) -> Builder {
            self.data.resize(self.data.len().next_multiple_of(32), 0);
            let offset = self.data.len() as u64;
            values
                .iter()
                .for_each(|v| self.data.extend(v.to_le_bytes()));
            self.info(name, dims, 0, offset)
        }

        fn build(&self) -> Vec<u8> {
            let mut out = MAGIC.to_vec();
            out.extend(self.version.to_le_bytes());
            out.extend(self.n_tensors.to_le_bytes());
            out.extend(self.n_kv.to_le_bytes());
            out.extend(&self.kv);
            out.extend(&self.infos);
            out.resize(out.len().next_multiple_of(32), 0);
            out.extend(&self.data);
            out
        }
    }

    fn valid() -> Builder {
        Builder::new()
            .kv(
                "general.architecture",
                8,
                &[&4u64.to_le_bytes()[..], b"test"].concat(),
            )
            .f32_tensor("a", &[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
            .f32_tensor("b", &[4], &[7.0, 8.0, 9.0, 10.0])
    }

    fn parse_error(bytes: &[u8]) -> String {
        match parse(bytes) {
            Ok(_) => panic!("corrupt GGUF parsed"),
            Err(e) => format!("{e:#}"),
        }
    }

    #[test]
    fn built_file_parses() {
        let header = parse(&valid().build()).unwrap();
        assert_eq!(header.tensors.len(), 2);
        assert_eq!(header.tensors[0].row_major_dims(), [3, 2]);
    }

    #[test]
    fn lying_headers_are_errors() {
        let u32_le = |v: u32| v.to_le_bytes().to_vec();
        let mut cases: Vec<(Vec<u8>, &str)> = vec![
            (b"GGML\x03\0\0\0".to_vec(), "magic"),
            (
                Builder {
                    version: 1,
                    ..valid()
                }
                .build(),
                "version 1 is not supported",
            ),
            (
                Builder {
                    version: 3 << 24,
                    ..valid()
                }
                .build(),
                "big-endian",
            ),
            (
                valid().info("c", &[4], 0, 1 << 40).build(),
                "runs past the end of the file",
            ),
            (
                valid().info("c", &[4], 0, 4).build(),
                "not a multiple of the alignment",
            ),
            (valid().info("c", &[4], 0, 0).build(), "overlap"),
            (valid().info("a", &[4], 0, 64).build(), "appears twice"),
            (
                valid().info("c", &[1 << 62, 1 << 62], 0, 64).build(),
                "more than 2^64",
            ),
            (valid().info("c", &[1; 5], 0, 64).build(), "5 dimensions"),
            (
                valid().info("c", &[0], 0, 64).build(),
                "dimensions must be positive",
            ),
            (
                valid().info("c", &[33], 8, 64).build(),
                "not a multiple of the 32-element block",
            ),
            (
                valid().kv("x", 8, &u64::MAX.to_le_bytes()).build(),
                "string at byte",
            ),
            (
                valid().kv("x", 13, &[]).build(),
                "value type 13 is not a GGUF type",
            ),
            (valid().kv("x", 7, &[2]).build(), "bool value is 2"),
            (
                valid()
                    .kv(
                        "x",
                        9,
                        &[u32_le(8), (1u64 << 60).to_le_bytes().to_vec()].concat(),
                    )
                    .build(),
                "array item count 1152921504606846976 cannot fit",
            ),
            (
                valid().kv("general.alignment", 4, &u32_le(48)).build(),
                "general.alignment is 48",
            ),
            (
                valid()
                    .kv("x", 8, &[&2u64.to_le_bytes()[..], &[0xff, 0xfe]].concat())
                    .build(),
                "not UTF-8",
            ),
        ];
        // Arrays nested without end.
        let mut deep = Vec::new();
        for _ in 0..10 {
            deep.extend(u32_le(9));
            deep.extend(1u64.to_le_bytes());
        }
        cases.push((valid().kv("x", 9, &deep).build(), "nested deeper"));
        let mut huge_count = valid().build();
        huge_count[8..16].copy_from_slice(&u64::MAX.to_le_bytes());
        cases.push((huge_count, "tensor count"));
        for (bytes, expected) in cases {
            let err = parse_error(&bytes);
            assert!(err.contains(expected), "expected {expected:?} in {err:?}");
        }
    }

    #[test]
    fn every_truncation_is_an_error_not_a_panic() {
        let bytes = std::fs::read(fixture("gguf/tiny_llama.gguf")).unwrap();
        // The writer pads the file after the last tensor; cutting padding loses nothing.
        let data_end = tiny().tensors().iter().map(|t| t.range.end).max().unwrap();
        for len in 0..data_end {
            assert!(parse(&bytes[..len]).is_err(), "truncated to {len} bytes");
        }
    }

    #[test]
    fn corrupted_headers_never_panic() {
        let bytes = std::fs::read(fixture("gguf/tiny_llama.gguf")).unwrap();
        let header_end = tiny().data_offset() as usize;
        let mut corrupt = bytes.clone();
        for i in 0..header_end {
            for flip in [0x01, 0x80, 0xff] {
                corrupt[i] ^= flip;
                let _ = parse(&corrupt);
                corrupt[i] = bytes[i];
            }
        }
    }

    #[test]
    fn unsupported_tensor_type_is_named_on_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("iq.gguf");
        // IQ4_NL: blocks of 32 values in 18 bytes, a layout we know but do not dequantize.
        let mut b = valid()
            .info("iq4", &[32], 20, 64)
            .info("future", &[32], 99, 0);
        b.data.resize(64 + 18, 0);
        std::fs::write(&path, b.build()).unwrap();
        let f = GgufFile::open(&path).unwrap();
        for (name, ty) in [("iq4", "IQ4_NL"), ("future", "unknown GGML type 99")] {
            let err = format!("{:#}", f.tensor_f32(name).unwrap_err());
            assert!(
                err.contains("iq.gguf")
                    && err.contains(&format!("\"{name}\""))
                    && err.contains(&format!("unsupported tensor type {ty}")),
                "{err}"
            );
        }
    }
}
