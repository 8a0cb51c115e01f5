"""Overlapping and gapped housing spells, and jobs without evidence, are flagged."""

from __future__ import annotations

from datetime import date

from caseapp.services.spell_checks import Span, SpellFlag, activity_flags, housing_flags


def d(day: int) -> date:
    return date(2024, 3, day)


def test_back_to_back_spells_are_fine() -> None:
    assert housing_flags([Span("a", d(1), d(4)), Span("b", d(5), None)]) == {}


def test_one_shared_day_is_an_overlap_on_both_spells() -> None:
    flags = housing_flags([Span("a", d(1), d(4)), Span("b", d(4), d(9))])
    assert flags == {"b": [SpellFlag("overlap", 1)], "a": [SpellFlag("overlap", 1)]}


def test_an_open_spell_overlaps_everything_after_it() -> None:
    flags = housing_flags([Span("a", d(1), None), Span("b", d(10), d(12))])
    assert set(flags) == {"a", "b"} and flags["b"] == [SpellFlag("overlap", 3)]


def test_a_gap_is_flagged_on_the_spell_after_it_with_its_length() -> None:
    flags = housing_flags([Span("b", d(10), None), Span("a", d(1), d(4))])
    assert flags == {"b": [SpellFlag("gap", 5)]}


def test_a_spell_inside_a_long_one_does_not_hide_a_later_gap() -> None:
    spells = [Span("long", d(1), d(20)), Span("inner", d(3), d(5)), Span("next", d(21), None)]
    flags = housing_flags(spells)
    assert "next" not in flags and flags["inner"] == [SpellFlag("overlap", 3)]


def test_jobs_and_education_need_evidence_other_activity_does_not() -> None:
    assert activity_flags("flex_job", False) == [SpellFlag("unverified")]
    assert activity_flags("education", False) == [SpellFlag("unverified")]
    assert activity_flags("flex_job", True) == []
    assert activity_flags("other", False) == []
