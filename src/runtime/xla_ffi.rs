//! Typed XLA FFI custom calls: our Rust handlers registered with the plugin through its PJRT FFI
//! extension, and the call frame XLA passes them decoded into safe slices.
//!
//! The XLA FFI C API header (`xla/ffi/api/c_api.h`) is not shipped with the plugin wheel; the
//! structs below mirror the subset we read, as laid out by XLA of 2025 (FFI API 0.x, whose
//! `XLA_FFI_Api` table has kept its leading entries in this order). The PJRT side,
//! `PJRT_FFI_Register_Handler_Args`, follows what the 0.81 CPU plugin reads: no `api_version`
//! field (a header revision with one shifts every later field and crashes), so only typed
//! (api_version = 4) handlers can be registered, which is all we emit.
#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals)]

use std::collections::HashSet;
use std::ffi::{c_char, c_int, c_void, CString};
use std::marker::PhantomData;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Mutex, OnceLock};

use super::ffi::{self, PJRT_Extension_Base, PJRT_Extension_Type_FFI};
use super::plugin::{check, Plugin};
use super::{PjrtErrorCode, Result, RuntimeError};
use crate::dtype::DType;

// ---- PJRT FFI extension (pjrt_c_api_ffi_extension.h, version with handler registration) ----

#[repr(C)]
struct PJRT_FFI_Extension {
    base: PJRT_Extension_Base,
    type_id_register: *const c_void,
    user_data_add: *const c_void,
    register_handler:
        Option<unsafe extern "C" fn(*mut PJRT_FFI_Register_Handler_Args) -> *mut ffi::PJRT_Error>,
}

#[repr(C)]
struct PJRT_FFI_Register_Handler_Args {
    struct_size: usize,
    target_name: *const c_char,
    target_name_size: usize,
    handler: *const c_void,
    platform_name: *const c_char,
    platform_name_size: usize,
    traits: u32,
}

/// `PJRT_STRUCT_SIZE` of the args: offset of `traits` plus its size (0x34).
const REGISTER_ARGS_SIZE: usize = std::mem::offset_of!(PJRT_FFI_Register_Handler_Args, traits) + 4;
const _: () = assert!(REGISTER_ARGS_SIZE == 0x34);
/// The extension struct up to and including `register_handler`.
const EXTENSION_SIZE: usize = std::mem::offset_of!(PJRT_FFI_Extension, register_handler) + 8;

// ---- XLA FFI (xla/ffi/api/c_api.h) ----

#[repr(C)]
struct XLA_FFI_Extension_Base {
    struct_size: usize,
    kind: c_int,
    next: *mut XLA_FFI_Extension_Base,
}

const XLA_FFI_Extension_Metadata: c_int = 1;

#[repr(C)]
struct XLA_FFI_Api_Version {
    struct_size: usize,
    extension_start: *mut c_void,
    major_version: c_int,
    minor_version: c_int,
}

/// The FFI API version our handlers are written against (what we report at registration).
const XLA_FFI_API_MAJOR: c_int = 0;
const XLA_FFI_API_MINOR: c_int = 1;

#[repr(C)]
struct XLA_FFI_Metadata {
    struct_size: usize,
    api_version: XLA_FFI_Api_Version,
    traits: u32,
}

#[repr(C)]
struct XLA_FFI_Metadata_Extension {
    extension_base: XLA_FFI_Extension_Base,
    metadata: *mut XLA_FFI_Metadata,
}

#[repr(C)]
struct XLA_FFI_Buffer {
    struct_size: usize,
    extension_start: *mut c_void,
    dtype: c_int,
    data: *mut c_void,
    rank: i64,
    dims: *const i64,
}

/// `XLA_FFI_Args` and `XLA_FFI_Rets` share this layout.
#[repr(C)]
struct XLA_FFI_List {
    struct_size: usize,
    extension_start: *mut c_void,
    size: i64,
    types: *const c_int,
    items: *const *mut c_void,
}

