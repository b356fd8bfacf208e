//! The tracer: model code builds a `Graph` of `Tensor` ops that prints as StableHLO text.
//! A graph made with `Graph::sharded` is partitioned over a mesh's devices: its parameters,
//! results and pinned intermediates carry shardings, and `Graph::manual` runs ops per device.
//!
//! Ops check shapes and dtypes as they are traced. A mismatch is a bug in the traced code: the
//! first one is recorded (with both shapes and the calling line) and `Graph::build` returns it,
//! so model code reads like math, without `?` on every op.

mod graph;
mod ops;
mod print;
mod regions;
mod sharding;

pub use graph::{Graph, Tensor, TraceError};
pub use ops::{Cmp, DotDims, GatherDims, ScatterDims};
