//! The PJRT client: creation, device queries, uploads, compilation and deserialization.
//!
//! Every PJRT object keeps the client that made it alive (an `Arc`), and is destroyed in `Drop`.
//! Arguments are checked against the program's signature before PJRT sees them, so a wrong
//! argument is an error naming the argument, never a crash inside the plugin.

use super::buffer::{
    await_event, destroy_event, to_pjrt_type, Backing, Buffer, HostBuffer, HostElement,
};
use super::executable::{Executable, Signature};
use super::ffi::{self, PJRT_Api};
use super::plugin::{check, lossy, read_named_values, DeviceKind, NamedValue, Plugin};
use super::{Result, RuntimeError};
use crate::dtype::TensorType;
use crate::program::Program;
use std::ffi::c_char;
use std::fmt;
use std::ptr;
use std::sync::Arc;

/// Named options for `PJRT_Client_Create` (for the CPU plugin, e.g. `cpu_device_count`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientOptions {
    pub values: Vec<(String, NamedValue)>,
}

impl ClientOptions {
    pub fn new() -> ClientOptions {
        ClientOptions::default()
    }

    /// xlagen's options for a device kind. On CUDA the plugin would otherwise reserve 75% of
    /// the GPU's memory at start (JAX's default); xlagen allocates what the weights, the KV
    /// cache and the executables need as they come, leaving the rest to other processes (a
    /// PyTorch baseline in the same bench, say).
    pub fn for_device(kind: DeviceKind) -> ClientOptions {
        match kind {
            DeviceKind::Cuda => ClientOptions::new().with("preallocate", false),
            DeviceKind::Cpu | DeviceKind::Tpu => ClientOptions::new(),
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<NamedValue>) -> ClientOptions {
        self.values.push((name.to_string(), value.into()));
        self
    }
}

/// A PJRT client on one plugin. Cheap to clone (shared handle).
#[derive(Clone)]
pub struct Client {
    pub(super) inner: Arc<ClientInner>,
}

pub(super) struct ClientInner {
    pub(super) plugin: Plugin,
    pub(super) raw: *mut ffi::PJRT_Client,
    /// The first addressable device: uploads go there and executables run there.
    pub(super) device: *mut ffi::PJRT_Device,
    /// Every addressable device, in the plugin's order (`sharded` spreads work over them).
    pub(super) devices: Vec<*mut ffi::PJRT_Device>,
    pub(super) device_count: usize,
    pub(super) platform_name: String,
    pub(super) platform_version: String,
}

// SAFETY: PJRT clients, buffers and executables are thread-safe objects (the C API is called
// concurrently from many threads by JAX); the raw pointers here are only handles to them, and
// the strings and counts are immutable after creation.
unsafe impl Send for ClientInner {}
// SAFETY: as above; no method mutates `ClientInner` through a shared reference.
unsafe impl Sync for ClientInner {}

impl Drop for ClientInner {
    fn drop(&mut self) {
        let mut args = ffi::PJRT_Client_Destroy_Args::new();
        args.client = self.raw;
        // SAFETY: `raw` is a live client; every buffer and executable holds an `Arc` to this
        // inner value, so none outlives it, and this is the only destroy.
        let err = unsafe { self.api().PJRT_Client_Destroy.expect("checked at load")(&mut args) };
        let _ = check(self.api(), err, "destroying the client");
    }
}

impl ClientInner {
    pub(super) fn api(&self) -> &'static PJRT_Api {
        self.plugin.api()
    }
}

