"""Danish and English: every text has its Danish, the core's messages are translated, and the
language is chosen as the user expects."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.domain.errors import Problem
from caseapp.gui import i18n
from caseapp.gui.translations.catalog_da import CATALOG
from caseapp.gui.translations.messages_da import translate

GUI = Path(i18n.__file__).parent


def translatable_texts(paths: list[Path]) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            if (
                name in ("tr", "N_")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found


def test_every_text_of_the_gui_has_its_danish() -> None:
    # Other GUI packages add their own Danish to the catalog when imported: import them all.
    for module in pkgutil.walk_packages([str(GUI)], "caseapp.gui."):
        if module.name != "caseapp.gui.screenshots":
            importlib.import_module(module.name)
    texts = translatable_texts(sorted(GUI.rglob("*.py")))
    assert len(texts) > 150
    missing = {text: where for text, where in texts.items() if text not in CATALOG}
    assert missing == {}


def test_placeholders_survive_translation() -> None:
    for english, danish in CATALOG.items():
        wanted = sorted(part.split("}")[0] for part in english.split("{")[1:])
        got = sorted(part.split("}")[0] for part in danish.split("{")[1:])
        assert wanted == got, english


def test_widgets_speak_danish_and_fall_back_to_english(qapp: object) -> None:
    i18n.install("da")
    assert QCoreApplication.translate("x", "Log contact…") == "Registrér kontakt…"
    assert QCoreApplication.translate("x", "A text nobody translated") == "A text nobody translated"
    i18n.install("en")
    assert QCoreApplication.translate("x", "Log contact…") == "Log contact…"


@pytest.mark.parametrize(
    ("english", "danish"),
    [
        ("is required", "skal udfyldes"),
        ("'2024-13-01' is not a real date", "'2024-13-01' er ikke en gyldig dato"),
        ("must be at most 168", "må højst være 168"),
        (
            "Unknown user or wrong password, or the account is disabled or locked for now.",
            "Ukendt bruger eller forkert adgangskode, "
            "eller kontoen er deaktiveret eller låst lige nu.",
        ),
        ("mmp (coordinator) may not manage accounts", "Din rolle giver ikke adgang til dette."),
        ("something new the core says", "something new the core says"),
    ],
)
def test_core_messages_in_danish(english: str, danish: str) -> None:
    assert translate(english) == danish


def test_a_problem_names_its_field_in_the_users_language() -> None:
    i18n.install("da")
    assert (
        i18n.problem("housing", Problem("end", "is before the start")) == "Slut: ligger før start"
    )
    i18n.install("en")
    assert (
        i18n.problem("housing", Problem("end", "is before the start")) == "End: is before the start"
    )


def test_the_language_follows_the_flag_then_the_last_choice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert i18n.choose_language("da") == "da"
    i18n.remember_language("en")
    assert i18n.choose_language(None) == "en"
    assert i18n.choose_language("da") == "da"


def test_dates_are_read_the_way_people_type_them() -> None:
    from datetime import date

    for text in ("2024-03-07", "07-03-2024", "7.3.2024", "07/03/2024"):
        assert i18n.parse_date(text) == date(2024, 3, 7)
    assert i18n.parse_date("31-02-2024") is None and i18n.parse_date("soon") is None
