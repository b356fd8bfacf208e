//! Tensor parallelism through XLA's SPMD partitioner on several CPU "devices" (the CPU
//! plugin's `cpu_device_count`): sharded uploads and gathers, a Megatron-style MLP against the
//! same graph on one device, the collectives XLA inserts, a donated cache that stays split and
//! in place, a manual region around our FFI kernel, and the errors for shapes and meshes that
//! do not fit.

use std::path::Path;
use std::sync::OnceLock;

use rand::{Rng, SeedableRng};
use xlagen::dtype::{DType, TensorType};
use xlagen::kernels::{self, I8Matmul};
use xlagen::program::{Mesh, Sharding, ShardingError};
use xlagen::runtime::{
    Arg, Client, ClientOptions, CompileOptions, DeviceKind, Plugin, RuntimeError, ShardedArg,
};
use xlagen::trace::{Graph, Tensor};

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

#[test]
fn megatron_mlp_on_2_and_4_devices_matches_one_device() {
    let x = random(1, (ROWS * HIDDEN) as usize);
    let w1 = random(2, (HIDDEN * INTER) as usize);
    let w2 = random(3, (INTER * HIDDEN) as usize);

    let g = Graph::new("mlp");
    let y = mlp(
        &g.param("x", f32_ty(&[ROWS, HIDDEN])),
        &g.param("w1", f32_ty(&[HIDDEN, INTER])),
        &g.param("w2", f32_ty(&[INTER, HIDDEN])),
    );
    let one = client()
        .compile(&g.build(&[&y]).unwrap(), &CompileOptions::new())
        .unwrap();
    let bufs = [
        client().upload(&x, &[ROWS, HIDDEN]).unwrap(),
        client().upload(&w1, &[HIDDEN, INTER]).unwrap(),
        client().upload(&w2, &[INTER, HIDDEN]).unwrap(),
    ];
    let want = one.execute(bufs.iter().map(Arg::from).collect()).unwrap()[0]
        .to_host::<f32>()
        .unwrap();

    for devices in [2, 4] {
        let mesh = Mesh::line("tp", devices).unwrap();
        // Column-parallel first weight (its output features split), row-parallel second (its
        // input features split): each device computes a partial sum of the result, which one
        // all-reduce completes; no weight moves.
        let g = Graph::sharded("mlp_tp", mesh.clone());
        let y = mlp(
            &g.param("x", f32_ty(&[ROWS, HIDDEN])),
            &g.param_sharded("w1", f32_ty(&[HIDDEN, INTER]), Sharding::split(1, "tp")),
            &g.param_sharded("w2", f32_ty(&[INTER, HIDDEN]), Sharding::split(0, "tp")),
        );
        let program = g.build_sharded(&[(&y, Sharding::Replicated)]).unwrap();
        assert!(program.program.mlir.contains(&format!(
            "mhlo.sharding = \"{{devices=[1,{devices}]{}}}\"",
            (0..devices)
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(",")
        )));
        let dump = tempfile::tempdir().unwrap();
        let exe = client()
            .compile_sharded(&program, &dumping(dump.path()))
            .unwrap();
        let args = [
            client()
                .upload_sharded(&x, &[ROWS, HIDDEN], &mesh, &Sharding::Replicated)
                .unwrap(),
            client()
                .upload_sharded(&w1, &[HIDDEN, INTER], &mesh, &Sharding::split(1, "tp"))
                .unwrap(),
            client()
                .upload_sharded(&w2, &[INTER, HIDDEN], &mesh, &Sharding::split(0, "tp"))
                .unwrap(),
        ];
        // Each device holds its own piece of a split weight.
        let local = (INTER / devices as i64) as usize;
        assert_eq!(args[1].shards().len(), devices);
        for (d, shard) in args[2].shards().iter().enumerate() {
            assert_eq!(shard.ty(), &f32_ty(&[local as i64, HIDDEN]));
            let rows = &w2[d * local * HIDDEN as usize..(d + 1) * local * HIDDEN as usize];
            assert_eq!(shard.to_host::<f32>().unwrap(), rows);
        }
        let out = exe
            .execute(args.iter().map(ShardedArg::from).collect())
            .unwrap();
        let got = out[0].to_host::<f32>().unwrap();
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(
                (g - w).abs() <= 1e-5 * w.abs().max(1.0),
                "{devices} devices, element {i}: {g} vs one device {w}"
            );
        }
        // Every device holds the whole (replicated) result.
        for shard in out[0].shards() {
            assert_eq!(shard.to_host::<f32>().unwrap(), got);
        }

        let hlo = optimized_hlo(dump.path());
        assert!(
            hlo.contains("all-reduce("),
            "{devices} devices: no all-reduce:\n{hlo}"
        );
        assert!(
            !hlo.contains("all-gather("),
            "{devices} devices: a weight is gathered:\n{hlo}"
        );
    }
}

