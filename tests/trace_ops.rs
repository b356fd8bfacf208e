//! Every tracer op, compiled through the CPU plugin, against an ndarray / f64 reference.

mod common;

use common::{assert_close, random, run, Host};
use ndarray::{ArrayD, Axis, Dimension, IxDyn};
use xlagen::dtype::{DType, TensorType};
use xlagen::trace::{DotDims, GatherDims, Graph, ScatterDims, Tensor};

fn unary_case(
    name: &str,
    x: &Host,
    op: impl Fn(&Tensor) -> Tensor,
    reference: impl Fn(f64) -> f64,
) {
    let g = Graph::new(name);
    let p = g.param("x", x.ty());
    let y = op(&p);
    let out = run(&g.build(&[&y]).unwrap(), &[x]);
    let want = Host::new(
        x.dtype,
        &x.dims,
        x.data.iter().map(|&v| reference(v)).collect(),
    );
    assert_close(&out[0], &want, 2e-6);
}

#[test]
fn unary_elementwise_ops_match_f64() {
    let x = random(1, &[3, 7], -3.0, 3.0);
    let pos = random(2, &[3, 7], 0.05, 4.0);
    unary_case("exp", &x, |t| t.exp(), f64::exp);
    unary_case("log", &pos, |t| t.log(), f64::ln);
    unary_case("sqrt", &pos, |t| t.sqrt(), f64::sqrt);
    unary_case("rsqrt", &pos, |t| t.rsqrt(), |v| 1.0 / v.sqrt());
    unary_case("tanh", &x, |t| t.tanh(), f64::tanh);
    unary_case(
        "logistic",
        &x,
        |t| t.logistic(),
        |v| 1.0 / (1.0 + (-v).exp()),
    );
    unary_case("neg", &x, |t| -t, |v| -v);
    unary_case("abs", &x, |t| t.abs(), f64::abs);
    unary_case("cos", &x, |t| t.cos(), f64::cos);
    unary_case("sin", &x, |t| t.sin(), f64::sin);
    unary_case("floor", &x, |t| t.floor(), f64::floor);
    unary_case(
        "affine",
        &x,
        |t| (t * 0.5 + 2.0) / 4.0 - 1.0,
        |v| (v * 0.5 + 2.0) / 4.0 - 1.0,
    );
}

#[test]
fn binary_ops_broadcast_like_numpy() {
    let a = random(3, &[3, 1, 4], 0.5, 2.0);
    let b = random(4, &[5, 1], 0.5, 2.0);
    let (aa, bb) = (a.array(), b.array());
    type Case = (
        &'static str,
        fn(&Tensor, &Tensor) -> Tensor,
        fn(f64, f64) -> f64,
    );
    let cases: [Case; 7] = [
        ("add", |x, y| x + y, |x, y| x + y),
        ("sub", |x, y| x - y, |x, y| x - y),
        ("mul", |x, y| x * y, |x, y| x * y),
        ("div", |x, y| x / y, |x, y| x / y),
        ("max", |x, y| x.maximum(y), f64::max),
        ("min", |x, y| x.minimum(y), f64::min),
        ("pow", |x, y| x.pow(y), f64::powf),
    ];
    for (name, op, reference) in cases {
        let g = Graph::new(name);
        let (pa, pb) = (g.param("a", a.ty()), g.param("b", b.ty()));
        let out = run(&g.build(&[&op(&pa, &pb)]).unwrap(), &[&a, &b]);
        let mut want = ArrayD::<f64>::zeros(IxDyn(&[3, 5, 4]));
        ndarray::Zip::from(&mut want)
            .and_broadcast(&aa)
            .and_broadcast(&bb)
            .for_each(|w, &x, &y| *w = reference(x, y));
        assert_close(&out[0], &Host::from_array(DType::F32, &want), 2e-6);
    }
}

