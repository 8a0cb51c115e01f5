"""What each kind of record holds and what makes its values valid.

One declaration serves the dataset import, the GUI's forms and the services alike: values come in
as text (a file, a form) or as Python values, are parsed into Python values, and then checked
together (an end before its start, exit dates without a reason). Every problem names its field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from caseapp.domain import codes, cpr
from caseapp.domain.errors import Message, Problem, message_of

# Numbers as typed in a form or a file: digits, a sign, one decimal comma or point.
_WHOLE = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")

# No date a case file can hold lies outside these years; anything else is a typing slip.
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)

# A contact is something that happened: one dated further ahead cannot be right.
FUTURE_CONTACT_LIMIT = timedelta(days=366)

Kind = Literal["str", "text", "date", "datetime", "int", "float", "bool", "code", "codes"]


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    required: bool = False
    choices: tuple[str, ...] = ()
    max_len: int | None = None
    low: float | None = None
    high: float | None = None


def _spell(type_codes: tuple[str, ...], *extra: Field) -> tuple[Field, ...]:
    return (
        Field("type", "code", required=True, choices=type_codes),
        Field("start", "date", required=True),
        Field("end", "date"),
        *extra,
        Field("note", "text", max_len=4000),
    )


RECORDS: dict[str, tuple[Field, ...]] = {
    "staff": (
        Field("key", "str", required=True, max_len=64),
        Field("name", "str", required=True, max_len=200),
        Field("role", "code", required=True, choices=codes.ROLES),
        Field("email", "str", max_len=200),
    ),
    "project": (
        Field("key", "str", required=True, max_len=64),
        Field("name", "str", required=True, max_len=200),
        Field("municipality", "str", max_len=200),
        Field("start", "date"),
        Field("end", "date"),
        Field("description", "text", max_len=4000),
    ),
    "participant": (
        Field("key", "str", required=True, max_len=64),
        Field("first_name", "str", max_len=100),
        Field("last_name", "str", max_len=100),
        Field("cpr", "str", max_len=11),
        Field("birth_date", "date"),
        Field("birth_year", "int", low=1900, high=2100),
        Field("phone", "str", max_len=50),
        Field("email", "str", max_len=200),
        Field("address", "str", max_len=300),
    ),
    "enrolment": (
        Field("project", "str", required=True, max_len=64),
        Field("referred_on", "date", required=True),
        Field("referral_source", "code", choices=codes.REFERRAL_SOURCES),
        Field("intake_on", "date"),
        Field("consent_on", "date"),
        Field("enrolled_on", "date"),
        Field("exited_on", "date"),
        Field("exit_reason", "code", choices=codes.EXIT_REASONS),
        Field("key_worker", "str", max_len=64),
    ),
    "contact": (
        Field("at", "datetime", required=True),
        Field("duration_min", "int", low=0, high=1440),
        Field("mode", "code", required=True, choices=codes.CONTACT_MODES),
        Field("location", "code", choices=codes.CONTACT_LOCATIONS),
        Field("staff", "str", max_len=64),
        Field("topics", "codes", choices=codes.CONTACT_TOPICS),
        Field("note", "text", max_len=20000),
    ),
    "housing": _spell(codes.HOUSING_TYPES, Field("address", "str", max_len=300)),
    "activity": _spell(
        codes.ACTIVITY_TYPES,
        Field("hours_per_week", "float", low=0, high=168),
        Field("employer", "str", max_len=200),
        Field("verified", "bool"),
        Field("evidence", "str", max_len=500),
    ),
    "support": _spell(
        codes.SUPPORT_TYPES,
        Field("hours_per_week", "float", low=0, high=168),
        Field("provider", "str", max_len=200),
    ),
    "goal": (
        Field("title", "str", required=True, max_len=300),
        Field("area", "code", required=True, choices=codes.GOAL_AREAS),
        Field("created_on", "date", required=True),
        Field("target_date", "date"),
        Field("status", "code", required=True, choices=codes.GOAL_STATUSES),
        Field("achieved_on", "date"),
        Field("note", "text", max_len=4000),
    ),
    "consent": (
        Field("given_on", "date", required=True),
        Field("covers", "codes", required=True, choices=codes.CONSENT_SCOPES),
        Field("expires_on", "date"),
        Field("note", "text", max_len=4000),
    ),
    "task": (
        Field("title", "str", required=True, max_len=300),
        Field("due_on", "date"),
        Field("assigned_to", "str", max_len=64),
        Field("done_on", "date"),
        Field("note", "text", max_len=4000),
    ),
}

# The field that dates each kind of record, for lists in time order.
DATED_BY: dict[str, str] = {
    "enrolment": "referred_on",
    "contact": "at",
    "housing": "start",
    "activity": "start",
    "support": "start",
    "goal": "created_on",
    "task": "due_on",
    "consent": "given_on",
}

# A participant's own fields, key first, in the dataset format's order (the rest of a person's
# data is the lists of records below).
PERSON_FIELDS: tuple[str, ...] = tuple(f.name for f in RECORDS["participant"])

# The dataset format's list name for each kind of record held under a participant.
PARTICIPANT_LISTS: dict[str, str] = {
    "enrolments": "enrolment",
    "contacts": "contact",
    "housing": "housing",
    "activities": "activity",
    "supports": "support",
    "goals": "goal",
    "tasks": "task",
}


# A person's records as insight shows them: the dataset's lists, and their consents (kept in the
# database only; the dataset format v1 has no place for them).
INSIGHT_LISTS: dict[str, str] = {**PARTICIPANT_LISTS, "consents": "consent"}


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def parse_value(f: Field, raw: Any, where: str) -> tuple[Any, Problem | None]:
    """One value from text or Python into its Python type; blank text counts as missing."""
    path = _join(where, f.name)
    if isinstance(raw, str) and f.kind not in ("text",):
        raw = raw.strip()
    if raw is None or raw == "" or (f.kind == "codes" and raw == []):
        if f.required:
            return None, Problem(path, "is required")
        return ([] if f.kind == "codes" else None), None
    try:
        value = _convert(f, raw)
    except (ValueError, TypeError) as exc:
        return None, Problem(path, message_of(exc))
    problem = _check_range(f, value)
    return value, (Problem(path, problem) if problem else None)


# Dates a case can hold: anything outside is a typing error (9999-12-31 for "open", 0024 for
# 2024), and would break date arithmetic downstream.
FIRST_YEAR, LAST_YEAR = 1900, 2100


def text_problem(text: str) -> Message | None:
    """Why a text cannot be stored, or None: a NUL byte or a lone surrogate (half of a UTF-16
    pair, not a character) is kept by no database as text."""
    if "\x00" in text:
        return Message("holds a NUL byte")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return Message("holds a lone surrogate (not a character)")
    return None


def _convert(f: Field, raw: Any) -> Any:
    if f.kind in ("str", "text"):
        if not isinstance(raw, str):
            raise TypeError(Message("must be text"))
        problem = text_problem(raw)
        if problem:
            raise ValueError(problem)
        return raw
    if f.kind == "date":
        if isinstance(raw, datetime):
            raise TypeError(Message("must be a date (YYYY-MM-DD)"))
        if isinstance(raw, date):
            _check_year(raw.year, raw.isoformat())
            return raw
        return parse_date(raw)
    if f.kind == "datetime":
        if isinstance(raw, datetime):
            _check_year(raw.year, raw.isoformat())
            return raw.replace(tzinfo=None, microsecond=0)
        return parse_datetime(raw)
    if f.kind == "int":
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)  # 45.0 is a whole number (as JSON Schema counts it)
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise TypeError(Message("must be a whole number"))
        if isinstance(raw, str) and not raw.isascii():
            raise ValueError(Message("'{value}' is not a whole number written with 0-9", value=raw))
        if isinstance(raw, str) and not _WHOLE.fullmatch(raw):
            raise ValueError(Message("must be a whole number"))
        return int(raw)
    if f.kind == "float":
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise TypeError(Message("must be a number"))
        if isinstance(raw, str):
            if not raw.isascii():
                raise ValueError(Message("'{value}' is not a number written with 0-9", value=raw))
            # float() would take "nan", "inf" and "1e3" and say "could not convert ..." of the
            # rest: a number as people type it, with a decimal comma or point, or nothing.
            if not _DECIMAL.fullmatch(raw):
                raise ValueError(Message("must be a number"))
            value = float(raw.replace(",", "."))
        else:
            value = float(raw)
        if not math.isfinite(value):
            raise ValueError(Message("must be a finite number"))
        return value
    if f.kind == "bool":
        if not isinstance(raw, bool):
            raise TypeError(Message("must be true or false"))
        return raw
    if f.kind == "code":
        if raw not in f.choices:
            raise ValueError(
                Message(
                    "'{value}' is not one of: {allowed}", value=raw, allowed=", ".join(f.choices)
                )
            )
        return raw
    if f.kind == "codes":
        items = list(raw)
        bad = [x for x in items if x not in f.choices]
        if bad:
            raise ValueError(
                Message(
                    "'{value}' is not one of: {allowed}", value=bad[0], allowed=", ".join(f.choices)
                )
            )
        return [c for c in f.choices if c in items]
    raise AssertionError(f.kind)


def parse_date(text: str) -> date:
    if not isinstance(text, str) or len(text) != 10 or not text.isascii():
        raise ValueError(Message("'{text}' is not a date (YYYY-MM-DD)", text=text))
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(Message("'{text}' is not a real date", text=text)) from None
    _check_year(day.year, text)
    return day


def parse_datetime(text: str) -> datetime:
    if (
        not isinstance(text, str)
        or len(text) not in (16, 19)
        or text[10] != "T"
        or not text.isascii()
    ):
        raise ValueError(Message("'{text}' is not a local date-time (YYYY-MM-DDTHH:MM)", text=text))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(Message("'{text}' is not a real date and time", text=text)) from None
    _check_year(moment.year, text)
    return moment


def _check_year(year: int, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(
            Message("is not a year between {first} and {last}", first=FIRST_YEAR, last=LAST_YEAR)
        )


def _check_range(f: Field, value: Any) -> Message | None:
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        if not EARLIEST <= day <= LATEST:
            return Message(
                "is not a year between {first} and {last}", first=EARLIEST.year, last=LATEST.year
            )
    if f.max_len is not None and isinstance(value, str) and len(value) > f.max_len:
        return Message("is longer than {max_len} characters", max_len=f.max_len)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if f.low is not None and value < f.low:
            return Message("must be at least {low}", low=f"{f.low:g}")
        if f.high is not None and value > f.high:
            return Message("must be at most {high}", high=f"{f.high:g}")
    return None


def parse_record(
    kind: str, raw: Mapping[str, Any], where: str = "", *, partial: bool = False
) -> tuple[dict[str, Any], list[Problem]]:
    """Parse the known fields of one record; `partial` parses only the fields present (edits)."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for f in RECORDS[kind]:
        if partial and f.name not in raw:
            continue
        value, problem = parse_value(f, raw.get(f.name), where)
        values[f.name] = value
        if problem:
            problems.append(problem)
    return values, problems


