"""What is unlikely but possible: warnings a front end asks about before saving."""

from __future__ import annotations

from datetime import date, datetime

from caseapp.domain.fields import validate
from caseapp.domain.plausibility import looks_like_email, looks_like_phone, warnings

NOW = datetime(2024, 6, 30, 12, 0)


def test_phone_numbers_and_email_addresses_as_people_write_them() -> None:
    for good in ("12345678", "+45 12 34 56 78", "(+49) 30-1234567", "1234 5678"):
        assert looks_like_phone(good), good
    for bad in ("abc", "1234", "12ab5678", "+45"):
        assert not looks_like_phone(bad), bad
    assert looks_like_email("sara@example.dk")
    for bad in ("not-an-email", "a@b", "a b@c.dk", "@x.dk"):
        assert not looks_like_email(bad), bad


def test_each_warning_names_its_field() -> None:
    found = warnings("participant", {"phone": "abc", "email": "not-an-email"}, "p[0]", NOW)
    assert [str(w) for w in found] == [
        "p[0].phone: does not look like a phone number",
        "p[0].email: does not look like an e-mail address",
    ]
    assert [str(w) for w in warnings("contact", {"at": datetime(2024, 7, 2, 9)}, now=NOW)] == [
        "at: is more than a day in the future"
    ]
    assert warnings("contact", {"at": datetime(2024, 7, 1, 9)}, now=NOW) == []
    assert [str(w) for w in warnings("housing", {"end": date(2024, 7, 1)}, now=NOW)] == [
        "end: is in the future"
    ]


def test_hard_errors_for_what_cannot_be() -> None:
    _, problems = validate(
        "activity", {"type": "flex_job", "start": "1850-01-01", "hours_per_week": "abc"}
    )
    assert sorted(str(p) for p in problems) == [
        "hours_per_week: must be a number",
        "start: is not a year between 1900 and 2100",
    ]
    _, problems = validate("contact", {"at": "2024-05-02T09:30", "mode": "phone", "note": "  "})
    assert [str(p) for p in problems] == ["note: write a note or choose a topic"]
    _, problems = validate("contact", {"at": "2024-05-02T09:30", "mode": "attempted"})
    assert problems == []  # an attempt to reach someone is a fact of its own
    _, problems = validate(
        "support", {"type": "mentor", "start": "2024-01-01", "hours_per_week": "1e3"}
    )
    assert [str(p) for p in problems] == ["hours_per_week: must be a number"]
    _, problems = validate(
        "contact",
        {"at": "2024-05-02T09:30", "duration_min": "ten", "mode": "phone", "topics": ["housing"]},
    )
    assert [str(p) for p in problems] == ["duration_min: must be a whole number"]