#[test]
fn compare_and_select_pick_elementwise() {
    let a = random(5, &[4, 6], -1.0, 1.0);
    let b = random(6, &[6], -1.0, 1.0);
    let g = Graph::new("select");
    let (pa, pb) = (g.param("a", a.ty()), g.param("b", b.ty()));
    let lt = pa.lt(&pb);
    let picked = Tensor::select(&lt, &pa, &pb);
    let out = run(&g.build(&[&lt, &picked]).unwrap(), &[&a, &b]);
    let mut want_lt = Vec::new();
    let mut want_pick = Vec::new();
    for i in 0..4 {
        for j in 0..6 {
            let (x, y) = (a.data[i * 6 + j], b.data[j]);
            want_lt.push((x < y) as u8 as f64);
            want_pick.push(if x < y { x } else { y });
        }
    }
    assert_eq!(out[0].data, want_lt);
    assert_eq!(out[1].data, want_pick);
}

#[test]
fn convert_rounds_and_truncates_like_rust() {
    let x = random(7, &[10], -300.0, 300.0);
    let g = Graph::new("convert");
    let p = g.param("x", x.ty());
    let as_bf16 = p.convert(DType::BF16).convert(DType::F32);
    let as_i32 = p.convert(DType::I32);
    let back = as_i32.convert(DType::F32);
    let out = run(&g.build(&[&as_bf16, &as_i32, &back]).unwrap(), &[&x]);
    let bf: Vec<f64> = x
        .data
        .iter()
        .map(|&v| f64::from(half::bf16::from_f64(v)))
        .collect();
    assert_eq!(out[0].data, bf);
    let trunc: Vec<f64> = x.data.iter().map(|&v| v.trunc()).collect();
    assert_eq!(out[1].data, trunc);
    assert_eq!(out[2].data, trunc);
}

#[test]
fn constants_and_iota_hold_exact_values() {
    let g = Graph::new("consts");
    let vals = [1.5f32, -0.1, f32::MAX, 3.0e-39, 7.0, 0.333_333_34];
    let c = g.constant_f32(&vals, &[2, 3]);
    let i = g.constant_i32(&[5, -7, 1 << 30], &[3]);
    let iota = g.iota(TensorType::new(DType::I32, &[2, 3]), 1);
    let s = g.splat(-2.25, TensorType::new(DType::F32, &[2]));
    let out = run(&g.build(&[&c, &i, &iota, &s]).unwrap(), &[]);
    assert_eq!(
        out[0].data,
        vals.iter().map(|&v| v as f64).collect::<Vec<_>>()
    );
    assert_eq!(out[1].data, vec![5.0, -7.0, (1 << 30) as f64]);
    assert_eq!(out[2].data, vec![0.0, 1.0, 2.0, 0.0, 1.0, 2.0]);
    assert_eq!(out[3].data, vec![-2.25, -2.25]);
}

#[test]
fn shape_ops_match_ndarray() {
    let x = random(8, &[2, 3, 4], -1.0, 1.0);
    let a = x.array();
    let g = Graph::new("shapes");
    let p = g.param("x", x.ty());
    let reshaped = p.reshape(&[6, 4]);
    let transposed = p.transpose(&[2, 0, 1]);
    let bcast = p
        .slice_dim(1, 1, 2)
        .broadcast_in_dim(&[5, 2, 3, 4], &[1, 2, 3]);
    let cat = g.concatenate(&[&p, &p.slice_dim(1, 0, 2)], 1);
    let strided = p.slice(&[0, 0, 1], &[2, 3, 4], &[1, 2, 2]);
    let out = run(
        &g.build(&[&reshaped, &transposed, &bcast, &cat, &strided])
            .unwrap(),
        &[&x],
    );

    let want = a.clone().into_shape_with_order(IxDyn(&[6, 4])).unwrap();
    assert_close(&out[0], &Host::from_array(DType::F32, &want), 0.0);
    let want = a
        .clone()
        .permuted_axes(IxDyn(&[2, 0, 1]))
        .as_standard_layout()
        .to_owned();
    assert_close(&out[1], &Host::from_array(DType::F32, &want), 0.0);
    let row = a.slice_axis(Axis(1), (1..2).into()).to_owned();
    let want = row.broadcast(IxDyn(&[5, 2, 1, 4])).unwrap().to_owned();
    let want = ndarray::concatenate(Axis(2), &[want.view(), want.view(), want.view()]).unwrap();
    assert_close(&out[2], &Host::from_array(DType::F32, &want), 0.0);
    let want =
        ndarray::concatenate(Axis(1), &[a.view(), a.slice_axis(Axis(1), (0..2).into())]).unwrap();
    assert_close(&out[3], &Host::from_array(DType::F32, &want), 0.0);
    let want = a.slice_each_axis(|ax| match ax.axis.index() {
        0 => (0..2).into(),
        1 => ndarray::Slice::new(0, Some(3), 2),
        _ => ndarray::Slice::new(1, Some(4), 2),
    });
    assert_close(
        &out[4],
        &Host::from_array(DType::F32, &want.to_owned()),
        0.0,
    );
}

