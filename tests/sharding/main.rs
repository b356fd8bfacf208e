//! Tensor parallelism through XLA's SPMD partitioner on several CPU "devices" (the CPU
//! plugin's `cpu_device_count`): `runtime` (sharded uploads and gathers, a donated split cache,
//! serialization, errors for shapes and meshes that do not fit), `partitioning` (what the
//! tracer prints and the collectives XLA makes of it, against one device or an f64 reference)
//! and `ffi_kernels` (manual regions running our FFI kernels on each device's piece).

mod ffi_kernels;
mod partitioning;
mod runtime;

use std::path::Path;
use std::sync::OnceLock;

use rand::{Rng, SeedableRng};
use xlagen::dtype::{DType, TensorType};
use xlagen::runtime::{Client, ClientOptions, CompileOptions, DeviceKind, Plugin};
use xlagen::trace::Tensor;

/// One client with four CPU devices for the whole binary; meshes of 2 use the first two.
fn client() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let plugin = Plugin::for_device(None, DeviceKind::Cpu)
            .unwrap_or_else(|e| panic!("the PJRT CPU plugin is needed for these tests: {e}"));
        let options = ClientOptions::new().with("cpu_device_count", 4i64);
        let client = Client::new(&plugin, &options).expect("CPU client with 4 devices");
        assert_eq!(client.device_count(), 4);
        client
    })
}

fn random(seed: u64, n: usize) -> Vec<f32> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    (0..n).map(|_| rng.gen_range(-1.0..1.0)).collect()
}

fn f32_ty(dims: &[i64]) -> TensorType {
    TensorType::new(DType::F32, dims)
}

/// `tanh(x·w1)·w2`: the feed-forward block's shape without its gate.
fn mlp(x: &Tensor, w1: &Tensor, w2: &Tensor) -> Tensor {
    x.matmul(w1).tanh().matmul(w2)
}

const ROWS: i64 = 4;
const HIDDEN: i64 = 8;
const INTER: i64 = 16;

/// The XLA dump's optimized HLO text of the one module compiled with `options` into `dir`.
fn optimized_hlo(dir: &Path) -> String {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with("after_optimizations.txt") {
            found.push(name);
        }
    }
    assert_eq!(
        found.len(),
        1,
        "one optimized module in the dump: {found:?}"
    );
    std::fs::read_to_string(dir.join(&found[0])).unwrap()
}

fn dumping(dir: &Path) -> CompileOptions {
    CompileOptions::new()
        .xla_option("xla_dump_to", dir.display().to_string())
        .xla_option("xla_dump_hlo_as_text", true)
}
