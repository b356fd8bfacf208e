//! The `kernels` room: our own CPU kernels (INT8 and f32 projections, cache attention), called
//! from compiled graphs as typed XLA FFI custom calls. Each kernel is plain Rust over slices (SIMD where the CPU has it, a portable path
//! otherwise, chosen at run time); the runtime's `xla_ffi` binding decodes the call frame and
//! hands the kernel safe slices. `unsafe` here is limited to SIMD intrinsics and the disjoint
//! writes of rows split across threads.

mod aligned;
pub mod attention;
pub mod f32_matmul;
#[cfg(target_arch = "x86_64")]
mod gemm_avx512;
#[cfg(target_arch = "x86_64")]
pub mod i8_amx;
#[cfg(target_arch = "x86_64")]
mod i8_avx512;
#[cfg(target_arch = "x86_64")]
pub mod i8_fixed;
pub mod i8_matmul;
#[cfg(target_arch = "x86_64")]
pub mod i8_vnni;
pub mod pool;

use anyhow::Result;

use crate::runtime::Client;

pub(crate) use aligned::Aligned;

pub use attention::CacheAttention;
pub use f32_matmul::F32Matmul;
pub use i8_matmul::{
    I8Bf16GroupMatmul, I8Bf16Matmul, I8GroupMatmul, I8Matmul, I8Q8GroupMatmul, I8Q8Matmul, Int8Dot,
    KernelPath,
};

/// Registers every kernel with the client's plugin (idempotent). Must run before any graph that
/// calls a kernel is compiled or deserialized: XLA resolves custom-call targets at that point.
pub fn register(client: &Client) -> Result<()> {
    client
        .plugin()
        .register_ffi_handler::<I8Matmul>(I8Matmul::TARGET, "Host")?;
    client
        .plugin()
        .register_ffi_handler::<I8GroupMatmul>(I8GroupMatmul::TARGET, "Host")?;
    client
        .plugin()
        .register_ffi_handler::<I8Q8Matmul>(I8Q8Matmul::TARGET, "Host")?;
    client
        .plugin()
        .register_ffi_handler::<I8Q8GroupMatmul>(I8Q8GroupMatmul::TARGET, "Host")?;
    client
        .plugin()
        .register_ffi_handler::<I8Bf16Matmul>(I8Bf16Matmul::TARGET, "Host")?;
    client
        .plugin()
        .register_ffi_handler::<I8Bf16GroupMatmul>(I8Bf16GroupMatmul::TARGET, "Host")?;
    client
        .plugin()
        .register_ffi_handler::<F32Matmul>(F32Matmul::TARGET, "Host")?;
    client
        .plugin()
        .register_ffi_handler::<CacheAttention>(CacheAttention::TARGET, "Host")?;
    Ok(())
}

/// The output pointer of a kernel call, shared by its parallel tasks, each of which writes
/// elements no other task writes (its own output columns or channels).
pub(crate) struct OutRows(pub(crate) *mut f32);
// SAFETY: tasks write disjoint elements, and the pointee (the call's exclusively borrowed
// output) outlives them all: every kernel returns only after `for_each_chunk` has.
unsafe impl Sync for OutRows {}

/// Splits work into chunks and runs them, possibly on several threads: `pool::SpinPool` on
/// spinning helper threads, `Serial` on the calling thread.
pub trait Parallel {
    /// Calls `task(i)` once for every `i` in `0..chunks`, in any order, and returns when all are
    /// done. `task` must not panic.
    fn for_each_chunk(&self, chunks: usize, task: &(dyn Fn(usize) + Sync));
}

/// Runs every chunk on the calling thread.
pub struct Serial;

impl Parallel for Serial {
    fn for_each_chunk(&self, chunks: usize, task: &(dyn Fn(usize) + Sync)) {
        (0..chunks).for_each(task);
    }
}

/// Runs chunks on `threads` scoped std threads (benchmarks and tests outside XLA).
pub struct StdThreads(pub usize);

impl Parallel for StdThreads {
    fn for_each_chunk(&self, chunks: usize, task: &(dyn Fn(usize) + Sync)) {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let work = || loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if i >= chunks {
                break;
            }
            task(i);
        };
        std::thread::scope(|s| {
            for _ in 1..self.0.max(1) {
                s.spawn(work);
            }
            work();
        });
    }
}
