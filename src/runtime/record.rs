//! Checking an installed plugin file before it is loaded: against the sha256 and size its
//! wheel's `*.dist-info/RECORD` lists (for plugins xlagen discovers), and, for every plugin,
//! that its ELF segments lie inside the file, since `dlopen` of a truncated file faults instead of
//! failing.

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

/// Checks a plugin that discovery found at `site/relative` against its wheel's RECORD. Only
/// files installed by pip have one; a RECORD that lists the file but disagrees is an error.
/// `required` (xlagen's own pip target) makes a missing listing an error too.
pub(crate) fn verify_installed(site: &Path, relative: &str, required: bool) -> Result<()> {
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
        return Ok(());
    };
    let reinstall = format!("delete {} and xlagen installs it again", site.display());
    let size = std::fs::metadata(&path)
        .map_err(|e| damaged(format!("cannot read it: {e}")))?
        .len();
    if let Some(want) = listed.size.filter(|&want| want != size) {
        return Err(damaged(format!(
            "it is {size} bytes, but {} lists {want} (truncated or replaced?); {reinstall}",
            record.display()
        )));
    }
    let got = sha256_urlsafe(&path).map_err(|e| damaged(format!("cannot read it: {e}")))?;
    if got != listed.sha256 {
        return Err(damaged(format!(
            "its sha256 is {got}, but {} lists {}; {reinstall}",
            record.display(),
            listed.sha256
        )));
    }
    Ok(())
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
        verify_installed(site.path(), "pkg/lib.so", true).unwrap();

        std::fs::write(site.path().join("pkg/lib.so"), b"hellO").unwrap();
        let err = verify_installed(site.path(), "pkg/lib.so", true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("sha256") && err.contains(hash), "{err}");
        std::fs::write(site.path().join("pkg/lib.so"), b"hel").unwrap();
        let err = verify_installed(site.path(), "pkg/lib.so", true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("3 bytes") && err.contains("lists 5"), "{err}");

        std::fs::write(dist.join("RECORD"), "").unwrap();
        assert!(verify_installed(site.path(), "pkg/lib.so", false).is_ok());
        let err = verify_installed(site.path(), "pkg/lib.so", true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no *.dist-info/RECORD"), "{err}");
    }
}
