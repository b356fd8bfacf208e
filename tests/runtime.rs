//! Runtime tests against the real PJRT CPU plugin, obtained through the same discovery the CLI
//! uses (installed into the cache dir if missing). Without it these tests fail; they never skip.

use half::{bf16, f16};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::process::Command;
use xlagen::dtype::{DType, TensorType};
use xlagen::program::Program;
use xlagen::runtime::{
    discover_plugin, Arg, CacheOutcome, Client, ClientOptions, CompileCache, CompileOptions,
    DeviceKind, HostBuffer, HostElement, Plugin, RuntimeError, Signature,
};

fn cpu_plugin() -> Plugin {
    Plugin::for_device(None, DeviceKind::Cpu).unwrap_or_else(|e| {
        panic!("these tests need the PJRT CPU plugin and could not get it: {e}")
    })
}

fn cpu_client() -> Client {
    Client::new(&cpu_plugin(), &ClientOptions::new()).expect("creating a CPU client")
}

fn program(mlir: &str, inputs: &[TensorType], outputs: &[TensorType]) -> Program {
    Program {
        mlir: mlir.to_string(),
        inputs: inputs.to_vec(),
        outputs: outputs.to_vec(),
    }
}

/// `main(a, b) = a + b` on `tensor<4x{dtype}>`.
fn add_program(dtype: DType) -> Program {
    let t = TensorType::new(dtype, &[4]);
    let ty = t.mlir();
    let mlir = format!(
        "module {{\n  func.func public @main(%arg0: {ty}, %arg1: {ty}) -> {ty} {{\n    \
         %0 = stablehlo.add %arg0, %arg1 : {ty}\n    return %0 : {ty}\n  }}\n}}\n"
    );
    program(&mlir, &[t.clone(), t.clone()], &[t])
}

/// `main(cache, update, row) = dynamic_update_slice(cache, update, [row, 0])`, with the cache
/// aliased to the output so a donated cache is updated in place.
fn cache_update_program() -> Program {
    let mlir = r#"
module {
  func.func public @main(%cache: tensor<8x4xf32> {tf.aliasing_output = 0 : i32},
                         %update: tensor<1x4xf32>, %row: tensor<i32>) -> tensor<8x4xf32> {
    %zero = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_update_slice %cache, %update, %row, %zero
        : (tensor<8x4xf32>, tensor<1x4xf32>, tensor<i32>, tensor<i32>) -> tensor<8x4xf32>
    return %0 : tensor<8x4xf32>
  }
}
"#;
    program(
        mlir,
        &[
            TensorType::new(DType::F32, &[8, 4]),
            TensorType::new(DType::F32, &[1, 4]),
            TensorType::scalar(DType::I32),
        ],
        &[TensorType::new(DType::F32, &[8, 4])],
    )
}

fn run_add<T: HostElement>(client: &Client, a: &[T], b: &[T]) -> Vec<T> {
    let exe = client
        .compile(&add_program(T::DTYPE), &CompileOptions::new())
        .unwrap();
    let (a, b) = (
        client.upload(a, &[4]).unwrap(),
        client.upload(b, &[4]).unwrap(),
    );
    let out = exe.execute(vec![(&a).into(), (&b).into()]).unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].ty(), &TensorType::new(T::DTYPE, &[4]));
    out[0].to_host::<T>().unwrap()
}

#[test]
fn client_reports_platform_and_devices() {
    let client = cpu_client();
    assert_eq!(client.platform_name(), "cpu");
    assert!(!client.platform_version().is_empty());
    assert!(client.device_count() >= 1);
    let attrs = client.plugin_attributes().unwrap();
    assert!(
        attrs.iter().any(|(k, _)| k == "stablehlo_current_version"),
        "plugin attributes: {attrs:?}"
    );
    client.device_attributes().unwrap();
    // Our own kernels (issue 4) register typed XLA FFI handlers through this extension.
    assert!(client
        .plugin()
        .extension(xlagen::runtime::ffi::PJRT_Extension_Type_FFI)
        .is_some());
    let one = Client::new(
        &cpu_plugin(),
        &ClientOptions::new().with("cpu_device_count", 1i64),
    )
    .unwrap();
    assert_eq!(one.device_count(), 1);
}

