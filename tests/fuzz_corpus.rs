//! Every fuzz target's committed inputs replayed through the same bodies the fuzzer runs
//! (fuzz/targets.rs): the seeds (fuzz/seeds/, made by fuzz/make_seeds.py from the fixtures) and
//! each input a fuzzing run found a bug with (fuzz/regressions/), so a fixed finding stays
//! fixed without nightly or cargo-fuzz. fuzz/README.md has the fuzzing runs themselves.

#[path = "../fuzz/targets.rs"]
mod targets;

use std::path::Path;

fn inputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            let data = std::fs::read(e.path()).unwrap();
            (e.path().display().to_string(), data)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_seed_and_regression_runs_cleanly_through_its_target() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for (name, body) in targets::ALL {
        let seeds = inputs(&fuzz.join("seeds").join(name));
        assert!(
            !seeds.is_empty(),
            "fuzz/seeds/{name} is empty: run python3 fuzz/make_seeds.py"
        );
        for (path, data) in seeds
            .iter()
            .chain(&inputs(&fuzz.join("regressions").join(name)))
        {
            let run = std::panic::catch_unwind(|| body(data));
            assert!(run.is_ok(), "{path} panics in fuzz target {name}");
        }
    }
}
