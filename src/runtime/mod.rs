//! The runtime room: finds and loads a PJRT plugin, creates a client, compiles StableHLO,
//! moves buffers between host and device, runs executables (with donation) and caches
//! compiled executables on disk, and registers typed XLA FFI handlers (`xla_ffi`). All `unsafe`
//! in xlagen lives here, behind safe types, except the SIMD kernels in `kernels`.

/// Calls a PJRT entry point that the plugin was checked to provide at load time.
macro_rules! call {
    ($api:expr, $fn:ident, $args:expr, $context:expr) => {{
        let api: &$crate::runtime::ffi::PJRT_Api = $api;
        // SAFETY: the entry point was checked to exist when the plugin was loaded; `$args` is a
        // fully initialized args struct whose pointers are valid for the duration of the call
        // (each call site keeps what they point to alive until it returns).
        let err = unsafe { api.$fn.expect("checked at load")($args) };
        $crate::runtime::plugin::check(api, err, $context)
    }};
}

mod buffer;
mod cache;
mod client;
mod compile_options;
mod executable;
pub mod ffi;
mod pages;
mod plugin;
mod record;
mod sharded;
mod xla_ffi;

pub use buffer::{Buffer, HostBuffer, HostElement};
pub use cache::{CacheOutcome, CompileCache};
pub use client::{Client, ClientOptions};
pub use compile_options::{CompileOptions, OptionOverride};
pub use executable::{Arg, Executable, Signature};
pub use pages::release_file_pages;
pub use plugin::{cache_dir, discover_plugin, DeviceKind, NamedValue, Plugin};
pub use sharded::{ShardedArg, ShardedBuffer, ShardedExecutable};
pub use xla_ffi::{FfiBuffer, FfiCall, FfiHandler};

use crate::dtype::TensorType;
use std::fmt;
use std::path::PathBuf;

/// A PJRT status code (absl status codes, as `PJRT_Error_Code`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PjrtErrorCode(pub i32);

impl PjrtErrorCode {
    pub const INVALID_ARGUMENT: PjrtErrorCode = PjrtErrorCode(3);
    pub const NOT_FOUND: PjrtErrorCode = PjrtErrorCode(5);
    pub const UNIMPLEMENTED: PjrtErrorCode = PjrtErrorCode(12);
    pub const INTERNAL: PjrtErrorCode = PjrtErrorCode(13);

    pub fn name(self) -> &'static str {
        const NAMES: [&str; 17] = [
            "OK",
            "CANCELLED",
            "UNKNOWN",
            "INVALID_ARGUMENT",
            "DEADLINE_EXCEEDED",
            "NOT_FOUND",
            "ALREADY_EXISTS",
            "PERMISSION_DENIED",
            "RESOURCE_EXHAUSTED",
            "FAILED_PRECONDITION",
            "ABORTED",
            "OUT_OF_RANGE",
            "UNIMPLEMENTED",
            "INTERNAL",
            "UNAVAILABLE",
            "DATA_LOSS",
            "UNAUTHENTICATED",
        ];
        usize::try_from(self.0)
            .ok()
            .and_then(|i| NAMES.get(i).copied())
            .unwrap_or("UNKNOWN_CODE")
    }
}

impl fmt::Display for PjrtErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Everything that can go wrong in the runtime; callers branch on the variant.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error("PJRT plugin for {kind} not found (looked in: {searched}); {hint}")]
    PluginNotFound {
        kind: DeviceKind,
        searched: String,
        hint: String,
    },
    #[error("PJRT plugin file {} does not exist", path.display())]
    PluginFileMissing { path: PathBuf },
    #[error("installing the PJRT plugin failed: {message}")]
    PluginInstall { message: String },
    #[error("{} is not a PJRT plugin: {reason}", path.display())]
    NotAPlugin { path: PathBuf, reason: String },
    #[error("PJRT plugin {} is damaged: {reason}", path.display())]
    PluginDamaged { path: PathBuf, reason: String },
    #[error("PJRT plugin {} is incompatible: {reason}", path.display())]
    IncompatiblePlugin { path: PathBuf, reason: String },
    #[error("PJRT error while {context}: {code}: {message}")]
    Pjrt {
        code: PjrtErrorCode,
        message: String,
        context: String,
    },
    #[error("executable takes {expected} arguments, got {got}")]
    ArgumentCount { expected: usize, got: usize },
    #[error("argument {index}: expected {expected}, got {got}")]
    ArgumentType {
        index: usize,
        expected: TensorType,
        got: TensorType,
    },
    #[error("argument {index} lives on another client")]
    ForeignBuffer { index: usize },
    #[error("host data does not match {ty}: {message}")]
    HostData { ty: TensorType, message: String },
    #[error("the plugin returned element type {0}, which xlagen does not handle")]
    UnsupportedElementType(i32),
    #[error("executable signature does not match the compiled program: {0}")]
    Signature(String),
    #[error(transparent)]
    Sharding(#[from] crate::program::ShardingError),
    #[error(
        "the mesh has {wanted} devices but the client has {available} (the CPU plugin makes \
         more with the client option cpu_device_count)"
    )]
    TooFewDevices { wanted: usize, available: usize },
    #[error("partitioned execution: {0}")]
    Partitions(String),
    #[error("argument {index}: expected it {expected}, got it {got}")]
    ArgumentSharding {
        index: usize,
        expected: String,
        got: String,
    },
    #[error("compile cache at {}: {message}", path.display())]
    Cache { path: PathBuf, message: String },
}

pub type Result<T, E = RuntimeError> = std::result::Result<T, E>;
