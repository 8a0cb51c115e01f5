"""Failures 6 and 10: sign-in tells nothing about accounts, throttles guesses across accounts,
and its bookkeeping never collides with another sign-in to the same account."""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from caseapp.domain.errors import NotAllowed
from caseapp.services import accounts
from caseapp.storage.database import Database
from caseapp.storage.models import Staff
from tests.hardening.conftest import ADMIN


def _accounts(db: Database, keys: list[str]) -> None:
    with db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Admin", "admin-password")
        for key in keys:
            accounts.add_user(s, ADMIN, key, key.title(), "caseworker", f"{key}-password")


def _refusal(db: Database, key: str, password: str) -> str:
    with pytest.raises(NotAllowed) as caught:
        accounts.sign_in(db, key, password)
    return str(caught.value)


def test_every_refusal_says_the_same(sqlite_db: Database) -> None:
    _accounts(sqlite_db, ["off", "shut", "cw"])
    with sqlite_db.unit_of_work() as s:
        accounts.set_active(s, ADMIN, "off", False)
        s.execute(
            update(Staff)
            .where(Staff.key == "shut")
            .values(locked_until=datetime.now(UTC) + timedelta(minutes=5))
        )
    messages = {
        _refusal(sqlite_db, "nobody", "x-password"),
        _refusal(sqlite_db, "cw", "wrong-password"),
        _refusal(sqlite_db, "off", "off-password"),
        _refusal(sqlite_db, "shut", "shut-password"),
    }
    assert messages == {str(accounts.REFUSED)}


def test_an_unknown_account_takes_as_long_as_a_real_one(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher())  # the program's real cost
    _accounts(sqlite_db, ["cw"])

    times: dict[str, list[float]] = {"cw": [], "nobody": []}
    for _ in range(4):  # taken in turns, so that a busy machine slows both alike
        for key, taken in times.items():
            start = time.perf_counter()
            _refusal(sqlite_db, key, "wrong-password")
            taken.append(time.perf_counter() - start)
    real, unknown = (statistics.median(times[k]) for k in ("cw", "nobody"))
    # Before, an unknown account answered ~400 times faster; now both cost one verification.
    assert unknown > real * 0.3, (real, unknown)


def test_guesses_spread_over_many_accounts_are_throttled(sqlite_db: Database) -> None:
    keys = [f"cw{i:02d}" for i in range(20)]
    _accounts(sqlite_db, keys)
    for _round in range(4):  # 80 guesses, never five at one account
        for key in keys:
            _refusal(sqlite_db, key, "guess-password")
    with sqlite_db.reader() as s:
        locked = s.scalars(select(Staff.key).where(Staff.locked_until.is_not(None))).all()
    assert len(locked) >= 15
    # The right password of a locked account is refused too, with the same words.
    assert _refusal(sqlite_db, locked[0], f"{locked[0]}-password") == str(accounts.REFUSED)


@pytest.mark.postgres
def test_parallel_sign_ins_to_one_account_all_succeed(postgres_db: Database) -> None:
    _accounts(postgres_db, ["cw"])

    def one(_i: int) -> str:
        return accounts.sign_in(postgres_db, "cw", "cw-password").key

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(one, range(48))) == ["cw"] * 48
