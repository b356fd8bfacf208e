//! Checking an installed plugin file before it is loaded: against the sha256 and size its
//! wheel's `*.dist-info/RECORD` lists (for plugins xlagen discovers), and, for every plugin,
//! that its ELF segments lie inside the file, since `dlopen` of a truncated file faults instead of
//! failing.
//!
//! Hashing the CPU plugin (~260 MB) costs ~0.2 s, so a file that passed is remembered in the
//! cache dir under its identity (path, RECORD's listing, device, inode, size, mtime and ctime);
//! any change to the file, even one that restores its size and mtime, changes its ctime, and it
//! is hashed again.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Result, RuntimeError};

/// What RECORD says about one installed file.
#[derive(Debug, PartialEq)]
struct Listed {
    sha256: String,
    size: Option<u64>,
}

/// The RECORD entry for `relative` (a path under `site`, with `/` separators), from any
/// `*.dist-info/RECORD` directly in `site`. `None` when no RECORD lists it.
fn find_listing(site: &Path, relative: &str) -> Option<(PathBuf, Listed)> {
    let entries = std::fs::read_dir(site).ok()?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_string_lossy().ends_with(".dist-info") {
            continue;
        }
        let record = entry.path().join("RECORD");
        let Ok(text) = std::fs::read_to_string(&record) else {
            continue;
        };
        if let Some(listed) = text.lines().find_map(|line| parse_line(line, relative)) {
            return Some((record, listed));
        }
    }
    None
}

/// One `path,sha256=<urlsafe base64>,size` line, if it is about `relative` and has a hash.
fn parse_line(line: &str, relative: &str) -> Option<Listed> {
    let mut fields = line.rsplitn(3, ',');
    let size = fields.next()?;
    let hash = fields.next()?;
    let path = fields.next()?;
    if path.trim_matches('"') != relative {
        return None;
    }
    let sha256 = hash.strip_prefix("sha256=")?.to_string();
    Some(Listed {
        sha256,
        size: size.parse().ok(),
    })
}

/// How a plugin file passed [`verify_installed`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Its sha256 was computed and matched RECORD (and the verdict was remembered).
    Hashed,
    /// This exact file (same identity) matched RECORD before; not hashed again.
    Remembered,
    /// No RECORD lists it, and none was required.
    Unlisted,
}

/// Checks a plugin that discovery found at `site/relative` against its wheel's RECORD. Only
/// files installed by pip have one; a RECORD that lists the file but disagrees is an error.
/// `required` (xlagen's own pip target) makes a missing listing an error too. Verdicts that
/// passed are remembered in `verdicts` (a directory), when given.
pub(crate) fn verify_installed(
    site: &Path,
    relative: &str,
    required: bool,
    verdicts: Option<&Path>,
) -> Result<Verdict> {
    let path = site.join(relative);
    let damaged = |reason: String| RuntimeError::PluginDamaged {
        path: path.clone(),
        reason,
    };
    let Some((record, listed)) = find_listing(site, relative) else {
        if required {
            return Err(damaged(format!(
                "no *.dist-info/RECORD in {} lists it, so it cannot be checked; delete {} and \
                 xlagen installs it again",
                site.display(),
                site.display()
            )));
        }
        return Ok(Verdict::Unlisted);
    };
    let reinstall = format!("delete {} and xlagen installs it again", site.display());
    let meta = std::fs::metadata(&path).map_err(|e| damaged(format!("cannot read it: {e}")))?;
    let size = meta.len();
    if let Some(want) = listed.size.filter(|&want| want != size) {
        return Err(damaged(format!(
            "it is {size} bytes, but {} lists {want} (truncated or replaced?); {reinstall}",
            record.display()
        )));
    }
    let remembered = verdicts.map(|dir| dir.join(verdict_name(&path, &listed, &meta)));
    if remembered.as_deref().is_some_and(Path::is_file) {
        return Ok(Verdict::Remembered);
    }
    let got = sha256_urlsafe(&path).map_err(|e| damaged(format!("cannot read it: {e}")))?;
    if got != listed.sha256 {
        return Err(damaged(format!(
            "its sha256 is {got}, but {} lists {}; {reinstall}",
            record.display(),
            listed.sha256
        )));
    }
    if let Some(file) = remembered {
        // Best effort: a cache dir we cannot write only means hashing again next time.
        let _ = remember(&file, &path);
    }
    Ok(Verdict::Hashed)
}

