//! The Mistral / Llama / Qwen2 decoder, written once in tracer ops and traced for prefill and
//! decode.
//!
//! Reads like the paper: `h = x + attn(rms_norm(x))`, `out = h + mlp(rms_norm(h))`, with RoPE
//! (rotate-half form, as Hugging Face checkpoints expect), grouped-query attention, a causal
//! and sliding-window mask, and a SwiGLU MLP. Qwen2 is the same decoder with q/k/v biases
//! (`Config::qkv_bias`).
//!
//! Layers: traced one after another, or once as the body of a loop over the layer index
//! (`Layers`), where the backend's kernels read stacked weights in place (the CPU): a graph one
//! layer long loads in a fraction of the time and memory.
//!
//! KV cache: keys and values, donated in and returned updated. Unrolled, one `[batch·kv_heads,
//! max_seq, head_dim]` buffer per layer each: each feeds only its update and one dot, the shape
//! under which XLA updates a donated buffer in place (one buffer for all layers, sliced per
//! layer for the dots, made XLA copy the whole cache twice per layer). Looped, one buffer each
//! with every layer's rows, written by one scatter per iteration and read in place by the
//! attention kernel, so nothing is sliced out of it. The sliding window is a mask over
//! this full-length cache, not a ring buffer: positions farther back than the window stay in the
//! cache but are masked out, in prefill and decode alike. How attention and the projections are
//! computed is the backend's choice (`model::linear`); a backend that reads only the visible
//! positions applies the same rule as the mask.
//!
//! Batching: the cache holds `slots` sequences, each in its own rows and each starting at cache
//! index 0, so a sequence's cache index is its position. A call carries, per row, the position
//! of its first token (`Step::start`), and either covers every slot (decode: one token each) or
//! one slot (a prompt chunk). Each sequence thus advances on its own: one joins or leaves the
//! batch between calls without touching the others.

use crate::dtype::{DType, TensorType};
use crate::model::config::Config;
use crate::model::linear::{Backend, CacheRows, LayerOf, Linear};
use crate::model::quant::{scale_dims, scale_name, WeightFormat};
use crate::program::Sharding;
use crate::trace::{Graph, ScatterDims, Tensor};

/// Static shapes of one traced executable.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Shapes {
    pub batch: i64,
    /// Tokens per call: the prompt bucket in prefill, 1 in decode.
    pub tokens: i64,
    /// Cache length in positions.
    pub max_seq: i64,
}

/// The token embedding table `[vocab, hidden]`; with `scale`, INT8 rows with one scale each
/// (`[vocab]`) or one per group of `g` columns (`[vocab, hidden / g]`).
pub struct Embedding {
    pub weight: Tensor,
    pub scale: Option<Tensor>,
    /// The activation dtype rows come out in.
    pub dtype: DType,
}

impl Embedding {
    /// Rows for `ids`, dequantized after the gather (only the few rows picked).
    pub fn forward(&self, ids: &Tensor) -> Tensor {
        let rows = self.weight.take_rows(ids);
        match &self.scale {
            None => rows,
            Some(scale) => {
                let groups = scale.dims().get(1).copied().unwrap_or(1);
                let hidden = self.weight.dims()[1];
                let mut split = ids.dims().to_vec();
                split.extend([groups, hidden / groups]);
                let mut kept = split.clone();
                *kept.last_mut().expect("rank >= 2") = 1;
                let s = scale.take_rows(ids).reshape(&kept).convert(self.dtype);
                let rows = rows.convert(self.dtype).reshape(&split) * s;
                rows.reshape(&[ids.dims(), &[hidden]].concat())
            }
        }
    }

    /// The table as the output projection of a tied head.
    pub fn as_linear(&self, backend: Backend) -> Linear {
        Linear {
            weight: self.weight.clone(),
            scale: self.scale.clone(),
            bias: None,
            backend,
            layer: None,
        }
    }
}

pub struct RmsNorm {
    pub weight: Tensor,
    pub eps: f64,
}

impl RmsNorm {
    /// `x / sqrt(mean(x²) + eps) · w`, computed in f32 whatever the activation dtype.
    pub fn forward(&self, x: &Tensor) -> Tensor {
        let dtype = x.dtype();
        let x = x.convert(DType::F32);
        let last = x.rank() as i64 - 1;
        let n = x.dims()[last as usize] as f64;
        let mean_sq = (&x * &x).reduce_sum(&[last]) / n;
        let inv = (mean_sq + self.eps).rsqrt();
        let mut kept = x.dims().to_vec();
        kept[last as usize] = 1;
        let normed = (&x * inv.reshape(&kept)).convert(dtype);
        normed * &self.weight
    }
}

pub struct Attention {
    /// `q_proj`, `k_proj` and `v_proj` stacked by rows: one matmul instead of three (their
    /// biases too, when the model has them).
    pub qkv_proj: Linear,
    pub o_proj: Linear,
    /// How attention over the cache is lowered.
    pub backend: Backend,
    /// Devices the heads are split over (`TP_AXIS`): `qkv_proj`'s rows are laid out as that
    /// many blocks `[q_d | k_d | v_d]`, one per device (`fused_blocks`).
    pub parts: i64,
}

