"""`caseapp --self-test` from the source tree: every step passes, and a broken step is named."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from caseapp.cli.main import main
from caseapp.gui.translations import catalog_da

pytestmark = pytest.mark.gui


def test_the_self_test_passes(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    for step in ("database and migrations", "translations", "main window", "council report"):
        assert step in out
    assert "participant list loaded" in out and "pages" in out
    assert out.rstrip().endswith("self-test passed")


def test_a_failing_step_fails_the_self_test(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog_da, "CATALOG", {})  # as if the Danish texts had not shipped
    assert main(["--self-test"]) == 1
    assert "caseapp's Danish texts are missing" in capsys.readouterr().err
