//! Ops that need no region: constants, elementwise math, shapes, dots, gathers, custom calls.

use std::ops::{Add, Div, Mul, Neg, Sub};

use half::{bf16, f16};

use super::graph::{Graph, Tensor};
use super::print::{arr, list};
use crate::dtype::{DType, TensorType};

/// Comparison directions of `stablehlo.compare`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Dimension numbers of `dot_general`: batch dims pair up, contracting dims are summed over.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DotDims {
    pub lhs_batch: Vec<i64>,
    pub rhs_batch: Vec<i64>,
    pub lhs_contract: Vec<i64>,
    pub rhs_contract: Vec<i64>,
}

/// Dimension numbers of `gather`, as in the StableHLO spec.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GatherDims {
    pub offset_dims: Vec<i64>,
    pub collapsed_slice_dims: Vec<i64>,
    pub start_index_map: Vec<i64>,
    pub index_vector_dim: i64,
}

/// Dimension numbers of `scatter`, as in the StableHLO spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScatterDims {
    pub update_window_dims: Vec<i64>,
    pub inserted_window_dims: Vec<i64>,
    pub scatter_dims_to_operand_dims: Vec<i64>,
    pub index_vector_dim: i64,
}

/// A scalar in the exact MLIR spelling of its dtype; floats as bit patterns so nothing rounds.
fn scalar_literal(value: f64, dtype: DType) -> String {
    match dtype {
        DType::F32 => format!("0x{:08X}", (value as f32).to_bits()),
        DType::F64 => format!("0x{:016X}", value.to_bits()),
        DType::F16 => format!("0x{:04X}", f16::from_f64(value).to_bits()),
        DType::BF16 => format!("0x{:04X}", bf16::from_f64(value).to_bits()),
        DType::Pred => (if value != 0.0 { "true" } else { "false" }).to_string(),
        _ => format!("{}", value as i64),
    }
}

fn in_range(value: f64, dtype: DType) -> bool {
    let (lo, hi) = match dtype {
        DType::I8 => (i8::MIN as f64, i8::MAX as f64),
        DType::U8 => (0.0, u8::MAX as f64),
        DType::I32 => (i32::MIN as f64, i32::MAX as f64),
        DType::U32 => (0.0, u32::MAX as f64),
        DType::I64 => (i64::MIN as f64, i64::MAX as f64),
        DType::U64 => (0.0, u64::MAX as f64),
        _ => return true,
    };
    value.fract() == 0.0 && value >= lo && value <= hi
}

impl Graph {
    /// A tensor of one repeated value (floats are rounded once, to the dtype).
    #[track_caller]
    pub fn splat(&self, value: f64, ty: TensorType) -> Tensor {
        if !in_range(value, ty.dtype) {
            self.fail(format!("constant {value} does not fit {}", ty.dtype));
        }
        let attrs = format!(
            "value = dense<{}> : {}",
            scalar_literal(value, ty.dtype),
            ty.mlir()
        );
        self.push_op1("stablehlo.constant", &[], attrs, ty)
    }

    #[track_caller]
    pub fn scalar(&self, value: f64, dtype: DType) -> Tensor {
        self.splat(value, TensorType::scalar(dtype))
    }

    /// A dense constant from little-endian element bytes (`ty.size_bytes()` of them).
    #[track_caller]
    pub fn constant_bytes(&self, bytes: &[u8], ty: TensorType) -> Tensor {
        if bytes.len() != ty.size_bytes() {
            self.fail(format!(
                "constant of type {ty} needs {} bytes, got {}",
                ty.size_bytes(),
                bytes.len()
            ));
        }
        let body = if ty.dtype == DType::Pred {
            let items: Vec<&str> = bytes
                .iter()
                .map(|&b| if b != 0 { "true" } else { "false" })
                .collect();
            format!("[{}]", items.join(", "))
        } else {
            let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
            format!("\"0x{hex}\"")
        };
        let attrs = format!("value = dense<{}> : {}", body, ty.mlir());
        self.push_op1("stablehlo.constant", &[], attrs, ty)
    }