#[test]
fn f32_add_round_trips_through_the_device() {
    let a = [1.0f32, -2.5, 3.25, 1e-3];
    let b = [0.5f32, 2.5, -10.0, 7.0];
    let expected: Vec<f32> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
    assert_eq!(run_add(&cpu_client(), &a, &b), expected);
}

#[test]
fn bf16_f16_i8_i32_add_round_trip() {
    let client = cpu_client();
    // Values whose sums are exact in every type, so the reference cannot disagree on rounding.
    let xs = [1.5f32, -2.0, 0.25, 96.0];
    let ys = [2.25f32, 0.5, -4.0, 32.0];
    let sums: Vec<f32> = xs.iter().zip(&ys).map(|(x, y)| x + y).collect();

    let conv = |v: &[f32], f: fn(f32) -> bf16| v.iter().map(|x| f(*x)).collect::<Vec<_>>();
    let got = run_add(
        &client,
        &conv(&xs, bf16::from_f32),
        &conv(&ys, bf16::from_f32),
    );
    assert_eq!(got, conv(&sums, bf16::from_f32));

    let conv = |v: &[f32]| v.iter().map(|x| f16::from_f32(*x)).collect::<Vec<_>>();
    assert_eq!(run_add(&client, &conv(&xs), &conv(&ys)), conv(&sums));

    let a = [1i8, -128, 100, 7];
    let b = [2i8, 127, 27, -7];
    let want: Vec<i8> = a.iter().zip(&b).map(|(x, y)| x.wrapping_add(*y)).collect();
    assert_eq!(run_add(&client, &a, &b), want);

    let a = [1i32, -70000, i32::MAX, 0];
    let b = [2i32, 70001, 1, -5];
    let want: Vec<i32> = a.iter().zip(&b).map(|(x, y)| x.wrapping_add(*y)).collect();
    assert_eq!(run_add(&client, &a, &b), want);
}

#[test]
fn buffers_report_type_size_and_bytes() {
    let client = cpu_client();
    let buf = client
        .upload(&[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0], &[2, 3])
        .unwrap();
    buf.block_until_ready().unwrap();
    assert_eq!(buf.ty(), &TensorType::new(DType::F32, &[2, 3]));
    assert_eq!(buf.device_type().unwrap(), *buf.ty());
    assert_eq!(buf.on_device_size_bytes().unwrap(), 24);
    assert_ne!(buf.device_pointer().unwrap(), 0);
    assert_eq!(
        buf.to_bytes().unwrap(),
        1.0f32
            .to_le_bytes()
            .iter()
            .chain(&2.0f32.to_le_bytes())
            .chain(&3.0f32.to_le_bytes())
            .chain(&4.0f32.to_le_bytes())
            .chain(&5.0f32.to_le_bytes())
            .chain(&6.0f32.to_le_bytes())
            .copied()
            .collect::<Vec<u8>>()
    );
    let ty = TensorType::new(DType::U8, &[3]);
    let raw = client.upload_bytes(&[7, 8, 9], &ty).unwrap();
    assert_eq!(raw.to_host::<u8>().unwrap(), [7, 8, 9]);
}

