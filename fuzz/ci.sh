#!/usr/bin/env bash
# CI's fuzz step: every target for SECONDS_PER_TARGET seconds (default 20) of libFuzzer with
# AddressSanitizer, starting from the committed seeds (and regressions/), each in a scratch
# corpus so the committed files never change. A crash, leak, timeout or RSS-limit hit fails the
# step and prints the end of that target's log; the input libFuzzer saved is in artifacts/.
# Needs the nightly toolchain; installs cargo-fuzz (crates.io, pinned) when it is missing.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET=${SECONDS_PER_TARGET:-20}
CARGO_FUZZ_VERSION=0.13.2

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "fuzz/ci.sh: the nightly toolchain is missing (rustup toolchain install nightly)" >&2
    exit 1
fi
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^xlagen-fuzz$')
cargo +nightly fuzz build -O -a
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=()
for t in $targets; do
    mkdir -p "$scratch/$t"
    extra=()
    [ -d "regressions/$t" ] && extra+=("regressions/$t")
    log="$scratch/$t.log"
    if cargo +nightly fuzz run -O -a "$t" "$scratch/$t" "seeds/$t" "${extra[@]}" -- \
        -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 >"$log" 2>&1; then
        echo "fuzz $t: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') executions, clean"
    else
        echo "fuzz $t: FAILED" >&2
        tail -n 40 "$log" >&2
        failed+=("$t")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz/ci.sh: findings in: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
    exit 1
fi