#[test]
fn dynamic_slice_and_update_clamp_like_the_spec() {
    let x = random(9, &[5, 6], -1.0, 1.0);
    let u = random(10, &[2, 3], 5.0, 6.0);
    let g = Graph::new("dyn");
    let (px, pu) = (g.param("x", x.ty()), g.param("u", u.ty()));
    let (pi, pj) = (
        g.param("i", TensorType::scalar(DType::I32)),
        g.param("j", TensorType::scalar(DType::I32)),
    );
    let window = px.dynamic_slice(&[&pi, &pj], &[2, 3]);
    let updated = px.dynamic_update_slice(&pu, &[&pi, &pj]);
    let program = g.build(&[&window, &updated]).unwrap();
    // (4, 5) is past the end for a 2x3 window: the spec clamps the start to (3, 3).
    for (i, j) in [(1i64, 2i64), (4, 5), (-1, 0)] {
        let out = run(
            &program,
            &[&x, &u, &Host::i32(&[], vec![i]), &Host::i32(&[], vec![j])],
        );
        let (ci, cj) = (i.clamp(0, 3) as usize, j.clamp(0, 3) as usize);
        let mut want_window = Vec::new();
        let mut want_updated = x.data.clone();
        for r in 0..2 {
            for c in 0..3 {
                want_window.push(x.data[(ci + r) * 6 + cj + c]);
                want_updated[(ci + r) * 6 + cj + c] = u.data[r * 3 + c];
            }
        }
        assert_eq!(out[0].data, want_window, "window at ({i}, {j})");
        assert_eq!(out[1].data, want_updated, "update at ({i}, {j})");
    }
}

/// A plain-loop reference for dot_general: batch dims, then lhs free, then rhs free.
fn dot_reference(l: &Host, r: &Host, d: &DotDims) -> Host {
    let (la, ra) = (l.array(), r.array());
    let free = |rank: usize, b: &[i64], c: &[i64]| -> Vec<usize> {
        (0..rank)
            .filter(|&x| !b.contains(&(x as i64)) && !c.contains(&(x as i64)))
            .collect()
    };
    let lf = free(l.dims.len(), &d.lhs_batch, &d.lhs_contract);
    let rf = free(r.dims.len(), &d.rhs_batch, &d.rhs_contract);
    let size =
        |h: &Host, ax: &[usize]| -> Vec<usize> { ax.iter().map(|&a| h.dims[a] as usize).collect() };
    let bsz: Vec<usize> = d
        .lhs_batch
        .iter()
        .map(|&a| l.dims[a as usize] as usize)
        .collect();
    let csz: Vec<usize> = d
        .lhs_contract
        .iter()
        .map(|&a| l.dims[a as usize] as usize)
        .collect();
    let (lfs, rfs) = (size(l, &lf), size(r, &rf));
    let mut out_shape = bsz.clone();
    out_shape.extend(&lfs);
    out_shape.extend(&rfs);
    let mut out = ArrayD::<f64>::zeros(IxDyn(&out_shape));
    for (idx, o) in out.indexed_iter_mut() {
        let idx = idx.slice().to_vec();
        let (b, rest) = idx.split_at(bsz.len());
        let (lfi, rfi) = rest.split_at(lfs.len());
        let mut acc = 0.0;
        for c in ndarray::indices(csz.clone()) {
            let c = c.slice();
            let mut li = vec![0; l.dims.len()];
            let mut ri = vec![0; r.dims.len()];
            for (k, &a) in d.lhs_batch.iter().enumerate() {
                li[a as usize] = b[k];
            }
            for (k, &a) in d.rhs_batch.iter().enumerate() {
                ri[a as usize] = b[k];
            }
            for (k, &a) in d.lhs_contract.iter().enumerate() {
                li[a as usize] = c[k];
            }
            for (k, &a) in d.rhs_contract.iter().enumerate() {
                ri[a as usize] = c[k];
            }
            for (k, &a) in lf.iter().enumerate() {
                li[a] = lfi[k];
            }
            for (k, &a) in rf.iter().enumerate() {
                ri[a] = rfi[k];
            }
            acc += la[IxDyn(&li)] * ra[IxDyn(&ri)];
        }
        *o = acc;
    }
    Host::from_array(DType::F32, &out)
}