pub struct Mlp {
    /// `gate_proj` and `up_proj` stacked by rows, as `parts` blocks `[gate_d | up_d]`.
    pub gate_up_proj: Linear,
    pub down_proj: Linear,
    pub parts: i64,
}

/// The mesh axis tensor parallelism splits heads and the feed-forward width over.
pub const TP_AXIS: &str = "tp";

/// The row order of a fused weight (or bias) laid out for `parts` devices: the pieces
/// (`q, k, v` or `gate, up`, of `rows` rows each) cut into `parts` equal runs, and device `d`'s
/// runs of every piece placed together, so a contiguous split by rows gives each device its
/// own heads (a plain split would hand device 0 mostly query rows). Each entry is a row of the
/// checkpoint's concatenation.
pub fn fused_blocks(rows: &[usize], parts: usize) -> Vec<usize> {
    let mut order = Vec::with_capacity(rows.iter().sum());
    for d in 0..parts {
        let mut first = 0;
        for &n in rows {
            let run = n / parts;
            order.extend(first + d * run..first + (d + 1) * run);
            first += n;
        }
    }
    order
}

/// How tensor parallelism lays weight `name` (of rank `rank`) over the devices (Megatron):
/// q/k/v and gate/up split by output rows (heads, feed-forward columns), o and down by input
/// columns, so each device's attention and MLP run on its own heads and the devices add their
/// partial outputs once after o and once after down; embeddings, norms and the head replicated.
pub fn weight_sharding(name: &str, rank: usize) -> Sharding {
    let Some((stem, _)) = name.rsplit_once('.') else {
        return Sharding::Replicated;
    };
    if stem.ends_with(".qkv_proj") || stem.ends_with(".gate_up_proj") {
        Split::Output.of(rank)
    } else if stem.ends_with(".o_proj") || stem.ends_with(".down_proj") {
        Split::Input.of(rank)
    } else {
        Sharding::Replicated
    }
}

/// Which side of a projection tensor parallelism splits.
#[derive(Copy, Clone)]
enum Split {
    /// Output rows: each device computes its own outputs (heads, feed-forward columns).
    Output,
    /// Input columns: each device computes a partial sum of every output.
    Input,
}

impl Split {
    /// How a projection's tensor of rank `rank` lies over the devices: a weight `[out, in]`
    /// and its group scales `[out, groups]` split on their side, a bias and per-row scales
    /// `[out]` split with the rows or, for a split by input, whole on every device.
    fn of(self, rank: usize) -> Sharding {
        match self {
            Split::Output => Sharding::split(0, TP_AXIS),
            Split::Input if rank == 2 => Sharding::split(1, TP_AXIS),
            Split::Input => Sharding::Replicated,
        }
    }
}

impl Linear {
    /// Its tensors (weight, scale, bias) with how each lies when split by `split`: what a
    /// manual region takes for this projection.
    fn shares(&self, split: Split) -> Vec<(&Tensor, Sharding)> {
        if let (Split::Input, Some(bias)) = (split, &self.bias) {
            // Every device would add it to its partial sum.
            bias.graph()
                .fail("a projection split by input columns has no bias to add".to_string());
        }
        let tensors = [Some(&self.weight), self.scale.as_ref(), self.bias.as_ref()];
        tensors
            .into_iter()
            .flatten()
            .map(|t| (t, split.of(t.rank())))
            .collect()
    }

    /// The same projection over the local pieces a manual region hands back for `shares`.
    fn local(&self, pieces: &mut impl Iterator<Item = Tensor>) -> Linear {
        let mut next = || pieces.next().expect("a piece per share");
        Linear {
            weight: next(),
            scale: self.scale.as_ref().map(|_| next()),
            bias: self.bias.as_ref().map(|_| next()),
            backend: self.backend,
            layer: None,
        }
    }
}

/// A block's output on each device (`[tokens..., hidden]`, a partial sum), stacked over the
/// devices as a manual region returns it: `[1, ...]` locally.
fn stacked(partial: &Tensor) -> Tensor {
    let mut dims = vec![1];
    dims.extend_from_slice(partial.dims());
    partial.reshape(&dims)
}

/// The devices' partial outputs `[devices, ...]` (split by `Sharding::split(0, TP_AXIS)`)
/// added up: XLA's partitioner makes this sum over a split dimension its all-reduce.
fn summed(partials: &Tensor) -> Tensor {
    partials.reduce_sum(&[0])
}

/// The model as one device of `parts` computes it: its share of the heads and of the
/// feed-forward width.
fn per_device(cfg: &Config, parts: i64) -> Config {
    let parts = parts as usize;
    Config {
        num_attention_heads: cfg.num_attention_heads / parts,
        num_key_value_heads: cfg.num_key_value_heads / parts,
        intermediate_size: cfg.intermediate_size / parts,
        ..cfg.clone()
    }
}

