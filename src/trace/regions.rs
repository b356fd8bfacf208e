//! Ops that carry regions: reductions, sort, and `while` loops.

use super::graph::{Graph, Tensor};
use super::ops::Cmp;
use super::print::{arr, list};
use super::ScatterDims;
use crate::dtype::{DType, TensorType};

impl Graph {
    /// `stablehlo.reduce` over `dims` of several same-shaped operands at once. `body` gets the
    /// accumulators then the incoming elements (all scalars) and returns the new accumulators.
    #[track_caller]
    pub fn reduce(
        &self,
        operands: &[&Tensor],
        inits: &[&Tensor],
        dims: &[i64],
        body: impl FnOnce(&[Tensor]) -> Vec<Tensor>,
    ) -> Vec<Tensor> {
        let Some(first) = operands.first() else {
            self.fail("reduce of no operands".to_string());
            return Vec::new();
        };
        let shape = first.dims().to_vec();
        let valid = operands.len() == inits.len()
            && operands.iter().all(|o| o.dims() == shape.as_slice())
            && inits
                .iter()
                .zip(operands)
                .all(|(i, o)| i.rank() == 0 && i.dtype() == o.dtype())
            && dims.iter().all(|&d| d >= 0 && (d as usize) < shape.len())
            && dims.windows(2).all(|w| w[0] < w[1]);
        if !valid {
            let ops: Vec<String> = operands.iter().map(|o| o.ty().to_string()).collect();
            let ins: Vec<String> = inits.iter().map(|o| o.ty().to_string()).collect();
            self.fail(format!(
                "reduce of [{}] with inits [{}] over dims {:?} does not fit",
                ops.join(", "),
                ins.join(", "),
                dims
            ));
            return operands.iter().map(|&t| t.clone()).collect();
        }
        let scalar_types: Vec<TensorType> = operands
            .iter()
            .map(|o| TensorType::scalar(o.dtype()))
            .collect();
        let mut arg_types = scalar_types.clone();
        arg_types.extend(scalar_types.iter().cloned());
        let (block, args) = self.open_block(&arg_types, false);
        let results = body(&args);
        let ok = results.len() == operands.len()
            && results.iter().zip(&scalar_types).all(|(r, t)| r.ty() == t);
        if !ok {
            self.fail(format!(
                "reduce body must return {} scalars of the operand dtypes",
                operands.len()
            ));
        }
        let refs: Vec<&Tensor> = results.iter().collect();
        self.push_op(
            "stablehlo.return",
            &refs,
            String::new(),
            Vec::new(),
            Vec::new(),
        );
        self.close_block(block);
        let out_dims: Vec<i64> = (0..shape.len() as i64)
            .filter(|d| !dims.contains(d))
            .map(|d| shape[d as usize])
            .collect();
        let mut all: Vec<&Tensor> = operands.to_vec();
        all.extend_from_slice(inits);
        let result_types = operands
            .iter()
            .map(|o| TensorType::new(o.dtype(), &out_dims))
            .collect();
        self.push_op(
            "stablehlo.reduce",
            &all,
            format!("dimensions = {}", arr(dims)),
            result_types,
            vec![block],
        )
    }