#[test]
fn a_split_upload_gathers_back_to_the_host_tensor() {
    let data: Vec<i32> = (0..2 * 4 * 6).collect();
    let grid = Mesh::new(&[("dp", 2), ("tp", 2)]).unwrap();
    for (mesh, sharding) in [
        (Mesh::line("tp", 2).unwrap(), Sharding::split(1, "tp")),
        (Mesh::line("tp", 4).unwrap(), Sharding::split(1, "tp")),
        (Mesh::line("tp", 2).unwrap(), Sharding::split(2, "tp")),
        (grid.clone(), Sharding::split(1, "tp")),
        (grid, Sharding::Replicated),
    ] {
        let buf = client()
            .upload_sharded(&data, &[2, 4, 6], &mesh, &sharding)
            .unwrap();
        assert_eq!(
            buf.to_host::<i32>().unwrap(),
            data,
            "{sharding:?} over {mesh:?}"
        );
    }
    // dims [2, 4, 6] split along 1 over 2: device 1 holds x[:, 2..4, :].
    let buf = client()
        .upload_sharded(
            &data,
            &[2, 4, 6],
            &Mesh::line("tp", 2).unwrap(),
            &Sharding::split(1, "tp"),
        )
        .unwrap();
    let want: Vec<i32> = (12..24).chain(36..48).collect();
    assert_eq!(buf.shards()[1].to_host::<i32>().unwrap(), want);
}

#[test]
fn a_donated_split_cache_comes_back_split_and_updated_in_place() {
    // A cache [heads, positions, head_dim] split by heads; one step writes one position of
    // every head. The output is the donated argument, each device updating its own piece.
    let (heads, positions, head_dim) = (4i64, 8i64, 3i64);
    for devices in [2, 4] {
        let mesh = Mesh::line("tp", devices).unwrap();
        let by_heads = Sharding::split(0, "tp");
        let g = Graph::sharded("cache_step", mesh.clone());
        let cache = g.param_sharded(
            "cache",
            f32_ty(&[heads, positions, head_dim]),
            by_heads.clone(),
        );
        let update = g.param_sharded("update", f32_ty(&[heads, 1, head_dim]), by_heads.clone());
        let pos = g.param("pos", TensorType::scalar(DType::I32));
        let zero = g.scalar(0.0, DType::I32);
        let new = cache.dynamic_update_slice(&update, &[&zero, &pos, &zero]);
        g.donate(&cache, 0);
        let program = g.build_sharded(&[(&new, by_heads.clone())]).unwrap();
        let exe = client()
            .compile_sharded(&program, &CompileOptions::new())
            .unwrap();

        let mut host = random(4, (heads * positions * head_dim) as usize);
        let mut cache = client()
            .upload_sharded(&host, &[heads, positions, head_dim], &mesh, &by_heads)
            .unwrap();
        for (step, p) in [5i32, 2].into_iter().enumerate() {
            let up = random(10 + step as u64, (heads * head_dim) as usize);
            let update = client()
                .upload_sharded(&up, &[heads, 1, head_dim], &mesh, &by_heads)
                .unwrap();
            let pos = client()
                .upload_sharded(&[p], &[], &mesh, &Sharding::Replicated)
                .unwrap();
            let before: Vec<usize> = cache
                .shards()
                .iter()
                .map(|s| s.device_pointer().unwrap())
                .collect();
            cache = exe
                .execute(vec![cache.donate(), (&update).into(), (&pos).into()])
                .unwrap()
                .remove(0);
            let after: Vec<usize> = cache
                .shards()
                .iter()
                .map(|s| s.device_pointer().unwrap())
                .collect();
            assert_eq!(before, after, "{devices} devices: the cache moved");
            assert_eq!(cache.sharding(), &by_heads);
            let local = f32_ty(&[heads / devices as i64, positions, head_dim]);
            assert!(cache.shards().iter().all(|s| s.ty() == &local));
            for h in 0..heads as usize {
                for d in 0..head_dim as usize {
                    let at = (h * positions as usize + p as usize) * head_dim as usize + d;
                    host[at] = up[h * head_dim as usize + d];
                }
            }
            assert_eq!(cache.to_host::<f32>().unwrap(), host);
        }
    }
}

