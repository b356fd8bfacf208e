//! Hand-written `#[repr(C)]` mirrors of the part of the PJRT C API (`pjrt_c_api.h`, 0.81) we use.
//!
//! Names are the header's, so a struct here can be held against the header line by line;
//! `tests/pjrt_abi.rs` compiles a C probe against the header and checks every size and offset.
//! Every args struct starts with `struct_size`, which must be set to `STRUCT_SIZE` (the header's
//! `PJRT_STRUCT_SIZE`: offset of the last field plus its size) so the plugin knows which fields
//! we are aware of.
#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals)]

use std::ffi::{c_char, c_int, c_void};

/// The PJRT major version this mirror follows; a plugin with another major is refused.
pub const PJRT_API_MAJOR: c_int = 0;
/// The minor version of the header these structs were written against.
pub const PJRT_API_MINOR: c_int = 81;

/// One field of a mirrored struct, as the ABI test compares it with the C header.
pub struct FieldLayout {
    /// The field's name in the C header.
    pub c_name: &'static str,
    pub offset: usize,
}

/// Size and field offsets of a mirrored struct.
pub struct StructLayout {
    pub c_name: &'static str,
    pub size: usize,
    /// What we put in `struct_size` (`PJRT_STRUCT_SIZE` in the header).
    pub struct_size: usize,
    pub fields: &'static [FieldLayout],
}

