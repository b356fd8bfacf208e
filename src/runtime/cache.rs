//! On-disk cache of compiled executables.
//!
//! An entry is keyed by everything that can change the compiled code: the StableHLO text and
//! signature, the encoded compile options, the plugin file (path, size, mtime), the PJRT API
//! version, the platform name and version, and the host CPU's features. Each file carries our
//! own header (magic, format version, key, payload length, payload sha256), so a truncated,
//! corrupted or foreign file is caught before its bytes reach the plugin; it is then recompiled
//! and rewritten (temp file + rename, so readers never see half an entry).

use super::client::Client;
use super::executable::{Executable, Signature};
use super::sharded::ShardedExecutable;
use super::{CompileOptions, Result, RuntimeError};
use crate::program::{Program, ShardedProgram};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"XLAGENX\0";
const FORMAT_VERSION: u32 = 1;
/// magic, format version, key, payload length, payload sha256.
const HEADER_LEN: usize = 8 + 4 + 32 + 8 + 32;

/// How `compile_cached` obtained the executable.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CacheOutcome {
    /// Loaded from a valid cache entry.
    Hit,
    /// No entry; compiled and stored.
    Miss,
    /// An entry existed but was unusable (corrupt, truncated, foreign, or rejected by the
    /// plugin); compiled and stored anew.
    Recompiled,
}

/// A directory of serialized executables.
#[derive(Clone, Debug)]
pub struct CompileCache {
    dir: PathBuf,
}

/// Why an existing entry could not be used.
enum Unusable {
    Missing,
    Invalid(String),
}

impl CompileCache {
    pub fn new(dir: impl Into<PathBuf>) -> CompileCache {
        CompileCache { dir: dir.into() }
    }

    /// `<xlagen cache dir>/executables`.
    pub fn default_location() -> CompileCache {
        CompileCache::new(super::cache_dir().join("executables"))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The entry file for `key`.
    pub fn entry_path(&self, key: &[u8; 32]) -> PathBuf {
        self.dir.join(format!("{}.xlaexe", hex(key)))
    }

    /// The cache key of compiling `program` with `options` on `client`.
    pub fn key(client: &Client, program: &Program, options: &CompileOptions) -> [u8; 32] {
        let (major, minor) = client.plugin().api_version();
        let mut h = Sha256::new();
        let mut part = |bytes: &[u8]| {
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        part(b"xlagen compile cache v1");
        part(program.mlir.as_bytes());
        part(format!("{:?}", Signature::of(program)).as_bytes());
        part(&options.encode());
        part(client.plugin().file_identity().as_bytes());
        part(format!("{major}.{minor}").as_bytes());
        part(client.platform_name().as_bytes());
        part(client.platform_version().as_bytes());
        part(host_cpu_features().as_bytes());
        // The plugin also reads XLA_FLAGS when it compiles, so flags change the executable.
        part(std::env::var("XLA_FLAGS").unwrap_or_default().as_bytes());
        h.finalize().into()
    }

    fn read(&self, key: &[u8; 32]) -> Result<Vec<u8>, Unusable> {
        let path = self.entry_path(key);
        let data = match std::fs::read(&path) {
            Ok(data) => data,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Unusable::Missing),
            Err(e) => return Err(Unusable::Invalid(format!("cannot read it: {e}"))),
        };
        let invalid = |why: &str| Unusable::Invalid(why.to_string());
        if data.len() < HEADER_LEN {
            return Err(invalid("shorter than the header"));
        }
        let (header, payload) = data.split_at(HEADER_LEN);
        if &header[..8] != MAGIC {
            return Err(invalid("not an xlagen cache entry (bad magic)"));
        }
        let version = u32::from_le_bytes(header[8..12].try_into().expect("4 bytes"));
        if version != FORMAT_VERSION {
            return Err(Unusable::Invalid(format!("format version {version}")));
        }
        if &header[12..44] != key {
            return Err(invalid("written for another key"));
        }
        let len = u64::from_le_bytes(header[44..52].try_into().expect("8 bytes"));
        if len != payload.len() as u64 {
            return Err(Unusable::Invalid(format!(
                "payload is {} bytes, header says {len} (truncated?)",
                payload.len()
            )));
        }
        if Sha256::digest(payload).as_slice() != &header[52..84] {
            return Err(invalid("payload checksum mismatch"));
        }
        Ok(payload.to_vec())
    }

    fn write(&self, key: &[u8; 32], payload: &[u8]) -> Result<()> {
        let path = self.entry_path(key);
        let failed = |e: std::io::Error| RuntimeError::Cache {
            path: path.clone(),
            message: format!("cannot write the entry: {e}"),
        };
        std::fs::create_dir_all(&self.dir).map_err(failed)?;
        let mut data = Vec::with_capacity(HEADER_LEN + payload.len());
        data.extend_from_slice(MAGIC);
        data.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        data.extend_from_slice(key);
        data.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        data.extend_from_slice(&Sha256::digest(payload));
        data.extend_from_slice(payload);
        let nonce = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let tmp = path.with_extension(format!("tmp.{}.{nonce}", std::process::id()));
        std::fs::write(&tmp, &data).map_err(failed)?;
        std::fs::rename(&tmp, &path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            failed(e)
        })
    }
}