#[test]
fn a_manual_region_runs_our_ffi_kernel_on_each_devices_piece() {
    // y = x·wᵀ·diag(s) by our INT8 kernel, w and s split by output channel: inside the manual
    // region each device's kernel sees only its channels (n / devices of them) and writes
    // its columns of y.
    kernels::register(client()).unwrap();
    let (m, k, n) = (3i64, 16i64, 8i64);
    let x = random(20, (m * k) as usize);
    let mut rng = rand::rngs::StdRng::seed_from_u64(21);
    let w: Vec<i8> = (0..n * k).map(|_| rng.gen_range(-127..=127)).collect();
    let s: Vec<f32> = (0..n).map(|_| rng.gen_range(0.01..0.05)).collect();
    let want: Vec<f64> = (0..m * n)
        .map(|i| {
            let (r, c) = ((i / n) as usize, (i % n) as usize);
            let dot: f64 = (0..k as usize)
                .map(|t| x[r * k as usize + t] as f64 * w[c * k as usize + t] as f64)
                .sum();
            dot * s[c] as f64
        })
        .collect();
    for devices in [2, 4] {
        let mesh = Mesh::line("tp", devices).unwrap();
        let by_channel = Sharding::split(0, "tp");
        let g = Graph::sharded("i8_tp", mesh.clone());
        let xt = g.param("x", f32_ty(&[m, k]));
        let wt = g.param_sharded("w", TensorType::new(DType::I8, &[n, k]), by_channel.clone());
        let st = g.param_sharded("s", f32_ty(&[n]), by_channel.clone());
        let y = g.manual(
            &[
                (&xt, Sharding::Replicated),
                (&wt, by_channel.clone()),
                (&st, by_channel.clone()),
            ],
            &[Sharding::split(1, "tp")],
            |local| {
                assert_eq!(local[1].dims(), [n / devices as i64, k]);
                let out = f32_ty(&[m, n / devices as i64]);
                g.custom_call(
                    I8Matmul::TARGET,
                    &[&local[0], &local[1], &local[2]],
                    vec![out],
                )
            },
        );
        let program = g.build_sharded(&[(&y[0], Sharding::Replicated)]).unwrap();
        let mlir = &program.program.mlir;
        for target in ["SPMDFullToShardShape", "SPMDShardToFullShape"] {
            assert!(mlir.contains(target), "{target} missing:\n{mlir}");
        }
        let exe = client()
            .compile_sharded(&program, &CompileOptions::new())
            .unwrap();
        let args = [
            client()
                .upload_sharded(&x, &[m, k], &mesh, &Sharding::Replicated)
                .unwrap(),
            client()
                .upload_sharded(&w, &[n, k], &mesh, &by_channel)
                .unwrap(),
            client()
                .upload_sharded(&s, &[n], &mesh, &by_channel)
                .unwrap(),
        ];
        let got = exe
            .execute(args.iter().map(ShardedArg::from).collect())
            .unwrap()[0]
            .to_host::<f32>()
            .unwrap();
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(
                (*g as f64 - w).abs() <= 1e-5 * w.abs().max(1.0),
                "{devices} devices, element {i}: {g} vs {w}"
            );
        }
    }
}

#[test]
fn a_split_that_does_not_divide_is_refused() {
    let mesh = Mesh::line("tp", 4).unwrap();
    let err = client()
        .upload_sharded(&[0f32; 6], &[6], &mesh, &Sharding::split(0, "tp"))
        .unwrap_err();
    assert!(
        matches!(
            err,
            RuntimeError::Sharding(ShardingError::Indivisible {
                size: 6,
                parts: 4,
                ..
            })
        ),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "dimension 0 of f32[6] has size 6, which the 4 devices of mesh axis `tp` do not divide"
    );
    // The tracer refuses it too, naming the line that declared it.
    let g = Graph::sharded("bad", mesh);
    let w = g.param_sharded("w", f32_ty(&[6, 4]), Sharding::split(0, "tp"));
    let err = g.build_sharded(&[(&w, Sharding::Replicated)]).unwrap_err();
    assert!(err.message.contains("do not divide"), "{err}");
    assert!(err.location.contains("tests/sharding.rs"), "{err}");
}

