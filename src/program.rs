//! A traced program as the runtime receives it: StableHLO text and its signature.
//!
//! The tracer produces it and the runtime compiles it; neither needs to know the other.

use crate::dtype::TensorType;

/// StableHLO module text (one public `@main`) with the types of its arguments and results.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub mlir: String,
    pub inputs: Vec<TensorType>,
    pub outputs: Vec<TensorType>,
}
