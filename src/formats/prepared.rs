//! Prepared-weights files: tensors exactly as a device takes them, each at a page boundary so
//! a map of the file can be used in place, under a header keyed by whoever wrote it.
//!
//! Layout: magic `XLAGENW\0`, format version (u32), key (32 bytes), tensor count (u32), then per
//! tensor its offset (u64), length (u64) and checksum (u32), all little-endian; tensors follow
//! from the next page. A file is written under a temporary name and renamed into place, so a
//! reader never sees half of one; it is still read as hostile: the header is checked, every
//! tensor must lie inside the file with the length its type needs, and every tensor's checksum
//! is verified before use. The checksum (`sampled_crc`) covers the start of every page and the
//! end of the tensor rather than every byte: hashing 540 MB of f32 weights whole took longer
//! than the rest of a warm start, while touching each page once costs what the first call
//! would pay to fault it in anyway.

use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use anyhow::{Context, Result};
use memmap2::Mmap;

use crate::dtype::TensorType;

const MAGIC: &[u8; 8] = b"XLAGENW\0";
const FORMAT_VERSION: u32 = 2;
/// Tensors start at page boundaries: the plugin may use them in place.
const ALIGN: u64 = 4096;
/// Per tensor: offset, length, checksum.
const ENTRY_LEN: usize = 8 + 8 + 4;
/// Magic, version, key, tensor count.
const FIXED_LEN: usize = 8 + 4 + 32 + 4;

/// Starts writing the file `path` for `key` and `count` tensors.
pub fn writer(path: &Path, key: &[u8; 32], count: usize) -> Result<PreparedWriter> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let temp = path.with_extension(format!("tmp{}", std::process::id()));
    let file = File::create(&temp).with_context(|| format!("creating {}", temp.display()))?;
    let header = header_len(count);
    let mut out = BufWriter::with_capacity(1 << 20, file);
    out.seek(SeekFrom::Start(header))?;
    Ok(PreparedWriter {
        out,
        key: *key,
        temp,
        path: path.to_path_buf(),
        at: header,
        entries: Vec::with_capacity(count),
    })
}

/// Writes one file, tensor by tensor.
pub struct PreparedWriter {
    out: BufWriter<File>,
    key: [u8; 32],
    temp: PathBuf,
    path: PathBuf,
    at: u64,
    entries: Vec<(u64, u64, u32)>,
}

impl PreparedWriter {
    /// Appends the next tensor's bytes at the next page boundary.
    pub fn add(&mut self, bytes: &[u8]) -> Result<()> {
        let start = self.at.next_multiple_of(ALIGN);
        self.out
            .write_all(&vec![0u8; (start - self.at) as usize])
            .and_then(|_| self.out.write_all(bytes))
            .with_context(|| format!("writing {}", self.temp.display()))?;
        self.entries
            .push((start, bytes.len() as u64, sampled_crc(bytes)));
        self.at = start + bytes.len() as u64;
        Ok(())
    }

    /// Writes the header, puts the file in place and maps it: the map and each tensor's offset,
    /// as [`read`] gives them (unchecked: this process just wrote them, and checking would page
    /// every tensor in).
    pub fn finish(mut self) -> Result<(Arc<Mmap>, Vec<usize>)> {
        let mut header = Vec::with_capacity(header_len(self.entries.len()) as usize);
        header.extend_from_slice(MAGIC);
        header.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        header.extend_from_slice(&self.key);
        header.extend_from_slice(&(self.entries.len() as u32).to_le_bytes());
        for (offset, len, crc) in &self.entries {
            header.extend_from_slice(&offset.to_le_bytes());
            header.extend_from_slice(&len.to_le_bytes());
            header.extend_from_slice(&crc.to_le_bytes());
        }
        let write = |out: &mut BufWriter<File>| -> std::io::Result<()> {
            out.seek(SeekFrom::Start(0))?;
            out.write_all(&header)?;
            out.flush()?;
            out.get_ref().sync_data()
        };
        write(&mut self.out).with_context(|| format!("writing {}", self.temp.display()))?;
        std::fs::rename(&self.temp, &self.path)
            .with_context(|| format!("renaming {} into place", self.temp.display()))?;
        let map = Arc::new(super::map_file(&self.path)?);
        let offsets = self.entries.iter().map(|e| e.0 as usize).collect();
        Ok((map, offsets))
    }
}

