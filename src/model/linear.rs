//! The model's platform-dependent pieces, lowered as a `Backend` says: the linear projection
//! (f32/bf16 or INT8 weights) and attention over the KV cache. Model code builds a `Linear` and
//! calls `Backend::attend`; which ops or custom calls that becomes is decided here alone, from
//! the backend the engine chose for its platform (the engine also registers the kernels the
//! backend names before anything is compiled).

use crate::dtype::{DType, TensorType};
use crate::trace::{DotDims, Tensor};

/// How linear layers and attention are lowered on one platform.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Backend {
    /// Plain XLA ops: `convert(W) · x` then the scale (GPU and TPU compilers fuse the convert
    /// into the GEMM's operand load), attention as dots under a mask.
    Xla,
    /// As `Xla`, except that a one-row product with per-channel INT8 weights (decode at one
    /// sequence) is a multiply and a row reduction rather than a dot. On an H100 XLA made the dot a
    /// Triton GEMM fusion and the reduction a fused row reduction reading the INT8 weights
    /// once: Mistral-7B INT8 decode 190 → 206 tok/s (benchmarks/results/README.md).
    XlaRowReduce,
    /// Host kernels called as typed FFI custom calls: the INT8 matmul, where XLA CPU would
    /// otherwise widen the whole weight to f32 in memory on every call (10–40× slower on
    /// decode), the f32 decode matmul where it streams weights faster than XLA's dot, and
    /// attention (prefill and decode) over only the visible cache positions.
    Kernels(KernelTargets),
}

/// The custom-call targets of a `Backend::Kernels`, with the operands each takes. The names
/// come from whoever registers the kernels (the engine), so the model never names a kernel.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct KernelTargets {
    /// `(x [M, K] f32, w [N, K] i8, s [N] f32) -> [M, N] f32`.
    pub i8_matmul: &'static str,
    /// `(x [M, K] f32, w [N, K] i8, s [N, G] f32) -> [M, N] f32`, each scale for `K / G` inputs.
    pub i8_group_matmul: &'static str,
    /// `(x [M, K] f32, w [N, K] f32) -> [M, N] f32`, used for calls of at most
    /// `f32_matmul_rows` rows (decode); larger ones go to XLA's dot.
    pub f32_matmul: Option<&'static str>,
    pub f32_matmul_rows: i64,
    /// `(q [R, G, T, D] f32, k, v [S·KV, L, D] f32, start [B] i32, slots [B] i32, window i32)
    /// -> [R, G, T, D] f32`: each query against the cache positions it may see.
    pub cache_attention: &'static str,
}

impl Backend {
    /// A short name for reports.
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Xla => "xla",
            Backend::XlaRowReduce => "xla-row-reduce",
            Backend::Kernels(_) => "host-kernels",
        }
    }

    /// The activation dtype INT8 weights run with: f32 where our kernels compute in f32
    /// anyway, bf16 where XLA multiplies (INT8 then differs from bf16 only in its weights).
    pub fn int8_activations(&self) -> DType {
        match self {
            Backend::Kernels(_) => DType::F32,
            Backend::Xla | Backend::XlaRowReduce => DType::BF16,
        }
    }
}

/// A projection `y = x · Wᵀ` with `W` stored `[out, in]` as in the checkpoint. With `scale`,
/// `W` is INT8 and stands for `W · diag(scale)` (`scale [out]`, one per output channel) or for
/// `W` with each group of `g` inputs of a row times its scale (`scale [out, in / g]`);
/// `backend` says how that is computed. Model code only ever calls `forward`.
pub struct Linear {
    pub weight: Tensor,
    pub scale: Option<Tensor>,
    /// `[out]`, never quantized: in the activation dtype, added to the (dequantized) product.
    pub bias: Option<Tensor>,
    pub backend: Backend,
    /// `Some` when `weight` and `scale` hold every layer's matrix stacked by rows and this
    /// projection is one layer's.
    pub layer: Option<LayerOf>,
}

/// One layer of tensors stacked over layers by rows (`[L·rows, ...]`): a graph that loops over
/// the decoder's layers holds each weight once and multiplies by one layer's rows per iteration.
#[derive(Clone)]
pub struct LayerOf {
    /// i32 scalar: the layer.
    pub index: Tensor,
    /// How many layers are stacked.
    pub count: i64,
}

impl LayerOf {
    /// Layer `index`'s rows of `stacked` (`[count·rows, ...]` → `[rows, ...]`).
    pub fn rows(&self, stacked: &Tensor) -> Tensor {
        let mut sizes = stacked.dims().to_vec();
        sizes[0] /= self.count;
        let first = &self.index * (sizes[0] as f64);
        let zero = first.lit(0.0);
        let mut starts = vec![&first];
        starts.extend(std::iter::repeat_n(&zero, sizes.len() - 1));
        stacked.dynamic_slice(&starts, &sizes)
    }
}

