"""Drafts inside the database: per account, offered back only when left by an earlier run, gone
when discarded (never offered again), erased with the person, and no file beside the database."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from caseapp.gui.drafts import DraftBox, database_id
from caseapp.services import erasure
from caseapp.storage.database import Database
from caseapp.storage.models import Draft

from .conftest import LEAD, WORKER

NOTE = "She told me about the eviction notice"


def _draft(note: str = NOTE, kept_at: str = "2024-05-01T10:00:00") -> dict[str, object]:
    return {
        "form": "record",
        "participant": "P-0001",
        "kind": "contact",
        "values": {"note": note},
        "kept_at": kept_at,
    }


def stored(db: Database) -> list[tuple[str, str, str | None, str]]:
    with db.reader() as s:
        rows = s.execute(select(Draft.account, Draft.name, Draft.participant_key, Draft.data))
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_draft_is_kept_inside_the_database_not_beside_it(
    gui_db: Database, private_gui_folder: Path
) -> None:
    box = DraftBox(gui_db, WORKER)
    box.store("file-P-0001-contact").save(_draft())
    box.flush()
    [(account, name, person, data)] = stored(gui_db)
    assert (account, name, person) == ("mmp", "file-P-0001-contact", "P-0001")
    assert json.loads(data)["values"] == {"note": NOTE}
    assert not (private_gui_folder / "drafts").exists()
    box.store("file-P-0001-contact").discard()
    box.close()
    assert stored(gui_db) == []


def test_only_drafts_left_by_an_earlier_run_are_offered_and_never_after_a_discard(
    gui_db: Database,
) -> None:
    box = DraftBox(gui_db, WORKER)
    box.store("file-P-0001-contact").save(_draft())
    box.store("contact").save({"note": "older", "kept_at": "2024-04-01T10:00:00"})
    assert box.leftovers() == []  # typed in this session: not left over
    box.close()
    next_run = DraftBox(gui_db, WORKER)
    assert [d["draft"] for d in next_run.leftovers()] == ["file-P-0001-contact", "contact"]
    next_run.store("contact").discard()
    assert [d["draft"] for d in next_run.leftovers()] == ["file-P-0001-contact"]
    next_run.close()
    assert [d["draft"] for d in DraftBox(gui_db, WORKER).leftovers()] == ["file-P-0001-contact"]
    # Another account sees none of them.
    assert DraftBox(gui_db, LEAD).leftovers() == []


def test_erasing_the_person_erases_the_drafts_about_them(gui_db: Database) -> None:
    box = DraftBox(gui_db, WORKER)
    box.store("file-P-0001-contact").save(_draft())
    box.store("file-P-0002-task").save({**_draft(), "participant": "P-0002"})
    box.close()
    with gui_db.unit_of_work() as s:
        erasure.erase(s, LEAD, "P-0001")
    assert [name for _, name, _, _ in stored(gui_db)] == ["file-P-0002-task"]


def test_drafts_an_earlier_version_left_as_files_move_into_the_database(
    gui_db: Database, private_gui_folder: Path
) -> None:
    folder = private_gui_folder / "drafts" / database_id(gui_db) / "mmp"
    folder.mkdir(parents=True)
    old = folder / "file-P-0001-contact.json"
    old.write_text(json.dumps({**_draft(), "draft": "file-P-0001-contact"}), encoding="utf-8")
    box = DraftBox(gui_db, WORKER)
    assert [d["values"] for d in box.leftovers()] == [{"note": NOTE}]
    assert not old.exists()
    assert [name for _, name, _, _ in stored(gui_db)] == ["file-P-0001-contact"]