#[test]
fn more_partitions_than_devices_are_refused() {
    let plugin = Plugin::for_device(None, DeviceKind::Cpu).unwrap();
    let two = Client::new(
        &plugin,
        &ClientOptions::new().with("cpu_device_count", 2i64),
    )
    .unwrap();
    let mesh = Mesh::line("tp", 4).unwrap();
    let err = two
        .upload_sharded(&[0f32; 8], &[8], &mesh, &Sharding::split(0, "tp"))
        .unwrap_err();
    assert!(
        matches!(
            err,
            RuntimeError::TooFewDevices {
                wanted: 4,
                available: 2
            }
        ),
        "{err}"
    );
    let g = Graph::sharded("wide", mesh);
    let x = g.param("x", f32_ty(&[8]));
    let program = g
        .build_sharded(&[(&x.exp(), Sharding::Replicated)])
        .unwrap();
    let err = two
        .compile_sharded(&program, &CompileOptions::new())
        .unwrap_err();
    assert!(err.to_string().contains("cpu_device_count"), "{err}");
    // Partitioned options on the one-device compile are refused rather than mis-typed.
    let err = two
        .compile(&program.program, &CompileOptions::new().spmd(&[0, 1]))
        .unwrap_err();
    assert!(matches!(err, RuntimeError::Partitions(_)), "{err}");
}

#[test]
fn arguments_laid_out_otherwise_are_refused() {
    let mesh = Mesh::line("tp", 2).unwrap();
    let g = Graph::sharded("neg", mesh.clone());
    let x = g.param_sharded("x", f32_ty(&[4]), Sharding::split(0, "tp"));
    let program = g
        .build_sharded(&[(&x.negate(), Sharding::split(0, "tp"))])
        .unwrap();
    let exe = client()
        .compile_sharded(&program, &CompileOptions::new())
        .unwrap();
    let replicated = client()
        .upload_sharded(&[1f32, 2., 3., 4.], &[4], &mesh, &Sharding::Replicated)
        .unwrap();
    let err = exe.execute(vec![(&replicated).into()]).unwrap_err();
    assert!(
        matches!(err, RuntimeError::ArgumentSharding { index: 0, .. }),
        "{err}"
    );
    let split = client()
        .upload_sharded(&[1f32, 2., 3., 4.], &[4], &mesh, &Sharding::split(0, "tp"))
        .unwrap();
    let out = exe.execute(vec![(&split).into()]).unwrap();
    assert_eq!(out[0].to_host::<f32>().unwrap(), [-1., -2., -3., -4.]);
}

#[test]
fn a_sharded_graph_prints_its_partitions_and_shardings() {
    let g = Graph::sharded("tp", Mesh::line("tp", 2).unwrap());
    let w = g.param_sharded("w", f32_ty(&[4, 6]), Sharding::split(1, "tp"));
    let b = g.param("b", f32_ty(&[6]));
    let y = (&w + &b.broadcast_in_dim(&[4, 6], &[1])).with_sharding(Sharding::split(0, "tp"));
    let program = g
        .build_sharded(&[(&y, Sharding::Replicated), (&w, Sharding::split(1, "tp"))])
        .unwrap();
    let mlir = &program.program.mlir;
    for want in [
        "mhlo.num_partitions = 2 : i32",
        "tensor<4x6xf32> {mhlo.sharding = \"{devices=[1,2]0,1}\", xlagen.name = \"w\"}",
        "tensor<6xf32> {mhlo.sharding = \"{replicated}\", xlagen.name = \"b\"}",
        "-> (tensor<4x6xf32> {mhlo.sharding = \"{replicated}\"}, \
         tensor<4x6xf32> {mhlo.sharding = \"{devices=[1,2]0,1}\"})",
        "call_target_name = \"Sharding\", mhlo.sharding = \"{devices=[2,1]0,1}\"",
    ] {
        assert!(mlir.contains(want), "{want} missing from:\n{mlir}");
    }
    assert_eq!(
        program.input_shardings,
        [Sharding::split(1, "tp"), Sharding::Replicated]
    );
    // A graph without a mesh prints as before: one partition, no sharding attributes.
    let g = Graph::new("plain");
    let x = g.param("x", f32_ty(&[2]));
    let mlir = g.build(&[&x.exp()]).unwrap().mlir;
    assert!(mlir.contains("mhlo.num_partitions = 1 : i32") && !mlir.contains("mhlo.sharding"));
}

