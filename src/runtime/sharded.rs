//! Programs partitioned over several devices by XLA's SPMD partitioner: tensors split or
//! copied across the client's devices (`ShardedBuffer`), and executables that run one
//! partition per device (`ShardedExecutable`), with donation per device as for one device.
//!
//! Partition `p` of a mesh (its row-major device number) runs on the client's `p`-th
//! addressable device; the compile options' device assignment says so to XLA, and the
//! compiled executable's own device list is checked against it.

use super::buffer::{slice_or_empty, Buffer, HostElement};
use super::client::Client;
use super::executable::{Executable, Signature};
use super::ffi;
use super::{CompileOptions, Result, RuntimeError};
use crate::dtype::TensorType;
use crate::program::{Mesh, ShardedProgram, Sharding};
use std::fmt;
use std::ptr;
use std::sync::Arc;

/// One tensor across the devices of a mesh: one device buffer per partition (a piece of the
/// tensor, or a copy of it), typed as the whole tensor.
pub struct ShardedBuffer {
    mesh: Mesh,
    sharding: Sharding,
    ty: TensorType,
    shards: Vec<Buffer>,
}

impl ShardedBuffer {
    /// The whole tensor's type.
    pub fn ty(&self) -> &TensorType {
        &self.ty
    }

    pub fn sharding(&self) -> &Sharding {
        &self.sharding
    }

    pub fn mesh(&self) -> &Mesh {
        &self.mesh
    }

    /// The per-device buffers, in partition order.
    pub fn shards(&self) -> &[Buffer] {
        &self.shards
    }

    /// Hands every shard to an execute call that may reuse its memory for an output.
    pub fn donate(self) -> ShardedArg<'static> {
        ShardedArg::Donated(self)
    }

    /// The whole tensor on the host (pieces gathered; a replicated tensor read from its
    /// first copy), as elements of `T`, which must be its element type.
    pub fn to_host<T: HostElement>(&self) -> Result<Vec<T>> {
        if T::DTYPE != self.ty.dtype {
            return Err(RuntimeError::HostData {
                ty: self.ty.clone(),
                message: format!("cannot read it as {}", T::DTYPE),
            });
        }
        let bytes = self.to_bytes()?;
        let n = self.ty.num_elements();
        let mut out: Vec<T> = Vec::with_capacity(n);
        // SAFETY: `bytes` holds exactly `n` elements of `T` (checked by `to_bytes`), `out` has
        // room for them, and every bit pattern is a valid `HostElement` number.
        unsafe {
            ptr::copy_nonoverlapping(bytes.as_ptr(), out.as_mut_ptr().cast::<u8>(), bytes.len());
            out.set_len(n);
        }
        Ok(out)
    }

    /// The whole tensor as raw little-endian element bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let Sharding::Split { dim, .. } = &self.sharding else {
            return self.shards[0].to_bytes();
        };
        let mut out = vec![0u8; self.ty.size_bytes()];
        let layout = PieceLayout::new(&self.ty, *dim, self.shards[0].ty().dims[*dim]);
        let mut seen = vec![false; layout.parts];
        for (p, shard) in self.shards.iter().enumerate() {
            let Some((_, piece)) = self.sharding.piece(&self.mesh, p)? else {
                continue;
            };
            if !std::mem::replace(&mut seen[piece], true) {
                layout.place(&mut out, &shard.to_bytes()?, piece);
            }
        }
        Ok(out)
    }
}

impl fmt::Debug for ShardedBuffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ShardedBuffer({}, {:?} over {:?})",
            self.ty,
            self.sharding,
            self.mesh.axes()
        )
    }
}

/// How the pieces of a tensor split along one dimension lie in its row-major bytes: `outer`
/// runs of `row` bytes, each cut into `parts` consecutive chunks.
struct PieceLayout {
    outer: usize,
    row: usize,
    chunk: usize,
    parts: usize,
}

impl PieceLayout {
    fn new(ty: &TensorType, dim: usize, piece_len: i64) -> PieceLayout {
        let inner: usize = ty.dims[dim + 1..].iter().product::<i64>() as usize;
        let elem = ty.dtype.size_bytes();
        let len = ty.dims[dim] as usize;
        let piece_len = piece_len as usize;
        PieceLayout {
            outer: ty.dims[..dim].iter().product::<i64>() as usize,
            row: len * inner * elem,
            chunk: piece_len * inner * elem,
            parts: len.checked_div(piece_len).unwrap_or(1),
        }
    }

