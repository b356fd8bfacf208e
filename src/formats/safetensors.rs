//! Safetensors checkpoints, single-file or sharded, read by mmap, and a small writer.
//!
//! Format: an 8-byte little-endian header length N, N bytes of JSON mapping each tensor name to
//! `{dtype, shape, data_offsets: [begin, end]}` (offsets relative to the data region that follows
//! the header) plus an optional `__metadata__` string map, then the data.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use memmap2::Mmap;
use serde::Deserialize;
use serde_json::Value;

use super::limits;
use crate::dtype::DType;

/// A tensor's element type, dimensions (row-major) and raw little-endian bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct TensorView<'a> {
    pub dtype: DType,
    pub dims: Vec<i64>,
    pub data: &'a [u8],
}

impl<'a> TensorView<'a> {
    pub fn new(dtype: DType, dims: &[i64], data: &'a [u8]) -> TensorView<'a> {
        TensorView {
            dtype,
            dims: dims.to_vec(),
            data,
        }
    }

    pub fn num_elements(&self) -> usize {
        self.dims.iter().map(|&d| d.max(0) as usize).product()
    }

    /// The values as f32: borrowed in place for an aligned f32 tensor, converted for f16/bf16.
    pub fn to_f32(&self) -> Result<Cow<'a, [f32]>> {
        let data = self.data;
        Ok(match self.dtype {
            DType::F32 => match bytemuck::try_cast_slice::<u8, f32>(data) {
                Ok(values) if cfg!(target_endian = "little") => Cow::Borrowed(values),
                _ => Cow::Owned(
                    data.chunks_exact(4)
                        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                        .collect(),
                ),
            },
            DType::F16 => Cow::Owned(widen(data, |b| half::f16::from_le_bytes(b).to_f32())),
            DType::BF16 => Cow::Owned(widen(data, |b| half::bf16::from_le_bytes(b).to_f32())),
            other => bail!("a {other} tensor has no f32 view (expected f32, f16 or bf16)"),
        })
    }
}