impl Mlp {
    /// SwiGLU: `down(silu(gate(x)) · up(x))`. Over `parts` devices each computes it on its
    /// share of the feed-forward width (a manual region: our kernels see local shapes) and the
    /// partial outputs are added.
    pub fn forward(&self, x: &Tensor) -> Tensor {
        if self.parts == 1 {
            return self.on_device(x);
        }
        let mut inputs = vec![(x, Sharding::Replicated)];
        inputs.extend(self.gate_up_proj.shares(Split::Output));
        inputs.extend(self.down_proj.shares(Split::Input));
        let partials = x
            .graph()
            .manual(&inputs, &[Sharding::split(0, TP_AXIS)], |pieces| {
                let mut pieces = pieces.iter().cloned();
                let x = pieces.next().expect("x");
                let local = Mlp {
                    gate_up_proj: self.gate_up_proj.local(&mut pieces),
                    down_proj: self.down_proj.local(&mut pieces),
                    parts: 1,
                };
                vec![stacked(&local.on_device(&x))]
            });
        summed(&partials[0])
    }

    fn on_device(&self, x: &Tensor) -> Tensor {
        let gate_up = self.gate_up_proj.forward(x);
        let last = gate_up.rank() - 1;
        let ffn = gate_up.dims()[last] / 2;
        let (gate, up) = (
            gate_up.slice_dim(last, 0, ffn),
            gate_up.slice_dim(last, ffn, 2 * ffn),
        );
        let silu = &gate * gate.logistic();
        self.down_proj.forward(&(silu * up))
    }
}

pub struct DecoderLayer {
    pub input_layernorm: RmsNorm,
    pub self_attn: Attention,
    pub post_attention_layernorm: RmsNorm,
    pub mlp: Mlp,
}

impl DecoderLayer {
    /// Layer `layer` of a layer whose tensors hold every layer's stacked by rows: the norms and
    /// biases sliced out (small), the projections told which rows are theirs.
    fn of(&self, layer: &LayerOf) -> DecoderLayer {
        let norm = |n: &RmsNorm| RmsNorm {
            weight: layer.rows(&n.weight),
            eps: n.eps,
        };
        let linear = |l: &Linear| Linear {
            weight: l.weight.clone(),
            scale: l.scale.clone(),
            bias: l.bias.as_ref().map(|b| layer.rows(b)),
            backend: l.backend,
            layer: Some(layer.clone()),
        };
        DecoderLayer {
            input_layernorm: norm(&self.input_layernorm),
            self_attn: Attention {
                qkv_proj: linear(&self.self_attn.qkv_proj),
                o_proj: linear(&self.self_attn.o_proj),
                backend: self.self_attn.backend,
                parts: self.self_attn.parts,
            },
            post_attention_layernorm: norm(&self.post_attention_layernorm),
            mlp: Mlp {
                gate_up_proj: linear(&self.mlp.gate_up_proj),
                down_proj: linear(&self.mlp.down_proj),
                parts: self.mlp.parts,
            },
        }
    }

    /// `h = x + attn(rms_norm(x))`, `out = h + mlp(rms_norm(h))`, with this layer's keys and
    /// values (`cache`) written: `(out, keys, values)`.
    fn forward(
        &self,
        x: &Tensor,
        cache: LayerCache<'_>,
        cfg: &Config,
        ctx: &Context,
    ) -> [Tensor; 3] {
        let [attn, keys, values] =
            self.self_attn
                .forward(&self.input_layernorm.forward(x), cache, cfg, ctx);
        let h = x + attn;
        let out = &h + self.mlp.forward(&self.post_attention_layernorm.forward(&h));
        [out, keys, values]
    }
}

/// One layer's view of the KV cache.
struct LayerCache<'a> {
    keys: &'a Tensor,
    values: &'a Tensor,
    /// i32 scalar: where this layer's slots start in buffers stacked over layers (`None`: the
    /// buffers are this layer's alone).
    first_slot: Option<Tensor>,
}

/// What every layer of one call shares: the call's inputs, RoPE tables and mask.
struct Context<'a> {
    step: &'a Step,
    rope: (Tensor, Tensor),
    mask: Tensor,
}

/// The decoder's layers as a traced graph holds them.
pub enum Layers {
    /// Traced one after another, each with its own weights and cache buffers.
    Unrolled(Vec<DecoderLayer>),
    /// Traced once, as the body of a `stablehlo.while` over the layer index. Every weight is
    /// all layers' stacked by rows and the cache is one buffer each for keys and values, all
    /// layers' rows stacked (`KvCache`). XLA CPU keeps each loaded executable's HLO in memory
    /// (~25 MiB and ~180 ms to load for a 30-layer SmolLM2 step unrolled), so a graph one
    /// layer long is what makes dozens of serve executables and a warm start cheap.
    Looped {
        stacked: Box<DecoderLayer>,
        count: i64,
    },
}

