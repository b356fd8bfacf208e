#!/usr/bin/env python3
"""Installs what the chat page's browser test needs into xlagen's cache dir, from npm: the
package @sparticuz/chromium (a headless Chromium binary inside the package, unpacked to the
temp dir on first launch) and puppeteer-core (which drives it), at the exact versions of
tests/browser/package-lock.json, whose integrity hashes `npm ci` checks for every package.

    python3 tests/browser/fetch.py     # prints the directory holding node_modules

The directory is `$XLAGEN_CACHE_DIR/browser/<versions>-<lockfile sha256 prefix>` (default
cache dir `~/.cache/xlagen`), so a changed lockfile installs afresh. Needs node and npm;
otherwise the standard library only.
"""

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "fixtures"))
from fetching import cache_dir, put_in_place  # noqa: E402

FILES = ("package.json", "package-lock.json")
# The Chromium binary, brotli-compressed inside the package: its presence shows the install
# is the full one.
BINARY = Path("node_modules/@sparticuz/chromium/bin/chromium.br")


def main() -> None:
    lock = (HERE / "package-lock.json").read_bytes()
    deps = json.loads((HERE / "package.json").read_text())["dependencies"]
    name = "-".join(f"{p.rsplit('/', 1)[-1]}-{v}" for p, v in sorted(deps.items()))
    target = cache_dir("browser", f"{name}-{hashlib.sha256(lock).hexdigest()[:12]}")
    if (target / BINARY).is_file():
        print(target)
        return
    if shutil.which("npm") is None or shutil.which("node") is None:
        sys.exit("fetch.py: node and npm are needed to install the browser test's Chromium")
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "browser"
        staging.mkdir()
        for f in FILES:
            shutil.copy(HERE / f, staging / f)
        print(f"fetch.py: npm ci {' '.join(f'{p}@{v}' for p, v in deps.items())}", file=sys.stderr)
        out = subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
            cwd=staging, capture_output=True, text=True,
        )
        if out.returncode != 0:
            sys.exit(f"fetch.py: npm ci failed in {staging}:\n{out.stdout}{out.stderr}")
        if not (staging / BINARY).is_file():
            sys.exit(f"fetch.py: npm ci left no {BINARY}")
        put_in_place(staging, target)
    print(target)


if __name__ == "__main__":
    main()
