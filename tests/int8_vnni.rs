//! The INT8 kernel on INT8 activations (`i8_vnni`, AVX512-VNNI): its integer dot products
//! exactly, on activations whose quantization is exact, for every tail of `k`, `n` and the
//! activation rows; its rounding against an independent f64 model of Q8_0-style quantization and
//! against the unquantized product within half a step per input; a row's bits alone and in a
//! batch; and the custom calls that run it inside compiled graphs. On a CPU without VNNI the
//! tests say so by name and check only that the custom calls fall back to the f32 dot.

#![cfg(target_arch = "x86_64")]

mod common;

use rand::{Rng, SeedableRng};
use xlagen::kernels::i8_amx::amx_int8_supported;
use xlagen::kernels::i8_matmul::{
    i8_matmul_grouped, vnni_supported, MatmulDims, BATCH_INVARIANT_ROWS,
};
use xlagen::kernels::i8_vnni::{i8_matmul_q8, supports_group, Q8_BLOCK};
use xlagen::kernels::{I8Q8GroupMatmul, I8Q8Matmul, KernelPath, Parallel, Serial, StdThreads};

/// Whether the VNNI kernel can run here; says which test it is not run for otherwise.
fn vnni(test: &str) -> bool {
    let ok = vnni_supported();
    if !ok {
        eprintln!("{test}: not run: this CPU lacks AVX512-VNNI (avx512vnni)");
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

/// Activations that quantize exactly: each block of `Q8_BLOCK` is `q · d` with integer `q` (one of
/// them ±127, so `d` is the block's scale) and `d` a power of two; weights over all of i8,
/// -128 included; scales powers of two. Every product and partial sum the kernel forms is
/// then an integer multiple of the smallest `d · s` (1/8), no larger than the sum of the
/// terms' magnitudes; while that stays below 2^24 units (checked), each is an exact f32, so
/// the result must equal the exact sum.
fn exact_case(seed: u64, m: usize, k: usize, n: usize, group: usize) -> Case {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut x = vec![0f32; m * k];
    for row in x.chunks_mut(k) {
        for block in row.chunks_mut(Q8_BLOCK) {
            let d = [1.0f32, 2.0, 4.0][rng.gen_range(0..3)];
            for v in block.iter_mut() {
                *v = rng.gen_range(-127..=127) as f32 * d;
            }
            let at = rng.gen_range(0..block.len());
            block[at] = if rng.gen() { 127.0 } else { -127.0 } * d;
        }
    }
    let mut w: Vec<i8> = (0..n * k).map(|_| rng.gen()).collect();
    w[0] = -128;
    let groups = k / group;
    let s = (0..n * groups)
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
    // An outlier per row, as real activations have, and a block of zeros (scale 0).
    for row in x.chunks_mut(k) {
        row[rng.gen_range(0..k)] = 40.0;
        if k >= 64 {
            row[32..64].fill(0.0);
        }
    }
    Case {
        x,
        w: (0..n * k).map(|_| rng.gen()).collect(),
        s: (0..n * k / group)
            .map(|_| rng.gen_range(0.001..0.05))
            .collect(),
        dims: MatmulDims { m, k, n },
        group,
    }
}

fn run(c: &Case, par: &dyn Parallel) -> Vec<f32> {
    let mut out = vec![f32::NAN; c.dims.m * c.dims.n];
    i8_matmul_q8(&c.x, &c.w, &c.s, &mut out, c.dims, c.group, Q8_BLOCK, par);
    out
}

/// Q8_0 as llama.cpp defines it (with blocks of `Q8_BLOCK`), in f64: per block,
/// `d = max|x| / 127`, `q = round(x / d)` (half away from zero).
fn q8_blocks(x: &[f32], k: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(x.len());
    for row in x.chunks(k) {
        for block in row.chunks(Q8_BLOCK) {
            let amax = block.iter().fold(0f64, |a, &v| a.max((v as f64).abs()));
            let d = amax / 127.0;
            out.extend(block.iter().map(|&v| {
                if d == 0.0 {
                    0.0
                } else {
                    (v as f64 / d).round() * d
                }
            }));
        }
    }
    out
}

/// `Σ_k x[i, k] · w[j, k] · s[j, k / group]` in f64, and the sum of the terms' magnitudes.
fn reference(x: &[f64], c: &Case) -> (Vec<f64>, Vec<f64>) {
    let MatmulDims { m, k, n } = c.dims;
    let groups = k / c.group;
    let (mut out, mut mag) = (vec![0f64; m * n], vec![0f64; m * n]);
    for i in 0..m {
        for j in 0..n {
            for t in 0..k {
                let term =
                    x[i * k + t] * c.w[j * k + t] as f64 * c.s[j * groups + t / c.group] as f64;
                out[i * n + j] += term;
                mag[i * n + j] += term.abs();
            }
        }
    }
    (out, mag)
}

#[test]
fn integer_dot_products_are_exact_for_every_tail() {
    if !vnni("integer_dot_products_are_exact_for_every_tail") {
        return;
    }
    // (m, k, n, group): k below, at and past one block and one 64-input step, odd n (chunks
    // of 4 output rows leave tails), grouped weights of one and several blocks per group.
    let mut shapes = vec![
        (1, 1, 1, 1),
        (1, 3, 5, 3),
        (2, 31, 7, 31),
        (3, 32, 9, 32),
        (1, 33, 4, 33),
        (5, 63, 13, 63),
        (4, 64, 8, 64),
        (2, 65, 3, 65),
        (3, 127, 17, 127),
        (1, 128, 33, 128),
        (6, 129, 5, 129),
        (2, 200, 70, 200),
        (3, 96, 11, 32),
        (2, 192, 9, 64),
        (1, 192, 5, 96),
        (4, 160, 6, 32),
    ];
    // Every row count of a decode step and one past it (the L1 blocks of activation rows).
    shapes.extend((1..=BATCH_INVARIANT_ROWS + 1).map(|m| (m, 100, 21, 100)));
    for (seed, &(m, k, n, group)) in shapes.iter().enumerate() {
        let c = exact_case(seed as u64, m, k, n, group);
        let x: Vec<f64> = c.x.iter().map(|&v| v as f64).collect();
        let (want, mag) = reference(&x, &c);
        let units = mag.iter().fold(0f64, |a, &v| a.max(v)) * 8.0;
        assert!(
            units < (1u64 << 24) as f64,
            "m{m} k{k}: {units} units is not exact in f32"
        );
        for (threads, par) in [(1, &Serial as &dyn Parallel), (3, &StdThreads(3))] {
            let got = run(&c, par);
            for (idx, (&g, &w)) in got.iter().zip(&want).enumerate() {
                assert_eq!(
                    g as f64, w,
                    "m{m} k{k} n{n} group {group} threads {threads}: element {idx}"
                );
            }
        }
    }
}

#[test]
fn rounding_matches_an_f64_model_of_block_quantized_activations() {
    if !vnni("rounding_matches_an_f64_model_of_block_quantized_activations") {
        return;
    }
    // SmolLM2's widths, prompt-chunk row counts, grouped scales.
    let shapes = [
        (1, 576, 64, 576),
        (1, 1536, 40, 1536),
        (32, 576, 20, 576),
        (40, 300, 30, 300),
        (3, 576, 10, 32),
        (2, 576, 10, 64),
        (1, 77, 9, 77),
    ];
    for (seed, &(m, k, n, group)) in shapes.iter().enumerate() {
        let c = random_case(100 + seed as u64, m, k, n, group);
        let (want, mag) = reference(&q8_blocks(&c.x, k), &c);
        let got = run(&c, &StdThreads(2));
        for (idx, &g) in got.iter().enumerate() {
            // Only f32 rounding of the scaled sums remains.
            let tol = 1e-6 * mag[idx] + 1e-9;
            assert!(
                (g as f64 - want[idx]).abs() <= tol,
                "m{m} k{k} n{n} group {group}: element {idx}: got {g}, want {} (tol {tol})",
                want[idx]
            );
        }
    }
}

#[test]
fn quantizing_activations_moves_each_input_by_at_most_half_a_step() {
    if !vnni("quantizing_activations_moves_each_input_by_at_most_half_a_step") {
        return;
    }
    // Against the unquantized product (the f32 dot's reference): each input of block `b`
    // moves by at most `d_b / 2`, so an output moves by at most Σ |w · s| · d_b / 2.
    for (m, k, n, group) in [(4, 576, 48, 576), (2, 1536, 24, 1536), (3, 256, 16, 32)] {
        let c = random_case(7, m, k, n, group);
        let x: Vec<f64> = c.x.iter().map(|&v| v as f64).collect();
        let (want, mag) = reference(&x, &c);
        let got = run(&c, &Serial);
        let groups = k / group;
        for i in 0..m {
            for j in 0..n {
                let bound: f64 = (0..k)
                    .map(|t| {
                        let block = &c.x[i * k + t / Q8_BLOCK * Q8_BLOCK..]
                            [..Q8_BLOCK.min(k - t / Q8_BLOCK * Q8_BLOCK)];
                        let d = block.iter().fold(0f64, |a, &v| a.max((v as f64).abs())) / 127.0;
                        (c.w[j * k + t] as f64 * c.s[j * groups + t / group] as f64).abs() * d / 2.0
                    })
                    .sum();
                let (g, w) = (got[i * n + j] as f64, want[i * n + j]);
                let tol = bound * (1.0 + 1e-6) + 1e-6 * mag[i * n + j];
                assert!(
                    (g - w).abs() <= tol,
                    "[{i}, {j}]: got {g}, want {w} ± {tol}"
                );
            }
        }
    }
}

#[test]
fn a_row_gets_the_same_bits_in_a_call_of_up_to_32_rows_as_alone() {
    if !vnni("a_row_gets_the_same_bits_in_a_call_of_up_to_32_rows_as_alone") {
        return;
    }
    let n = 37;
    for (k, group) in [(200, 200), (96, 32), (1030, 1030), (640, 64)] {
        let c = random_case(31, BATCH_INVARIANT_ROWS, k, n, group);
        let one = |m: usize, first: usize| {
            let sub = Case {
                x: c.x[first * k..(first + m) * k].to_vec(),
                w: c.w.clone(),
                s: c.s.clone(),
                dims: MatmulDims { m, k, n },
                group,
            };
            run(&sub, &Serial)
        };
        for m in 2..=BATCH_INVARIANT_ROWS {
            let many = one(m, 0);
            for i in 0..m {
                let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(
                    bits(&many[i * n..(i + 1) * n]),
                    bits(&one(1, i)),
                    "group {group}: row {i} of {m}"
                );
            }
        }
    }
}

#[test]
fn non_finite_activations_give_non_finite_outputs() {
    if !vnni("non_finite_activations_give_non_finite_outputs") {
        return;
    }
    // A NaN or infinity must not be quantized into ordinary numbers.
    for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        let mut c = random_case(3, 2, 100, 9, 100);
        c.x[100 + 70] = bad;
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
fn vnni_is_tested_where_the_cpu_has_it() {
    let has = std::is_x86_feature_detected!("avx512vnni") && KernelPath::Avx512.supported();
    assert_eq!(vnni_supported(), has);
    eprintln!(
        "INT8 dot products tested: f32{}",
        if has {
            ", vnni"
        } else {
            "; not run: vnni (this CPU lacks AVX512-VNNI)"
        }
    );
}

/// `target` with `(x [m, k], w [n, k], s)` compiled into a graph and run.
fn custom_call(target: &str, c: &Case) -> Vec<f32> {
    let MatmulDims { m, k, n } = c.dims;
    let per_channel = target == I8Q8Matmul::TARGET;
    common::i8_custom_call(target, per_channel, &c.x, &c.w, &c.s, (m, k, n), c.group)
}

#[test]
fn q8_custom_calls_run_the_vnni_kernel_or_fall_back_to_the_f32_dot() {
    // Per channel where the CPU lacks AMX-INT8 (with it they run `i8_fixed`,
    // tests/int8_fixed.rs), groups of whole blocks, and groups of 8 (not whole blocks: the f32
    // dot).
    let per_channel: &[(&str, usize, usize, usize, usize)] = if amx_int8_supported() {
        eprintln!("per-channel q8 custom calls: not run here: this CPU has AMX-INT8 (i8_fixed)");
        &[]
    } else {
        &[
            (I8Q8Matmul::TARGET, 1, 576, 300, 576),
            (I8Q8Matmul::TARGET, 5, 77, 40, 77),
        ]
    };
    let grouped = [
        (I8Q8GroupMatmul::TARGET, 3, 256, 40, 64),
        (I8Q8GroupMatmul::TARGET, 2, 96, 40, 8),
    ];
    for &(target, m, k, n, group) in per_channel.iter().chain(&grouped) {
        let c = random_case(11, m, k, n, group);
        let got = custom_call(target, &c);
        let quantized = vnni_supported() && supports_group(group, k);
        let x: Vec<f64> = if quantized {
            q8_blocks(&c.x, k)
        } else {
            c.x.iter().map(|&v| v as f64).collect()
        };
        let (want, mag) = reference(&x, &c);
        for (idx, &g) in got.iter().enumerate() {
            let tol = 1e-6 * mag[idx] + 1e-9;
            assert!(
                (g as f64 - want[idx]).abs() <= tol,
                "{target} m{m} k{k} group {group} (quantized: {quantized}): element {idx}: \
                 got {g}, want {}",
                want[idx]
            );
        }
        if !quantized {
            // The fallback is the f32 kernel itself.
            let mut f32_dot = vec![0f32; m * n];
            let dims = c.dims;
            i8_matmul_grouped(
                &c.x,
                &c.w,
                &c.s,
                &mut f32_dot,
                dims,
                group,
                KernelPath::best(),
                &Serial,
            );
            assert_eq!(got, f32_dot, "{target} group {group}");
        }
    }
}