#[test]
fn a_pinned_intermediate_is_split_by_xla() {
    // x·w with everything replicated, but the product pinned to rows split over 2 devices:
    // each device computes its half of the rows, and the replicated result is gathered.
    let mesh = Mesh::line("tp", 2).unwrap();
    let g = Graph::sharded("pinned", mesh.clone());
    let x = g.param("x", f32_ty(&[ROWS, HIDDEN]));
    let w = g.param("w", f32_ty(&[HIDDEN, INTER]));
    let y = x.matmul(&w).with_sharding(Sharding::split(0, "tp")).exp();
    let program = g.build_sharded(&[(&y, Sharding::Replicated)]).unwrap();
    let dump = tempfile::tempdir().unwrap();
    let exe = client()
        .compile_sharded(&program, &dumping(dump.path()))
        .unwrap();
    let hlo = optimized_hlo(dump.path());
    assert!(
        hlo.contains("all-gather("),
        "no gather of the split rows:\n{hlo}"
    );
    let half_rows = format!("f32[{},{}]", ROWS / 2, INTER);
    assert!(
        hlo.lines()
            .any(|l| l.contains(&format!("= {half_rows}")) && l.contains(" dot(")),
        "no dot over half the rows:\n{hlo}"
    );
    let xs = random(30, (ROWS * HIDDEN) as usize);
    let ws = random(31, (HIDDEN * INTER) as usize);
    let args = [
        client()
            .upload_sharded(&xs, &[ROWS, HIDDEN], &mesh, &Sharding::Replicated)
            .unwrap(),
        client()
            .upload_sharded(&ws, &[HIDDEN, INTER], &mesh, &Sharding::Replicated)
            .unwrap(),
    ];
    let got = exe
        .execute(args.iter().map(ShardedArg::from).collect())
        .unwrap()[0]
        .to_host::<f32>()
        .unwrap();
    for (i, g) in got.iter().enumerate() {
        let (r, c) = (i / INTER as usize, i % INTER as usize);
        let dot: f64 = (0..HIDDEN as usize)
            .map(|t| xs[r * HIDDEN as usize + t] as f64 * ws[t * INTER as usize + c] as f64)
            .sum();
        let want = dot.exp();
        assert!(
            (*g as f64 - want).abs() <= 1e-5 * want,
            "{i}: {g} vs {want}"
        );
    }
}

#[test]
fn sharding_mistakes_are_trace_errors() {
    let g = Graph::new("no_mesh");
    let x = g.param("x", f32_ty(&[4]));
    let y = g.manual(
        &[(&x, Sharding::Replicated)],
        &[Sharding::Replicated],
        |l| vec![l[0].exp()],
    );
    assert_eq!(y.len(), 1);
    let err = g.build(&[&y[0]]).unwrap_err();
    assert!(err.message.contains("without a mesh"), "{err}");

    let g = Graph::sharded("no_sharded_build", Mesh::line("tp", 2).unwrap());
    let x = g.param("x", f32_ty(&[4]));
    let err = g.build(&[&x]).unwrap_err();
    assert!(err.message.contains("build_sharded"), "{err}");

    let g = Graph::sharded("count", Mesh::line("tp", 2).unwrap());
    let x = g.param("x", f32_ty(&[4]));
    let y = g.manual(
        &[(&x, Sharding::split(0, "tp"))],
        &[Sharding::split(0, "tp"), Sharding::Replicated],
        |l| vec![l[0].exp()],
    );
    assert_eq!(
        y.len(),
        2,
        "as many values as output shardings, even on a mistake"
    );
    let err = g
        .build_sharded(&[(&y[0], Sharding::split(0, "tp"))])
        .unwrap_err();
    assert!(err.message.contains("returned 1 values for 2"), "{err}");

    let g = Graph::sharded("axis", Mesh::line("tp", 2).unwrap());
    let x = g.param_sharded("x", f32_ty(&[4]), Sharding::split(0, "dp"));
    let err = g.build_sharded(&[(&x, Sharding::Replicated)]).unwrap_err();
    assert!(err.message.contains("no axis `dp`"), "{err}");
}

#[test]
fn a_serialized_sharded_executable_loads_and_runs_on_the_same_devices() {
    let mesh = Mesh::line("tp", 4).unwrap();
    let g = Graph::sharded("rows", mesh.clone());
    let x = g.param_sharded("x", f32_ty(&[8, 2]), Sharding::split(0, "tp"));
    let program = g
        .build_sharded(&[(&(&x * &x), Sharding::split(0, "tp"))])
        .unwrap();
    let bytes = client()
        .compile_sharded(&program, &CompileOptions::new())
        .unwrap()
        .serialize()
        .unwrap();
    let exe = client().deserialize_sharded(&bytes, &program).unwrap();
    let data: Vec<f32> = (0..16).map(|i| i as f32 - 7.5).collect();
    let xs = client()
        .upload_sharded(&data, &[8, 2], &mesh, &Sharding::split(0, "tp"))
        .unwrap();
    let out = exe.execute(vec![(&xs).into()]).unwrap();
    let want: Vec<f32> = data.iter().map(|v| v * v).collect();
    assert_eq!(out[0].to_host::<f32>().unwrap(), want);
    // Device 3 squared its own two rows.
    assert_eq!(out[0].shards()[3].to_host::<f32>().unwrap(), want[12..]);
}

