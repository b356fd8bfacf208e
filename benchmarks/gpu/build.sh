#!/usr/bin/env bash
# Builds what benchmarks/gpu/run.sh runs on a GPU machine without a Rust toolchain: xlagen and
# the tests/cuda.rs test binary, debug info stripped (they travel), into DIR, with the path
# they were built in (the test binary looks for its fixtures there).
set -euo pipefail
DIR=${1:?usage: build.sh DIR}
mkdir -p "$DIR"
cargo build --release
test_bin=$(cargo test --release --test cuda --no-run --message-format=json |
    python3 -c 'import json, sys
for m in map(json.loads, sys.stdin):
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == "cuda":
        print(m["executable"])')
strip --strip-debug -o "$DIR/xlagen" target/release/xlagen
strip --strip-debug -o "$DIR/cuda-tests" "$test_bin"
echo "$PWD" >"$DIR/built_in"
ls -la "$DIR"
