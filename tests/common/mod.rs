//! Shared test harness: one CPU PJRT client per test binary, and host-side tensors.
#![allow(dead_code)]

use std::sync::OnceLock;

use xlagen::dtype::{DType, TensorType};
use xlagen::program::Program;
use xlagen::runtime::{Arg, Buffer, Client, ClientOptions, CompileOptions, DeviceKind, Plugin};

/// The CPU client every test in a binary shares (found or installed like `xlagen` does).
pub fn client() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let plugin = Plugin::for_device(None, DeviceKind::Cpu)
            .unwrap_or_else(|e| panic!("the PJRT CPU plugin is needed for these tests: {e}"));
        Client::new(&plugin, &ClientOptions::default()).expect("CPU client")
    })
}

/// A host tensor for test inputs and outputs; values kept as f64 for references.
#[derive(Clone, Debug)]
pub struct Host {
    pub dtype: DType,
    pub dims: Vec<i64>,
    pub data: Vec<f64>,
}

impl Host {
    pub fn new(dtype: DType, dims: &[i64], data: Vec<f64>) -> Host {
        assert_eq!(dims.iter().product::<i64>() as usize, data.len());
        Host {
            dtype,
            dims: dims.to_vec(),
            data,
        }
    }
    pub fn ty(&self) -> TensorType {
        TensorType::new(self.dtype, &self.dims)
    }
    pub fn f32(dims: &[i64], data: Vec<f64>) -> Host {
        Host::new(
            DType::F32,
            dims,
            data.into_iter().map(|v| v as f32 as f64).collect(),
        )
    }
    pub fn i32(dims: &[i64], data: Vec<i64>) -> Host {
        Host::new(
            DType::I32,
            dims,
            data.into_iter().map(|v| v as f64).collect(),
        )
    }
    pub fn array(&self) -> ndarray::ArrayD<f64> {
        let shape: Vec<usize> = self.dims.iter().map(|&d| d as usize).collect();
        ndarray::ArrayD::from_shape_vec(shape, self.data.clone()).unwrap()
    }
    pub fn from_array(dtype: DType, a: &ndarray::ArrayD<f64>) -> Host {
        let dims: Vec<i64> = a.shape().iter().map(|&d| d as i64).collect();
        Host::new(dtype, &dims, a.iter().copied().collect())
    }
}

/// Seeded uniform values in [lo, hi), rounded to f32.
pub fn random(seed: u64, dims: &[i64], lo: f64, hi: f64) -> Host {
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let n = dims.iter().product::<i64>() as usize;
    Host::f32(dims, (0..n).map(|_| rng.gen_range(lo..hi)).collect())
}

fn upload(h: &Host) -> Buffer {
    let c = client();
    let r = match h.dtype {
        DType::F32 => c.upload(
            &h.data.iter().map(|&v| v as f32).collect::<Vec<_>>(),
            &h.dims,
        ),
        DType::I32 => c.upload(
            &h.data.iter().map(|&v| v as i32).collect::<Vec<_>>(),
            &h.dims,
        ),
        DType::I8 => c.upload(
            &h.data.iter().map(|&v| v as i8).collect::<Vec<_>>(),
            &h.dims,
        ),
        DType::U32 => c.upload(
            &h.data.iter().map(|&v| v as u32).collect::<Vec<_>>(),
            &h.dims,
        ),
        DType::U64 => c.upload(
            &h.data.iter().map(|&v| v as u64).collect::<Vec<_>>(),
            &h.dims,
        ),
        DType::BF16 => c.upload(
            &h.data
                .iter()
                .map(|&v| half::bf16::from_f64(v))
                .collect::<Vec<_>>(),
            &h.dims,
        ),
        other => panic!("test harness cannot upload {other}"),
    };
    r.expect("upload")
}

fn download(b: &Buffer) -> Host {
    let ty = b.ty().clone();
    let data: Vec<f64> = match ty.dtype {
        DType::F32 => b
            .to_host::<f32>()
            .unwrap()
            .into_iter()
            .map(f64::from)
            .collect(),
        DType::I32 => b
            .to_host::<i32>()
            .unwrap()
            .into_iter()
            .map(f64::from)
            .collect(),
        DType::I8 => b
            .to_host::<i8>()
            .unwrap()
            .into_iter()
            .map(f64::from)
            .collect(),
        DType::U32 => b
            .to_host::<u32>()
            .unwrap()
            .into_iter()
            .map(f64::from)
            .collect(),
        DType::U64 => b
            .to_host::<u64>()
            .unwrap()
            .into_iter()
            .map(|v| v as f64)
            .collect(),
        DType::BF16 => b
            .to_host::<half::bf16>()
            .unwrap()
            .into_iter()
            .map(f64::from)
            .collect(),
        DType::Pred => b
            .to_bytes()
            .unwrap()
            .into_iter()
            .map(|v| (v != 0) as u8 as f64)
            .collect(),
        other => panic!("test harness cannot download {other}"),
    };
    Host::new(ty.dtype, &ty.dims, data)
}

