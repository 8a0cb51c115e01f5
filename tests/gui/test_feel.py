"""How the program feels at the keyboard: Ctrl+F and Alt+digits everywhere, F1 opens the manual
at the page in front (in the user's language), an About box, and a window usable at 800 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.gui import i18n
from caseapp.gui.participant_file.timeline_page import TimelinePage


def test_ctrl_f_finds_from_my_caseload_and_in_an_open_file(qtbot: QtBot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("overview")
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = main_window.participants_page()
    assert main_window.current_page_key() == "participants"
    assert QApplication.focusWidget() is page.list_view.search
    main_window.workspace.open_participant.emit("P-0001")
    qtbot.waitUntil(lambda: page.file("P-0001") is not None, timeout=10000)
    view = page.file("P-0001")
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    timeline = view.pages["timeline"]
    assert isinstance(timeline, TimelinePage)
    assert QApplication.focusWidget() is timeline.search


def test_alt_digits_reach_every_page_of_a_file(qtbot: QtBot, open_file) -> None:  # type: ignore[no-untyped-def]
    view = open_file("P-0001")
    count = view.tabs.count()
    assert count <= 10
    qtbot.keyClick(
        view,
        Qt.Key.Key_0 if count == 10 else Qt.Key(Qt.Key.Key_0 + count),
        Qt.KeyboardModifier.AltModifier,
    )
    assert view.tabs.currentIndex() == count - 1


def test_f1_opens_the_manual_at_the_page_in_front_in_danish(qtbot: QtBot, main_window) -> None:  # type: ignore[no-untyped-def]
    i18n.install("da")
    main_window.show_page("participants")
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    help_window = main_window.help_window
    assert help_window is not None and help_window.isVisible()
    assert "Søgningen tilgiver danske bogstaver" in help_window.text.toPlainText()
    assert help_window.text.verticalScrollBar().value() > 0  # scrolled to "Deltagere"
    help_window.close()


def test_the_about_box_names_the_version_and_the_database(
    qtbot: QtBot, main_window, gui_db
) -> None:  # type: ignore[no-untyped-def]
    from caseapp.gui.help_window import show_about

    box = show_about(main_window, str(gui_db.path))
    assert isinstance(box, QMessageBox)
    assert "caseapp 0.1.0" in box.text()
    assert str(gui_db.path) in box.informativeText() and "LGPL" in box.informativeText()
    box.close()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_window_is_usable_at_800_pixels(qtbot: QtBot, workspace, lang: str) -> None:  # type: ignore[no-untyped-def]
    from caseapp.gui.main_window import MainWindow

    i18n.install(lang)
    window = MainWindow(workspace)  # built in the language, as after a switch
    window.closing_for_rebuild = True  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    for key in [spec.key for spec in window.specs]:
        window.show_page(key)
        assert window.minimumSizeHint().width() <= 800, key
    window.resize(800, 600)
    assert window.width() == 800


def test_an_empty_list_says_why_and_what_to_do(qtbot: QtBot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("participants")
    page = main_window.participants_page()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 5, timeout=10000)
    assert not page.list_view.empty.isVisible()
    qtbot.keyClicks(page.list_view.search, "nobody by this name")
    assert page.list.model.rowCount() == 0
    assert page.list_view.empty.isVisible()
    assert "No participant matches" in page.list_view.empty.text()
    assert page.list_view.count.text() == "0 of 5 participants"
