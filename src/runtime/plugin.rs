//! Finding, installing and loading PJRT plugins.
//!
//! Discovery order: an explicit path, `$XLAGEN_PJRT_PLUGIN`, then the plugin for the device kind
//! in xlagen's cache dir (`python/`, a pip `--target`) and in Python's site-packages. A missing
//! CPU plugin is installed from PyPI into the cache dir. Each plugin file is opened and
//! initialized once per process; unloading a PJRT plugin is not supported, so it stays loaded.

use super::ffi::{self, PJRT_Api};
use super::{PjrtErrorCode, Result, RuntimeError};
use std::collections::HashMap;
use std::ffi::c_char;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::UNIX_EPOCH;

/// The kind of device a plugin drives.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum DeviceKind {
    Cpu,
    Cuda,
    Tpu,
}

impl DeviceKind {
    /// Where the plugin sits under a site-packages (or pip `--target`) dir, in order of preference.
    fn plugin_paths(self) -> &'static [&'static str] {
        match self {
            DeviceKind::Cpu => &["xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so"],
            DeviceKind::Cuda => &[
                "jax_plugins/xla_cuda13/xla_cuda_plugin.so",
                "jax_plugins/xla_cuda12/xla_cuda_plugin.so",
            ],
            DeviceKind::Tpu => &["libtpu/libtpu.so"],
        }
    }

    fn install_hint(self) -> &'static str {
        match self {
            DeviceKind::Cpu => "install it with `python3 -m pip install xla-cpu-pjrt`",
            DeviceKind::Cuda => {
                "install it with `python3 -m pip install jax-cuda13-pjrt` (or jax-cuda12-pjrt), \
                 or pass --plugin /path/to/xla_cuda_plugin.so"
            }
            DeviceKind::Tpu => {
                "install it with `python3 -m pip install libtpu` on a TPU host, \
                 or pass --plugin /path/to/libtpu.so"
            }
        }
    }
}

impl fmt::Display for DeviceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DeviceKind::Cpu => "cpu",
            DeviceKind::Cuda => "cuda",
            DeviceKind::Tpu => "tpu",
        })
    }
}

impl FromStr for DeviceKind {
    type Err = String;

    fn from_str(s: &str) -> Result<DeviceKind, String> {
        match s.to_ascii_lowercase().as_str() {
            "cpu" => Ok(DeviceKind::Cpu),
            "cuda" | "gpu" => Ok(DeviceKind::Cuda),
            "tpu" => Ok(DeviceKind::Tpu),
            other => Err(format!(
                "unknown device kind `{other}` (expected cpu, cuda or tpu)"
            )),
        }
    }
}

/// A PJRT named value: plugin and device attributes, client create options.
#[derive(Clone, Debug, PartialEq)]
pub enum NamedValue {
    String(String),
    Int64(i64),
    Int64List(Vec<i64>),
    Float(f32),
    Bool(bool),
}

impl From<i64> for NamedValue {
    fn from(v: i64) -> NamedValue {
        NamedValue::Int64(v)
    }
}

impl From<bool> for NamedValue {
    fn from(v: bool) -> NamedValue {
        NamedValue::Bool(v)
    }
}

impl From<f32> for NamedValue {
    fn from(v: f32) -> NamedValue {
        NamedValue::Float(v)
    }
}

impl From<&str> for NamedValue {
    fn from(v: &str) -> NamedValue {
        NamedValue::String(v.to_string())
    }
}

