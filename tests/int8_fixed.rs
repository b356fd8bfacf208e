//! The INT8 kernel on 16-bit fixed-point activations (`i8_fixed`): every output's bits against
//! an independent model of its definition (the rounding in f64, the dot product in i64), on
//! both engines (AVX512-VNNI and AMX-INT8 tiles), for every tail of `k`, `n` and the rows, on
//! rows holding zeros, NaN, infinities, subnormals and outliers; the rounding against the
//! unquantized product; and a row's bits alone, in a batch and across threads. On a CPU without
//! an engine the tests say so by name.

#![cfg(target_arch = "x86_64")]

mod common;

use rand::{Rng, SeedableRng};
use xlagen::kernels::i8_amx::amx_int8_supported;
use xlagen::kernels::i8_fixed::{i8_matmul_fixed_on, supports, Engine};
use xlagen::kernels::i8_matmul::MatmulDims;
use xlagen::kernels::{I8Q8Matmul, Parallel, Serial, StdThreads};

/// The engines this machine runs for `dims`; says which are not run otherwise.
fn engines(test: &str, dims: MatmulDims) -> Vec<Engine> {
    let runs: Vec<Engine> = [Engine::Vnni, Engine::Tiles]
        .into_iter()
        .filter(|e| e.runs(dims))
        .collect();
    if runs.len() < 2 && dims.k.is_multiple_of(64) {
        eprintln!("{test}: {dims:?} not run on AMX-INT8 tiles: this CPU or OS lacks them");
    }
    runs
}

/// The definition, computed independently: `d = 2^(e - 141)` for the row's largest magnitude
/// of biased exponent `e`, `q = round_ties_even(x / d)` (in f64, where `x / d` is exact) capped
/// at 32767, and each output `(fma(f32(H), 256, f32(L)) · d) · s` with the byte planes' sums
/// `H = Σ (q >> 8) · w` and `L = Σ (q & 255) · w` in i64. A row holding a NaN or an infinity
/// gives NaN; a row of zeros gives zeros.
fn model(x: &[f32], w: &[i8], s: &[f32], dims: MatmulDims) -> Vec<f32> {
    let MatmulDims { m, k, n } = dims;
    let mut out = vec![0f32; m * n];
    for i in 0..m {
        let row = &x[i * k..(i + 1) * k];
        if row.iter().any(|v| !v.is_finite()) {
            out[i * n..(i + 1) * n].fill(f32::NAN);
            continue;
        }
        let amax = row.iter().fold(0f32, |a, v| a.max(v.abs()));
        if amax == 0.0 {
            continue;
        }
        let e = (amax.to_bits() >> 23) as i32;
        let d = 2f64.powi(e - 141);
        let q: Vec<i64> = row
            .iter()
            .map(|&v| (v as f64 / d).round_ties_even().min(32767.0) as i64)
            .collect();
        assert!(q.iter().all(|v| (-32768..=32767).contains(v)));
        for j in 0..n {
            let dot = |plane: &dyn Fn(i64) -> i64| -> i64 {
                (0..k).map(|c| plane(q[c]) * w[j * k + c] as i64).sum()
            };
            let (h, l) = (dot(&|q| q >> 8), dot(&|q| q & 255));
            assert_eq!(h * 256 + l, dot(&|q| q), "the byte split");
            out[i * n + j] = (h as f32).mul_add(256.0, l as f32) * d as f32 * s[j];
        }
    }
    out
}

struct Case {
    x: Vec<f32>,
    w: Vec<i8>,
    s: Vec<f32>,
    dims: MatmulDims,
}

/// Activations of mixed magnitudes with an outlier per row; special rows when `special`:
/// zeros, a NaN, an infinity, subnormals only, values near the top of f32's range.
fn case(seed: u64, m: usize, k: usize, n: usize, special: bool) -> Case {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut x: Vec<f32> = (0..m * k)
        .map(|_| rng.gen_range(-2.0f32..2.0) * [1.0, 0.01, 1e-4][rng.gen_range(0..3)])
        .collect();
    for (i, row) in x.chunks_mut(k).enumerate() {
        row[rng.gen_range(0..k)] = rng.gen_range(-60.0..60.0);
        if special {
            match i % 6 {
                1 => row.fill(0.0),
                2 => row[rng.gen_range(0..k)] = f32::NAN,
                3 => row[rng.gen_range(0..k)] = f32::NEG_INFINITY,
                4 => row.iter_mut().for_each(|v| *v = *v * 1e-40 * 1e-3),
                5 => row.iter_mut().for_each(|v| *v *= 1e36),
                _ => {}
            }
        }
    }
    let mut w: Vec<i8> = (0..n * k).map(|_| rng.gen()).collect();
    w[0] = -128;
    Case {
        x,
        w,
        s: (0..n).map(|_| rng.gen_range(0.001f32..0.05)).collect(),
        dims: MatmulDims { m, k, n },
    }
}

fn run(c: &Case, engine: Engine, par: &dyn Parallel) -> Vec<f32> {
    let mut out = vec![f32::NAN; c.dims.m * c.dims.n];
    i8_matmul_fixed_on(&c.x, &c.w, &c.s, &mut out, c.dims, engine, par);
    out
}

fn bits(v: &[f32]) -> Vec<u32> {
    // Every NaN compares as one.
    v.iter()
        .map(|f| if f.is_nan() { u32::MAX } else { f.to_bits() })
        .collect()
}

