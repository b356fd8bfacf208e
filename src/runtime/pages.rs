//! Handing back resident memory that start-up touched once and never again, so it does not
//! count against the process while it decodes (issue 13's peak-RSS target).
//!
//! Measured on SmolLM2-135M, INT8, warm: 257 MiB peak before, 197 after: the plugin's file
//! pages 55 -> 6 MiB, the heap and other anonymous memory -8 MiB, xlagen's own code 7.6 -> 4.3.
//! What is given back, after the client is made and after every compile or executable load:
//! - clean file-backed pages of the plugin (its code and read-only data: static initializers
//!   and LLVM, which runs only while an executable is compiled or loaded, touch ~50 MiB of the
//!   259 MB file) and of xlagen's own executable. Unmapping them leaves them in the page cache,
//!   so a page still in use faults back in without reading the disk (decoding 127 tokens took
//!   ~150 more minor faults than without, start-up ~1500: a few milliseconds in all);
//! - heap memory the allocator keeps after it was freed (a compile's or a load's temporaries),
//!   returned with `malloc_trim`.
//!
//! Linux (and glibc, for the heap) only; elsewhere these are no-ops.

use std::path::Path;

/// Gives back what loading `plugin` (its canonical path) and its executables left resident and
/// no longer needs, and the start-up code of xlagen's own executable.
pub(super) fn release_after_load(plugin: &Path) {
    release_file_pages(plugin);
    // Our own code too: the tokenizer's and the checkpoint readers' run once, at start-up.
    if let Ok(exe) = std::fs::read_link("/proc/self/exe") {
        release_file_pages(&exe);
    }
    trim_heap();
}

/// One mapping of `/proc/self/smaps`: what deciding whether to drop its pages needs.
#[derive(Debug, PartialEq)]
struct Mapping {
    start: usize,
    end: usize,
    writable: bool,
    path: String,
    /// Resident pages (KiB).
    rss_kb: u64,
    /// Pages that are no longer the file's (written after a copy-on-write, KiB).
    anonymous_kb: u64,
}

/// The mappings listed in `smaps` text (the format of `/proc/PID/smaps`).
fn mappings(smaps: &str) -> Vec<Mapping> {
    let mut out: Vec<Mapping> = Vec::new();
    for line in smaps.lines() {
        let mut fields = line.split_ascii_whitespace();
        let Some(first) = fields.next() else { continue };
        if let Some(key) = first.strip_suffix(':') {
            let kb = fields.next().and_then(|v| v.parse::<u64>().ok());
            if let (Some(m), Some(kb)) = (out.last_mut(), kb) {
                match key {
                    "Rss" => m.rss_kb = kb,
                    "Anonymous" => m.anonymous_kb = kb,
                    _ => {}
                }
            }
            continue;
        }
        // A header: `start-end perms offset dev inode [path]`.
        let Some((start, end)) = first.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (
            usize::from_str_radix(start, 16),
            usize::from_str_radix(end, 16),
        ) else {
            continue;
        };
        let perms = fields.next().unwrap_or("");
        // The path is what follows the inode, and may itself hold spaces.
        let path = fields.nth(3).map_or(String::new(), |p| {
            let at = line.find(p).unwrap_or(line.len());
            line[at..].trim_end().to_string()
        });
        out.push(Mapping {
            start,
            end,
            writable: perms.contains('w'),
            path,
            rss_kb: 0,
            anonymous_kb: 0,
        });
    }
    out
}

/// The mappings of `path` whose every resident page is still the file's: never writable, and
/// holding no copy-on-write pages (the relocated read-only data of a shared object has some).
fn clean_mappings_of<'a>(maps: &'a [Mapping], path: &'a str) -> impl Iterator<Item = &'a Mapping> {
    maps.iter()
        .filter(move |m| m.path == path && !m.writable && m.anonymous_kb == 0 && m.rss_kb > 0)
}

/// Unmaps this process's resident pages of the file at `path` wherever they are still the
/// file's bytes (read-only maps, e.g. of a checkpoint whose header was parsed and whose tensors
/// are read no more); a later access maps them again from the page cache. Returns the bytes
/// unmapped (0 where unsupported).
#[cfg(target_os = "linux")]
pub fn release_file_pages(path: &Path) -> usize {
    let Ok(path) = std::fs::canonicalize(path) else {
        return 0;
    };
    let (Ok(smaps), Some(path)) = (std::fs::read_to_string("/proc/self/smaps"), path.to_str())
    else {
        return 0;
    };
    let maps = mappings(&smaps);
    let mut released = 0;
    for m in clean_mappings_of(&maps, path) {
        // SAFETY: MADV_DONTNEED on a file mapping only unmaps its pages: the next access maps
        // the file's page again (from the page cache). That changes what a page holds only where
        // a private mapping held a copy-on-write page, and `clean_mappings_of` keeps only
        // mappings with none that can never get one (not writable; nothing in xlagen or the
        // plugin re-protects a loaded object's code or a read-only map). Code running on another thread meanwhile
        // faults its page back in. The range is one whole mapping, as the kernel listed it.
        let rc = unsafe {
            libc::madvise(
                m.start as *mut libc::c_void,
                m.end - m.start,
                libc::MADV_DONTNEED,
            )
        };
        if rc == 0 {
            released += m.rss_kb as usize * 1024;
        }
    }
    released
}

