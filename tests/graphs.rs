//! The StableHLO checked in under graphs/ is what the tracer emits today, so a change to the
//! traced model shows up in review as a diff of those files. After an intended change,
//! regenerate them with:
//!
//!     cargo run --release -- compile --model tests/fixtures/models/mistral_gqa_window \
//!         --buckets 16 --max-seq 64 --graphs-dir graphs

use std::path::Path;

use xlagen::dtype::DType;
use xlagen::engine::backend;
use xlagen::engine::programs::{ahead_of_time_specs, step_program};
use xlagen::engine::DEFAULT_DECODE_STEPS;
use xlagen::model::quant::{Quant, WeightFormat};
use xlagen::model::Config;

#[test]
fn checked_in_graphs_match_what_the_tracer_emits() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cfg = Config::from_file(&root.join("tests/fixtures/models/mistral_gqa_window/config.json"))
        .unwrap();
    // What `xlagen compile` traces on CPU: f32 weights, our CPU kernels where the model uses them.
    let format = WeightFormat {
        dtype: DType::F32,
        quant: Quant::None,
        backend: backend::for_platform("cpu"),
    };
    let specs = ahead_of_time_specs(1, &[16], 64, DEFAULT_DECODE_STEPS, &format, DType::F32);
    let mut expected_files: Vec<String> =
        specs.iter().map(|s| format!("{}.mlir", s.name())).collect();
    for spec in &specs {
        let emitted = step_program(&cfg, spec).unwrap().mlir;
        let path = root.join("graphs").join(format!("{}.mlir", spec.name()));
        let stored = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; regenerate graphs/ (see this file's header)",
                path.display()
            )
        });
        if emitted != stored {
            let line = emitted
                .lines()
                .zip(stored.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{} differs from the emitted graph at line {} (emitted: {:?}, stored: {:?}); \
                 regenerate graphs/ if the change is intended (see this file's header)",
                path.display(),
                line + 1,
                emitted.lines().nth(line),
                stored.lines().nth(line)
            );
        }
    }
    let mut present: Vec<String> = std::fs::read_dir(root.join("graphs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    present.sort();
    expected_files.sort();
    assert_eq!(
        present, expected_files,
        "graphs/ holds stale or missing files"
    );
}
