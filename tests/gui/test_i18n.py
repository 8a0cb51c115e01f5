"""Danish and English: widgets and the core's messages speak the user's language, counts take
their plural forms, and the language is chosen as the user expects."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from caseapp.domain.errors import Message, NotAllowed, NotFound, Problem, ValidationFailed
from caseapp.gui import i18n


@pytest.fixture
def danish(qapp: QApplication) -> object:
    i18n.install("da")
    yield
    i18n.install("en")


def test_widgets_speak_danish_and_fall_back_to_english(danish: None) -> None:
    assert i18n.tr("Participants") == "Deltagere"
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Hjælp"
    assert i18n.tr("A text nobody translated") == "A text nobody translated"
    i18n.install("en")
    assert i18n.tr("Participants") == "Participants"


@pytest.mark.parametrize(
    ("n", "danish_text", "english_text"),
    [
        (1, "1 åben opgave", "1 open task"),
        (2, "2 åbne opgaver", "2 open tasks"),
        (0, "0 åbne opgaver", "0 open tasks"),
    ],
)
def test_counts_take_their_plural_form(
    qapp: QApplication, n: int, danish_text: str, english_text: str
) -> None:
    i18n.install("da")
    assert i18n.tr("%n open task(s)", None, n) == danish_text
    i18n.install("en")
    assert i18n.tr("%n open task(s)", None, n) == english_text


def test_days_from_today_in_words(qapp: QApplication) -> None:
    today = date(2026, 10, 25)
    i18n.install("en")
    assert i18n.days_from_today(date(2026, 10, 24), today) == "yesterday"
    assert i18n.days_from_today(date(2026, 10, 23), today) == "2 days ago"
    assert i18n.days_from_today(date(2026, 10, 27), today) == "in 2 days"
    i18n.install("da")
    assert i18n.days_from_today(date(2026, 10, 23), today) == "for 2 dage siden"
    assert i18n.days_from_today(date(2026, 10, 27), today) == "om 2 dage"
    i18n.install("en")


def test_qt_s_own_dialog_buttons_speak_danish(danish: None) -> None:
    # qtbase_da from PySide6: the standard buttons of every QMessageBox and dialog.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Annuller"


@pytest.mark.parametrize(
    ("said", "danish_text"),
    [
        (Problem("end", "is required"), "skal udfyldes"),
        (
            Problem("contact.at", "'{text}' is not a real date", text="2024-13-01"),
            "'2024-13-01' er ikke en gyldig dato",
        ),
        (Problem("hours", "must be at most {high}", high=168), "må højst være 168"),
        (
            NotAllowed(
                Message(
                    "Unknown user or wrong password, or the account is disabled or locked for now."
                )
            ),
            "Ukendt bruger eller forkert adgangskode, "
            "eller kontoen er deaktiveret eller låst lige nu.",
        ),
        (NotFound("No participant '{key}'.", key="P-0001"), "Deltageren 'P-0001' findes ikke."),
        (Message("something new the core says"), "something new the core says"),
    ],
)
def test_core_messages_in_danish(danish: None, said: object, danish_text: str) -> None:
    assert i18n.message(said) == danish_text  # type: ignore[arg-type]


def test_a_refusal_lists_every_problem_translated(danish: None) -> None:
    failed = ValidationFailed([Problem("", "is empty"), Problem("file", "no such file")])
    assert i18n.message(failed) == "er tom; file: filen findes ikke"


def test_a_problem_names_its_field_in_the_users_language(qapp: QApplication) -> None:
    i18n.install("da")
    assert (
        i18n.problem("housing", Problem("end", "is before the start")) == "Slut: ligger før start"
    )
    i18n.install("en")
    assert (
        i18n.problem("housing", Problem("end", "is before the start")) == "End: is before the start"
    )


def test_the_language_follows_the_flag_then_the_last_choice() -> None:
    assert i18n.choose_language("da") == "da"
    i18n.remember_language("en")
    assert i18n.choose_language(None) == "en"
    assert i18n.choose_language("da") == "da"


def test_dates_are_read_the_way_people_type_them() -> None:
    for text in ("2024-03-07", "07-03-2024", "7.3.2024", "07/03/2024"):
        assert i18n.parse_date(text) == date(2024, 3, 7)
    assert i18n.parse_date("31-02-2024") is None and i18n.parse_date("soon") is None