/// The verdict file's name: a hash of everything that identifies this content of the file.
/// ctime is in it because it cannot be set back: rewriting the file in place and restoring
/// its mtime (`touch -d`) still changes it.
fn verdict_name(path: &Path, listed: &Listed, meta: &std::fs::Metadata) -> String {
    use std::os::unix::fs::MetadataExt;
    let identity = format!(
        "xlagen RECORD verdict v1\n{}\n{}\n{:?}\n{} {} {} {}.{} {}.{}",
        path.display(),
        listed.sha256,
        listed.size,
        meta.dev(),
        meta.ino(),
        meta.size(),
        meta.mtime(),
        meta.mtime_nsec(),
        meta.ctime(),
        meta.ctime_nsec(),
    );
    let digest = Sha256::digest(identity.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}.verified")
}

/// Writes a verdict file (temp file + rename, so a reader never sees half of one).
fn remember(file: &Path, plugin: &Path) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let temp = dir.join(format!(".{}.tmp", std::process::id()));
    std::fs::write(&temp, format!("{}\n", plugin.display()))?;
    std::fs::rename(&temp, file)
}

/// The file's sha256 in RECORD's spelling: URL-safe base64 without padding.
fn sha256_urlsafe(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(buf.get(..n).unwrap_or_default());
    }
    Ok(base64_urlsafe(&hasher.finalize()))
}