impl Drop for PreparedWriter {
    /// An unfinished file leaves nothing behind (after `finish` the temp name is gone).
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.temp);
    }
}

/// Bytes of each page (and of a tensor's end) its checksum covers.
const SAMPLE: usize = 64;

/// CRC-32 of the first `SAMPLE` bytes of every `ALIGN`-byte page of `bytes` and of its last
/// `SAMPLE` bytes (all of a tensor shorter than a page).
fn sampled_crc(bytes: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    for page in bytes.chunks(ALIGN as usize) {
        h.update(&page[..page.len().min(SAMPLE)]);
    }
    h.update(&bytes[bytes.len().saturating_sub(SAMPLE)..]);
    h.finalize()
}

/// Bytes before the first tensor: the fixed fields and one entry per tensor, to a page.
fn header_len(count: usize) -> u64 {
    ((FIXED_LEN + count * ENTRY_LEN) as u64).next_multiple_of(ALIGN)
}

/// The file at `path` checked against `key` and the tensors `specs` (names and types, in
/// order): its map and each tensor's offset in it.
pub fn read(
    path: &Path,
    key: &[u8; 32],
    specs: &[(String, TensorType)],
) -> Result<(Arc<Mmap>, Vec<usize>)> {
    let map = Arc::new(super::map_file(path)?);
    let bytes: &[u8] = &map;
    let field = |at: usize, len: usize| {
        bytes
            .get(at..at + len)
            .with_context(|| format!("the file ends at byte {} inside its header", bytes.len()))
    };
    anyhow::ensure!(field(0, 8)? == MAGIC, "not a prepared-weights file");
    let version = u32::from_le_bytes(field(8, 4)?.try_into()?);
    anyhow::ensure!(
        version == FORMAT_VERSION,
        "format version {version}, expected {FORMAT_VERSION}"
    );
    anyhow::ensure!(field(12, 32)? == key, "its key is another file's");
    let count = u32::from_le_bytes(field(44, 4)?.try_into()?) as usize;
    anyhow::ensure!(
        count == specs.len(),
        "it holds {count} tensors, expected {}",
        specs.len()
    );
    let mut offsets = Vec::with_capacity(count);
    for (i, (name, ty)) in specs.iter().enumerate() {
        let entry = field(FIXED_LEN + i * ENTRY_LEN, ENTRY_LEN)?;
        let offset = u64::from_le_bytes(entry[0..8].try_into()?);
        let len = u64::from_le_bytes(entry[8..16].try_into()?);
        let crc = u32::from_le_bytes(entry[16..20].try_into()?);
        anyhow::ensure!(
            len == ty.size_bytes() as u64,
            "{name} has {len} bytes, expected {} for {ty}",
            ty.size_bytes()
        );
        let data = usize::try_from(offset)
            .ok()
            .and_then(|o| Some((o, o.checked_add(len as usize)?)))
            .and_then(|(o, end)| bytes.get(o..end))
            .with_context(|| format!("{name} at byte {offset} lies outside the file"))?;
        anyhow::ensure!(sampled_crc(data) == crc, "{name} fails its checksum");
        offsets.push(offset as usize);
    }
    Ok((map, offsets))
}