    fn cut(&self, whole: &[u8], piece: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.outer * self.chunk);
        for o in 0..self.outer {
            let start = o * self.row + piece * self.chunk;
            out.extend_from_slice(&whole[start..start + self.chunk]);
        }
        out
    }

    fn place(&self, whole: &mut [u8], part: &[u8], piece: usize) {
        for o in 0..self.outer {
            let start = o * self.row + piece * self.chunk;
            whole[start..start + self.chunk]
                .copy_from_slice(&part[o * self.chunk..(o + 1) * self.chunk]);
        }
    }
}

/// One argument of a sharded execute call; see [`Arg`](super::Arg) for donation.
pub enum ShardedArg<'a> {
    Borrowed(&'a ShardedBuffer),
    Donated(ShardedBuffer),
}

impl<'a> From<&'a ShardedBuffer> for ShardedArg<'a> {
    fn from(buffer: &'a ShardedBuffer) -> ShardedArg<'a> {
        ShardedArg::Borrowed(buffer)
    }
}

impl ShardedArg<'_> {
    fn buffer(&self) -> &ShardedBuffer {
        match self {
            ShardedArg::Borrowed(b) => b,
            ShardedArg::Donated(b) => b,
        }
    }
}

impl Client {
    /// The ids of the client's addressable devices, in order (the ids a device assignment
    /// names).
    pub fn device_ids(&self) -> Result<Vec<i64>> {
        let api = self.inner.api();
        self.inner
            .devices
            .iter()
            .map(|&device| {
                let mut desc = ffi::PJRT_Device_GetDescription_Args::new();
                desc.device = device;
                call!(
                    api,
                    PJRT_Device_GetDescription,
                    &mut desc,
                    "describing a device"
                )?;
                let mut id = ffi::PJRT_DeviceDescription_Id_Args::new();
                id.device_description = desc.device_description;
                call!(
                    api,
                    PJRT_DeviceDescription_Id,
                    &mut id,
                    "reading a device id"
                )?;
                Ok(i64::from(id.id))
            })
            .collect()
    }

    fn check_mesh(&self, mesh: &Mesh) -> Result<()> {
        if mesh.device_count() > self.inner.devices.len() {
            return Err(RuntimeError::TooFewDevices {
                wanted: mesh.device_count(),
                available: self.inner.devices.len(),
            });
        }
        Ok(())
    }

    /// Copies `data` (row-major, `dims`) onto the devices of `mesh`: each gets its piece of a
    /// split tensor, or the whole of a replicated one.
    pub fn upload_sharded<T: HostElement>(
        &self,
        data: &[T],
        dims: &[i64],
        mesh: &Mesh,
        sharding: &Sharding,
    ) -> Result<ShardedBuffer> {
        let ty = TensorType::new(T::DTYPE, dims);
        // SAFETY: every `HostElement` is a plain number type without padding.
        let bytes = unsafe {
            std::slice::from_raw_parts(data.as_ptr().cast::<u8>(), std::mem::size_of_val(data))
        };
        self.upload_bytes_sharded(bytes, &ty, mesh, sharding)
    }

    /// [`upload_sharded`](Client::upload_sharded) of raw little-endian element bytes.
    pub fn upload_bytes_sharded(
        &self,
        bytes: &[u8],
        ty: &TensorType,
        mesh: &Mesh,
        sharding: &Sharding,
    ) -> Result<ShardedBuffer> {
        self.check_mesh(mesh)?;
        let local = sharding.local_type(mesh, ty)?;
        if ty.dims.iter().any(|&d| d < 0) || bytes.len() != ty.size_bytes() {
            return Err(RuntimeError::HostData {
                ty: ty.clone(),
                message: format!(
                    "{} bytes of data for {} bytes",
                    bytes.len(),
                    ty.size_bytes()
                ),
            });
        }
        let mut shards = Vec::with_capacity(mesh.device_count());
        for (p, &device) in self.inner.devices[..mesh.device_count()].iter().enumerate() {
            let shard = match sharding.piece(mesh, p)? {
                None => self.upload_bytes_to(bytes, ty, device)?,
                Some((dim, piece)) => {
                    let layout = PieceLayout::new(ty, dim, local.dims[dim]);
                    self.upload_bytes_to(&layout.cut(bytes, piece), &local, device)?
                }
            };
            shards.push(shard);
        }
        Ok(ShardedBuffer {
            mesh: mesh.clone(),
            sharding: sharding.clone(),
            ty: ty.clone(),
            shards,
        })
    }

