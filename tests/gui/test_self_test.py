"""`caseapp --self-test` from the source tree: every step passes, and a broken step is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseapp.cli.main import main
from caseapp.gui.translations import compiled

pytestmark = pytest.mark.gui


def test_the_self_test_passes(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    for step in ("database and migrations", "translations", "main window", "council report"):
        assert step in out
    assert "participant list loaded" in out and "pages" in out
    assert out.rstrip().endswith("self-test passed")


def test_a_failing_step_fails_the_self_test(
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # As if the translations had not shipped: no .qm and no .ts to compile one from.
    monkeypatch.setattr(compiled, "folder", lambda: tmp_path)
    assert main(["--self-test"]) == 1
    assert "installed without its translations (caseapp_da.ts)" in capsys.readouterr().err