#[test]
fn dot_general_with_batch_and_contracting_dims() {
    let cases = [
        // Batched matmul: [2,3,4] x [2,4,5].
        (
            vec![2, 3, 4],
            vec![2, 4, 5],
            DotDims {
                lhs_batch: vec![0],
                rhs_batch: vec![0],
                lhs_contract: vec![2],
                rhs_contract: vec![1],
            },
        ),
        // Batch and contracting dims in unusual places: [4,2,3] x [3,5,2].
        (
            vec![4, 2, 3],
            vec![3, 5, 2],
            DotDims {
                lhs_batch: vec![1],
                rhs_batch: vec![2],
                lhs_contract: vec![2],
                rhs_contract: vec![0],
            },
        ),
        // Two contracting dims, no batch: x·Wᵀ style [3,2,4] x [5,2,4].
        (
            vec![3, 2, 4],
            vec![5, 2, 4],
            DotDims {
                lhs_batch: vec![],
                rhs_batch: vec![],
                lhs_contract: vec![1, 2],
                rhs_contract: vec![1, 2],
            },
        ),
    ];
    for (seed, (ld, rd, dims)) in cases.into_iter().enumerate() {
        let l = random(20 + seed as u64, &ld, -1.0, 1.0);
        let r = random(30 + seed as u64, &rd, -1.0, 1.0);
        let g = Graph::new("dot");
        let (pl, pr) = (g.param("l", l.ty()), g.param("r", r.ty()));
        let out = run(
            &g.build(&[&pl.dot_general(&pr, &dims, None)]).unwrap(),
            &[&l, &r],
        );
        assert_close(&out[0], &dot_reference(&l, &r, &dims), 1e-5);
    }
    let a = random(40, &[2, 3, 4], -1.0, 1.0);
    let b = random(41, &[2, 4, 6], -1.0, 1.0);
    let g = Graph::new("matmul");
    let (pa, pb) = (g.param("a", a.ty()), g.param("b", b.ty()));
    let out = run(&g.build(&[&pa.matmul(&pb)]).unwrap(), &[&a, &b]);
    let dims = DotDims {
        lhs_batch: vec![0],
        rhs_batch: vec![0],
        lhs_contract: vec![2],
        rhs_contract: vec![1],
    };
    assert_close(&out[0], &dot_reference(&a, &b, &dims), 1e-5);
}

#[test]
fn reductions_sum_max_and_argmax() {
    let x = random(11, &[3, 4, 5], -2.0, 2.0);
    let a = x.array();
    let g = Graph::new("reduce");
    let p = g.param("x", x.ty());
    let s = p.reduce_sum(&[0, 2]);
    let m = p.reduce_max(&[1]);
    let am = p.argmax(2);
    let out = run(&g.build(&[&s, &m, &am]).unwrap(), &[&x]);
    let want_s = a.sum_axis(Axis(2)).sum_axis(Axis(0));
    assert_close(&out[0], &Host::from_array(DType::F32, &want_s), 1e-5);
    let want_m = a.fold_axis(Axis(1), f64::NEG_INFINITY, |&acc, &v| acc.max(v));
    assert_close(&out[1], &Host::from_array(DType::F32, &want_m), 0.0);
    let mut want_am = Vec::new();
    for row in a.lanes(Axis(2)) {
        let best = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        want_am.push(row.iter().position(|&v| v == best).unwrap() as f64);
    }
    assert_eq!(out[2].data, want_am);
}

