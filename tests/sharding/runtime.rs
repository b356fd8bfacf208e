//! Sharded buffers and executables: uploads, gathers, donation, serialization and errors.

use super::*;
use xlagen::dtype::{DType, TensorType};
use xlagen::program::{Mesh, Sharding, ShardingError};
use xlagen::runtime::{Client, ClientOptions, CompileOptions, DeviceKind, Plugin, RuntimeError};
use xlagen::trace::Graph;

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
    assert!(err.location.contains("tests/sharding/runtime.rs"), "{err}");
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