/// xlagen's cache dir: `$XLAGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/xlagen`, else `~/.cache/xlagen`.
pub fn cache_dir() -> PathBuf {
    let non_empty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = non_empty("XLAGEN_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = non_empty("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("xlagen");
    }
    let home = non_empty("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    home.join(".cache").join("xlagen")
}

/// Python's site-packages dirs and `sys.path`, or nothing when there is no usable python3.
fn python_site_dirs() -> Vec<PathBuf> {
    let script = "import site,sys\n\
        dirs = list(site.getsitepackages()) + [site.getusersitepackages()] + sys.path\n\
        print('\\n'.join(d for d in dirs if d))";
    match Command::new("python3").args(["-c", script]).output() {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(PathBuf::from)
            .collect(),
        _ => Vec::new(),
    }
}

/// The first plugin for `kind` under `dirs`: the site dir and the path under it.
fn find_in(dirs: &[PathBuf], kind: DeviceKind) -> Option<(&Path, &'static str)> {
    dirs.iter()
        .flat_map(|dir| kind.plugin_paths().iter().map(move |p| (dir.as_path(), *p)))
        .find(|(dir, p)| dir.join(p).is_file())
}

/// A plugin discovery found, checked against its wheel's RECORD before anything loads it. The
/// one xlagen installed (into `target`) must be listed there; one in a Python site-packages is
/// checked when pip's RECORD lists it (other installers may not write one).
fn verified(target: &Path, (site, relative): (&Path, &str)) -> Result<PathBuf> {
    let verdicts = cache_dir().join("plugin-verdicts");
    super::record::verify_installed(site, relative, site == target, Some(&verdicts))?;
    Ok(site.join(relative))
}

/// Resolves which plugin file to load, installing the CPU plugin if it is missing.
pub fn discover_plugin(explicit: Option<&Path>, kind: DeviceKind) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return existing(path);
    }
    if let Some(path) = std::env::var_os("XLAGEN_PJRT_PLUGIN").filter(|v| !v.is_empty()) {
        return existing(Path::new(&path));
    }
    // One discovery (and at most one install) at a time in this process.
    static DISCOVERY: Mutex<()> = Mutex::new(());
    let _guard = DISCOVERY.lock().unwrap_or_else(|e| e.into_inner());

    let target = cache_dir().join("python");
    let mut dirs = vec![target.clone()];
    // xlagen's own target comes first, so when it has the plugin Python is not asked at all
    // (starting python3 costs tens of milliseconds of every start).
    if let Some(found) = find_in(&dirs, kind) {
        return verified(&target, found);
    }
    for dir in python_site_dirs() {
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    if let Some(found) = find_in(&dirs, kind) {
        return verified(&target, found);
    }
    if kind != DeviceKind::Cpu {
        return Err(not_found(kind, &dirs));
    }
    install_cpu_plugin(&target)?;
    let found = find_in(&dirs[..1], kind).ok_or_else(|| RuntimeError::PluginInstall {
        message: format!(
            "pip finished but {} is still missing; {}",
            target.join(kind.plugin_paths()[0]).display(),
            kind.install_hint()
        ),
    })?;
    verified(&target, found)
}

fn existing(path: &Path) -> Result<PathBuf> {
    if path.is_file() {
        Ok(path.to_path_buf())
    } else {
        Err(RuntimeError::PluginFileMissing {
            path: path.to_path_buf(),
        })
    }
}

fn not_found(kind: DeviceKind, dirs: &[PathBuf]) -> RuntimeError {
    let searched: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    RuntimeError::PluginNotFound {
        kind,
        searched: searched.join(", "),
        hint: kind.install_hint().to_string(),
    }
}

fn install_cpu_plugin(target: &Path) -> Result<()> {
    eprintln!(
        "xlagen: installing the PJRT CPU plugin (PyPI package xla-cpu-pjrt) into {}",
        target.display()
    );
    let failed = |message: String| RuntimeError::PluginInstall {
        message: format!(
            "{message}; {} (or set XLAGEN_PJRT_PLUGIN to the plugin's .so)",
            DeviceKind::Cpu.install_hint()
        ),
    };
    std::fs::create_dir_all(target)
        .map_err(|e| failed(format!("cannot create {}: {e}", target.display())))?;
    let out = Command::new("python3")
        .args(["-m", "pip", "install", "--quiet", "--target"])
        .arg(target)
        .arg("xla-cpu-pjrt")
        .output()
        .map_err(|e| failed(format!("cannot run python3 -m pip: {e}")))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(failed(format!(
            "pip install --target {} xla-cpu-pjrt exited with {}: {}",
            target.display(),
            out.status,
            stderr.trim()
        )));
    }
    Ok(())
}