#[test]
fn argmax_takes_the_first_of_equal_maxima() {
    let x = Host::f32(
        &[2, 6],
        vec![1.0, 3.0, 0.0, 3.0, 3.0, -1.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0],
    );
    let g = Graph::new("ties");
    let p = g.param("x", x.ty());
    let out = run(&g.build(&[&p.argmax(1)]).unwrap(), &[&x]);
    assert_eq!(out[0].data, vec![1.0, 0.0]);
}

/// NaN is never the largest; a row of NaN alone, or of -inf alone, gives index 0.
#[test]
fn argmax_passes_over_nan() {
    let (nan, inf) = (f64::NAN, f64::INFINITY);
    let x = Host::f32(
        &[4, 4],
        vec![
            nan, 1.0, nan, 2.0, // largest after a NaN
            nan, nan, nan, nan, // NaN alone
            -inf, -inf, -inf, -inf, // -inf alone
            inf, nan, inf, 0.0, // +inf, first of two
        ],
    );
    let g = Graph::new("nan");
    let p = g.param("x", x.ty());
    let out = run(&g.build(&[&p.argmax(1)]).unwrap(), &[&x]);
    assert_eq!(out[0].data, vec![3.0, 0.0, 0.0, 0.0]);
}

#[test]
fn take_rows_and_gather_pick_embedding_rows() {
    let table = random(12, &[7, 4], -1.0, 1.0);
    let ids = Host::i32(&[2, 3], vec![6, 0, 3, 3, 1, 5]);
    let g = Graph::new("gather");
    let (pt, pi) = (g.param("table", table.ty()), g.param("ids", ids.ty()));
    let rows = pt.take_rows(&pi);
    // Column windows of width 2 starting at per-row offsets: a gather along dim 1.
    let starts = Host::i32(&[3, 1], vec![0, 2, 1]);
    let ps = g.param("starts", starts.ty());
    let dn = GatherDims {
        offset_dims: vec![1],
        collapsed_slice_dims: vec![0],
        start_index_map: vec![1],
        index_vector_dim: 1,
    };
    let cols = pt
        .slice_dim(0, 0, 1)
        .broadcast_to(&[1, 4])
        .gather(&ps, &dn, &[1, 2]);
    let out = run(&g.build(&[&rows, &cols]).unwrap(), &[&table, &ids, &starts]);
    let mut want = Vec::new();
    for &id in &ids.data {
        want.extend_from_slice(&table.data[id as usize * 4..id as usize * 4 + 4]);
    }
    assert_eq!(out[0].dims, vec![2, 3, 4]);
    assert_eq!(out[0].data, want);
    let mut want = Vec::new();
    for &s in &starts.data {
        want.extend_from_slice(&table.data[s as usize..s as usize + 2]);
    }
    assert_eq!(out[1].data, want);
}

