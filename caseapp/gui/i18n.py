"""Danish and English: choosing the language, translating widget texts, codes and messages.

Widgets write English source texts with `tr()`; a translator object backed by the Python
catalog in `translations/` answers Qt's lookups, so no compiled file is needed.
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
from caseapp.domain.errors import Problem
from caseapp.gui import settings
from caseapp.gui.translations import catalog_da, messages_da

LANGUAGES = ("da", "en")
_state = {"lang": "en"}
_installed: list[QTranslator] = []
_collators: dict[str, QCollator] = {}


class CatalogTranslator(QTranslator):
    """Answers Qt's translation lookups from a Python dictionary (source text -> translation)."""

    def __init__(self, catalog: dict[str, str]) -> None:
        super().__init__()
        self._catalog = catalog

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) tells Qt there is no translation, so it shows the source text.
        return self._catalog.get(source)

    def isEmpty(self) -> bool:
        return False


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
    if app is None or _state["lang"] == "en":
        return
    ours = CatalogTranslator(catalog_da.CATALOG)
    app.installTranslator(ours)
    _installed.append(ours)
    # Qt's own texts (standard buttons, context menus) when the Qt translations are installed.
    qt = QTranslator()
    if qt.load(
        QLocale(QLocale.Language.Danish),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        _installed.append(qt)


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


def tr(text: str) -> str:
    """Translate a text outside a widget class (models, dataclasses, functions)."""
    return QCoreApplication.translate("caseapp", text)


def plural(n: int, one: str, many: str) -> str:
    """The text for one or for many (Danish counts as English does), translated, with {n}."""
    return tr(one if n == 1 else many).format(n=n)


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
        return plural(days, "{n} day ago", "{n} days ago")
    return plural(-days, "in {n} day", "in {n} days")


def code(group: str, value: str | None) -> str:
    return labels.code_label(group, value, current())


def choices(group: str) -> list[tuple[str, str]]:
    return labels.code_choices(group, current())


def field(kind: str, name: str) -> str:
    return labels.field_label(kind, name, current())


def kind(name: str) -> str:
    return labels.kind_label(name, current())


def message(text: str) -> str:
    """A message from the core (problem, refusal) in the user's language."""
    return messages_da.translate(text) if current() == "da" else text


def problem(kind_name: str, p: Problem) -> str:
    """'Start: is before ...' with the field's label, in the user's language."""
    name = p.where.rsplit(".", 1)[-1]
    label = field(kind_name, name) if name else ""
    text = message(p.message)
    return f"{label}: {text}" if label else text


def format_date(value: date | None) -> str:
    """A date as every screen and report writes it (30.06.2024 / 30 Jun 2024)."""
    return "" if value is None else formatting.short_date(value, current())


def format_datetime(value: datetime | None) -> str:
    return "" if value is None else formatting.time_of_day(value, current())


def parse_date(text: str) -> date | None:
    """A date as it is shown, or typed as YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY."""
    return formatting.parse_short_date(text)
