"""The field rules shared by forms, services and the dataset import."""

from __future__ import annotations

from datetime import date, datetime

from caseapp.domain.fields import check_record, cpr_warnings, parse_record, to_text, validate


def test_text_from_a_form_becomes_typed_values() -> None:
    values, problems = validate(
        "activity",
        {
            "type": "flex_job",
            "start": "2024-01-08",
            "end": "",
            "hours_per_week": "12,5",
            "verified": True,
        },
    )
    assert problems == []
    assert values["start"] == date(2024, 1, 8) and values["end"] is None
    assert values["hours_per_week"] == 12.5


def test_every_problem_of_a_record_is_named_at_once() -> None:
    _, problems = validate(
        "enrolment",
        {
            "project": "AAR-HF",
            "referred_on": "2024-03-01",
            "enrolled_on": "2024-02-01",
            "exited_on": "2024-01-01",
            "exit_reason": None,
            "referral_source": "friend",
        },
        where="participants[2].enrolments[0]",
    )
    assert sorted(str(p) for p in problems) == [
        "participants[2].enrolments[0].enrolled_on: is before the referral date",
        "participants[2].enrolments[0].exit_reason: is required when the exit date is set",
        "participants[2].enrolments[0].exited_on: is before the enrolment date",
        "participants[2].enrolments[0].referral_source: 'friend' is not one of: jobcenter, "
        "shelter, psychiatry, social_services, self, other",
    ]


def test_dates_must_be_real_and_hours_in_range() -> None:
    _, problems = validate("housing", {"type": "own_tenancy", "start": "2023-02-29"})
    assert [str(p) for p in problems] == ["start: '2023-02-29' is not a real date"]
    _, problems = validate(
        "support", {"type": "mentor", "start": "2023-01-01", "hours_per_week": 169}
    )
    assert [str(p) for p in problems] == ["hours_per_week: must be at most 168"]


def test_contact_times_are_local_minutes() -> None:
    values, problems = parse_record(
        "contact", {"at": "2024-05-02T09:30", "mode": "phone", "topics": ["network", "housing"]}
    )
    assert problems == []
    assert values["at"] == datetime(2024, 5, 2, 9, 30)
    assert values["topics"] == ["housing", "network"]  # in the codes' own order
    assert to_text(values["at"]) == "2024-05-02T09:30"


def test_a_bad_cpr_is_an_error_and_a_failed_check_a_warning() -> None:
    assert [str(p) for p in check_record("participant", {"key": "P-1", "cpr": "320103-1234"})] == [
        "cpr: does not hold a real date"
    ]
    assert check_record("participant", {"key": "P-1", "cpr": "010203-4321"}) == []
    assert [w.where for w in cpr_warnings({"cpr": "010203-4321"})] == ["cpr"]