#[test]
fn donated_cache_is_updated_in_place() {
    let client = cpu_client();
    let exe = client
        .compile(&cache_update_program(), &CompileOptions::new())
        .unwrap();
    let mut expected = vec![0.0f32; 32];
    let mut cache = client.upload(&expected, &[8, 4]).unwrap();
    for step in 0..8i32 {
        let row: Vec<f32> = (0..4).map(|j| (step * 10 + j) as f32).collect();
        let update = client.upload(&row, &[1, 4]).unwrap();
        let index = client.upload(&[step], &[]).unwrap();
        let before = cache.device_pointer().unwrap();
        let mut out = exe
            .execute(vec![cache.donate(), (&update).into(), (&index).into()])
            .unwrap();
        cache = out.remove(0);
        assert_eq!(
            cache.device_pointer().unwrap(),
            before,
            "step {step}: cache was copied"
        );
        expected[step as usize * 4..step as usize * 4 + 4].copy_from_slice(&row);
        assert_eq!(cache.to_host::<f32>().unwrap(), expected, "step {step}");
    }
}

#[test]
fn borrowed_argument_is_left_intact_even_when_aliased() {
    let client = cpu_client();
    let exe = client
        .compile(&cache_update_program(), &CompileOptions::new())
        .unwrap();
    let cache = client.upload(&[0.0f32; 32], &[8, 4]).unwrap();
    let update = client.upload(&[1.0f32; 4], &[1, 4]).unwrap();
    let index = client.upload(&[2i32], &[]).unwrap();
    let out = exe
        .execute(vec![
            Arg::Borrowed(&cache),
            (&update).into(),
            (&index).into(),
        ])
        .unwrap();
    assert_ne!(
        out[0].device_pointer().unwrap(),
        cache.device_pointer().unwrap()
    );
    assert_eq!(cache.to_host::<f32>().unwrap(), vec![0.0; 32]);
    assert_eq!(out[0].to_host::<f32>().unwrap()[8..12], [1.0; 4]);
}

/// A host tensor of `values`, filled in place.
fn host_tensor(values: &[f32], dims: &[i64]) -> HostBuffer {
    let mut host = HostBuffer::zeroed(&TensorType::new(DType::F32, dims)).unwrap();
    host.elements_mut::<f32>().unwrap().copy_from_slice(values);
    host
}

#[test]
fn the_cpu_plugin_uses_an_uploaded_host_tensor_in_place() {
    let client = cpu_client();
    let host = host_tensor(&[1.0, 2.0, 3.0, 4.0], &[4]);
    let address = host.bytes().as_ptr() as usize;
    let a = client.upload_host(host).unwrap();
    assert!(a.aliases_host_memory());
    assert_eq!(
        a.device_pointer().unwrap(),
        address,
        "the tensor was copied"
    );
    assert_eq!(a.to_host::<f32>().unwrap(), [1.0, 2.0, 3.0, 4.0]);
    let b = client.upload(&[10.0f32, 20.0, 30.0, 40.0], &[4]).unwrap();
    let exe = client
        .compile(&add_program(DType::F32), &CompileOptions::new())
        .unwrap();
    let out = exe.execute(vec![(&a).into(), (&b).into()]).unwrap();
    assert_eq!(out[0].to_host::<f32>().unwrap(), [11.0, 22.0, 33.0, 44.0]);
    assert!(!out[0].aliases_host_memory());
    // Host memory in place is never written, donated or not: the output goes elsewhere.
    let out = exe.execute(vec![a.donate(), (&b).into()]).unwrap();
    assert_ne!(out[0].device_pointer().unwrap(), address);
    assert_eq!(out[0].to_host::<f32>().unwrap(), [11.0, 22.0, 33.0, 44.0]);
}