    /// Compiles a sharded program into one partition per device of its mesh, on the client's
    /// first `mesh.device_count()` devices. `options` must not name partitions of its own.
    pub fn compile_sharded(
        &self,
        program: &ShardedProgram,
        options: &CompileOptions,
    ) -> Result<ShardedExecutable> {
        let mesh = &program.mesh;
        self.check_mesh(mesh)?;
        let p = &program.program;
        let local_signature = local_signature(program)?;
        if !options.partition_devices.is_empty() {
            return Err(RuntimeError::Partitions(
                "compile_sharded assigns the partitions itself; pass options without spmd()"
                    .to_string(),
            ));
        }
        let ids = self.device_ids()?;
        let options = options.clone().spmd(&ids[..mesh.device_count()]);
        let raw = self.compile_raw(&p.mlir, &options)?;
        self.wrap_sharded(raw, program, local_signature)
    }

    /// Loads an executable serialized by [`ShardedExecutable::serialize`], compiled from
    /// `program`, with this client's plugin.
    pub fn deserialize_sharded(
        &self,
        bytes: &[u8],
        program: &ShardedProgram,
    ) -> Result<ShardedExecutable> {
        self.check_mesh(&program.mesh)?;
        let local_signature = local_signature(program)?;
        let mut args = ffi::PJRT_Executable_DeserializeAndLoad_Args::new();
        args.client = self.inner.raw;
        args.serialized_executable = bytes.as_ptr().cast();
        args.serialized_executable_size = bytes.len();
        call!(
            self.inner.api(),
            PJRT_Executable_DeserializeAndLoad,
            &mut args,
            "loading a serialized executable"
        )?;
        self.release_after_load();
        self.wrap_sharded(args.loaded_executable, program, local_signature)
    }

    fn wrap_sharded(
        &self,
        raw: *mut ffi::PJRT_LoadedExecutable,
        program: &ShardedProgram,
        local_signature: Signature,
    ) -> Result<ShardedExecutable> {
        // Outputs are checked per device: each partition returns its piece.
        let exe = self.wrap_executable(raw, local_signature)?;
        let exe = ShardedExecutable {
            exe,
            signature: Signature::of(&program.program),
            mesh: program.mesh.clone(),
            input_shardings: program.input_shardings.clone(),
            output_shardings: program.output_shardings.clone(),
        };
        exe.check_devices()?;
        Ok(exe)
    }
}

/// The per-device types of a sharded program's arguments and results.
fn local_signature(program: &ShardedProgram) -> Result<Signature> {
    let p = &program.program;
    if p.inputs.len() != program.input_shardings.len()
        || p.outputs.len() != program.output_shardings.len()
    {
        return Err(RuntimeError::Signature(format!(
            "{} inputs and {} outputs, but {} input and {} output shardings",
            p.inputs.len(),
            p.outputs.len(),
            program.input_shardings.len(),
            program.output_shardings.len()
        )));
    }
    let local = |types: &[TensorType], shardings: &[Sharding]| {
        types
            .iter()
            .zip(shardings)
            .map(|(ty, s)| s.local_type(&program.mesh, ty))
            .collect::<Result<Vec<_>, _>>()
    };
    Ok(Signature {
        inputs: local(&p.inputs, &program.input_shardings)?,
        outputs: local(&p.outputs, &program.output_shardings)?,
    })
}

/// A program compiled into one partition per device of its mesh.
pub struct ShardedExecutable {
    /// Typed with the per-device (local) argument and result types.
    exe: Executable,
    /// The whole tensors' types.
    signature: Signature,
    mesh: Mesh,
    input_shardings: Vec<Sharding>,
    output_shardings: Vec<Sharding>,
}

impl ShardedExecutable {
    /// The whole tensors' types.
    pub fn signature(&self) -> &Signature {
        &self.signature
    }

    pub fn mesh(&self) -> &Mesh {
        &self.mesh
    }

    pub fn input_shardings(&self) -> &[Sharding] {
        &self.input_shardings
    }

    pub fn output_shardings(&self) -> &[Sharding] {
        &self.output_shardings
    }

    /// The plugin's serialization of the compiled executable.
    pub fn serialize(&self) -> Result<Vec<u8>> {
        self.exe.serialize()
    }

