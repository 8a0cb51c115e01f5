"""The Qt Linguist files: every text of the GUI and every message of the core has its finished
Danish, placeholders and plural forms agree, and the compiled file is what the GUI loads."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseapp.gui import i18n
from caseapp.gui.sign_in import SignInDialog
from caseapp.gui.translations import compiled
from caseapp.storage.database import Database
from tests.translation_tool import translation_tool

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# These refusals name an English code (a permission, a role, a record kind) that the Danish
# says in its own words instead of repeating.
MAY_LEAVE_OUT = {
    "{key} ({role}) may not {action}": {"key", "role", "action"},
    "The {kind} record was deleted by someone else.": {"kind"},
}


def _tool() -> ModuleType:
    return translation_tool()


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _without_locations(path: Path) -> str:
    return re.sub(r"\s*<location [^>]*/>", "", path.read_text(encoding="utf-8"))


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The committed .ts files run through lupdate again, as `make translations` would."""
    folder = tmp_path_factory.mktemp("ts")
    danish, english = folder / "caseapp_da.ts", folder / "caseapp_en.ts"
    shutil.copy(FOLDER / "caseapp_da.ts", danish)
    shutil.copy(FOLDER / "caseapp_en.ts", english)
    said = _tool().update(danish, english, folder / "core_messages.py")
    return danish, english, said


def test_lupdate_finds_nothing_new_and_nothing_gone(refreshed: tuple[Path, Path, str]) -> None:
    danish, english, said = refreshed
    found = [int(n) for n in re.findall(r"Found (\d+) source text", said)]
    assert found and min(found) > 800  # the GUI's texts and the core's messages were read
    # (The English run counts every text as new before it keeps only the plural ones.)
    assert re.findall(r"\((\d+) new and", said)[0] == "0"
    # Nothing unfinished: no text of the code lacks its Danish (new ones come in unfinished).
    unfinished = [
        m.findtext("source")
        for m in _messages(danish)
        if (m.find("translation") or ET.Element("x")).get("type") == "unfinished"
    ]
    assert unfinished == []
    # The committed file is lupdate's own output: no vanished or obsolete leftovers either.
    # (Locations are written relative to the file, so they differ between the two folders.)
    for refreshed_file in (danish, english):
        committed = FOLDER / refreshed_file.name
        assert _without_locations(refreshed_file) == _without_locations(committed)


def test_lupdate_sees_every_marked_text_of_the_gui() -> None:
    # lupdate reads no call inside an f-string, for one; such a text would show in English.
    sources = {m.findtext("source") for m in _messages(FOLDER / "caseapp_da.ts")}
    marked: dict[str, str] = {}
    for path in sorted((ROOT / "caseapp" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            text = node.args[0]
            if name in ("tr", "N_") and isinstance(text, ast.Constant):
                marked.setdefault(str(text.value), f"{path.name}:{node.lineno}")
    assert len(marked) > 600
    assert {text: where for text, where in marked.items() if text not in sources} == {}


def test_every_core_message_is_in_the_danish_file() -> None:
    sources = {m.findtext("source") for m in _messages(FOLDER / "caseapp_da.ts")}
    ids = {text for text, _path, _line in _tool().core_messages()}
    assert len(ids) > 200
    assert ids - sources == set()
    assert "must be at most {high}" in ids and "is before the start" in ids


def test_no_unfinished_vanished_or_obsolete_entries() -> None:
    for path in FOLDER.glob("*.ts"):
        text = path.read_text(encoding="utf-8")
        for kind in ("unfinished", "vanished", "obsolete"):
            assert f'type="{kind}"' not in text, (path.name, kind)


def test_placeholders_agree_between_source_and_translation() -> None:
    for path in FOLDER.glob("*.ts"):
        for message in _messages(path):
            source = message.findtext("source") or ""
            wanted = set(PLACEHOLDER.findall(source))
            for form in _forms(message):
                got = set(PLACEHOLDER.findall(form))
                assert got <= wanted, (source, form)  # an unknown one would break .format()
                assert wanted - got <= MAY_LEAVE_OUT.get(source, set()), (source, form)
                assert ("%n" in form) == ("%n" in source), (source, form)


def test_plural_texts_have_both_forms_in_both_languages() -> None:
    for path in (FOLDER / "caseapp_da.ts", FOLDER / "caseapp_en.ts"):
        plurals = [m for m in _messages(path) if m.get("numerus") == "yes"]
        assert len(plurals) >= 10
        for message in plurals:
            forms = _forms(message)
            assert len(forms) == 2 and all(f.strip() for f in forms), message.findtext("source")
    # English has a file only for its plural forms.
    assert all(m.get("numerus") == "yes" for m in _messages(FOLDER / "caseapp_en.ts"))


def test_a_danish_screen_shows_the_compiled_translation(qtbot: QtBot, gui_db: Database) -> None:
    # self.tr() in a widget class: the class is the context lupdate filed the text under.
    i18n.install("da")
    try:
        dialog = SignInDialog(gui_db)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Log ind – caseapp"
        assert dialog.demo.title() == "Demokonti (adgangskode: demo)"
    finally:
        i18n.install("en")


def test_a_missing_or_stale_qm_is_compiled_from_its_source(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh clone: the .ts only. The program compiles it into its cache and speaks Danish.
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(FOLDER / "caseapp_da.ts", folder)
    shutil.copy(FOLDER / "caseapp_en.ts", folder)
    monkeypatch.setattr(compiled, "folder", lambda: folder)
    monkeypatch.setattr(compiled, "from_checkout", lambda: True)
    monkeypatch.setenv("CASEAPP_TRANSLATIONS_CACHE", str(tmp_path / "cache"))
    qm = compiled.qm_file("da")
    assert qm.parent == tmp_path / "cache" and qm.stat().st_size > 10_000
    i18n.install("da")
    try:
        assert i18n.tr("Participants") == "Deltagere"
    finally:
        i18n.install("en")
    # An edited source is compiled again, never answered by the old file.
    ts = folder / "caseapp_da.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(">Deltagere<", ">Deltagerne<"), encoding="utf-8"
    )
    assert compiled.qm_file("da") != qm
    i18n.install("da")
    try:
        assert i18n.tr("Participants") == "Deltagerne"
    finally:
        i18n.install("en")


def test_no_source_and_no_compiled_file_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compiled, "folder", lambda: tmp_path)
    with pytest.raises(compiled.TranslationsMissing, match=r"caseapp_da\.ts"):
        compiled.qm_file("da")
