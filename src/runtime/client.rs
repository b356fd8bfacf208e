//! The PJRT client and what it makes: device buffers and loaded executables.
//!
//! Every PJRT object keeps the client that made it alive (an `Arc`), and is destroyed in `Drop`.
//! Arguments are checked against the program's signature before PJRT sees them, so a wrong
//! argument is an error naming the argument, never a crash inside the plugin.

use super::ffi::{self, PJRT_Api};
use super::plugin::{check, lossy, read_named_values, NamedValue, Plugin};
use super::{Result, RuntimeError};
use crate::dtype::{DType, TensorType};
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

    pub fn with(mut self, name: &str, value: impl Into<NamedValue>) -> ClientOptions {
        self.values.push((name.to_string(), value.into()));
        self
    }
}

/// A PJRT client on one plugin. Cheap to clone (shared handle).
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientInner>,
}

struct ClientInner {
    plugin: Plugin,
    raw: *mut ffi::PJRT_Client,
    /// The first addressable device: uploads go there and executables run there.
    device: *mut ffi::PJRT_Device,
    device_count: usize,
    platform_name: String,
    platform_version: String,
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
    fn api(&self) -> &'static PJRT_Api {
        self.plugin.api()
    }
}

/// Calls a PJRT entry point that the plugin was checked to provide at load time.
macro_rules! call {
    ($api:expr, $fn:ident, $args:expr, $context:expr) => {{
        let api: &PJRT_Api = $api;
        // SAFETY: the entry point was checked to exist when the plugin was loaded; `$args` is a
        // fully initialized args struct whose pointers are valid for the duration of the call
        // (each call site keeps what they point to alive until it returns).
        let err = unsafe { api.$fn.expect("checked at load")($args) };
        check(api, err, $context)
    }};
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
        inner.device = unsafe { *devices.addressable_devices };
        inner.device_count = devices.num_addressable_devices;
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
        let api = self.inner.api();
        let mut args = ffi::PJRT_Client_BufferFromHostBuffer_Args::new();
        args.client = self.inner.raw;
        args.data = bytes.as_ptr().cast();
        args.kind = to_pjrt_type(ty.dtype);
        args.dims = ty.dims.as_ptr();
        args.num_dims = ty.dims.len();
        // The plugin copies during the call. Zero-copy would need 64-byte-aligned host memory
        // kept alive until the buffer is freed (its done event fires only then).
        args.host_buffer_semantics = ffi::PJRT_HostBufferSemantics_kImmutableOnlyDuringCall;
        args.device = self.inner.device;
        call!(
            api,
            PJRT_Client_BufferFromHostBuffer,
            &mut args,
            "uploading a buffer"
        )?;
        destroy_event(api, args.done_with_host_buffer);
        Ok(Buffer {
            client: self.inner.clone(),
            raw: args.buffer,
            ty: ty.clone(),
        })
    }

    /// Compiles StableHLO text. The program's signature is checked against the executable's
    /// outputs and kept to check arguments at every execute.
    pub fn compile(&self, program: &Program, options: &CompileOptions) -> Result<Executable> {
        let api = self.inner.api();
        let format = "mlir";
        let mut code = ffi::PJRT_Program::new();
        // PJRT reads `code` during compile; the pointer is `*mut` only because the same struct
        // is an output elsewhere in the API.
        code.code = program.mlir.as_ptr() as *mut c_char;
        code.code_size = program.mlir.len();
        code.format = format.as_ptr().cast();
        code.format_size = format.len();
        let encoded = options.encode();
        let mut args = ffi::PJRT_Client_Compile_Args::new();
        args.client = self.inner.raw;
        args.program = &code;
        args.compile_options = encoded.as_ptr().cast();
        args.compile_options_size = encoded.len();
        call!(api, PJRT_Client_Compile, &mut args, "compiling StableHLO")?;
        self.wrap_executable(args.executable, Signature::of(program))
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
        self.wrap_executable(args.loaded_executable, signature.clone())
    }

    fn wrap_executable(
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

fn to_pjrt_type(dtype: DType) -> ffi::PJRT_Buffer_Type {
    match dtype {
        DType::Pred => ffi::PJRT_Buffer_Type_PRED,
        DType::I8 => ffi::PJRT_Buffer_Type_S8,
        DType::I32 => ffi::PJRT_Buffer_Type_S32,
        DType::I64 => ffi::PJRT_Buffer_Type_S64,
        DType::U8 => ffi::PJRT_Buffer_Type_U8,
        DType::U32 => ffi::PJRT_Buffer_Type_U32,
        DType::U64 => ffi::PJRT_Buffer_Type_U64,
        DType::F16 => ffi::PJRT_Buffer_Type_F16,
        DType::BF16 => ffi::PJRT_Buffer_Type_BF16,
        DType::F32 => ffi::PJRT_Buffer_Type_F32,
        DType::F64 => ffi::PJRT_Buffer_Type_F64,
    }
}

fn from_pjrt_type(t: ffi::PJRT_Buffer_Type) -> Result<DType> {
    Ok(match t {
        ffi::PJRT_Buffer_Type_PRED => DType::Pred,
        ffi::PJRT_Buffer_Type_S8 => DType::I8,
        ffi::PJRT_Buffer_Type_S32 => DType::I32,
        ffi::PJRT_Buffer_Type_S64 => DType::I64,
        ffi::PJRT_Buffer_Type_U8 => DType::U8,
        ffi::PJRT_Buffer_Type_U32 => DType::U32,
        ffi::PJRT_Buffer_Type_U64 => DType::U64,
        ffi::PJRT_Buffer_Type_F16 => DType::F16,
        ffi::PJRT_Buffer_Type_BF16 => DType::BF16,
        ffi::PJRT_Buffer_Type_F32 => DType::F32,
        ffi::PJRT_Buffer_Type_F64 => DType::F64,
        other => return Err(RuntimeError::UnsupportedElementType(other)),
    })
}

/// Destroys an event we do not need (null is allowed).
fn destroy_event(api: &PJRT_Api, event: *mut ffi::PJRT_Event) {
    if event.is_null() {
        return;
    }
    let mut args = ffi::PJRT_Event_Destroy_Args::new();
    args.event = event;
    let _ = call!(api, PJRT_Event_Destroy, &mut args, "destroying an event");
}

/// Waits for `event`, then destroys it; the event's error becomes ours.
fn await_event(api: &PJRT_Api, event: *mut ffi::PJRT_Event, context: &str) -> Result<()> {
    if event.is_null() {
        return Ok(());
    }
    let mut args = ffi::PJRT_Event_Await_Args::new();
    args.event = event;
    let result = call!(api, PJRT_Event_Await, &mut args, context);
    destroy_event(api, event);
    result
}

mod sealed {
    pub trait Sealed {}
}

/// A host element type that maps one-to-one onto a device element type.
pub trait HostElement: Copy + sealed::Sealed + 'static {
    const DTYPE: DType;
}

