"""kill -9 during writing commands (short run; `make soak` kills every writing command, 100+
times): the database stays whole, writes are all or nothing, nothing is left readable by others
or in plaintext where the command seals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening import kills

SHORT = ("import", "backup --seal", "restore", "export --seal", "erase", "users add")


@pytest.mark.slow
def test_killed_writing_commands_leave_nothing_broken(tmp_path: Path) -> None:
    commands = tuple(c for c in kills.COMMANDS if c.name in SHORT)
    counts = kills.run(len(commands), tmp_path, commands=commands)
    assert counts.failed == 0, counts.failures