/// A loaded, initialized PJRT plugin. Cheap to clone; lives for the rest of the process.
#[derive(Clone)]
pub struct Plugin {
    inner: Arc<PluginInner>,
}

pub(crate) struct PluginInner {
    path: PathBuf,
    api: &'static PJRT_Api,
    /// Canonical path, size and mtime of the plugin file, for cache keys.
    identity: String,
}

// SAFETY: the API table is immutable static data of the plugin, and PJRT entry points are
// callable from any thread.
unsafe impl Send for PluginInner {}
// SAFETY: as above; `PluginInner` is never mutated after loading.
unsafe impl Sync for PluginInner {}

impl Plugin {
    /// Discovers (see [`discover_plugin`]) and loads the plugin for `kind`.
    pub fn for_device(explicit: Option<&Path>, kind: DeviceKind) -> Result<Plugin> {
        Plugin::load(&discover_plugin(explicit, kind)?)
    }

    /// Loads and initializes the plugin at `path`, or returns the one already loaded from it.
    pub fn load(path: &Path) -> Result<Plugin> {
        let canonical =
            std::fs::canonicalize(path).map_err(|_| RuntimeError::PluginFileMissing {
                path: path.to_path_buf(),
            })?;
        static LOADED: OnceLock<Mutex<HashMap<PathBuf, Plugin>>> = OnceLock::new();
        let mut loaded = LOADED
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(plugin) = loaded.get(&canonical) {
            return Ok(plugin.clone());
        }
        let plugin = Plugin {
            inner: Arc::new(open(&canonical)?),
        };
        loaded.insert(canonical, plugin.clone());
        Ok(plugin)
    }

    /// The canonical path the plugin was loaded from.
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// The PJRT C API version the plugin implements (major, minor).
    pub fn api_version(&self) -> (i32, i32) {
        let v = &self.inner.api.pjrt_api_version;
        (v.major_version, v.minor_version)
    }

    /// Identity of the plugin file (canonical path, size, mtime), for cache keys.
    pub fn file_identity(&self) -> &str {
        &self.inner.identity
    }

    /// The plugin's attributes (`xla_version`, `stablehlo_current_version`, ...).
    pub fn attributes(&self) -> Result<Vec<(String, NamedValue)>> {
        let api = self.api();
        let mut args = ffi::PJRT_Plugin_Attributes_Args::new();
        // SAFETY: `args` is a valid, initialized args struct and the function comes from the
        // plugin's own table; the returned attributes live as long as the process.
        let err = unsafe { api.PJRT_Plugin_Attributes.expect("checked at load")(&mut args) };
        check(api, err, "reading plugin attributes")?;
        // SAFETY: the plugin returned `num_attributes` valid named values (or none).
        unsafe { read_named_values(args.attributes, args.num_attributes) }
    }

    pub(crate) fn api(&self) -> &'static PJRT_Api {
        self.inner.api
    }

    /// A pointer to the extension of `kind` in the plugin's extension chain, if it has one.
    pub fn extension(
        &self,
        kind: ffi::PJRT_Extension_Type,
    ) -> Option<*const ffi::PJRT_Extension_Base> {
        // SAFETY: the chain belongs to the plugin's static API table, valid for the process.
        unsafe { ffi::find_extension(self.api().extension_start, kind) }
    }
}

/// Two handles are equal when they are the same loaded plugin.
impl PartialEq for Plugin {
    fn eq(&self, other: &Plugin) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl fmt::Debug for Plugin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (major, minor) = self.api_version();
        write!(
            f,
            "Plugin({}, PJRT {major}.{minor})",
            self.inner.path.display()
        )
    }
}

