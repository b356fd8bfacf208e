//! The official `openai` Python client (PyPI, at the versions tests/openai_client/requirements.txt
//! pins, in a venv that tests/openai_client/fetch.py makes once in the cache dir) against a
//! running `xlagen serve`: tests/openai_client/check.py covers chat and completions, whole and
//! streamed, and the client's typed errors for the server's 400s and 404.

mod common;

use std::path::Path;
use std::process::Command;

use common::server::start;

#[test]
fn the_openai_python_client_works_against_the_server() {
    let venv = common::fetched_dir("tests/openai_client/fetch.py");
    let server = start(2, 4);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/openai_client/check.py");
    let out = Command::new(venv.join("bin/python"))
        .arg(&script)
        .arg(format!("{}/v1", server.base_url()))
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", venv.join("bin/python").display()));
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{} failed:\n{log}", script.display());
    assert!(log.contains("all openai client checks passed"), "{log}");
    eprintln!("{log}");
}
