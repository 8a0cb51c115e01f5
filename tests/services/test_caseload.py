"""The caseload queries: list rows, search and sort, the overview, change marks, the file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from caseapp.domain.errors import NotAllowed, ValidationFailed
from caseapp.services import (
    case_records,
    caseload,
    changes,
    participant_file,
    referrals,
    spell_changes,
)
from caseapp.services.actor import SYSTEM as SYSTEM_ACTOR
from caseapp.services.actor import Actor
from caseapp.services.caseload_search import CaseloadIndex, ListFilter
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, HousingSpell

from .sample_caseload import build

TODAY = date(2024, 6, 12)


@pytest.fixture
def caseload_db(db: Database, worker: Actor, lead: Actor) -> Database:
    build(db, worker, lead, TODAY)
    return db


def rows_by_key(db: Database, actor: Actor) -> dict[str, caseload.ParticipantRow]:
    with db.reader() as s:
        return {r.key: r for r in caseload.participant_rows(s, actor, TODAY)}


def test_rows_show_where_each_person_stands_now(caseload_db: Database, worker: Actor) -> None:
    rows = rows_by_key(caseload_db, worker)
    sara = rows["P-0001"]
    assert (sara.name, sara.age, sara.project, sara.status) == (
        "Sara Nielsen",
        21,
        "AAR-HF",
        "enrolled",
    )
    assert (sara.key_worker, sara.housing, sara.activity) == ("mmp", "couch_surfing", None)
    assert sara.days_since_contact(TODAY) == 20 and sara.not_seen(TODAY)
    assert sara.next_task_title == "Call the housing association"
    assert sara.next_task_due == TODAY - timedelta(days=1)
    ali = rows["P-0002"]
    # The hostel spell is the one active today; the temporary one ended 90 days ago.
    assert (ali.housing, ali.activity, ali.unverified_job) == ("homeless_hostel", "flex_job", True)
    assert not ali.not_seen(TODAY)
    assert rows["P-0004"].status == "referred" and rows["P-0004"].last_contact is None
    assert rows["P-0005"].status == "exited" and not rows["P-0005"].not_seen(TODAY)


def test_rows_never_carry_the_whole_cpr_number(caseload_db: Database, worker: Actor) -> None:
    rows = rows_by_key(caseload_db, worker)
    assert rows["P-0001"].cpr_tail == "4321"
    assert all("-" not in r.cpr_tail and len(r.cpr_tail) <= 4 for r in rows.values())


def test_evaluators_get_no_list(caseload_db: Database) -> None:
    with caseload_db.reader() as s, pytest.raises(NotAllowed):
        caseload.participant_rows(s, Actor("eva", "Eva", "evaluator"), TODAY)


def test_search_by_name_key_and_last_cpr_digits(caseload_db: Database, worker: Actor) -> None:
    index = CaseloadIndex(list(rows_by_key(caseload_db, worker).values()))

    def keys(**kw: object) -> list[str]:
        return [index.rows[i].key for i in index.select(ListFilter(**kw), TODAY)]  # type: ignore[arg-type]

    assert keys(text="sara") == ["P-0001"]
    assert keys(text="NIELS sa") == ["P-0001"]
    assert keys(text="0003") == ["P-0003"]
    assert keys(text="4321") == ["P-0001"]
    assert keys(text="-1234") == ["P-0002"]
    assert keys(text="søren") == ["P-0005"]
    assert keys(text="nobody") == []
    assert keys(project="AAL-SIB") == ["P-0003", "P-0005"]
    assert keys(status="referred") == ["P-0004"]
    assert keys(key_worker="lead") == ["P-0003"]
    assert keys(not_seen=True) == ["P-0001", "P-0004"]
    assert keys(unverified_job=True) == ["P-0002"]
    assert keys(project="AAR-HF", not_seen=True, text="maja") == ["P-0004"]


def test_sorting_puts_empty_values_last_both_ways(caseload_db: Database, worker: Actor) -> None:
    index = CaseloadIndex(list(rows_by_key(caseload_db, worker).values()))
    everyone = index.select(ListFilter(), TODAY)

    def order(column: str, descending: bool = False) -> list[str]:
        return [index.rows[i].key for i in index.order(everyone, column, descending, TODAY)]

    assert order("days_since_contact") == ["P-0003", "P-0002", "P-0001", "P-0005", "P-0004"]
    assert order("days_since_contact", True) == ["P-0005", "P-0001", "P-0002", "P-0003", "P-0004"]
    assert order("name")[:3] == ["P-0002", "P-0005", "P-0003"]  # Ali, Emil, Jonas
    assert order("next_task")[0] == "P-0001"
    assert order("housing", True)[-2:] == ["P-0004", "P-0005"]  # no housing recorded
    danish = {"couch_surfing": "Sofasurfing", "homeless_hostel": "Herberg", "own_tenancy": "Egen"}
    by_label = index.order(everyone, "housing", False, TODAY, lambda c, code: danish[code], "da")
    assert [index.rows[i].key for i in by_label][:3] == ["P-0003", "P-0002", "P-0001"]


def test_overview_is_about_my_own_people(caseload_db: Database, worker: Actor) -> None:
    with caseload_db.reader() as s:
        view = caseload.overview(s, worker, TODAY)
    assert [r.key for r in view.not_seen] == ["P-0004", "P-0001"]  # never seen first
    assert [(t.participant_key, t.overdue(TODAY)) for t in view.tasks] == [("P-0001", True)]
    assert [(j.participant_key, j.type) for j in view.unverified_jobs] == [("P-0002", "flex_job")]
    # Contacts on the worker's people; not P-0003's (lead's person) and not older than 30 days.
    assert [c.participant_key for c in view.recent_contacts] == ["P-0002", "P-0001"]


def test_changes_name_the_people_changed_and_ignore_reading(
    caseload_db: Database, worker: Actor
) -> None:
    with caseload_db.reader() as s:
        mark = changes.last_mark(s)
    with caseload_db.unit_of_work() as s:
        participant_file.load(s, worker, "P-0003", TODAY)  # only a view
    with caseload_db.reader() as s:
        assert not changes.changes_since(s, mark).any
    with caseload_db.unit_of_work() as s:
        case_records.add(
            s, worker, "P-0002", "contact", {"at": "2024-06-12T09:00", "mode": "text", "note": "Ok"}
        )
    with caseload_db.reader() as s:
        seen = changes.changes_since(s, mark)
        assert seen.participants == {"P-0002"} and not seen.other
        assert seen.last_id == changes.last_mark(s)
        assert not changes.changes_since(s, seen.last_id).any


def test_file_shows_records_flags_and_timeline(caseload_db: Database, worker: Actor) -> None:
    with caseload_db.unit_of_work() as s:
        f = participant_file.load(s, worker, "P-0002", TODAY)
    assert f.header.name == "Ali Hassan" and f.header.cpr_masked == "150599-XXXX"
    assert (f.header.housing, f.header.activity, f.header.activity_verified) == (
        "homeless_hostel",
        "flex_job",
        False,
    )
    assert f.header.key_worker_name == "Mette Mondrup Pedersen"
    hostel, temporary = f.records["housing"]
    assert [fl.code for fl in hostel.flags] == ["overlap"]
    assert [fl.code for fl in temporary.flags] == ["overlap"]
    assert [fl.code for fl in f.records["activity"][0].flags] == ["unverified"]
    events = [(e.event, e.code) for e in f.timeline]
    assert events[0] == ("contact", "phone")
    assert ("started", "flex_job") in events and ("enrolled", "AAR-HF") in events
    assert f.timeline == sorted(f.timeline, key=lambda e: e.at, reverse=True)
    with caseload_db.reader() as s:
        viewed = s.scalars(
            select(AuditEntry.action).where(AuditEntry.participant_key == "P-0002")
        ).all()
    assert viewed[-1] == "viewed_file"


def test_moving_on_ends_the_old_spell_the_day_before(caseload_db: Database, worker: Actor) -> None:
    with caseload_db.reader() as s:
        old = s.scalars(select(HousingSpell).where(HousingSpell.type == "couch_surfing")).one()
    with caseload_db.unit_of_work() as s:
        spell_changes.move_on(
            s,
            worker,
            "P-0001",
            "housing",
            {"type": "own_tenancy", "start": TODAY},
            old.uuid,
            old.version,
        )
    rows = rows_by_key(caseload_db, worker)
    assert rows["P-0001"].housing == "own_tenancy"
    with caseload_db.reader() as s:
        ended = s.get(HousingSpell, old.id)
        assert ended is not None and ended.end == TODAY - timedelta(days=1)


def test_moving_on_refuses_a_bad_start_and_writes_nothing(
    caseload_db: Database, worker: Actor
) -> None:
    with caseload_db.reader() as s:
        old = s.scalars(select(HousingSpell).where(HousingSpell.type == "couch_surfing")).one()
    with pytest.raises(ValidationFailed), caseload_db.unit_of_work() as s:
        spell_changes.move_on(
            s,
            worker,
            "P-0001",
            "housing",
            {"type": "own_tenancy", "start": "2024-13-01"},
            old.uuid,
            old.version,
        )
    with caseload_db.reader() as s:
        assert len(s.scalars(select(HousingSpell)).all()) == 4


def test_file_values_are_what_the_services_give_forms(caseload_db: Database, worker: Actor) -> None:
    with caseload_db.unit_of_work() as s:
        f = participant_file.load(s, worker, "P-0001", TODAY)
        for kind, rows in f.records.items():
            for row in rows:
                stored = case_records.get(s, worker, kind, row.uuid)
                assert row.values == case_records.to_fields(s, kind, stored), kind


def test_a_referral_registers_the_person_and_the_enrolment_together(
    caseload_db: Database, worker: Actor
) -> None:
    with caseload_db.unit_of_work() as s:
        person, warnings = referrals.refer(
            s,
            worker,
            {"first_name": "Noah", "last_name": "Lund", "cpr": "010203-4321"},
            {"project": "AAR-HF", "referred_on": "2024-06-01", "key_worker": "mmp"},
        )
        # Sara Nielsen holds this CPR number already: flagged, and its modulus-11 check fails.
        assert person.key == "P-0006"
        assert [w.message for w in warnings] == [
            "fails the modulus-11 check (numbers issued since 2007 may do so); kept as given",
            "someone with this CPR number is registered already",
        ]
    rows = rows_by_key(caseload_db, worker)
    assert (rows["P-0006"].status, rows["P-0006"].key_worker) == ("referred", "mmp")


def test_a_referral_with_problems_in_both_parts_names_them_all(
    caseload_db: Database, worker: Actor
) -> None:
    with pytest.raises(ValidationFailed) as failed, caseload_db.unit_of_work() as s:
        referrals.refer(
            s, worker, {"cpr": "310299-1234"}, {"project": "AAR-HF", "referred_on": "soon"}
        )
    assert sorted(p.where for p in failed.value.problems) == ["cpr", "first_name", "referred_on"]
    assert len(rows_by_key(caseload_db, worker)) == 5


def test_rows_of_named_people_are_those_of_the_whole_list(
    caseload_db: Database, worker: Actor
) -> None:
    whole = rows_by_key(caseload_db, worker)
    with caseload_db.reader() as s:
        some = caseload.participant_rows(s, worker, TODAY, keys={"P-0002", "P-0005", "P-9999"})
    # The same rows as in the whole list; a key nobody has gives none.
    assert some == [whole["P-0002"], whole["P-0005"]]


def test_rows_of_named_people_never_reach_past_the_scope(
    caseload_db: Database, db: Database
) -> None:
    from caseapp.services import accounts, projects

    stranger = Actor("fremmed", "Fremmed Rådgiver", "team_lead")
    with db.unit_of_work() as s:
        accounts.add_user(s, SYSTEM_ACTOR, stranger.key, stranger.name, stranger.role, None)
        projects.create(s, stranger, {"key": "OTHER", "name": "Another team"}, None)
    with db.reader() as s:
        assert caseload.participant_rows(s, stranger, TODAY, keys={"P-0001", "P-0002"}) == []


def test_an_index_with_a_changed_row_searches_and_sorts_on_the_new_value(
    caseload_db: Database, worker: Actor
) -> None:
    import dataclasses

    whole = rows_by_key(caseload_db, worker)
    index = CaseloadIndex(list(whole.values()))
    by_name = index.order(index.select(ListFilter(), TODAY), "name", False, TODAY)
    renamed = dataclasses.replace(whole["P-0002"], name="Åse Østergård")
    changed = index.replaced([renamed])
    assert changed.rows[changed.position("P-0002")].name == "Åse Østergård"  # type: ignore[index]
    assert [index.rows[i].key for i in index.select(ListFilter(text="aase"), TODAY)] == []
    found = changed.select(ListFilter(text="aase"), TODAY)
    assert [changed.rows[i].key for i in found] == ["P-0002"]
    # Sort keys made before the change follow it (Å sorts last in Danish); the old index
    # is left as it was.
    again = changed.order(changed.select(ListFilter(), TODAY), "name", False, TODAY)
    assert changed.rows[again[-1]].key == "P-0002"
    assert index.order(index.select(ListFilter(), TODAY), "name", False, TODAY) == by_name