impl Layers {
    /// Whether a graph for weights in `format` loops over its layers: where our kernels read
    /// the stacked weights and cache in place. XLA's own ops would copy out each layer's slice,
    /// so the XLA backends (GPU, TPU) trace the layers one by one; so does a model split over
    /// devices, whose split by rows would cut a stacked weight across layers.
    pub fn looped(format: &WeightFormat) -> bool {
        format.devices == 1 && matches!(format.backend, Backend::Kernels(_))
    }
}

pub struct Model {
    pub embed_tokens: Embedding,
    pub layers: Layers,
    pub norm: RmsNorm,
    /// `None` when the head is tied to the embedding.
    pub lm_head: Option<Linear>,
    /// How a tied head lowers its (possibly INT8) projection.
    pub backend: Backend,
}

/// The checkpoint tensors a traced weight concatenates by rows, in order: every layer's, for a
/// weight of looped layers (`model.layers.<name>`, `Layers::Looped`), each of them (or the
/// weight itself) as `stacked_sources` says. `None` when the weight is one checkpoint tensor.
pub fn checkpoint_sources(cfg: &Config, name: &str) -> Option<Vec<String>> {
    let one = |name: String| stacked_sources(&name).unwrap_or_else(|| vec![name]);
    match name.strip_prefix("model.layers.") {
        Some(rest) if !rest.starts_with(|c: char| c.is_ascii_digit()) => Some(
            (0..cfg.num_hidden_layers)
                .flat_map(|i| one(format!("model.layers.{i}.{rest}")))
                .collect(),
        ),
        _ => stacked_sources(name),
    }
}

/// The checkpoint tensors a traced weight stacks by rows: q/k/v and gate/up become one
/// projection each (fewer, larger matmuls per layer), so their names are not the checkpoint's.
pub fn stacked_sources(name: &str) -> Option<Vec<String>> {
    let (stem, kind) = name.rsplit_once('.')?;
    let parts = |prefix: &str, names: &[&str]| {
        Some(
            names
                .iter()
                .map(|n| format!("{prefix}.{n}.{kind}"))
                .collect(),
        )
    };
    if let Some(prefix) = stem.strip_suffix(".qkv_proj") {
        return parts(prefix, &["q_proj", "k_proj", "v_proj"]);
    }
    if let Some(prefix) = stem.strip_suffix(".gate_up_proj") {
        return parts(prefix, &["gate_proj", "up_proj"]);
    }
    None
}

/// Names and shapes of every weight, in the order they are traced as parameters (and uploaded).
/// Under INT8 every matrix is I8 and followed by its f32 `<name>_scale`, `[rows]` or
/// `[rows, groups]` (`quant::scale_dims`). A bias follows its matrix (and scale), unquantized
/// like the norm weights. Looped layers (`Layers::looped`) have one weight of each kind,
/// `model.layers.<name>`, every layer's rows stacked.
pub fn weight_specs(cfg: &Config, format: &WeightFormat) -> Vec<(String, TensorType)> {
    let (h, hd) = (cfg.hidden_size as i64, cfg.head_dim as i64);
    let (q, kv, ffn) = (
        cfg.num_attention_heads as i64 * hd,
        cfg.num_key_value_heads as i64 * hd,
        cfg.intermediate_size as i64,
    );
    let looped = Layers::looped(format);
    let stack = if looped {
        cfg.num_hidden_layers as i64
    } else {
        1
    };
    let vector = |name: String, layers: i64| (name, TensorType::new(format.dtype, &[layers * h]));
    let mut specs = Vec::new();
    let matrix = |specs: &mut Vec<(String, TensorType)>, name: String, rows: i64, cols: i64| {
        if format.quant.is_int8() {
            let scales = scale_dims(format.quant, rows, cols);
            specs.push((name.clone(), TensorType::new(DType::I8, &[rows, cols])));
            specs.push((scale_name(&name), TensorType::new(DType::F32, &scales)));
        } else {
            specs.push((name, TensorType::new(format.dtype, &[rows, cols])));
        }
    };
    let vocab = cfg.vocab_size as i64;
    matrix(&mut specs, "model.embed_tokens.weight".into(), vocab, h);
    let prefixes: Vec<String> = if looped {
        vec!["model.layers".into()]
    } else {
        (0..cfg.num_hidden_layers)
            .map(|i| format!("model.layers.{i}"))
            .collect()
    };
    for p in prefixes {
        specs.push(vector(format!("{p}.input_layernorm.weight"), stack));
        matrix(
            &mut specs,
            format!("{p}.self_attn.qkv_proj.weight"),
            stack * (q + 2 * kv),
            h,
        );
        if cfg.qkv_bias {
            let bias = TensorType::new(format.dtype, &[stack * (q + 2 * kv)]);
            specs.push((format!("{p}.self_attn.qkv_proj.bias"), bias));
        }
        matrix(
            &mut specs,
            format!("{p}.self_attn.o_proj.weight"),
            stack * h,
            q,
        );
        specs.push(vector(
            format!("{p}.post_attention_layernorm.weight"),
            stack,
        ));
        matrix(
            &mut specs,
            format!("{p}.mlp.gate_up_proj.weight"),
            stack * 2 * ffn,
            h,
        );
        matrix(
            &mut specs,
            format!("{p}.mlp.down_proj.weight"),
            stack * h,
            ffn,
        );
    }
    specs.push(vector("model.norm.weight".into(), 1));
    if !cfg.tie_word_embeddings {
        matrix(&mut specs, "lm_head.weight".into(), vocab, h);
    }
    specs
}

