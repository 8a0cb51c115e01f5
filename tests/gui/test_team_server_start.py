"""Starting the GUI on a server URL where it cannot go on: the reason in the user's language."""

from __future__ import annotations

import sys

import pytest

from caseapp.gui import app as gui_app
from caseapp.gui import i18n


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error boxes the start shows (instead of showing them)."""
    texts: list[str] = []
    monkeypatch.setattr(
        gui_app.QMessageBox, "critical", lambda _parent, _title, text: texts.append(text)
    )
    return texts


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "the driver psycopg is not installed"),
        ("da", "driveren psycopg er ikke installeret"),
    ],
)
def test_a_missing_server_driver_is_named_with_its_install_command(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, shown: list[str], lang: str, words: str
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an installation without it
    code = gui_app.run(db="postgresql+psycopg://caseapp@127.0.0.1:9/caseapp", lang=lang)
    assert code == gui_app.exits.DATABASE_UNUSABLE
    assert len(shown) == 1
    assert words in shown[0]
    assert 'pip install "psycopg[binary]"' in shown[0]
    i18n.install("en")


def test_a_server_that_does_not_answer_is_named(qtbot: object, shown: list[str]) -> None:
    pytest.importorskip("psycopg")
    code = gui_app.run(db="postgresql+psycopg://caseapp@127.0.0.1:9/caseapp", lang="da")
    assert code == gui_app.exits.DATABASE_UNUSABLE
    assert shown and shown[0].startswith(
        "Kan ikke forbinde til postgresql+psycopg://caseapp@127.0.0.1:9/caseapp:"
    )
    i18n.install("en")
