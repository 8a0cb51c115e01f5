"""Encrypted databases: unreadable without the passphrase, usable with it, key never shown."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from caseapp.domain.errors import DatabaseUnusable, ValidationFailed
from caseapp.services import accounts
from caseapp.storage import encryption
from caseapp.storage.database import copy_sqlite, open_database
from caseapp.storage.models import Staff

pytest.importorskip("sqlcipher3", reason="this installation has no SQLCipher driver")

PASSPHRASE = "korrekt hest batteri hæfteklamme"
SECRET = "Hemmeligholdt Hansen"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "locked.db"
    db = open_database(path, create=True, passphrase=PASSPHRASE)
    with db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", SECRET, "admin-password")
    db.dispose()
    return path


def test_the_file_is_unreadable_without_the_passphrase(encrypted: Path) -> None:
    raw = encrypted.read_bytes()
    assert SECRET.encode() not in raw and not raw.startswith(encryption.SQLITE_HEADER)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(encrypted).execute("SELECT * FROM staff").fetchall()


def test_it_opens_with_the_passphrase(encrypted: Path) -> None:
    db = open_database(encrypted, passphrase=PASSPHRASE)
    try:
        with db.reader() as s:
            assert s.scalar(select(Staff.name)) == SECRET
        assert PASSPHRASE not in db.display and PASSPHRASE not in repr(db)
    finally:
        db.dispose()


def test_wrong_or_missing_passphrase_is_a_clear_refusal(
    encrypted: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(DatabaseUnusable, match="passphrase is wrong"):
        open_database(encrypted, passphrase="not the one")
    with pytest.raises(DatabaseUnusable, match="encrypted"):
        open_database(encrypted)
    # SQLCipher's own chatter about the failed key check stays off the terminal.
    assert capfd.readouterr().err == ""


def test_a_copy_stays_encrypted(encrypted: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy_sqlite(encrypted, copy, PASSPHRASE)
    assert SECRET.encode() not in copy.read_bytes()
    db = open_database(copy, passphrase=PASSPHRASE)
    with db.reader() as s:
        assert s.scalar(select(Staff.name)) == SECRET
    db.dispose()


def test_the_passphrase_is_never_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy").setLevel(logging.INFO)
    try:
        db = open_database(tmp_path / "x.db", create=True, passphrase=PASSPHRASE)
        with db.reader() as s:
            s.scalars(select(Staff)).all()
        db.dispose()
    finally:
        logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    assert caplog.records and PASSPHRASE not in caplog.text


def test_short_new_passphrases_are_refused() -> None:
    with pytest.raises(ValidationFailed, match="passphrase"):
        encryption.check_new_passphrase("short")


def test_a_missing_driver_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    with pytest.raises(DatabaseUnusable, match="install sqlcipher3-binary"):
        encryption.driver()
    assert not encryption.available()