    /// XLA must run partition `p` on the client's `p`-th device, where its argument pieces
    /// were uploaded.
    fn check_devices(&self) -> Result<()> {
        let client = &self.exe.client;
        let mut args = ffi::PJRT_LoadedExecutable_AddressableDevices_Args::new();
        args.executable = self.exe.raw;
        call!(
            client.api(),
            PJRT_LoadedExecutable_AddressableDevices,
            &mut args,
            "listing an executable's devices"
        )?;
        // SAFETY: the array is owned by the live executable and has the returned length.
        let got = unsafe { slice_or_empty(args.addressable_devices, args.num_addressable_devices) };
        let want = &client.devices[..self.mesh.device_count()];
        if got != want {
            return Err(RuntimeError::Partitions(format!(
                "the executable runs on {} devices not in the expected order of {} partitions",
                got.len(),
                want.len()
            )));
        }
        Ok(())
    }

    /// Runs every partition, each on its device with its pieces of the arguments. Borrowed
    /// arguments are left intact; donated ones are consumed on every device.
    pub fn execute(&self, args: Vec<ShardedArg<'_>>) -> Result<Vec<ShardedBuffer>> {
        let inputs = &self.signature.inputs;
        if args.len() != inputs.len() {
            return Err(RuntimeError::ArgumentCount {
                expected: inputs.len(),
                got: args.len(),
            });
        }
        for (index, arg) in args.iter().enumerate() {
            let b = arg.buffer();
            if b.ty != inputs[index] {
                return Err(RuntimeError::ArgumentType {
                    index,
                    expected: inputs[index].clone(),
                    got: b.ty.clone(),
                });
            }
            if b.sharding != self.input_shardings[index] || b.mesh != self.mesh {
                return Err(RuntimeError::ArgumentSharding {
                    index,
                    expected: format!("{:?} over {:?}", self.input_shardings[index], self.mesh),
                    got: format!("{:?} over {:?}", b.sharding, b.mesh),
                });
            }
            if !Arc::ptr_eq(&b.shards[0].client, &self.exe.client) {
                return Err(RuntimeError::ForeignBuffer { index });
            }
        }
        let devices = self.mesh.device_count();
        let per_device: Vec<Vec<*mut ffi::PJRT_Buffer>> = (0..devices)
            .map(|p| args.iter().map(|a| a.buffer().shards[p].raw).collect())
            .collect();
        let non_donatable: Vec<i64> = args
            .iter()
            .enumerate()
            .filter(|(_, a)| match a {
                ShardedArg::Borrowed(_) => true,
                ShardedArg::Donated(b) => b.shards.iter().any(|s| s.backing.is_some()),
            })
            .map(|(i, _)| i as i64)
            .collect();
        let mut options = ffi::PJRT_ExecuteOptions::new();
        options.non_donatable_input_indices = non_donatable.as_ptr();
        options.num_non_donatable_input_indices = non_donatable.len();

        let num_outputs = self.signature.outputs.len();
        let mut outputs: Vec<Vec<*mut ffi::PJRT_Buffer>> =
            vec![vec![ptr::null_mut(); num_outputs]; devices];
        let argument_lists: Vec<*const *mut ffi::PJRT_Buffer> =
            per_device.iter().map(|l| l.as_ptr()).collect();
        let output_lists: Vec<*mut *mut ffi::PJRT_Buffer> =
            outputs.iter_mut().map(|l| l.as_mut_ptr()).collect();
        let mut exec = ffi::PJRT_LoadedExecutable_Execute_Args::new();
        exec.executable = self.exe.raw;
        exec.options = &mut options;
        exec.argument_lists = argument_lists.as_ptr();
        exec.num_devices = devices;
        exec.num_args = inputs.len();
        exec.output_lists = output_lists.as_ptr();
        let client = &self.exe.client;
        call!(
            client.api(),
            PJRT_LoadedExecutable_Execute,
            &mut exec,
            "executing partitions"
        )?;
        // Donated arguments are destroyed only now, after PJRT took what it needed from them.
        drop(args);
        let local = &self.exe.signature.outputs;
        let mut shards: Vec<Vec<Buffer>> = (0..num_outputs).map(|_| Vec::new()).collect();
        for device_outputs in outputs {
            for (o, raw) in device_outputs.into_iter().enumerate() {
                shards[o].push(Buffer {
                    client: client.clone(),
                    raw,
                    ty: local[o].clone(),
                    backing: None,
                });
            }
        }
        Ok(shards
            .into_iter()
            .enumerate()
            .map(|(o, shards)| ShardedBuffer {
                mesh: self.mesh.clone(),
                sharding: self.output_shardings[o].clone(),
                ty: self.signature.outputs[o].clone(),
                shards,
            })
            .collect())
    }
}

impl fmt::Debug for ShardedExecutable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ShardedExecutable({:?} over {:?})",
            self.signature,
            self.mesh.axes()
        )
    }
}