impl Linear {
    /// `x · Wᵀ + b`.
    pub fn forward(&self, x: &Tensor) -> Tensor {
        let y = self.product(x);
        match &self.bias {
            Some(bias) => y + bias,
            None => y,
        }
    }

    /// Computed as `(W · xᵀ)ᵀ`: XLA CPU wants a dot's contracting dim innermost on the left and
    /// outermost on the right, so `x · Wᵀ` made it transpose (copy) every weight on every call,
    /// while this form transposes only the activations.
    fn product(&self, x: &Tensor) -> Tensor {
        let Some(layer) = &self.layer else {
            return self.product_of(x, &self.weight, self.scale.as_ref(), None);
        };
        match self.backend {
            // The kernels take the stacked weight and the layer index: nothing is copied.
            Backend::Kernels(_) => {
                self.product_of(x, &self.weight, self.scale.as_ref(), Some(layer))
            }
            // XLA's ops take this layer's rows, sliced out.
            Backend::Xla | Backend::XlaRowReduce => {
                let scale = self.scale.as_ref().map(|s| layer.rows(s));
                self.product_of(x, &layer.rows(&self.weight), scale.as_ref(), None)
            }
        }
    }

    /// The product with `weight` and `scale` (of one layer, or stacked with `layer` saying
    /// which, for the kernels).
    fn product_of(
        &self,
        x: &Tensor,
        weight: &Tensor,
        scale: Option<&Tensor>,
        layer: Option<&LayerOf>,
    ) -> Tensor {
        let dims = x.dims().to_vec();
        let layers = layer.map_or(1, |l| l.count);
        let (k, n) = (dims[dims.len() - 1], weight.dims()[0] / layers);
        let m: i64 = dims[..dims.len() - 1].iter().product();
        let mut out = dims;
        *out.last_mut().expect("rank >= 1") = n;
        let contract = DotDims {
            lhs_contract: vec![1],
            rhs_contract: vec![1],
            ..Default::default()
        };
        let rows = x.reshape(&[m, k]);
        let call = |target: &str, operands: &[&Tensor]| {
            let mut operands = operands.to_vec();
            operands.extend(layer.map(|l| &l.index));
            let y = x.graph().custom_call(
                target,
                &operands,
                vec![TensorType::new(DType::F32, &[m, n])],
            );
            y[0].reshape(&out).convert(x.dtype())
        };
        let Some(scale) = scale else {
            if let Backend::Kernels(t) = self.backend {
                if let Some(target) = t.f32_matmul {
                    if m <= t.f32_matmul_rows && weight.dtype() == DType::F32 {
                        return call(target, &[&rows.convert(DType::F32), weight]);
                    }
                }
            }
            let weight = match layer {
                Some(l) => &l.rows(weight),
                None => weight,
            };
            let y = weight.dot_general(&rows, &contract, None);
            return y.transpose(&[1, 0]).reshape(&out);
        };
        let grouped = scale.rank() == 2;
        match self.backend {
            Backend::Xla | Backend::XlaRowReduce if grouped => {
                // Scales cannot be pulled out of the dot: widen, scale per group, then multiply.
                let groups = scale.dims()[1];
                let w = weight.convert(x.dtype()).reshape(&[n, groups, k / groups]);
                let s = scale.convert(x.dtype()).reshape(&[n, groups, 1]);
                let y = (w * s).reshape(&[n, k]).dot_general(&rows, &contract, None);
                y.transpose(&[1, 0]).reshape(&out)
            }
            Backend::XlaRowReduce if m == 1 => {
                // One row: y[n] = Σ_k W[n,k]·x[k], as a multiply and a row reduction in f32.
                let w = weight.convert(DType::F32);
                let y = (w * rows.convert(DType::F32)).reduce_sum(&[1]);
                (y * scale.convert(DType::F32))
                    .reshape(&out)
                    .convert(x.dtype())
            }
            Backend::Xla | Backend::XlaRowReduce => {
                let w = weight.convert(x.dtype());
                let y = w.dot_general(&rows, &contract, None).transpose(&[1, 0]);
                (y * scale.convert(x.dtype())).reshape(&out)
            }
            Backend::Kernels(t) => {
                let target = if grouped {
                    t.i8_group_matmul
                } else {
                    t.i8_matmul
                };
                call(target, &[&rows.convert(DType::F32), weight, scale])
            }
        }
    }
}

