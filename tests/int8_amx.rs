//! The INT8 kernel on AMX tiles (`i8_amx`): exact sums where bf16 holds the activations exactly,
//! for every tail of tokens, inputs and output channels; its rounding against an independent f64
//! model (activations rounded to bf16 half to even, group scales folded into bf16 weights); a
//! row's bits alone and in a call of any size (a decode row in a batch, a prompt chunk); serial
//! and threaded runs alike; non-finite activations; and the custom calls that run it inside
//! compiled graphs. Where the CPU or OS cannot run AMX the tests say so by name and check only
//! that the custom calls fall back to the f32 dot.

#![cfg(target_arch = "x86_64")]

mod common;

use rand::{Rng, SeedableRng};
use xlagen::kernels::i8_amx::{i8_matmul_amx, supports_group};
use xlagen::kernels::i8_matmul::{amx_supported, i8_matmul_grouped, MatmulDims};
use xlagen::kernels::{
    I8Bf16GroupMatmul, I8Bf16Matmul, I8Q8GroupMatmul, I8Q8Matmul, KernelPath, Parallel, Serial,
    StdThreads,
};

/// Whether the AMX kernel can run here; says which test it is not run for otherwise.
fn amx(test: &str) -> bool {
    let ok = amx_supported();
    if !ok {
        eprintln!("{test}: not run: this CPU or OS does not run AMX (amx-tile, amx-bf16)");
    }
    ok
}

struct Case {
    x: Vec<f32>,
    w: Vec<i8>,
    s: Vec<f32>,
    dims: MatmulDims,
    group: usize,
}

/// bf16 of `v`, rounded to nearest even, as f64 (NaN stays NaN): an independent model of the
/// hardware's conversion, written from the format's definition.
fn bf16(v: f32) -> f64 {
    if v.is_nan() {
        return f64::NAN;
    }
    let bits = v.to_bits();
    let rounded = bits.wrapping_add(0x7fff + ((bits >> 16) & 1)) & 0xffff_0000;
    f32::from_bits(rounded) as f64
}

/// Activations bf16 holds exactly (integers of up to 7 bits), weights over all of i8 (-128
/// included), scales powers of two: with `k <= 576` every product and partial sum is an integer
/// below 127 · 128 · 576 < 2^24 (times the scale), exact in f32, so the result must equal the
/// exact sum.
fn exact_case(seed: u64, m: usize, k: usize, n: usize, group: usize) -> Case {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    assert!(k <= 576, "sums must stay exact in f32");
    let x = (0..m * k)
        .map(|_| rng.gen_range(-127..=127) as f32)
        .collect();
    let mut w: Vec<i8> = (0..n * k).map(|_| rng.gen()).collect();
    w[0] = -128;
    let s = (0..n * (k / group))
        .map(|_| [0.125f32, 0.25][rng.gen_range(0..2)])
        .collect();
    Case {
        x,
        w,
        s,
        dims: MatmulDims { m, k, n },
        group,
    }
}

fn random_case(seed: u64, m: usize, k: usize, n: usize, group: usize) -> Case {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut x: Vec<f32> = (0..m * k).map(|_| rng.gen_range(-2.0..2.0)).collect();
    for row in x.chunks_mut(k) {
        row[rng.gen_range(0..k)] = 40.0;
    }
    Case {
        x,
        w: (0..n * k).map(|_| rng.gen()).collect(),
        s: (0..n * (k / group))
            .map(|_| rng.gen_range(0.001..0.05))
            .collect(),
        dims: MatmulDims { m, k, n },
        group,
    }
}

fn run(c: &Case, par: &dyn Parallel) -> Vec<f32> {
    let mut out = vec![f32::NAN; c.dims.m * c.dims.n];
    i8_matmul_amx(&c.x, &c.w, &c.s, &mut out, c.dims, c.group, par);
    out
}

