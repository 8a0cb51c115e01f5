"""The fingerprint changes when what the figures rest on changes, and only then."""

from __future__ import annotations

import dataclasses
from datetime import date

from caseapp.outcomes import ActivitySpell
from caseapp.reports.fingerprint import canonical_text, fingerprint
from tests.outcomes.dataset_facts import facts_from_dataset, load_json

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
