"""Failure 8, measured on the demo: in the pseudonymised export nobody is singled out by what
others know of them (k >= 5 on every combination of quasi-identifiers)."""

from __future__ import annotations

from collections import Counter

from caseapp.dataset import coarsening
from caseapp.dataset.checks import check_document
from caseapp.dataset.exporter import export_document
from caseapp.services.actor import Actor
from tests.demo.conftest import Demo

# The whole demo (both projects): an administrator exports it; an evaluator would name a project.
EXPORTER = Actor("admin", "Admin", "admin")


def test_every_combination_is_shared_by_five(demo: Demo) -> None:
    doc = export_document(demo.db, EXPORTER, pseudonymise=True)
    people = doc["participants"]
    assert len(people) >= 100
    assert coarsening.smallest_group(people) >= coarsening.K
    # The pair the issue measured (196 of 200 unique before): no group under five either.
    pairs = Counter(
        (p.get("birth_year"), e["referred_on"]) for p in people for e in p.get("enrolments", [])
    )
    assert min(pairs.values()) >= coarsening.K
    # Most people keep a (banded) birth year; the file still passes its own checks.
    assert sum("birth_year" in p for p in people) > len(people) // 2
    assert check_document(doc).problems == []
    print(doc["coarsened"], len(people), sum("birth_year" in p for p in people))
