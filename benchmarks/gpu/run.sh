#!/usr/bin/env bash
# xlagen's checks and decode benchmark on a CUDA machine, from binaries built elsewhere (a lent
# GPU machine has no Rust toolchain). Stages, each under its own time limit, so one that fails
# or runs long leaves the others' results:
#   1. the GPU tests (tests/cuda.rs): parity fixtures vs PyTorch, cached decode vs recompute,
#      in-graph INT8 dequantization, bf16/INT8 vs f32, the compile cache;
#   2. `xlagen bench` on synthetic Mistral-7B weights, bf16 vs INT8 (bf16 activations), with
#      XLA's optimized HLO dumped and summarized (is the INT8→bf16 convert fused into the GEMM?);
#   3. the same bench's PyTorch rung (transformers, bf16) on the same weights.
#
# Build here, then run there from the repository root:
#   benchmarks/gpu/build.sh .devcarry          # xlagen + the cuda test binary, stripped
#   benchmarks/gpu/run.sh .devcarry OUT_DIR
# STAGES picks stages (default "tests xlagen pytorch"); SAMPLES and NEW_TOKENS size the bench.
# Needs python3 with jax-cuda13-pjrt (or jax-cuda12-pjrt), torch and transformers.
set -u
BIN=$(realpath "${1:?usage: run.sh BIN_DIR OUT_DIR}")
OUT=$(realpath -m "${2:?usage: run.sh BIN_DIR OUT_DIR}")
SAMPLES=${SAMPLES:-1}
STAGES=${STAGES:-tests xlagen pytorch}
want() { [[ " $STAGES " == *" $1 "* ]]; }
NEW_TOKENS=${NEW_TOKENS:-256}
mkdir -p "$OUT"
WORK=$(mktemp -d)
LOG="$OUT/run.log"

say() { echo "$*" | tee -a "$LOG"; }
# stage NAME SECONDS CMD...: runs CMD under a time limit, its output appended to run.log.
stage() {
    local name=$1 limit=$2
    shift 2
    say "== $name (limit ${limit}s): $*"
    local t0=$SECONDS
    timeout "$limit" "$@" >>"$LOG" 2>&1
    local rc=$?
    say "== $name: rc=$rc in $((SECONDS - t0))s"
}

nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm,clocks.max.mem \
    --format=csv 2>&1 | tee -a "$LOG"
python3 -c 'import jax_plugins, jax, torch, transformers; print("jax", jax.__version__, "torch", torch.__version__, "transformers", transformers.__version__)' 2>&1 | tee -a "$LOG"

# XLA compiles kernels with ptxas and libdevice from a CUDA toolkit; say where they are.
site=$(python3 -c 'import site; print(site.getsitepackages()[0])' 2>/dev/null)
say "ptxas on PATH: $(command -v ptxas || echo none); in $site/nvidia: $(find "$site/nvidia" -name ptxas 2>/dev/null | head -2 | tr '\n' ' ')"
say "libdevice: $(find /usr/local/cuda* "$site/nvidia" -name 'libdevice*.bc' 2>/dev/null | head -2 | tr '\n' ' ')"
if ! command -v ptxas >/dev/null; then
    ptxas=$(find "$site/nvidia" /usr/local/cuda* -name ptxas -type f 2>/dev/null | head -1)
    [ -n "$ptxas" ] && export PATH="$(dirname "$ptxas"):$PATH"
fi

# The test binary finds its fixtures under the path it was built in.
built_in=$(cat "$BIN/built_in" 2>/dev/null)
if [ -n "$built_in" ] && [ ! -e "$built_in" ]; then
    mkdir -p "$(dirname "$built_in")" && ln -s "$PWD" "$built_in"
fi
export XLAGEN_CACHE_DIR="$WORK/cache"

want tests && stage tests 120 "$BIN/cuda-tests" --ignored --test-threads=1 --nocapture

common=(--synthetic mistral-7b --device cuda --prompts benchmarks/prompts/mt_bench_question.jsonl
    --num-samples "$SAMPLES" --max-new-tokens "$NEW_TOKENS" --bandwidth-mib 4096 --no-plots)
if want xlagen; then
    stage bench-xlagen 280 env XLA_FLAGS="--xla_dump_to=$WORK/hlo --xla_dump_hlo_module_re=decode.*" \
        "$BIN/xlagen" bench "${common[@]}" --configs bf16,int8 \
        --out "$WORK/xlagen/mistral7b_cuda.json"
    cp "$WORK/xlagen/mistral7b_cuda.json" "$OUT/" 2>/dev/null
    python3 benchmarks/gpu/hlo_summary.py "$WORK/hlo" decode 2>&1 | tee -a "$LOG" >"$OUT/hlo_summary.txt"
    int8_hlo=$(ls "$WORK"/hlo/*decode*int8*after_optimizations.txt 2>/dev/null | head -1)
    [ -n "$int8_hlo" ] && gzip -c "$int8_hlo" >"$OUT/decode_int8_after_optimizations.txt.gz"
fi

if want pytorch; then
    stage bench-pytorch 150 "$BIN/xlagen" bench "${common[@]}" --configs pytorch --python python3 \
        --out "$WORK/torch/mistral7b_cuda_pytorch.json"
    cp "$WORK/torch/mistral7b_cuda_pytorch.json" "$OUT/" 2>/dev/null
fi
rm -rf "$WORK"
say "== done"
# The lines that matter, last (a remote runner shows the end of the output).
grep -E "^test |test result|worst row|^\| |: rc=|GB/s|INT8 weight|entry kernels|error|Error" "$LOG" | tail -n 80