#[test]
fn scatter_writes_windows_at_their_indices_and_skips_those_out_of_bounds() {
    // The KV cache write: [rows, seq, d] gets [n, t, d] windows at (row, position) pairs.
    let cache = random(14, &[4, 6, 3], -1.0, 1.0);
    let updates = random(15, &[3, 2, 3], 5.0, 6.0);
    let g = Graph::new("scatter");
    let (pc, pu) = (
        g.param("cache", cache.ty()),
        g.param("updates", updates.ty()),
    );
    let at = Host::i32(&[3, 2], vec![2, 0, 0, 3, 3, 5]);
    let pa = g.param("at", at.ty());
    let dn = ScatterDims {
        update_window_dims: vec![1, 2],
        inserted_window_dims: vec![0],
        scatter_dims_to_operand_dims: vec![0, 1],
        index_vector_dim: 1,
    };
    let out = g.scatter(&pc, &pa, &pu, &dn);
    let out = run(&g.build(&[&out]).unwrap(), &[&cache, &updates, &at]);
    let mut want = cache.data.clone();
    // The third window (row 3, positions 5..7) reaches past the 6 positions: skipped whole.
    for (w, pair) in at.data.chunks(2).enumerate().take(2) {
        let (row, pos) = (pair[0] as usize, pair[1] as usize);
        for i in 0..2 {
            for c in 0..3 {
                want[(row * 6 + pos + i) * 3 + c] = updates.data[(w * 2 + i) * 3 + c];
            }
        }
    }
    assert_eq!(out[0].data, want);
}

#[test]
fn sort_and_top_k_order_like_rust() {
    let x = random(13, &[3, 50], -5.0, 5.0);
    let g = Graph::new("topk");
    let p = g.param("x", x.ty());
    let (sv, si) = p.sort_descending(1);
    let (tv, ti) = p.top_k(5);
    let out = run(&g.build(&[&sv, &si, &tv, &ti]).unwrap(), &[&x]);
    for r in 0..3 {
        let row = &x.data[r * 50..(r + 1) * 50];
        let mut order: Vec<usize> = (0..50).collect();
        order.sort_by(|&a, &b| row[b].partial_cmp(&row[a]).unwrap());
        let vals: Vec<f64> = order.iter().map(|&i| row[i]).collect();
        let idx: Vec<f64> = order.iter().map(|&i| i as f64).collect();
        assert_eq!(&out[0].data[r * 50..(r + 1) * 50], vals.as_slice());
        assert_eq!(&out[1].data[r * 50..(r + 1) * 50], idx.as_slice());
        assert_eq!(&out[2].data[r * 5..(r + 1) * 5], &vals[..5]);
        assert_eq!(&out[3].data[r * 5..(r + 1) * 5], &idx[..5]);
    }
}

#[test]
fn while_loop_threads_state_and_captured_values() {
    // s = x; for i in 0..n { s = s * a + i }, with `a` and `n` captured from outside the loop.
    let x = random(14, &[4], -1.0, 1.0);
    let a = random(15, &[4], 0.5, 1.0);
    let g = Graph::new("loop");
    let (px, pa) = (g.param("x", x.ty()), g.param("a", a.ty()));
    let pn = g.param("n", TensorType::scalar(DType::I32));
    let zero = g.scalar(0.0, DType::I32);
    let r = g.while_loop(
        &[&zero, &px],
        |s| s[0].lt(&pn),
        |s| {
            let i = s[0].convert(DType::F32);
            vec![&s[0] + 1.0, &s[1] * &pa + &i]
        },
    );
    let program = g.build(&[&r[0], &r[1]]).unwrap();
    for n in [0i64, 1, 7] {
        let out = run(&program, &[&x, &a, &Host::i32(&[], vec![n])]);
        let mut want = x.data.clone();
        for i in 0..n {
            for (w, &av) in want.iter_mut().zip(&a.data) {
                *w = (*w * av) as f32 as f64 + i as f64;
                *w = *w as f32 as f64;
            }
        }
        assert_eq!(out[0].data, vec![n as f64]);
        assert_close(&out[1], &Host::f32(&[4], want), 1e-5);
    }
}

