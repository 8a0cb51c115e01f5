"""Run every benchmark script in this folder and print its figures (`make bench`).

Each `*_bench.py` prints its own lines; this runs them one after another in fresh processes so
one's caches and memory do not flatter the next.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
ORDER = [
    "demo_bench",
    "dataset_bench",
    "engine_bench",
    "outcomes_bench",
    "gui_bench",
    "scope_bench",
    "report_bench",
    "audit_bench",
]


def main() -> int:
    scripts = sorted(
        HERE.glob("*_bench.py"),
        key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else len(ORDER), p.stem),
    )
    failed = 0
    for script in scripts:
        print(f"== {script.stem}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(script), *sys.argv[1:]])
        print(f"   ({time.perf_counter() - started:.1f} s in all, exit {code})", flush=True)
        failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
