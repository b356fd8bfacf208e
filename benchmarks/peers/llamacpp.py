#!/usr/bin/env python3
"""llama.cpp, the peer xlagen is compared with on a CPU: built once from the llama.cpp source
inside PyPI's llama-cpp-python sdist (pinned version and sha256) with its own CMake, native SIMD,
Release, CPU only, no network features, into

    $XLAGEN_CACHE_DIR/llama.cpp/<version>-<hash of this CPU's flags>/bin/

(default cache dir `~/.cache/xlagen`), and reused from there while the CPU flags are the same.

    python3 benchmarks/peers/llamacpp.py     # builds if needed (~25 min on 2 busy cores), then
                                            # prints the bin dir and llama.cpp's system_info line

When no `cmake` is on PATH, CMake and Ninja come from PyPI into a private venv beside the builds.
$LLAMA_CPP_BIN, when set, names an existing build's bin dir to use instead (nothing is built).
The other benchmark scripts import `ensure_built()`, `system_info()` and `make_gguf()`.
Standard library only.
"""

import argparse
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "fixtures"))
from fetching import cache_dir, download_from_index, put_in_place  # noqa: E402

PACKAGE = "llama-cpp-python"
VERSION = "0.3.36"
ARCHIVE = f"llama_cpp_python-{VERSION}.tar.gz"
SHA256 = "832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e"
SOURCE_DIR = "vendor/llama.cpp/"
# What the comparisons run: one-shot generation, the server, quantize, perplexity/KL, bench.
TARGETS = ["llama-completion", "llama-server", "llama-quantize", "llama-perplexity", "llama-bench"]
CMAKE_FLAGS = [
    "-DCMAKE_BUILD_TYPE=Release",
    "-DGGML_NATIVE=ON",
    "-DGGML_CUDA=OFF",
    "-DGGML_METAL=OFF",
    "-DGGML_VULKAN=OFF",
    "-DBUILD_SHARED_LIBS=OFF",
    "-DLLAMA_OPENSSL=OFF",
    "-DLLAMA_BUILD_TESTS=OFF",
    "-DLLAMA_BUILD_EXAMPLES=OFF",
    "-DLLAMA_BUILD_SERVER=ON",
    "-DLLAMA_BUILD_UI=OFF",
    "-DLLAMA_USE_PREBUILT_UI=OFF",
]
# Pinned so the build does not change under the comparison.
TOOLS = ["cmake==4.4.4", "ninja==1.13.2"]