#[test]
fn while_loop_ends_early_on_a_data_dependent_condition() {
    // As the decode loop does: rows of `out` are written one per iteration, for at most 5
    // iterations, and the loop ends as soon as the state's largest element reaches `limit`.
    let x = Host::f32(&[3], vec![0.5, 1.0, -2.0]);
    let g = Graph::new("early");
    let (px, plimit) = (
        g.param("x", x.ty()),
        g.param("limit", TensorType::scalar(DType::F32)),
    );
    let zero = g.scalar(0.0, DType::I32);
    let out0 = g.splat(-1.0, TensorType::new(DType::F32, &[5, 3]));
    let r = g.while_loop(
        &[&zero, &px, &out0],
        |s| {
            let more = s[1].reduce_max(&[0]).lt(&plimit);
            s[0].lt(&s[0].lit(5.0)).and(&more)
        },
        |s| {
            let acc = &s[1] * 2.0 + &px;
            let row = acc.reshape(&[1, 3]);
            let out = s[2].dynamic_update_slice(&row, &[&s[0], &s[0].lit(0.0)]);
            vec![&s[0] + 1.0, acc, out]
        },
    );
    let program = g.build(&[&r[0], &r[2]]).unwrap();
    for limit in [0.5, 4.0, 100.0] {
        let out = run(&program, &[&x, &Host::f32(&[], vec![limit])]);
        // The same loop on the host.
        let (mut i, mut acc, mut rows) = (0, x.data.clone(), vec![-1.0; 15]);
        while i < 5 && acc.iter().cloned().fold(f64::MIN, f64::max) < limit {
            acc = acc.iter().zip(&x.data).map(|(a, b)| a * 2.0 + b).collect();
            rows[i * 3..i * 3 + 3].copy_from_slice(&acc);
            i += 1;
        }
        assert_eq!(out[0].data, vec![i as f64], "limit {limit}");
        assert_eq!(out[1].data, rows, "limit {limit}");
    }
}

#[test]
fn nested_while_loops_capture_through_both_levels() {
    // total = sum over i < n, j < m of (x + 1): the inner body uses x from two levels out.
    let x = Host::f32(&[2], vec![0.5, -2.0]);
    let g = Graph::new("nested");
    let px = g.param("x", x.ty());
    let (pn, pm) = (
        g.param("n", TensorType::scalar(DType::I32)),
        g.param("m", TensorType::scalar(DType::I32)),
    );
    let zero = g.scalar(0.0, DType::I32);
    let acc0 = g.splat(0.0, x.ty());
    let r = g.while_loop(
        &[&zero, &acc0],
        |s| s[0].lt(&pn),
        |s| {
            let inner = g.while_loop(
                &[&zero, &s[1]],
                |t| t[0].lt(&pm),
                |t| vec![&t[0] + 1.0, &t[1] + (&px + 1.0)],
            );
            vec![&s[0] + 1.0, inner[1].clone()]
        },
    );
    let out = run(
        &g.build(&[&r[1]]).unwrap(),
        &[&x, &Host::i32(&[], vec![3]), &Host::i32(&[], vec![4])],
    );
    assert_eq!(out[0].data, vec![12.0 * 1.5, -12.0]);
}

#[test]
fn rng_bit_generator_is_deterministic_and_roughly_uniform() {
    let g = Graph::new("rng");
    let key = g.param("key", TensorType::new(DType::U64, &[2]));
    let (next, bits) = g.rng_bit_generator(&key, TensorType::new(DType::U32, &[4096]));
    // The usual bits → float trick: 23 random mantissa bits under exponent 0 give [1, 2).
    let mantissa = bits
        .shift_right_logical(&bits.lit(9.0))
        .or(&bits.lit(f64::from(0x3F80_0000u32)));
    let unit = mantissa.bitcast(DType::F32) - 1.0;
    let program = g.build(&[&next, &bits, &unit]).unwrap();
    let k1 = Host::new(DType::U64, &[2], vec![42.0, 0.0]);
    let k2 = Host::new(DType::U64, &[2], vec![43.0, 0.0]);
    let a = run(&program, &[&k1]);
    let b = run(&program, &[&k1]);
    let c = run(&program, &[&k2]);
    assert_eq!(a[1].data, b[1].data, "same key, same bits");
    assert_ne!(a[1].data, c[1].data, "another key, other bits");
    assert_ne!(a[0].data, k1.data, "the state advances");
    let u = &a[2].data;
    assert!(u.iter().all(|&v| (0.0..1.0).contains(&v)));
    let mean = u.iter().sum::<f64>() / u.len() as f64;
    // The mean of 4096 uniforms has std 0.0045; 0.03 is over six sigmas.
    assert!((mean - 0.5).abs() < 0.03, "mean {mean}");
}