    #[track_caller]
    pub fn constant_f32(&self, values: &[f32], dims: &[i64]) -> Tensor {
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.constant_bytes(&bytes, TensorType::new(DType::F32, dims))
    }

    #[track_caller]
    pub fn constant_i32(&self, values: &[i32], dims: &[i64]) -> Tensor {
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.constant_bytes(&bytes, TensorType::new(DType::I32, dims))
    }

    /// 0, 1, 2, … along `dim`, repeated along the other dims.
    #[track_caller]
    pub fn iota(&self, ty: TensorType, dim: usize) -> Tensor {
        if dim >= ty.rank() {
            self.fail(format!("iota dimension {dim} out of range for {ty}"));
        }
        self.push_op1(
            "stablehlo.iota",
            &[],
            format!("iota_dimension = {dim} : i64"),
            ty,
        )
    }

    /// Random bits from a counter-based generator; the state is an argument and is returned
    /// updated, so sampling stays reproducible and functional.
    #[track_caller]
    pub fn rng_bit_generator(&self, state: &Tensor, bits: TensorType) -> (Tensor, Tensor) {
        if state.ty != TensorType::new(DType::U64, &[2]) {
            self.fail(format!(
                "rng_bit_generator state must be ui64[2], got {}",
                state.ty
            ));
        }
        if !bits.dtype.is_unsigned_int() {
            self.fail(format!(
                "rng_bit_generator output must be unsigned, got {}",
                bits.dtype
            ));
        }
        let mut r = self.push_op(
            "stablehlo.rng_bit_generator",
            &[state],
            "rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>".to_string(),
            vec![state.ty.clone(), bits],
            Vec::new(),
        );
        let b = r.pop().expect("two results");
        (r.pop().expect("two results"), b)
    }

