"""Failure 4 (short run; `make soak` flips 40 bits): a flipped bit never restores changed data."""

from __future__ import annotations

from pathlib import Path

from tests.hardening import bitflips


def test_flipped_backups_are_refused_or_restore_what_was_backed_up(tmp_path: Path) -> None:
    counts = bitflips.run(8, tmp_path)
    assert counts.failed == 0, counts.failures
