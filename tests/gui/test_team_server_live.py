"""The GUI on the team server (PostgreSQL): another user's save shows within two seconds through
the server's notifications, and a lost connection is shown, keeps what is typed, and mends itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.gui.main_window import MainWindow
from caseapp.gui.participant_file.file_view import ParticipantFileView
from caseapp.gui.participant_file.record_page import RecordPage
from caseapp.gui.participants.list_controller import ParticipantListController
from caseapp.gui.participants.list_view import ParticipantListView
from caseapp.gui.workspace import Workspace
from caseapp.services import accounts
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Contact
from tests.conftest import _pg_plain_url
from tests.services.sample_caseload import build

from .conftest import ADMIN, LEAD, PASSWORD, WORKER, wait_idle

pytestmark = [pytest.mark.postgres, pytest.mark.gui]

NOTE = "Talked about the rent arrears"
# Written by another process, as another user's program would.
OTHER_USERS_SAVE = """
import sys, time
from caseapp.services import case_records
from caseapp.services.actor import Actor
from caseapp.storage.database import open_database
db = open_database(sys.argv[1])
with db.unit_of_work() as s:
    case_records.add(s, Actor("lead", "Erik Kaastrup", "team_lead"), "P-0004", "housing",
                     {"type": "homeless_hostel", "start": "2024-01-02"})
print(time.monotonic())
db.dispose()
"""


@pytest.fixture
def team_db(postgres_db: Database) -> Database:
    """The GUI tests' small caseload, on a database of its own on the server."""
    with postgres_db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Administrator", "admin-password")
        accounts.add_user(s, ADMIN, "mmp", WORKER.name, "coordinator", PASSWORD)
        accounts.add_user(s, ADMIN, "lead", LEAD.name, "team_lead", PASSWORD)
    build(postgres_db, WORKER, LEAD, date.today())
    return postgres_db


@pytest.fixture
def team_workspace(qtbot: QtBot, team_db: Database) -> Iterator[Workspace]:
    # A Database of its own, as the GUI process has: its own pool and its own listener.
    db = open_database(team_db.url)
    workspace = Workspace(db, WORKER)
    workspace.start()
    qtbot.waitUntil(lambda: workspace.caseload.ready and workspace.watcher.watching, timeout=10000)
    yield workspace
    workspace.stop()
    db.dispose()


def _open(qtbot: QtBot, workspace: Workspace, key: str) -> ParticipantFileView:
    view = ParticipantFileView(workspace, key)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    return view


def test_another_processs_save_shows_in_the_list_and_the_file_within_two_seconds(
    qtbot: QtBot, team_db: Database, team_workspace: Workspace
) -> None:
    assert team_workspace.watcher.live  # announced by the server, not looked for every few seconds
    view = ParticipantListView()
    qtbot.addWidget(view)
    controller = ParticipantListController(view, team_workspace.caseload)
    file = _open(qtbot, team_workspace, "P-0004")
    assert file.header.facts["housing"].text() == "–"
    row = controller.model.row_of("P-0004")
    url = team_db.url.render_as_string(hide_password=False)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    # The other process starts while this one keeps running its event loop.
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_USERS_SAVE, url], stdout=subprocess.PIPE, text=True, env=env
    )
    qtbot.waitUntil(lambda: other.poll() is not None, timeout=30000)
    assert other.returncode == 0
    assert other.stdout is not None
    saved_at = float(other.stdout.read())

    def shown() -> bool:
        housing = controller.model.data(controller.model.index(row, 6))
        return (
            file.header.facts["housing"].text().startswith("Homeless hostel")
            and housing == "Homeless hostel (§110)"
        )

    qtbot.waitUntil(shown, timeout=2000)
    assert time.monotonic() - saved_at < 2.0


def _contacts(view: ParticipantFileView) -> RecordPage:
    page = view.show_page("contact")
    assert isinstance(page, RecordPage)
    return page


def _server_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(_pg_plain_url(), autocommit=True) as conn:
        conn.execute(sql)


def test_a_lost_connection_is_shown_keeps_the_typing_and_mends_itself(
    qtbot: QtBot, team_db: Database, team_workspace: Workspace
) -> None:
    name = team_db.url.database
    window = MainWindow(team_workspace)
    window.closing_for_rebuild = True  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    file = _open(qtbot, team_workspace, "P-0002")
    page = _contacts(file)
    page.add_button.click()
    qtbot.keyClicks(page.form.editors["note"].focus_widget(), NOTE)
    qtbot.waitUntil(page.drafts.store.exists, timeout=5000)
    state = window.connection_state
    assert not state.isVisible()

    # The server goes away for this database: every session ends, new ones are refused.
    _server_admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    try:
        _server_admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        qtbot.waitUntil(state.isVisible, timeout=5000)
        assert state.text() == "Connection to the server lost – retrying …"
        page.form.save_requested.emit()
        qtbot.waitUntil(lambda: page.form.banner.isVisible(), timeout=10000)
        assert page.form.banner.text().startswith(
            "Not saved: The connection to the database server is lost"
        )
        assert page.form.editors["note"].raw() == NOTE and page.has_unsaved()
        assert page.drafts.store.exists()  # a crash now would still keep the note
    finally:
        _server_admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')

    qtbot.waitUntil(lambda: state.text() == "Connected to the server again", timeout=20000)
    page.form.save_requested.emit()
    qtbot.waitUntil(lambda: not page.has_unsaved(), timeout=10000)
    wait_idle(qtbot, team_workspace)
    with team_db.reader() as s:
        assert s.scalar(select(Contact.id).where(Contact.note == NOTE)) is not None
    assert not page.drafts.store.exists()