impl Client {
    /// Creates a client on `plugin` with the given create options.
    pub fn new(plugin: &Plugin, options: &ClientOptions) -> Result<Client> {
        let api = plugin.api();
        let named: Vec<ffi::PJRT_NamedValue> = options.values.iter().map(to_named_value).collect();
        let mut args = ffi::PJRT_Client_Create_Args::new();
        args.create_options = named.as_ptr();
        args.num_options = named.len();
        // `named` borrows strings and lists from `options`, which outlive the call.
        call!(api, PJRT_Client_Create, &mut args, "creating the client")?;
        let raw = args.client;

        let mut name = ffi::PJRT_Client_PlatformName_Args::new();
        name.client = raw;
        let mut version = ffi::PJRT_Client_PlatformVersion_Args::new();
        version.client = raw;
        let mut devices = ffi::PJRT_Client_AddressableDevices_Args::new();
        devices.client = raw;
        // Build the inner value first so the client is destroyed if a query below fails.
        let mut inner = ClientInner {
            plugin: plugin.clone(),
            raw,
            device: ptr::null_mut(),
            devices: Vec::new(),
            device_count: 0,
            platform_name: String::new(),
            platform_version: String::new(),
        };
        call!(
            api,
            PJRT_Client_PlatformName,
            &mut name,
            "reading the platform name"
        )?;
        call!(
            api,
            PJRT_Client_PlatformVersion,
            &mut version,
            "reading the platform version"
        )?;
        call!(
            api,
            PJRT_Client_AddressableDevices,
            &mut devices,
            "listing devices"
        )?;
        // SAFETY: the strings are owned by the client, which is alive; copied out here.
        unsafe {
            inner.platform_name = lossy(name.platform_name, name.platform_name_size);
            inner.platform_version = lossy(version.platform_version, version.platform_version_size);
        }
        if devices.num_addressable_devices == 0 || devices.addressable_devices.is_null() {
            return Err(RuntimeError::Pjrt {
                code: super::PjrtErrorCode::NOT_FOUND,
                message: "the client has no addressable devices".to_string(),
                context: "creating the client".to_string(),
            });
        }
        // SAFETY: the plugin returned a non-empty array of device pointers owned by the client.
        inner.devices = unsafe {
            std::slice::from_raw_parts(devices.addressable_devices, devices.num_addressable_devices)
        }
        .to_vec();
        inner.device = inner.devices[0];
        inner.device_count = devices.num_addressable_devices;
        // Loading the plugin and making a client touched ~50 MiB of its code (static
        // initializers); given back before any weights are mapped, so the two never add up.
        super::pages::release_after_load(plugin.path());
        Ok(Client {
            inner: Arc::new(inner),
        })
    }

    pub fn plugin(&self) -> &Plugin {
        &self.inner.plugin
    }

    /// `cpu`, `cuda`, `tpu`, ...
    pub fn platform_name(&self) -> &str {
        &self.inner.platform_name
    }

    pub fn platform_version(&self) -> &str {
        &self.inner.platform_version
    }

    /// Number of addressable devices.
    pub fn device_count(&self) -> usize {
        self.inner.device_count
    }

    pub fn plugin_attributes(&self) -> Result<Vec<(String, NamedValue)>> {
        self.inner.plugin.attributes()
    }

    /// Attributes of the device xlagen runs on (the first addressable one).
    pub fn device_attributes(&self) -> Result<Vec<(String, NamedValue)>> {
        let api = self.inner.api();
        let mut desc = ffi::PJRT_Device_GetDescription_Args::new();
        desc.device = self.inner.device;
        call!(
            api,
            PJRT_Device_GetDescription,
            &mut desc,
            "describing the device"
        )?;
        let mut attrs = ffi::PJRT_DeviceDescription_Attributes_Args::new();
        attrs.device_description = desc.device_description;
        call!(
            api,
            PJRT_DeviceDescription_Attributes,
            &mut attrs,
            "reading device attributes"
        )?;
        // SAFETY: the attributes are owned by the device description, alive with the client.
        unsafe { read_named_values(attrs.attributes, attrs.num_attributes) }
    }

    /// Copies `data` (row-major, `dims`) to the device.
    pub fn upload<T: HostElement>(&self, data: &[T], dims: &[i64]) -> Result<Buffer> {
        let ty = TensorType::new(T::DTYPE, dims);
        // SAFETY: every `HostElement` is a plain number type without padding, so its memory
        // is `size_of_val(data)` initialized bytes.
        let bytes = unsafe {
            std::slice::from_raw_parts(data.as_ptr().cast::<u8>(), std::mem::size_of_val(data))
        };
        self.upload_bytes(bytes, &ty)
    }

    /// Copies raw little-endian element bytes of type `ty` to the device.
    pub fn upload_bytes(&self, bytes: &[u8], ty: &TensorType) -> Result<Buffer> {
        self.upload_bytes_to(bytes, ty, self.inner.device)
    }