/// Where the rows of an attention call live in the cache and what each may see.
pub struct CacheRows<'a> {
    /// Sequences in the call.
    pub batch: i64,
    pub kv_heads: i64,
    /// `[batch]` i32: each sequence's position of its first token.
    pub start: &'a Tensor,
    /// `None`: sequence `r` is cache slot `r`, for every slot. `Some(slots)`: `[batch]` i32,
    /// sequence `r` is in slot `slots[r]`.
    pub slots: Option<&'a Tensor>,
    pub sliding_window: Option<usize>,
    /// `[batch, 1, 1, tokens, max_seq]`: which cache positions each query may see.
    pub mask: &'a Tensor,
}

impl Backend {
    /// Attention of `q [batch·kv_heads, group·tokens, head_dim]` (query heads grouped under
    /// their shared KV head) over the cache `keys`, `values` (`[slots·kv_heads, max_seq,
    /// head_dim]`, this call's keys and values already written): `[batch·kv_heads,
    /// group·tokens, head_dim]`.
    pub fn attend(&self, q: &Tensor, keys: &Tensor, values: &Tensor, rows: &CacheRows) -> Tensor {
        let g = q.graph();
        let (b, nkv) = (rows.batch, rows.kv_heads);
        let (r, gt, d) = (q.dims()[0], q.dims()[1], q.dims()[2]);
        let t = rows.mask.dims()[3];
        let dtype = q.dtype();
        match self {
            Backend::Kernels(targets)
                if matches!(keys.dtype(), DType::F32 | DType::BF16 | DType::F16) =>
            {
                // XLA CPU would attend over all max_seq positions through packed GEMMs; the
                // kernel reads only the visible ones, under the same rule as the mask.
                let window = rows.sliding_window.map_or(0, |w| w.min(i32::MAX as usize));
                let window = g.scalar(window as f64, DType::I32);
                let slots = match rows.slots {
                    None => g.iota(TensorType::new(DType::I32, &[b]), 0),
                    Some(slots) => slots.clone(),
                };
                let q = q.convert(DType::F32).reshape(&[r, gt / t, t, d]);
                let out = g.custom_call(
                    targets.cache_attention,
                    &[&q, keys, values, rows.start, &slots, &window],
                    vec![TensorType::new(DType::F32, &[r, gt / t, t, d])],
                );
                out[0].reshape(&[r, gt, d]).convert(dtype)
            }
            _ => {
                let (keys, values) = match rows.slots {
                    None => (keys.clone(), values.clone()),
                    Some(slots) => {
                        // Each sequence's rows of the cache, gathered in call order.
                        let zero = g.scalar(0.0, DType::I32);
                        let s = keys.dims()[1];
                        let gather = |c: &Tensor| {
                            let parts: Vec<Tensor> = (0..b)
                                .map(|r| {
                                    let at =
                                        slots.slice_dim(0, r, r + 1).reshape(&[]) * (nkv as f64);
                                    c.dynamic_slice(&[&at, &zero, &zero], &[nkv, s, d])
                                })
                                .collect();
                            match &parts[..] {
                                [one] => one.clone(),
                                many => g.concatenate(&many.iter().collect::<Vec<_>>(), 0),
                            }
                        };
                        (gather(keys), gather(values))
                    }
                };
                // A cache narrower than the activations is widened to them here.
                let (keys, values) = (keys.convert(dtype), values.convert(dtype));
                masked_attention(q, &keys, &values, rows.mask, b)
            }
        }
    }
}

/// Attention as XLA ops: `q [b·kv, group·t, d]` against the whole cache under `mask`.
fn masked_attention(q: &Tensor, keys: &Tensor, values: &Tensor, mask: &Tensor, b: i64) -> Tensor {
    let (rows, gt, s, d) = (q.dims()[0], q.dims()[1], keys.dims()[1], q.dims()[2]);
    let nkv = rows / b;
    let t = mask.dims()[3];
    let group = gt / t;
    let batch = DotDims {
        lhs_batch: vec![0],
        rhs_batch: vec![0],
        lhs_contract: vec![2],
        rhs_contract: vec![2],
    };
    let scores = q.dot_general(keys, &batch, Some(DType::F32)) * (1.0 / (d as f64).sqrt());
    let scores = scores.reshape(&[b, nkv, group, t, s]);
    let masked = Tensor::select(mask, &scores, &scores.lit(f64::NEG_INFINITY));
    let probs = masked
        .softmax_last()
        .convert(q.dtype())
        .reshape(&[rows, group * t, s]);
    let mix = DotDims {
        lhs_batch: vec![0],
        rhs_batch: vec![0],
        lhs_contract: vec![2],
        rhs_contract: vec![1],
    };
    probs.dot_general(values, &mix, None)
}