/// Compiles `program` and runs it once on the given inputs.
pub fn run(program: &Program, inputs: &[&Host]) -> Vec<Host> {
    let exe = client()
        .compile(program, &CompileOptions::default())
        .unwrap_or_else(|e| panic!("compile failed: {e}\n{}", program.mlir));
    let bufs: Vec<Buffer> = inputs.iter().map(|h| upload(h)).collect();
    let args: Vec<Arg> = bufs.iter().map(Arg::from).collect();
    exe.execute(args)
        .expect("execute")
        .iter()
        .map(download)
        .collect()
}

/// Asserts `got` matches `want` elementwise within `rel` of max(1, |want|).
#[track_caller]
pub fn assert_close(got: &Host, want: &Host, rel: f64) {
    assert_eq!(got.dims, want.dims, "shape");
    for (i, (g, w)) in got.data.iter().zip(&want.data).enumerate() {
        let tol = rel * w.abs().max(1.0);
        assert!(
            (g - w).abs() <= tol || (g.is_nan() && w.is_nan()),
            "element {i}: got {g}, want {w} (tol {tol})"
        );
    }
}

/// Largest |got - want| over a row, relative to the row's largest |want|.
pub fn rel_error(got: &[f32], want: &[f32]) -> f64 {
    let scale = want.iter().fold(0f32, |m, v| m.max(v.abs())) as f64;
    let diff = got
        .iter()
        .zip(want)
        .fold(0f64, |m, (g, w)| m.max((g - w).abs() as f64));
    diff / scale
}

/// The PyTorch parity fixtures (tests/fixtures/README.md): Mistral, Llama and Qwen2.
pub const MODELS: [&str; 5] = [
    "mistral_gqa_window",
    "llama_tied_odd",
    "mistral_headdim",
    "qwen2_tied_gqa",
    "qwen2_untied",
];

pub fn fixture_dir(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/models")
        .join(name)
}

/// A fixture's `reference.json` (prompt and greedy ids).
pub fn reference(dir: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("reference.json")).expect("reference.json");
    serde_json::from_str(&text).expect("reference.json parses")
}

pub fn ids(v: &serde_json::Value) -> Vec<u32> {
    v.as_array()
        .expect("id list")
        .iter()
        .map(|x| x.as_u64().expect("an id") as u32)
        .collect()
}

/// The prompt and its greedy continuation but the last id: positions with a known answer.
pub fn full_sequence(r: &serde_json::Value) -> Vec<u32> {
    let mut seq = ids(&r["prompt_ids"]);
    let greedy = ids(&r["greedy_ids"]);
    seq.extend(&greedy[..greedy.len() - 1]);
    seq
}

/// A tensor of a fixture's `logits.safetensors`, with its shape.
pub fn fixture_logits(dir: &std::path::Path, name: &str) -> (Vec<i64>, Vec<f32>) {
    let file = xlagen::formats::safetensors::SafetensorsFile::open(&dir.join("logits.safetensors"))
        .expect("logits.safetensors");
    let t = file.tensor(name).expect("a logits tensor");
    (t.dims.clone(), t.to_f32().expect("f32 logits").into_owned())
}

/// On every fixture: greedy generation through the KV cache (prompt in chunks of 8, then one
/// token per step) gives PyTorch's ids, and each step's logits equal full recompute's within
/// `tol` of the row's largest logit.
pub fn assert_cached_decode_equals_recompute(client: &Client, tol: f64) {
    use xlagen::engine::{Engine, EngineOptions, Flow, GenerateParams};
    for name in MODELS {
        let dir = fixture_dir(name);
        let r = reference(&dir);
        let (prompt, want_ids) = (ids(&r["prompt_ids"]), ids(&r["greedy_ids"]));
        let (dims, full) = fixture_logits(&dir, "full_logits");
        let v = dims[1] as usize;
        let store = xlagen::model::WeightStore::open(&dir).unwrap();
        let opts = EngineOptions {
            dtype: DType::F32,
            max_seq: 64,
            buckets: vec![8],
            compile_cache: None,
            quant: Default::default(),
        };
        let mut e = Engine::new(client.clone(), &store, opts).unwrap();
        let mut steps = Vec::new();
        let got = e
            .generate(
                &prompt,
                &GenerateParams::greedy(want_ids.len()),
                Some(&mut steps),
                |_| Flow::Continue,
            )
            .unwrap();
        assert_eq!(got.ids, want_ids, "{name}");
        for (i, step) in steps.iter().enumerate() {
            let row = prompt.len() - 1 + i;
            let err = rel_error(step, &full[row * v..(row + 1) * v]);
            assert!(
                err < tol,
                "{name} decode step {i}: relative logit error {err:e}"
            );
        }
    }
}
