//! Loaded executables: argument checks, donation, execution and serialization.

use super::buffer::{from_pjrt_type, slice_or_empty, Buffer};
use super::client::ClientInner;
use super::ffi::{self, PJRT_Api};
use super::{Result, RuntimeError};
use crate::dtype::TensorType;
use crate::program::Program;
use std::fmt;
use std::ptr;
use std::sync::Arc;

/// One argument of an execute call.
///
/// A donated buffer is moved into the call, so using it afterwards does not compile:
///
/// ```compile_fail,E0382
/// # fn run(exe: &xlagen::runtime::Executable, cache: xlagen::runtime::Buffer) {
/// let out = exe.execute(vec![cache.donate()]);
/// let again = exe.execute(vec![cache.donate()]); // error[E0382]: use of moved value: `cache`
/// # }
/// ```
///
/// while feeding the output back in, as a decode loop does, is fine:
///
/// ```no_run
/// # fn run(exe: &xlagen::runtime::Executable, cache: xlagen::runtime::Buffer) {
/// let cache = exe.execute(vec![cache.donate()]).unwrap().remove(0);
/// let cache = exe.execute(vec![cache.donate()]).unwrap().remove(0);
/// # }
/// ```
pub enum Arg<'a> {
    /// Read only; listed in `non_donatable_input_indices`.
    Borrowed(&'a Buffer),
    /// Given up; XLA may write an aliased output into its memory.
    Donated(Buffer),
}

impl<'a> From<&'a Buffer> for Arg<'a> {
    fn from(buffer: &'a Buffer) -> Arg<'a> {
        Arg::Borrowed(buffer)
    }
}

impl Arg<'_> {
    pub(super) fn buffer(&self) -> &Buffer {
        match self {
            Arg::Borrowed(b) => b,
            Arg::Donated(b) => b,
        }
    }
}

/// The argument and result types of an executable.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub inputs: Vec<TensorType>,
    pub outputs: Vec<TensorType>,
}

impl Signature {
    pub fn of(program: &Program) -> Signature {
        Signature {
            inputs: program.inputs.clone(),
            outputs: program.outputs.clone(),
        }
    }
}

/// Destroys the donated `args` (only now, after PJRT took what it needed from them), first
/// moving the host memory of each donated buffer uploaded mutable to the output that now
/// uses it in place. The plugin is done with such memory only once that output is destroyed:
/// awaiting it when the argument is destroyed would wait forever, and freeing it then would
/// free it under the output. Memory no output uses stays with its argument, whose drop waits
/// for the execution to finish with it, as for any zero-copy buffer.
fn pass_on_host_memory(args: Vec<Arg<'_>>, outputs: &mut [Buffer]) {
    let mut donated: Vec<Buffer> = args
        .into_iter()
        .filter_map(|a| match a {
            Arg::Donated(b) if b.backing.as_ref().is_some_and(|k| k.mutable) => Some(b),
            _ => None,
        })
        .collect();
    if donated.is_empty() {
        return;
    }
    let pointers: Vec<Option<usize>> = outputs.iter().map(|o| o.device_pointer().ok()).collect();
    for input in &mut donated {
        let Some(backing) = input.backing.take() else {
            continue;
        };
        let heir = outputs.iter().zip(&pointers).position(|(o, p)| {
            o.backing.is_none() && o.ty == input.ty && *p == Some(backing.address)
        });
        match heir {
            Some(i) => outputs[i].backing = Some(backing),
            // An output whose address is unknown may be using the memory: it is leaked rather
            // than freed under it, or waited for forever.
            None if pointers.iter().any(Option::is_none) => {
                super::buffer::destroy_event(input.client.api(), backing.done);
                std::mem::forget(backing.host);
            }
            None => input.backing = Some(backing),
        }
    }
}

/// A compiled program loaded on the client's device.
pub struct Executable {
    pub(super) client: Arc<ClientInner>,
    pub(super) raw: *mut ffi::PJRT_LoadedExecutable,
    pub(super) signature: Signature,
}

