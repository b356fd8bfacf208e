//! Tensor parallelism (`--devices N`): where the engine's weights, inputs, KV cache and
//! executables live, on one device or split over the devices of one client, every executable
//! then partitioned by XLA's SPMD partitioner from the shardings the tracer prints. The one
//! decode loop (`batch`) reaches the devices only through here, so `generate`,
//! `generate_batch`, the bench and the server run the same over one device or several.
//!
//! Megatron's layout (`mistral::weight_sharding`): each device holds its share of the heads
//! (q/k/v rows, the KV cache rows of its KV heads) and of the feed-forward width (gate/up rows,
//! down columns, INT8 scales with their rows or columns). Each layer's attention and MLP run
//! in manual regions (`Graph::manual`, JAX's `shard_map`): the platform's own lowering (on the
//! CPU our FFI kernels, f32 or INT8) sees one device's local shapes, exactly the one-device
//! model with fewer heads, and the devices' partial outputs of o and down are summed outside,
//! which XLA makes its one all-reduce each. Embeddings, norms, the head and the sampler are
//! replicated, and so are a step's inputs: every device draws the same token, which the host
//! reads from the first. Layers are unrolled over a mesh (`Layers::looped`): a split by rows
//! of a weight stacked over layers would cut across layers.
//!
//! The cache is split by rows (`KvCache::sharding`) and only ever read and written inside the
//! attention's regions, so its rows are device-major: device `d`'s piece is the one-device
//! layout of its KV heads for every slot. A batch over a mesh (`generate_batch`, the server)
//! thus attends and writes without moving any of it (the optimized HLO of a 4-slot decode
//! over 2 CPU devices has the 2 all-reduces per layer and no all-gather).

use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};

use super::programs::{logits_program, sharded_logits_program, sharded_step_program};
use super::programs::{step_program, StepSpec};
use super::{check_rows, fill_int8, read_float_weight, CacheMemory, Engine, EngineOptions};
use crate::dtype::{DType, TensorType};
use crate::model::config::Config;
use crate::model::mistral::{
    checkpoint_sources, fused_blocks, weight_sharding, weight_specs, KvCache, TP_AXIS,
};
use crate::model::quant::{Quant, WeightFormat};
use crate::model::weights::WeightStore;
use crate::program::{Mesh, Program, ShardedProgram, Sharding};
use crate::runtime::{
    Arg, Buffer, CacheOutcome, Client, CompileOptions, Executable, HostBuffer, HostElement,
    ShardedArg, ShardedBuffer, ShardedExecutable,
};

/// Checks that `devices` can split `cfg`'s heads and feed-forward width evenly; the error
/// names each count that does not divide. (XLA would pad an uneven split, but a device would
/// then hold query heads whose KV head lives on another, and attention would not be local.)
pub fn check_divides(cfg: &Config, devices: usize) -> Result<()> {
    if devices == 0 {
        bail!("--devices must be at least 1");
    }
    let counts = [
        ("num_key_value_heads", cfg.num_key_value_heads),
        ("num_attention_heads", cfg.num_attention_heads),
        ("intermediate_size", cfg.intermediate_size),
    ];
    let uneven: Vec<String> = counts
        .iter()
        .filter(|(_, n)| n % devices != 0)
        .map(|(name, n)| format!("{name} = {n}"))
        .collect();
    if !uneven.is_empty() {
        bail!(
            "--devices {devices} does not divide the model's {}: tensor parallelism gives each \
             device an equal share of the KV heads, query heads and feed-forward width",
            uneven.join(", ")
        );
    }
    Ok(())
}

/// Checks that INT8 weights quantized as `quant` split over `devices` devices: o and down
/// are split by input columns, and so are their group scales, so each device must hold an
/// equal number of whole groups. The error names the projection and the counts.
pub fn check_groups_divide(cfg: &Config, quant: Quant, devices: usize) -> Result<()> {
    for (what, cols) in [
        ("o_proj", cfg.num_attention_heads * cfg.head_dim),
        ("down_proj", cfg.intermediate_size),
    ] {
        let groups = quant.scale_groups(cols);
        if groups > 1 && !groups.is_multiple_of(devices) {
            bail!(
                "--devices {devices} with --quant {quant}: {what}'s {cols} inputs make {groups} \
                 scale groups, which do not split evenly over {devices} devices"
            );
        }
    }
    Ok(())
}

