"""Opening a participant file loads only what the file shows: not ReportLab (printing) nor the
PDF renderer (previewing a document), which together took the first open half a second."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from caseapp.storage.database import Database

REPO = Path(__file__).resolve().parents[2]

_OPEN_A_FILE = """
import sys, time
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from caseapp.gui.main_window import MainWindow
from caseapp.gui.workspace import Workspace
from caseapp.services.actor import Actor
from caseapp.storage.database import open_database

app = QApplication([])
db = open_database(sys.argv[1])
workspace = Workspace(db, Actor("mmp", "Mette Mondrup Pedersen", "coordinator"))
window = MainWindow(workspace)
workspace.start()
before = {name for name in sys.modules if name.startswith(("reportlab", "pypdfium2"))}
window.show_page("participants")
view = window.participants_page().open_file("P-0002")
end = time.monotonic() + 30
while not view.loaded and time.monotonic() < end:
    QCoreApplication.processEvents()
assert view.loaded, "the file did not load"
view.show_page("documents")
QCoreApplication.processEvents()
after = {name for name in sys.modules if name.startswith(("reportlab", "pypdfium2"))}
print(sorted(after - before))
workspace.stop()
"""


def test_opening_a_file_does_not_load_the_printing_and_preview_libraries(
    gui_db: Database, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "CASEAPP_GUI_DATA_DIR": str(tmp_path / "gui-data"),
        "CASEAPP_SETTINGS_SCOPE": "test",
    }
    path = gui_db.path
    assert path is not None
    gui_db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_A_FILE, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
