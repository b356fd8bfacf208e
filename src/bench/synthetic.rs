//! Seeded random weights at a real model's shapes, for speed and memory runs of models whose
//! checkpoints are not here. The weights go to a temporary bf16 safetensors directory written one
//! tensor at a time, so no more than one tensor is ever held on the host, and the engine then
//! loads it like any checkpoint.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde_json::json;

use crate::model::config::Config;
use crate::model::weights::{expected_dims, required_names};

/// Mistral-7B-v0.1's `config.json` (the fields the engine reads).
pub fn mistral_7b_config() -> serde_json::Value {
    json!({
        "architectures": ["MistralForCausalLM"], "model_type": "mistral",
        "vocab_size": 32000, "hidden_size": 4096, "intermediate_size": 14336,
        "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
        "head_dim": 128, "max_position_embeddings": 32768, "sliding_window": 4096,
        "rope_theta": 10000.0, "rms_norm_eps": 1e-5, "tie_word_embeddings": false,
        "bos_token_id": 1, "eos_token_id": 2, "torch_dtype": "bfloat16"
    })
}

/// The config of a synthetic preset; `layers` overrides the layer count (for smoke tests).
pub fn preset(name: &str, layers: Option<usize>) -> Result<serde_json::Value> {
    let mut config = match name {
        "mistral-7b" => mistral_7b_config(),
        other => bail!("unknown synthetic model {other:?} (known: mistral-7b)"),
    };
    if let Some(n) = layers {
        config["num_hidden_layers"] = n.into();
    }
    Ok(config)
}

/// Elements per independently seeded chunk of a tensor.
const CHUNK: usize = 1 << 20;

/// splitmix64: a tiny seeded generator, plenty for weights nobody reads.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A temporary checkpoint directory, removed when dropped.
pub struct SyntheticCheckpoint {
    dir: PathBuf,
}

impl SyntheticCheckpoint {
    pub fn path(&self) -> &Path {
        &self.dir
    }
}

impl Drop for SyntheticCheckpoint {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Writes `config` and seeded weights (uniform in ±0.02·√3, i.e. std 0.02 as HF initializes;
/// norms 1) as bf16 safetensors under `parent`.
pub fn write_checkpoint(
    parent: &Path,
    config: &serde_json::Value,
    seed: u64,
) -> Result<SyntheticCheckpoint> {
    let cfg = Config::from_json(&config.to_string())?;
    let dir = parent.join(format!("xlagen-synthetic-{}-{seed}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let checkpoint = SyntheticCheckpoint { dir };
    std::fs::write(
        checkpoint.dir.join("config.json"),
        serde_json::to_string_pretty(config)?,
    )?;
    let tensors: Vec<(String, Vec<i64>)> = required_names(&cfg)
        .into_iter()
        .map(|n| {
            let dims = expected_dims(&cfg, &n).expect("required names have shapes");
            (n, dims)
        })
        .collect();
    let mut header = serde_json::Map::new();
    let mut offset = 0u64;
    for (name, dims) in &tensors {
        let bytes = 2 * dims.iter().product::<i64>() as u64;
        header.insert(
            name.clone(),
            json!({"dtype": "BF16", "shape": dims, "data_offsets": [offset, offset + bytes]}),
        );
        offset += bytes;
    }
    let mut header = serde_json::to_vec(&header)?;
    header.resize(header.len().div_ceil(8) * 8, b' ');
    let path = checkpoint.dir.join("model.safetensors");
    let mut out = BufWriter::with_capacity(
        1 << 22,
        File::create(&path).with_context(|| format!("creating {}", path.display()))?,
    );
    out.write_all(&(header.len() as u64).to_le_bytes())?;
    out.write_all(&header)?;
    // Fixed-size chunks, each from its own seeded generator, made in parallel and written in
    // order: the same weights for a seed on any number of cores.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let bound = 0.02 * 3f32.sqrt();
    for (t, (name, dims)) in tensors.iter().enumerate() {
        let n = dims.iter().product::<i64>() as usize;
        let is_norm = name.ends_with("norm.weight");
        let chunks: Vec<(usize, usize)> = (0..n)
            .step_by(CHUNK)
            .map(|start| (start, (start + CHUNK).min(n)))
            .collect();
        for batch in chunks.chunks(threads * 2) {
            let made: Vec<Vec<u8>> = std::thread::scope(|scope| {
                let handles: Vec<_> = batch
                    .iter()
                    .map(|&(start, end)| {
                        scope.spawn(move || {
                            let stream = (t as u64) << 32 | (start / CHUNK) as u64;
                            let mut rng = SplitMix(seed ^ SplitMix(stream).next());
                            let mut bytes = Vec::with_capacity(2 * (end - start));
                            for _ in start..end {
                                let v = if is_norm {
                                    1.0
                                } else {
                                    // 24 random bits → uniform in [-bound, bound).
                                    ((rng.next() >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0)
                                        * bound
                                };
                                bytes.extend_from_slice(&half::bf16::from_f32(v).to_le_bytes());
                            }
                            bytes
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("a weight generator thread panicked"))
                    .collect()
            });
            for bytes in made {
                out.write_all(&bytes)
                    .with_context(|| format!("writing {}", path.display()))?;
            }
        }
    }
    out.flush()
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(checkpoint)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WeightStore;

    #[test]
    fn synthetic_checkpoint_opens_with_the_preset_shapes() {
        let mut config = preset("mistral-7b", Some(1)).unwrap();
        // Shrink it further so the test writes kilobytes, not gigabytes.
        for (k, v) in [
            ("vocab_size", 64),
            ("hidden_size", 32),
            ("intermediate_size", 48),
            ("num_attention_heads", 4),
            ("num_key_value_heads", 2),
            ("head_dim", 8),
        ] {
            config[k] = v.into();
        }
        let tmp = tempfile::tempdir().unwrap();
        let ckpt = write_checkpoint(tmp.path(), &config, 7).unwrap();
        let store = WeightStore::open(ckpt.path()).unwrap();
        let (dims, values) = store.get_f32("model.layers.0.mlp.up_proj.weight").unwrap();
        assert_eq!(dims, [48, 32]);
        let bound = 0.02 * 3f32.sqrt() * 1.01;
        assert!(values.iter().all(|v| v.abs() <= bound));
        assert!(values.iter().any(|&v| v != values[0]));
        let (_, norm) = store.get_f32("model.norm.weight").unwrap();
        assert!(norm.iter().all(|&v| v == 1.0));
        // A seed gives the same bytes every time (chunks are made in parallel), another seed
        // other bytes.
        let bytes = |c: &SyntheticCheckpoint| std::fs::read(c.path().join("model.safetensors"));
        let again = write_checkpoint(&tmp.path().join("a"), &config, 7).unwrap();
        let other = write_checkpoint(&tmp.path().join("b"), &config, 8).unwrap();
        assert_eq!(bytes(&ckpt).unwrap(), bytes(&again).unwrap());
        assert_ne!(bytes(&ckpt).unwrap(), bytes(&other).unwrap());
        let path = ckpt.path().to_path_buf();
        drop(ckpt);
        assert!(!path.exists());
    }

    #[test]
    fn unknown_preset_is_named() {
        assert!(format!("{}", preset("llama-70b", None).unwrap_err()).contains("llama-70b"));
    }
}
