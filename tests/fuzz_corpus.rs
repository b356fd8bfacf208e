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

/// The tokenizer targets' seeds must build a tokenizer, or the fuzzer would start from inputs
/// that stop at the first check. Ids are hand-derived from make_seeds.py's piece order (3
/// specials, 256 byte pieces, then "▁t" 259 ... "▁Hello" 266 ... "▁world" 271), as Python
/// sentencepiece 0.2.3 also encodes the SentencePiece seed: BOS, "▁Hello", "▁world".
#[test]
fn the_tokenizer_seeds_build_tokenizers_that_encode_hello_world() {
    use xlagen::formats::gguf::GgufFile;
    use xlagen::tokenizer::{self, Tokenizer};
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let dir = dir_holding(
        &seeds.join("tokenizer_model/bpe_small.model"),
        "tokenizer.model",
    );
    let spm = tokenizer::for_checkpoint(&dir).unwrap().unwrap();
    assert_eq!(spm.encode("Hello world", true).unwrap(), [1, 266, 271]);
    std::fs::remove_dir_all(&dir).unwrap();

    let llama = GgufFile::open(&seeds.join("gguf_vocab/llama_small.gguf")).unwrap();
    let llama = Tokenizer::from_gguf(&llama).unwrap();
    assert_eq!(llama.encode("Hello world", true).unwrap(), [1, 266, 271]);

    // gpt2_small.gguf: "Hello" is id 20 and "Ġworld" 23 after all nine merges; BOS 1 is not
    // added ("smollm" adds none).
    let gpt2 = GgufFile::open(&seeds.join("gguf_vocab/gpt2_small.gguf")).unwrap();
    let gpt2 = Tokenizer::from_gguf(&gpt2).unwrap();
    assert_eq!(gpt2.encode("Hello world", true).unwrap(), [20, 23]);

    let dir = dir_holding(
        &seeds.join("tokenizer_json/smollm2_64.json"),
        "tokenizer.json",
    );
    assert!(tokenizer::for_checkpoint(&dir).unwrap().is_some());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A fresh scratch directory holding `file` as `name`.
fn dir_holding(file: &Path, name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("xlagen-seed-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(file, dir.join(name)).unwrap();
    dir
}