/// One decode step of attention for one sequence over a cache `[1, kv_heads, positions,
/// head_dim]` (keys and values), written at `start` then read by our cache-attention kernel.
/// On a mesh, the KV heads (and their query heads) are split over "tp" and the write and the
/// kernel run in one manual region, each device on its own heads.
fn attention_step(mesh: Option<Mesh>, kv_heads: i64) -> xlagen::program::ShardedProgram {
    let (group, positions, head_dim) = (2i64, 8i64, 4i64);
    let g = match &mesh {
        Some(m) => Graph::sharded("attn_tp", m.clone()),
        None => Graph::sharded("attn", Mesh::line("one", 1).unwrap()),
    };
    let by_heads = Sharding::split(1, "tp");
    let heads = if mesh.is_some() {
        by_heads.clone()
    } else {
        Sharding::Replicated
    };
    let cache_ty = f32_ty(&[1, kv_heads, positions, head_dim]);
    let k_cache = g.param_sharded("k_cache", cache_ty.clone(), heads.clone());
    let v_cache = g.param_sharded("v_cache", cache_ty, heads.clone());
    let q = g.param_sharded(
        "q",
        f32_ty(&[1, kv_heads, group, 1, head_dim]),
        heads.clone(),
    );
    let k = g.param_sharded("k", f32_ty(&[1, kv_heads, 1, head_dim]), heads.clone());
    let v = g.param_sharded("v", f32_ty(&[1, kv_heads, 1, head_dim]), heads.clone());
    let start = g.param("start", TensorType::new(DType::I32, &[1]));
    let slot = g.param("slot", TensorType::new(DType::I32, &[1]));
    let window = g.scalar(0.0, DType::I32);
    let out = g.manual(
        &[
            (&k_cache, heads.clone()),
            (&v_cache, heads.clone()),
            (&q, heads.clone()),
            (&k, heads.clone()),
            (&v, heads.clone()),
            (&start, Sharding::Replicated),
            (&slot, Sharding::Replicated),
        ],
        &[heads.clone(), heads.clone(), heads.clone()],
        |l| {
            let local_heads = l[0].dims()[1];
            let zero = g.scalar(0.0, DType::I32);
            let at = l[5].reshape(&[]);
            let keys = l[0].dynamic_update_slice(&l[3], &[&zero, &zero, &at, &zero]);
            let values = l[1].dynamic_update_slice(&l[4], &[&zero, &zero, &at, &zero]);
            let flat = [local_heads, positions, head_dim];
            let q = l[2].reshape(&[local_heads, group, 1, head_dim]);
            let o = g.custom_call(
                kernels::CacheAttention::TARGET,
                &[
                    &q,
                    &keys.reshape(&flat),
                    &values.reshape(&flat),
                    &l[5],
                    &l[6],
                    &window,
                ],
                vec![q.ty().clone()],
            );
            let o = o[0].reshape(&[1, local_heads, group, 1, head_dim]);
            vec![keys, values, o]
        },
    );
    g.donate(&k_cache, 0);
    g.donate(&v_cache, 1);
    g.build_sharded(&[
        (&out[0], heads.clone()),
        (&out[1], heads.clone()),
        (&out[2], Sharding::Replicated),
    ])
    .unwrap()
}