/// 2-byte little-endian values to f32, one part per core for large tensors (a 7B model's
/// weights are 16–235M values each; on one core their conversion dominated loading).
fn widen(data: &[u8], f: impl Fn([u8; 2]) -> f32 + Sync) -> Vec<f32> {
    let n = data.len() / 2;
    let mut out = vec![0f32; n];
    let convert = |dst: &mut [f32], src: &[u8]| {
        for (d, b) in dst.iter_mut().zip(src.chunks_exact(2)) {
            *d = f([b[0], b[1]]);
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    if n < 1 << 22 || threads == 1 {
        convert(&mut out, data);
        return out;
    }
    let part = n.div_ceil(threads);
    std::thread::scope(|scope| {
        for (dst, src) in out.chunks_mut(part).zip(data.chunks(2 * part)) {
            let convert = &convert;
            scope.spawn(move || convert(dst, src));
        }
    });
    out
}

/// The safetensors spelling of a dtype.
fn dtype_name(dtype: DType) -> &'static str {
    match dtype {
        DType::Pred => "BOOL",
        DType::I8 => "I8",
        DType::I32 => "I32",
        DType::I64 => "I64",
        DType::U8 => "U8",
        DType::U32 => "U32",
        DType::U64 => "U64",
        DType::F16 => "F16",
        DType::BF16 => "BF16",
        DType::F32 => "F32",
        DType::F64 => "F64",
    }
}

fn parse_dtype(name: &str) -> Option<DType> {
    Some(match name {
        "BOOL" => DType::Pred,
        "I8" => DType::I8,
        "I32" => DType::I32,
        "I64" => DType::I64,
        "U8" => DType::U8,
        "U32" => DType::U32,
        "U64" => DType::U64,
        "F16" => DType::F16,
        "BF16" => DType::BF16,
        "F32" => DType::F32,
        "F64" => DType::F64,
        _ => return None,
    })
}

#[derive(Deserialize)]
struct RawEntry {
    dtype: String,
    shape: Vec<u64>,
    data_offsets: [u64; 2],
}

struct Entry {
    dtype: DType,
    dims: Vec<i64>,
    /// Absolute byte range in the file.
    range: std::ops::Range<usize>,
}

/// One mapped `.safetensors` file with a validated header.
pub struct SafetensorsFile {
    path: PathBuf,
    map: Mmap,
    tensors: BTreeMap<String, Entry>,
    metadata: BTreeMap<String, String>,
}

impl SafetensorsFile {
    /// Maps the file (a regular file only) and validates its header: ours first, for errors
    /// that name the tensor and the bound, then the `safetensors` crate's, whose layout (offsets
    /// contiguous and covering the data region exactly) is what the tensors are read through.
    pub fn open(path: &Path) -> Result<SafetensorsFile> {
        let map = super::map_file(path)?;
        let (tensors, metadata) = parse_header(&map)
            .with_context(|| format!("invalid safetensors file {}", path.display()))?;
        Ok(SafetensorsFile {
            path: path.to_path_buf(),
            map,
            tensors,
            metadata,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Tensor names in sorted order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.tensors.keys().map(String::as_str)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.tensors.contains_key(name)
    }

    /// The `__metadata__` string map (empty when the file has none).
    pub fn metadata(&self) -> &BTreeMap<String, String> {
        &self.metadata
    }

    /// The tensor's bytes in place in the mapped file.
    pub fn tensor(&self, name: &str) -> Result<TensorView<'_>> {
        let entry = self
            .tensors
            .get(name)
            .ok_or_else(|| anyhow!("{}: no tensor named {name:?}", self.path.display()))?;
        let data = self.map.get(entry.range.clone()).ok_or_else(|| {
            anyhow!(
                "{}: tensor {name:?} lies outside the mapped file",
                self.path.display()
            )
        })?;
        Ok(TensorView {
            dtype: entry.dtype,
            dims: entry.dims.clone(),
            data,
        })
    }
}

type Header = (BTreeMap<String, Entry>, BTreeMap<String, String>);

/// A JSON object's entries in file order, refusing a key given twice (a map keeps the last,
/// which would silently load the wrong bytes, or the wrong shard, for that tensor).
struct UniqueEntries<V>(Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for UniqueEntries<V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Entries<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Entries<V> {
            type Value = UniqueEntries<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object keyed by tensor name")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> std::result::Result<UniqueEntries<V>, M::Error> {
                let mut seen = HashSet::new();
                let mut entries = Vec::new();
                while let Some((name, value)) = map.next_entry::<String, V>()? {
                    if !seen.insert(name.clone()) {
                        return Err(serde::de::Error::custom(format!(
                            "tensor name {name:?} appears more than once"
                        )));
                    }
                    entries.push((name, value));
                }
                Ok(UniqueEntries(entries))
            }
        }
        d.deserialize_map(Entries(std::marker::PhantomData))
    }
}

/// Checks a whole file's bytes as `SafetensorsFile::open` does, without a file: the number of
/// tensors, or the error `open` would give. For fuzzing and tools.
pub fn check_bytes(bytes: &[u8]) -> Result<usize> {
    parse_header(bytes).map(|(tensors, _)| tensors.len())
}

