"""Rule 15: housed now, eligible and retained at 12 months, shelter-free in the last 365 days."""

from __future__ import annotations

from typing import Any

from caseapp.outcomes import HousingFigures, HousingSpell

from .builders import contract, home, person, run

AS_OF = "2024-06-30"  # as_of - 364 days = 2023-07-02


def _figures(*spells: HousingSpell, enrolled: str = "2023-01-02", **fields: Any) -> HousingFigures:
    return run(contract(**fields), [person(enrolled=enrolled, housing=spells)], AS_OF).housing


def test_housed_now_needs_a_stable_spell_active_on_as_of() -> None:
    assert _figures(home("2024-06-30")).housed_now == 1
    assert _figures(home("2023-01-02", "2024-06-29")).housed_now == 0
    assert _figures(home("2023-01-02", kind="family_home")).housed_now == 0
    family = home("2023-01-02", kind="family_home")
    assert _figures(family, stable_housing=["family_home"]).housed_now == 1


def test_eligible_and_retained_look_at_the_first_stable_run_only() -> None:
    # First run 2023-02-10..2023-05-31, later a long one: eligible, not retained (like P-08).
    figures = _figures(
        home("2023-02-10", "2023-05-31"),
        home("2023-06-01", "2023-06-30", kind="couch_surfing"),
        home("2023-07-01"),
    )
    assert (figures.eligible_12m, figures.retained_12m) == (1, 0)


def test_eligible_needs_the_first_run_to_start_by_as_of_minus_364() -> None:
    figures = _figures(home("2023-07-02"))
    assert (figures.eligible_12m, figures.retained_12m) == (1, 1)  # exactly 365 days to as_of
    figures = _figures(home("2023-07-03"))
    assert (figures.eligible_12m, figures.retained_12m) == (0, 0)


def test_a_stay_from_before_enrolment_is_clipped_to_enrolment() -> None:
    figures = _figures(home("2020-01-01"), enrolled="2023-07-03")
    assert (figures.eligible_12m, figures.retained_12m) == (0, 0)
    figures = _figures(
        home("2020-01-01", "2023-07-01"), home("2023-07-02", kind="supported_housing")
    )
    assert (figures.eligible_12m, figures.retained_12m) == (1, 1)


def test_shelter_free_looks_at_the_last_365_days_after_enrolment() -> None:
    assert (
        _figures(home("2023-01-02", "2023-07-01", kind="homeless_hostel")).shelter_free_last_365d
        == 1
    )
    assert (
        _figures(home("2023-01-02", "2023-07-02", kind="homeless_hostel")).shelter_free_last_365d
        == 0
    )
    assert _figures(home("2024-06-30", kind="emergency_shelter")).shelter_free_last_365d == 0
    assert (
        _figures(home("2023-08-01", "2023-12-31", kind="couch_surfing")).shelter_free_last_365d == 1
    )
    # A hostel stay before enrolment, though inside the last 365 days, does not count.
    hostel_before = home("2023-08-01", "2023-12-31", kind="homeless_hostel")
    assert _figures(hostel_before, enrolled="2024-01-01").shelter_free_last_365d == 1
    assert _figures(hostel_before, enrolled="2023-12-31").shelter_free_last_365d == 0


def test_housing_figures_count_only_counted_participants() -> None:
    people = [person("A", enrolled=None, housing=(home("2020-01-01"),)), person("B")]
    figures = run(contract(), people, AS_OF).housing
    assert (figures.housed_now, figures.shelter_free_last_365d) == (0, 1)
