//! The PyTorch `transformers` rung of the ladder: benchmarks/pytorch_baseline.py run as a
//! subprocess on the very prompt ids xlagen uses, writing the bench's JSON schema.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde_json::json;

use super::report::ConfigResult;

/// What the script is asked to run.
pub struct TorchRequest<'a> {
    pub python: &'a Path,
    pub script: PathBuf,
    /// An HF checkpoint dir, or a GGUF file (loaded with `gguf_file=`).
    pub model: &'a Path,
    pub device: &'a str,
    pub dtype: &'a str,
    pub max_new_tokens: usize,
    pub stop_ids: &'a [u32],
    /// (id, prompt ids) per prompt.
    pub prompts: Vec<(String, Vec<u32>)>,
}

/// The script shipped with the sources, looked up from the working directory first.
pub fn default_script() -> PathBuf {
    let rel = Path::new("benchmarks/pytorch_baseline.py");
    if rel.is_file() {
        return rel.to_path_buf();
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

pub fn run(req: &TorchRequest, work: &Path) -> Result<ConfigResult> {
    if !req.script.is_file() {
        bail!(
            "the PyTorch baseline script {} does not exist",
            req.script.display()
        );
    }
    let (model_dir, gguf_file) = if req.model.is_dir() {
        (req.model.to_path_buf(), None)
    } else {
        let name = req.model.file_name().and_then(|n| n.to_str());
        (
            req.model.parent().unwrap_or(Path::new(".")).to_path_buf(),
            name.map(str::to_string),
        )
    };
    let request = json!({
        "model": model_dir, "gguf_file": gguf_file, "device": req.device, "dtype": req.dtype,
        "max_new_tokens": req.max_new_tokens, "stop_ids": req.stop_ids,
        "prompts": req.prompts.iter().map(|(id, ids)| json!({"id": id, "prompt_ids": ids})).collect::<Vec<_>>(),
    });
    let request_path = work.join("pytorch_request.json");
    let out_path = work.join("pytorch_result.json");
    std::fs::write(&request_path, request.to_string())?;
    let status = Command::new(req.python)
        .arg(&req.script)
        .arg("--request")
        .arg(&request_path)
        .arg("--out")
        .arg(&out_path)
        .status()
        .with_context(|| format!("running {} {}", req.python.display(), req.script.display()))?;
    if !status.success() {
        bail!(
            "{} {} failed ({status}); its messages are above",
            req.python.display(),
            req.script.display()
        );
    }
    let text = std::fs::read_to_string(&out_path)
        .with_context(|| format!("reading {}", out_path.display()))?;
    let report: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("{}: not valid JSON", out_path.display()))?;
    let config = report["configs"]
        .get(0)
        .cloned()
        .with_context(|| format!("{}: no configs[0]", out_path.display()))?;
    serde_json::from_value(config).with_context(|| {
        format!(
            "{}: configs[0] does not fit the bench schema",
            out_path.display()
        )
    })
}
