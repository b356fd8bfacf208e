//! Device buffers and the host element types that move in and out of them.

use super::client::ClientInner;
use super::executable::Arg;
use super::ffi::{self, PJRT_Api};
use super::{Result, RuntimeError};
use crate::dtype::{DType, TensorType};
use std::fmt;
use std::sync::Arc;

pub(super) fn to_pjrt_type(dtype: DType) -> ffi::PJRT_Buffer_Type {
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

pub(super) fn from_pjrt_type(t: ffi::PJRT_Buffer_Type) -> Result<DType> {
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
pub(super) fn destroy_event(api: &PJRT_Api, event: *mut ffi::PJRT_Event) {
    if event.is_null() {
        return;
    }
    let mut args = ffi::PJRT_Event_Destroy_Args::new();
    args.event = event;
    let _ = call!(api, PJRT_Event_Destroy, &mut args, "destroying an event");
}

/// Waits for `event`, then destroys it; the event's error becomes ours.
pub(super) fn await_event(
    api: &PJRT_Api,
    event: *mut ffi::PJRT_Event,
    context: &str,
) -> Result<()> {
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

/// Host memory for one tensor that a device buffer may use in place instead of copying
/// ([`Client::upload_host`](super::Client::upload_host)): zeroed pages of its own anonymous
/// mapping, so page-aligned (XLA's CPU client aliases only aligned memory) and returned to the
/// OS when freed, never left in the heap among short-lived allocations; or a range of a
/// read-only file map (a checkpoint tensor stored as it runs), which is then never copied.
pub struct HostBuffer {
    memory: Memory,
    ty: TensorType,
}

enum Memory {
    Anonymous(memmap2::MmapMut),
    /// The map and the tensor's first byte in it.
    File(Arc<memmap2::Mmap>, usize),
}

// No transparent huge pages (MADV_HUGEPAGE): fewer faults, but with the kernel's default
// `defrag=madvise` a fault may compact memory synchronously; touching 512 MiB so took 0.2 to
// 2.7 s here against ~1 s without, and the weights' upload 2-3x longer on a busy machine.

impl HostBuffer {
    /// Zeroed memory for a tensor of type `ty` (untouched pages until written).
    pub fn zeroed(ty: &TensorType) -> Result<HostBuffer> {
        HostBuffer::anonymous(ty, false)
    }

    /// Zeroed memory for a tensor of type `ty` whose every page is resident from the start
    /// (populated when mapped), for memory that should not grow as it is written.
    pub fn zeroed_resident(ty: &TensorType) -> Result<HostBuffer> {
        HostBuffer::anonymous(ty, true)
    }

    fn anonymous(ty: &TensorType, populate: bool) -> Result<HostBuffer> {
        check_dims(ty)?;
        let mut options = memmap2::MmapOptions::new();
        options.len(ty.size_bytes().max(1));
        if populate {
            options.populate();
        }
        let map = options.map_anon().map_err(|e| RuntimeError::HostData {
            ty: ty.clone(),
            message: format!("cannot allocate host memory for it: {e}"),
        })?;
        Ok(HostBuffer {
            memory: Memory::Anonymous(map),
            ty: ty.clone(),
        })
    }

    /// The tensor of type `ty` stored at byte `offset` of `map`, used in place (read only).
    pub fn mapped(map: Arc<memmap2::Mmap>, offset: usize, ty: &TensorType) -> Result<HostBuffer> {
        check_dims(ty)?;
        if offset
            .checked_add(ty.size_bytes())
            .is_none_or(|end| end > map.len())
        {
            return Err(RuntimeError::HostData {
                ty: ty.clone(),
                message: format!(
                    "{} bytes at offset {offset} lie outside a map of {} bytes",
                    ty.size_bytes(),
                    map.len()
                ),
            });
        }
        Ok(HostBuffer {
            memory: Memory::File(map, offset),
            ty: ty.clone(),
        })
    }

    pub fn ty(&self) -> &TensorType {
        &self.ty
    }

    pub fn bytes(&self) -> &[u8] {
        let n = self.ty.size_bytes();
        match &self.memory {
            Memory::Anonymous(map) => &map[..n],
            Memory::File(map, offset) => &map[*offset..*offset + n],
        }
    }

    /// The first byte, for a device buffer that may write the memory in place; refused for a
    /// file's (read-only) map.
    pub(super) fn as_mut_ptr(&mut self) -> Result<*mut u8> {
        match &mut self.memory {
            Memory::Anonymous(map) => Ok(map.as_mut_ptr()),
            Memory::File(..) => Err(RuntimeError::HostData {
                ty: self.ty.clone(),
                message: "it is a read-only file map, which a device may not write".to_string(),
            }),
        }
    }

    /// The elements, to fill in; `T` must be the tensor's element type, and the memory this
    /// buffer's own (not a file's).
    pub fn elements_mut<T: HostElement>(&mut self) -> Result<&mut [T]> {
        if T::DTYPE != self.ty.dtype {
            return Err(RuntimeError::HostData {
                ty: self.ty.clone(),
                message: format!("cannot write it as {}", T::DTYPE),
            });
        }
        let Memory::Anonymous(map) = &mut self.memory else {
            return Err(RuntimeError::HostData {
                ty: self.ty.clone(),
                message: "it is a read-only file map".to_string(),
            });
        };
        let n = self.ty.num_elements();
        // SAFETY: the mapping is page-aligned (so aligned for any `HostElement`), zeroed, and
        // holds `n` elements; every bit pattern is a valid value of a `HostElement` number
        // type; `&mut self` makes the slice the only access.
        Ok(unsafe { std::slice::from_raw_parts_mut(map.as_mut_ptr().cast::<T>(), n) })
    }
}

fn check_dims(ty: &TensorType) -> Result<()> {
    if ty.dims.iter().any(|&d| d < 0) {
        return Err(RuntimeError::HostData {
            ty: ty.clone(),
            message: "negative dimension".to_string(),
        });
    }
    Ok(())
}

impl fmt::Debug for HostBuffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HostBuffer({})", self.ty)
    }
}

/// Host memory a device buffer aliases, and the event the plugin fires once it no longer
/// uses it (after the buffer is destroyed and every execution reading it has finished).
pub(super) struct Backing {
    pub(super) done: *mut ffi::PJRT_Event,
    pub(super) host: HostBuffer,
    /// Uploaded `kMutableZeroCopy`: the plugin may write the memory as the aliased output of a
    /// donated buffer, which then holds it on (`Executable::execute` moves the backing there).
    pub(super) mutable: bool,
    /// The memory's first byte, as the device buffer's `device_pointer` reports it (kept here:
    /// while the plugin may write the memory we make no reference to it).
    pub(super) address: usize,
}

/// A buffer on the device, destroyed on drop.
pub struct Buffer {
    pub(super) client: Arc<ClientInner>,
    pub(super) raw: *mut ffi::PJRT_Buffer,
    pub(super) ty: TensorType,
    /// Set when the buffer uses host memory in place (zero-copy upload).
    pub(super) backing: Option<Backing>,
}

// SAFETY: see `ClientInner`; a PJRT buffer may be read and destroyed from any thread.
unsafe impl Send for Buffer {}
// SAFETY: every `&self` method only reads the buffer through thread-safe PJRT calls.
unsafe impl Sync for Buffer {}

impl Buffer {
    pub fn ty(&self) -> &TensorType {
        &self.ty
    }

    /// Hands the buffer to an execute call that may reuse its memory for an output (unless it
    /// uses host memory in place uploaded read-only, `Client::upload_host`: it is then only
    /// read; memory uploaded with `Client::upload_host_mutable` is reused).
    pub fn donate(self) -> Arg<'static> {
        Arg::Donated(self)
    }

    /// Whether the device uses host memory in place for this buffer (zero-copy upload).
    pub fn aliases_host_memory(&self) -> bool {
        self.backing.is_some()
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
        let api = self.client.api();
        let mut args = ffi::PJRT_Buffer_Destroy_Args::new();
        args.buffer = self.raw;
        let _ = call!(api, PJRT_Buffer_Destroy, &mut args, "destroying a buffer");
        if let Some(backing) = self.backing.take() {
            // An execution still reading the buffer keeps its memory in use after the destroy;
            // the host memory is freed only once the plugin says it is done with it. Should
            // the wait fail, the memory is leaked rather than freed under the plugin.
            if await_event(api, backing.done, "releasing host memory").is_err() {
                std::mem::forget(backing.host);
            }
        }
    }
}

impl fmt::Debug for Buffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Buffer({})", self.ty)
    }
}

/// # Safety
/// `ptr` must be null (with any `len`) or point to `len` readable elements.
pub(super) unsafe fn slice_or_empty<'a, T>(ptr: *const T, len: usize) -> &'a [T] {
    if ptr.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}