// SAFETY: see `ClientInner`; PJRT loaded executables may be executed concurrently.
unsafe impl Send for Executable {}
// SAFETY: `execute` and `serialize` only call thread-safe PJRT entry points.
unsafe impl Sync for Executable {}

impl Executable {
    pub fn signature(&self) -> &Signature {
        &self.signature
    }

    /// Runs the executable on the client's first device. Borrowed arguments are left intact;
    /// donated ones are consumed (their memory may hold an aliased output).
    pub fn execute(&self, args: Vec<Arg<'_>>) -> Result<Vec<Buffer>> {
        let inputs = &self.signature.inputs;
        if args.len() != inputs.len() {
            return Err(RuntimeError::ArgumentCount {
                expected: inputs.len(),
                got: args.len(),
            });
        }
        for (index, (arg, expected)) in args.iter().zip(inputs).enumerate() {
            let buffer = arg.buffer();
            if &buffer.ty != expected {
                return Err(RuntimeError::ArgumentType {
                    index,
                    expected: expected.clone(),
                    got: buffer.ty.clone(),
                });
            }
            if !Arc::ptr_eq(&buffer.client, &self.client) {
                return Err(RuntimeError::ForeignBuffer { index });
            }
        }
        let raw_args: Vec<*mut ffi::PJRT_Buffer> = args.iter().map(|a| a.buffer().raw).collect();
        let non_donatable: Vec<i64> = args
            .iter()
            .enumerate()
            .filter(|(_, a)| match a {
                Arg::Borrowed(_) => true,
                // Host memory used in place is never written unless uploaded mutable.
                Arg::Donated(b) => b.backing.as_ref().is_some_and(|k| !k.mutable),
            })
            .map(|(i, _)| i as i64)
            .collect();
        let mut options = ffi::PJRT_ExecuteOptions::new();
        options.non_donatable_input_indices = non_donatable.as_ptr();
        options.num_non_donatable_input_indices = non_donatable.len();

        let mut outputs: Vec<*mut ffi::PJRT_Buffer> =
            vec![ptr::null_mut(); self.signature.outputs.len()];
        let argument_lists = [raw_args.as_ptr()];
        let output_lists = [outputs.as_mut_ptr()];
        let mut exec = ffi::PJRT_LoadedExecutable_Execute_Args::new();
        exec.executable = self.raw;
        exec.options = &mut options;
        exec.argument_lists = argument_lists.as_ptr();
        exec.num_devices = 1;
        exec.num_args = raw_args.len();
        exec.output_lists = output_lists.as_ptr();
        let api = self.client.api();
        call!(api, PJRT_LoadedExecutable_Execute, &mut exec, "executing")?;
        let mut outputs: Vec<Buffer> = outputs
            .into_iter()
            .zip(&self.signature.outputs)
            .map(|(raw, ty)| Buffer {
                client: self.client.clone(),
                raw,
                ty: ty.clone(),
                backing: None,
            })
            .collect();
        pass_on_host_memory(args, &mut outputs);
        Ok(outputs)
    }

    /// The plugin's serialization of the compiled executable (not stable across plugin
    /// versions; the compile cache keys it on the plugin's identity).
    pub fn serialize(&self) -> Result<Vec<u8>> {
        let api = self.client.api();
        let exe = self.unloaded()?;
        let mut args = ffi::PJRT_Executable_Serialize_Args::new();
        args.executable = exe.raw;
        call!(
            api,
            PJRT_Executable_Serialize,
            &mut args,
            "serializing an executable"
        )?;
        // SAFETY: the plugin returned `serialized_bytes_size` bytes backed by
        // `serialized_executable`, which we free exactly once with its deleter after copying.
        let bytes = unsafe {
            let bytes = slice_or_empty(
                args.serialized_bytes.cast::<u8>(),
                args.serialized_bytes_size,
            )
            .to_vec();
            if let Some(deleter) = args.serialized_executable_deleter {
                deleter(args.serialized_executable);
            }
            bytes
        };
        Ok(bytes)
    }