#[repr(C)]
struct XLA_FFI_Attrs {
    struct_size: usize,
    extension_start: *mut c_void,
    size: i64,
    types: *const c_int,
    names: *const *const c_void,
    attrs: *const *mut c_void,
}

const XLA_FFI_ArgType_BUFFER: c_int = 1;
const XLA_FFI_ExecutionStage_EXECUTE: c_int = 3;

#[repr(C)]
pub struct XLA_FFI_CallFrame {
    struct_size: usize,
    extension_start: *mut XLA_FFI_Extension_Base,
    api: *const XLA_FFI_Api,
    ctx: *mut c_void,
    stage: c_int,
    args: XLA_FFI_List,
    rets: XLA_FFI_List,
    attrs: XLA_FFI_Attrs,
    future: *mut c_void,
}

/// Opaque XLA FFI error, owned by whoever receives it.
#[repr(C)]
pub struct XLA_FFI_Error {
    _private: [u8; 0],
}

#[repr(C)]
struct XLA_FFI_Error_Create_Args {
    struct_size: usize,
    extension_start: *mut c_void,
    message: *const c_char,
    errc: c_int,
}

type FfiFn<A> = Option<unsafe extern "C" fn(*mut A) -> *mut XLA_FFI_Error>;

/// The leading entries of `XLA_FFI_Api`; unused ones only hold their slots.
#[repr(C)]
struct XLA_FFI_Api {
    struct_size: usize,
    extension_start: *mut c_void,
    api_version: XLA_FFI_Api_Version,
    internal_api: *mut c_void,
    XLA_FFI_Error_Create: FfiFn<XLA_FFI_Error_Create_Args>,
    XLA_FFI_Error_GetMessage: *const c_void,
    XLA_FFI_Error_Destroy: *const c_void,
    XLA_FFI_Handler_Register: *const c_void,
    XLA_FFI_Stream_Get: *const c_void,
    XLA_FFI_TypeId_Register: *const c_void,
    XLA_FFI_ExecutionContext_Get: *const c_void,
    XLA_FFI_State_Set: *const c_void,
    XLA_FFI_State_Get: *const c_void,
    XLA_FFI_DeviceMemory_Allocate: *const c_void,
    XLA_FFI_DeviceMemory_Free: *const c_void,
}

// ---- the safe side ----

/// A typed FFI handler: XLA calls `execute` with the operands and results of one custom call.
/// Errors go back to XLA as FFI errors (the executable's run fails with the message); a panic
/// is caught at the boundary and reported the same way.
pub trait FfiHandler {
    fn execute(call: FfiCall<'_>) -> std::result::Result<(), String>;
}

/// One operand or result buffer of a custom call.
pub struct FfiBuffer<'a> {
    pub dtype: DType,
    pub dims: &'a [i64],
    data: *mut u8,
    len: usize,
    _frame: PhantomData<&'a mut [u8]>,
}