#[test]
fn attention_over_a_cache_split_by_kv_heads_runs_the_kernel_per_device() {
    kernels::register(client()).unwrap();
    let (kv_heads, positions, head_dim, group) = (4i64, 8i64, 4i64, 2i64);
    let cache_len = (kv_heads * positions * head_dim) as usize;
    let k_cache = random(40, cache_len);
    let v_cache = random(41, cache_len);
    let q = random(42, (kv_heads * group * head_dim) as usize);
    let k = random(43, (kv_heads * head_dim) as usize);
    let v = random(44, (kv_heads * head_dim) as usize);
    let start = 5i32;
    let run = |mesh: &Mesh, program: &xlagen::program::ShardedProgram| {
        let exe = client()
            .compile_sharded(program, &CompileOptions::new())
            .unwrap();
        let s = &program.input_shardings;
        let up = |data: &[f32], dims: &[i64], i: usize| {
            client().upload_sharded(data, dims, mesh, &s[i]).unwrap()
        };
        let caches = [
            up(&k_cache, &[1, kv_heads, positions, head_dim], 0),
            up(&v_cache, &[1, kv_heads, positions, head_dim], 1),
        ];
        let before: Vec<usize> = caches
            .iter()
            .flat_map(|c| c.shards().iter().map(|b| b.device_pointer().unwrap()))
            .collect();
        let rest = [
            up(&q, &[1, kv_heads, group, 1, head_dim], 2),
            up(&k, &[1, kv_heads, 1, head_dim], 3),
            up(&v, &[1, kv_heads, 1, head_dim], 4),
        ];
        let ints = [
            client()
                .upload_sharded(&[start], &[1], mesh, &s[5])
                .unwrap(),
            client().upload_sharded(&[0i32], &[1], mesh, &s[6]).unwrap(),
        ];
        let [kc, vc] = caches;
        let mut args = vec![kc.donate(), vc.donate()];
        args.extend(rest.iter().chain(&ints).map(ShardedArg::from));
        let out = exe.execute(args).unwrap();
        let after: Vec<usize> = out[..2]
            .iter()
            .flat_map(|c| c.shards().iter().map(|b| b.device_pointer().unwrap()))
            .collect();
        assert_eq!(before, after, "the caches moved");
        out.iter()
            .map(|b| b.to_host::<f32>().unwrap())
            .collect::<Vec<_>>()
    };
    let one_mesh = Mesh::line("one", 1).unwrap();
    let want = run(&one_mesh, &attention_step(None, kv_heads));
    // The written cache holds the new keys at `start`, the rest untouched.
    let mut k_written = k_cache.clone();
    for h in 0..kv_heads as usize {
        let at = (h * positions as usize + start as usize) * head_dim as usize;
        k_written[at..at + head_dim as usize]
            .copy_from_slice(&k[h * head_dim as usize..(h + 1) * head_dim as usize]);
    }
    assert_eq!(want[0], k_written);
    // The kernel's own tests check its numbers; here it must at least have produced some.
    assert!(want[2].iter().all(|x| x.is_finite()) && want[2].iter().any(|&x| x != 0.0));
    for devices in [2, 4] {
        let mesh = Mesh::line("tp", devices).unwrap();
        let got = run(&mesh, &attention_step(Some(mesh.clone()), kv_heads));
        assert_eq!(got[0], want[0], "{devices} devices: keys");
        assert_eq!(got[1], want[1], "{devices} devices: values");
        for (i, (g, w)) in got[2].iter().zip(&want[2]).enumerate() {
            assert!(
                (g - w).abs() <= 1e-5 * w.abs().max(1.0),
                "{devices} devices, output {i}: {g} vs one device {w}"
            );
        }
    }
}

#[test]
fn a_row_parallel_kernel_sums_its_partial_products_in_one_all_reduce() {
    // o_proj / down_proj with our f32 kernel: x split by input features, w [n, k] split by
    // its input columns; each device's kernel makes a partial [m, n], returned as piece d of
    // a [devices, m, n] stack whose sum over devices XLA turns into one all-reduce.
    kernels::register(client()).unwrap();
    let (m, k, n) = (2i64, 16i64, 6i64);
    let x = random(50, (m * k) as usize);
    let w = random(51, (n * k) as usize);
    let want: Vec<f64> = (0..m * n)
        .map(|i| {
            let (r, c) = ((i / n) as usize, (i % n) as usize);
            (0..k as usize)
                .map(|t| x[r * k as usize + t] as f64 * w[c * k as usize + t] as f64)
                .sum()
        })
        .collect();
    for devices in [2, 4] {
        let mesh = Mesh::line("tp", devices).unwrap();
        let by_input = Sharding::split(1, "tp");
        let g = Graph::sharded("row_parallel", mesh.clone());
        let xt = g.param_sharded("x", f32_ty(&[m, k]), by_input.clone());
        let wt = g.param_sharded("w", f32_ty(&[n, k]), by_input.clone());
        let partials = g.manual(
            &[(&xt, by_input.clone()), (&wt, by_input.clone())],
            &[Sharding::split(0, "tp")],
            |l| {
                let y = g.custom_call(
                    kernels::F32Matmul::TARGET,
                    &[&l[0], &l[1]],
                    vec![f32_ty(&[m, n])],
                );
                vec![y[0].reshape(&[1, m, n])]
            },
        );
        assert_eq!(partials[0].dims(), [devices as i64, m, n]);
        let y = partials[0].reduce_sum(&[0]);
        let program = g.build_sharded(&[(&y, Sharding::Replicated)]).unwrap();
        let dump = tempfile::tempdir().unwrap();
        let exe = client()
            .compile_sharded(&program, &dumping(dump.path()))
            .unwrap();
        let hlo = optimized_hlo(dump.path());
        assert_eq!(hlo.matches(" all-reduce(").count(), 1, "{hlo}");
        assert!(!hlo.contains("all-gather("), "{hlo}");
        let args = [
            client()
                .upload_sharded(&x, &[m, k], &mesh, &by_input)
                .unwrap(),
            client()
                .upload_sharded(&w, &[n, k], &mesh, &by_input)
                .unwrap(),
        ];
        let got = exe
            .execute(args.iter().map(ShardedArg::from).collect())
            .unwrap()[0]
            .to_host::<f32>()
            .unwrap();
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(
                (*g as f64 - w).abs() <= 1e-5 * w.abs().max(1.0),
                "{devices} devices, element {i}: {g} vs {w}"
            );
        }
    }
}

