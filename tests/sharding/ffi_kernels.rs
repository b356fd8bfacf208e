//! Manual regions around our FFI kernels: each device runs the kernel on its own piece.

use super::*;
use rand::{Rng, SeedableRng};
use xlagen::dtype::{DType, TensorType};
use xlagen::kernels::{self, I8Matmul};
use xlagen::program::{Mesh, Sharding};
use xlagen::runtime::{CompileOptions, ShardedArg};
use xlagen::trace::Graph;

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
            // Made inside: a region sees only its inputs (`manual_regions_see_only_their_inputs`).
            let zero = g.scalar(0.0, DType::I32);
            let window = g.scalar(0.0, DType::I32);
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