fn base64_urlsafe(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Checks that a shared object's ELF header, program headers and loadable segments lie inside
/// the file: `dlopen` maps segments past the end of a truncated file and faults on first touch.
/// Reads only the headers.
pub(crate) fn check_elf_extent(path: &Path) -> Result<()> {
    use std::os::unix::fs::FileExt;
    let bad = |reason: String| RuntimeError::NotAPlugin {
        path: path.to_path_buf(),
        reason,
    };
    let file = std::fs::File::open(path).map_err(|e| bad(format!("cannot read it: {e}")))?;
    let len = file
        .metadata()
        .map_err(|e| bad(format!("cannot read it: {e}")))?
        .len();
    let read = |offset: u64, n: usize| -> Option<Vec<u8>> {
        let mut buf = vec![0u8; n];
        file.read_exact_at(&mut buf, offset).ok().map(|_| buf)
    };
    let le = |b: &[u8], at: usize, n: usize| -> u64 {
        b.get(at..at + n).map_or(0, |s| {
            s.iter().rev().fold(0u64, |acc, &x| acc << 8 | u64::from(x))
        })
    };
    let truncated = |what: &str| {
        bad(format!(
            "its {what} lies past the end of the file ({len} bytes): truncated?"
        ))
    };
    let Some(header) = read(0, 64) else {
        return Err(truncated("ELF header"));
    };
    if header.get(..4) != Some(b"\x7fELF") || header.get(4..6) != Some(&[2, 1]) {
        return Err(bad(
            "it is not a little-endian 64-bit ELF shared object".to_string()
        ));
    }
    let (phoff, phentsize, phnum) = (
        le(&header, 0x20, 8),
        le(&header, 0x36, 2),
        le(&header, 0x38, 2),
    );
    let (shoff, shentsize, shnum) = (
        le(&header, 0x28, 8),
        le(&header, 0x3a, 2),
        le(&header, 0x3c, 2),
    );
    let table_end = |off: u64, entsize: u64, num: u64| off.checked_add(entsize * num);
    if phentsize < 0x38 || table_end(phoff, phentsize, phnum).is_none_or(|end| end > len) {
        return Err(truncated("program header table"));
    }
    if shnum > 0 && table_end(shoff, shentsize, shnum).is_none_or(|end| end > len) {
        return Err(truncated("section header table"));
    }
    let Some(table) = read(phoff, (phentsize * phnum) as usize) else {
        return Err(truncated("program header table"));
    };
    const PT_LOAD: u64 = 1;
    for i in 0..phnum as usize {
        let at = i * phentsize as usize;
        let (kind, offset, filesz) = (
            le(&table, at, 4),
            le(&table, at + 0x08, 8),
            le(&table, at + 0x20, 8),
        );
        if kind == PT_LOAD && offset.checked_add(filesz).is_none_or(|end| end > len) {
            return Err(truncated(&format!("loadable segment {i}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_records_spelling() {
        // RFC 4648 test vectors, in the URL-safe alphabet without padding.
        for (input, want) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
        ] {
            assert_eq!(base64_urlsafe(input.as_bytes()), want);
        }
        assert_eq!(base64_urlsafe(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn record_lines_parse() {
        let line = "xla_plugins/x/x.so,sha256=iMPyjFkA9IrU,259284552";
        assert_eq!(
            parse_line(line, "xla_plugins/x/x.so"),
            Some(Listed {
                sha256: "iMPyjFkA9IrU".into(),
                size: Some(259284552)
            })
        );
        assert_eq!(parse_line(line, "other.so"), None);
        assert_eq!(
            parse_line("x.dist-info/RECORD,,", "x.dist-info/RECORD"),
            None
        );
    }

    #[test]
    fn a_file_is_checked_against_its_record() {
        let site = tempfile::tempdir().unwrap();
        let dist = site.path().join("pkg-1.0.dist-info");
        std::fs::create_dir_all(site.path().join("pkg")).unwrap();
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(site.path().join("pkg/lib.so"), b"hello").unwrap();
        // sha256("hello"), as `python -c "import hashlib,base64; ..."` spells it in RECORD.
        let hash = "LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ";
        std::fs::write(dist.join("RECORD"), format!("pkg/lib.so,sha256={hash},5\n")).unwrap();
        verify_installed(site.path(), "pkg/lib.so", true, None).unwrap();

        std::fs::write(site.path().join("pkg/lib.so"), b"hellO").unwrap();
        let err = verify_installed(site.path(), "pkg/lib.so", true, None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("sha256") && err.contains(hash), "{err}");
        std::fs::write(site.path().join("pkg/lib.so"), b"hel").unwrap();
        let err = verify_installed(site.path(), "pkg/lib.so", true, None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("3 bytes") && err.contains("lists 5"), "{err}");

        std::fs::write(dist.join("RECORD"), "").unwrap();
        assert_eq!(
            verify_installed(site.path(), "pkg/lib.so", false, None).unwrap(),
            Verdict::Unlisted
        );
        let err = verify_installed(site.path(), "pkg/lib.so", true, None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no *.dist-info/RECORD"), "{err}");
    }

    /// A copy of the installed CPU plugin with its RECORD in a fresh site dir (the real file,
    /// so the remembered verdict is exercised on what xlagen actually loads).
    fn copied_plugin() -> (tempfile::TempDir, String) {
        let installed = crate::runtime::cache_dir().join("python");
        let relative = "xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so";
        assert!(
            installed.join(relative).is_file(),
            "the CPU plugin is not installed under {}: run any xlagen command once (it \
             installs it from PyPI)",
            installed.display()
        );
        let (record, _) = find_listing(&installed, relative).expect("its RECORD lists it");
        let site = tempfile::tempdir().unwrap();
        let dist = site.path().join("xla_cpu_pjrt.dist-info");
        std::fs::create_dir_all(site.path().join("xla_plugins/xla_cpu_pjrt")).unwrap();
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::copy(&record, dist.join("RECORD")).unwrap();
        std::fs::copy(installed.join(relative), site.path().join(relative)).unwrap();
        (site, relative.to_string())
    }

    #[test]
    fn a_remembered_verdict_is_reused_until_the_plugin_file_changes() {
        let (site, relative) = copied_plugin();
        let verdicts = tempfile::tempdir().unwrap();
        let check = || verify_installed(site.path(), &relative, true, Some(verdicts.path()));
        assert_eq!(check().unwrap(), Verdict::Hashed);
        assert_eq!(check().unwrap(), Verdict::Remembered);

        // Rewritten with the same bytes: a new ctime, so it is hashed again (and passes).
        let path = site.path().join(&relative);
        let bytes = std::fs::read(&path).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(check().unwrap(), Verdict::Hashed);
        assert_eq!(check().unwrap(), Verdict::Remembered);

        // One byte flipped in place, size and mtime put back as they were: still refused.
        let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
        let mut corrupt = bytes;
        let middle = corrupt.len() / 2;
        corrupt[middle] ^= 0x40;
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&path, &corrupt).unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        let err = check().unwrap_err().to_string();
        assert!(
            err.contains("its sha256 is") && err.contains("delete"),
            "{err}"
        );
    }

    #[test]
    fn a_failed_check_is_never_remembered() {
        let site = tempfile::tempdir().unwrap();
        let dist = site.path().join("pkg-1.0.dist-info");
        std::fs::create_dir_all(site.path().join("pkg")).unwrap();
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(site.path().join("pkg/lib.so"), b"hellO").unwrap();
        let hash = "LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ"; // sha256("hello")
        std::fs::write(dist.join("RECORD"), format!("pkg/lib.so,sha256={hash},5\n")).unwrap();
        let verdicts = tempfile::tempdir().unwrap();
        for _ in 0..2 {
            let err = verify_installed(site.path(), "pkg/lib.so", true, Some(verdicts.path()))
                .unwrap_err()
                .to_string();
            assert!(err.contains("sha256"), "{err}");
        }
        assert_eq!(std::fs::read_dir(verdicts.path()).unwrap().count(), 0);
    }
}
