//! xlagen: LLM inference as traced StableHLO, compiled and run through PJRT plugins.
//!
//! The pipeline, one module per stage: `trace` builds graphs and prints StableHLO, `runtime`
//! loads a PJRT plugin and compiles and runs them, `model` reads checkpoints and writes the
//! forward pass in tracer ops, `engine` drives generation.

pub mod bench;
pub mod dtype;
pub mod engine;
pub mod flags;
pub mod formats;
pub mod kernels;
pub mod model;
pub mod program;
pub mod runtime;
pub mod serve;
pub mod tokenizer;
pub mod trace;