    /// `upload_bytes` onto `device`, one of this client's addressable devices.
    pub(super) fn upload_bytes_to(
        &self,
        bytes: &[u8],
        ty: &TensorType,
        device: *mut ffi::PJRT_Device,
    ) -> Result<Buffer> {
        if let Some(d) = ty.dims.iter().find(|d| **d < 0) {
            return Err(RuntimeError::HostData {
                ty: ty.clone(),
                message: format!("negative dimension {d}"),
            });
        }
        if bytes.len() != ty.size_bytes() {
            return Err(RuntimeError::HostData {
                ty: ty.clone(),
                message: format!(
                    "{} bytes of data for {} elements ({} bytes)",
                    bytes.len(),
                    ty.num_elements(),
                    ty.size_bytes()
                ),
            });
        }
        // The plugin copies during the call; `upload_host` is the zero-copy way in.
        let args = self.buffer_from_host(
            bytes.as_ptr(),
            ty,
            ffi::PJRT_HostBufferSemantics_kImmutableOnlyDuringCall,
            device,
        )?;
        destroy_event(self.inner.api(), args.done_with_host_buffer);
        Ok(Buffer {
            client: self.inner.clone(),
            raw: args.buffer,
            ty: ty.clone(),
            backing: None,
        })
    }

    /// One `PJRT_Client_BufferFromHostBuffer` call of the `ty` array at `data` (which holds
    /// `ty.size_bytes()` bytes, kept as `semantics` asks) on `device`; the caller owns the
    /// returned buffer and `done_with_host_buffer` event.
    fn buffer_from_host(
        &self,
        data: *const u8,
        ty: &TensorType,
        semantics: ffi::PJRT_HostBufferSemantics,
        device: *mut ffi::PJRT_Device,
    ) -> Result<ffi::PJRT_Client_BufferFromHostBuffer_Args> {
        let mut args = ffi::PJRT_Client_BufferFromHostBuffer_Args::new();
        args.client = self.inner.raw;
        args.data = data.cast();
        args.kind = to_pjrt_type(ty.dtype);
        args.dims = ty.dims.as_ptr();
        args.num_dims = ty.dims.len();
        args.host_buffer_semantics = semantics;
        args.device = device;
        call!(
            self.inner.api(),
            PJRT_Client_BufferFromHostBuffer,
            &mut args,
            "uploading a buffer"
        )?;
        Ok(args)
    }

    /// Moves `host` to the device. A plugin that can use host memory in place (the CPU plugin,
    /// for aligned dense arrays) keeps it as the buffer's memory, so the tensor is never
    /// copied and the host holds it once; others copy it, and it is freed after the copy.
    pub fn upload_host(&self, host: HostBuffer) -> Result<Buffer> {
        // The plugin may alias the bytes for the buffer's life, promising never to write them;
        // the memory stays untouched by us and alive until `done_with_host_buffer` fires (see
        // `Buffer`'s drop), which is what this mode asks of the caller.
        let data = host.bytes().as_ptr();
        self.upload_host_as(host, data, false)
    }

    /// As `upload_host`, but the device may also write the memory in place: donated to an
    /// executable whose output aliases it, the buffer's memory becomes that output's (and so
    /// on along a chain of calls), as a device allocation would. A page of `host` that is
    /// never written is then never made resident: a `HostBuffer::zeroed` KV cache takes memory
    /// only as positions are written. A file's map is refused (it is read-only).
    pub fn upload_host_mutable(&self, mut host: HostBuffer) -> Result<Buffer> {
        // The plugin may read and write the memory until `done_with_host_buffer` fires; we
        // neither touch nor free it before (see `Buffer`'s drop and `Executable::execute`), and
        // the pointer comes from the map's own mutable access, not from a shared view of it.
        let data = host.as_mut_ptr()?;
        self.upload_host_as(host, data, true)
    }

    /// The zero-copy upload of `host`, whose first byte is `data`, writable by the device when
    /// `mutable`.
    fn upload_host_as(&self, host: HostBuffer, data: *const u8, mutable: bool) -> Result<Buffer> {
        let ty = host.ty().clone();
        let api = self.inner.api();
        let semantics = if mutable {
            ffi::PJRT_HostBufferSemantics_kMutableZeroCopy
        } else {
            ffi::PJRT_HostBufferSemantics_kImmutableZeroCopy
        };
        let args = self.buffer_from_host(data, &ty, semantics, self.inner.device)?;
        let mut buffer = Buffer {
            client: self.inner.clone(),
            raw: args.buffer,
            ty,
            backing: None,
        };
        let address = data as usize;
        let pointer = buffer.device_pointer();
        // Where the plugin cannot say (no buffer pointers), it may alias: kept, to be safe, and
        // then never donated, since no output could be matched to the memory it would write.
        let copied = pointer.as_ref().is_ok_and(|&p| p != address);
        if !copied {
            buffer.backing = Some(Backing {
                done: args.done_with_host_buffer,
                host,
                mutable: mutable && pointer.is_ok(),
                address,
            });
        } else if let Err(e) = await_event(api, args.done_with_host_buffer, "uploading a buffer") {
            // The plugin may still read it: leaked rather than freed under it.
            std::mem::forget(host);
            return Err(e);
        }
        Ok(buffer)
    }