impl Model {
    /// Declares every weight as a graph parameter, in `weight_specs` order; on a graph over a
    /// mesh, laid over its devices as `weight_sharding` says.
    pub fn params(g: &Graph, cfg: &Config, format: &WeightFormat) -> Model {
        let mut specs = weight_specs(cfg, format).into_iter();
        let mesh = g.mesh();
        let parts = format.devices;
        let mut next = || {
            let (name, ty) = specs.next().expect("weight_specs lists every weight");
            match &mesh {
                None => g.param(&name, ty),
                Some(_) => {
                    let sharding = weight_sharding(&name, ty.dims.len());
                    g.param_sharded(&name, ty, sharding)
                }
            }
        };
        let quantized = format.quant.is_int8();
        let backend = format.backend;
        let linear_with_bias = |next: &mut dyn FnMut() -> Tensor, biased: bool| {
            let weight = next();
            let scale = quantized.then(&mut *next);
            let bias = biased.then(&mut *next);
            Linear {
                weight,
                scale,
                bias,
                backend,
                layer: None,
            }
        };
        let linear = |next: &mut dyn FnMut() -> Tensor| linear_with_bias(next, false);
        let eps = cfg.rms_norm_eps;
        let embed = linear(&mut next);
        let embed_tokens = Embedding {
            weight: embed.weight,
            scale: embed.scale,
            dtype: format.dtype,
        };
        let looped = Layers::looped(format);
        let traced = if looped { 1 } else { cfg.num_hidden_layers };
        let mut layers = Vec::with_capacity(traced);
        for _ in 0..traced {
            let input_layernorm = RmsNorm {
                weight: next(),
                eps,
            };
            let self_attn = Attention {
                qkv_proj: linear_with_bias(&mut next, cfg.qkv_bias),
                o_proj: linear(&mut next),
                backend,
                parts,
            };
            let post_attention_layernorm = RmsNorm {
                weight: next(),
                eps,
            };
            let mlp = Mlp {
                gate_up_proj: linear(&mut next),
                down_proj: linear(&mut next),
                parts,
            };
            layers.push(DecoderLayer {
                input_layernorm,
                self_attn,
                post_attention_layernorm,
                mlp,
            });
        }
        let norm = RmsNorm {
            weight: next(),
            eps,
        };
        let lm_head = (!cfg.tie_word_embeddings).then(|| linear(&mut next));
        let layers = match layers.pop() {
            Some(stacked) if looped => Layers::Looped {
                stacked: Box::new(stacked),
                count: cfg.num_hidden_layers as i64,
            },
            last => Layers::Unrolled(layers.into_iter().chain(last).collect()),
        };
        Model {
            embed_tokens,
            layers,
            norm,
            lm_head,
            backend,
        }
    }
}

/// Runtime inputs of one forward call besides weights and cache.
pub struct Step {
    /// `[rows, tokens]` i32 token ids.
    pub tokens: Tensor,
    /// `[rows]` i32: the position, which is also the cache index, of each row's first token.
    pub start: Tensor,
    /// The cache slots the rows read and write.
    pub slots: Slots,
}

/// Which cache slots a call's rows are.
pub enum Slots {
    /// Row `r` is slot `r`, for every slot of the cache.
    All,
    /// Row `r` is the slot `slots[r]` names: `[rows]` i32, distinct slots (a decode over the
    /// active sequences only, or one prompt chunk).
    Rows(Tensor),
}

impl Slots {
    /// Each of `rows` rows' slot: `[rows]` i32.
    fn indices(&self, g: &Graph, rows: i64) -> Tensor {
        match self {
            Slots::All => g.iota(TensorType::new(DType::I32, &[rows]), 0),
            Slots::Rows(slots) => slots.clone(),
        }
    }
}

/// The KV cache: per layer, keys and values, each `[slots·kv_heads, max_seq, head_dim]`
/// (`KvCache::ty`). Traced as tensors, held by the engine as device buffers.
pub struct KvCache<T> {
    pub k: Vec<T>,
    pub v: Vec<T>,
}

impl<T> KvCache<T> {
    /// The cache as a program's arguments and outputs list it: every layer's keys, then every
    /// layer's values. The one place that order is written.
    pub fn flat(&self) -> Vec<&T> {
        self.k.iter().chain(&self.v).collect()
    }

    /// As `flat`, by value.
    pub fn into_flat(self) -> Vec<T> {
        self.k.into_iter().chain(self.v).collect()
    }