#[test]
fn a_tensor_of_a_mapped_file_is_used_in_place_and_read_only() {
    // An F32 tensor of a GGUF file (32-byte aligned in the file, so in the map).
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gguf/tiny_llama.gguf");
    let gguf = xlagen::formats::gguf::GgufFile::open(&path).unwrap();
    let name = "blk.1.ffn_up.weight";
    let (dims, want) = gguf.tensor_f32(name).unwrap();
    let ty = TensorType::new(DType::F32, &dims);
    let (map, offset) = gguf.tensor_in_map(name).unwrap();
    let address = map.as_ptr() as usize + offset;
    let mut host = HostBuffer::mapped(map.clone(), offset, &ty).unwrap();
    let err = host.elements_mut::<f32>().unwrap_err().to_string();
    assert!(err.contains("read-only file map"), "{err}");
    let client = cpu_client();
    let buffer = client.upload_host(host).unwrap();
    assert!(buffer.aliases_host_memory());
    assert_eq!(buffer.device_pointer().unwrap(), address, "copied");
    assert_eq!(buffer.to_host::<f32>().unwrap(), want);
    // A range past the map's end is refused, naming the sizes.
    let err = HostBuffer::mapped(map.clone(), map.len() - 8, &ty)
        .unwrap_err()
        .to_string();
    assert!(err.contains("8192 bytes at offset"), "{err}");
}

#[test]
fn a_host_tensor_dropped_during_an_execution_outlives_it() {
    // The buffer is dropped while executions that read it may still be queued; its host memory
    // must stay until the plugin is done (a use-after-free would give wrong sums or crash).
    let client = cpu_client();
    let exe = client
        .compile(&add_program(DType::F32), &CompileOptions::new())
        .unwrap();
    let b = client.upload(&[0.5f32; 4], &[4]).unwrap();
    for round in 0..50 {
        let v = round as f32;
        let a = client.upload_host(host_tensor(&[v; 4], &[4])).unwrap();
        let outs: Vec<_> = (0..4)
            .map(|_| exe.execute(vec![(&a).into(), (&b).into()]).unwrap())
            .collect();
        drop(a);
        let _churn: Vec<Vec<u8>> = (0..8).map(|i| vec![i as u8; 4096]).collect();
        for out in outs {
            assert_eq!(
                out[0].to_host::<f32>().unwrap(),
                [v + 0.5; 4],
                "round {round}"
            );
        }
    }
}

#[test]
fn a_host_tensor_of_the_wrong_element_type_is_refused() {
    let mut host = HostBuffer::zeroed(&TensorType::new(DType::BF16, &[3])).unwrap();
    assert!(host.elements_mut::<f32>().is_err());
    host.elements_mut::<bf16>().unwrap()[2] = bf16::from_f32(1.5);
    let uploaded = cpu_client().upload_host(host).unwrap();
    let values = uploaded.to_host::<bf16>().unwrap();
    assert_eq!(values, [0.0, 0.0, 1.5].map(bf16::from_f32));
}

#[test]
fn executables_run_concurrently_from_threads() {
    let client = cpu_client();
    let exe = client
        .compile(&add_program(DType::F32), &CompileOptions::new())
        .unwrap();
    std::thread::scope(|s| {
        for t in 0..4 {
            let (client, exe) = (&client, &exe);
            s.spawn(move || {
                let a = client.upload(&[t as f32; 4], &[4]).unwrap();
                for _ in 0..20 {
                    let out = exe.execute(vec![(&a).into(), (&a).into()]).unwrap();
                    assert_eq!(out[0].to_host::<f32>().unwrap(), [2.0 * t as f32; 4]);
                }
            });
        }
    });
}

fn check_add(client: &Client, exe: &xlagen::runtime::Executable) {
    let a = client.upload(&[1.0f32, 2.0, 3.0, 4.0], &[4]).unwrap();
    let b = client.upload(&[10.0f32, 20.0, 30.0, 40.0], &[4]).unwrap();
    let out = exe.execute(vec![(&a).into(), (&b).into()]).unwrap();
    assert_eq!(out[0].to_host::<f32>().unwrap(), [11.0, 22.0, 33.0, 44.0]);
}

#[test]
fn serialized_executable_runs_on_a_fresh_client() {
    let prog = add_program(DType::F32);
    let bytes = {
        let client = cpu_client();
        let exe = client.compile(&prog, &CompileOptions::new()).unwrap();
        exe.serialize().unwrap()
    };
    assert!(!bytes.is_empty());
    let client = cpu_client();
    let exe = client.deserialize(&bytes, &Signature::of(&prog)).unwrap();
    check_add(&client, &exe);
}

