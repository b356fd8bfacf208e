//! The `model` room: checkpoints in (config, named weights), the forward pass out.
//!
//! `config` validates the hyperparameters, `weights` presents a checkpoint read by `formats`
//! (safetensors or GGUF) as host tensors named and laid out as in Hugging Face, and `quant`
//! makes and reads INT8 weights; `linear` lowers projections and attention as the engine's
//! backend says.

pub mod config;
pub mod default_model;
pub mod linear;
pub mod mistral;
pub mod quant;
pub mod weights;

pub use config::{Config, ModelType};
pub use weights::WeightStore;