/// The PJRT entry points xlagen calls; a plugin whose table lacks one is refused at load time.
macro_rules! required_entry_points {
    ($api:expr) => {
        [
            ("PJRT_Error_Destroy", $api.PJRT_Error_Destroy.is_some()),
            ("PJRT_Error_Message", $api.PJRT_Error_Message.is_some()),
            ("PJRT_Error_GetCode", $api.PJRT_Error_GetCode.is_some()),
            (
                "PJRT_Plugin_Initialize",
                $api.PJRT_Plugin_Initialize.is_some(),
            ),
            (
                "PJRT_Plugin_Attributes",
                $api.PJRT_Plugin_Attributes.is_some(),
            ),
            ("PJRT_Event_Destroy", $api.PJRT_Event_Destroy.is_some()),
            ("PJRT_Event_Await", $api.PJRT_Event_Await.is_some()),
            ("PJRT_Client_Create", $api.PJRT_Client_Create.is_some()),
            ("PJRT_Client_Destroy", $api.PJRT_Client_Destroy.is_some()),
            (
                "PJRT_Client_PlatformName",
                $api.PJRT_Client_PlatformName.is_some(),
            ),
            (
                "PJRT_Client_PlatformVersion",
                $api.PJRT_Client_PlatformVersion.is_some(),
            ),
            ("PJRT_Client_Devices", $api.PJRT_Client_Devices.is_some()),
            (
                "PJRT_Client_AddressableDevices",
                $api.PJRT_Client_AddressableDevices.is_some(),
            ),
            ("PJRT_Client_Compile", $api.PJRT_Client_Compile.is_some()),
            (
                "PJRT_Client_BufferFromHostBuffer",
                $api.PJRT_Client_BufferFromHostBuffer.is_some(),
            ),
            (
                "PJRT_Device_GetDescription",
                $api.PJRT_Device_GetDescription.is_some(),
            ),
            (
                "PJRT_DeviceDescription_Attributes",
                $api.PJRT_DeviceDescription_Attributes.is_some(),
            ),
            (
                "PJRT_DeviceDescription_Id",
                $api.PJRT_DeviceDescription_Id.is_some(),
            ),
            (
                "PJRT_LoadedExecutable_AddressableDevices",
                $api.PJRT_LoadedExecutable_AddressableDevices.is_some(),
            ),
            (
                "PJRT_Executable_Destroy",
                $api.PJRT_Executable_Destroy.is_some(),
            ),
            (
                "PJRT_Executable_NumOutputs",
                $api.PJRT_Executable_NumOutputs.is_some(),
            ),
            (
                "PJRT_Executable_Serialize",
                $api.PJRT_Executable_Serialize.is_some(),
            ),
            (
                "PJRT_LoadedExecutable_Destroy",
                $api.PJRT_LoadedExecutable_Destroy.is_some(),
            ),
            (
                "PJRT_LoadedExecutable_GetExecutable",
                $api.PJRT_LoadedExecutable_GetExecutable.is_some(),
            ),
            (
                "PJRT_LoadedExecutable_Execute",
                $api.PJRT_LoadedExecutable_Execute.is_some(),
            ),
            (
                "PJRT_Executable_DeserializeAndLoad",
                $api.PJRT_Executable_DeserializeAndLoad.is_some(),
            ),
            ("PJRT_Buffer_Destroy", $api.PJRT_Buffer_Destroy.is_some()),
            (
                "PJRT_Buffer_ElementType",
                $api.PJRT_Buffer_ElementType.is_some(),
            ),
            (
                "PJRT_Buffer_Dimensions",
                $api.PJRT_Buffer_Dimensions.is_some(),
            ),
            (
                "PJRT_Buffer_OnDeviceSizeInBytes",
                $api.PJRT_Buffer_OnDeviceSizeInBytes.is_some(),
            ),
            (
                "PJRT_Buffer_ToHostBuffer",
                $api.PJRT_Buffer_ToHostBuffer.is_some(),
            ),
            (
                "PJRT_Buffer_ReadyEvent",
                $api.PJRT_Buffer_ReadyEvent.is_some(),
            ),
            (
                "PJRT_Buffer_UnsafePointer",
                $api.PJRT_Buffer_UnsafePointer.is_some(),
            ),
            (
                "PJRT_Executable_OutputElementTypes",
                $api.PJRT_Executable_OutputElementTypes.is_some(),
            ),
            (
                "PJRT_Executable_OutputDimensions",
                $api.PJRT_Executable_OutputDimensions.is_some(),
            ),
        ]
    };
}