    /// `stablehlo.scatter` that writes each window of `updates` over `operand` at its index
    /// (replacing, not combining); see the StableHLO spec for the dimension numbers. A window
    /// that would reach past the operand is skipped, per the spec. Where windows overlap, which
    /// one lands is unspecified: callers write distinct places.
    #[track_caller]
    pub fn scatter(
        &self,
        operand: &Tensor,
        indices: &Tensor,
        updates: &Tensor,
        dn: &ScatterDims,
    ) -> Tensor {
        let ivd = dn.index_vector_dim as usize;
        let index_len = if ivd < indices.rank() {
            indices.dims()[ivd]
        } else {
            1
        };
        let mut scatter_dims = indices.dims().to_vec();
        if ivd < scatter_dims.len() {
            scatter_dims.remove(ivd);
        }
        let update_scatter: Vec<i64> = (0..updates.rank() as i64)
            .filter(|d| !dn.update_window_dims.contains(d))
            .map(|d| updates.dims()[d as usize])
            .collect();
        let window_rank = dn.update_window_dims.len() + dn.inserted_window_dims.len();
        let valid = operand.dtype() == updates.dtype()
            && ivd <= indices.rank()
            && index_len as usize == dn.scatter_dims_to_operand_dims.len()
            && window_rank == operand.rank()
            && update_scatter == scatter_dims
            && dn
                .scatter_dims_to_operand_dims
                .iter()
                .chain(&dn.inserted_window_dims)
                .all(|&d| d >= 0 && (d as usize) < operand.rank())
            && dn
                .update_window_dims
                .iter()
                .all(|&d| d >= 0 && (d as usize) < updates.rank());
        if !valid {
            self.fail(format!(
                "scatter into {} at indices {} of updates {} with {:?} does not fit",
                operand.ty(),
                indices.ty(),
                updates.ty(),
                dn
            ));
            return operand.clone();
        }
        let scalar = TensorType::scalar(operand.dtype());
        let (block, args) = self.open_block(&[scalar.clone(), scalar], false);
        self.push_op(
            "stablehlo.return",
            &[&args[1]],
            String::new(),
            Vec::new(),
            Vec::new(),
        );
        self.close_block(block);
        let attrs = format!(
            "indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = {}, inserted_window_dims = {}, scatter_dims_to_operand_dims = {}, index_vector_dim = {}>, unique_indices = false",
            list(&dn.update_window_dims),
            list(&dn.inserted_window_dims),
            list(&dn.scatter_dims_to_operand_dims),
            dn.index_vector_dim
        );
        self.push_op(
            "stablehlo.scatter",
            &[operand, indices, updates],
            attrs,
            vec![operand.ty().clone()],
            vec![block],
        )
        .remove(0)
    }

    /// `stablehlo.sort` of same-shaped operands along `dim`; `less` compares
    /// (lhs_0, rhs_0, lhs_1, rhs_1, …) and says whether lhs goes first. Stable.
    #[track_caller]
    pub fn sort(
        &self,
        operands: &[&Tensor],
        dim: usize,
        less: impl FnOnce(&[Tensor]) -> Tensor,
    ) -> Vec<Tensor> {
        let Some(first) = operands.first() else {
            self.fail("sort of no operands".to_string());
            return Vec::new();
        };
        if dim >= first.rank() || operands.iter().any(|o| o.dims() != first.dims()) {
            let ops: Vec<String> = operands.iter().map(|o| o.ty().to_string()).collect();
            self.fail(format!(
                "sort of [{}] along {dim} does not fit",
                ops.join(", ")
            ));
            return operands.iter().map(|&t| t.clone()).collect();
        }
        let arg_types: Vec<TensorType> = operands
            .iter()
            .flat_map(|o| [TensorType::scalar(o.dtype()), TensorType::scalar(o.dtype())])
            .collect();
        let (block, args) = self.open_block(&arg_types, false);
        let pred = less(&args);
        if *pred.ty() != TensorType::scalar(DType::Pred) {
            self.fail(format!(
                "sort comparator must return a scalar predicate, got {}",
                pred.ty()
            ));
        }
        self.push_op(
            "stablehlo.return",
            &[&pred],
            String::new(),
            Vec::new(),
            Vec::new(),
        );
        self.close_block(block);
        let types = operands.iter().map(|o| o.ty().clone()).collect();
        self.push_op(
            "stablehlo.sort",
            operands,
            format!("dimension = {dim} : i64, is_stable = true"),
            types,
            vec![block],
        )
    }

