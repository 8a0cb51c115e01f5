"""The audit log: chained entries, tamper detection, searching, and who looked at a file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, select, update

from caseapp.domain.errors import NotAllowed
from caseapp.services import audit, participants
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.services import privacy_sample


@pytest.fixture
def keys(db: Database, worker: Actor, lead: Actor) -> tuple[str, str]:
    return privacy_sample.build(db, worker, lead)


def _ids(db: Database) -> list[int]:
    with db.reader() as s:
        return list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def test_untouched_log_verifies(db: Database, keys: tuple[str, str]) -> None:
    with db.reader() as s:
        report = audit.verify_chain(s)
    assert report.breaks == []
    assert report.entries == len(_ids(db)) > 10


def test_changed_entry_is_found(db: Database, keys: tuple[str, str]) -> None:
    victim = _ids(db)[5]
    with db.engine.begin() as conn:
        conn.execute(update(AuditEntry).where(AuditEntry.id == victim).values(account="nobody"))
    with db.reader() as s:
        breaks = audit.verify(s)
    assert [(b.entry_id, b.problem) for b in breaks] == [
        (victim, "was changed after it was written")
    ]


def test_removed_entry_is_found(db: Database, keys: tuple[str, str]) -> None:
    ids = _ids(db)
    with db.engine.begin() as conn:
        conn.execute(delete(AuditEntry).where(AuditEntry.id == ids[3]))
    with db.reader() as s:
        breaks = audit.verify(s)
    assert [b.entry_id for b in breaks] == [ids[4]]
    assert "removed" in breaks[0].problem


def test_removing_the_newest_entries_is_found(db: Database, keys: tuple[str, str]) -> None:
    ids = _ids(db)
    with db.engine.begin() as conn:
        conn.execute(delete(AuditEntry).where(AuditEntry.id >= ids[-2]))
    with db.reader() as s:
        breaks = audit.verify(s)
    assert len(breaks) == 1 and f"ends at entry {ids[-3]}" in breaks[0].problem


def test_removed_newest_entries_stay_found_after_new_ones(
    db: Database, keys: tuple[str, str], worker: Actor
) -> None:
    ids = _ids(db)
    with db.engine.begin() as conn:
        conn.execute(delete(AuditEntry).where(AuditEntry.id >= ids[-2]))
    with db.unit_of_work() as s:
        participants.open_file(s, worker, keys[0])
    with db.reader() as s:
        breaks = audit.verify(s)
    assert len(breaks) == 1 and "removed" in breaks[0].problem


def test_the_program_cannot_edit_or_delete_an_entry(db: Database, keys: tuple[str, str]) -> None:
    with pytest.raises(RuntimeError, match="append-only"), db.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry)).first()
        assert entry is not None
        entry.detail = "changed"
    with pytest.raises(RuntimeError, match="append-only"), db.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry)).first()
        s.delete(entry)
    with db.reader() as s:
        assert audit.verify(s) == []


def test_search_by_participant_finds_only_theirs_and_is_itself_logged(
    db: Database, keys: tuple[str, str], worker: Actor, lead: Actor
) -> None:
    person, _ = keys
    with db.unit_of_work() as s:
        participants.reveal_cpr(s, worker, person)
    with db.unit_of_work() as s:
        rows = audit.search(s, lead, audit.Filters(participant=person))
    assert {r.participant for r in rows} == {person}
    assert rows[0].action == "viewed_cpr" and rows[0].account == "mmp"
    with db.unit_of_work() as s:
        again = audit.search(s, lead, audit.Filters(participant=person, account="lead"))
    assert [(r.action, r.detail) for r in again] == [("audit_searched", f"participant={person}")]


def test_search_filters_by_action_and_dates(
    db: Database, keys: tuple[str, str], lead: Actor
) -> None:
    today = date.today()
    with db.unit_of_work() as s:
        added = audit.search(s, lead, audit.Filters(action="added_contact"))
        future = audit.search(s, lead, audit.Filters(since=today + timedelta(days=1)))
        past = audit.search(s, lead, audit.Filters(until=today - timedelta(days=1)))
        todays = audit.search(s, lead, audit.Filters(since=today, until=today, action="added_goal"))
    assert sorted(r.participant for r in added) == sorted(keys)
    assert future == [] and past == []
    assert len(todays) == 2


def test_only_readers_of_the_audit_log_may_search_it(
    db: Database, keys: tuple[str, str], worker: Actor
) -> None:
    with pytest.raises(NotAllowed), db.unit_of_work() as s:
        audit.search(s, worker, audit.Filters())


def test_a_file_shows_who_has_looked_at_it(
    db: Database, keys: tuple[str, str], worker: Actor, lead: Actor
) -> None:
    person, other = keys
    with db.unit_of_work() as s:
        participants.open_file(s, lead, person)
        participants.open_file(s, worker, other)
    with db.unit_of_work() as s:
        seen = audit.file_accesses(s, worker, person)
    assert seen[0].name == "Erik Kaastrup" and seen[0].action == "viewed_file"
    assert {a.account for a in seen} == {"mmp", "lead"}
    with db.reader() as s:
        newest = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert newest is not None
    assert (newest.action, newest.participant_key) == ("viewed_access_log", person)


def test_entries_of_a_failed_unit_of_work_are_not_written(db: Database, worker: Actor) -> None:
    before = _ids(db)
    with pytest.raises(ZeroDivisionError), db.unit_of_work() as s:
        audit.record(s, worker, "edited_contact", "P-0001", "c-1")
        1 / 0  # noqa: B018 - the work after the entry fails
    with db.unit_of_work() as s:
        audit.record(s, worker, "viewed_file", "P-0001")
    after = _ids(db)
    assert len(after) == len(before) + 1
    with db.reader() as s:
        assert audit.verify(s) == []
        newest = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first()
    assert newest == "viewed_file"


@pytest.mark.postgres
def test_many_writers_at_once_keep_the_chain_whole(postgres_db: Database) -> None:
    """Writers on separate connections chain each entry to the one committed just before it."""
    import threading

    someone = Actor("mmp", "Mette Mondrup Pedersen", "coordinator")
    with postgres_db.unit_of_work() as s:
        audit.record(s, someone, "viewed_file", "P-0000")  # a head to chain to
    with postgres_db.reader() as s:
        before = audit.verify_chain(s).entries

    def writer(number: int) -> None:
        for i in range(15):
            with postgres_db.unit_of_work() as s:
                audit.record(s, someone, "added_contact", f"P-{number:04d}", f"c-{i}")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with postgres_db.reader() as s:
        report = audit.verify_chain(s)
    assert report.entries == before + 8 * 15
    assert report.breaks == []