const CHILD_CACHE_ENV: &str = "XLAGEN_TEST_CHILD_CACHE_DIR";

/// The child half of `cached_executable_loads_in_a_fresh_process`; does nothing on its own.
#[test]
fn fresh_process_child() {
    let Some(dir) = std::env::var_os(CHILD_CACHE_ENV) else {
        return;
    };
    let client = cpu_client();
    let (exe, outcome) = client
        .compile_cached(
            &add_program(DType::F32),
            &CompileOptions::new(),
            &CompileCache::new(dir),
        )
        .unwrap();
    assert_eq!(outcome, CacheOutcome::Hit);
    check_add(&client, &exe);
    println!("child: cache hit, outputs correct");
}

#[test]
fn cached_executable_loads_in_a_fresh_process() {
    let dir = tempfile::tempdir().unwrap();
    let cache = CompileCache::new(dir.path());
    let client = cpu_client();
    let (exe, outcome) = client
        .compile_cached(&add_program(DType::F32), &CompileOptions::new(), &cache)
        .unwrap();
    assert_eq!(outcome, CacheOutcome::Miss);
    check_add(&client, &exe);

    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "fresh_process_child", "--nocapture"])
        .env(CHILD_CACHE_ENV, dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("child: cache hit, outputs correct"),
        "child process failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn only_entry(dir: &Path) -> std::path::PathBuf {
    let entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1, "cache dir holds {entries:?}");
    entries[0].clone()
}

#[test]
fn damaged_cache_entries_are_detected_and_recompiled() {
    let dir = tempfile::tempdir().unwrap();
    let cache = CompileCache::new(dir.path());
    let client = cpu_client();
    let prog = add_program(DType::F32);
    let opts = CompileOptions::new();
    let compile = || {
        let (exe, outcome) = client.compile_cached(&prog, &opts, &cache).unwrap();
        check_add(&client, &exe);
        outcome
    };
    assert_eq!(compile(), CacheOutcome::Miss);
    assert_eq!(compile(), CacheOutcome::Hit);
    let entry = only_entry(dir.path());
    let good = std::fs::read(&entry).unwrap();

    // Truncated.
    std::fs::write(&entry, &good[..good.len() / 2]).unwrap();
    assert_eq!(compile(), CacheOutcome::Recompiled);
    // Rewritten in full (not byte-identical: the plugin's serialization varies between compiles).
    let rewritten = std::fs::read(&entry).unwrap();
    assert!(rewritten.len() > good.len() / 2, "entry was not rewritten");
    assert_eq!(compile(), CacheOutcome::Hit);

    // One flipped payload byte.
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x55;
    std::fs::write(&entry, &flipped).unwrap();
    assert_eq!(compile(), CacheOutcome::Recompiled);

    // A foreign file.
    std::fs::write(&entry, b"not an xlagen cache entry").unwrap();
    assert_eq!(compile(), CacheOutcome::Recompiled);

    // A well-formed entry whose payload the plugin rejects.
    let header_len = 8 + 4 + 32 + 8 + 32;
    let payload = b"garbage executable bytes".to_vec();
    let mut forged = good[..header_len].to_vec();
    forged[44..52].copy_from_slice(&(payload.len() as u64).to_le_bytes());
    forged[52..84].copy_from_slice(&Sha256::digest(&payload));
    forged.extend_from_slice(&payload);
    std::fs::write(&entry, &forged).unwrap();
    assert_eq!(compile(), CacheOutcome::Recompiled);
    assert_eq!(compile(), CacheOutcome::Hit);
    assert_eq!(only_entry(dir.path()), entry, "temp files left behind");
}

