"""How long `caseapp demo --participants 10000` (about a million contacts) takes into SQLite.

Run: `.venv/bin/python benchmarks/demo_bench.py [--participants N]`. The goal is under two minutes
on a two-core machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from caseapp.demo import create_demo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        started = time.perf_counter()
        summary = create_demo(path, participants=args.participants, seed=args.seed)
        seconds = time.perf_counter() - started
        size = path.stat().st_size / 1e6
    print(
        f"demo {summary.participants} participants, {summary.contacts} contacts: {seconds:.1f} s"
        f" ({summary.contacts / seconds:,.0f} contacts/s, {size:,.0f} MB)"
    )


if __name__ == "__main__":
    main()