impl FfiBuffer<'_> {
    fn check(&self, want: DType) -> std::result::Result<(), String> {
        if self.dtype == want {
            Ok(())
        } else {
            Err(format!("expected a {want} buffer, got {}", self.dtype))
        }
    }

    pub fn f32(&self) -> std::result::Result<&[f32], String> {
        self.check(DType::F32)?;
        // SAFETY: XLA hands a live, aligned buffer of `len` elements of the checked dtype that
        // stays valid for the handler call (the frame's lifetime).
        Ok(unsafe { super::buffer::slice_or_empty(self.data as *const f32, self.len) })
    }

    pub fn i8(&self) -> std::result::Result<&[i8], String> {
        self.check(DType::I8)?;
        // SAFETY: as in `f32`.
        Ok(unsafe { super::buffer::slice_or_empty(self.data as *const i8, self.len) })
    }

    pub fn bf16(&self) -> std::result::Result<&[half::bf16], String> {
        self.check(DType::BF16)?;
        // SAFETY: as in `f32`; `half::bf16` is a transparent `u16`, the buffer's element.
        Ok(unsafe { super::buffer::slice_or_empty(self.data as *const half::bf16, self.len) })
    }

    pub fn f16(&self) -> std::result::Result<&[half::f16], String> {
        self.check(DType::F16)?;
        // SAFETY: as in `bf16`.
        Ok(unsafe { super::buffer::slice_or_empty(self.data as *const half::f16, self.len) })
    }

    pub fn i32(&self) -> std::result::Result<&[i32], String> {
        self.check(DType::I32)?;
        // SAFETY: as in `f32`.
        Ok(unsafe { super::buffer::slice_or_empty(self.data as *const i32, self.len) })
    }

    pub fn f32_mut(&mut self) -> std::result::Result<&mut [f32], String> {
        self.check(DType::F32)?;
        if self.len == 0 {
            return Ok(&mut []);
        }
        // SAFETY: as in `f32`; result buffers are not aliased with operands (we declare no
        // operand aliasing), and `&mut self` makes this the only view of it.
        Ok(unsafe { std::slice::from_raw_parts_mut(self.data as *mut f32, self.len) })
    }
}

/// The decoded call frame of one custom call.
pub struct FfiCall<'a> {
    pub args: Vec<FfiBuffer<'a>>,
    pub rets: Vec<FfiBuffer<'a>>,
}

/// An FFI error carrying `message` (XLA takes ownership), or null if the API cannot make one.
fn make_error(api: *const XLA_FFI_Api, message: &str) -> *mut XLA_FFI_Error {
    if api.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: `api` is the call frame's live API table.
    let api = unsafe { &*api };
    let Some(create) = api.XLA_FFI_Error_Create else {
        return std::ptr::null_mut();
    };
    let text = CString::new(message.replace('\0', " ")).expect("no NUL left");
    let mut args = XLA_FFI_Error_Create_Args {
        struct_size: std::mem::size_of::<XLA_FFI_Error_Create_Args>(),
        extension_start: std::ptr::null_mut(),
        message: text.as_ptr(),
        errc: PjrtErrorCode::INTERNAL.0,
    };
    // SAFETY: a valid args struct; XLA copies the message before returning.
    unsafe { create(&mut args) }
}

fn dtype_of(code: c_int) -> Option<DType> {
    Some(match code {
        1 => DType::Pred,
        2 => DType::I8,
        4 => DType::I32,
        5 => DType::I64,
        6 => DType::U8,
        8 => DType::U32,
        9 => DType::U64,
        10 => DType::F16,
        11 => DType::F32,
        12 => DType::F64,
        16 => DType::BF16,
        _ => return None,
    })
}

/// Decodes an args or rets list into buffers.
///
/// # Safety
/// `list` must come from a live call frame.
unsafe fn buffers<'a>(list: &'a XLA_FFI_List) -> std::result::Result<Vec<FfiBuffer<'a>>, String> {
    let n = list.size.max(0) as usize;
    // SAFETY: the frame holds `size` types and items.
    let (types, items) = unsafe {
        (
            super::buffer::slice_or_empty(list.types, n),
            super::buffer::slice_or_empty(list.items, n),
        )
    };
    let mut out = Vec::with_capacity(n);
    for (i, (&ty, &item)) in types.iter().zip(items).enumerate() {
        if ty != XLA_FFI_ArgType_BUFFER {
            return Err(format!("operand {i} is not a buffer (type {ty})"));
        }
        // SAFETY: a BUFFER item points to an `XLA_FFI_Buffer` of the frame.
        let b = unsafe { &*(item as *const XLA_FFI_Buffer) };
        let dtype = dtype_of(b.dtype).ok_or_else(|| format!("operand {i}: dtype {}", b.dtype))?;
        // SAFETY: `dims` holds `rank` entries.
        let dims = unsafe { super::buffer::slice_or_empty(b.dims, b.rank.max(0) as usize) };
        let len = dims.iter().map(|&d| d.max(0) as usize).product();
        out.push(FfiBuffer {
            dtype,
            dims,
            data: b.data as *mut u8,
            len,
            _frame: PhantomData,
        });
    }
    Ok(out)
}