#[test]
fn donated_parameter_is_aliased_to_its_output() {
    let g = Graph::new("donate");
    let cache = g.param("cache", TensorType::new(DType::F32, &[4, 8]));
    let row = g.param("row", TensorType::new(DType::F32, &[1, 8]));
    let pos = g.param("pos", TensorType::scalar(DType::I32));
    let zero = g.scalar(0.0, DType::I32);
    let updated = cache.dynamic_update_slice(&row, &[&pos, &zero]);
    g.donate(&cache, 0);
    let program = g.build(&[&updated]).unwrap();
    assert!(program.mlir.contains("tf.aliasing_output = 0 : i32"));
    let c = Host::f32(&[4, 8], vec![0.0; 32]);
    let r = Host::f32(&[1, 8], (0..8).map(f64::from).collect());
    let out = run(&program, &[&c, &r, &Host::i32(&[], vec![2])]);
    let mut want = vec![0.0; 32];
    want[16..24].copy_from_slice(&r.data);
    assert_eq!(out[0].data, want);
}

#[test]
fn shape_mismatch_is_reported_with_both_shapes_and_the_line() {
    let g = Graph::new("bad");
    let a = g.param("a", TensorType::new(DType::F32, &[2, 3]));
    let b = g.param("b", TensorType::new(DType::F32, &[4, 3]));
    let c = &a + &b;
    let err = g.build(&[&c]).unwrap_err();
    assert!(
        err.message.contains("f32[2, 3]") && err.message.contains("f32[4, 3]"),
        "{err}"
    );
    assert!(err.location.contains("trace_ops.rs"), "{err}");

    let g = Graph::new("bad_dot");
    let a = g.param("a", TensorType::new(DType::F32, &[2, 3]));
    let b = g.param("b", TensorType::new(DType::F32, &[4, 5]));
    let err = g.build(&[&a.matmul(&b)]).unwrap_err();
    assert!(
        err.message.contains("f32[2, 3]") && err.message.contains("f32[4, 5]"),
        "{err}"
    );

    let g = Graph::new("bad_dtype");
    let a = g.param("a", TensorType::new(DType::F32, &[2]));
    let b = g.param("b", TensorType::new(DType::I32, &[2]));
    assert!(g
        .build(&[&(&a * &b)])
        .unwrap_err()
        .message
        .contains("dtypes differ"));
}

#[test]
fn custom_call_is_emitted_as_typed_ffi() {
    let g = Graph::new("ffi");
    let x = g.param("x", TensorType::new(DType::F32, &[1, 8]));
    let w = g.param("w", TensorType::new(DType::I8, &[4, 8]));
    let s = g.param("s", TensorType::new(DType::F32, &[4]));
    let y = g.custom_call(
        "xlagen_i8_matvec",
        &[&x, &w, &s],
        vec![TensorType::new(DType::F32, &[1, 4])],
    );
    let text = g.build(&[&y[0]]).unwrap().mlir;
    assert!(text.contains(
        "\"stablehlo.custom_call\"(%v0, %v1, %v2) {api_version = 4 : i32, backend_config = {}, call_target_name = \"xlagen_i8_matvec\", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<0> : tensor<1xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x8xf32>, tensor<4x8xi8>, tensor<4xf32>) -> tensor<1x4xf32>"
    ), "{text}");
}

#[test]
fn softmax_matches_f64_even_for_large_logits() {
    let x = random(16, &[3, 9], -50.0, 90.0);
    let g = Graph::new("softmax");
    let p = g.param("x", x.ty());
    let out = run(&g.build(&[&p.softmax_last()]).unwrap(), &[&x]);
    let mut want = Vec::new();
    for row in x.data.chunks(9) {
        let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let z: f64 = row.iter().map(|v| (v - m).exp()).sum();
        want.extend(row.iter().map(|v| (v - m).exp() / z));
    }
    assert_close(&out[0], &Host::f32(&[3, 9], want), 1e-6);
}
