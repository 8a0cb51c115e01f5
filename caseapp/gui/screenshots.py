"""Screenshots of the main screens in Danish and English, over a fresh demo database.

    python -m caseapp.gui.screenshots --out DIR

Run with QT_QPA_PLATFORM=offscreen on a machine without a display (`make screenshots` does).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from caseapp.gui import i18n
from caseapp.gui.app import application
from caseapp.gui.i18n import tr
from caseapp.gui.main_window import MainWindow
from caseapp.gui.sign_in import SignInDialog
from caseapp.gui.workspace import Workspace
from caseapp.services.accounts import actor_of
from caseapp.services.actor import Actor
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import Contact, Enrolment, Staff

SIZE = (1366, 768)  # a common laptop screen, in logical pixels


def settle(until: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
    """Let queued work and painting finish (and `until` come true)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until():
            break
    for _ in range(5):
        QCoreApplication.processEvents()


def _actor(db: Database, role: str) -> Actor:
    with db.reader() as s:
        staff = s.scalars(select(Staff).where(Staff.role == role, Staff.active.is_(True))).first()
        assert staff is not None, f"the demo has no {role}"
        return actor_of(staff)


def _busy_person(db: Database, worker: Actor) -> str:
    """A participant of the worker's with many records, so the file shows something."""
    with db.reader() as s:
        me = s.scalar(select(Staff.id).where(Staff.key == worker.key))
        row = s.execute(
            select(Enrolment.participant_id, func.count(Contact.id))
            .join(Contact, Contact.participant_id == Enrolment.participant_id)
            .where(Enrolment.key_worker_id == me, Enrolment.exited_on.is_(None))
            .group_by(Enrolment.participant_id)
            .order_by(func.count(Contact.id).desc())
        ).first()
        from caseapp.storage.models import Participant

        assert row is not None
        key = s.scalar(select(Participant.key).where(Participant.id == row[0]))
        assert key is not None
        return key


class Shooter:
    def __init__(self, out: Path, lang: str) -> None:
        self.out = out
        self.lang = lang
        self.n = 0

    def shoot(self, widget: QWidget, name: str) -> Path:
        settle()
        self.n += 1
        path = self.out / f"{self.lang}-{self.n:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path


def _shoot_preview(window: MainWindow, workspace: Workspace, shot: Shooter) -> None:
    """The council report's pages, as the reports page previews them."""
    from caseapp.gui.reports.report_page import ReportsPage

    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    page.make_preview()
    settle(lambda: 1 in page.pages.drawn_pages(), timeout=60)
    settle(lambda: not workspace.ops.busy)
    shot.shoot(window, "reports-preview")


def shoot_language(db: Database, out: Path, lang: str) -> None:
    i18n.install(lang)
    shot = Shooter(out, lang)

    dialog = SignInDialog(db, "")
    dialog.show()
    settle(lambda: dialog.demo.isVisible())
    shot.shoot(dialog, "sign-in")
    dialog.close()

    worker = _actor(db, "coordinator")
    workspace = Workspace(db, worker)
    window = MainWindow(workspace)
    window.resize(*SIZE)
    window.show()
    workspace.start()
    settle(lambda: workspace.caseload.ready and not workspace.ops.busy)
    window.show_page("overview")
    settle(lambda: not workspace.ops.busy)
    shot.shoot(window, "overview")

    window.show_page("participants")
    settle(lambda: not workspace.ops.busy)
    shot.shoot(window, "participant-list")

    page = window.participants_page()
    assert page is not None
    page.list_view.search.setText("an")
    page.list_view.not_seen.setChecked(True)
    settle()
    shot.shoot(window, "participant-list-filtered")
    page.list_view.search.clear()
    page.list_view.not_seen.setChecked(False)

    view = page.open_file(_busy_person(db, worker))
    settle(lambda: view.loaded and not workspace.ops.busy)
    shot.shoot(window, "file-timeline")
    for key in ("housing", "activity", "goal"):
        view.show_page(key)
        shot.shoot(window, f"file-{key}")
    housing = view.show_page("housing")
    housing.start_new()  # type: ignore[attr-defined]
    shot.shoot(window, "file-housing-form")
    housing.form.dirty = False  # type: ignore[attr-defined]
    housing.cancel()  # type: ignore[attr-defined]

    dialog_contact = window.open_quick_contact(view.key)
    assert dialog_contact is not None
    dialog_contact.topics.buttons["housing"].setChecked(True)
    dialog_contact.note.edit.setPlainText(
        tr("Met at the cafe. Talked about the flat viewing on Thursday.")
    )
    shot.shoot(dialog_contact, "quick-contact")
    dialog_contact.drafts.discard()
    dialog_contact.note.edit.clear()
    dialog_contact.close()

    window.closing_for_rebuild = True  # type: ignore[attr-defined]
    window.close()
    workspace.stop()

    lead = Workspace(db, _actor(db, "team_lead"))
    lead_window = MainWindow(lead)
    lead_window.resize(*SIZE)
    lead_window.show()
    lead.start()
    # The figures and checks are worked out in the background; each shot waits for them.
    for key in ("project", "reports", "data_quality", "audit"):
        lead_window.show_page(key)
        settle(lambda: not lead.ops.busy, timeout=60)
        settle()
        shot.shoot(lead_window, key.replace("_", "-"))
        if key == "reports":
            _shoot_preview(lead_window, lead, shot)
    lead_window.close()
    lead.stop()

    admin = Workspace(db, _actor(db, "admin"))
    admin_window = MainWindow(admin)
    admin_window.resize(*SIZE)
    admin_window.show()
    admin.start()
    admin_window.show_page("administration")
    settle(lambda: not admin.ops.busy)
    shot.shoot(admin_window, "administration")
    admin_window.close()
    admin.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--db", help="use this database instead of making a demo")
    args = parser.parse_args(argv)
    os.environ.setdefault("CASEAPP_SETTINGS_SCOPE", "test")
    args.out.mkdir(parents=True, exist_ok=True)
    app: QApplication = application()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEAPP_GUI_DATA_DIR"] = str(Path(tmp) / "gui")
        if args.db:
            db = open_database(args.db)
        else:
            from caseapp.demo import create_demo

            create_demo(Path(tmp) / "demo.db")
            db = open_database(Path(tmp) / "demo.db")
        try:
            for lang in ("da", "en"):
                shoot_language(db, args.out, lang)
        finally:
            db.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