/// The mesh `devices` devices of `client` make for `cfg` with `opts` (`None` for one device),
/// or a clear error naming what does not allow the split.
pub(super) fn mesh_for(
    client: &Client,
    cfg: &Config,
    opts: &EngineOptions,
    devices: usize,
) -> Result<Option<Mesh>> {
    if devices == 1 {
        return Ok(None);
    }
    check_divides(cfg, devices)?;
    if client.device_count() < devices {
        bail!(
            "--devices {devices}: the {} plugin has {} device(s)",
            client.platform_name(),
            client.device_count()
        );
    }
    check_groups_divide(cfg, opts.quant, devices)?;
    Ok(Some(Mesh::line(TP_AXIS, devices)?))
}

/// A tensor on the engine's devices: on its one device, or over its mesh (split, or a copy
/// on each device).
pub enum DeviceBuffer {
    One(Buffer),
    Mesh(ShardedBuffer),
}

impl DeviceBuffer {
    /// The whole tensor on the host (a replicated one read from its first device).
    pub fn to_host<T: HostElement>(&self) -> Result<Vec<T>> {
        Ok(match self {
            DeviceBuffer::One(b) => b.to_host()?,
            DeviceBuffer::Mesh(b) => b.to_host()?,
        })
    }

    /// Bytes it takes over all devices (a replicated tensor counted on each).
    pub fn device_bytes(&self) -> usize {
        match self {
            DeviceBuffer::One(b) => b.ty().size_bytes(),
            DeviceBuffer::Mesh(b) => b.shards().iter().map(|s| s.ty().size_bytes()).sum(),
        }
    }
}

/// One argument of an execute call; see [`Arg`] for donation.
pub(super) enum DeviceArg<'a> {
    Borrowed(&'a DeviceBuffer),
    Donated(DeviceBuffer),
}

/// A traced program for the engine's devices.
pub enum DeviceProgram {
    One(Program),
    Mesh(ShardedProgram),
}

impl DeviceProgram {
    /// The StableHLO text (with its shardings over a mesh).
    pub fn mlir(&self) -> &str {
        match self {
            DeviceProgram::One(p) => &p.mlir,
            DeviceProgram::Mesh(p) => &p.program.mlir,
        }
    }
}

/// An executable for the engine's devices: one partition per device over a mesh.
pub(super) enum DeviceExecutable {
    One(Executable),
    Mesh(ShardedExecutable),
}

impl DeviceExecutable {
    /// Runs on `args`, which must live where the executable does.
    pub(super) fn execute(&self, args: Vec<DeviceArg<'_>>) -> Result<Vec<DeviceBuffer>> {
        let misplaced = || anyhow!("an argument is not on the devices its executable runs on");
        match self {
            DeviceExecutable::One(exe) => {
                let args = args
                    .into_iter()
                    .map(|a| match a {
                        DeviceArg::Borrowed(DeviceBuffer::One(b)) => Ok(Arg::from(b)),
                        DeviceArg::Donated(DeviceBuffer::One(b)) => Ok(Arg::Donated(b)),
                        _ => Err(misplaced()),
                    })
                    .collect::<Result<_>>()?;
                Ok(exe
                    .execute(args)?
                    .into_iter()
                    .map(DeviceBuffer::One)
                    .collect())
            }
            DeviceExecutable::Mesh(exe) => {
                let args = args
                    .into_iter()
                    .map(|a| match a {
                        DeviceArg::Borrowed(DeviceBuffer::Mesh(b)) => Ok(ShardedArg::from(b)),
                        DeviceArg::Donated(DeviceBuffer::Mesh(b)) => Ok(b.donate()),
                        _ => Err(misplaced()),
                    })
                    .collect::<Result<_>>()?;
                Ok(exe
                    .execute(args)?
                    .into_iter()
                    .map(DeviceBuffer::Mesh)
                    .collect())
            }
        }
    }
}

impl Engine {
    /// The model split over `devices` devices of `client` (one device when 1): the platform's
    /// backend on each device's share, unrolled layers, each weight laid out as
    /// `weight_sharding` says.
    pub fn split(
        client: Client,
        store: &WeightStore,
        opts: EngineOptions,
        devices: usize,
    ) -> Result<Engine> {
        Ok(Engine::new_preparing(client, store, opts, devices, |_| Ok(()))?.0)
    }