impl Client {
    /// Compiles `program`, or loads it from `cache` when an identical compile is stored there.
    pub fn compile_cached(
        &self,
        program: &Program,
        options: &CompileOptions,
        cache: &CompileCache,
    ) -> Result<(Executable, CacheOutcome)> {
        let key = CompileCache::key(self, program, options);
        let compiled = cache.get_or_compile(
            &key,
            |bytes| self.deserialize(bytes, &Signature::of(program)),
            || {
                let exe = self.compile(program, options)?;
                let bytes = exe.serialize()?;
                Ok((exe, bytes))
            },
        )?;
        self.release_after_compile(compiled.1);
        Ok(compiled)
    }

    /// As `compile_cached`, for a program partitioned over several devices: its text carries
    /// the partition count and every sharding, so the key tells layouts apart.
    pub fn compile_sharded_cached(
        &self,
        program: &ShardedProgram,
        options: &CompileOptions,
        cache: &CompileCache,
    ) -> Result<(ShardedExecutable, CacheOutcome)> {
        let key = CompileCache::key(self, &program.program, options);
        let compiled = cache.get_or_compile(
            &key,
            |bytes| self.deserialize_sharded(bytes, program),
            || {
                let exe = self.compile_sharded(program, options)?;
                let bytes = exe.serialize()?;
                Ok((exe, bytes))
            },
        )?;
        self.release_after_compile(compiled.1);
        Ok(compiled)
    }

    /// Serializing and storing what was just compiled touched code and heap again after the
    /// compile gave them back (a load gives them back itself).
    fn release_after_compile(&self, outcome: CacheOutcome) {
        if outcome != CacheOutcome::Hit {
            self.release_after_load();
        }
    }
}

impl CompileCache {
    /// The executable stored under `key` (`load` makes it from the entry's bytes), or else a
    /// fresh `compile` (the executable and its serialized bytes), stored for next time.
    fn get_or_compile<E>(
        &self,
        key: &[u8; 32],
        load: impl FnOnce(&[u8]) -> Result<E>,
        compile: impl FnOnce() -> Result<(E, Vec<u8>)>,
    ) -> Result<(E, CacheOutcome)> {
        let unusable = match self.read(key) {
            Ok(bytes) => match load(&bytes) {
                Ok(exe) => return Ok((exe, CacheOutcome::Hit)),
                // The plugin rejected bytes that passed our checks (e.g. another XLA build).
                Err(e) => Some(format!("the plugin could not load it: {e}")),
            },
            Err(Unusable::Missing) => None,
            Err(Unusable::Invalid(why)) => Some(why),
        };
        let outcome = match unusable {
            None => CacheOutcome::Miss,
            Some(why) => {
                eprintln!(
                    "xlagen: recompiling, cache entry {} is unusable: {why}",
                    self.entry_path(key).display()
                );
                CacheOutcome::Recompiled
            }
        };
        let (exe, bytes) = compile()?;
        self.write(key, &bytes)?;
        Ok((exe, outcome))
    }
}

/// The host CPU's feature flags (`/proc/cpuinfo`), since XLA CPU code targets the host's ISA.
fn host_cpu_features() -> &'static str {
    static FEATURES: OnceLock<String> = OnceLock::new();
    FEATURES.get_or_init(|| {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let flags = cpuinfo
            .lines()
            .find(|l| l.starts_with("flags") || l.starts_with("Features"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default();
        format!("{} {flags}", std::env::consts::ARCH)
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