#[test]
fn a_two_axis_mesh_splits_rows_over_one_axis_and_weights_over_the_other() {
    // dp × tp = 2 × 2: x's rows split over dp (copies along tp), the weights Megatron-style
    // over tp (copies along dp); the result keeps x's row split.
    let x = random(60, (ROWS * HIDDEN) as usize);
    let w1 = random(61, (HIDDEN * INTER) as usize);
    let w2 = random(62, (INTER * HIDDEN) as usize);
    let want: Vec<f64> = (0..ROWS as usize)
        .flat_map(|r| {
            let h: Vec<f64> = (0..INTER as usize)
                .map(|j| {
                    (0..HIDDEN as usize)
                        .map(|t| {
                            x[r * HIDDEN as usize + t] as f64 * w1[t * INTER as usize + j] as f64
                        })
                        .sum::<f64>()
                        .tanh()
                })
                .collect();
            let w2 = &w2;
            (0..HIDDEN as usize).map(move |c| {
                (0..INTER as usize)
                    .map(|j| h[j] * w2[j * HIDDEN as usize + c] as f64)
                    .sum::<f64>()
            })
        })
        .collect();
    let mesh = Mesh::new(&[("dp", 2), ("tp", 2)]).unwrap();
    let rows = Sharding::split(0, "dp");
    let g = Graph::sharded("mlp_dp_tp", mesh.clone());
    let y = mlp(
        &g.param_sharded("x", f32_ty(&[ROWS, HIDDEN]), rows.clone()),
        &g.param_sharded("w1", f32_ty(&[HIDDEN, INTER]), Sharding::split(1, "tp")),
        &g.param_sharded("w2", f32_ty(&[INTER, HIDDEN]), Sharding::split(0, "tp")),
    );
    let program = g.build_sharded(&[(&y, rows.clone())]).unwrap();
    assert!(program
        .program
        .mlir
        .contains("{devices=[1,2,2]0,2,1,3 last_tile_dim_replicate}"));
    let exe = client()
        .compile_sharded(&program, &CompileOptions::new())
        .unwrap();
    let args = [
        client()
            .upload_sharded(&x, &[ROWS, HIDDEN], &mesh, &rows)
            .unwrap(),
        client()
            .upload_sharded(&w1, &[HIDDEN, INTER], &mesh, &Sharding::split(1, "tp"))
            .unwrap(),
        client()
            .upload_sharded(&w2, &[INTER, HIDDEN], &mesh, &Sharding::split(0, "tp"))
            .unwrap(),
    ];
    let out = exe
        .execute(args.iter().map(ShardedArg::from).collect())
        .unwrap();
    let got = out[0].to_host::<f32>().unwrap();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert!(
            (*g as f64 - w).abs() <= 1e-5 * w.abs().max(1.0),
            "element {i}: {g} vs {w}"
        );
    }
    // Devices 2 and 3 (dp = 1) hold the second half of the rows.
    let half = (ROWS / 2 * HIDDEN) as usize;
    for d in [2, 3] {
        assert_eq!(out[0].shards()[d].to_host::<f32>().unwrap(), got[half..]);
    }
}
