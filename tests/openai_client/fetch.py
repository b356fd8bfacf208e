#!/usr/bin/env python3
"""Makes the venv that tests/openai_client/check.py runs in: the official `openai` client from
PyPI with its dependencies at the exact versions of tests/openai_client/requirements.txt,
installed with --no-deps (so nothing unpinned comes in) and checked with `pip check`.

    python3 tests/openai_client/fetch.py     # prints the venv's directory

The venv is `$XLAGEN_CACHE_DIR/openai-client/<openai version>-<requirements sha256 prefix>`
(default cache dir `~/.cache/xlagen`), so changed pins make a new one. A venv cannot be moved,
so it is made in place and marked complete last. Standard library only (plus pip in the venv).
"""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
from fetching import cache_dir  # noqa: E402

MARKER = "xlagen-complete"


def run(*args: str) -> None:
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"fetch.py: {' '.join(args)} failed:\n{out.stdout}{out.stderr}")


def main() -> None:
    requirements = HERE / "requirements.txt"
    text = requirements.read_text()
    pins = dict(
        line.split("==") for line in text.splitlines() if line and not line.startswith("#")
    )
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    target = cache_dir("openai-client", f"openai-{pins['openai']}-{digest}")
    if (target / MARKER).is_file():
        print(target)
        return
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    print(f"fetch.py: making a venv with openai=={pins['openai']} in {target}", file=sys.stderr)
    run(sys.executable, "-m", "venv", str(target))
    python = str(target / "bin" / "python")
    run(python, "-m", "pip", "install", "--quiet", "--no-deps", "-r", str(requirements))
    run(python, "-m", "pip", "check")
    (target / MARKER).write_text(text)
    print(target)


if __name__ == "__main__":
    main()