    /// Devices the model runs over.
    pub fn devices(&self) -> usize {
        self.mesh.as_ref().map_or(1, Mesh::device_count)
    }

    /// A step's input on the devices: a copy on each device of a mesh.
    pub(super) fn upload<T: HostElement>(&self, data: &[T], dims: &[i64]) -> Result<DeviceBuffer> {
        Ok(match &self.mesh {
            None => DeviceBuffer::One(self.client.upload(data, dims)?),
            Some(mesh) => DeviceBuffer::Mesh(self.client.upload_sharded(
                data,
                dims,
                mesh,
                &Sharding::Replicated,
            )?),
        })
    }

    /// A zeroed buffer of the KV cache, its memory taken as `memory` says: split by rows over
    /// a mesh (`KvCache::sharding`).
    pub(super) fn cache_buffer(
        &self,
        ty: &TensorType,
        memory: CacheMemory,
    ) -> Result<DeviceBuffer> {
        // Only the CPU plugin uses host memory in place; over a mesh or on another plugin the
        // zeros are copied into memory the device allocates whole.
        if self.mesh.is_none() && self.client.platform_name() == "cpu" {
            let host = match memory {
                CacheMemory::OnWrite => HostBuffer::zeroed(ty)?,
                CacheMemory::Resident => HostBuffer::zeroed_resident(ty)?,
            };
            return Ok(DeviceBuffer::One(self.client.upload_host_mutable(host)?));
        }
        let zeros = vec![0u8; ty.size_bytes()];
        Ok(match &self.mesh {
            None => DeviceBuffer::One(self.client.upload_bytes(&zeros, ty)?),
            Some(mesh) => DeviceBuffer::Mesh(self.client.upload_bytes_sharded(
                &zeros,
                ty,
                mesh,
                &KvCache::sharding(),
            )?),
        })
    }

    /// Step `spec`'s program, traced for this engine's devices (partitioned over a mesh).
    pub fn step_program(&self, spec: &StepSpec) -> Result<DeviceProgram> {
        Ok(match &self.mesh {
            None => DeviceProgram::One(
                step_program(&self.cfg, spec)
                    .with_context(|| format!("tracing {}", spec.name()))?,
            ),
            Some(mesh) => DeviceProgram::Mesh(
                sharded_step_program(&self.cfg, spec, mesh).with_context(|| {
                    format!(
                        "tracing {} over {} devices",
                        spec.name(),
                        mesh.device_count()
                    )
                })?,
            ),
        })
    }

    /// The full forward over `len` tokens (`Engine::logits`), traced for this engine's devices.
    pub(super) fn logits_program(&self, len: i64) -> Result<DeviceProgram> {
        Ok(match &self.mesh {
            None => DeviceProgram::One(logits_program(&self.cfg, len, &self.format)?),
            Some(mesh) => {
                DeviceProgram::Mesh(sharded_logits_program(&self.cfg, len, &self.format, mesh)?)
            }
        })
    }

    /// Compiles `program` (or loads it from the compile cache), counting the time and the
    /// cache's hits.
    pub(super) fn compile(&mut self, program: &DeviceProgram) -> Result<DeviceExecutable> {
        let t = Instant::now();
        let options = CompileOptions::new();
        let (exe, outcome) = match (program, &self.opts.compile_cache) {
            (DeviceProgram::One(p), Some(cache)) => {
                let (exe, outcome) = self.client.compile_cached(p, &options, cache)?;
                (DeviceExecutable::One(exe), outcome)
            }
            (DeviceProgram::Mesh(p), Some(cache)) => {
                let (exe, outcome) = self.client.compile_sharded_cached(p, &options, cache)?;
                (DeviceExecutable::Mesh(exe), outcome)
            }
            (DeviceProgram::One(p), None) => (
                DeviceExecutable::One(self.client.compile(p, &options)?),
                CacheOutcome::Miss,
            ),
            (DeviceProgram::Mesh(p), None) => (
                DeviceExecutable::Mesh(self.client.compile_sharded(p, &options)?),
                CacheOutcome::Miss,
            ),
        };
        if outcome == CacheOutcome::Hit {
            self.cache_hits += 1;
        } else {
            self.compiled += 1;
        }
        self.compile_ms += t.elapsed().as_secs_f64() * 1e3;
        Ok(exe)
    }
}