#[cfg(not(target_os = "linux"))]
pub fn release_file_pages(_path: &Path) -> usize {
    0
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim_heap() {
    // SAFETY: malloc_trim only returns free memory of glibc's arenas to the kernel; it takes the
    // arenas' locks like any allocation and touches no live block.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim_heap() {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four mappings of a shared object as Linux 6.x lists them in smaps (fields trimmed), then
    /// an anonymous one and a file path with a space.
    const SMAPS: &str = "\
7f0000000000-7f0000100000 r--p 00000000 fd:01 42    /opt/plug.so
Size:               1024 kB
Rss:                 300 kB
Anonymous:             0 kB
VmFlags: rd mr mw me
7f0000100000-7f0000400000 r-xp 00100000 fd:01 42    /opt/plug.so
Rss:                2000 kB
Anonymous:             0 kB
7f0000400000-7f0000410000 r--p 00400000 fd:01 42    /opt/plug.so
Rss:                  64 kB
Anonymous:            64 kB
7f0000410000-7f0000420000 rw-p 00410000 fd:01 42    /opt/plug.so
Rss:                  16 kB
Anonymous:             8 kB
7f0000420000-7f0000500000 rw-p 00000000 00:00 0 
Rss:                 900 kB
Anonymous:           900 kB
7f0000600000-7f0000700000 r-xp 00000000 fd:01 43    /opt/my lib.so
Rss:                  12 kB
Anonymous:             0 kB
";

    #[test]
    fn smaps_headers_and_fields_are_read() {
        let maps = mappings(SMAPS);
        assert_eq!(maps.len(), 6);
        assert_eq!(
            maps[1],
            Mapping {
                start: 0x7f0000100000,
                end: 0x7f0000400000,
                writable: false,
                path: "/opt/plug.so".into(),
                rss_kb: 2000,
                anonymous_kb: 0,
            }
        );
        assert!(maps[3].writable);
        assert_eq!((maps[4].path.as_str(), maps[4].anonymous_kb), ("", 900));
        assert_eq!(maps[5].path, "/opt/my lib.so");
    }

    #[test]
    fn only_read_only_mappings_without_private_copies_are_dropped() {
        let maps = mappings(SMAPS);
        let starts: Vec<usize> = clean_mappings_of(&maps, "/opt/plug.so")
            .map(|m| m.start)
            .collect();
        // Not the relocated read-only data (copy-on-write pages), not the writable data.
        assert_eq!(starts, [0x7f0000000000, 0x7f0000100000]);
        assert_eq!(clean_mappings_of(&maps, "/opt/plug").count(), 0);
    }

    /// A real private file mapping: its pages are unmapped (resident set down) and read back
    /// the file's bytes afterwards.
    #[cfg(target_os = "linux")]
    #[test]
    fn dropped_pages_come_back_with_the_files_bytes() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("code.bin");
        let bytes: Vec<u8> = (0..64 * 4096).map(|i| (i * 7 % 251) as u8).collect();
        std::fs::File::create(&path)
            .unwrap()
            .write_all(&bytes)
            .unwrap();
        let path = std::fs::canonicalize(&path).unwrap();
        // A private read-only map, as the loader maps a shared object's code.
        // SAFETY: the file is this test's own, in its own directory, unchanged while mapped.
        let map = unsafe {
            memmap2::MmapOptions::new().map_copy_read_only(&std::fs::File::open(&path).unwrap())
        }
        .unwrap();
        // Reading every byte maps every page.
        assert_eq!(&map[..], &bytes[..]);
        let resident = |p: &Path| {
            let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
            mappings(&smaps)
                .iter()
                .filter(|m| m.path == p.to_str().unwrap())
                .map(|m| m.rss_kb)
                .sum::<u64>()
        };
        assert_eq!(resident(&path), 256, "all 64 pages resident after reading");
        assert_eq!(release_file_pages(&path), 256 * 1024);
        assert_eq!(resident(&path), 0);
        assert_eq!(&map[..], &bytes[..]);
    }
}