    /// `while cond(state) { state = body(state) }`. Values from outside that the loop uses are
    /// threaded through the loop state automatically, as XLA requires.
    #[track_caller]
    pub fn while_loop(
        &self,
        init: &[&Tensor],
        cond: impl FnOnce(&[Tensor]) -> Tensor,
        body: impl FnOnce(&[Tensor]) -> Vec<Tensor>,
    ) -> Vec<Tensor> {
        let state_types: Vec<TensorType> = init.iter().map(|t| t.ty().clone()).collect();

        let (cond_block, cond_args) = self.open_block(&state_types, true);
        let pred = cond(&cond_args);
        if *pred.ty() != TensorType::scalar(DType::Pred) {
            self.fail(format!(
                "while condition must be a scalar predicate, got {}",
                pred.ty()
            ));
        }
        let pred = self.localize(&pred);
        self.close_block(cond_block);

        let (body_block, body_args) = self.open_block(&state_types, true);
        let next = body(&body_args);
        let types_ok = next.len() == state_types.len()
            && next.iter().zip(&state_types).all(|(n, t)| n.ty() == t);
        if !types_ok {
            let got: Vec<String> = next.iter().map(|n| n.ty().to_string()).collect();
            let want: Vec<String> = state_types.iter().map(|t| t.to_string()).collect();
            self.fail(format!(
                "while body must return the loop state [{}], got [{}]",
                want.join(", "),
                got.join(", ")
            ));
        }
        let next: Vec<Tensor> = next.iter().map(|t| self.localize(t)).collect();
        self.close_block(body_block);

        // Captured outer values become extra loop state, passed through unchanged.
        let captured = self.unify_captures(&[cond_block, body_block]);
        let mut inner = self.inner.borrow_mut();
        let cond_ret = vec![pred.id];
        let mut body_ret: Vec<usize> = next.iter().map(|t| t.id).collect();
        body_ret.extend(inner.blocks[body_block].args[init.len()..].iter().copied());
        for (block, ret) in [(cond_block, cond_ret), (body_block, body_ret)] {
            inner.blocks[block].ops.push(super::graph::Op {
                name: "stablehlo.return",
                operands: ret,
                results: Vec::new(),
                attrs: String::new(),
                regions: Vec::new(),
            });
        }
        drop(inner);
        let mut operands: Vec<Tensor> = init.iter().map(|&t| t.clone()).collect();
        operands.extend(captured);
        let refs: Vec<&Tensor> = operands.iter().collect();
        let types = operands.iter().map(|t| t.ty().clone()).collect();
        let mut results = self.push_op(
            "stablehlo.while",
            &refs,
            String::new(),
            types,
            vec![cond_block, body_block],
        );
        results.truncate(init.len());
        results
    }

    /// A tensor made valid in the innermost block (capturing it if it came from outside).
    fn localize(&self, t: &Tensor) -> Tensor {
        let r = self.push_op(
            "xlagen.identity",
            &[t],
            String::new(),
            vec![t.ty().clone()],
            Vec::new(),
        );
        // The identity op was only a vehicle for resolution: take its operand and drop the op.
        let mut inner = self.inner.borrow_mut();
        let block = *inner.stack.last().expect("root block");
        let op = inner.blocks[block].ops.pop().expect("just pushed");
        drop(r);
        Tensor {
            graph: self.clone(),
            id: op.operands[0],
            ty: t.ty().clone(),
        }
    }

    /// Gives every block the same capture list (in one order) and returns the outer tensors.
    fn unify_captures(&self, blocks: &[usize]) -> Vec<Tensor> {
        let mut inner = self.inner.borrow_mut();
        let mut outer: Vec<usize> = Vec::new();
        for &b in blocks {
            for &(o, _) in &inner.blocks[b].captures {
                if !outer.contains(&o) {
                    outer.push(o);
                }
            }
        }
        for &b in blocks {
            for &o in &outer {
                let local = match inner.blocks[b].captures.iter().find(|(x, _)| *x == o) {
                    Some(&(_, l)) => l,
                    None => {
                        let ty = inner.types[o].clone();
                        inner.new_value(ty, b)
                    }
                };
                inner.blocks[b].args.push(local);
            }
        }
        outer
            .into_iter()
            .map(|o| Tensor {
                graph: self.clone(),
                id: o,
                ty: inner.types[o].clone(),
            })
            .collect()
    }
}

impl Tensor {
    #[track_caller]
    fn reduce_with(&self, dims: &[i64], init: f64, op: &'static str) -> Tensor {
        let g = self.graph();
        let init = g.scalar(init, self.dtype());
        g.reduce(&[self], &[&init], dims, |a| {
            vec![g.push_op1(op, &[&a[0], &a[1]], String::new(), a[0].ty().clone())]
        })
        .pop()
        .unwrap_or_else(|| self.clone())
    }