/// Parses and checks a whole file's bytes: the header, and every entry against the data region.
fn parse_header(bytes: &[u8]) -> Result<Header> {
    let Some(prefix) = bytes.first_chunk::<8>() else {
        bail!(
            "file is {} bytes, shorter than the 8-byte header length",
            bytes.len()
        );
    };
    let header_len = u64::from_le_bytes(*prefix);
    let data_start = usize::try_from(header_len)
        .ok()
        .and_then(|n| n.checked_add(8))
        .filter(|&end| end <= bytes.len())
        .ok_or_else(|| {
            anyhow!(
                "header length {header_len} runs past the end of the file ({} bytes)",
                bytes.len()
            )
        })?;
    let header_bytes = bytes.get(8..data_start).unwrap_or_default();
    let UniqueEntries::<Value>(entries) =
        serde_json::from_slice(header_bytes).context("header is not a JSON object")?;
    let data_len = (bytes.len() - data_start) as u64;

    let mut metadata = BTreeMap::new();
    let mut tensors = BTreeMap::new();
    for (name, value) in entries {
        if name == "__metadata__" {
            metadata = serde_json::from_value(value)
                .context("__metadata__ is not a map of strings to strings")?;
            continue;
        }
        let raw: RawEntry = serde_json::from_value(value)
            .with_context(|| format!("tensor {name:?}: header entry is malformed"))?;
        let entry =
            check_entry(&raw, data_start, data_len).with_context(|| format!("tensor {name:?}"))?;
        tensors.insert(name, entry);
    }

    let mut ranges: Vec<(&String, &Entry)> = tensors
        .iter()
        .filter(|(_, e)| !e.range.is_empty())
        .collect();
    ranges.sort_by_key(|(_, e)| e.range.start);
    for pair in ranges.windows(2) {
        if let [(a, ea), (b, eb)] = pair {
            if ea.range.end > eb.range.start {
                bail!(
                    "tensors {a:?} and {b:?} overlap (data_offsets [{}, {}] and [{}, {}])",
                    ea.range.start - data_start,
                    ea.range.end - data_start,
                    eb.range.start - data_start,
                    eb.range.end - data_start
                );
            }
        }
    }
    // The crate's own reading of the same header must agree entry for entry.
    let (_, crate_view) = safetensors::SafeTensors::read_metadata(bytes).map_err(|e| {
        anyhow!("{e} (the safetensors layout: tensors back to back, covering the data region)")
    })?;
    let crate_tensors = crate_view.tensors();
    if crate_tensors.len() != tensors.len() {
        bail!(
            "the safetensors crate reads {} tensors where the header lists {}",
            crate_tensors.len(),
            tensors.len()
        );
    }
    for (name, info) in crate_tensors {
        let ours = tensors.get(&name).ok_or_else(|| {
            anyhow!("tensor {name:?} is read differently by the safetensors crate")
        })?;
        let (begin, end) = info.data_offsets;
        let same = ours.range == (data_start + begin..data_start + end)
            && info.dtype.to_string() == dtype_name(ours.dtype)
            && info
                .shape
                .iter()
                .map(|&d| d as i64)
                .eq(ours.dims.iter().copied());
        if !same {
            bail!("tensor {name:?} is read differently by the safetensors crate");
        }
    }
    Ok((tensors, metadata))
}

fn check_entry(raw: &RawEntry, data_start: usize, data_len: u64) -> Result<Entry> {
    let dtype = parse_dtype(&raw.dtype).ok_or_else(|| {
        anyhow!(
            "dtype {:?} is not supported (expected one of F32, F16, BF16, F64, I8, I32, I64, \
             U8, U32, U64, BOOL)",
            raw.dtype
        )
    })?;
    let [begin, end] = raw.data_offsets;
    if begin > end {
        bail!("data_offsets [{begin}, {end}] begin after they end");
    }
    if end > data_len {
        bail!(
            "data_offsets [{begin}, {end}] run past the end of the data region ({data_len} bytes); \
             is the file truncated?"
        );
    }
    let elements = raw
        .shape
        .iter()
        .try_fold(1u64, |acc, &d| acc.checked_mul(d))
        .filter(|&n| n <= limits::MAX_TENSOR_ELEMENTS)
        .filter(|_| raw.shape.iter().all(|&d| d <= limits::MAX_TENSOR_ELEMENTS));
    let Some(elements) = elements else {
        bail!(
            "shape {:?} has more than {} elements",
            raw.shape,
            limits::MAX_TENSOR_ELEMENTS
        );
    };
    // Every dimension is at most the element count (or the count is 0), so fits i64.
    let dims: Vec<i64> = raw.shape.iter().map(|&d| d as i64).collect();
    let expected = elements * dtype.size_bytes() as u64;
    if expected != end - begin {
        bail!(
            "data_offsets [{begin}, {end}] hold {} bytes, but shape {:?} of {} needs {expected}",
            end - begin,
            raw.shape,
            raw.dtype,
        );
    }
    // Both offsets are at most data_len, so they fit in usize.
    Ok(Entry {
        dtype,
        dims,
        range: data_start + begin as usize..data_start + end as usize,
    })
}

