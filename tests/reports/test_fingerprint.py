"""The fingerprint changes when what the figures rest on changes, and only then."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import select

from caseapp.outcomes import ActivitySpell
from caseapp.reports.council_data import build_council_report
from caseapp.reports.fingerprint import canonical_text, fingerprint
from caseapp.storage.database import Database
from caseapp.storage.models import Contact, Support
from tests.outcomes.dataset_facts import facts_from_dataset, load_json
from tests.reports.conftest import LEAD
from tests.reports.sample_db import load_sample

AS_OF = date(2024, 6, 30)


def _sample():  # type: ignore[no-untyped-def]
    return facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")


def test_same_facts_in_any_order_give_the_same_fingerprint() -> None:
    contract, people = _sample()
    one = fingerprint("DEMO-HF", contract, people, AS_OF, "1.0")
    assert one == fingerprint("DEMO-HF", contract, list(reversed(people)), AS_OF, "1.0")
    assert len(one) == 64


def test_a_corrected_past_spell_the_contract_or_the_program_change_it() -> None:
    contract, people = _sample()
    base = fingerprint("DEMO-HF", contract, people, AS_OF, "1.0")
    first = people[0]
    changed = dataclasses.replace(
        first, activities=(*first.activities, ActivitySpell("education", date(2023, 1, 9)))
    )
    assert fingerprint("DEMO-HF", contract, [changed, *people[1:]], AS_OF, "1.0") != base
    other = dataclasses.replace(contract, target_rate=0.6)
    assert fingerprint("DEMO-HF", other, people, AS_OF, "1.0") != base
    assert fingerprint("DEMO-HF", contract, people, AS_OF, "1.1") != base


def test_records_about_days_after_the_as_of_date_leave_it_alone() -> None:
    contract, people = _sample()
    base = fingerprint("DEMO-HF", contract, people, AS_OF, "1.0")
    first = people[0]
    later = dataclasses.replace(
        first, activities=(*first.activities, ActivitySpell("education", date(2024, 9, 2)))
    )
    assert fingerprint("DEMO-HF", contract, [later, *people[1:]], AS_OF, "1.0") == base


def test_the_canonical_text_holds_no_names() -> None:
    contract, people = _sample()
    text = canonical_text("DEMO-HF", contract, people, AS_OF, "1.0")
    assert "Sara" not in text and "Nielsen" not in text and "010203" not in text


def test_the_council_report_fingerprint_covers_contacts_and_supports(sqlite_db: Database) -> None:
    """Every printed figure's inputs: a contact's mode or a support's hours change page 6, so
    they change the fingerprint too; a contact after the day does not."""
    load_sample(sqlite_db, LEAD)

    def print_() -> str:
        with sqlite_db.reader() as session:
            return build_council_report(session, LEAD, "DEMO-HF", AS_OF).fingerprint

    base = print_()
    with sqlite_db.unit_of_work() as session:
        contact = session.scalars(select(Contact).order_by(Contact.at)).first()
        assert contact is not None
        contact.mode = "video" if contact.mode != "video" else "phone"
    after_contact = print_()
    assert after_contact != base
    with sqlite_db.unit_of_work() as session:
        support = session.scalars(select(Support).order_by(Support.start)).first()
        assert support is not None
        support.hours_per_week = (support.hours_per_week or 0) + 1
    assert print_() != after_contact
