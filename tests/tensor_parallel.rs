//! Tensor parallelism (`--devices N`, `engine::tensor_parallel`) on 2 and 4 CPU devices against
//! the same model on one device: logits within 1e-5 relative, the same greedy ids, and the
//! collectives XLA made of the shardings.

mod common;

use std::path::Path;
use std::sync::OnceLock;

use common::{fixture_dir, ids, reference, rel_error};
use xlagen::dtype::DType;
use xlagen::engine::tensor_parallel::TensorParallel;
use xlagen::engine::{Engine, EngineOptions, Flow, GenerateParams};
use xlagen::model::linear::Backend;
use xlagen::model::WeightStore;
use xlagen::runtime::{Client, ClientOptions, DeviceKind, Plugin};

/// One client with four CPU devices for the whole binary; a split over 2 uses the first two.
fn client() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let plugin = Plugin::for_device(None, DeviceKind::Cpu)
            .unwrap_or_else(|e| panic!("the PJRT CPU plugin is needed for these tests: {e}"));
        let options = ClientOptions::new().with("cpu_device_count", 4i64);
        Client::new(&plugin, &options).expect("CPU client with 4 devices")
    })
}

fn options() -> EngineOptions {
    EngineOptions {
        dtype: DType::F32,
        max_seq: 64,
        buckets: vec![8, 32],
        compile_cache: None,
        decode_steps: 4,
        quant: Default::default(),
        kv_dtype: None,
    }
}

/// The one-device reference: XLA's ops, as the split engine runs them.
fn one_device(dir: &Path) -> Engine {
    let store = WeightStore::open(dir).unwrap();
    Engine::with_backend(client().clone(), &store, options(), Backend::Xla).unwrap()
}

fn split(dir: &Path, devices: usize) -> TensorParallel {
    let store = WeightStore::open(dir).unwrap();
    TensorParallel::new(client().clone(), &store, options(), devices).unwrap()
}

/// Fixtures whose KV heads, query heads and feed-forward width divide by `devices`.
const SPLITS: [(&str, usize); 4] = [
    ("mistral_gqa_window", 2),
    ("qwen2_untied", 2),
    ("qwen2_tied_gqa", 2),
    ("mistral_headdim", 4),
];

#[test]
fn logits_over_2_and_4_devices_equal_one_device() {
    for (name, devices) in SPLITS {
        let dir = fixture_dir(name);
        let prompt = ids(&reference(&dir)["prompt_ids"]);
        let want = one_device(&dir).logits(&prompt).unwrap();
        let got = split(&dir, devices).logits(&prompt).unwrap();
        assert_eq!(got.len(), want.len(), "{name}");
        let err = rel_error(&got, &want);
        assert!(err <= 1e-5, "{name} over {devices}: relative error {err:e}");
    }
}

#[test]
fn greedy_ids_over_2_and_4_devices_equal_one_device() {
    for (name, devices) in SPLITS {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let (prompt, greedy) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
        let params = GenerateParams::greedy(greedy.len());
        let want = one_device(&dir)
            .generate(&prompt, &params, None, |_| Flow::Continue)
            .unwrap();
        let got = split(&dir, devices)
            .generate(&prompt, &params, |_| Flow::Continue)
            .unwrap();
        assert_eq!(got.ids, want.ids, "{name} over {devices}");
        // And both are PyTorch's.
        assert_eq!(got.ids, greedy, "{name} over {devices}");
    }
}

#[test]
fn scratch_dump() {
    use xlagen::engine::programs::{sharded_step_program, Sampling, StepKind, StepSpec};
    use xlagen::model::mistral::Shapes;
    use xlagen::model::quant::WeightFormat;
    use xlagen::program::Mesh;
    use xlagen::runtime::CompileOptions;
    let dir = fixture_dir("mistral_gqa_window");
    let store = WeightStore::open(&dir).unwrap();
    let cfg = store.config();
    for (kind, tokens) in [
        (StepKind::Decode { steps: 4, rows: 1 }, 1),
        (StepKind::Prefill, 8),
    ] {
        let spec = StepSpec {
            kind,
            shapes: Shapes {
                batch: 1,
                tokens,
                max_seq: 64,
            },
            format: WeightFormat {
                dtype: DType::F32,
                quant: Default::default(),
                backend: Backend::Xla,
            },
            kv_dtype: DType::F32,
            sampling: Sampling::Greedy,
            emit_logits: false,
        };
        let p = sharded_step_program(cfg, &spec, &Mesh::line("tp", 2).unwrap()).unwrap();
        let d = format!("/tmp/tpdump_{tokens}");
        let _ = std::fs::remove_dir_all(&d);
        client()
            .compile_sharded(
                &p,
                &CompileOptions::new()
                    .xla_option("xla_dump_to", d.clone())
                    .xla_option("xla_dump_hlo_as_text", true),
            )
            .unwrap();
    }
}