    /// The inverse of `into_flat`: `None` unless `items` holds exactly `2 · layers`.
    pub fn from_flat(items: Vec<T>, layers: usize) -> Option<KvCache<T>> {
        if items.len() != 2 * layers {
            return None;
        }
        let mut k = items;
        let v = k.split_off(layers);
        Some(KvCache { k, v })
    }
}

impl KvCache<Tensor> {
    /// Buffers each of keys and values takes: one per layer, or one for all of them when the
    /// layers are looped (`Layers::looped`).
    pub fn buffers(cfg: &Config, looped: bool) -> usize {
        if looped {
            1
        } else {
            cfg.num_hidden_layers
        }
    }

    /// One buffer of keys (or values): `[slots·kv_heads, max_seq, head_dim]` for one layer, or
    /// every layer's stacked, `[layers·slots·kv_heads, max_seq, head_dim]`, when looped.
    pub fn ty(cfg: &Config, s: &Shapes, dtype: DType, looped: bool) -> TensorType {
        let layers = (cfg.num_hidden_layers / Self::buffers(cfg, looped)) as i64;
        let rows = layers * s.batch * cfg.num_key_value_heads as i64;
        TensorType::new(dtype, &[rows, s.max_seq, cfg.head_dim as i64])
    }

    /// Declares the cache as parameters, in `flat` order.
    pub fn params(
        g: &Graph,
        cfg: &Config,
        s: &Shapes,
        dtype: DType,
        looped: bool,
    ) -> KvCache<Tensor> {
        let ty = Self::ty(cfg, s, dtype, looped);
        let name = |kind: &str, i: usize| match looped {
            true => format!("{kind}_cache"),
            false => format!("{kind}_cache.{i}"),
        };
        let param = |name: String| match g.mesh() {
            None => g.param(&name, ty.clone()),
            Some(_) => g.param_sharded(&name, ty.clone(), Self::sharding()),
        };
        let buffers = 0..Self::buffers(cfg, looped);
        KvCache {
            k: buffers.clone().map(|i| param(name("k", i))).collect(),
            v: buffers.map(|i| param(name("v", i))).collect(),
        }
    }

    /// How a cache buffer lies over tensor-parallel devices: by rows. Only the devices read
    /// and write it, each in its own piece from inside the attention's manual region, so its
    /// rows are device-major: device `d`'s piece is the one-device layout of its KV heads,
    /// `[slots·(kv_heads / devices), max_seq, head_dim]`, and each device attends with the
    /// heads whose keys and values it holds.
    pub fn sharding() -> Sharding {
        Sharding::split(0, TP_AXIS)
    }
}

/// RoPE tables for `positions [batch, tokens]` (f32): cos and sin, `[batch, tokens, head_dim]`.
fn rope_tables(positions: &Tensor, head_dim: usize, theta: f64) -> (Tensor, Tensor) {
    let g = positions.graph();
    let half = head_dim / 2;
    // Computed as Hugging Face does, in f32: 1 / theta^(2i/d).
    let inv_freq: Vec<f32> = (0..half)
        .map(|i| 1.0 / (theta as f32).powf((2 * i) as f32 / head_dim as f32))
        .collect();
    let (b, t) = (positions.dims()[0], positions.dims()[1]);
    let inv = g.constant_f32(&inv_freq, &[half as i64]);
    let freqs = positions.reshape(&[b, t, 1]) * inv.reshape(&[1, 1, half as i64]);
    let emb = g.concatenate(&[&freqs, &freqs], 2);
    (emb.cos(), emb.sin())
}

/// `x·cos + rotate_half(x)·sin` on `[batch, heads, tokens, head_dim]`.
fn apply_rope(x: &Tensor, cos: &Tensor, sin: &Tensor) -> Tensor {
    let d = x.dims()[3];
    let x1 = x.slice_dim(3, 0, d / 2);
    let x2 = x.slice_dim(3, d / 2, d);
    let g = x.graph();
    let rotated = g.concatenate(&[&-x2, &x1], 3);
    let (b, t) = (cos.dims()[0], cos.dims()[1]);
    let cos = cos.reshape(&[b, 1, t, d]).convert(x.dtype());
    let sin = sin.reshape(&[b, 1, t, d]).convert(x.dtype());
    x * cos + rotated * sin
}

