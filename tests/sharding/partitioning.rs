//! Sharded graphs as the tracer prints them and as XLA partitions them.

use super::*;
use xlagen::program::{Mesh, Sharding};
use xlagen::runtime::{Arg, CompileOptions, ShardedArg};
use xlagen::trace::Graph;

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

#[test]
fn manual_regions_see_only_their_inputs() {
    // A value of the caller used inside is refused at trace time: it would be whole where
    // every other value is one device's piece.
    let g = Graph::sharded("capture", Mesh::line("tp", 2).unwrap());
    let x = g.param_sharded("x", f32_ty(&[4]), Sharding::split(0, "tp"));
    let outside = g.param("y", f32_ty(&[2]));
    let z = g.manual(
        &[(&x, Sharding::split(0, "tp"))],
        &[Sharding::split(0, "tp")],
        |l| vec![&l[0] + &outside],
    );
    let err = g
        .build_sharded(&[(&z[0], Sharding::split(0, "tp"))])
        .unwrap_err();
    assert!(err.message.contains("captured by a region"), "{err}");
}

#[test]
fn constants_equal_inside_and_outside_a_manual_region_stay_apart() {
    // Each device's half of x scaled by 2 and summed inside the region; outside, x scaled by
    // 2 and summed whole, and the devices' sums added up. Traced inline, MLIR would fold the
    // equal constants (the 2s, the sums' zeros) into one op, a value both a piece and whole,
    // on which XLA's partitioner aborts the process.
    let mesh = Mesh::line("tp", 2).unwrap();
    let g = Graph::sharded("constants", mesh.clone());
    let x = g.param("x", f32_ty(&[4]));
    let inside = g.manual(
        &[(&x, Sharding::split(0, "tp"))],
        &[Sharding::split(0, "tp")],
        |l| vec![(&l[0] * 2.0).reduce_sum(&[0]).reshape(&[1])],
    );
    let outside = (&x * 2.0).reduce_sum(&[0]);
    let total = inside[0].reduce_sum(&[0]) * 0.5 + outside;
    let program = g.build_sharded(&[(&total, Sharding::Replicated)]).unwrap();
    assert!(program
        .program
        .mlir
        .contains("func.func private @manual_0("));
    let exe = client()
        .compile_sharded(&program, &CompileOptions::new())
        .unwrap();
    let values = [1.0f32, -2.0, 3.5, 0.25];
    let arg = client()
        .upload_sharded(&values, &[4], &mesh, &Sharding::Replicated)
        .unwrap();
    let got = exe.execute(vec![ShardedArg::from(&arg)]).unwrap()[0]
        .to_host::<f32>()
        .unwrap();
    let want: f32 = values.iter().map(|v| 3.0 * v).sum();
    assert_eq!(got, [want]);
}
