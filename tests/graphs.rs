//! The StableHLO checked in under graphs/ is what the tracer emits today, so a change to the
//! traced model shows up in review as a diff of those files. After an intended change,
//! regenerate them with:
//!
//!     cargo run --release -- compile --model tests/fixtures/models/mistral_gqa_window \
//!         --buckets 16 --max-seq 64 --graphs-dir graphs
//!     cargo run --release -- compile --model tests/fixtures/models/mistral_gqa_window \
//!         --buckets 16 --max-seq 64 --graphs-dir graphs/tp2 --devices 2
//!
//! graphs/tp2 holds the same model split over 2 devices (tensor parallelism): the shardings
//! the SPMD partitioner reads, and each layer's attention and MLP as manual regions in which
//! our kernels run on each device's share.

use std::path::Path;

use xlagen::dtype::DType;
use xlagen::engine::backend;
use xlagen::engine::programs::{ahead_of_time_specs, sharded_step_program, step_program};
use xlagen::engine::DEFAULT_DECODE_STEPS;
use xlagen::model::quant::{Quant, WeightFormat};
use xlagen::model::Config;
use xlagen::program::Mesh;

fn fixture_config(root: &Path) -> Config {
    Config::from_file(&root.join("tests/fixtures/models/mistral_gqa_window/config.json")).unwrap()
}

/// Checks that `dir` holds exactly `emitted` (file name, text) and nothing else.
fn assert_checked_in(dir: &Path, emitted: &[(String, String)]) {
    for (file, text) in emitted {
        let path = dir.join(file);
        let stored = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; regenerate graphs/ (see this file's header)",
                path.display()
            )
        });
        if *text != stored {
            let line = text
                .lines()
                .zip(stored.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{} differs from the emitted graph at line {} (emitted: {:?}, stored: {:?}); \
                 regenerate graphs/ if the change is intended (see this file's header)",
                path.display(),
                line + 1,
                text.lines().nth(line),
                stored.lines().nth(line)
            );
        }
    }
    let mut present: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    present.sort();
    let mut expected: Vec<String> = emitted.iter().map(|(f, _)| f.clone()).collect();
    expected.sort();
    assert_eq!(
        present,
        expected,
        "{} holds stale or missing files",
        dir.display()
    );
}

#[test]
fn checked_in_graphs_match_what_the_tracer_emits() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cfg = fixture_config(root);
    // What `xlagen compile` traces on CPU: f32 weights, our CPU kernels where the model uses them.
    let format = WeightFormat {
        dtype: DType::F32,
        quant: Quant::None,
        backend: backend::for_platform("cpu"),
        devices: 1,
    };
    let specs = ahead_of_time_specs(1, &[16], 64, DEFAULT_DECODE_STEPS, &format, DType::F32);
    let emitted: Vec<(String, String)> = specs
        .iter()
        .map(|s| {
            (
                format!("{}.mlir", s.name()),
                step_program(&cfg, s).unwrap().mlir,
            )
        })
        .collect();
    assert_checked_in(&root.join("graphs"), &emitted);
}

#[test]
fn checked_in_split_graphs_match_what_the_tracer_emits() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cfg = fixture_config(root);
    // What `xlagen compile --devices 2` traces on CPU: our kernels on each device's share.
    let format = WeightFormat {
        backend: backend::for_platform("cpu"),
        devices: 2,
        ..WeightFormat::plain(DType::F32)
    };
    let mesh = Mesh::line("tp", 2).unwrap();
    let specs = ahead_of_time_specs(1, &[16], 64, DEFAULT_DECODE_STEPS, &format, DType::F32);
    let emitted: Vec<(String, String)> = specs
        .iter()
        .map(|s| {
            let program = sharded_step_program(&cfg, s, &mesh).unwrap();
            (format!("{}.mlir", s.name()), program.program.mlir)
        })
        .collect();
    assert_checked_in(&root.join("graphs/tp2"), &emitted);
}
