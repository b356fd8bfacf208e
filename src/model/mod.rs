//! The `model` room: checkpoints in (config, named weights), the forward pass out.
//!
//! `config` validates the hyperparameters, `safetensors` and `gguf` read the two checkpoint
//! formats by mmap, and `weights` presents either as host tensors named as in Hugging Face.

pub mod config;

pub use config::{Config, ModelType};