#[test]
fn cache_key_changes_with_program_and_options() {
    let client = cpu_client();
    let f32_add = add_program(DType::F32);
    let key = CompileCache::key(&client, &f32_add, &CompileOptions::new());
    assert_eq!(
        key,
        CompileCache::key(&client, &f32_add, &CompileOptions::new())
    );
    assert_ne!(
        key,
        CompileCache::key(&client, &add_program(DType::I32), &CompileOptions::new())
    );
    let fast = CompileOptions::new().xla_option("xla_cpu_enable_fast_math", true);
    assert_ne!(key, CompileCache::key(&client, &f32_add, &fast));
    // XLA_FLAGS reach the compiler too. A harmless flag, in case another test's first
    // compile reads the variable meanwhile.
    let before = std::env::var_os("XLA_FLAGS");
    std::env::set_var("XLA_FLAGS", "--xla_dump_hlo_as_text=false");
    let flagged = CompileCache::key(&client, &f32_add, &CompileOptions::new());
    match before {
        Some(v) => std::env::set_var("XLA_FLAGS", v),
        None => std::env::remove_var("XLA_FLAGS"),
    }
    assert_ne!(key, flagged, "XLA_FLAGS must be part of the key");
}

#[test]
fn a_plugin_is_loaded_once_per_file() {
    let plugin = cpu_plugin();
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("link_to_plugin.so");
    std::os::unix::fs::symlink(plugin.path(), &link).unwrap();
    assert_eq!(Plugin::load(&link).unwrap(), plugin);
    assert_eq!(plugin.api_version().0, 0);
}

#[test]
fn missing_plugin_file_is_a_clear_error() {
    let path = Path::new("/nonexistent/xla_cpu_pjrt.so");
    let err = Plugin::load(path).unwrap_err();
    assert!(
        matches!(err, RuntimeError::PluginFileMissing { .. }),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("/nonexistent/xla_cpu_pjrt.so"),
        "{err}"
    );
    let err = discover_plugin(Some(path), DeviceKind::Cpu).unwrap_err();
    assert!(
        matches!(err, RuntimeError::PluginFileMissing { .. }),
        "{err:?}"
    );
}

#[test]
fn missing_tpu_plugin_says_what_to_install() {
    if let Some(explicit) = std::env::var_os("XLAGEN_PJRT_PLUGIN") {
        // The override wins over the device kind, by design.
        assert_eq!(
            discover_plugin(None, DeviceKind::Tpu).unwrap(),
            Path::new(&explicit)
        );
        return;
    }
    match discover_plugin(None, DeviceKind::Tpu) {
        Err(err @ RuntimeError::PluginNotFound { .. }) => {
            assert!(err.to_string().contains("pip install libtpu"), "{err}")
        }
        Ok(path) => assert!(path.ends_with("libtpu/libtpu.so"), "{path:?}"),
        Err(other) => panic!("unexpected error: {other}"),
    }
}

#[test]
fn garbage_file_is_not_a_plugin() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fake_plugin.so");
    std::fs::write(&path, b"\x7fELF but not really").unwrap();
    let err = Plugin::load(&path).unwrap_err();
    assert!(matches!(err, RuntimeError::NotAPlugin { .. }), "{err:?}");
    assert!(err.to_string().contains("fake_plugin.so"), "{err}");
}

#[test]
fn shared_library_without_get_pjrt_api_is_not_a_plugin() {
    let libc = [
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/usr/lib/x86_64-linux-gnu/libc.so.6",
        "/lib/aarch64-linux-gnu/libc.so.6",
        "/usr/lib64/libc.so.6",
        "/lib64/libc.so.6",
    ]
    .into_iter()
    .map(Path::new)
    .find(|p| p.is_file())
    .expect("no libc.so.6 in the usual places");
    let err = Plugin::load(libc).unwrap_err();
    assert!(matches!(err, RuntimeError::NotAPlugin { .. }), "{err:?}");
    assert!(err.to_string().contains("GetPjrtApi"), "{err}");
}