    /// Compiles StableHLO text. The program's signature is checked against the executable's
    /// outputs and kept to check arguments at every execute.
    pub fn compile(&self, program: &Program, options: &CompileOptions) -> Result<Executable> {
        if options.num_partitions() > 1 {
            return Err(RuntimeError::Partitions(format!(
                "options for {} partitions need a sharded program (Client::compile_sharded)",
                options.num_partitions()
            )));
        }
        let raw = self.compile_raw(&program.mlir, options)?;
        self.wrap_executable(raw, Signature::of(program))
    }

    /// One `PJRT_Client_Compile` of StableHLO text; the caller wraps the result.
    pub(super) fn compile_raw(
        &self,
        mlir: &str,
        options: &CompileOptions,
    ) -> Result<*mut ffi::PJRT_LoadedExecutable> {
        let api = self.inner.api();
        let format = "mlir";
        let mut code = ffi::PJRT_Program::new();
        // PJRT reads `code` during compile; the pointer is `*mut` only because the same struct
        // is an output elsewhere in the API.
        code.code = mlir.as_ptr() as *mut c_char;
        code.code_size = mlir.len();
        code.format = format.as_ptr().cast();
        code.format_size = format.len();
        let encoded = options.encode();
        let mut args = ffi::PJRT_Client_Compile_Args::new();
        args.client = self.inner.raw;
        args.program = &code;
        args.compile_options = encoded.as_ptr().cast();
        args.compile_options_size = encoded.len();
        call!(api, PJRT_Client_Compile, &mut args, "compiling StableHLO")?;
        // The compiler's code and temporaries are not needed to run what it made.
        self.release_after_load();
        Ok(args.executable)
    }

    /// Loads an executable serialized by [`Executable::serialize`] with this client's plugin.
    pub fn deserialize(&self, bytes: &[u8], signature: &Signature) -> Result<Executable> {
        let api = self.inner.api();
        let mut args = ffi::PJRT_Executable_DeserializeAndLoad_Args::new();
        args.client = self.inner.raw;
        args.serialized_executable = bytes.as_ptr().cast();
        args.serialized_executable_size = bytes.len();
        call!(
            api,
            PJRT_Executable_DeserializeAndLoad,
            &mut args,
            "loading a serialized executable"
        )?;
        self.release_after_load();
        self.wrap_executable(args.loaded_executable, signature.clone())
    }

    /// Gives back the plugin's code pages and freed heap that a compile or a load touched
    /// (`pages`): what running executables needs faults back in from the page cache.
    pub(super) fn release_after_load(&self) {
        super::pages::release_after_load(self.inner.plugin.path());
    }

    pub(super) fn wrap_executable(
        &self,
        raw: *mut ffi::PJRT_LoadedExecutable,
        signature: Signature,
    ) -> Result<Executable> {
        let exe = Executable {
            client: self.inner.clone(),
            raw,
            signature,
        };
        exe.check_outputs()?;
        Ok(exe)
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Client({} {}, {} devices)",
            self.inner.platform_name, self.inner.platform_version, self.inner.device_count
        )
    }
}

use super::CompileOptions;

fn to_named_value((name, value): &(String, NamedValue)) -> ffi::PJRT_NamedValue {
    let mut v = ffi::PJRT_NamedValue::new();
    v.name = name.as_ptr().cast();
    v.name_size = name.len();
    v.value_size = 1;
    match value {
        NamedValue::String(s) => {
            v.kind = ffi::PJRT_NamedValue_kString;
            v.value.string_value = s.as_ptr().cast();
            v.value_size = s.len();
        }
        NamedValue::Int64(i) => {
            v.kind = ffi::PJRT_NamedValue_kInt64;
            v.value.int64_value = *i;
        }
        NamedValue::Int64List(list) => {
            v.kind = ffi::PJRT_NamedValue_kInt64List;
            v.value.int64_array_value = list.as_ptr();
            v.value_size = list.len();
        }
        NamedValue::Float(x) => {
            v.kind = ffi::PJRT_NamedValue_kFloat;
            v.value.float_value = *x;
        }
        NamedValue::Bool(b) => {
            v.kind = ffi::PJRT_NamedValue_kBool;
            v.value.bool_value = *b;
        }
    }
    v
}