/// The kernel's arithmetic in f64: `Σ bf16(x) · w · s` per channel, or `Σ bf16(x) · bf16(w · s)`
/// with groups; and the sum of the terms' magnitudes (for the f32 accumulation's error).
fn model(c: &Case) -> (Vec<f64>, Vec<f64>) {
    let MatmulDims { m, k, n } = c.dims;
    let groups = k / c.group;
    let (mut out, mut mag) = (vec![0f64; m * n], vec![0f64; m * n]);
    for i in 0..m {
        for j in 0..n {
            let (mut sum, mut abs) = (0f64, 0f64);
            for t in 0..k {
                let x = bf16(c.x[i * k + t]);
                let s = c.s[j * groups + t / c.group];
                let w = c.w[j * k + t] as f32;
                let term = if groups > 1 {
                    x * bf16(w * s)
                } else {
                    x * w as f64
                };
                sum += term;
                abs += term.abs();
            }
            let scale = if groups > 1 { 1.0 } else { c.s[j] as f64 };
            out[i * n + j] = sum * scale;
            mag[i * n + j] = abs * scale;
        }
    }
    (out, mag)
}

#[test]
fn sums_are_exact_for_every_tail() {
    if !amx("sums_are_exact_for_every_tail") {
        return;
    }
    let mut seed = 0;
    for k in [1, 31, 32, 33, 64, 100, 576] {
        for n in [1, 15, 16, 17, 40] {
            for m in [1, 5, 16, 17, 33, 70] {
                seed += 1;
                let c = exact_case(seed, m, k, n, k);
                let (want, _) = model(&c);
                let got = run(&c, &Serial);
                for (idx, (&g, &w)) in got.iter().zip(&want).enumerate() {
                    assert_eq!(g as f64, w, "m{m} k{k} n{n}: element {idx}");
                }
            }
        }
    }
    // Groups of 32 and 64 with power-of-two scales: `w · s` is exact in bf16 too.
    for (k, group) in [(64, 32), (192, 64), (96, 32)] {
        let c = exact_case(99, 19, k, 23, group);
        let (want, _) = model(&c);
        let got = run(&c, &Serial);
        for (idx, (&g, &w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(g as f64, w, "k{k} group {group}: element {idx}");
        }
    }
}

#[test]
fn rounding_matches_an_f64_model_of_bf16_activations() {
    if !amx("rounding_matches_an_f64_model_of_bf16_activations") {
        return;
    }
    for (m, k, n, group) in [
        (1, 576, 70, 576),
        (7, 1536, 33, 1536),
        (40, 576, 48, 576),
        (3, 256, 40, 64),
        (20, 96, 17, 32),
    ] {
        let c = random_case(5 + m as u64, m, k, n, group);
        let (want, mag) = model(&c);
        let got = run(&c, &StdThreads(2));
        for (idx, &g) in got.iter().enumerate() {
            // f32 accumulation over `k` terms: well within k · 2^-24 of their magnitudes.
            let tol = k as f64 * 2f64.powi(-24) * mag[idx] + 1e-9;
            assert!(
                (g as f64 - want[idx]).abs() <= tol,
                "m{m} k{k} n{n} group {group}: element {idx}: got {g}, want {}",
                want[idx]
            );
        }
    }
}

#[test]
fn bf16_activations_move_each_product_by_at_most_half_an_ulp() {
    if !amx("bf16_activations_move_each_product_by_at_most_half_an_ulp") {
        return;
    }
    // Against the unrounded product: each activation moves by at most 2^-9 of itself.
    let c = random_case(77, 9, 576, 64, 576);
    let got = run(&c, &Serial);
    let MatmulDims { m, k, n } = c.dims;
    for i in 0..m {
        for j in 0..n {
            let (mut exact, mut bound) = (0f64, 0f64);
            for t in 0..k {
                let term = c.x[i * k + t] as f64 * c.w[j * k + t] as f64 * c.s[j] as f64;
                exact += term;
                bound += term.abs() * (2f64.powi(-9) + k as f64 * 2f64.powi(-24));
            }
            let g = got[i * n + j] as f64;
            assert!(
                (g - exact).abs() <= bound,
                "({i}, {j}): {g} vs {exact}, bound {bound}"
            );
        }
    }
}

#[test]
fn a_row_gets_the_same_bits_in_a_call_of_any_size_as_alone() {
    if !amx("a_row_gets_the_same_bits_in_a_call_of_any_size_as_alone") {
        return;
    }
    let n = 37;
    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    for (k, group) in [(200, 200), (96, 32), (1030, 1030)] {
        let c = random_case(31, 70, k, n, group);
        let sub = |m: usize, first: usize, par: &dyn Parallel| {
            let case = Case {
                x: c.x[first * k..(first + m) * k].to_vec(),
                w: c.w.clone(),
                s: c.s.clone(),
                dims: MatmulDims { m, k, n },
                group,
            };
            run(&case, par)
        };
        let alone: Vec<Vec<u32>> = (0..70).map(|i| bits(&sub(1, i, &Serial))).collect();
        for m in [2, 3, 15, 16, 17, 32, 33, 64, 70] {
            let many = sub(m, 70 - m, &StdThreads(2));
            for i in 0..m {
                assert_eq!(
                    bits(&many[i * n..(i + 1) * n]),
                    alone[70 - m + i],
                    "k{k} group {group}: row {i} of {m}"
                );
            }
        }
    }
}

#[test]
fn non_finite_activations_give_non_finite_outputs() {
    if !amx("non_finite_activations_give_non_finite_outputs") {
        return;
    }
    for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        let mut c = random_case(3, 2, 100, 9, 100);
        c.x[100 + 70] = bad;
        // A zero weight times an infinity is NaN; a non-zero one keeps it infinite.
        let got = run(&c, &Serial);
        assert!(got[..9].iter().all(|v| v.is_finite()), "row 0 is untouched");
        assert!(
            got[9..].iter().all(|v| !v.is_finite()),
            "{bad}: {:?}",
            &got[9..]
        );
    }
}