/// The table must reach at least to the last entry point xlagen calls.
const REQUIRED_API_SIZE: usize = std::mem::offset_of!(PJRT_Api, PJRT_Executable_OutputDimensions)
    + std::mem::size_of::<ffi::ApiFn<ffi::PJRT_Executable_OutputDimensions_Args>>();

fn open(path: &Path) -> Result<PluginInner> {
    let not_a_plugin = |reason: String| RuntimeError::NotAPlugin {
        path: path.to_path_buf(),
        reason,
    };
    // Any plugin, the user's too: dlopen of a truncated file faults rather than failing.
    super::record::check_elf_extent(path)?;
    // SAFETY: loading a shared object runs its initializers; the caller chose this file as a
    // PJRT plugin, which is what the rest of this function verifies before using it.
    let lib = unsafe { libloading::Library::new(path) }
        .map_err(|e| not_a_plugin(format!("cannot load it as a shared object: {e}")))?;
    type GetPjrtApi = unsafe extern "C" fn() -> *const PJRT_Api;
    // SAFETY: `GetPjrtApi` is declared by the PJRT C API with exactly this signature.
    let get_api = unsafe { lib.get::<GetPjrtApi>(b"GetPjrtApi\0") }
        .map_err(|_| not_a_plugin("it does not export `GetPjrtApi`".to_string()))?;
    // SAFETY: calling the plugin's exported entry point, which takes no arguments.
    let api_ptr = unsafe { get_api() };
    if api_ptr.is_null() {
        return Err(not_a_plugin("`GetPjrtApi` returned null".to_string()));
    }
    // Plugins are never unloaded: PJRT objects and the API table must outlive every client.
    std::mem::forget(lib);
    // SAFETY: a non-null `GetPjrtApi` result points to the plugin's static API table, valid
    // for the process now that the library is never unloaded. We read only `struct_size` and
    // the version header before checking the table is large enough for the rest.
    let api: &'static PJRT_Api = unsafe { &*api_ptr };
    let incompatible = |reason: String| RuntimeError::IncompatiblePlugin {
        path: path.to_path_buf(),
        reason,
    };
    let version = &api.pjrt_api_version;
    if version.major_version != ffi::PJRT_API_MAJOR {
        return Err(incompatible(format!(
            "it implements PJRT C API {}.{}, xlagen needs major version {}",
            version.major_version,
            version.minor_version,
            ffi::PJRT_API_MAJOR
        )));
    }
    if api.struct_size < REQUIRED_API_SIZE {
        return Err(incompatible(format!(
            "its PJRT_Api table has {} bytes (C API {}.{}), xlagen needs at least {}",
            api.struct_size, version.major_version, version.minor_version, REQUIRED_API_SIZE
        )));
    }
    if let Some((name, _)) = required_entry_points!(api).into_iter().find(|(_, ok)| !ok) {
        return Err(incompatible(format!("it does not implement {name}")));
    }
    let mut args = ffi::PJRT_Plugin_Initialize_Args::new();
    // SAFETY: the entry point exists (checked above) and `args` is a valid args struct.
    let err = unsafe { api.PJRT_Plugin_Initialize.expect("checked above")(&mut args) };
    check(api, err, "initializing the plugin")?;
    Ok(PluginInner {
        path: path.to_path_buf(),
        api,
        identity: file_identity(path),
    })
}

fn file_identity(path: &Path) -> String {
    let meta = std::fs::metadata(path).ok();
    let size = meta.as_ref().map(|m| m.len()).unwrap_or(0);
    let mtime = meta
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}|{size}|{mtime}", path.display())
}

