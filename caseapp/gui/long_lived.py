"""Keeping Python's full garbage collections off what the program keeps for the whole session.

Once the program has started and the participant list stands, nearly every object alive (the
modules, Qt's wrappers, the list's rows) lives until the program ends; a full collection walked
them all again and again, stopping the GUI for a quarter of a second with a 10,000-person list.
Frozen (`gc.freeze`), they are left out of those walks. Reference counting still frees each of
them once unused (a replaced list's rows, a closed file's widgets), so nothing is kept longer.
"""

from __future__ import annotations

import gc

from caseapp.gui.workspace import Workspace


def freeze_when_settled(workspace: Workspace) -> None:
    """Freeze what exists once the workspace's list has first loaded (the program's start)."""

    def settled() -> None:
        workspace.caseload.loaded.disconnect(settled)
        gc.freeze()

    if workspace.caseload.ready:
        gc.freeze()
    else:
        workspace.caseload.loaded.connect(settled)
