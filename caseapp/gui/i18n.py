"""Danish and English: choosing the language, translating widget texts, codes and messages.

Widgets write English source texts with `self.tr()` (or `tr()` outside a widget class, `N_()`
where a text is declared and translated later); the Danish lives in Qt Linguist files under
resources/translations, compiled to .qm (see `translations.compiled`). Counts use Qt's plural
forms: `tr("%n day(s) ago", None, n)`. The core's messages (`Message`: an English template and
named parameters) are translated by their template and filled here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

from caseapp.domain import formatting, labels
from caseapp.domain.errors import CaseappError, Message, Problem, ValidationFailed
from caseapp.gui import settings
from caseapp.gui.translations import compiled

LANGUAGES = ("da", "en")
# Texts marked with tr() and N_() outside a widget class, and the core's messages, share the
# empty context, as lupdate files them.
CONTEXT = ""
_state = {"lang": "en"}
_installed: list[QTranslator] = []
# Each file is read once; switching languages back and forth installs the same translators.
_loaded: dict[str, QTranslator] = {}
_collators: dict[str, QCollator] = {}


def choose_language(requested: str | None) -> str:
    """--lang first, then the language chosen in the GUI before, then the system's."""
    if requested in LANGUAGES:
        return requested
    saved = settings.settings().value("language")
    if saved in LANGUAGES:
        return str(saved)
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def remember_language(lang: str) -> None:
    settings.settings().setValue("language", lang)


def install(lang: str) -> None:
    """Make `lang` the language of every text shown from now on."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _state["lang"] = lang if lang in LANGUAGES else "en"
    if app is None:
        return
    # English has a file too: its plural forms ("1 day ago", "2 days ago").
    path = str(compiled.qm_file(_state["lang"]))
    ours = _loaded.get(path)
    if ours is None:
        ours = QTranslator()  # kept here, not by the app: it outlives an app in tests
        if not ours.load(path):
            raise compiled.TranslationsMissing(f"{path} could not be loaded")
        _loaded[path] = ours
    app.installTranslator(ours)
    _installed.append(ours)
    if _state["lang"] == "en":
        return
    # Qt's own texts (standard buttons, context menus, file dialogs) from PySide6's qtbase_da.
    qt = _loaded.get("qtbase_da")
    if qt is None:
        qt = QTranslator()
        if not qt.load(QLocale(QLocale.Language.Danish), "qtbase", "_", qt_translations()):
            return
        _loaded["qtbase_da"] = qt
    app.installTranslator(qt)
    _installed.append(qt)


def qt_translations() -> str:
    """The folder of Qt's own .qm files: PySide6's, also inside the frozen program."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current() -> str:
    return _state["lang"]


def locale() -> QLocale:
    if current() == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def sort_key(text: str) -> QCollatorSortKey:
    """A text's place in the language's alphabetical order (Danish: ... z æ ø å, "aa" as å),
    case aside and numbers by value (P-1000 before P-10000)."""
    collator = _collators.get(current())
    if collator is None:
        collator = QCollator(locale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        _collators[current()] = collator
    return collator.sortKey(text)


def N_(text: str) -> str:
    """Marks a text for translation where it is declared; `tr()` translates it when shown."""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a text outside a widget class (models, dataclasses, functions); with `n`, the
    plural form for n, and %n replaced by it."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def days_from_today(day: date, today: date) -> str:
    """'today', 'yesterday', '3 days ago', 'in 2 days': how far a day is, in words."""
    days = (today - day).days
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("yesterday")
    if days == -1:
        return tr("tomorrow")
    if days > 0:
        return tr("%n day(s) ago", None, days)
    return tr("in %n day(s)", None, -days)


def code(group: str, value: str | None) -> str:
    return labels.code_label(group, value, current())


def choices(group: str) -> list[tuple[str, str]]:
    return labels.code_choices(group, current())


def field(kind: str, name: str) -> str:
    return labels.field_label(kind, name, current())


def kind(name: str) -> str:
    return labels.kind_label(name, current())


def message(what: BaseException | Problem | Message | str) -> str:
    """What the core says (a refusal, a problem, an error), in the user's language."""
    if isinstance(what, ValidationFailed):
        return "; ".join(
            f"{p.where}: {message(p.text)}" if p.where else message(p.text) for p in what.problems
        )
    if isinstance(what, CaseappError):
        return message(what.text) if what.text is not None else str(what)
    if isinstance(what, Problem):
        return message(what.text)
    if isinstance(what, Message):
        return what.fill(tr(what.template))
    return str(what)


def problem(kind_name: str, p: Problem) -> str:
    """'Start: is before ...' with the field's label, in the user's language."""
    name = p.where.rsplit(".", 1)[-1]
    label = field(kind_name, name) if name else ""
    text = message(p.text)
    return f"{label}: {text}" if label else text


def format_date(value: date | None) -> str:
    """A date as every screen and report writes it (30.06.2024 / 30 Jun 2024)."""
    return "" if value is None else formatting.short_date(value, current())


def format_datetime(value: datetime | None) -> str:
    return "" if value is None else formatting.time_of_day(value, current())


def parse_date(text: str) -> date | None:
    """A date as it is shown, or typed as YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY."""
    return formatting.parse_short_date(text)
