"""`caseapp --self-test`: prove that an installation works, from a source checkout or the frozen
program, without touching any real database.

In a temporary folder it makes a small demo database (which runs every schema migration),
loads the Danish translations (ours and Qt's), draws the main window offscreen with the
participant list loaded, and makes a council report. Each step prints one line; the first one
that fails ends the run with exit status 1. Nothing is left behind.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

STEPS_TIMEOUT_MS = 60_000


class SelfTestFailed(Exception):
    pass


def run() -> int:
    # Before Qt starts: the test draws into memory, so it runs without a screen (a server, CI).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="caseapp-self-test-") as folder:
        # Settings and drafts in the temporary folder too: never the user's own.
        os.environ["CASEAPP_SETTINGS_SCOPE"] = "test"
        os.environ["CASEAPP_GUI_DATA_DIR"] = str(Path(folder) / "gui")
        try:
            _run(Path(folder))
        except Exception as exc:
            print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    print("self-test passed")
    return 0


def _step(label: str, work: Callable[[], str]) -> None:
    started = time.perf_counter()
    said = work()
    print(f"  {label:<28} {time.perf_counter() - started:6.2f} s  {said}", flush=True)


def _run(folder: Path) -> None:
    # Imported here so that `caseapp --help` and the other commands never load Qt.
    from caseapp import __version__
    from caseapp.bundled import resources_dir

    print(f"caseapp {__version__} self-test (Python {sys.version.split()[0]})", flush=True)
    print(f"  resources in {resources_dir()}", flush=True)
    path = folder / "self-test.db"
    state: dict[str, object] = {}
    _step("database and migrations", lambda: _database(path, state))
    _step("translations", _translations)
    _step("main window", lambda: _main_window(state))
    _step("council report", lambda: _council_report(state))


def _database(path: Path, state: dict[str, object]) -> str:
    from caseapp.demo import create_demo
    from caseapp.storage.database import open_database
    from caseapp.storage.migrate import current_revision, head_revision

    create_demo(path, participants=40, seed=1)
    db = open_database(path)
    state["db"] = db
    with db.engine.connect() as connection:
        revision = current_revision(connection)
    if revision != head_revision():
        raise SelfTestFailed(f"the schema is at {revision}, not at {head_revision()}")
    return f"schema at {revision}, 40 invented people"


def _translations() -> str:
    from PySide6.QtCore import QCoreApplication

    from caseapp.gui import i18n
    from caseapp.gui.app import application
    from caseapp.gui.i18n import tr
    from caseapp.gui.translations import compiled

    application()
    i18n.install("da")
    ours = tr("Participants")
    counted = tr("%n open task(s)", None, 2)
    qts = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if ours != "Deltagere" or counted != "2 åbne opgaver":
        raise SelfTestFailed(f"caseapp's Danish texts are missing ('Participants' -> '{ours}')")
    if qts == "Cancel":
        raise SelfTestFailed("Qt's Danish texts are missing (its translations did not ship)")
    return f"{compiled.qm_file('da').name}: Participants -> {ours}, Cancel -> {qts}"


def _main_window(state: dict[str, object]) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.workspace import Workspace
    from caseapp.services import accounts
    from caseapp.storage.database import Database

    db = state["db"]
    assert isinstance(db, Database)
    actor = accounts.sign_in(db, "lead", "demo")
    state["actor"] = actor
    workspace = Workspace(db, actor)
    loop = QEventLoop()
    outcome: list[str] = []

    def finished(how: str) -> None:
        outcome.append(how)
        loop.quit()

    workspace.caseload.loaded.connect(lambda: finished("loaded"))
    workspace.caseload.failed.connect(lambda exc: finished(type(exc).__name__))
    QTimer.singleShot(STEPS_TIMEOUT_MS, loop.quit)
    workspace.start()
    window = MainWindow(workspace)
    window.resize(1280, 800)
    window.show()
    if not workspace.caseload.ready:
        loop.exec()
    try:
        if outcome != ["loaded"] and not workspace.caseload.ready:
            raise SelfTestFailed(f"the participant list did not load ({outcome or 'timed out'})")
        picture = window.grab()
        if picture.isNull() or picture.width() < 100:
            raise SelfTestFailed("the main window could not be drawn")
        return f"drawn at {picture.width()}x{picture.height()}, participant list loaded"
    finally:
        # Hidden, not closed: closing would save its size into the user's real settings.
        window.hide()
        window.deleteLater()
        workspace.stop()


def _council_report(state: dict[str, object]) -> str:
    import pypdfium2

    from caseapp.reports.council import make_council_report
    from caseapp.services import projects
    from caseapp.services.actor import Actor
    from caseapp.storage.database import Database

    db, actor = state["db"], state["actor"]
    assert isinstance(db, Database) and isinstance(actor, Actor)
    out = io.BytesIO()
    try:
        with db.unit_of_work() as session:
            project = next(p.key for p in projects.list_projects(session, actor) if p.contract)
            make_council_report(session, actor, project, date.today(), "da", out)
    finally:
        db.dispose()
    pages = len(pypdfium2.PdfDocument(out.getvalue()))
    if pages < 1:
        raise SelfTestFailed("the council report has no pages")
    return f"{pages} pages, {len(out.getvalue()) // 1024} KB"