/// Uploads every weight in `weight_specs` order over `mesh`, laid out as `weight_sharding`
/// says; fused projections (q/k/v, gate/up) re-laid as per-device blocks (`fused_blocks`),
/// an INT8 weight's scales with its rows.
pub(super) fn upload_weights(
    client: &Client,
    store: &WeightStore,
    format: &WeightFormat,
    mesh: &Mesh,
) -> Result<Vec<DeviceBuffer>> {
    let cfg = store.config();
    let parts = mesh.device_count();
    let mut weights = Vec::new();
    let mut pending_scales: Option<Vec<f32>> = None;
    let mut scratch = Vec::new();
    for (name, ty) in weight_specs(cfg, format) {
        let sharding = weight_sharding(&name, ty.dims.len());
        let uploaded = |what: &str| format!("uploading {what} over {parts} devices");
        if let Some(scales) = pending_scales.take() {
            // The scales of the INT8 weight just uploaded, already in its row order.
            let upload = client.upload_sharded(&scales, &ty.dims, mesh, &sharding);
            weights.push(DeviceBuffer::Mesh(upload.with_context(|| uploaded(&name))?));
            continue;
        }
        let sources = checkpoint_sources(cfg, &name).unwrap_or_else(|| vec![name.clone()]);
        let counts = sources
            .iter()
            .map(|s| Ok(store.dims(s)?.iter().product::<i64>() as usize))
            .collect::<Result<Vec<usize>>>()?;
        check_rows(store, &name, &sources, counts.iter().sum(), &ty.dims)?;
        let cols = ty.dims.get(1).copied().unwrap_or(1) as usize;
        // Device `d`'s rows of every piece together, when several pieces are fused.
        let order = (sources.len() > 1 && parts > 1).then(|| {
            let rows: Vec<usize> = counts.iter().map(|n| n / cols).collect();
            fused_blocks(&rows, parts)
        });
        if ty.dtype == DType::I8 {
            let groups = format.quant.scale_groups(cols);
            let mut values = vec![0i8; counts.iter().sum()];
            let mut scales = vec![0f32; values.len() / cols * groups];
            fill_int8(
                store,
                format,
                (&name, &ty.dims),
                (&sources, &counts),
                (&mut values, &mut scales),
                &mut scratch,
            )?;
            let values = in_row_order(values, order.as_deref(), cols);
            pending_scales = Some(in_row_order(scales, order.as_deref(), groups));
            let upload = client.upload_sharded(&values, &ty.dims, mesh, &sharding);
            weights.push(DeviceBuffer::Mesh(upload.with_context(|| uploaded(&name))?));
            continue;
        }
        let mut values = vec![0f32; counts.iter().sum()];
        let mut at = 0;
        for (source, &n) in sources.iter().zip(&counts) {
            read_float_weight(store, source, &mut values[at..at + n])?;
            at += n;
        }
        let values = in_row_order(values, order.as_deref(), cols);
        let upload = match ty.dtype {
            DType::F32 => client.upload_sharded(&values, &ty.dims, mesh, &sharding),
            DType::BF16 => {
                let values: Vec<half::bf16> =
                    values.iter().map(|&v| half::bf16::from_f32(v)).collect();
                client.upload_sharded(&values, &ty.dims, mesh, &sharding)
            }
            _ => {
                let values: Vec<half::f16> =
                    values.iter().map(|&v| half::f16::from_f32(v)).collect();
                client.upload_sharded(&values, &ty.dims, mesh, &sharding)
            }
        };
        weights.push(DeviceBuffer::Mesh(upload.with_context(|| uploaded(&name))?));
    }
    Ok(weights)
}

/// `values`, rows of `width`, taken in `order` (as they are without one).
fn in_row_order<T: Copy>(values: Vec<T>, order: Option<&[usize]>, width: usize) -> Vec<T> {
    match order {
        None => values,
        Some(order) => order
            .iter()
            .flat_map(|&r| values[r * width..(r + 1) * width].iter().copied())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fused_rows_are_laid_out_per_device() {
        // q has 4 rows, k and v 2 each; over 2 devices: q0 q1 k0 v0 | q2 q3 k1 v1.
        assert_eq!(fused_blocks(&[4, 2, 2], 2), [0, 1, 4, 6, 2, 3, 5, 7]);
        assert_eq!(fused_blocks(&[3, 1], 1), [0, 1, 2, 3]);
    }
}