def cpu_flags() -> str:
    """The CPU's feature flags, which GGML_NATIVE compiles for (so a build is per flag set)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("flags", "Features")):
                return " ".join(sorted(line.split(":", 1)[1].split()))
    except OSError:
        pass
    import platform

    return platform.machine() + " " + platform.processor()


def build_dir() -> Path:
    tag = hashlib.sha256((cpu_flags() + " ".join(CMAKE_FLAGS)).encode()).hexdigest()[:12]
    return cache_dir("llama.cpp", f"{VERSION}-{tag}")


def bin_dir() -> Path:
    # $LLAMA_CPP_BIN: an existing build's tools to use instead (no build is made then).
    override = os.environ.get("LLAMA_CPP_BIN")
    return Path(override) if override else build_dir() / "bin"


def tool(name: str) -> Path:
    return bin_dir() / name


def build_tools() -> tuple[str, list[str]]:
    """cmake, and the generator arguments: the system's cmake if any, else PyPI's in a venv."""
    cmake = shutil.which("cmake")
    if cmake:
        ninja = shutil.which("ninja")
        return cmake, (["-G", "Ninja", f"-DCMAKE_MAKE_PROGRAM={ninja}"] if ninja else [])
    venv = cache_dir("llama.cpp", "tools-venv")
    py = venv / "bin" / "python"
    if not (venv / "bin" / "cmake").exists():
        print(f"no cmake on PATH: installing {' '.join(TOOLS)} from PyPI into {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", *TOOLS], check=True)
    return str(venv / "bin" / "cmake"), ["-G", "Ninja", f"-DCMAKE_MAKE_PROGRAM={venv / 'bin' / 'ninja'}"]


def sdist() -> Path:
    """The sdist in the cache dir, downloaded once and checked against the pinned sha256."""
    path = cache_dir("llama.cpp", ARCHIVE)
    if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == SHA256:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    got = download_from_index(PACKAGE, ARCHIVE, partial)
    if got != SHA256:
        sys.exit(f"{ARCHIVE}: the index lists sha256 {got}, this script pins {SHA256}")
    partial.rename(path)
    return path


def unpack_source(archive: Path, dest: Path) -> Path:
    with tarfile.open(archive) as tar:
        members = []
        for m in tar.getmembers():
            rel = m.name.split("/", 1)[-1]
            if rel.startswith(SOURCE_DIR) and (m.isfile() or m.isdir()):
                m.name = rel[len(SOURCE_DIR):] or "."
                members.append(m)
        # The "data" filter (refuse links out of dest, special files) where this Python has it.
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(dest, members=members, **safe)
    return dest


def ensure_built(jobs: int = 2) -> Path:
    """The bin dir of a complete build, building it first when there is none."""
    if os.environ.get("LLAMA_CPP_BIN"):
        return bin_dir()
    target = build_dir()
    if (target / "complete").is_file():
        return target / "bin"
    target.parent.mkdir(parents=True, exist_ok=True)
    # One build at a time: a second caller waits for the first and then reuses its result.
    with open(target.parent / ".build.lock", "w") as lock:
        print(f"waiting for the llama.cpp build lock ({lock.name})", file=sys.stderr)
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / "complete").is_file():
            return target / "bin"
        return _build(target, jobs)


def _build(target: Path, jobs: int) -> Path:
    cmake, generator = build_tools()
    archive = sdist()
    # An interrupted build of the same version and flags resumes where it stopped (ninja redoes
    # only what is missing); any other work tree is replaced.
    work = cache_dir("llama.cpp", "work")
    src = work / "src"
    marker = work / "unpacked"
    if not marker.is_file() or marker.read_text().strip() != target.name:
        if work.exists():
            shutil.rmtree(work)
        unpack_source(archive, src)
        marker.write_text(target.name + "\n")
    build = work / "build"
    print(f"building llama.cpp {VERSION} ({', '.join(TARGETS)}) with -j{jobs} into {target}; "
          "this takes ~25 min on 2 busy cores", file=sys.stderr)
    started = time.time()
    subprocess.run([cmake, "-S", str(src), "-B", str(build), *generator, *CMAKE_FLAGS], check=True)
    subprocess.run([cmake, "--build", str(build), "-j", str(jobs), "--target", *TARGETS], check=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".staging-"))
    (staging / "bin").mkdir()
    for name in TARGETS:
        found = build / "bin" / name
        if not found.is_file():
            sys.exit(f"llama.cpp build: no {name} under {build}")
        shutil.copy2(found, staging / "bin" / name)
    (staging / "complete").write_text(
        f"{ARCHIVE} sha256 {SHA256}\ncmake {' '.join(CMAKE_FLAGS)}\n"
        f"the last (resumed) build step took {time.time() - started:.0f} s\n")
    put_in_place(staging, target)
    shutil.rmtree(work)
    return target / "bin"


def system_info(model: Path | None = None) -> str:
    """llama.cpp's system_info line (the SIMD features its CPU backend was built with), from a
    one-token run on `model` (default: xlagen's default model in the cache dir)."""
    model = model or cache_dir("models", "SmolLM2-135M-Instruct.Q4_1.gguf")
    if not model.is_file():
        return f"unknown (no {model} to run llama-completion on)"
    out = subprocess.run([str(tool("llama-completion")), "-m", str(model), "-p", "hi", "-n", "1",
                          "-no-cnv", "-c", "64", "--no-warmup"], capture_output=True, text=True)
    for line in (out.stdout + out.stderr).splitlines():
        if "system_info" in line:
            return line.strip()
    return "unknown (llama-completion printed no system_info line)"


_REPACK_PROBED: dict = {}


def repack_flags(model: Path) -> list[str]:
    """[] where llama.cpp runs `model` as built, ["--no-repack"] where its extra buffer types
    crash on it. On the Xeon (AMX) this was written on, a native build's AMX matmul
    (ggml_backend_amx_mul_mat) segfaults on SmolLM2's Q8_0/Q4_1 weights at the first batched
    decode (warm-up or prefill); --no-repack turns off AMX and the CPU repack, leaving ggml's
    plain SIMD dot products. Probed once per file with a batched prompt."""
    if model not in _REPACK_PROBED:
        probe = subprocess.run([str(tool("llama-completion")), "-m", str(model), "-p",
                                "one two three four five six seven eight nine ten", "-n", "1",
                                "-no-cnv", "-c", "128", "--temp", "0"],
                               capture_output=True, text=True)
        crashed = probe.returncode < 0 or probe.returncode >= 128
        _REPACK_PROBED[model] = ["--no-repack"] if crashed else []
        if crashed:
            print(f"llama.cpp crashed on {model.name} (exit {probe.returncode}); running it "
                  "with --no-repack", file=sys.stderr)
    return _REPACK_PROBED[model]


def make_gguf(src: Path, quant: str, dest: Path) -> Path:
    """`dest`, made from `src` by llama-quantize (requantizing, e.g. Q4_1 to F32 or Q8_0) once."""
    if dest.is_file():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_suffix(".partial")
    subprocess.run([str(tool("llama-quantize")), "--allow-requantize", str(src), str(partial), quant],
                   check=True, capture_output=True)
    partial.rename(dest)
    return dest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    print(ensure_built(args.jobs))
    print(system_info())


if __name__ == "__main__":
    main()