/// A checkpoint's tensors across one file or the shards named by `model.safetensors.index.json`.
pub struct Safetensors {
    files: Vec<SafetensorsFile>,
    /// Tensor name → index into `files`.
    owner: BTreeMap<String, usize>,
}

impl Safetensors {
    /// Opens `model.safetensors.index.json` (sharded) or else `model.safetensors` in a directory.
    pub fn open_dir(dir: &Path) -> Result<Safetensors> {
        let index = super::checkpoint_file(dir, "model.safetensors.index.json")?;
        let single = super::checkpoint_file(dir, "model.safetensors")?;
        if index.symlink_metadata().is_ok() {
            Safetensors::open_index(&index)
        } else if single.symlink_metadata().is_ok() {
            Safetensors::open_file(&single)
        } else {
            bail!(
                "{}: no model.safetensors or model.safetensors.index.json",
                dir.display()
            )
        }
    }

    pub fn open_file(path: &Path) -> Result<Safetensors> {
        let file = SafetensorsFile::open(path)?;
        let owner = file.names().map(|n| (n.to_string(), 0)).collect();
        Ok(Safetensors {
            files: vec![file],
            owner,
        })
    }

    /// Opens every shard named in the index's `weight_map` and checks each holds its tensors.
    pub fn open_index(index: &Path) -> Result<Safetensors> {
        let text = super::read_text(index)
            .with_context(|| format!("reading shard index {}", index.display()))?;
        let dir = index.parent().unwrap_or(Path::new("."));
        let weight_map = shard_paths(&text, dir)
            .with_context(|| format!("{}: not a valid safetensors shard index", index.display()))?;
        let mut files = Vec::new();
        let mut shard_index: HashMap<&str, usize> = HashMap::new();
        let mut owner = BTreeMap::new();
        for (name, (shard, path)) in &weight_map {
            let i = match shard_index.get(shard.as_str()) {
                Some(&i) => i,
                None => {
                    files.push(SafetensorsFile::open(path)?);
                    shard_index.insert(shard, files.len() - 1);
                    files.len() - 1
                }
            };
            if !files.get(i).is_some_and(|f| f.contains(name)) {
                bail!(
                    "{}: weight_map puts {name:?} in {shard}, which has no such tensor",
                    index.display()
                );
            }
            owner.insert(name.clone(), i);
        }
        Ok(Safetensors { files, owner })
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.owner.keys().map(String::as_str)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.owner.contains_key(name)
    }

    /// The file holding `name`, for error messages.
    pub fn file_of(&self, name: &str) -> Option<&Path> {
        self.owner
            .get(name)
            .and_then(|&i| self.files.get(i))
            .map(SafetensorsFile::path)
    }

    pub fn tensor(&self, name: &str) -> Result<TensorView<'_>> {
        match self.owner.get(name).and_then(|&i| self.files.get(i)) {
            Some(file) => file.tensor(name),
            None => bail!("no tensor named {name:?} in the checkpoint"),
        }
    }
}

/// The index's `weight_map`: each tensor name with its shard's name and path inside `dir`
/// (refusing names that leave it). For `open_index` and fuzzing.
pub fn shard_paths(index_text: &str, dir: &Path) -> Result<BTreeMap<String, (String, PathBuf)>> {
    #[derive(Deserialize)]
    struct Index {
        weight_map: UniqueEntries<String>,
    }
    let parsed: Index = serde_json::from_str(index_text)?;
    parsed
        .weight_map
        .0
        .into_iter()
        .map(|(name, shard)| {
            let path = super::checkpoint_file(dir, &shard)
                .with_context(|| format!("weight_map puts {name:?} in {shard:?}"))?;
            Ok((name, (shard, path)))
        })
        .collect()
}

