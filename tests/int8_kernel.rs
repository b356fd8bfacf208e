//! The INT8 matmul kernel: both code paths against a scalar f64 reference, per-channel and
//! group-wise, and the same kernel as a typed XLA FFI custom call inside compiled graphs (plain,
//! in a `while` loop, and with shapes it must reject as an error rather than a crash).

mod common;

use rand::{Rng, SeedableRng};
use xlagen::dtype::{DType, TensorType};
use xlagen::kernels::i8_matmul::{i8_matmul, i8_matmul_grouped, MatmulDims};
use xlagen::kernels::{self, I8GroupMatmul, I8Matmul, KernelPath, Serial, StdThreads};
use xlagen::runtime::{Arg, CompileOptions};
use xlagen::trace::Graph;

struct Case {
    x: Vec<f32>,
    w: Vec<i8>,
    s: Vec<f32>,
    dims: MatmulDims,
}

fn case(seed: u64, m: usize, k: usize, n: usize) -> Case {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    Case {
        x: (0..m * k).map(|_| rng.gen_range(-2.0..2.0)).collect(),
        w: (0..n * k).map(|_| rng.gen_range(-127..=127)).collect(),
        s: (0..n).map(|_| rng.gen_range(0.001..0.05)).collect(),
        dims: MatmulDims { m, k, n },
    }
}

fn reference(c: &Case) -> Vec<f64> {
    let MatmulDims { m, k, n } = c.dims;
    let mut out = vec![0f64; m * n];
    for i in 0..m {
        for j in 0..n {
            let dot: f64 = (0..k)
                .map(|t| c.x[i * k + t] as f64 * c.w[j * k + t] as f64)
                .sum();
            out[i * n + j] = dot * c.s[j] as f64;
        }
    }
    out
}

/// f32 accumulation over K terms of size up to 2·127·0.05: relative to the sum of |terms|.
fn assert_matches(got: &[f32], c: &Case, what: &str) {
    let want = reference(c);
    let MatmulDims { k, n, .. } = c.dims;
    for (idx, (&g, &w)) in got.iter().zip(&want).enumerate() {
        let j = idx % n;
        let magnitude = 2.0 * 127.0 * c.s[j] as f64 * k as f64;
        let tol = 1e-6 * magnitude + 1e-6;
        assert!(
            (g as f64 - w).abs() <= tol,
            "{what}: element {idx}: got {g}, want {w} (tol {tol})"
        );
    }
}

#[test]
fn kernel_paths_match_scalar_reference_on_odd_sizes() {
    let shapes = [
        (1, 1, 1),
        (1, 7, 5),
        (1, 37, 13),
        (3, 9, 3),
        (4, 64, 8),
        (5, 133, 11),
        (17, 100, 29),
        (2, 1030, 70),
        // More rows than a batch-invariant call: prompt chunks (AVX-512: the packed GEMM, with
        // row tiles of 12, panels of 32 channels and blocks of 256 inputs; tails of each).
        (38, 100, 29),
        (33, 16, 32),
        (64, 576, 96),
        (61, 257, 45),
        (130, 600, 70),
    ];
    for path in KernelPath::available() {
        for (seed, &(m, k, n)) in shapes.iter().enumerate() {
            let c = case(seed as u64, m, k, n);
            for threads in [1, 3] {
                let mut out = vec![f32::NAN; m * n];
                if threads == 1 {
                    i8_matmul(&c.x, &c.w, &c.s, &mut out, c.dims, path, &Serial);
                } else {
                    i8_matmul(
                        &c.x,
                        &c.w,
                        &c.s,
                        &mut out,
                        c.dims,
                        path,
                        &StdThreads(threads),
                    );
                }
                assert_matches(&out, &c, &format!("{path:?} m{m} k{k} n{n} t{threads}"));
            }
        }
    }
}

