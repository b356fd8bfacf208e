//! The one place the platform is decided: which `Backend` a client's graphs are lowered for,
//! and, for host kernels, their registration with the plugin. Everything else (the model, the
//! benchmarks, the roofline) asks the engine for its backend.

use anyhow::{Context, Result};

use crate::kernels::i8_matmul::BATCH_INVARIANT_ROWS;
use crate::kernels::{
    self, CacheAttention, I8Bf16GroupMatmul, I8Bf16Matmul, I8GroupMatmul, I8Matmul,
    I8Q8GroupMatmul, I8Q8Matmul, Int8Dot, KernelPath,
};
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

/// Our host kernels, by the custom-call targets they are registered under, with the INT8 dot
/// product this machine runs best (`Int8Dot::best`).
pub fn host_kernels() -> Backend {
    host_kernels_with(Int8Dot::best())
}

/// Our host kernels with INT8 projections computed by `dot`: f32 activations against widened
/// weights, integer activations (16-bit fixed point per token, or INT8 blocks for grouped
/// weights) on AVX512-VNNI and AMX-INT8, or activations rounded to bf16 (AMX).
pub fn host_kernels_with(dot: Int8Dot) -> Backend {
    let (i8_matmul, i8_group_matmul) = match dot {
        Int8Dot::F32 => (I8Matmul::TARGET, I8GroupMatmul::TARGET),
        Int8Dot::Vnni => (I8Q8Matmul::TARGET, I8Q8GroupMatmul::TARGET),
        Int8Dot::Amx => (I8Bf16Matmul::TARGET, I8Bf16GroupMatmul::TARGET),
    };
    Backend::Kernels(KernelTargets {
        i8_matmul,
        i8_group_matmul,
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

/// What ran on the host: the SIMD path of the kernels and the INT8 dot product.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct HostPath {
    pub simd: KernelPath,
    pub int8_dot: Int8Dot,
}

impl HostPath {
    /// The name reports use: the SIMD path's (`avx512`, `avx2`, `portable`), or `avx512-vnni` /
    /// `avx512-amx` where INT8 projections take integer activations / round them to
    /// bf16 on AMX tiles; `avx512-vnni+amx` where AMX tiles run the integer dot's batches and
    /// prompt chunks beside VNNI.
    pub fn name(self) -> &'static str {
        match self.int8_dot {
            Int8Dot::Vnni if kernels::i8_matmul::amx_supported() => "avx512-vnni+amx",
            Int8Dot::Vnni => "avx512-vnni",
            Int8Dot::Amx => "avx512-amx",
            Int8Dot::F32 => self.simd.name(),
        }
    }
}

/// The path the host kernels take on this machine, for reports; `None` when the backend calls
/// none.
pub fn kernel_path(backend: &Backend) -> Option<HostPath> {
    let Backend::Kernels(targets) = backend else {
        return None;
    };
    // The VNNI and AMX targets fall back to the f32 dot where the machine lacks them.
    let int8_dot = match targets.i8_matmul {
        t if t == I8Q8Matmul::TARGET && kernels::i8_matmul::vnni_supported() => Int8Dot::Vnni,
        t if t == I8Bf16Matmul::TARGET && kernels::i8_matmul::amx_supported() => Int8Dot::Amx,
        _ => Int8Dot::F32,
    };
    Some(HostPath {
        simd: KernelPath::best(),
        int8_dot,
    })
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

    #[test]
    fn reports_name_the_int8_dot_that_runs() {
        let f32_dot = kernel_path(&host_kernels_with(Int8Dot::F32)).unwrap();
        assert_eq!(f32_dot.name(), KernelPath::best().name());
        let vnni = kernel_path(&host_kernels_with(Int8Dot::Vnni)).unwrap();
        let want = if kernels::i8_matmul::amx_supported() {
            "avx512-vnni+amx"
        } else if kernels::i8_matmul::vnni_supported() {
            "avx512-vnni"
        } else {
            KernelPath::best().name()
        };
        assert_eq!(vnni.name(), want);
        let amx = kernel_path(&host_kernels_with(Int8Dot::Amx)).unwrap();
        let want = if kernels::i8_matmul::amx_supported() {
            "avx512-amx"
        } else {
            KernelPath::best().name()
        };
        assert_eq!(amx.name(), want);
        assert_eq!(kernel_path(&Backend::Xla), None);
    }
}
