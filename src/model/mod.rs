//! The `model` room: checkpoints in (config, named weights), the forward pass out.
//!
//! `config` validates the hyperparameters, `safetensors` and `gguf` read the two checkpoint
//! formats by mmap, and `weights` presents either as host tensors named as in Hugging Face.

pub mod config;
pub mod safetensors;

use std::fs::File;
use std::path::Path;

use anyhow::{Context, Result};
use memmap2::Mmap;

pub use config::{Config, ModelType};

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