#[test]
fn every_simd_path_the_cpu_has_is_tested_and_the_rest_are_named() {
    // The tests above loop over `KernelPath::available()`; this one checks that list against
    // the CPU's features as the standard library reports them, and names what is not run.
    let run = KernelPath::available();
    let skipped: Vec<&str> = KernelPath::ALL
        .iter()
        .filter(|p| !run.contains(p))
        .map(|p| p.name())
        .collect();
    let names: Vec<&str> = run.iter().map(|p| p.name()).collect();
    eprintln!("INT8 kernel paths tested: {names:?}; not run (this CPU lacks them): {skipped:?}");
    assert!(run.contains(&KernelPath::Portable));
    assert_eq!(
        KernelPath::best(),
        run[0],
        "the fastest available path is the one used"
    );
    #[cfg(target_arch = "x86_64")]
    {
        let avx2 = std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma");
        let avx512 = avx2
            && std::is_x86_feature_detected!("avx512f")
            && std::is_x86_feature_detected!("avx512bw")
            && std::is_x86_feature_detected!("avx512vl");
        assert_eq!(run.contains(&KernelPath::Avx2), avx2);
        assert_eq!(run.contains(&KernelPath::Avx512), avx512);
    }
}

#[test]
fn kernel_splits_large_outputs_into_chunks_exactly_once() {
    // 3000 rows × 700 columns × 2 activation rows spans 16 chunks, with a ragged last one.
    let c = case(99, 2, 700, 3000);
    let mut out = vec![f32::NAN; 2 * 3000];
    i8_matmul(
        &c.x,
        &c.w,
        &c.s,
        &mut out,
        c.dims,
        KernelPath::best(),
        &StdThreads(4),
    );
    assert_matches(&out, &c, "chunked");
}

fn upload_case(c: &Case) -> [xlagen::runtime::Buffer; 3] {
    let cl = common::client();
    let MatmulDims { m, k, n } = c.dims;
    [
        cl.upload(&c.x, &[m as i64, k as i64]).unwrap(),
        cl.upload(&c.w, &[n as i64, k as i64]).unwrap(),
        cl.upload(&c.s, &[n as i64]).unwrap(),
    ]
}

fn params(g: &Graph, c: &Case) -> [xlagen::trace::Tensor; 3] {
    let MatmulDims { m, k, n } = c.dims;
    [
        g.param("x", TensorType::new(DType::F32, &[m as i64, k as i64])),
        g.param("w", TensorType::new(DType::I8, &[n as i64, k as i64])),
        g.param("s", TensorType::new(DType::F32, &[n as i64])),
    ]
}

#[test]
fn custom_call_runs_the_kernel_inside_xla() {
    kernels::register(common::client()).unwrap();
    for (m, k, n) in [(1, 576, 1536), (16, 77, 300)] {
        let c = case(7, m, k, n);
        let g = Graph::new("i8");
        let [x, w, s] = params(&g, &c);
        let out_ty = TensorType::new(DType::F32, &[m as i64, n as i64]);
        let y = g.custom_call(I8Matmul::TARGET, &[&x, &w, &s], vec![out_ty]);
        let program = g.build(&[&y[0]]).unwrap();
        let exe = common::client()
            .compile(&program, &CompileOptions::default())
            .unwrap();
        let bufs = upload_case(&c);
        let out = exe.execute(bufs.iter().map(Arg::from).collect()).unwrap();
        assert_matches(&out[0].to_host::<f32>().unwrap(), &c, "custom call");
    }
}

#[test]
fn custom_call_works_inside_a_while_loop() {
    kernels::register(common::client()).unwrap();
    let c = case(8, 1, 64, 64);
    let g = Graph::new("i8_loop");
    let [x, w, s] = params(&g, &c);
    // Three steps of x ← x·Wᵀ·diag(s) (square, so the state keeps its shape).
    let i0 = g.scalar(0.0, DType::I32);
    let out = g.while_loop(
        &[&i0, &x],
        |st| st[0].lt(&st[0].lit(3.0)),
        |st| {
            let ty = st[1].ty().clone();
            let y = g.custom_call(I8Matmul::TARGET, &[&st[1], &w, &s], vec![ty]);
            vec![&st[0] + st[0].lit(1.0), y[0].clone()]
        },
    );
    let program = g.build(&[&out[1]]).unwrap();
    let exe = common::client()
        .compile(&program, &CompileOptions::default())
        .unwrap();
    let bufs = upload_case(&c);
    let got = exe.execute(bufs.iter().map(Arg::from).collect()).unwrap()[0]
        .to_host::<f32>()
        .unwrap();
    let mut v: Vec<f64> = c.x.iter().map(|&a| a as f64).collect();
    for _ in 0..3 {
        v = (0..64)
            .map(|j| (0..64).map(|t| v[t] * c.w[j * 64 + t] as f64).sum::<f64>() * c.s[j] as f64)
            .collect();
    }
    for (g, w) in got.iter().zip(&v) {
        assert!(
            (*g as f64 - w).abs() <= 1e-4 * w.abs().max(1.0),
            "{g} vs {w}"
        );
    }
}