/// Turns a PJRT error (null means success) into a `RuntimeError`, destroying it.
pub(crate) fn check(api: &PJRT_Api, err: *mut ffi::PJRT_Error, context: &str) -> Result<()> {
    if err.is_null() {
        return Ok(());
    }
    let mut msg = ffi::PJRT_Error_Message_Args::new();
    msg.error = err;
    let mut code = ffi::PJRT_Error_GetCode_Args::new();
    code.error = err;
    // SAFETY: `err` is a live error returned by this plugin; the message is copied out before
    // the error is destroyed, and the error is destroyed exactly once.
    let (message, code_err) = unsafe {
        api.PJRT_Error_Message.expect("checked at load")(&mut msg);
        let message = lossy(msg.message, msg.message_size);
        let code_err = api.PJRT_Error_GetCode.expect("checked at load")(&mut code);
        let mut destroy = ffi::PJRT_Error_Destroy_Args::new();
        destroy.error = err;
        api.PJRT_Error_Destroy.expect("checked at load")(&mut destroy);
        (message, code_err)
    };
    let code = if code_err.is_null() {
        PjrtErrorCode(code.code)
    } else {
        // SAFETY: an error from GetCode is a fresh error we own; destroy it and report UNKNOWN.
        unsafe {
            let mut destroy = ffi::PJRT_Error_Destroy_Args::new();
            destroy.error = code_err;
            api.PJRT_Error_Destroy.expect("checked at load")(&mut destroy);
        }
        PjrtErrorCode(2)
    };
    Err(RuntimeError::Pjrt {
        code,
        message,
        context: context.to_string(),
    })
}

/// Copies a (pointer, length) string from the plugin, replacing invalid UTF-8.
///
/// # Safety
/// `ptr` must be null or point to `len` readable bytes.
pub(crate) unsafe fn lossy(ptr: *const c_char, len: usize) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: guaranteed by the caller.
    let bytes = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) };
    String::from_utf8_lossy(bytes).into_owned()
}

/// Copies an array of PJRT named values.
///
/// # Safety
/// `values` must be null or point to `count` valid `PJRT_NamedValue`s whose strings and lists
/// are readable for the duration of the call.
pub(crate) unsafe fn read_named_values(
    values: *const ffi::PJRT_NamedValue,
    count: usize,
) -> Result<Vec<(String, NamedValue)>> {
    if values.is_null() || count == 0 {
        return Ok(Vec::new());
    }
    // SAFETY: guaranteed by the caller.
    let values = unsafe { std::slice::from_raw_parts(values, count) };
    let mut out = Vec::with_capacity(count);
    for v in values {
        // SAFETY: the plugin filled in `name`/`name_size`, and the union member that `kind`
        // names; strings and lists have `value_size` elements.
        let (name, value) = unsafe {
            let name = lossy(v.name, v.name_size);
            let value = match v.kind {
                ffi::PJRT_NamedValue_kString => {
                    NamedValue::String(lossy(v.value.string_value, v.value_size))
                }
                ffi::PJRT_NamedValue_kInt64 => NamedValue::Int64(v.value.int64_value),
                ffi::PJRT_NamedValue_kInt64List => {
                    let ptr = v.value.int64_array_value;
                    NamedValue::Int64List(if ptr.is_null() {
                        Vec::new()
                    } else {
                        std::slice::from_raw_parts(ptr, v.value_size).to_vec()
                    })
                }
                ffi::PJRT_NamedValue_kFloat => NamedValue::Float(v.value.float_value),
                ffi::PJRT_NamedValue_kBool => NamedValue::Bool(v.value.bool_value),
                other => NamedValue::String(format!("<named value of unknown type {other}>")),
            };
            (name, value)
        };
        out.push((name, value));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_device_kinds() {
        assert_eq!("CPU".parse::<DeviceKind>(), Ok(DeviceKind::Cpu));
        assert_eq!("cuda".parse::<DeviceKind>(), Ok(DeviceKind::Cuda));
        assert_eq!("tpu".parse::<DeviceKind>(), Ok(DeviceKind::Tpu));
        assert!("rocm"
            .parse::<DeviceKind>()
            .unwrap_err()
            .contains("cpu, cuda or tpu"));
    }

    #[test]
    fn pjrt_error_codes_have_names() {
        assert_eq!(PjrtErrorCode::INVALID_ARGUMENT.name(), "INVALID_ARGUMENT");
        assert_eq!(PjrtErrorCode(99).name(), "UNKNOWN_CODE");
    }
}