    /// The executable's outputs must be exactly the signature's.
    pub(super) fn check_outputs(&self) -> Result<()> {
        let api = self.client.api();
        let exe = self.unloaded()?;
        let mut count = ffi::PJRT_Executable_NumOutputs_Args::new();
        count.executable = exe.raw;
        call!(
            api,
            PJRT_Executable_NumOutputs,
            &mut count,
            "counting outputs"
        )?;
        let expected = &self.signature.outputs;
        if count.num_outputs != expected.len() {
            return Err(RuntimeError::Signature(format!(
                "the program declares {} outputs, the executable has {}",
                expected.len(),
                count.num_outputs
            )));
        }
        let mut types = ffi::PJRT_Executable_OutputElementTypes_Args::new();
        types.executable = exe.raw;
        call!(
            api,
            PJRT_Executable_OutputElementTypes,
            &mut types,
            "reading output types"
        )?;
        let mut dims = ffi::PJRT_Executable_OutputDimensions_Args::new();
        dims.executable = exe.raw;
        call!(
            api,
            PJRT_Executable_OutputDimensions,
            &mut dims,
            "reading output dimensions"
        )?;
        // SAFETY: both arrays are owned by `exe` (alive here) and have the lengths returned.
        let (types, dim_sizes) = unsafe {
            (
                slice_or_empty(types.output_types, types.num_output_types),
                slice_or_empty(dims.dim_sizes, dims.num_outputs),
            )
        };
        let total: usize = dim_sizes.iter().sum();
        // SAFETY: `dims` holds the concatenated dimensions of all outputs.
        let all_dims = unsafe { slice_or_empty(dims.dims, total) };
        let mut offset = 0;
        for (i, want) in expected.iter().enumerate() {
            let rank = dim_sizes.get(i).copied().unwrap_or(0);
            let got_dims = all_dims.get(offset..offset + rank).unwrap_or(&[]);
            offset += rank;
            let got = types
                .get(i)
                .map(|t| from_pjrt_type(*t))
                .transpose()?
                .map(|dtype| TensorType::new(dtype, got_dims));
            if got.as_ref() != Some(want) {
                return Err(RuntimeError::Signature(format!(
                    "output {i}: the program declares {want}, the executable produces {}",
                    got.map_or("nothing".to_string(), |t| t.to_string())
                )));
            }
        }
        Ok(())
    }

    /// The `PJRT_Executable` behind the loaded one, destroyed when the guard drops.
    fn unloaded(&self) -> Result<UnloadedExecutable> {
        let api = self.client.api();
        let mut args = ffi::PJRT_LoadedExecutable_GetExecutable_Args::new();
        args.loaded_executable = self.raw;
        call!(
            api,
            PJRT_LoadedExecutable_GetExecutable,
            &mut args,
            "reading an executable"
        )?;
        Ok(UnloadedExecutable {
            api,
            raw: args.executable,
        })
    }
}

impl Drop for Executable {
    fn drop(&mut self) {
        let mut args = ffi::PJRT_LoadedExecutable_Destroy_Args::new();
        args.executable = self.raw;
        let _ = call!(
            self.client.api(),
            PJRT_LoadedExecutable_Destroy,
            &mut args,
            "destroying an executable"
        );
    }
}

impl fmt::Debug for Executable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Executable({:?})", self.signature)
    }
}

struct UnloadedExecutable {
    api: &'static PJRT_Api,
    raw: *mut ffi::PJRT_Executable,
}

impl Drop for UnloadedExecutable {
    fn drop(&mut self) {
        let mut args = ffi::PJRT_Executable_Destroy_Args::new();
        args.executable = self.raw;
        let _ = call!(
            self.api,
            PJRT_Executable_Destroy,
            &mut args,
            "releasing an executable"
        );
    }
}