    /// A typed XLA FFI custom call (`api_version = 4`) into a handler registered with the plugin.
    /// Operands and results are pinned to row-major layouts, which our kernels index by:
    /// unpinned, XLA may pick another layout for them (it did for a result gathered across
    /// devices after SPMD partitioning), and the kernel would read or write the wrong elements.
    #[track_caller]
    pub fn custom_call(
        &self,
        target: &str,
        operands: &[&Tensor],
        results: Vec<TensorType>,
    ) -> Vec<Tensor> {
        let layouts = |types: &mut dyn Iterator<Item = &TensorType>| {
            types
                .map(|t| row_major_layout(t.rank()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let attrs = format!(
            "api_version = 4 : i32, backend_config = {{}}, call_target_name = \"{target}\", \
             operand_layouts = [{}], result_layouts = [{}]",
            layouts(&mut operands.iter().map(|t| &t.ty)),
            layouts(&mut results.iter())
        );
        self.push_op(
            "stablehlo.custom_call",
            operands,
            attrs,
            results,
            Vec::new(),
        )
    }

    /// Joins tensors along `dim`; all other dims must agree.
    #[track_caller]
    pub fn concatenate(&self, parts: &[&Tensor], dim: usize) -> Tensor {
        let Some(first) = parts.first() else {
            self.fail("concatenate of no tensors".to_string());
            return self.scalar(0.0, DType::F32);
        };
        let mut dims = first.dims().to_vec();
        if dim >= dims.len() {
            self.fail(format!(
                "concatenate dimension {dim} out of range for {}",
                first.ty
            ));
            return (*first).clone();
        }
        dims[dim] = 0;
        for p in parts {
            let mut pd = p.dims().to_vec();
            let ok = p.dtype() == first.dtype() && pd.len() == dims.len() && {
                let d = pd[dim];
                pd[dim] = 0;
                let same = pd
                    == dims
                        .iter()
                        .map(|&x| if x == 0 { 0 } else { x })
                        .collect::<Vec<_>>();
                pd[dim] = d;
                same
            };
            if !ok {
                self.fail(format!(
                    "concatenate along {dim}: {} does not fit {}",
                    p.ty, first.ty
                ));
            }
        }
        dims[dim] = parts
            .iter()
            .map(|p| p.dims().get(dim).copied().unwrap_or(0))
            .sum();
        self.push_op1(
            "stablehlo.concatenate",
            parts,
            format!("dimension = {dim} : i64"),
            TensorType::new(first.dtype(), &dims),
        )
    }
}

/// Elementwise ops with NumPy-style broadcasting: dims align from the right and size-1 dims
/// stretch. Both sides must have the same dtype (no silent promotion).
impl Tensor {
    #[track_caller]
    fn unary(&self, name: &'static str) -> Tensor {
        if !self.dtype().is_float()
            && !matches!(name, "stablehlo.negate" | "stablehlo.abs" | "stablehlo.not")
        {
            self.graph
                .fail(format!("{name} needs a float tensor, got {}", self.ty));
        }
        self.graph
            .push_op1(name, &[self], String::new(), self.ty.clone())
    }

    #[track_caller]
    pub fn exp(&self) -> Tensor {
        self.unary("stablehlo.exponential")
    }
    #[track_caller]
    pub fn log(&self) -> Tensor {
        self.unary("stablehlo.log")
    }
    #[track_caller]
    pub fn sqrt(&self) -> Tensor {
        self.unary("stablehlo.sqrt")
    }
    #[track_caller]
    pub fn rsqrt(&self) -> Tensor {
        self.unary("stablehlo.rsqrt")
    }
    #[track_caller]
    pub fn tanh(&self) -> Tensor {
        self.unary("stablehlo.tanh")
    }
    #[track_caller]
    pub fn cos(&self) -> Tensor {
        self.unary("stablehlo.cosine")
    }
    #[track_caller]
    pub fn sin(&self) -> Tensor {
        self.unary("stablehlo.sine")
    }
    /// 1 / (1 + e^-x).
    #[track_caller]
    pub fn logistic(&self) -> Tensor {
        self.unary("stablehlo.logistic")
    }
    #[track_caller]
    pub fn floor(&self) -> Tensor {
        self.unary("stablehlo.floor")
    }
    #[track_caller]
    pub fn negate(&self) -> Tensor {
        self.unary("stablehlo.negate")
    }
    #[track_caller]
    pub fn abs(&self) -> Tensor {
        self.unary("stablehlo.abs")
    }

    /// Both operands broadcast to their common shape, or a recorded error naming both shapes.
    #[track_caller]
    pub(crate) fn broadcast_pair(&self, other: &Tensor, op: &str) -> (Tensor, Tensor) {
        if self.dtype() != other.dtype() {
            self.graph
                .fail(format!("{op}: dtypes differ: {} vs {}", self.ty, other.ty));
            return (self.clone(), self.clone());
        }
        if self.dims() == other.dims() {
            return (self.clone(), other.clone());
        }
        let rank = self.rank().max(other.rank());
        let pad = |d: &[i64]| -> Vec<i64> {
            let mut v = vec![1; rank - d.len()];
            v.extend_from_slice(d);
            v
        };
        let (a, b) = (pad(self.dims()), pad(other.dims()));
        let mut out = Vec::with_capacity(rank);
        for (&x, &y) in a.iter().zip(&b) {
            if x == y || y == 1 {
                out.push(x);
            } else if x == 1 {
                out.push(y);
            } else {
                self.graph.fail(format!(
                    "{op}: shapes do not broadcast: {} vs {}",
                    self.ty, other.ty
                ));
                return (self.clone(), self.clone());
            }
        }
        (self.broadcast_to(&out), other.broadcast_to(&out))
    }

    #[track_caller]
    pub(crate) fn binary(&self, other: &Tensor, name: &'static str) -> Tensor {
        let (a, b) = self.broadcast_pair(other, name);
        self.graph
            .push_op1(name, &[&a, &b], String::new(), a.ty.clone())
    }

    #[track_caller]
    pub fn maximum(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.maximum")
    }
    #[track_caller]
    pub fn minimum(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.minimum")
    }
    #[track_caller]
    pub fn pow(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.power")
    }
    #[track_caller]
    pub fn remainder(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.remainder")
    }
    #[track_caller]
    pub fn and(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.and")
    }
    #[track_caller]
    pub fn or(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.or")
    }
    #[track_caller]
    pub fn xor(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.xor")
    }
    #[track_caller]
    pub fn shift_right_logical(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.shift_right_logical")
    }
    #[track_caller]
    pub fn shift_left(&self, other: &Tensor) -> Tensor {
        self.binary(other, "stablehlo.shift_left")
    }

    /// A scalar of this tensor's dtype, for `x * 0.5`-style arithmetic.
    #[track_caller]
    pub fn lit(&self, value: f64) -> Tensor {
        self.graph.scalar(value, self.dtype())
    }

    /// Elementwise comparison, giving a predicate tensor.
    #[track_caller]
    pub fn compare(&self, other: &Tensor, dir: Cmp) -> Tensor {
        let (a, b) = self.broadcast_pair(other, "compare");
        let kind = if a.dtype().is_float() {
            "FLOAT"
        } else if a.dtype().is_unsigned_int() || a.dtype() == DType::Pred {
            "UNSIGNED"
        } else {
            "SIGNED"
        };
        let attrs = format!(
            "compare_type = #stablehlo<comparison_type {kind}>, comparison_direction = #stablehlo<comparison_direction {}>",
            format!("{dir:?}").to_uppercase()
        );
        self.graph.push_op1(
            "stablehlo.compare",
            &[&a, &b],
            attrs,
            TensorType::new(DType::Pred, a.dims()),
        )
    }
    #[track_caller]
    pub fn lt(&self, other: &Tensor) -> Tensor {
        self.compare(other, Cmp::Lt)
    }
    #[track_caller]
    pub fn le(&self, other: &Tensor) -> Tensor {
        self.compare(other, Cmp::Le)
    }
    #[track_caller]
    pub fn gt(&self, other: &Tensor) -> Tensor {
        self.compare(other, Cmp::Gt)
    }
    #[track_caller]
    pub fn ge(&self, other: &Tensor) -> Tensor {
        self.compare(other, Cmp::Ge)
    }
    #[track_caller]
    pub fn equal(&self, other: &Tensor) -> Tensor {
        self.compare(other, Cmp::Eq)
    }

    /// `pred ? on_true : on_false`, elementwise, all three broadcast together.
    #[track_caller]
    pub fn select(pred: &Tensor, on_true: &Tensor, on_false: &Tensor) -> Tensor {
        let g = &pred.graph;
        if pred.dtype() != DType::Pred {
            g.fail(format!(
                "select condition must be a predicate, got {}",
                pred.ty
            ));
        }
        let (t, f) = on_true.broadcast_pair(on_false, "select");
        let (p, t) = if pred.dims() == t.dims() {
            (pred.clone(), t)
        } else {
            let shape = crate::trace::ops::broadcast_shape(pred.dims(), t.dims());
            match shape {
                Some(s) => (pred.broadcast_to(&s), t.broadcast_to(&s)),
                None => {
                    g.fail(format!(
                        "select: shapes do not broadcast: {} vs {}",
                        pred.ty, t.ty
                    ));
                    (pred.clone(), t)
                }
            }
        };
        let f = if f.dims() == t.dims() {
            f
        } else {
            f.broadcast_to(t.dims())
        };
        g.push_op1(
            "stablehlo.select",
            &[&p, &t, &f],
            String::new(),
            t.ty.clone(),
        )
    }

    /// Converts elements to another dtype (round to nearest even for floats).
    #[track_caller]
    pub fn convert(&self, dtype: DType) -> Tensor {
        if dtype == self.dtype() {
            return self.clone();
        }
        self.graph.push_op1(
            "stablehlo.convert",
            &[self],
            String::new(),
            TensorType::new(dtype, self.dims()),
        )
    }

    /// Reinterprets the bits of each element as another dtype of the same width.
    #[track_caller]
    pub fn bitcast(&self, dtype: DType) -> Tensor {
        if dtype.size_bytes() != self.dtype().size_bytes() {
            self.graph.fail(format!(
                "bitcast from {} to {dtype} changes the element width",
                self.ty
            ));
        }
        self.graph.push_op1(
            "stablehlo.bitcast_convert",
            &[self],
            String::new(),
            TensorType::new(dtype, self.dims()),
        )
    }

    #[track_caller]
    pub fn reshape(&self, dims: &[i64]) -> Tensor {
        let n: i64 = dims.iter().product();
        if n as usize != self.ty.num_elements() || dims.iter().any(|&d| d < 0) {
            self.graph.fail(format!(
                "reshape of {} to {:?} changes the element count",
                self.ty, dims
            ));
        }
        if dims == self.dims() {
            return self.clone();
        }
        self.graph.push_op1(
            "stablehlo.reshape",
            &[self],
            String::new(),
            TensorType::new(self.dtype(), dims),
        )
    }

    /// Output dim `i` is input dim `perm[i]`.
    #[track_caller]
    pub fn transpose(&self, perm: &[i64]) -> Tensor {
        let mut seen = vec![false; self.rank()];
        let valid = perm.len() == self.rank()
            && perm.iter().all(|&p| {
                let ok = p >= 0 && (p as usize) < seen.len() && !seen[p as usize];
                if ok {
                    seen[p as usize] = true;
                }
                ok
            });
        if !valid {
            self.graph.fail(format!(
                "transpose of {} by {:?}: not a permutation",
                self.ty, perm
            ));
            return self.clone();
        }
        let dims: Vec<i64> = perm.iter().map(|&p| self.dims()[p as usize]).collect();
        self.graph.push_op1(
            "stablehlo.transpose",
            &[self],
            format!("permutation = {}", arr(perm)),
            TensorType::new(self.dtype(), &dims),
        )
    }

    /// `broadcast_in_dim`: input dim `i` becomes output dim `mapping[i]`.
    #[track_caller]
    pub fn broadcast_in_dim(&self, dims: &[i64], mapping: &[i64]) -> Tensor {
        let valid = mapping.len() == self.rank()
            && mapping.iter().zip(self.dims()).all(|(&m, &d)| {
                m >= 0 && (m as usize) < dims.len() && (d == 1 || d == dims[m as usize])
            })
            && mapping.windows(2).all(|w| w[0] < w[1]);
        if !valid {
            self.graph.fail(format!(
                "broadcast_in_dim of {} to {:?} with mapping {:?} is invalid",
                self.ty, dims, mapping
            ));
        }
        self.graph.push_op1(
            "stablehlo.broadcast_in_dim",
            &[self],
            format!("broadcast_dimensions = {}", arr(mapping)),
            TensorType::new(self.dtype(), dims),
        )
    }

    /// NumPy-style broadcast to `dims` (trailing dims aligned).
    #[track_caller]
    pub fn broadcast_to(&self, dims: &[i64]) -> Tensor {
        if dims == self.dims() {
            return self.clone();
        }
        if dims.len() < self.rank() {
            self.graph
                .fail(format!("cannot broadcast {} to {:?}", self.ty, dims));
            return self.clone();
        }
        let offset = (dims.len() - self.rank()) as i64;
        let mapping: Vec<i64> = (0..self.rank() as i64).map(|i| i + offset).collect();
        self.broadcast_in_dim(dims, &mapping)
    }

    /// Static slice `[start, limit)` with `strides` per dim.
    #[track_caller]
    pub fn slice(&self, start: &[i64], limit: &[i64], strides: &[i64]) -> Tensor {
        let r = self.rank();
        let valid = start.len() == r
            && limit.len() == r
            && strides.len() == r
            && (0..r).all(|i| {
                0 <= start[i]
                    && start[i] <= limit[i]
                    && limit[i] <= self.dims()[i]
                    && strides[i] > 0
            });
        if !valid {
            self.graph.fail(format!(
                "slice of {} with start {:?} limit {:?} strides {:?} is out of range",
                self.ty, start, limit, strides
            ));
            return self.clone();
        }
        let dims: Vec<i64> = (0..r)
            .map(|i| (limit[i] - start[i] + strides[i] - 1) / strides[i])
            .collect();
        self.graph.push_op1(
            "stablehlo.slice",
            &[self],
            format!(
                "limit_indices = {}, start_indices = {}, strides = {}",
                arr(limit),
                arr(start),
                arr(strides)
            ),
            TensorType::new(self.dtype(), &dims),
        )
    }

    /// `[start, limit)` along one dim, the rest whole.
    #[track_caller]
    pub fn slice_dim(&self, dim: usize, start: i64, limit: i64) -> Tensor {
        let mut s = vec![0; self.rank()];
        let mut l = self.dims().to_vec();
        let st = vec![1; self.rank()];
        if dim >= self.rank() {
            self.graph.fail(format!(
                "slice dimension {dim} out of range for {}",
                self.ty
            ));
            return self.clone();
        }
        s[dim] = start;
        l[dim] = limit;
        self.slice(&s, &l, &st)
    }

    #[track_caller]
    fn check_indices(&self, op: &str, starts: &[&Tensor]) {
        let ok = starts.len() == self.rank()
            && starts.iter().all(|s| {
                s.rank() == 0 && (s.dtype().is_signed_int() || s.dtype().is_unsigned_int())
            })
            && starts.windows(2).all(|w| w[0].dtype() == w[1].dtype());
        if !ok {
            let got: Vec<String> = starts.iter().map(|s| s.ty.to_string()).collect();
            self.graph.fail(format!(
                "{op} on {} needs {} integer scalar start indices of one dtype, got [{}]",
                self.ty,
                self.rank(),
                got.join(", ")
            ));
        }
    }

    /// A `sizes`-shaped window starting at runtime indices (clamped into range, per the spec).
    #[track_caller]
    pub fn dynamic_slice(&self, starts: &[&Tensor], sizes: &[i64]) -> Tensor {
        self.check_indices("dynamic_slice", starts);
        if sizes.len() != self.rank()
            || sizes.iter().zip(self.dims()).any(|(&s, &d)| s < 0 || s > d)
        {
            self.graph.fail(format!(
                "dynamic_slice of {} with sizes {:?} is out of range",
                self.ty, sizes
            ));
        }
        let mut operands = vec![self];
        operands.extend_from_slice(starts);
        self.graph.push_op1(
            "stablehlo.dynamic_slice",
            &operands,
            format!("slice_sizes = {}", arr(sizes)),
            TensorType::new(self.dtype(), sizes),
        )
    }

    /// This tensor with `update` written at runtime indices (clamped into range).
    #[track_caller]
    pub fn dynamic_update_slice(&self, update: &Tensor, starts: &[&Tensor]) -> Tensor {
        self.check_indices("dynamic_update_slice", starts);
        let ok = update.dtype() == self.dtype()
            && update.rank() == self.rank()
            && update.dims().iter().zip(self.dims()).all(|(u, d)| u <= d);
        if !ok {
            self.graph.fail(format!(
                "dynamic_update_slice of {} into {} does not fit",
                update.ty, self.ty
            ));
        }
        let mut operands = vec![self, update];
        operands.extend_from_slice(starts);
        self.graph.push_op1(
            "stablehlo.dynamic_update_slice",
            &operands,
            String::new(),
            self.ty.clone(),
        )
    }

    /// General contraction. The result holds batch dims, then lhs free dims, then rhs free dims.
    /// f32 dots ask for full precision, so GPUs do not drop to TF32 behind our back.
    #[track_caller]
    pub fn dot_general(&self, rhs: &Tensor, dims: &DotDims, result: Option<DType>) -> Tensor {
        let g = &self.graph;
        let (l, r) = (self.dims(), rhs.dims());
        let in_range = |ds: &[i64], rank: usize| ds.iter().all(|&d| d >= 0 && (d as usize) < rank);
        let valid = dims.lhs_batch.len() == dims.rhs_batch.len()
            && dims.lhs_contract.len() == dims.rhs_contract.len()
            && in_range(&dims.lhs_batch, l.len())
            && in_range(&dims.lhs_contract, l.len())
            && in_range(&dims.rhs_batch, r.len())
            && in_range(&dims.rhs_contract, r.len())
            && dims
                .lhs_batch
                .iter()
                .zip(&dims.rhs_batch)
                .all(|(&a, &b)| l[a as usize] == r[b as usize])
            && dims
                .lhs_contract
                .iter()
                .zip(&dims.rhs_contract)
                .all(|(&a, &b)| l[a as usize] == r[b as usize]);
        if !valid {
            g.fail(format!(
                "dot_general of {} and {} with {:?} does not fit",
                self.ty, rhs.ty, dims
            ));
            return self.clone();
        }
        let free = |shape: &[i64], batch: &[i64], contract: &[i64]| -> Vec<i64> {
            (0..shape.len() as i64)
                .filter(|d| !batch.contains(d) && !contract.contains(d))
                .map(|d| shape[d as usize])
                .collect()
        };
        let mut out: Vec<i64> = dims.lhs_batch.iter().map(|&d| l[d as usize]).collect();
        out.extend(free(l, &dims.lhs_batch, &dims.lhs_contract));
        out.extend(free(r, &dims.rhs_batch, &dims.rhs_contract));
        let mut attrs = format!(
            "dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = {}, rhs_batching_dimensions = {}, lhs_contracting_dimensions = {}, rhs_contracting_dimensions = {}>",
            list(&dims.lhs_batch),
            list(&dims.rhs_batch),
            list(&dims.lhs_contract),
            list(&dims.rhs_contract)
        );
        if self.dtype() == DType::F32 && rhs.dtype() == DType::F32 {
            attrs.push_str(", precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]");
        }
        let dtype = result.unwrap_or(self.dtype());
        if result.is_none() && self.dtype() != rhs.dtype() {
            g.fail(format!(
                "dot_general of {} and {} needs a result dtype",
                self.ty, rhs.ty
            ));
        }
        g.push_op1(
            "stablehlo.dot_general",
            &[self, rhs],
            attrs,
            TensorType::new(dtype, &out),
        )
    }

    /// `[..., M, K] x [..., K, N] -> [..., M, N]` with matching leading (batch) dims.
    #[track_caller]
    pub fn matmul(&self, rhs: &Tensor) -> Tensor {
        let r = self.rank() as i64;
        if r < 2 || rhs.rank() != self.rank() {
            self.graph.fail(format!(
                "matmul needs equal ranks >= 2, got {} and {}",
                self.ty, rhs.ty
            ));
            return self.clone();
        }
        let batch: Vec<i64> = (0..r - 2).collect();
        let dims = DotDims {
            lhs_batch: batch.clone(),
            rhs_batch: batch,
            lhs_contract: vec![r - 1],
            rhs_contract: vec![r - 2],
        };
        self.dot_general(rhs, &dims, None)
    }

    /// General `gather`; see the StableHLO spec for the meaning of the dimension numbers.
    #[track_caller]
    pub fn gather(&self, indices: &Tensor, dn: &GatherDims, slice_sizes: &[i64]) -> Tensor {
        let g = &self.graph;
        let ivd = dn.index_vector_dim as usize;
        let mut batch_dims = indices.dims().to_vec();
        if ivd < batch_dims.len() {
            batch_dims.remove(ivd);
        }
        let offset_sizes: Vec<i64> = (0..self.rank() as i64)
            .filter(|d| !dn.collapsed_slice_dims.contains(d))
            .map(|d| slice_sizes.get(d as usize).copied().unwrap_or(0))
            .collect();
        let valid = slice_sizes.len() == self.rank()
            && ivd <= indices.rank()
            && offset_sizes.len() == dn.offset_dims.len()
            && slice_sizes
                .iter()
                .zip(self.dims())
                .all(|(&s, &d)| 0 <= s && s <= d)
            && dn
                .collapsed_slice_dims
                .iter()
                .all(|&d| slice_sizes.get(d as usize) == Some(&1));
        if !valid {
            g.fail(format!(
                "gather from {} at indices {} with {:?}, slice sizes {:?} does not fit",
                self.ty, indices.ty, dn, slice_sizes
            ));
            return self.clone();
        }
        let out_rank = batch_dims.len() + offset_sizes.len();
        let mut out = Vec::with_capacity(out_rank);
        let (mut bi, mut oi) = (0, 0);
        for d in 0..out_rank as i64 {
            if dn.offset_dims.contains(&d) {
                out.push(offset_sizes[oi]);
                oi += 1;
            } else {
                out.push(batch_dims[bi]);
                bi += 1;
            }
        }
        let attrs = format!(
            "dimension_numbers = #stablehlo.gather<offset_dims = {}, collapsed_slice_dims = {}, start_index_map = {}, index_vector_dim = {}>, indices_are_sorted = false, slice_sizes = {}",
            list(&dn.offset_dims),
            list(&dn.collapsed_slice_dims),
            list(&dn.start_index_map),
            dn.index_vector_dim,
            arr(slice_sizes)
        );
        g.push_op1(
            "stablehlo.gather",
            &[self, indices],
            attrs,
            TensorType::new(self.dtype(), &out),
        )
    }

    /// Rows of a `[rows, ...]` table picked by integer `ids` of any shape: `ids.shape + row shape`.
    /// Out-of-range ids are clamped, per the gather spec.
    #[track_caller]
    pub fn take_rows(&self, ids: &Tensor) -> Tensor {
        if self.rank() < 1 {
            self.graph.fail(format!(
                "take_rows needs a table of rank >= 1, got {}",
                self.ty
            ));
            return self.clone();
        }
        let k = ids.rank() as i64;
        let mut slice_sizes = self.dims().to_vec();
        slice_sizes[0] = 1;
        let dn = GatherDims {
            offset_dims: (k..k + self.rank() as i64 - 1).collect(),
            collapsed_slice_dims: vec![0],
            start_index_map: vec![0],
            index_vector_dim: k,
        };
        self.gather(ids, &dn, &slice_sizes)
    }
}

/// The NumPy broadcast of two shapes, if they are compatible.
pub(crate) fn broadcast_shape(a: &[i64], b: &[i64]) -> Option<Vec<i64>> {
    let rank = a.len().max(b.len());
    let pad = |d: &[i64]| -> Vec<i64> {
        let mut v = vec![1; rank - d.len()];
        v.extend_from_slice(d);
        v
    };
    let (a, b) = (pad(a), pad(b));
    a.iter()
        .zip(&b)
        .map(|(&x, &y)| match (x, y) {
            _ if x == y => Some(x),
            (1, _) => Some(y),
            (_, 1) => Some(x),
            _ => None,
        })
        .collect()
}

macro_rules! arith {
    ($trait:ident, $method:ident, $op:literal) => {
        impl $trait<&Tensor> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: &Tensor) -> Tensor {
                self.binary(rhs, $op)
            }
        }
        impl $trait<Tensor> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: Tensor) -> Tensor {
                self.binary(&rhs, $op)
            }
        }
        impl $trait<&Tensor> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: &Tensor) -> Tensor {
                self.binary(rhs, $op)
            }
        }
        impl $trait<Tensor> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: Tensor) -> Tensor {
                self.binary(&rhs, $op)
            }
        }
        impl $trait<f64> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: f64) -> Tensor {
                self.binary(&self.lit(rhs), $op)
            }
        }
        impl $trait<f64> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: f64) -> Tensor {
                self.binary(&self.lit(rhs), $op)
            }
        }
    };
}

arith!(Add, add, "stablehlo.add");
arith!(Sub, sub, "stablehlo.subtract");
arith!(Mul, mul, "stablehlo.multiply");
arith!(Div, div, "stablehlo.divide");

impl Neg for &Tensor {
    type Output = Tensor;
    #[track_caller]
    fn neg(self) -> Tensor {
        self.negate()
    }
}

impl Neg for Tensor {
    type Output = Tensor;
    #[track_caller]
    fn neg(self) -> Tensor {
        self.negate()
    }
}

/// The minor-to-major layout attribute of a row-major array of rank `rank`:
/// `dense<[1, 0]> : tensor<2xindex>`.
fn row_major_layout(rank: usize) -> String {
    let dims: Vec<String> = (0..rank).rev().map(|d| d.to_string()).collect();
    let value = match rank {
        0 => String::new(),
        1 => "0".to_string(),
        _ => format!("[{}]", dims.join(", ")),
    };
    format!("dense<{value}> : tensor<{rank}xindex>")
}