#[test]
fn custom_call_with_wrong_shapes_fails_with_a_message() {
    kernels::register(common::client()).unwrap();
    let c = case(9, 2, 16, 8);
    let g = Graph::new("i8_bad");
    let [x, w, s] = params(&g, &c);
    // The declared result has the wrong width: the handler must refuse, not write past it.
    let bad = TensorType::new(DType::F32, &[2, 5]);
    let y = g.custom_call(I8Matmul::TARGET, &[&x, &w, &s], vec![bad]);
    let program = g.build(&[&y[0]]).unwrap();
    let exe = common::client()
        .compile(&program, &CompileOptions::default())
        .unwrap();
    let bufs = upload_case(&c);
    let err = exe
        .execute(bufs.iter().map(Arg::from).collect())
        .and_then(|out| out[0].to_host::<f32>())
        .expect_err("mismatched shapes must fail");
    assert!(err.to_string().contains("shapes do not fit"), "{err}");
}

/// Group-wise operands: `s [n, k / group]`.
struct GroupCase {
    x: Vec<f32>,
    w: Vec<i8>,
    s: Vec<f32>,
    dims: MatmulDims,
    group: usize,
}

fn group_case(seed: u64, m: usize, k: usize, n: usize, group: usize) -> GroupCase {
    let c = case(seed, m, k, n);
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed + 1000);
    GroupCase {
        x: c.x,
        w: c.w,
        s: (0..n * k / group)
            .map(|_| rng.gen_range(0.001..0.05))
            .collect(),
        dims: c.dims,
        group,
    }
}

fn assert_group_matches(got: &[f32], c: &GroupCase, what: &str) {
    let MatmulDims { m, k, n } = c.dims;
    let groups = k / c.group;
    for i in 0..m {
        for j in 0..n {
            let want: f64 = (0..k)
                .map(|t| {
                    let s = c.s[j * groups + t / c.group] as f64;
                    c.x[i * k + t] as f64 * c.w[j * k + t] as f64 * s
                })
                .sum();
            let tol = 1e-6 * 2.0 * 127.0 * 0.05 * k as f64 + 1e-6;
            let g = got[i * n + j] as f64;
            assert!(
                (g - want).abs() <= tol,
                "{what}: [{i}, {j}]: got {g}, want {want} (tol {tol})"
            );
        }
    }
}

#[test]
fn grouped_kernel_paths_match_scalar_reference_on_odd_sizes() {
    // (m, k, n, group): groups not a multiple of 8, one group, many groups, a ragged tile.
    let shapes = [
        (1, 15, 7, 5),
        (1, 16, 5, 8),
        (3, 45, 13, 9),
        (4, 64, 8, 8),
        (5, 96, 11, 32),
        (17, 100, 29, 20),
        (2, 1030, 70, 103),
        (1, 576, 9, 64),
        (6, 1536, 10, 1536),
        (38, 100, 11, 20),
        (37, 576, 5, 32),
        // Prompt chunks whose k is cut into blocks, with groups that straddle a block's
        // sixteen-input steps (20) or line up with them (64).
        (50, 600, 40, 20),
        (77, 1024, 33, 64),
    ];
    for path in KernelPath::available() {
        for (seed, &(m, k, n, group)) in shapes.iter().enumerate() {
            let c = group_case(seed as u64, m, k, n, group);
            for threads in [1, 3] {
                let mut out = vec![f32::NAN; m * n];
                let par: &dyn kernels::Parallel = if threads == 1 {
                    &Serial
                } else {
                    &StdThreads(threads)
                };
                i8_matmul_grouped(&c.x, &c.w, &c.s, &mut out, c.dims, group, path, par);
                let what = format!("{path:?} m{m} k{k} n{n} g{group} t{threads}");
                assert_group_matches(&out, &c, &what);
            }
        }
    }
}

