"""Field laptops: checkout, the outbox, sync with conflicts shown to a person, cut-off syncs,
revoked laptops and scope changes. On a SQLite server file and, where it answers, PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from caseapp.domain.errors import DatabaseUnusable, NotAllowed, ValidationFailed
from caseapp.services import audit, case_records, scope, team
from caseapp.services.sync import conflicts, devices, exchange, run
from caseapp.storage.database import Database, open_database
from caseapp.storage.models import (
    AppliedOp,
    AuditEntry,
    Device,
    OutboxOp,
    Participant,
    Staff,
    SyncConflict,
    Task,
)
from tests.services.sync_sample import (
    CW1,
    CW2,
    LEAD,
    add_contact,
    build_server,
    checkout,
    contact_uuids,
    edit_person,
    person_values,
    sync,
)


@pytest.fixture
def server(db: Database) -> Database:
    build_server(db)
    return db


def _keys(db: Database) -> list[str]:
    with db.reader() as s:
        return sorted(s.scalars(select(Participant.key)))


def _verify(db: Database) -> None:
    with db.reader() as s:
        assert audit.verify(s) == []


def test_a_checkout_holds_the_caseload_and_registers_the_laptop(
    server: Database, tmp_path: Path
) -> None:
    laptop = checkout(server, CW1, tmp_path / "mine.db", mode="mine")
    try:
        assert _keys(laptop) == ["P-0001", "P-0002"]  # cw1's own; not cw2's, not OTHER's
        with laptop.reader() as s:
            hashes = dict(iter(s.execute(select(Staff.key, Staff.password_hash))))
        assert hashes["cw1"] and hashes["cw2"] is None and hashes["lead"] is None
    finally:
        laptop.dispose()
    with server.reader() as s:
        (device,) = s.scalars(select(Device)).all()
        logged = s.scalars(
            select(AuditEntry.participant_key).where(AuditEntry.action == "checked_out")
        ).all()
    assert device.account == "cw1" and device.scope == "mine"
    assert sorted(logged) == ["P-0001", "P-0002"]
    with pytest.raises(ValidationFailed):
        checkout(server, CW1, tmp_path / "mine.db")
    with pytest.raises(scope.OutsideScope):
        checkout(server, CW1, tmp_path / "other.db", mode="project:OTHER")
    assert not (tmp_path / "other.db").exists()
    assert not (tmp_path / "other.db.partial").exists()


def test_every_change_on_a_laptop_is_in_its_outbox(server: Database, tmp_path: Path) -> None:
    laptop = checkout(server, CW1, tmp_path / "a.db")
    try:
        edit_person(laptop, CW1, "P-0001", phone="20202020")
        uuid = add_contact(laptop, CW1, "P-0001", "2024-03-01T10:00")
        with pytest.raises(RuntimeError), laptop.unit_of_work() as s:
            add_contact_in(s, "P-0001")
            raise RuntimeError("the form's save failed half-way")
        with laptop.reader() as s:
            ops = s.scalars(select(OutboxOp).order_by(OutboxOp.id)).all()
        assert [(o.kind, o.action) for o in ops] == [
            ("participant", "update"),
            ("contact", "insert"),
        ]
        assert ops[0].before == {"phone": "10000000"} and ops[0].after == {"phone": "20202020"}
        assert ops[0].base_version == 1 and ops[0].participant_key == "P-0001"
        assert ops[1].record_uuid == uuid and ops[1].after["participant_id"] == "P-0001"
        assert len({o.op_id for o in ops}) == 2
    finally:
        laptop.dispose()


def add_contact_in(session: object, key: str) -> None:
    case_records.add(
        session, CW1, key, "contact", {"at": "2024-03-02T10:00", "mode": "phone", "note": "Ringede"}
    )  # type: ignore[arg-type]


def test_two_laptops_and_the_server_edit_the_same_person(server: Database, tmp_path: Path) -> None:
    """The issue's scenario: contacts from all three everywhere, different fields merged, the
    same field changed in two places one conflict with both values, resolved by a person."""
    a = checkout(server, CW1, tmp_path / "a.db")
    b = checkout(server, CW2, tmp_path / "b.db")
    try:
        made = {
            add_contact(server, LEAD, "P-0001", "2024-03-01T09:00"),
            add_contact(a, CW1, "P-0001", "2024-03-01T10:00"),
            add_contact(b, CW2, "P-0001", "2024-03-01T11:00"),
        }
        edit_person(a, CW1, "P-0001", phone="11111111", address="Laptopvej 1")
        edit_person(b, CW2, "P-0001", email="bo@example.dk")
        edit_person(server, LEAD, "P-0001", address="Servergade 2")
        first = sync(a, server)
        assert first.new_conflicts == 1
        sync(b, server)
        sync(a, server)
        for db in (server, a, b):
            assert made <= contact_uuids(db)
            assert person_values(db, "P-0001") == {
                "phone": "11111111",
                "email": "bo@example.dk",
                "address": "Servergade 2",  # the server's value stands until decided
            }
        with server.unit_of_work() as s:
            (open_one,) = conflicts.list_conflicts(s, LEAD)
        assert (open_one.field, open_one.server_value, open_one.laptop_value) == (
            "address",
            "Servergade 2",
            "Laptopvej 1",
        )
        assert open_one.server_changed_by == "lead" and open_one.laptop_changed_by == "cw1"
        with b.unit_of_work() as s:
            assert conflicts.list_conflicts(s, CW2) == []  # not b's
        with a.unit_of_work() as s:
            assert [c.uuid for c in conflicts.list_conflicts(s, CW1)] == [open_one.uuid]
        with server.unit_of_work() as s:
            conflicts.resolve(s, LEAD, str(open_one.id), "Laptopvej 1, 2. th.")
        sync(a, server)
        sync(b, server)
        for db in (server, a, b):
            assert person_values(db, "P-0001")["address"] == "Laptopvej 1, 2. th."
        with a.unit_of_work() as s:
            assert conflicts.list_conflicts(s, CW1) == []
        for db in (server, a, b):
            _verify(db)
    finally:
        a.dispose()
        b.dispose()


def test_a_conflict_decided_on_the_laptop_reaches_the_server(
    server: Database, tmp_path: Path
) -> None:
    a = checkout(server, CW1, tmp_path / "a.db")
    try:
        edit_person(a, CW1, "P-0002", phone="30303030")
        edit_person(server, LEAD, "P-0002", phone="40404040")
        sync(a, server)
        with a.unit_of_work() as s:
            (one,) = conflicts.list_conflicts(s, CW1)
            conflicts.resolve(s, CW1, one.uuid[:8], "mine")
        assert person_values(a, "P-0002")["phone"] == "30303030"
        sync(a, server)
        assert person_values(server, "P-0002")["phone"] == "30303030"
        with server.unit_of_work() as s:
            (decided,) = conflicts.list_conflicts(s, LEAD, resolved=True)
        assert decided.resolved_by == "cw1" and decided.resolution == "30303030"
    finally:
        a.dispose()


def test_deleting_what_was_edited_and_editing_what_was_deleted(
    server: Database, tmp_path: Path
) -> None:
    a = checkout(server, CW1, tmp_path / "a.db")
    try:
        with server.reader() as s:
            pid = s.scalar(select(Participant.id).where(Participant.key == "P-0001"))
            task = s.scalars(select(Task).where(Task.participant_id == pid)).one()
        with a.unit_of_work() as s:
            case_records.delete(s, CW1, "task", task.uuid, task.version)
        with server.unit_of_work() as s:
            case_records.update(s, LEAD, "task", task.uuid, task.version, {"title": "Ring i dag"})
        synced = sync(a, server)
        assert synced.new_conflicts == 1
        with server.reader() as s:
            kept = s.scalars(select(Task).where(Task.uuid == task.uuid)).one()
            (c,) = s.scalars(select(SyncConflict)).all()
        assert kept.title == "Ring i dag" and c.field == exchange.RECORD_EDITED
        with a.reader() as s:  # the server's record is back on the laptop
            assert s.scalar(select(Task.title).where(Task.uuid == task.uuid)) == "Ring i dag"

        with a.reader() as s:
            version = s.scalar(select(Task.version).where(Task.uuid == task.uuid))
        with a.unit_of_work() as s:
            case_records.update(s, CW1, "task", task.uuid, version, {"note": "nyt nummer"})
        with server.unit_of_work() as s:
            case_records.delete(s, LEAD, "task", task.uuid, kept.version)
        assert sync(a, server).new_conflicts == 1
        with server.reader() as s:
            gone = s.scalars(
                select(SyncConflict).where(SyncConflict.field == exchange.RECORD_GONE)
            ).one()
        assert gone.laptop_value == {"v": {"note": "nyt nummer"}}
        with server.unit_of_work() as s, pytest.raises(ValidationFailed):
            conflicts.resolve(s, LEAD, gone.uuid, "mine")
    finally:
        a.dispose()


@pytest.mark.parametrize("where", ["after the server", "inside the server"])
def test_a_sync_cut_off_and_run_again_applies_each_change_once(
    server: Database, tmp_path: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = checkout(server, CW1, tmp_path / "a.db")
    try:
        made = {add_contact(a, CW1, "P-0001", f"2024-04-0{d}T10:00") for d in range(1, 4)}
        edit_person(a, CW1, "P-0002", email="ny@example.dk")

        def cut() -> None:
            raise KeyboardInterrupt("the cable was pulled")

        if where == "after the server":
            with pytest.raises(KeyboardInterrupt):
                sync(a, server, after_server=cut)
        else:
            real = exchange.pull
            monkeypatch.setattr(exchange, "pull", lambda *a, **k: cut())
            with pytest.raises(KeyboardInterrupt):
                sync(a, server)
            monkeypatch.setattr(exchange, "pull", real)
        again = sync(a, server)
        assert again.repeated == (4 if where == "after the server" else 0)
        with server.reader() as s:
            pid = s.scalar(select(Participant.id).where(Participant.key == "P-0001"))
            on_server = set(
                s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "added_contact"))
            )
            applied = s.scalar(select(func.count()).select_from(AppliedOp)) or 0
        assert made <= contact_uuids(server) and pid is not None
        assert sum(1 for detail in on_server if detail and detail.split()[0] in made) == 3
        with a.reader() as s:
            sent = s.scalar(select(func.count()).select_from(OutboxOp)) or 0
            assert s.scalar(select(func.count()).where(OutboxOp.sent_at.is_(None))) == 0
        ops_applied = applied - _laptop_entries_applied(server)
        assert ops_applied == sent  # each operation once
        assert person_values(server, "P-0002")["email"] == "ny@example.dk"
        _verify(server)
        _verify(a)
    finally:
        a.dispose()


def _laptop_entries_applied(server: Database) -> int:
    with server.reader() as s:
        return (
            s.scalar(
                select(func.count()).select_from(AppliedOp).where(AppliedOp.op_id.like("audit:%"))
            )
            or 0
        )


def test_a_revoked_laptop_is_refused(server: Database, tmp_path: Path) -> None:
    a = checkout(server, CW1, tmp_path / "a.db")
    try:
        with server.unit_of_work() as s:
            (device,) = devices.list_devices(s, LEAD)
            with pytest.raises(NotAllowed):
                devices.revoke(s, CW2, device.device_id[:8])
            devices.revoke(s, LEAD, device.device_id[:8])
        edit_person(a, CW1, "P-0001", phone="55555555")
        with pytest.raises(NotAllowed, match="revoked"):
            sync(a, server)
        assert person_values(server, "P-0001")["phone"] == "10000000"
    finally:
        a.dispose()


def test_a_server_at_another_schema_syncs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "server.db"
    server = open_database(path, create=True)
    build_server(server)
    laptop = checkout(server, CW1, tmp_path / "a.db")
    with server.engine.begin() as conn:
        conn.execute(select(1))
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0003'")
    server.dispose()
    edit_person(laptop, CW1, "P-0001", phone="66666666")
    try:
        with pytest.raises(DatabaseUnusable, match="update caseapp on the server"):
            run.sync(laptop, "field-password")
        with laptop.reader() as s:
            assert s.scalar(select(func.count()).where(OutboxOp.sent_at.is_(None))) == 1
    finally:
        laptop.dispose()


def test_a_reassignment_on_the_server_reaches_the_laptops(server: Database, tmp_path: Path) -> None:
    a = checkout(server, CW1, tmp_path / "a.db", mode="mine")
    b = checkout(server, CW2, tmp_path / "b.db", mode="mine")
    try:
        with server.unit_of_work() as s:
            team.reassign(s, LEAD, ["P-0002"], "cw2")
        assert sync(a, server).removed == 1
        assert sync(b, server).received == 1
        assert _keys(a) == ["P-0001"] and _keys(b) == ["P-0002", "P-0003"]
    finally:
        a.dispose()
        b.dispose()


def test_nothing_outside_the_scope_reaches_a_laptop(server: Database, tmp_path: Path) -> None:
    a = checkout(server, CW1, tmp_path / "a.db")
    try:
        with server.unit_of_work() as s:
            s.execute(update(Participant).where(Participant.key == "P-0900").values(phone="1"))
            audit.record(s, LEAD, "edited_participant", "P-0900", "phone")
        sync(a, server)
        assert "P-0900" not in _keys(a)
    finally:
        a.dispose()


def test_erasure_and_import_are_the_servers(server: Database, tmp_path: Path) -> None:
    from caseapp.dataset.importer import import_document
    from caseapp.services import erasure

    laptop = checkout(server, LEAD, tmp_path / "lead.db", mode="project:HF")
    try:
        with laptop.unit_of_work() as s, pytest.raises(ValidationFailed, match="team server"):
            erasure.erase(s, LEAD, "P-0001")
        doc = {"format": "caseapp-dataset", "version": 1, "staff": [], "projects": [],
               "participants": []}  # fmt: skip
        with pytest.raises(ValidationFailed, match="team server"):
            import_document(laptop, LEAD, doc)
    finally:
        laptop.dispose()


def test_people_registered_on_a_laptop_arrive_even_when_their_key_was_taken(
    server: Database, tmp_path: Path
) -> None:
    from caseapp.services import referrals

    def refer(db: Database, actor: object, name: str, key: str | None = None) -> str:
        with db.unit_of_work() as s:
            person, _ = referrals.refer(
                s,
                actor,  # type: ignore[arg-type]
                {"first_name": name, **({"key": key} if key else {})},
                {"project": "HF", "referred_on": "2024-05-01", "key_worker": "cw1"},
            )
            return person.key

    a = checkout(server, CW1, tmp_path / "a.db")
    try:
        on_laptop = refer(a, CW1, "Fra den bærbare")
        on_server = refer(server, LEAD, "Fra serveren", key=on_laptop)
        assert on_laptop == on_server == "P-0004"  # the same key, for two people
        contact = add_contact(a, CW1, on_laptop, "2024-05-02T10:00")
        synced = sync(a, server)
        assert synced.new_conflicts == 0
        with server.reader() as s:
            names = dict(iter(s.execute(select(Participant.first_name, Participant.key))))
        assert names["Fra serveren"] == "P-0004" and names["Fra den bærbare"] == "P-0901"
        assert contact in contact_uuids(server)
        with a.reader() as s:
            here = dict(iter(s.execute(select(Participant.first_name, Participant.key))))
        assert here["Fra den bærbare"] == "P-0901" and here["Fra serveren"] == "P-0004"
        with server.reader() as s:
            logged = s.scalars(
                select(AuditEntry.participant_key).where(
                    AuditEntry.action == "added_participant", AuditEntry.account == "cw1"
                )
            ).all()
        assert logged == ["P-0901"]  # the laptop's own entry, under the server's key
        _verify(server)
    finally:
        a.dispose()


def test_a_consent_travels_and_a_document_waits_for_the_server(
    server: Database, tmp_path: Path
) -> None:
    from caseapp.services import documents

    a = checkout(server, CW1, tmp_path / "a.db")
    try:
        with a.unit_of_work() as s:
            consent = case_records.add(
                s, CW1, "P-0001", "consent", {"given_on": "2024-05-01", "covers": ["case_work"]}
            )
            with pytest.raises(ValidationFailed, match="team server"):
                documents.attach(s, CW1, "P-0001", "lease.pdf", b"%PDF-1.4 x", "lease")
        sync(a, server)
        with server.reader() as s:
            from caseapp.storage.models import Consent

            assert s.scalar(select(Consent.given_on).where(Consent.uuid == consent.uuid))
    finally:
        a.dispose()


def test_a_conflict_is_found_by_an_id_start_of_digits(server: Database, tmp_path: Path) -> None:
    a = checkout(server, CW1, tmp_path / "a.db")
    try:
        edit_person(a, CW1, "P-0002", phone="30303030")
        edit_person(server, LEAD, "P-0002", phone="40404040")
        sync(a, server)
        with server.unit_of_work() as s:
            s.execute(update(SyncConflict).values(uuid="12345678-aaaa-4bbb-8ccc-123456789abc"))
        with server.unit_of_work() as s:
            decided = conflicts.resolve(s, LEAD, "12345678", "theirs")
        assert decided.resolved_by == "lead"
    finally:
        a.dispose()