/// Path, size and modification time of the checkpoint file, or of every file in a checkpoint
/// directory: what changes when the checkpoint does.
pub fn checkpoint_identity(path: &Path) -> String {
    let one = |p: &Path| {
        let meta = std::fs::metadata(p).ok();
        let size = meta.as_ref().map_or(0, |m| m.len());
        let mtime = meta
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        format!("{}|{size}|{mtime}\n", p.display())
    };
    if !path.is_dir() {
        return one(path);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files.iter().map(|p| one(p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::DType;

    fn specs() -> Vec<(String, TensorType)> {
        vec![
            ("a".into(), TensorType::new(DType::F32, &[3])),
            ("b".into(), TensorType::new(DType::I8, &[2, 5])),
        ]
    }

    const A: [f32; 3] = [1.5, -2.0, 3.25];
    const B: [u8; 10] = [1, 2, 3, 4, 5, 250, 7, 8, 9, 10];

    /// A file holding A and B under key [7; 32].
    fn written(dir: &Path) -> PathBuf {
        let path = dir.join("w.xlaw");
        let mut w = writer(&path, &[7; 32], 2).unwrap();
        let a: Vec<u8> = A.iter().flat_map(|x| x.to_le_bytes()).collect();
        w.add(&a).unwrap();
        w.add(&B).unwrap();
        let (map, offsets) = w.finish().unwrap();
        // What `finish` maps is what `read` finds.
        let (read_map, read_offsets) = read(&path, &[7; 32], &specs()).unwrap();
        assert_eq!((&map[..], &offsets), (&read_map[..], &read_offsets));
        path
    }

    #[test]
    fn tensors_come_back_as_written_each_at_a_page() {
        let dir = tempfile::tempdir().unwrap();
        let path = written(dir.path());
        let (map, offsets) = read(&path, &[7; 32], &specs()).unwrap();
        assert!(
            offsets.iter().all(|o| (*o as u64).is_multiple_of(ALIGN)),
            "{offsets:?}"
        );
        let a: Vec<f32> = map[offsets[0]..offsets[0] + 12]
            .chunks(4)
            .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
            .collect();
        assert_eq!(a, A);
        assert_eq!(&map[offsets[1]..offsets[1] + 10], &B);
        // Only the finished file remains: no temporary left beside it.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn damaged_or_foreign_files_are_refused_saying_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = written(dir.path());
        let bytes = std::fs::read(&path).unwrap();
        let refused = |bytes: &[u8], key: &[u8; 32], specs: &[(String, TensorType)]| {
            let p = dir.path().join("bad.xlaw");
            std::fs::write(&p, bytes).unwrap();
            format!("{:#}", read(&p, key, specs).unwrap_err())
        };
        // The last tensor's last byte flipped: its checksum names it.
        let mut flipped = bytes.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(refused(&flipped, &[7; 32], &specs()).contains("b fails its checksum"));
        // Cut inside the data: the tensor lies outside the file.
        let cut = &bytes[..bytes.len() - 4];
        assert!(refused(cut, &[7; 32], &specs()).contains("b at byte"));
        // Cut inside the header.
        assert!(refused(&bytes[..20], &[7; 32], &specs()).contains("inside its header"));
        assert!(refused(&bytes, &[8; 32], &specs()).contains("another file's"));
        let mut other = specs();
        other[1].1 = TensorType::new(DType::I8, &[2, 6]);
        assert!(refused(&bytes, &[7; 32], &other).contains("b has 10 bytes, expected 12"));
        assert!(refused(&bytes, &[7; 32], &other[..1]).contains("holds 2 tensors, expected 1"));
        assert!(refused(b"GGUF and more bytes", &[7; 32], &specs()).contains("not a prepared"));
    }

    #[test]
    fn the_checksum_covers_every_page_start_and_the_end() {
        let bytes: Vec<u8> = (0..3 * ALIGN as usize + 100).map(|i| i as u8).collect();
        let base = sampled_crc(&bytes);
        for at in [
            0,
            ALIGN as usize + 3,
            2 * ALIGN as usize + 63,
            bytes.len() - 1,
        ] {
            let mut changed = bytes.clone();
            changed[at] ^= 1;
            assert_ne!(sampled_crc(&changed), base, "byte {at}");
        }
        // Past a page's first 64 bytes and before the end: not covered, by design.
        let mut changed = bytes.clone();
        changed[ALIGN as usize + 64] ^= 1;
        assert_eq!(sampled_crc(&changed), base);
    }

    #[test]
    fn an_unfinished_file_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.xlaw");
        let mut w = writer(&path, &[7; 32], 2).unwrap();
        w.add(&B).unwrap();
        drop(w);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
