"""`caseapp demo` as a user runs it: exit statuses, what it prints, and what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.cli.main import main


def test_demo_command_creates_refuses_and_replaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--participants", "6"]) == 0
    out, err = capsys.readouterr()
    assert str(path) in out and "6 participants" in out and "admin (admin)" in out
    assert err == ""  # no progress when standard error is not a terminal

    assert main(["demo", "--db", str(path), "--participants", "6"]) == 2
    out, err = capsys.readouterr()
    assert "already exists" in err and "--force" in err and out == ""

    assert main(["demo", "--db", str(path), "--participants", "4", "--seed", "3", "--force"]) == 0
    assert "4 participants" in capsys.readouterr().out


@pytest.mark.parametrize("count", ["0", "-5", "many"])
def test_a_bad_participant_count_is_bad_input(tmp_path: Path, count: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--db", str(tmp_path / "demo.db"), "--participants", count])
    assert exit_.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_demo_needs_a_database_argument(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo"])
    assert exit_.value.code == 2