#[test]
fn malformed_stablehlo_surfaces_the_plugin_message() {
    let client = cpu_client();
    let mut prog = add_program(DType::F32);
    prog.mlir = prog.mlir.replace("stablehlo.add", "stablehlo.addd");
    let err = client.compile(&prog, &CompileOptions::new()).unwrap_err();
    let RuntimeError::Pjrt {
        message, context, ..
    } = &err
    else {
        panic!("expected a PJRT error, got {err:?}");
    };
    assert!(context.contains("compiling"), "{err}");
    assert!(
        message.contains("stablehlo.addd"),
        "plugin message: {message}"
    );
}

#[test]
fn unknown_xla_option_is_an_error_not_a_crash() {
    let client = cpu_client();
    let opts = CompileOptions::new().xla_option("xla_no_such_option", true);
    let err = client.compile(&add_program(DType::F32), &opts).unwrap_err();
    assert!(matches!(err, RuntimeError::Pjrt { .. }), "{err:?}");
    assert!(err.to_string().contains("xla_no_such_option"), "{err}");
    // A real option is accepted.
    let opts = CompileOptions::new().xla_option("xla_cpu_enable_fast_math", false);
    check_add(
        &client,
        &client.compile(&add_program(DType::F32), &opts).unwrap(),
    );
}

#[test]
fn wrong_signature_is_caught_at_compile() {
    let client = cpu_client();
    let mut prog = add_program(DType::F32);
    prog.outputs = vec![TensorType::new(DType::F32, &[5])];
    let err = client.compile(&prog, &CompileOptions::new()).unwrap_err();
    assert!(matches!(err, RuntimeError::Signature(_)), "{err:?}");
    assert!(err.to_string().contains("output 0"), "{err}");
}

#[test]
fn wrong_arguments_are_rejected_before_execute() {
    let client = cpu_client();
    let exe = client
        .compile(&add_program(DType::F32), &CompileOptions::new())
        .unwrap();
    let four = client.upload(&[1.0f32; 4], &[4]).unwrap();
    let five = client.upload(&[1.0f32; 5], &[5]).unwrap();
    let ints = client.upload(&[1i32; 4], &[4]).unwrap();

    let err = exe.execute(vec![(&four).into()]).unwrap_err();
    assert!(
        matches!(
            err,
            RuntimeError::ArgumentCount {
                expected: 2,
                got: 1
            }
        ),
        "{err:?}"
    );

    let err = exe
        .execute(vec![(&four).into(), (&five).into()])
        .unwrap_err();
    assert!(
        matches!(err, RuntimeError::ArgumentType { index: 1, .. }),
        "{err:?}"
    );
    assert_eq!(err.to_string(), "argument 1: expected f32[4], got f32[5]");

    let err = exe
        .execute(vec![(&ints).into(), (&four).into()])
        .unwrap_err();
    assert_eq!(err.to_string(), "argument 0: expected f32[4], got i32[4]");

    let other = cpu_client().upload(&[1.0f32; 4], &[4]).unwrap();
    let err = exe
        .execute(vec![(&four).into(), (&other).into()])
        .unwrap_err();
    assert!(
        matches!(err, RuntimeError::ForeignBuffer { index: 1 }),
        "{err:?}"
    );
}

#[test]
fn host_data_must_match_its_type() {
    let client = cpu_client();
    let err = client.upload(&[1.0f32; 3], &[4]).unwrap_err();
    assert!(matches!(err, RuntimeError::HostData { .. }), "{err:?}");
    let err = client.upload(&[1.0f32; 4], &[-4]).unwrap_err();
    assert!(matches!(err, RuntimeError::HostData { .. }), "{err:?}");
    let buf = client.upload(&[1.0f32; 4], &[4]).unwrap();
    let err = buf.to_host::<i32>().unwrap_err();
    assert!(err.to_string().contains("cannot read it as i32"), "{err}");
}
