//! The `formats` room: readers of checkpoint files, bounded and checked. GGUF (metadata, tensor
//! table, `ggml` block types) and safetensors (single or sharded), both read through a memory
//! map. It knows nothing of models or of what a tokenizer's entries mean.

pub mod ggml;
pub mod gguf;
pub mod safetensors;

use std::fs::File;
use std::path::Path;

use anyhow::{Context, Result};
use memmap2::Mmap;

/// Maps a checkpoint file read-only. Weights are gigabytes; mapping lets the OS page in only
/// what is read and lets f32 tensors be used in place.
pub(crate) fn map_file(path: &Path) -> Result<Mmap> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    // SAFETY: the map is read-only and private to this process; the one hazard is another
    // process truncating or rewriting the checkpoint while it is mapped, which we document
    // as unsupported (as every mmap-based loader does).
    let map = unsafe { Mmap::map(&file) };
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
