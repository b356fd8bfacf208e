//! The f32 decode projection kernel: every SIMD path this CPU has against an f64 reference,
//! a row's bits independent of the rows beside it in a call, and the kernel as a typed XLA FFI
//! custom call (right shapes, and wrong ones refused with a message).

mod common;

use rand::{Rng, SeedableRng};
use xlagen::dtype::{DType, TensorType};
use xlagen::kernels::f32_matmul::{f32_matmul, MatmulDims};
use xlagen::kernels::{self, F32Matmul, KernelPath, Serial, StdThreads};
use xlagen::runtime::{Arg, CompileOptions};
use xlagen::trace::Graph;

fn case(seed: u64, m: usize, k: usize, n: usize) -> (Vec<f32>, Vec<f32>) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let x = (0..m * k).map(|_| rng.gen_range(-2.0..2.0)).collect();
    let w = (0..n * k).map(|_| rng.gen_range(-0.5..0.5)).collect();
    (x, w)
}

/// Checks `got [m, n]` against an f64 dot product, within f32 rounding over `k` terms
/// (relative to the sum of the terms' magnitudes).
fn assert_matches(got: &[f32], x: &[f32], w: &[f32], dims: MatmulDims, what: &str) {
    let MatmulDims { m, k, n } = dims;
    for i in 0..m {
        for j in 0..n {
            let terms = (0..k).map(|t| x[i * k + t] as f64 * w[j * k + t] as f64);
            let want: f64 = terms.clone().sum();
            let magnitude: f64 = terms.map(f64::abs).sum();
            let g = got[i * n + j] as f64;
            assert!(
                (g - want).abs() <= 1e-6 * magnitude + 1e-7,
                "{what}: ({i}, {j}): got {g}, want {want}"
            );
        }
    }
}

#[test]
fn every_path_matches_the_reference_on_odd_sizes() {
    let shapes = [
        (1, 1, 1),
        (1, 7, 5),
        (2, 37, 13),
        (3, 64, 9),
        (4, 100, 11),
        (5, 576, 30),
        (7, 1030, 17),
        (32, 129, 20),
        // Prompt chunks (AVX-512: the packed GEMM; tails of its 12-row tiles, 32-channel
        // panels and 256-input blocks).
        (33, 16, 32),
        (64, 576, 96),
        (61, 257, 45),
        (130, 600, 70),
    ];
    let paths = KernelPath::available();
    eprintln!(
        "f32 kernel paths tested: {:?}; not run (this CPU lacks them): {:?}",
        paths.iter().map(|p| p.name()).collect::<Vec<_>>(),
        KernelPath::ALL
            .iter()
            .filter(|p| !paths.contains(p))
            .map(|p| p.name())
            .collect::<Vec<_>>()
    );
    for path in paths {
        for (seed, &(m, k, n)) in shapes.iter().enumerate() {
            let (x, w) = case(seed as u64, m, k, n);
            let dims = MatmulDims { m, k, n };
            for threads in [1, 3] {
                let mut out = vec![f32::NAN; m * n];
                if threads == 1 {
                    f32_matmul(&x, &w, &mut out, dims, path, &Serial);
                } else {
                    f32_matmul(&x, &w, &mut out, dims, path, &StdThreads(threads));
                }
                let what = format!("{path:?} m{m} k{k} n{n} t{threads}");
                assert_matches(&out, &x, &w, dims, &what);
            }
        }
    }
}

#[test]
fn a_row_gets_the_same_bits_in_a_call_of_up_to_32_rows_as_alone() {
    // As the INT8 kernel: a batched decode step must give each sequence its lone numbers.
    // Short rows all fit one L1 block of activations; 3000-input ones are cut into blocks.
    for (k, path) in [203, 3000]
        .into_iter()
        .flat_map(|k| KernelPath::available().into_iter().map(move |p| (k, p)))
    {
        let n = 41;
        let (x, w) = case(5, 32, k, n);
        let run = |m: usize, first: usize| {
            let mut out = vec![0f32; m * n];
            let dims = MatmulDims { m, k, n };
            f32_matmul(
                &x[first * k..(first + m) * k],
                &w,
                &mut out,
                dims,
                path,
                &Serial,
            );
            out
        };
        for m in 2..=32 {
            let many = run(m, 0);
            for i in 0..m {
                let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(
                    bits(&many[i * n..(i + 1) * n]),
                    bits(&run(1, i)),
                    "{path:?}, k {k}: row {i} of {m}"
                );
            }
        }
    }
}

fn program(m: i64, k: i64, n: i64, out_n: i64) -> xlagen::runtime::Executable {
    let g = Graph::new("f32mm");
    let x = g.param("x", TensorType::new(DType::F32, &[m, k]));
    let w = g.param("w", TensorType::new(DType::F32, &[n, k]));
    let out_ty = TensorType::new(DType::F32, &[m, out_n]);
    let y = g.custom_call(F32Matmul::TARGET, &[&x, &w], vec![out_ty]);
    let program = g.build(&[&y[0]]).unwrap();
    common::client()
        .compile(&program, &CompileOptions::default())
        .unwrap()
}

fn run(
    exe: &xlagen::runtime::Executable,
    x: &[f32],
    w: &[f32],
    dims: MatmulDims,
) -> anyhow::Result<Vec<f32>> {
    let cl = common::client();
    let MatmulDims { m, k, n } = dims;
    let bufs = [
        cl.upload(x, &[m as i64, k as i64])?,
        cl.upload(w, &[n as i64, k as i64])?,
    ];
    Ok(exe.execute(bufs.iter().map(Arg::from).collect())?[0].to_host::<f32>()?)
}

#[test]
fn custom_call_runs_the_kernel_inside_xla_and_refuses_wrong_shapes() {
    kernels::register(common::client()).unwrap();
    let dims = MatmulDims {
        m: 3,
        k: 576,
        n: 200,
    };
    let (x, w) = case(7, dims.m, dims.k, dims.n);
    let exe = program(3, 576, 200, 200);
    assert_matches(
        &run(&exe, &x, &w, dims).unwrap(),
        &x,
        &w,
        dims,
        "custom call",
    );
    // A declared result narrower than n: the handler must refuse, not write past it.
    let bad = program(3, 576, 200, 150);
    let err = run(&bad, &x, &w, dims).expect_err("a wrong result shape must fail");
    assert!(err.to_string().contains("shapes do not fit"), "{err}");
}