#[test]
fn every_output_is_the_definitions_bits_on_every_engine() {
    if !supports(64) {
        eprintln!("every_output_is_the_definitions_bits_on_every_engine: not run: no AVX512-VNNI");
        return;
    }
    let mut seed = 1;
    for k in [1, 3, 63, 64, 65, 100, 128, 576, 1536] {
        for n in [1, 15, 16, 17, 48, 100] {
            for m in [1, 2, 3, 5, 16, 17, 33] {
                seed += 1;
                let c = case(seed, m, k, n, seed % 2 == 0);
                let want = bits(&model(&c.x, &c.w, &c.s, c.dims));
                for engine in engines("every_output_is_the_definitions_bits", c.dims) {
                    let got = bits(&run(&c, engine, &Serial));
                    assert_eq!(got, want, "{engine:?} {:?}", c.dims);
                }
            }
        }
    }
}

/// The rounding's error against the unquantized product, in f64: at most half a step per input
/// (`d / 2 · Σ |w|` per output, times the scale), plus f32's two roundings of the result.
#[test]
fn outputs_are_within_half_a_step_per_input_of_the_unquantized_product() {
    if !supports(64) {
        eprintln!("outputs_are_within_half_a_step: not run: no AVX512-VNNI");
        return;
    }
    let c = case(7, 9, 576, 64, false);
    let MatmulDims { m, k, n } = c.dims;
    for engine in engines("outputs_are_within_half_a_step", c.dims) {
        let got = run(&c, engine, &Serial);
        for i in 0..m {
            let row = &c.x[i * k..(i + 1) * k];
            let amax = row.iter().fold(0f32, |a, v| a.max(v.abs())) as f64;
            let d = 2f64.powi((amax.log2().floor() as i32) + 1 - 15);
            for j in 0..n {
                let wr = &c.w[j * k..(j + 1) * k];
                let exact: f64 = row.iter().zip(wr).map(|(&a, &b)| a as f64 * b as f64).sum();
                let exact = exact * c.s[j] as f64;
                let abs_w: f64 = wr.iter().map(|&b| (b as f64).abs()).sum();
                let bound = d / 2.0 * abs_w * c.s[j] as f64 + exact.abs() * 2.5e-7;
                let err = (got[i * n + j] as f64 - exact).abs();
                assert!(err <= bound, "{engine:?} ({i}, {j}): {err} > {bound}");
            }
        }
    }
}

/// A row's outputs alone equal its outputs in a call of any size, on every engine, on one thread
/// or two.
#[test]
fn a_row_has_the_same_bits_alone_in_a_batch_and_across_threads() {
    if !supports(64) {
        eprintln!("a_row_has_the_same_bits: not run: no AVX512-VNNI");
        return;
    }
    let c = case(11, 32, 576, 960, false);
    let MatmulDims { k, n, .. } = c.dims;
    let batch: Vec<Vec<f32>> = engines("a_row_has_the_same_bits", c.dims)
        .into_iter()
        .flat_map(|e| [run(&c, e, &Serial), run(&c, e, &StdThreads(2))])
        .collect();
    for b in &batch[1..] {
        assert_eq!(bits(b), bits(&batch[0]));
    }
    for i in [0, 5, 31] {
        let alone = Case {
            x: c.x[i * k..(i + 1) * k].to_vec(),
            w: c.w.clone(),
            s: c.s.clone(),
            dims: MatmulDims { m: 1, k, n },
        };
        for engine in engines("a_row_has_the_same_bits", alone.dims) {
            let got = run(&alone, engine, &StdThreads(2));
            assert_eq!(
                bits(&got),
                bits(&batch[0][i * n..(i + 1) * n]),
                "{engine:?} row {i}"
            );
        }
    }
}

/// On a CPU with AMX-INT8, the per-channel INT8 custom call of the default dot
/// (`xlagen_i8q8_matvec`) runs this kernel for decode-sized calls, on either engine (one row, a
/// batch on tiles, `k` of no whole steps), and for prompt chunks.
#[test]
fn the_per_channel_custom_call_runs_this_kernel() {
    if !supports(64) || !amx_int8_supported() {
        eprintln!(
            "the_per_channel_custom_call_runs_this_kernel: not run: without AVX512-VNNI and \
             AMX-INT8 the custom call takes INT8 blocks (tests/int8_vnni.rs)"
        );
        return;
    }
    for (m, k, n) in [
        (1, 576, 300),
        (5, 576, 64),
        (16, 1536, 48),
        (5, 77, 40),
        (32, 64, 17),
        (40, 576, 50),
        (70, 128, 33),
    ] {
        if m > 32 && !Engine::Tiles.runs(MatmulDims { m, k, n }) {
            // `k` of no whole steps: prompt chunks run another kernel.
            continue;
        }
        let mut c = case(3 + m as u64, m, k, n, true);
        // XLA runs its executables with subnormals flushed to zero, so the subnormal rows are
        // made normal here (the direct calls above check them).
        for row in c.x.chunks_mut(k).skip(4).step_by(6) {
            row.iter_mut().for_each(|v| *v = *v * 1e20 * 1e20);
        }
        let got = common::i8_custom_call(I8Q8Matmul::TARGET, true, &c.x, &c.w, &c.s, (m, k, n), k);
        assert_eq!(
            bits(&got),
            bits(&model(&c.x, &c.w, &c.s, c.dims)),
            "{:?}",
            c.dims
        );
    }
}
