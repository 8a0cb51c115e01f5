"""Values that can be right but seldom are: a front end asks before saving them.

The hard rules live in `fields`; these are the warnings beside them, for the same parsed values,
so forms, the dataset import and the command line ask about the same things. Each names its field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from caseapp.domain.errors import Problem
from caseapp.domain.fields import cpr_warnings

# A Danish number has eight digits, a foreign one more; spaces, dashes, brackets and a leading +
# are how people write them.
_PHONE = re.compile(r"[+\d\s()./-]+")
_PHONE_DIGITS = (8, 15)
# Not the full grammar of an address: one @, something on both sides, a dot in the domain.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
SPELL_KINDS = ("housing", "activity", "support")


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def looks_like_phone(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    low, high = _PHONE_DIGITS
    return bool(_PHONE.fullmatch(text)) and low <= digits <= high


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.fullmatch(text))


def warnings(
    kind: str, v: Mapping[str, Any], where: str = "", now: datetime | None = None
) -> list[Problem]:
    """What is unlikely in one record's parsed values (None values are left to `fields`)."""
    now = now or datetime.now()
    today = now.date()
    out: list[Problem] = []
    if kind == "contact":
        at = v.get("at")
        if isinstance(at, datetime) and at > now + timedelta(days=1):
            out.append(Problem(_join(where, "at"), "is more than a day in the future"))
    elif kind in SPELL_KINDS:
        end = v.get("end")
        if isinstance(end, date) and end > today:
            out.append(Problem(_join(where, "end"), "is in the future"))
    elif kind == "participant":
        phone, email = v.get("phone"), v.get("email")
        if phone and not looks_like_phone(phone):
            out.append(Problem(_join(where, "phone"), "does not look like a phone number"))
        if email and not looks_like_email(email):
            out.append(Problem(_join(where, "email"), "does not look like an e-mail address"))
        out += cpr_warnings(v, where)
    return out
