//! The `formats` room: readers of checkpoint files, bounded and checked. GGUF (metadata, tensor
//! table, `ggml` block types) and safetensors (single or sharded), both read through a memory
//! map. It knows nothing of models or of what a tokenizer's entries mean.

pub mod ggml;
pub mod gguf;
pub mod limits;
pub mod prepared;
pub mod safetensors;

use std::fs::File;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};
use memmap2::Mmap;

/// Opens a file for reading only if it is a regular file. The open is non-blocking, so a FIFO or
/// device given as a model file is refused instead of blocking forever, and the type is checked
/// on the opened file itself, so it cannot be swapped between a check and the open.
pub fn open_regular(path: &Path) -> Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    let meta = file
        .metadata()
        .with_context(|| format!("reading the type of {}", path.display()))?;
    if !meta.is_file() {
        bail!(
            "{} is not a regular file (it is a {})",
            path.display(),
            file_kind(&meta.file_type())
        );
    }
    Ok(file)
}

fn file_kind(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_dir() {
        "directory"
    } else if t.is_fifo() {
        "FIFO"
    } else if t.is_socket() {
        "socket"
    } else if t.is_block_device() || t.is_char_device() {
        "device"
    } else {
        "special file"
    }
}

/// Reads a small text file (a config, an index, a tokenizer) that must be a regular file of at
/// most `limits::MAX_JSON_BYTES`.
pub fn read_text(path: &Path) -> Result<String> {
    use std::io::Read;
    let file = open_regular(path)?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > limits::MAX_JSON_BYTES {
        bail!(
            "{} is {len} bytes, but at most {} is supported for a text file",
            path.display(),
            limits::MAX_JSON_BYTES
        );
    }
    let mut text = String::new();
    file.take(limits::MAX_JSON_BYTES + 1)
        .read_to_string(&mut text)
        .with_context(|| format!("reading {}", path.display()))?;
    if text.len() as u64 > limits::MAX_JSON_BYTES {
        bail!(
            "{} grew past {} bytes while being read",
            path.display(),
            limits::MAX_JSON_BYTES
        );
    }
    Ok(text)
}

/// The file `name` inside checkpoint directory `dir`: a relative path of plain components (no
/// `..`, no root) that, symlinks resolved, stays inside `dir`. The one link allowed out is the
/// Hugging Face hub cache's, from `snapshots/<revision>/` into the same repo's `blobs/`.
pub fn checkpoint_file(dir: &Path, name: &str) -> Result<PathBuf> {
    let relative = Path::new(name);
    let plain = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    if name.is_empty() || !plain {
        bail!(
            "{name:?} is not a file name inside the checkpoint directory {}",
            dir.display()
        );
    }
    let path = dir.join(relative);
    let Ok(real) = path.canonicalize() else {
        // Missing or unreadable: opening it reports that, naming the path.
        return Ok(path);
    };
    let real_dir = dir
        .canonicalize()
        .with_context(|| format!("resolving {}", dir.display()))?;
    let hub_blobs = real_dir
        .parent()
        .filter(|snapshots| snapshots.file_name().is_some_and(|n| n == "snapshots"))
        .and_then(Path::parent)
        .map(|repo| repo.join("blobs"));
    let in_blobs = hub_blobs.is_some_and(|blobs| real.parent() == Some(blobs.as_path()));
    if !real.starts_with(&real_dir) && !in_blobs {
        bail!(
            "{} resolves to {}, outside the checkpoint directory {}",
            path.display(),
            real.display(),
            real_dir.display()
        );
    }
    Ok(path)
}

/// Maps a checkpoint file read-only. Weights are gigabytes; mapping lets the OS page in only
/// what is read and lets f32 tensors be used in place.
pub(crate) fn map_file(path: &Path) -> Result<Mmap> {
    map_opened(&open_regular(path)?, path)
}

/// Maps `file` (opened from `path` by [`open_regular`]) read-only.
pub(crate) fn map_opened(file: &File, path: &Path) -> Result<Mmap> {
    // SAFETY: the map is read-only and private to this process; the one hazard is another
    // process truncating or rewriting the checkpoint while it is mapped, which we document
    // as unsupported (as every mmap-based loader does).
    let map = unsafe { Mmap::map(file) };
    map.with_context(|| format!("mapping {} into memory", path.display()))
}

#[cfg(test)]
pub(crate) mod test_support {
    use std::path::{Path, PathBuf};

    pub fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
    }

    /// Asserts equality up to f32 rounding of differently ordered arithmetic.
    pub fn assert_close(what: &str, got: &[f32], want: &[f32]) {
        assert_eq!(got.len(), want.len(), "{what}: length");
        for (i, (g, w)) in got.iter().zip(want).enumerate() {
            let tolerance = 1e-6 * w.abs().max(1.0);
            assert!((g - w).abs() <= tolerance, "{what}[{i}]: got {g}, want {w}");
        }
    }
}
