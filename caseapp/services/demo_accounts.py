"""Recognising a demo database, whose sign-in screen may show its invented accounts.

The demo generator writes the setting `demo` = `1`; every other database lacks it, and then
nothing about its accounts is shown before someone signs in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.storage.models import Setting, Staff

DEMO_SETTING = "demo"
DEMO_PASSWORD = "demo"


@dataclass(frozen=True)
class DemoAccount:
    key: str
    name: str
    role: str


def is_demo(session: Session) -> bool:
    return session.scalar(select(Setting.value).where(Setting.key == DEMO_SETTING)) == "1"


def demo_accounts(session: Session) -> list[DemoAccount]:
    """The active accounts of a demo database (all with the password `demo`); else none."""
    if not is_demo(session):
        return []
    rows = session.execute(
        select(Staff.key, Staff.name, Staff.role)
        .where(Staff.active.is_(True), Staff.password_hash.is_not(None))
        .order_by(Staff.role, Staff.name)
    )
    return [DemoAccount(k, n, r) for k, n, r in rows]
