"""Success by months since enrolment: of the participants enrolled at least 6, 12, 18, 24 and
36 months before the day, how many had become a success within that many months of their own
enrolment (by the week that made them one, `success_weeks`). Compares cohorts fairly: a person
enrolled last month is not counted as having failed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.outcomes import ParticipantFacts
from caseapp.outcomes.weeks import week_index

MONTHS = (6, 12, 18, 24, 36)


def months_after(day: date, months: int) -> date:
    """The same day `months` later (the month's last day where it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Cohort:
    months: int
    enrolled: int  # enrolled at least `months` months before the day
    succeeded: int  # of them, a success within `months` months of their enrolment


def success_by_months(
    counted: Sequence[ParticipantFacts], weeks: Mapping[str, int], as_of: date
) -> tuple[Cohort, ...]:
    """`weeks`: each success's deciding week (`success_weeks`)."""
    out = []
    for months in MONTHS:
        enrolled = succeeded = 0
        for p in counted:
            start = p.enrolment.enrolled_on
            assert start is not None
            limit = months_after(start, months)
            if limit > as_of:
                continue
            enrolled += 1
            week = weeks.get(p.key)
            if week is not None and week <= week_index(limit):
                succeeded += 1
        out.append(Cohort(months, enrolled, succeeded))
    return tuple(out)