macro_rules! pjrt_structs {
    ($(
        $(#[$meta:meta])*
        struct $name:ident {
            $($field:ident $(= $cname:literal)? : $ty:ty),+ $(,)?
        }
    )+) => {
        $(
            $(#[$meta])*
            #[repr(C)]
            pub struct $name {
                $(pub $field: $ty),+
            }

            #[allow(clippy::new_without_default)]
            impl $name {
                /// Offset of the last field plus its size, as `PJRT_DEFINE_STRUCT_TRAITS` computes.
                pub const STRUCT_SIZE: usize = {
                    let mut end = 0;
                    $(
                        let field_end =
                            std::mem::offset_of!($name, $field) + std::mem::size_of::<$ty>();
                        if field_end > end {
                            end = field_end;
                        }
                    )+
                    end
                };

                /// All fields zero (null pointers, no callbacks) and `struct_size` set.
                pub fn new() -> $name {
                    // SAFETY: every field is a raw pointer, an integer, a bool, an `Option` of a
                    // function pointer or a union of those, for all of which all-zero is valid.
                    let mut args: $name = unsafe { std::mem::zeroed() };
                    args.struct_size = $name::STRUCT_SIZE;
                    args
                }
            }
        )+

        /// Every mirrored struct, for the ABI test.
        pub const LAYOUTS: &[StructLayout] = &[$(
            StructLayout {
                c_name: stringify!($name),
                size: std::mem::size_of::<$name>(),
                struct_size: $name::STRUCT_SIZE,
                fields: &[$(FieldLayout {
                    c_name: pjrt_structs!(@cname $field $($cname)?),
                    offset: std::mem::offset_of!($name, $field),
                }),+],
            }
        ),+];
    };
    (@cname $field:ident $cname:literal) => { $cname };
    (@cname $field:ident) => { stringify!($field) };
}

macro_rules! opaque {
    ($($name:ident),+ $(,)?) => {$(
        /// Opaque PJRT handle; only ever used behind a pointer.
        #[repr(C)]
        pub struct $name {
            _private: [u8; 0],
        }
    )+};
}

opaque!(
    PJRT_Error,
    PJRT_Client,
    PJRT_Device,
    PJRT_DeviceDescription,
    PJRT_Memory,
    PJRT_Executable,
    PJRT_LoadedExecutable,
    PJRT_Buffer,
    PJRT_Event,
    PJRT_SerializedExecutable,
);

/// A PJRT entry point: one args struct in, an owned error (or null) out.
pub type ApiFn<A> = Option<unsafe extern "C" fn(args: *mut A) -> *mut PJRT_Error>;
/// The two entry points that cannot fail (`PJRT_Error_Destroy`, `PJRT_Error_Message`).
pub type ApiFnVoid<A> = Option<unsafe extern "C" fn(args: *mut A)>;
/// An entry point we never call; kept only to hold its slot in the table.
pub type UnusedFn = Option<unsafe extern "C" fn()>;

// C enums, as the `int`-sized integers the header's enums are.
pub type PJRT_Extension_Type = c_int;
pub type PJRT_Error_Code = c_int;
pub type PJRT_NamedValue_Type = c_int;
pub type PJRT_Buffer_Type = c_int;
pub type PJRT_HostBufferSemantics = c_int;

pub const PJRT_Extension_Type_FFI: PJRT_Extension_Type = 5;

pub const PJRT_NamedValue_kString: PJRT_NamedValue_Type = 0;
pub const PJRT_NamedValue_kInt64: PJRT_NamedValue_Type = 1;
pub const PJRT_NamedValue_kInt64List: PJRT_NamedValue_Type = 2;
pub const PJRT_NamedValue_kFloat: PJRT_NamedValue_Type = 3;
pub const PJRT_NamedValue_kBool: PJRT_NamedValue_Type = 4;

pub const PJRT_Buffer_Type_INVALID: PJRT_Buffer_Type = 0;
pub const PJRT_Buffer_Type_PRED: PJRT_Buffer_Type = 1;
pub const PJRT_Buffer_Type_S8: PJRT_Buffer_Type = 2;
pub const PJRT_Buffer_Type_S32: PJRT_Buffer_Type = 4;
pub const PJRT_Buffer_Type_S64: PJRT_Buffer_Type = 5;
pub const PJRT_Buffer_Type_U8: PJRT_Buffer_Type = 6;
pub const PJRT_Buffer_Type_U32: PJRT_Buffer_Type = 8;
pub const PJRT_Buffer_Type_U64: PJRT_Buffer_Type = 9;
pub const PJRT_Buffer_Type_F16: PJRT_Buffer_Type = 10;
pub const PJRT_Buffer_Type_F32: PJRT_Buffer_Type = 11;
pub const PJRT_Buffer_Type_F64: PJRT_Buffer_Type = 12;
pub const PJRT_Buffer_Type_BF16: PJRT_Buffer_Type = 13;

/// The runtime copies the host data before `BufferFromHostBuffer` returns.
pub const PJRT_HostBufferSemantics_kImmutableOnlyDuringCall: PJRT_HostBufferSemantics = 0;
/// The buffer may alias the host data for its whole life, never writing it.
pub const PJRT_HostBufferSemantics_kImmutableZeroCopy: PJRT_HostBufferSemantics = 2;
/// The buffer may alias the host data for its whole life and write it (as an aliased output
/// of a donated argument); on other than CPU plugins it is copied, as in the immutable modes.
pub const PJRT_HostBufferSemantics_kMutableZeroCopy: PJRT_HostBufferSemantics = 3;

/// Every enum value above, by its C name, for the ABI test.
pub const ENUM_VALUES: &[(&str, c_int)] = &[
    ("PJRT_Extension_Type_FFI", PJRT_Extension_Type_FFI),
    ("PJRT_NamedValue_kString", PJRT_NamedValue_kString),
    ("PJRT_NamedValue_kInt64", PJRT_NamedValue_kInt64),
    ("PJRT_NamedValue_kInt64List", PJRT_NamedValue_kInt64List),
    ("PJRT_NamedValue_kFloat", PJRT_NamedValue_kFloat),
    ("PJRT_NamedValue_kBool", PJRT_NamedValue_kBool),
    ("PJRT_Buffer_Type_INVALID", PJRT_Buffer_Type_INVALID),
    ("PJRT_Buffer_Type_PRED", PJRT_Buffer_Type_PRED),
    ("PJRT_Buffer_Type_S8", PJRT_Buffer_Type_S8),
    ("PJRT_Buffer_Type_S32", PJRT_Buffer_Type_S32),
    ("PJRT_Buffer_Type_S64", PJRT_Buffer_Type_S64),
    ("PJRT_Buffer_Type_U8", PJRT_Buffer_Type_U8),
    ("PJRT_Buffer_Type_U32", PJRT_Buffer_Type_U32),
    ("PJRT_Buffer_Type_U64", PJRT_Buffer_Type_U64),
    ("PJRT_Buffer_Type_F16", PJRT_Buffer_Type_F16),
    ("PJRT_Buffer_Type_F32", PJRT_Buffer_Type_F32),
    ("PJRT_Buffer_Type_F64", PJRT_Buffer_Type_F64),
    ("PJRT_Buffer_Type_BF16", PJRT_Buffer_Type_BF16),
    (
        "PJRT_HostBufferSemantics_kImmutableOnlyDuringCall",
        PJRT_HostBufferSemantics_kImmutableOnlyDuringCall,
    ),
    (
        "PJRT_HostBufferSemantics_kImmutableZeroCopy",
        PJRT_HostBufferSemantics_kImmutableZeroCopy,
    ),
    (
        "PJRT_HostBufferSemantics_kMutableZeroCopy",
        PJRT_HostBufferSemantics_kMutableZeroCopy,
    ),
    ("PJRT_API_MAJOR", PJRT_API_MAJOR),
    ("PJRT_API_MINOR", PJRT_API_MINOR),
];

/// The anonymous union inside `PJRT_NamedValue`.
#[repr(C)]
#[derive(Copy, Clone)]
pub union PJRT_NamedValue_Value {
    pub string_value: *const c_char,
    pub int64_value: i64,
    pub int64_array_value: *const i64,
    pub float_value: f32,
    pub bool_value: bool,
}

pjrt_structs! {
    /// Head of every extension in the `extension_start` chain.
    struct PJRT_Extension_Base {
        struct_size: usize,
        kind = "type": PJRT_Extension_Type,
        next: *mut PJRT_Extension_Base,
    }

    struct PJRT_Api_Version {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        major_version: c_int,
        minor_version: c_int,
    }

    struct PJRT_Error_Destroy_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        error: *mut PJRT_Error,
    }

    struct PJRT_Error_Message_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        error: *const PJRT_Error,
        message: *const c_char,
        message_size: usize,
    }

    struct PJRT_Error_GetCode_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        error: *const PJRT_Error,
        code: PJRT_Error_Code,
    }

    struct PJRT_NamedValue {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        name: *const c_char,
        name_size: usize,
        kind = "type": PJRT_NamedValue_Type,
        value = "int64_value": PJRT_NamedValue_Value,
        value_size: usize,
    }

    struct PJRT_Plugin_Initialize_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
    }

    struct PJRT_Plugin_Attributes_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        attributes: *const PJRT_NamedValue,
        num_attributes: usize,
    }

    struct PJRT_Event_Destroy_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        event: *mut PJRT_Event,
    }

    struct PJRT_Event_Await_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        event: *mut PJRT_Event,
    }

    struct PJRT_Client_Create_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        create_options: *const PJRT_NamedValue,
        num_options: usize,
        kv_get_callback: *mut c_void,
        kv_get_user_arg: *mut c_void,
        kv_put_callback: *mut c_void,
        kv_put_user_arg: *mut c_void,
        client: *mut PJRT_Client,
        kv_try_get_callback: *mut c_void,
        kv_try_get_user_arg: *mut c_void,
    }

    struct PJRT_Client_Destroy_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        client: *mut PJRT_Client,
    }

    struct PJRT_Client_PlatformName_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        client: *mut PJRT_Client,
        platform_name: *const c_char,
        platform_name_size: usize,
    }

    struct PJRT_Client_PlatformVersion_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        client: *mut PJRT_Client,
        platform_version: *const c_char,
        platform_version_size: usize,
    }

    struct PJRT_Client_Devices_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        client: *mut PJRT_Client,
        devices: *const *mut PJRT_Device,
        num_devices: usize,
    }

    struct PJRT_Client_AddressableDevices_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        client: *mut PJRT_Client,
        addressable_devices: *const *mut PJRT_Device,
        num_addressable_devices: usize,
    }

    struct PJRT_Device_GetDescription_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        device: *mut PJRT_Device,
        device_description: *mut PJRT_DeviceDescription,
    }

    struct PJRT_DeviceDescription_Id_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        device_description: *mut PJRT_DeviceDescription,
        id: c_int,
    }

    struct PJRT_DeviceDescription_Attributes_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        device_description: *mut PJRT_DeviceDescription,
        num_attributes: usize,
        attributes: *const PJRT_NamedValue,
    }

    struct PJRT_Program {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        code: *mut c_char,
        code_size: usize,
        format: *const c_char,
        format_size: usize,
    }

    struct PJRT_Client_Compile_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        client: *mut PJRT_Client,
        program: *const PJRT_Program,
        compile_options: *const c_char,
        compile_options_size: usize,
        executable: *mut PJRT_LoadedExecutable,
    }

    struct PJRT_Client_BufferFromHostBuffer_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        client: *mut PJRT_Client,
        data: *const c_void,
        kind = "type": PJRT_Buffer_Type,
        dims: *const i64,
        num_dims: usize,
        byte_strides: *const i64,
        num_byte_strides: usize,
        host_buffer_semantics: PJRT_HostBufferSemantics,
        device: *mut PJRT_Device,
        memory: *mut PJRT_Memory,
        device_layout: *mut c_void,
        done_with_host_buffer: *mut PJRT_Event,
        buffer: *mut PJRT_Buffer,
    }

    struct PJRT_Buffer_Destroy_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        buffer: *mut PJRT_Buffer,
    }

    struct PJRT_Buffer_ElementType_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        buffer: *mut PJRT_Buffer,
        kind = "type": PJRT_Buffer_Type,
    }

    struct PJRT_Buffer_Dimensions_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        buffer: *mut PJRT_Buffer,
        dims: *const i64,
        num_dims: usize,
    }

    struct PJRT_Buffer_OnDeviceSizeInBytes_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        buffer: *mut PJRT_Buffer,
        on_device_size_in_bytes: usize,
    }

    struct PJRT_Buffer_ToHostBuffer_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        src: *mut PJRT_Buffer,
        host_layout: *mut c_void,
        dst: *mut c_void,
        dst_size: usize,
        event: *mut PJRT_Event,
    }

    struct PJRT_Buffer_ReadyEvent_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        buffer: *mut PJRT_Buffer,
        event: *mut PJRT_Event,
    }

    struct PJRT_Buffer_UnsafePointer_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        buffer: *mut PJRT_Buffer,
        buffer_pointer: usize,
    }

    struct PJRT_ExecuteOptions {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        send_callbacks: *mut *mut c_void,
        recv_callbacks: *mut *mut c_void,
        num_send_ops: usize,
        num_recv_ops: usize,
        launch_id: c_int,
        non_donatable_input_indices: *const i64,
        num_non_donatable_input_indices: usize,
        context: *mut c_void,
        call_location: *const c_char,
        num_tasks: usize,
        task_ids: *mut c_int,
        incarnation_ids: *mut i64,
    }

    struct PJRT_LoadedExecutable_Execute_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        executable: *mut PJRT_LoadedExecutable,
        options: *mut PJRT_ExecuteOptions,
        argument_lists: *const *const *mut PJRT_Buffer,
        num_devices: usize,
        num_args: usize,
        output_lists: *const *mut *mut PJRT_Buffer,
        device_complete_events: *mut *mut PJRT_Event,
        execute_device: *mut PJRT_Device,
    }

    struct PJRT_LoadedExecutable_Destroy_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        executable: *mut PJRT_LoadedExecutable,
    }

    struct PJRT_LoadedExecutable_AddressableDevices_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        executable: *mut PJRT_LoadedExecutable,
        addressable_devices: *const *mut PJRT_Device,
        num_addressable_devices: usize,
    }

    struct PJRT_LoadedExecutable_GetExecutable_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        loaded_executable: *mut PJRT_LoadedExecutable,
        executable: *mut PJRT_Executable,
    }

    struct PJRT_Executable_Destroy_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        executable: *mut PJRT_Executable,
    }

    struct PJRT_Executable_NumOutputs_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        executable: *mut PJRT_Executable,
        num_outputs: usize,
    }

    struct PJRT_Executable_OutputElementTypes_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        executable: *mut PJRT_Executable,
        output_types: *mut PJRT_Buffer_Type,
        num_output_types: usize,
    }

    struct PJRT_Executable_OutputDimensions_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        executable: *mut PJRT_Executable,
        num_outputs: usize,
        dims: *const i64,
        dim_sizes: *const usize,
    }

    struct PJRT_Executable_Serialize_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        executable: *const PJRT_Executable,
        serialized_bytes: *const c_char,
        serialized_bytes_size: usize,
        serialized_executable: *mut PJRT_SerializedExecutable,
        serialized_executable_deleter: Option<unsafe extern "C" fn(*mut PJRT_SerializedExecutable)>,
    }

    struct PJRT_Executable_DeserializeAndLoad_Args {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        client: *mut PJRT_Client,
        serialized_executable: *const c_char,
        serialized_executable_size: usize,
        loaded_executable: *mut PJRT_LoadedExecutable,
        overridden_serialized_compile_options: *const c_char,
        overridden_serialized_compile_options_size: usize,
    }

    /// The function table `GetPjrtApi` returns, every slot in the header's order.
    struct PJRT_Api {
        struct_size: usize,
        extension_start: *mut PJRT_Extension_Base,
        pjrt_api_version: PJRT_Api_Version,
        PJRT_Error_Destroy: ApiFnVoid<PJRT_Error_Destroy_Args>,
        PJRT_Error_Message: ApiFnVoid<PJRT_Error_Message_Args>,
        PJRT_Error_GetCode: ApiFn<PJRT_Error_GetCode_Args>,
        PJRT_Plugin_Initialize: ApiFn<PJRT_Plugin_Initialize_Args>,
        PJRT_Plugin_Attributes: ApiFn<PJRT_Plugin_Attributes_Args>,
        PJRT_Event_Destroy: ApiFn<PJRT_Event_Destroy_Args>,
        PJRT_Event_IsReady: UnusedFn,
        PJRT_Event_Error: UnusedFn,
        PJRT_Event_Await: ApiFn<PJRT_Event_Await_Args>,
        PJRT_Event_OnReady: UnusedFn,
        PJRT_Client_Create: ApiFn<PJRT_Client_Create_Args>,
        PJRT_Client_Destroy: ApiFn<PJRT_Client_Destroy_Args>,
        PJRT_Client_PlatformName: ApiFn<PJRT_Client_PlatformName_Args>,
        PJRT_Client_ProcessIndex: UnusedFn,
        PJRT_Client_PlatformVersion: ApiFn<PJRT_Client_PlatformVersion_Args>,
        PJRT_Client_Devices: ApiFn<PJRT_Client_Devices_Args>,
        PJRT_Client_AddressableDevices: ApiFn<PJRT_Client_AddressableDevices_Args>,
        PJRT_Client_LookupDevice: UnusedFn,
        PJRT_Client_LookupAddressableDevice: UnusedFn,
        PJRT_Client_AddressableMemories: UnusedFn,
        PJRT_Client_Compile: ApiFn<PJRT_Client_Compile_Args>,
        PJRT_Client_DefaultDeviceAssignment: UnusedFn,
        PJRT_Client_BufferFromHostBuffer: ApiFn<PJRT_Client_BufferFromHostBuffer_Args>,
        PJRT_DeviceDescription_Id: ApiFn<PJRT_DeviceDescription_Id_Args>,
        PJRT_DeviceDescription_ProcessIndex: UnusedFn,
        PJRT_DeviceDescription_Attributes: ApiFn<PJRT_DeviceDescription_Attributes_Args>,
        PJRT_DeviceDescription_Kind: UnusedFn,
        PJRT_DeviceDescription_DebugString: UnusedFn,
        PJRT_DeviceDescription_ToString: UnusedFn,
        PJRT_Device_GetDescription: ApiFn<PJRT_Device_GetDescription_Args>,
        PJRT_Device_IsAddressable: UnusedFn,
        PJRT_Device_LocalHardwareId: UnusedFn,
        PJRT_Device_AddressableMemories: UnusedFn,
        PJRT_Device_DefaultMemory: UnusedFn,
        PJRT_Device_MemoryStats: UnusedFn,
        PJRT_Memory_Id: UnusedFn,
        PJRT_Memory_Kind: UnusedFn,
        PJRT_Memory_DebugString: UnusedFn,
        PJRT_Memory_ToString: UnusedFn,
        PJRT_Memory_AddressableByDevices: UnusedFn,
        PJRT_Executable_Destroy: ApiFn<PJRT_Executable_Destroy_Args>,
        PJRT_Executable_Name: UnusedFn,
        PJRT_Executable_NumReplicas: UnusedFn,
        PJRT_Executable_NumPartitions: UnusedFn,
        PJRT_Executable_NumOutputs: ApiFn<PJRT_Executable_NumOutputs_Args>,
        PJRT_Executable_SizeOfGeneratedCodeInBytes: UnusedFn,
        PJRT_Executable_GetCostAnalysis: UnusedFn,
        PJRT_Executable_OutputMemoryKinds: UnusedFn,
        PJRT_Executable_OptimizedProgram: UnusedFn,
        PJRT_Executable_Serialize: ApiFn<PJRT_Executable_Serialize_Args>,
        PJRT_LoadedExecutable_Destroy: ApiFn<PJRT_LoadedExecutable_Destroy_Args>,
        PJRT_LoadedExecutable_GetExecutable: ApiFn<PJRT_LoadedExecutable_GetExecutable_Args>,
        PJRT_LoadedExecutable_AddressableDevices:
            ApiFn<PJRT_LoadedExecutable_AddressableDevices_Args>,
        PJRT_LoadedExecutable_Delete: UnusedFn,
        PJRT_LoadedExecutable_IsDeleted: UnusedFn,
        PJRT_LoadedExecutable_Execute: ApiFn<PJRT_LoadedExecutable_Execute_Args>,
        PJRT_Executable_DeserializeAndLoad: ApiFn<PJRT_Executable_DeserializeAndLoad_Args>,
        PJRT_LoadedExecutable_Fingerprint: UnusedFn,
        PJRT_Buffer_Destroy: ApiFn<PJRT_Buffer_Destroy_Args>,
        PJRT_Buffer_ElementType: ApiFn<PJRT_Buffer_ElementType_Args>,
        PJRT_Buffer_Dimensions: ApiFn<PJRT_Buffer_Dimensions_Args>,
        PJRT_Buffer_UnpaddedDimensions: UnusedFn,
        PJRT_Buffer_DynamicDimensionIndices: UnusedFn,
        PJRT_Buffer_GetMemoryLayout: UnusedFn,
        PJRT_Buffer_OnDeviceSizeInBytes: ApiFn<PJRT_Buffer_OnDeviceSizeInBytes_Args>,
        PJRT_Buffer_Device: UnusedFn,
        PJRT_Buffer_Memory: UnusedFn,
        PJRT_Buffer_Delete: UnusedFn,
        PJRT_Buffer_IsDeleted: UnusedFn,
        PJRT_Buffer_CopyToDevice: UnusedFn,
        PJRT_Buffer_ToHostBuffer: ApiFn<PJRT_Buffer_ToHostBuffer_Args>,
        PJRT_Buffer_IsOnCpu: UnusedFn,
        PJRT_Buffer_ReadyEvent: ApiFn<PJRT_Buffer_ReadyEvent_Args>,
        PJRT_Buffer_UnsafePointer: ApiFn<PJRT_Buffer_UnsafePointer_Args>,
        PJRT_Buffer_IncreaseExternalReferenceCount: UnusedFn,
        PJRT_Buffer_DecreaseExternalReferenceCount: UnusedFn,
        PJRT_Buffer_OpaqueDeviceMemoryDataPointer: UnusedFn,
        PJRT_CopyToDeviceStream_Destroy: UnusedFn,
        PJRT_CopyToDeviceStream_AddChunk: UnusedFn,
        PJRT_CopyToDeviceStream_TotalBytes: UnusedFn,
        PJRT_CopyToDeviceStream_GranuleSize: UnusedFn,
        PJRT_CopyToDeviceStream_CurrentBytes: UnusedFn,
        PJRT_TopologyDescription_Create: UnusedFn,
        PJRT_TopologyDescription_Destroy: UnusedFn,
        PJRT_TopologyDescription_PlatformName: UnusedFn,
        PJRT_TopologyDescription_PlatformVersion: UnusedFn,
        PJRT_TopologyDescription_GetDeviceDescriptions: UnusedFn,
        PJRT_TopologyDescription_Serialize: UnusedFn,
        PJRT_TopologyDescription_Attributes: UnusedFn,
        PJRT_Compile: UnusedFn,
        PJRT_Executable_OutputElementTypes: ApiFn<PJRT_Executable_OutputElementTypes_Args>,
        PJRT_Executable_OutputDimensions: ApiFn<PJRT_Executable_OutputDimensions_Args>,
        PJRT_Buffer_CopyToMemory: UnusedFn,
        PJRT_Client_CreateViewOfDeviceBuffer: UnusedFn,
        PJRT_Executable_Fingerprint: UnusedFn,
        PJRT_Client_TopologyDescription: UnusedFn,
        PJRT_Executable_GetCompiledMemoryStats: UnusedFn,
        PJRT_Memory_Kind_Id: UnusedFn,
        PJRT_ExecuteContext_Create: UnusedFn,
        PJRT_ExecuteContext_Destroy: UnusedFn,
        PJRT_Buffer_CopyRawToHost: UnusedFn,
        PJRT_AsyncHostToDeviceTransferManager_Destroy: UnusedFn,
        PJRT_AsyncHostToDeviceTransferManager_TransferData: UnusedFn,
        PJRT_Client_CreateBuffersForAsyncHostToDevice: UnusedFn,
        PJRT_AsyncHostToDeviceTransferManager_RetrieveBuffer: UnusedFn,
        PJRT_AsyncHostToDeviceTransferManager_Device: UnusedFn,
        PJRT_AsyncHostToDeviceTransferManager_BufferCount: UnusedFn,
        PJRT_AsyncHostToDeviceTransferManager_BufferSize: UnusedFn,
        PJRT_AsyncHostToDeviceTransferManager_SetBufferError: UnusedFn,
        PJRT_AsyncHostToDeviceTransferManager_AddMetadata: UnusedFn,
        PJRT_Client_DmaMap: UnusedFn,
        PJRT_Client_DmaUnmap: UnusedFn,
        PJRT_Client_CreateUninitializedBuffer: UnusedFn,
        PJRT_Client_UpdateGlobalProcessInfo: UnusedFn,
        PJRT_TopologyDescription_Deserialize: UnusedFn,
        PJRT_Client_CreateAliasBuffer: UnusedFn,
        PJRT_Client_FulfillAliasBuffer: UnusedFn,
        PJRT_LoadedExecutable_GetDeviceAssignment: UnusedFn,
    }
}

/// Walks an `extension_start` chain and returns the first extension of `kind`, if any.
///
/// # Safety
/// `start` must be null or point to a valid chain of `PJRT_Extension_Base` headers that lives as
/// long as the returned pointer is used (for a plugin's `PJRT_Api`, the life of the process).
pub unsafe fn find_extension(
    start: *const PJRT_Extension_Base,
    kind: PJRT_Extension_Type,
) -> Option<*const PJRT_Extension_Base> {
    let mut next = start;
    while !next.is_null() {
        // SAFETY: the caller guarantees every non-null link points to a valid header.
        let base = unsafe { &*next };
        if base.kind == kind {
            return Some(next);
        }
        next = base.next;
    }
    None
}