macro_rules! host_elements {
    ($($t:ty => $d:expr),+ $(,)?) => {$(
        impl sealed::Sealed for $t {}
        impl HostElement for $t {
            const DTYPE: DType = $d;
        }
    )+};
}

host_elements!(
    f32 => DType::F32,
    f64 => DType::F64,
    half::bf16 => DType::BF16,
    half::f16 => DType::F16,
    i8 => DType::I8,
    i32 => DType::I32,
    i64 => DType::I64,
    u8 => DType::U8,
    u32 => DType::U32,
    u64 => DType::U64,
);

/// A buffer on the device, destroyed on drop.
pub struct Buffer {
    client: Arc<ClientInner>,
    raw: *mut ffi::PJRT_Buffer,
    ty: TensorType,
}

// SAFETY: see `ClientInner`; a PJRT buffer may be read and destroyed from any thread.
unsafe impl Send for Buffer {}
// SAFETY: every `&self` method only reads the buffer through thread-safe PJRT calls.
unsafe impl Sync for Buffer {}

impl Buffer {
    pub fn ty(&self) -> &TensorType {
        &self.ty
    }

    /// Hands the buffer to an execute call that may reuse its memory for an output.
    pub fn donate(self) -> Arg<'static> {
        Arg::Donated(self)
    }

    /// Copies the buffer to the host as elements of `T`, which must be its element type.
    pub fn to_host<T: HostElement>(&self) -> Result<Vec<T>> {
        if T::DTYPE != self.ty.dtype {
            return Err(RuntimeError::HostData {
                ty: self.ty.clone(),
                message: format!("cannot read it as {}", T::DTYPE),
            });
        }
        let n = self.ty.num_elements();
        let mut out: Vec<T> = Vec::with_capacity(n);
        self.copy_to_host(out.as_mut_ptr().cast(), n * std::mem::size_of::<T>())?;
        // SAFETY: the plugin wrote all `n` elements (the copy completed without error), and
        // every bit pattern is a valid value of a `HostElement` number type.
        unsafe { out.set_len(n) };
        Ok(out)
    }

    /// Copies the buffer to the host as raw little-endian element bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut out = vec![0u8; self.ty.size_bytes()];
        self.copy_to_host(out.as_mut_ptr(), out.len())?;
        Ok(out)
    }

    fn copy_to_host(&self, dst: *mut u8, len: usize) -> Result<()> {
        let api = self.client.api();
        let mut args = ffi::PJRT_Buffer_ToHostBuffer_Args::new();
        args.src = self.raw;
        args.dst = dst.cast();
        args.dst_size = len;
        // `dst` has room for `len` bytes and is not touched by us until the event is awaited.
        call!(
            api,
            PJRT_Buffer_ToHostBuffer,
            &mut args,
            "copying a buffer to the host"
        )?;
        await_event(api, args.event, "copying a buffer to the host")
    }

    /// Waits until the buffer's contents are computed (and reports a failed computation).
    pub fn block_until_ready(&self) -> Result<()> {
        let api = self.client.api();
        let mut args = ffi::PJRT_Buffer_ReadyEvent_Args::new();
        args.buffer = self.raw;
        call!(
            api,
            PJRT_Buffer_ReadyEvent,
            &mut args,
            "waiting for a buffer"
        )?;
        await_event(api, args.event, "waiting for a buffer")
    }

    /// The device address of the buffer's memory (for checking in-place updates).
    pub fn device_pointer(&self) -> Result<usize> {
        let mut args = ffi::PJRT_Buffer_UnsafePointer_Args::new();
        args.buffer = self.raw;
        call!(
            self.client.api(),
            PJRT_Buffer_UnsafePointer,
            &mut args,
            "reading a buffer address"
        )?;
        Ok(args.buffer_pointer)
    }

    pub fn on_device_size_bytes(&self) -> Result<usize> {
        let mut args = ffi::PJRT_Buffer_OnDeviceSizeInBytes_Args::new();
        args.buffer = self.raw;
        call!(
            self.client.api(),
            PJRT_Buffer_OnDeviceSizeInBytes,
            &mut args,
            "reading a buffer size"
        )?;
        Ok(args.on_device_size_in_bytes)
    }

    /// The element type and dimensions as the plugin reports them.
    pub fn device_type(&self) -> Result<TensorType> {
        let api = self.client.api();
        let mut et = ffi::PJRT_Buffer_ElementType_Args::new();
        et.buffer = self.raw;
        call!(
            api,
            PJRT_Buffer_ElementType,
            &mut et,
            "reading a buffer type"
        )?;
        let mut dims = ffi::PJRT_Buffer_Dimensions_Args::new();
        dims.buffer = self.raw;
        call!(
            api,
            PJRT_Buffer_Dimensions,
            &mut dims,
            "reading buffer dimensions"
        )?;
        // SAFETY: the plugin returned `num_dims` dimensions owned by the live buffer.
        let dims = unsafe { slice_or_empty(dims.dims, dims.num_dims) }.to_vec();
        Ok(TensorType::new(from_pjrt_type(et.kind)?, &dims))
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        let mut args = ffi::PJRT_Buffer_Destroy_Args::new();
        args.buffer = self.raw;
        let _ = call!(
            self.client.api(),
            PJRT_Buffer_Destroy,
            &mut args,
            "destroying a buffer"
        );
    }
}

impl fmt::Debug for Buffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Buffer({})", self.ty)
    }
}

/// # Safety
/// `ptr` must be null (with any `len`) or point to `len` readable elements.
unsafe fn slice_or_empty<'a, T>(ptr: *const T, len: usize) -> &'a [T] {
    if ptr.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}

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
    fn buffer(&self) -> &Buffer {
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

/// A compiled program loaded on the client's device.
pub struct Executable {
    client: Arc<ClientInner>,
    raw: *mut ffi::PJRT_LoadedExecutable,
    signature: Signature,
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
            .filter(|(_, a)| matches!(a, Arg::Borrowed(_)))
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
        // Donated arguments are destroyed only now, after PJRT took what it needed from them.
        drop(args);
        Ok(outputs
            .into_iter()
            .zip(&self.signature.outputs)
            .map(|(raw, ty)| Buffer {
                client: self.client.clone(),
                raw,
                ty: ty.clone(),
            })
            .collect())
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
    fn check_outputs(&self) -> Result<()> {
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