    /// Sum over `dims` (removed from the shape).
    #[track_caller]
    pub fn reduce_sum(&self, dims: &[i64]) -> Tensor {
        self.reduce_with(dims, 0.0, "stablehlo.add")
    }

    /// Maximum over `dims` (removed from the shape).
    #[track_caller]
    pub fn reduce_max(&self, dims: &[i64]) -> Tensor {
        let lowest = if self.dtype().is_float() {
            f64::NEG_INFINITY
        } else {
            min_of(self.dtype())
        };
        self.reduce_with(dims, lowest, "stablehlo.maximum")
    }

    /// Softmax over the last dim, computed in f32 (max-subtracted, so large logits are safe).
    #[track_caller]
    pub fn softmax_last(&self) -> Tensor {
        let x = self.convert(DType::F32);
        let last = x.rank() as i64 - 1;
        let mut kept = x.dims().to_vec();
        kept[last as usize] = 1;
        let m = x.reduce_max(&[last]).reshape(&kept);
        let e = (&x - m).exp();
        let sum = e.reduce_sum(&[last]).reshape(&kept);
        e / sum
    }

    /// Index of the largest element along `dim` (the first one on ties, as PyTorch does), as i32.
    #[track_caller]
    pub fn argmax(&self, dim: usize) -> Tensor {
        // Two plain reductions (the largest value, then the least index holding it) where one
        // reduction over (value, index) pairs would do: XLA's CPU backend vectorizes a reduction
        // with one operand and runs one over pairs element by element, and a 16-row decode
        // step's argmax over a 49152-token vocabulary took ~4 ms that way.
        let g = self.graph();
        let idx = g.iota(TensorType::new(DType::I32, self.dims()), dim);
        let float = self.dtype().is_float();
        // NaN is never the largest: it takes no part in the maximum, nor equals it.
        let values = if float {
            Tensor::select(&self.equal(self), self, &self.lit(f64::NEG_INFINITY))
        } else {
            self.clone()
        };
        let mut kept = self.dims().to_vec();
        kept[dim] = 1;
        let best = values
            .reduce_max(&[dim as i64])
            .reshape(&kept)
            .broadcast_to(self.dims());
        let none = idx.lit(i32::MAX as f64);
        let first = Tensor::select(&values.equal(&best), &idx, &none).reduce_with(
            &[dim as i64],
            i32::MAX as f64,
            "stablehlo.minimum",
        );
        // A row of NaN alone holds no maximum: index 0, as a reduction from index 0 gives.
        Tensor::select(
            &first.equal(&first.lit(i32::MAX as f64)),
            &first.lit(0.0),
            &first,
        )
    }

    /// Sorts along `dim`, largest first, returning (values, i32 indices of where they came from).
    #[track_caller]
    pub fn sort_descending(&self, dim: usize) -> (Tensor, Tensor) {
        let g = self.graph();
        let idx = g.iota(
            TensorType::new(DType::I32, self.dims()),
            dim.min(self.rank().saturating_sub(1)),
        );
        let mut r = g.sort(&[self, &idx], dim, |a| a[0].compare(&a[1], Cmp::Gt));
        let i = r.pop().unwrap_or_else(|| idx.clone());
        (r.pop().unwrap_or_else(|| self.clone()), i)
    }

    /// The `k` largest entries along the last dim, largest first, with their i32 indices.
    #[track_caller]
    pub fn top_k(&self, k: i64) -> (Tensor, Tensor) {
        let last = self.rank().saturating_sub(1);
        if self.rank() == 0 || k < 1 || k > self.dims()[last] {
            self.graph().fail(format!(
                "top_k({k}) of {}: k must be in 1..=last dim",
                self.ty()
            ));
            return (self.clone(), self.clone());
        }
        let (v, i) = self.sort_descending(last);
        (v.slice_dim(last, 0, k), i.slice_dim(last, 0, k))
    }
}

fn min_of(dtype: DType) -> f64 {
    match dtype {
        DType::I8 => i8::MIN as f64,
        DType::I32 => i32::MIN as f64,
        DType::I64 => i64::MIN as f64,
        _ => 0.0,
    }
}
