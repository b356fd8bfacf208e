#!/usr/bin/env bash
# Runs each fuzz target in turn to RUNS executions (default 1M), one process at a time, from the
# committed seeds into a local corpus; logs to fuzz/logs/<target>.log. Usage: fuzz/run_all.sh [target...]
set -uo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-1000000}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(gguf safetensors_header safetensors_index config_json cli_ids chat_template gguf_vocab tokenizer_json tokenizer_model)
mkdir -p logs
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    cargo +nightly fuzz run -O -a "$t" "corpus/$t" "seeds/$t" -- \
        -runs="$RUNS" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        > "logs/$t.log" 2>&1
    echo "$t rc=$?" >> logs/summary.txt
done