fn group_program(c: &GroupCase, out_width: i64) -> xlagen::runtime::Executable {
    let MatmulDims { m, k, n } = c.dims;
    let (m, k, n) = (m as i64, k as i64, n as i64);
    let g = Graph::new("i8g");
    let x = g.param("x", TensorType::new(DType::F32, &[m, k]));
    let w = g.param("w", TensorType::new(DType::I8, &[n, k]));
    let groups = (c.s.len() as i64) / n;
    let s = g.param("s", TensorType::new(DType::F32, &[n, groups]));
    let out_ty = TensorType::new(DType::F32, &[m, out_width]);
    let y = g.custom_call(I8GroupMatmul::TARGET, &[&x, &w, &s], vec![out_ty]);
    let program = g.build(&[&y[0]]).unwrap();
    common::client()
        .compile(&program, &CompileOptions::default())
        .unwrap()
}

fn run_group(c: &GroupCase, exe: &xlagen::runtime::Executable) -> anyhow::Result<Vec<f32>> {
    let cl = common::client();
    let MatmulDims { m, k, n } = c.dims;
    let groups = c.s.len() / n;
    let bufs = [
        cl.upload(&c.x, &[m as i64, k as i64])?,
        cl.upload(&c.w, &[n as i64, k as i64])?,
        cl.upload(&c.s, &[n as i64, groups as i64])?,
    ];
    Ok(exe.execute(bufs.iter().map(Arg::from).collect())?[0].to_host::<f32>()?)
}

#[test]
fn grouped_custom_call_runs_the_kernel_inside_xla() {
    kernels::register(common::client()).unwrap();
    for (m, k, n, group) in [(1, 1536, 576, 128), (7, 576, 300, 64)] {
        let c = group_case(11, m, k, n, group);
        let exe = group_program(&c, n as i64);
        assert_group_matches(&run_group(&c, &exe).unwrap(), &c, "grouped custom call");
    }
}

#[test]
fn grouped_custom_call_rejects_scales_that_do_not_split_k() {
    kernels::register(common::client()).unwrap();
    // k = 16 with 5 scale columns: no group size fits.
    let mut c = group_case(12, 2, 16, 8, 16);
    c.s = vec![0.01; 8 * 5];
    let exe = group_program(&c, 8);
    let err = run_group(&c, &exe).expect_err("a bad scale shape must fail");
    assert!(err.to_string().contains("shapes do not fit"), "{err}");
}

#[test]
fn a_row_gets_the_same_bits_in_a_call_of_up_to_32_rows_as_alone() {
    // Batched decode: a sequence's numbers must not depend on its batch-mates, or greedy
    // answers would change with the server's load. Checked bit for bit on every kernel path,
    // grouped and per-channel, with sizes that leave SIMD tails.
    use xlagen::kernels::i8_matmul::BATCH_INVARIANT_ROWS;
    let n = 37;
    for path in KernelPath::available() {
        // Long groups (four accumulators), short ones (one), 32 (straight-line), k with a tail.
        for (k, group) in [(200, 200), (200, 40), (96, 32), (1030, 103), (7000, 7000)] {
            let c = case(31, BATCH_INVARIANT_ROWS, k, n);
            let scales: Vec<f32> = (0..n * k / group)
                .map(|i| 0.001 + i as f32 * 1e-4)
                .collect();
            let run = |m: usize, first: usize| {
                let mut out = vec![0f32; m * n];
                let x = &c.x[first * k..(first + m) * k];
                let dims = MatmulDims { m, k, n };
                i8_matmul_grouped(x, &c.w, &scales, &mut out, dims, group, path, &Serial);
                out
            };
            // Every row count a decode step can have: each falls into tiles of its own sizes.
            for m in 2..=BATCH_INVARIANT_ROWS {
                let many = run(m, 0);
                for i in 0..m {
                    let alone = run(1, i);
                    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                    assert_eq!(
                        bits(&many[i * n..(i + 1) * n]),
                        bits(&alone),
                        "{path:?}, group {group}: row {i} of {m}"
                    );
                }
            }
        }
    }
}