impl Attention {
    /// The attention output, and the cache buffers with this call's keys and values written.
    /// Over `parts` devices each attends with its share of the heads over its share of the
    /// cache (a manual region: our kernels see local shapes, and the cache's rows are each
    /// device's slots of its KV heads, `KvCache::sharding`), and the partial outputs of o are
    /// added.
    fn forward(
        &self,
        x: &Tensor,
        cache: LayerCache<'_>,
        cfg: &Config,
        ctx: &Context,
    ) -> [Tensor; 3] {
        if self.parts == 1 {
            return self.on_device(x, cache, cfg, ctx);
        }
        let g = x.graph();
        if cache.first_slot.is_some() {
            g.fail("layers split over devices are unrolled, not looped".to_string());
        }
        let whole = Sharding::Replicated;
        let mut inputs = vec![(x, whole.clone())];
        inputs.extend(self.qkv_proj.shares(Split::Output));
        inputs.extend(self.o_proj.shares(Split::Input));
        inputs.extend([
            (cache.keys, KvCache::sharding()),
            (cache.values, KvCache::sharding()),
        ]);
        let step = ctx.step;
        inputs.extend(
            [
                &ctx.rope.0,
                &ctx.rope.1,
                &ctx.mask,
                &step.tokens,
                &step.start,
            ]
            .map(|t| (t, whole.clone())),
        );
        if let Slots::Rows(slots) = &step.slots {
            inputs.push((slots, whole.clone()));
        }
        let outputs = [
            Sharding::split(0, TP_AXIS),
            KvCache::sharding(),
            KvCache::sharding(),
        ];
        let local_cfg = per_device(cfg, self.parts);
        let out = g.manual(&inputs, &outputs, |pieces| {
            let mut pieces = pieces.iter().cloned();
            let x = pieces.next().expect("x");
            let local = Attention {
                qkv_proj: self.qkv_proj.local(&mut pieces),
                o_proj: self.o_proj.local(&mut pieces),
                backend: self.backend,
                parts: 1,
            };
            let mut next = || pieces.next().expect("a piece per input");
            let (keys, values) = (next(), next());
            let (cos, sin, mask) = (next(), next(), next());
            let local_step = Step {
                tokens: next(),
                start: next(),
                slots: match step.slots {
                    Slots::All => Slots::All,
                    Slots::Rows(_) => Slots::Rows(next()),
                },
            };
            let local_ctx = Context {
                step: &local_step,
                rope: (cos, sin),
                mask,
            };
            let view = LayerCache {
                keys: &keys,
                values: &values,
                first_slot: None,
            };
            let [out, keys, values] = local.on_device(&x, view, &local_cfg, &local_ctx);
            vec![stacked(&out), keys, values]
        });
        let [out, keys, values] = <[Tensor; 3]>::try_from(out).expect("three outputs");
        [summed(&out), keys, values]
    }

    fn on_device(
        &self,
        x: &Tensor,
        cache: LayerCache<'_>,
        cfg: &Config,
        ctx: &Context,
    ) -> [Tensor; 3] {
        let (step, rope, mask) = (ctx.step, &ctx.rope, &ctx.mask);
        let start = &step.start;
        let g = x.graph();
        let (b, t) = (x.dims()[0], x.dims()[1]);
        let (nh, nkv, d) = (
            cfg.num_attention_heads as i64,
            cfg.num_key_value_heads as i64,
            cfg.head_dim as i64,
        );
        let group = nh / nkv;
        let heads = |y: Tensor, n: i64| y.reshape(&[b, t, n, d]).transpose(&[0, 2, 1, 3]);
        let qkv = self.qkv_proj.forward(x);
        let (qd, kvd) = (nh * d, nkv * d);
        let piece = |from, to| qkv.slice_dim(2, from, to);
        let q = apply_rope(&heads(piece(0, qd), nh), &rope.0, &rope.1);
        let k = apply_rope(&heads(piece(qd, qd + kvd), nkv), &rope.0, &rope.1);
        let v = heads(piece(qd + kvd, qd + 2 * kvd), nkv);

        // Write each row's keys and values at its positions start..start+t, in its slot's
        // rows, then attend over the slot's whole cache; the mask hides what is not yet (or no
        // longer) visible. One scatter per buffer, at `[slot·kv_heads + head, start]` for each
        // row and KV head, updates the donated cache in place whatever the row count.
        let rows = b * nkv;
        // Each row's slot, counted from the first slot of this layer's buffers.
        let slots = match (&step.slots, &cache.first_slot) {
            (Slots::All, None) => None,
            (_, None) => Some(step.slots.indices(g, b)),
            (_, Some(first)) => Some(step.slots.indices(g, b) + first),
        };
        let slot_of_row = slots.clone().unwrap_or_else(|| step.slots.indices(g, b));
        // Stored in the cache's dtype (which may be narrower than the activations').
        let kv_dtype = cache.keys.dtype();
        let cache_row = (slot_of_row * (nkv as f64)).reshape(&[b, 1])
            + g.iota(TensorType::new(DType::I32, &[1, nkv]), 1);
        let position = start.reshape(&[b, 1]).broadcast_to(&[b, nkv]);
        let at = g.concatenate(
            &[
                &cache_row.reshape(&[rows, 1]),
                &position.reshape(&[rows, 1]),
            ],
            1,
        );
        let windows = ScatterDims {
            update_window_dims: vec![1, 2],
            inserted_window_dims: vec![0],
            scatter_dims_to_operand_dims: vec![0, 1],
            index_vector_dim: 1,
        };
        let (k, v) = (
            k.reshape(&[rows, t, d]).convert(kv_dtype),
            v.reshape(&[rows, t, d]).convert(kv_dtype),
        );
        let keys = g.scatter(cache.keys, &at, &k, &windows);
        let values = g.scatter(cache.values, &at, &v, &windows);

        // Query heads grouped under their shared KV head: [b·kv, group·t, d].
        let q = q
            .reshape(&[b, nkv, group, t, d])
            .reshape(&[rows, group * t, d]);
        let rows = CacheRows {
            batch: b,
            kv_heads: nkv,
            start,
            slots: slots.as_ref(),
            sliding_window: cfg.sliding_window,
            mask,
        };
        let out = self.backend.attend(&q, &keys, &values, &rows);
        let out = out
            .reshape(&[b, nkv, group, t, d])
            .transpose(&[0, 3, 1, 2, 4])
            .reshape(&[b, t, nh * d]);
        [self.o_proj.forward(&out), keys, values]
    }
}

