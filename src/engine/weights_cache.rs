//! On-disk cache of the weights as the device takes them (quantized, stacked over layers,
//! concatenated as the traced graphs want), one `formats::prepared` file per checkpoint and
//! weight format, in `weights/` beside the executables cache.
//!
//! Preparing the weights (requantizing a GGUF's blocks per channel, stacking every layer's
//! matrices) was most of a warm start; a prepared file is instead mapped and handed to the
//! plugin in place, as llama.cpp maps its model file. An entry is keyed by the checkpoint's
//! files (path, size, mtime), the weight format and the list of weights; one that fails its
//! checks is reported and prepared again.

use std::path::{Path, PathBuf};

use anyhow::Result;
use sha2::{Digest, Sha256};

use crate::dtype::TensorType;
use crate::formats::prepared::{self, PreparedWriter};
use crate::model::quant::WeightFormat;
use crate::runtime::{CompileCache, HostBuffer};

/// A directory of prepared-weights files.
#[derive(Clone, Debug)]
pub struct WeightsCache {
    dir: PathBuf,
}

impl WeightsCache {
    /// `weights/` beside the executables cache's directory: whoever caches compiled executables
    /// caches prepared weights too.
    pub fn beside(executables: &CompileCache) -> WeightsCache {
        WeightsCache {
            dir: executables.dir().with_file_name("weights"),
        }
    }

    /// The entry file for `key`.
    pub fn entry_path(&self, key: &[u8; 32]) -> PathBuf {
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{hex}.xlaw"))
    }

    /// The key of the weights `specs` prepared in `format` from the checkpoint at `checkpoint`.
    pub fn key(
        checkpoint: &Path,
        format: &WeightFormat,
        specs: &[(String, TensorType)],
    ) -> [u8; 32] {
        let mut h = Sha256::new();
        let mut part = |bytes: &[u8]| {
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        part(b"xlagen weights cache v1");
        part(prepared::checkpoint_identity(checkpoint).as_bytes());
        part(format!("{format:?}").as_bytes());
        part(format!("{specs:?}").as_bytes());
        h.finalize().into()
    }

    /// The tensors of entry `key`, mapped in place, when a valid entry holds exactly `specs`;
    /// `None` when there is none, or (reported) when the one there is unusable.
    pub fn load(&self, key: &[u8; 32], specs: &[(String, TensorType)]) -> Option<Vec<HostBuffer>> {
        let path = self.entry_path(key);
        if !path.exists() {
            return None;
        }
        let mapped = prepared::read(&path, key, specs).and_then(|(map, offsets)| {
            specs
                .iter()
                .zip(offsets)
                .map(|((_, ty), at)| Ok(HostBuffer::mapped(map.clone(), at, ty)?))
                .collect::<Result<Vec<_>>>()
        });
        match mapped {
            Ok(buffers) => Some(buffers),
            Err(why) => {
                eprintln!(
                    "xlagen: preparing the weights again, cache entry {} is unusable: {why:#}",
                    path.display()
                );
                None
            }
        }
    }

    /// A writer of entry `key` for `count` tensors (in place once finished).
    pub fn writer(&self, key: &[u8; 32], count: usize) -> Result<PreparedWriter> {
        prepared::writer(&self.entry_path(key), key, count)
    }
}
