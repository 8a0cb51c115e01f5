"""What lives for the whole session is kept out of Python's full garbage collections."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from caseapp.gui.long_lived import freeze_when_settled
from caseapp.storage.database import Database

from .conftest import WORKER


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the other tests' objects are not the session's


def test_the_objects_alive_when_the_list_stands_are_frozen(
    qtbot: QtBot, gui_db: Database, unfrozen: None
) -> None:
    from caseapp.gui.workspace import Workspace

    workspace = Workspace(gui_db, WORKER)
    workspace.start()
    freeze_when_settled(workspace)
    assert gc.get_freeze_count() == 0  # not before the list has loaded
    qtbot.waitUntil(lambda: workspace.caseload.ready, timeout=10000)
    assert gc.get_freeze_count() > 1000
    # A later reload does not freeze again; what it replaced is freed, frozen or not.
    before = [workspace.caseload.index]
    frozen = gc.get_freeze_count()
    workspace.refresh()
    qtbot.waitUntil(lambda: workspace.caseload.index is not before[0], timeout=10000)
    before.clear()
    assert gc.get_freeze_count() < frozen
    workspace.stop()