/// Which cache slots each query may see: `[rows, 1, 1, tokens, max_seq]` predicate.
/// Visible: not in the future and (with a sliding window) fewer than `window` positions back,
/// the same rule as Hugging Face's `q - k < window`.
fn attention_mask(g: &Graph, step: &Step, cfg: &Config, max_seq: i64) -> Tensor {
    let (b, t) = (step.tokens.dims()[0], step.tokens.dims()[1]);
    let shape = TensorType::new(DType::I32, &[b, t, max_seq]);
    let q_index = g.iota(shape.clone(), 1) + step.start.reshape(&[b, 1, 1]);
    let k_index = g.iota(shape, 2);
    let mut visible = k_index.le(&q_index);
    if let Some(w) = cfg.sliding_window {
        let back = &q_index - &k_index;
        visible = visible.and(&back.lt(&back.lit(w as f64)));
    }
    visible.reshape(&[b, 1, 1, t, max_seq])
}

impl Model {
    /// One forward call: logits `[batch, tokens, vocab]` (f32) for every position of `step`.
    pub fn forward(&self, cfg: &Config, step: &Step, cache: &mut KvCache<Tensor>) -> Tensor {
        self.head(&self.hidden(cfg, step, cache))
    }

    /// The language-model head over final hidden states `[batch, tokens, hidden]`: f32 logits.
    /// Steps apply it to the last position only, which spares a prefill `tokens - 1` head
    /// matmuls (the head is the largest matrix of a small model).
    pub fn head(&self, x: &Tensor) -> Tensor {
        let logits = match &self.lm_head {
            Some(l) => l.forward(x),
            None => self.embed_tokens.as_linear(self.backend).forward(x),
        };
        logits.convert(DType::F32)
    }

    /// The decoder stack: final-norm hidden states `[batch, tokens, hidden]`.
    pub fn hidden(&self, cfg: &Config, step: &Step, cache: &mut KvCache<Tensor>) -> Tensor {
        let g = step.tokens.graph();
        let (b, t) = (step.tokens.dims()[0], step.tokens.dims()[1]);
        let max_seq = cache.k[0].dims()[1];
        let positions = (g.iota(TensorType::new(DType::I32, &[b, t]), 1)
            + step.start.reshape(&[b, 1]))
        .convert(DType::F32);
        let ctx = Context {
            step,
            rope: rope_tables(&positions, cfg.head_dim, cfg.rope_theta),
            mask: attention_mask(g, step, cfg, max_seq),
        };

        let mut x = self.embed_tokens.forward(&step.tokens);
        match &self.layers {
            Layers::Unrolled(layers) => {
                for (i, layer) in layers.iter().enumerate() {
                    let view = LayerCache {
                        keys: &cache.k[i],
                        values: &cache.v[i],
                        first_slot: None,
                    };
                    let [out, keys, values] = layer.forward(&x, view, cfg, &ctx);
                    (x, cache.k[i], cache.v[i]) = (out, keys, values);
                }
            }
            Layers::Looped { stacked, count } => {
                let slots = cache.k[0].dims()[0] / (count * cfg.num_key_value_heads as i64);
                let first = g.scalar(0.0, DType::I32);
                let out = g.while_loop(
                    &[&first, &x, &cache.k[0], &cache.v[0]],
                    |s| s[0].lt(&s[0].lit(*count as f64)),
                    |s| {
                        let layer = LayerOf {
                            index: s[0].clone(),
                            count: *count,
                        };
                        let view = LayerCache {
                            keys: &s[2],
                            values: &s[3],
                            first_slot: Some(&s[0] * (slots as f64)),
                        };
                        let [out, keys, values] =
                            stacked.of(&layer).forward(&s[1], view, cfg, &ctx);
                        vec![&s[0] + 1.0, out, keys, values]
                    },
                );
                let [_, out, keys, values] = <[Tensor; 4]>::try_from(out).expect("loop state");
                (x, cache.k[0], cache.v[0]) = (out, keys, values);
            }
        }
        self.norm.forward(&x)
    }
}