def check_record(
    kind: str,
    v: Mapping[str, Any],
    where: str = "",
    today: date | None = None,
    *,
    free_text: bool = True,
) -> list[Problem]:
    """Checks that span fields; run on the record's complete, parsed values.

    `free_text` False is for pseudonymised data, whose notes were removed on purpose.
    """
    today = today or date.today()
    out: list[Problem] = []

    def before(later: str, earlier: str, message: Message) -> None:
        a, b = v.get(later), v.get(earlier)
        if a is not None and b is not None and a < b:
            out.append(Problem(_join(where, later), message))

    if kind in ("housing", "activity", "support", "project"):
        before("end", "start", Message("is before the start"))
    elif kind == "enrolment":
        for name in ("intake_on", "consent_on", "enrolled_on"):
            before(name, "referred_on", Message("is before the referral date"))
        if v.get("exited_on") is not None:
            if v.get("enrolled_on") is None:
                out.append(
                    Problem(_join(where, "exited_on"), "is set but the enrolment date is not")
                )
            else:
                before("exited_on", "enrolled_on", Message("is before the enrolment date"))
            if not v.get("exit_reason"):
                out.append(
                    Problem(_join(where, "exit_reason"), "is required when the exit date is set")
                )
    elif kind == "participant":
        if not any(v.get(name) for name in ("first_name", "last_name", "key")):
            out.append(
                Problem(_join(where, "first_name"), "is required: a person needs a name or a key")
            )
        born = v.get("birth_date")
        if born is not None and born > today:
            out.append(Problem(_join(where, "birth_date"), "is in the future"))
        number = v.get("cpr")
        if number:
            problem = cpr.format_problem(number)
            if problem:
                # The value itself is never repeated in a message: it is sensitive.
                out.append(Problem(_join(where, "cpr"), problem))
    elif kind == "goal":
        before("achieved_on", "created_on", Message("is before the goal was created"))
    elif kind == "consent":
        before("expires_on", "given_on", Message("is before the consent was given"))
    elif kind == "contact":
        # An attempt to reach someone is a fact in itself; any other contact says what it was about.
        empty = not (v.get("note") or "").strip() and not v.get("topics")
        if free_text and empty and v.get("mode") != "attempted":
            out.append(Problem(_join(where, "note"), "write a note or choose a topic"))
        at = v.get("at")
        # (A year past LATEST is named once, by the range check.)
        if at is not None and today + FUTURE_CONTACT_LIMIT < at.date() <= LATEST:
            out.append(Problem(_join(where, "at"), "is more than a year in the future"))
    return out


def cpr_warnings(v: Mapping[str, Any], where: str = "") -> list[Problem]:
    number = v.get("cpr")
    if number and cpr.format_problem(number) is None and not cpr.passes_modulus11(number):
        return [
            Problem(
                _join(where, "cpr"),
                "fails the modulus-11 check (numbers issued since 2007 may do so); kept as given",
            )
        ]
    return []


def validate(
    kind: str, raw: Mapping[str, Any], where: str = "", *, free_text: bool = True
) -> tuple[dict[str, Any], list[Problem]]:
    """Parse and check a whole record; the values are only to be used when problems is empty."""
    values, problems = parse_record(kind, raw, where)
    # Checks across fields skip values that did not parse (they are None), so all problems of a
    # record are reported in one pass.
    return values, problems + check_record(kind, values, where, free_text=free_text)


def to_text(value: Any) -> Any:
    """A parsed value back into the dataset format's JSON value."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M") if value.second == 0 else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value
