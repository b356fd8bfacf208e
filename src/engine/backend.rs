//! The one place the platform is decided: which `Backend` a client's graphs are lowered for,
//! and, for host kernels, their registration with the plugin. Everything else (the model, the
//! benchmarks, the roofline) asks the engine for its backend.

use anyhow::{Context, Result};

use crate::kernels::i8_matmul::BATCH_INVARIANT_ROWS;
use crate::kernels::{self, CacheAttention, I8GroupMatmul, I8Matmul, KernelPath};
use crate::model::linear::{Backend, KernelTargets};
use crate::runtime::Client;

/// The backend for a PJRT platform name (`cpu`, `cuda`, `rocm`, `tpu`, ...).
pub fn for_platform(platform: &str) -> Backend {
    match platform.to_ascii_lowercase().as_str() {
        "cpu" | "host" => host_kernels(),
        "cuda" | "gpu" => Backend::XlaRowReduce,
        _ => Backend::Xla,
    }
}

/// Our host kernels, by the custom-call targets they are registered under.
pub fn host_kernels() -> Backend {
    Backend::Kernels(KernelTargets {
        i8_matmul: I8Matmul::TARGET,
        i8_group_matmul: I8GroupMatmul::TARGET,
        // Not yet: on the shared 2-core box it was measured on, SmolLM2 f32 decode ran at
        // 5.5 tok/s through it against 10.7 through XLA's dot, back to back; its pool helper,
        // descheduled by the neighbours, stalled each call (examples/f32_kernel_bandwidth.rs:
        // 5.0 GB/s on one thread, 2.7 on the pool). To be measured on a quiet machine; turning
        // it on is `Some(F32Matmul::TARGET)` here (and regenerating graphs/).
        f32_matmul: None,
        f32_matmul_rows: BATCH_INVARIANT_ROWS as i64,
        cache_attention: CacheAttention::TARGET,
    })
}

/// Makes `backend` runnable on `client`: registers the kernels it calls. Must run before any
/// graph for it is compiled or deserialized, when XLA resolves custom-call targets.
pub fn prepare(client: &Client, backend: &Backend) -> Result<()> {
    if let Backend::Kernels(_) = backend {
        kernels::register(client).context("registering our host kernels with the plugin")?;
    }
    Ok(())
}

/// The SIMD path the host kernels take on this machine, for reports; `None` when the backend
/// calls none.
pub fn kernel_path(backend: &Backend) -> Option<KernelPath> {
    matches!(backend, Backend::Kernels(_)).then(KernelPath::best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_is_chosen_by_platform() {
        assert_eq!(for_platform("cpu"), host_kernels());
        assert_eq!(for_platform("Host"), host_kernels());
        assert_eq!(for_platform("cuda"), Backend::XlaRowReduce);
        assert_eq!(for_platform("rocm"), Backend::Xla);
        assert_eq!(for_platform("tpu"), Backend::Xla);
    }
}
