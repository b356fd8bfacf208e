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
        // f32 projections of up to `f32_matmul_rows` rows (decode, short prefill chunks) stream
        // their weights through our kernel: on an idle 2-core Xeon (AVX-512) SmolLM2 f32 decode ran
        // at 27.5 tok/s through it against 21.8 through XLA's dot, same tokens, back to back.
        // On a loaded box its spinning pool helper can be descheduled and it loses (5.5 vs 10.7).
        // Longer (prompt chunks) run our packed GEMM where the CPU has AVX-512: 1.4–2.7× XLA's
        // dot at SmolLM2's shapes for 33..256 rows (examples/int8_matmul_speed, one run on a
        // loaded 2-core Xeon); elsewhere our kernel has no GEMM and XLA's dot runs them.
        f32_matmul: Some(kernels::F32Matmul::TARGET),
        f32_matmul_rows: if KernelPath::best() == KernelPath::Avx512 {
            i64::MAX
        } else {
            BATCH_INVARIANT_ROWS as i64
        },
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