/// The `extern "C"` entry point XLA calls for handler `H`.
unsafe extern "C" fn trampoline<H: FfiHandler>(
    frame: *mut XLA_FFI_CallFrame,
) -> *mut XLA_FFI_Error {
    // SAFETY: XLA passes a valid call frame for the duration of the call.
    let frame = unsafe { &*frame };
    // At registration XLA probes the handler with a metadata extension: report our FFI API
    // version and no traits, and do nothing else.
    let ext = frame.extension_start;
    // SAFETY: a non-null extension chain head is a valid extension header.
    if !ext.is_null() && unsafe { (*ext).kind } == XLA_FFI_Extension_Metadata {
        // SAFETY: a metadata extension carries a pointer to the metadata to fill in.
        let meta = unsafe { (*(ext as *mut XLA_FFI_Metadata_Extension)).metadata };
        if !meta.is_null() {
            // SAFETY: XLA owns `meta` for this call; we write only the fields it declares.
            unsafe {
                (*meta).api_version.major_version = XLA_FFI_API_MAJOR;
                (*meta).api_version.minor_version = XLA_FFI_API_MINOR;
                (*meta).traits = 0;
            }
        }
        return std::ptr::null_mut();
    }
    if frame.stage != XLA_FFI_ExecutionStage_EXECUTE {
        return std::ptr::null_mut();
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: the lists belong to the live frame.
        let args = unsafe { buffers(&frame.args) }?;
        // SAFETY: as above.
        let rets = unsafe { buffers(&frame.rets) }?;
        H::execute(FfiCall { args, rets })
    }));
    match result {
        Ok(Ok(())) => std::ptr::null_mut(),
        Ok(Err(message)) => make_error(frame.api, &message),
        Err(_) => make_error(frame.api, "xlagen FFI handler panicked"),
    }
}

impl Plugin {
    /// Registers handler `H` as typed FFI custom-call target `target` for `platform` (`Host`
    /// for the CPU plugin). Registering the same target again is a no-op.
    pub fn register_ffi_handler<H: FfiHandler>(&self, target: &str, platform: &str) -> Result<()> {
        static DONE: OnceLock<Mutex<HashSet<(String, String)>>> = OnceLock::new();
        let key = (self.file_identity().to_string(), target.to_string());
        let mut done = DONE
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if done.contains(&key) {
            return Ok(());
        }
        let unsupported = |why: &str| RuntimeError::Pjrt {
            code: PjrtErrorCode::UNIMPLEMENTED,
            message: format!("the plugin cannot register FFI handlers: {why}"),
            context: format!("registering custom call {target}"),
        };
        let ext = self
            .extension(PJRT_Extension_Type_FFI)
            .ok_or_else(|| unsupported("no FFI extension"))?;
        // SAFETY: the extension lives in the plugin's static table; we read its size first.
        let ext = unsafe { &*(ext as *const PJRT_FFI_Extension) };
        if ext.base.struct_size < EXTENSION_SIZE {
            return Err(unsupported(
                "its FFI extension predates handler registration",
            ));
        }
        let register = ext
            .register_handler
            .ok_or_else(|| unsupported("no register_handler entry"))?;
        let mut args = PJRT_FFI_Register_Handler_Args {
            struct_size: REGISTER_ARGS_SIZE,
            target_name: target.as_ptr() as *const c_char,
            target_name_size: target.len(),
            handler: trampoline::<H> as *const c_void,
            platform_name: platform.as_ptr() as *const c_char,
            platform_name_size: platform.len(),
            traits: 0,
        };
        // SAFETY: a valid args struct whose strings outlive the call; XLA copies the names.
        let err = unsafe { register(&mut args) };
        check(
            self.api(),
            err,
            &format!("registering custom call {target}"),
        )?;
        done.insert(key);
        Ok(())
    }
}