#[test]
fn amx_is_tested_where_the_machine_runs_it() {
    let cpu = std::is_x86_feature_detected!("avx512bf16") && KernelPath::Avx512.supported();
    if !amx_supported() {
        eprintln!(
            "INT8 dot products tested here: not run: amx (AMX tiles absent or not permitted by \
             the OS, AVX512-BF16 {})",
            if cpu { "present" } else { "absent" }
        );
    } else {
        eprintln!("INT8 dot products tested here include amx");
    }
    assert!(!amx_supported() || cpu, "AMX is only used with AVX512-BF16");
}

/// `target` with `(x [m, k], w [n, k], s)` compiled into a graph and run.
fn custom_call(target: &str, c: &Case) -> Vec<f32> {
    let MatmulDims { m, k, n } = c.dims;
    let per_channel = target == I8Bf16Matmul::TARGET || target == I8Q8Matmul::TARGET;
    common::i8_custom_call(target, per_channel, &c.x, &c.w, &c.s, (m, k, n), c.group)
}

#[test]
fn amx_custom_calls_and_vnni_prompt_chunks_run_the_amx_kernel_or_fall_back() {
    // The grouped VNNI target's prompt chunks (over 32 rows; per channel they run `i8_fixed`'s
    // tiles, tests/int8_fixed.rs); the AMX targets per channel (decode and a prompt chunk),
    // with groups of whole tile products, and with groups of 8 (not whole tile products: the
    // f32 dot).
    for (target, m, k, n, group) in [
        (I8Q8GroupMatmul::TARGET, 33, 256, 40, 64),
        (I8Bf16Matmul::TARGET, 1, 576, 300, 576),
        (I8Bf16Matmul::TARGET, 40, 77, 40, 77),
        (I8Bf16GroupMatmul::TARGET, 3, 256, 40, 64),
        (I8Bf16GroupMatmul::TARGET, 2, 96, 40, 8),
    ] {
        let c = random_case(11, m, k, n, group);
        let got = custom_call(target, &c);
        if amx_supported() && supports_group(group, k) {
            assert_eq!(got, run(&c, &Serial), "{target} m{m} k{k} group {group}");
        } else {
            let mut f32_dot = vec![0f32; m * n];
            i8_matmul_grouped(
                &c.x,
                &c.w,
                &c.s,
                &mut f32_dot,
                c.dims,
                group,
                KernelPath::best(),
                &Serial,
            );
            assert_eq!(got, f32_dot, "{target} group {group}");
        }
    }
}
