"""The `--as-of` day every figure-making command takes, and `--forecast` for a day after today.

Figures for a day that has not come yet treat every open spell as running until then: useful
as a forecast, misleading as a report, so such a day is refused unless a forecast is asked for.
"""

from __future__ import annotations

import argparse
from datetime import date

from caseapp.domain.errors import Problem, ValidationFailed, message_of
from caseapp.domain.fields import parse_date


def add_as_of_argument(p: argparse.ArgumentParser, help: str) -> None:
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=f"{help} (today)")
    p.add_argument(
        "--forecast",
        action="store_true",
        help="allow an --as-of after today (open spells count as running until then)",
    )


def as_of_argument(text: str | None) -> date:
    """The day `--as-of` names, today without it."""
    if text is None:
        return date.today()
    try:
        return parse_date(text)
    except ValueError as exc:
        raise ValidationFailed(Problem("--as-of", message_of(exc))) from None


def as_of_from(args: argparse.Namespace) -> date:
    """`--as-of`, refused when after today unless `--forecast` is given."""
    day = as_of_argument(args.as_of)
    today = date.today()
    if day > today and not args.forecast:
        raise ValidationFailed(
            Problem(
                "--as-of",
                "{day} is after today ({today}); add --forecast for figures that count open "
                "spells as running until then",
                day=day,
                today=today,
            )
        )
    return day
