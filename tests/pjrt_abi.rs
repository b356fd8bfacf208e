//! The hand-written PJRT structs must match the C header the plugin ships: a C probe compiled
//! against that header prints every size, `STRUCT_SIZE` and field offset we mirror.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;
use xlagen::runtime::{discover_plugin, ffi, DeviceKind};

/// The header shipped in the wheel, next to the plugin: `<plugin dir>/include/pjrt_c_api.h`.
fn header_dir() -> PathBuf {
    let plugin = discover_plugin(None, DeviceKind::Cpu)
        .unwrap_or_else(|e| panic!("the ABI test needs the PJRT CPU plugin: {e}"));
    let plugin = std::fs::canonicalize(&plugin).unwrap_or(plugin);
    let dir = plugin
        .parent()
        .expect("plugin path has a parent")
        .join("include");
    assert!(
        dir.join("pjrt_c_api.h").is_file(),
        "pjrt_c_api.h not found at {}: the xla-cpu-pjrt wheel ships it next to the plugin \
         (reinstall with `python3 -m pip install --force-reinstall xla-cpu-pjrt`)",
        dir.join("pjrt_c_api.h").display()
    );
    dir
}

fn probe_source() -> String {
    let mut c = String::from(
        "#include <stdio.h>\n#include <stddef.h>\n#include \"pjrt_c_api.h\"\nint main(void) {\n",
    );
    for s in ffi::LAYOUTS {
        let n = s.c_name;
        writeln!(
            c,
            "  printf(\"{n} %zu %zu\\n\", sizeof({n}), (size_t){n}_STRUCT_SIZE);"
        )
        .unwrap();
        for f in s.fields {
            let field = f.c_name;
            writeln!(
                c,
                "  printf(\"{n}.{field} %zu\\n\", offsetof({n}, {field}));"
            )
            .unwrap();
        }
    }
    for (name, _) in ffi::ENUM_VALUES {
        writeln!(c, "  printf(\"{name} %lld\\n\", (long long){name});").unwrap();
    }
    c.push_str("  return 0;\n}\n");
    c
}

#[test]
fn rust_structs_match_the_c_header() {
    let include = header_dir();
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("probe.c");
    let exe = dir.path().join("probe");
    std::fs::write(&src, probe_source()).unwrap();
    let cc = Command::new("cc")
        .arg("-I")
        .arg(&include)
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("running the system C compiler `cc`");
    assert!(
        cc.status.success(),
        "compiling the ABI probe failed (a struct or field name differs from the header?):\n{}",
        String::from_utf8_lossy(&cc.stderr)
    );
    let out = Command::new(&exe).output().expect("running the ABI probe");
    let text = String::from_utf8(out.stdout).unwrap();
    let c: HashMap<&str, Vec<usize>> = text
        .lines()
        .map(|l| {
            let mut parts = l.split_whitespace();
            let key = parts.next().unwrap();
            (key, parts.map(|v| v.parse().unwrap()).collect())
        })
        .collect();

    let mut mismatches = Vec::new();
    for s in ffi::LAYOUTS {
        let sizes = &c[s.c_name];
        if sizes[0] != s.size {
            mismatches.push(format!(
                "sizeof({}): C {} Rust {}",
                s.c_name, sizes[0], s.size
            ));
        }
        if sizes[1] != s.struct_size {
            mismatches.push(format!(
                "{}_STRUCT_SIZE: C {} Rust {}",
                s.c_name, sizes[1], s.struct_size
            ));
        }
        for f in s.fields {
            let key = format!("{}.{}", s.c_name, f.c_name);
            let offset = c[key.as_str()][0];
            if offset != f.offset {
                mismatches.push(format!("offsetof({key}): C {offset} Rust {}", f.offset));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "ABI mismatches:\n{}",
        mismatches.join("\n")
    );
    assert!(ffi::LAYOUTS.iter().any(|s| s.c_name == "PJRT_Api"));
}
