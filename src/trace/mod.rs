//! The tracer: model code builds a `Graph` of `Tensor` ops that prints as StableHLO text.
//!
//! Ops check shapes and dtypes as they are traced. A mismatch is a bug in the traced code: the
//! first one is recorded (with both shapes and the calling line) and `Graph::build` returns it,
//! so model code reads like math, without `?` on every op.

mod graph;
mod ops;
mod print;
mod regions;

pub use graph::{Graph, Tensor, TraceError};
pub use ops::{Cmp, DotDims, GatherDims, ScatterDims};