/// Writes tensors and string metadata as a safetensors file. Tensors are laid out by decreasing
/// element size, then name, so every tensor starts aligned to its element size.
pub fn write_safetensors(
    path: &Path,
    tensors: &[(&str, TensorView<'_>)],
    metadata: &BTreeMap<String, String>,
) -> Result<()> {
    let mut order: Vec<&(&str, TensorView<'_>)> = tensors.iter().collect();
    order.sort_by(|(a, ta), (b, tb)| (tb.dtype.size_bytes(), a).cmp(&(ta.dtype.size_bytes(), b)));
    let mut header = serde_json::Map::new();
    if !metadata.is_empty() {
        header.insert("__metadata__".into(), serde_json::to_value(metadata)?);
    }
    let mut offset = 0u64;
    for (name, t) in &order {
        if *name == "__metadata__" || header.contains_key(*name) {
            bail!(
                "{}: tensor name {name:?} is reserved or repeated",
                path.display()
            );
        }
        let expected = t
            .dims
            .iter()
            .try_fold(t.dtype.size_bytes() as u64, |acc, &d| {
                u64::try_from(d).ok().and_then(|d| acc.checked_mul(d))
            });
        if expected != Some(t.data.len() as u64) {
            bail!(
                "{}: tensor {name:?} has {} bytes, but shape {:?} of {} needs {expected:?}",
                path.display(),
                t.data.len(),
                t.dims,
                t.dtype
            );
        }
        let end = offset + t.data.len() as u64;
        header.insert(
            name.to_string(),
            serde_json::json!({
                "dtype": dtype_name(t.dtype),
                "shape": t.dims,
                "data_offsets": [offset, end],
            }),
        );
        offset = end;
    }
    let mut json = serde_json::to_vec(&header)?;
    // Pad with spaces so the data region starts 8-byte aligned, as the reference writer does.
    json.resize(json.len().next_multiple_of(8), b' ');

    let write = || -> std::io::Result<()> {
        let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
        out.write_all(&(json.len() as u64).to_le_bytes())?;
        out.write_all(&json)?;
        for (_, t) in &order {
            out.write_all(t.data)?;
        }
        out.flush()
    };
    write().with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::test_support::fixture;

    fn f32_bytes(values: &[f32]) -> Vec<u8> {
        values.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    #[test]
    fn large_half_tensors_widen_in_parallel_as_one_piece() {
        // Over the split threshold and not a multiple of any core count.
        let n = (1 << 22) + 13;
        let bytes: Vec<u8> = (0..n as u32)
            .flat_map(|i| ((i.wrapping_mul(2_654_435_761) >> 16) as u16).to_le_bytes())
            .collect();
        for dtype in [DType::BF16, DType::F16] {
            let view = TensorView::new(dtype, &[n as i64], &bytes);
            let got = view.to_f32().unwrap();
            assert_eq!(got.len(), n);
            for (i, (g, b)) in got.iter().zip(bytes.chunks_exact(2)).enumerate() {
                let want = match dtype {
                    DType::BF16 => half::bf16::from_le_bytes([b[0], b[1]]).to_f32(),
                    _ => half::f16::from_le_bytes([b[0], b[1]]).to_f32(),
                };
                assert!(
                    g.to_bits() == want.to_bits() || (g.is_nan() && want.is_nan()),
                    "{i}"
                );
            }
        }
    }

    /// A file with one f32 and one bf16 tensor, and its bytes.
    fn sample(dir: &Path) -> (PathBuf, Vec<u8>) {
        let path = dir.join("sample.safetensors");
        let a = f32_bytes(&[1.0, -2.0, 3.5, 0.25, 8.0, 9.0]);
        let b: Vec<u8> = [1.5f32, -0.5]
            .iter()
            .flat_map(|&v| half::bf16::from_f32(v).to_le_bytes())
            .collect();
        let tensors = [
            ("a", TensorView::new(DType::F32, &[2, 3], &a)),
            ("b", TensorView::new(DType::BF16, &[2], &b)),
        ];
        let meta = BTreeMap::from([("format".to_string(), "pt".to_string())]);
        write_safetensors(&path, &tensors, &meta).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        (path, bytes)
    }

    /// Rewrites the header of a valid file with `edit` applied to its JSON.
    fn with_header(bytes: &[u8], edit: impl FnOnce(&mut Value)) -> Vec<u8> {
        let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
        let mut header: Value = serde_json::from_slice(&bytes[8..8 + n]).unwrap();
        edit(&mut header);
        let mut json = serde_json::to_vec(&header).unwrap();
        json.resize(json.len().next_multiple_of(8), b' ');
        let mut out = (json.len() as u64).to_le_bytes().to_vec();
        out.extend(json);
        out.extend(&bytes[8 + n..]);
        out
    }

    fn open_error(dir: &Path, bytes: &[u8]) -> String {
        let path = dir.join("bad.safetensors");
        std::fs::write(&path, bytes).unwrap();
        match SafetensorsFile::open(&path) {
            Ok(_) => panic!("corrupt file opened"),
            Err(e) => format!("{e:#}"),
        }
    }

    #[test]
    fn written_file_reads_back_zero_copy() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = sample(dir.path());
        let file = SafetensorsFile::open(&path).unwrap();
        assert_eq!(file.names().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(file.metadata()["format"], "pt");
        let a = file.tensor("a").unwrap();
        assert_eq!((a.dtype, a.dims.clone()), (DType::F32, vec![2, 3]));
        let values = a.to_f32().unwrap();
        assert!(
            matches!(values, Cow::Borrowed(_)),
            "aligned f32 must not be copied"
        );
        assert_eq!(&values[..], &[1.0, -2.0, 3.5, 0.25, 8.0, 9.0]);
        assert_eq!(
            &file.tensor("b").unwrap().to_f32().unwrap()[..],
            &[1.5, -0.5]
        );
        let err = format!("{:#}", file.tensor("c").unwrap_err());
        assert!(
            err.contains("sample.safetensors") && err.contains("\"c\""),
            "{err}"
        );
    }

    #[test]
    fn reads_the_file_written_by_python_safetensors() {
        // Made by tests/fixtures/safetensors/make_python_fixture.py (safetensors 0.8.0, numpy).
        let file =
            SafetensorsFile::open(&fixture("safetensors/python_written.safetensors")).unwrap();
        assert_eq!(file.metadata()["written_by"], "python safetensors");
        let f32s = file.tensor("f32").unwrap();
        assert_eq!(f32s.dims, vec![2, 3]);
        assert_eq!(
            &f32s.to_f32().unwrap()[..],
            &[0.0, 1.5, -2.0, 3.25, 1e-3, -7.0]
        );
        let f16s = file.tensor("f16").unwrap();
        assert_eq!(
            (f16s.dtype, &f16s.to_f32().unwrap()[..]),
            (DType::F16, &[0.5f32, -1.0, 65504.0][..])
        );
        // 1/3 rounds to 171/512 = 0.333984375 in bf16 (8 bits of mantissa).
        let bf16s = file.tensor("bf16").unwrap();
        assert_eq!(
            (bf16s.dtype, &bf16s.to_f32().unwrap()[..]),
            (DType::BF16, &[1.0f32, 171.0 / 512.0][..])
        );
        let i8s = file.tensor("i8").unwrap();
        assert_eq!(
            (i8s.dtype, i8s.data),
            (DType::I8, &[0x80u8, 0xff, 0, 127][..])
        );
        let i32s = file.tensor("i32").unwrap();
        assert_eq!(i32s.dims, vec![2]);
        assert_eq!(
            i32s.data,
            &[7i32, -9]
                .iter()
                .flat_map(|v| v.to_le_bytes())
                .collect::<Vec<u8>>()[..]
        );
        assert!(i32s.to_f32().is_err());
    }

    #[test]
    fn truncated_file_is_an_error_naming_file_and_tensor() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = sample(dir.path());
        let err = open_error(dir.path(), &bytes[..bytes.len() - 3]);
        assert!(
            err.contains("bad.safetensors") && err.contains("\"b\"") && err.contains("truncated"),
            "{err}"
        );
    }

    #[test]
    fn header_length_past_eof_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let (_, mut bytes) = sample(dir.path());
        bytes[..8].copy_from_slice(&1_000_000u64.to_le_bytes());
        let err = open_error(dir.path(), &bytes);
        assert!(
            err.contains("header length 1000000 runs past the end"),
            "{err}"
        );
        let err = open_error(dir.path(), &bytes[..5]);
        assert!(
            err.contains("shorter than the 8-byte header length"),
            "{err}"
        );
    }

    #[test]
    fn header_that_is_not_json_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = 4u64.to_le_bytes().to_vec();
        bytes.extend(b"{{{{");
        let err = open_error(dir.path(), &bytes);
        assert!(err.contains("not a JSON object"), "{err}");
    }

    #[test]
    fn lying_offsets_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = sample(dir.path());
        let cases: [(Value, &str); 4] = [
            // Past the end of the data region (28 bytes).
            (
                serde_json::json!([16, 40]),
                "run past the end of the data region",
            ),
            (serde_json::json!([8, 0]), "begin after they end"),
            (
                serde_json::json!([0, 20]),
                "hold 20 bytes, but shape [2, 3] of F32 needs 24",
            ),
            // Overlaps "b", which sits at [24, 28) (larger elements are written first).
            (serde_json::json!([2, 26]), "overlap"),
        ];
        for (offsets, expected) in cases {
            let edited = with_header(&bytes, |h| h["a"]["data_offsets"] = offsets.clone());
            let err = open_error(dir.path(), &edited);
            assert!(
                err.contains(expected) && err.contains("bad.safetensors"),
                "{expected:?} in {err:?}"
            );
        }
    }

    #[test]
    fn unknown_dtype_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = sample(dir.path());
        let edited = with_header(&bytes, |h| h["b"]["dtype"] = "F8_E4M3".into());
        let err = open_error(dir.path(), &edited);
        assert!(
            err.contains("\"b\"") && err.contains("F8_E4M3") && err.contains("not supported"),
            "{err}"
        );
    }

    #[test]
    fn writer_refuses_wrong_byte_counts() {
        let dir = tempfile::tempdir().unwrap();
        let data = [0u8; 10];
        let t = [("w", TensorView::new(DType::F32, &[3], &data))];
        let err = format!(
            "{:#}",
            write_safetensors(&dir.path().join("x"), &t, &BTreeMap::new()).unwrap_err()
        );
        assert!(err.contains("\"w\" has 10 bytes"), "{err}");
    }

    #[test]
    fn sharded_checkpoint_resolves_names_through_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let one = f32_bytes(&[1.0, 2.0]);
        let two = f32_bytes(&[3.0]);
        let none = BTreeMap::new();
        let shard1 = [("x", TensorView::new(DType::F32, &[2], &one))];
        let shard2 = [("y", TensorView::new(DType::F32, &[1], &two))];
        write_safetensors(
            &dir.path().join("model-00001-of-00002.safetensors"),
            &shard1,
            &none,
        )
        .unwrap();
        write_safetensors(
            &dir.path().join("model-00002-of-00002.safetensors"),
            &shard2,
            &none,
        )
        .unwrap();
        let index = serde_json::json!({"metadata": {"total_size": 12}, "weight_map": {
            "x": "model-00001-of-00002.safetensors", "y": "model-00002-of-00002.safetensors"}});
        std::fs::write(
            dir.path().join("model.safetensors.index.json"),
            index.to_string(),
        )
        .unwrap();
        let st = Safetensors::open_dir(dir.path()).unwrap();
        assert_eq!(st.names().collect::<Vec<_>>(), ["x", "y"]);
        assert_eq!(&st.tensor("y").unwrap().to_f32().unwrap()[..], &[3.0]);
        assert!(st
            .file_of("x")
            .unwrap()
            .ends_with("model-00001-of-00002.safetensors"));

        let lying = serde_json::json!({"weight_map": {"z": "model-00002-of-00002.safetensors"}});
        std::fs::write(
            dir.path().join("model.safetensors.index.json"),
            lying.to_string(),
        )
        .unwrap();
        let err = format!("{:#}", Safetensors::open_dir(dir.path()).err().unwrap());
        assert!(
            err.contains("\"z\"") && err.contains("no such tensor"),
            "{err}"
        );
    }

    /// A one-tensor shard at `path`.
    fn shard(path: &Path) {
        let one = f32_bytes(&[1.0]);
        let t = [("x", TensorView::new(DType::F32, &[1], &one))];
        write_safetensors(path, &t, &BTreeMap::new()).unwrap();
    }

    fn index_error(dir: &Path, shard: &str) -> String {
        let index = serde_json::json!({"weight_map": {"x": shard}});
        std::fs::write(dir.join("model.safetensors.index.json"), index.to_string()).unwrap();
        match Safetensors::open_dir(dir) {
            Ok(_) => panic!("index naming {shard:?} opened"),
            Err(e) => format!("{e:#}"),
        }
    }

    #[test]
    fn shard_paths_stay_inside_the_checkpoint_dir() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("ckpt");
        std::fs::create_dir(&dir).unwrap();
        let outside = root.path().join("outside.safetensors");
        shard(&outside);
        for (name, expected) in [
            ("../outside.safetensors", "not a file name inside"),
            (outside.to_str().unwrap(), "not a file name inside"),
            ("", "not a file name inside"),
        ] {
            let err = index_error(&dir, name);
            assert!(err.contains(expected) && err.contains("\"x\""), "{err}");
        }
        std::os::unix::fs::symlink(&outside, dir.join("link.safetensors")).unwrap();
        let err = index_error(&dir, "link.safetensors");
        assert!(
            err.contains("outside the checkpoint directory") && err.contains("link.safetensors"),
            "{err}"
        );
        // A link that stays inside is fine, and so is the hub cache's snapshots -> blobs link.
        shard(&dir.join("real.safetensors"));
        std::os::unix::fs::symlink("real.safetensors", dir.join("inside.safetensors")).unwrap();
        std::fs::write(
            dir.join("model.safetensors.index.json"),
            serde_json::json!({"weight_map": {"x": "inside.safetensors"}}).to_string(),
        )
        .unwrap();
        assert!(Safetensors::open_dir(&dir).unwrap().contains("x"));

        let repo = root.path().join("models--org--name");
        let snapshot = repo.join("snapshots/abc123");
        std::fs::create_dir_all(&snapshot).unwrap();
        std::fs::create_dir_all(repo.join("blobs")).unwrap();
        shard(&repo.join("blobs/0f00"));
        std::os::unix::fs::symlink("../../blobs/0f00", snapshot.join("model.safetensors")).unwrap();
        assert!(Safetensors::open_dir(&snapshot).unwrap().contains("x"));
    }

    #[test]
    fn duplicate_names_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = sample(dir.path());
        let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
        let header = std::str::from_utf8(&bytes[8..8 + n]).unwrap().trim_end();
        // A second "b" over a's first two elements' bytes: bf16 [2] needs 4 bytes.
        let header = format!(
            "{},\"b\":{{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[0,4]}}}}",
            &header[..header.len() - 1]
        );
        let mut edited = (header.len() as u64).to_le_bytes().to_vec();
        edited.extend(header.as_bytes());
        edited.extend(&bytes[8 + n..]);
        let err = open_error(dir.path(), &edited);
        assert!(
            err.contains("\"b\" appears more than once") && err.contains("bad.safetensors"),
            "{err}"
        );
    }

    #[test]
    fn a_gap_between_tensors_is_refused_by_the_crate() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = sample(dir.path());
        // "b" moved 4 bytes later into 4 bytes of padding appended to the data: no overlap and
        // within the file, but the layout leaves bytes no tensor owns.
        let mut edited = with_header(&bytes, |h| {
            h["b"]["data_offsets"] = serde_json::json!([28, 32])
        });
        edited.extend([0u8; 4]);
        let err = open_error(dir.path(), &edited);
        assert!(
            err.contains("bad.safetensors") && err.contains("`b`"),
            "{err}"
        );
    }

    #[test]
    fn shapes_past_the_element_limit_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (_, bytes) = sample(dir.path());
        for shape in [
            serde_json::json!([1u64 << 41]),
            serde_json::json!([0, u64::MAX]),
        ] {
            let edited = with_header(&bytes, |h| h["b"]["shape"] = shape.clone());
            let err = open_error(dir.path(), &edited);
            assert!(err.contains("\"b\"") && err.contains("elements"), "{err}");
        }
    }
}
