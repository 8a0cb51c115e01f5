"""Failures 1, 2 and 4: restoring under a running program, sealing without plaintext on disk,
and backups that carry a checksum restore checks."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from caseapp.services import participants
from caseapp.storage.database import open_database
from caseapp.storage.models import Participant
from tests.cli.conftest import Run
from tests.hardening.conftest import LEAD, PW
from tests.services.privacy_sample import CPR

SEAL = "en lang og hemmelig sætning"


def _lead(run: Run, *argv: str | Path, **env: str) -> Any:
    return run(*argv, user="lead", password=PW, CASEAPP_SEAL_PASSPHRASE=SEAL, **env)


def test_a_restore_takes_the_database_from_a_program_that_has_it_open(
    team: Path, tmp_path: Path, run: Run
) -> None:
    backup = tmp_path / "b.bak"
    assert _lead(run, "backup", "--db", team, "--out", backup).code == 0
    open_elsewhere = open_database(team)  # another window, still running
    with open_elsewhere.unit_of_work() as s:
        participants.create(s, LEAD, {"first_name": "before restore"})
    assert _lead(run, "restore", backup, "--db", team).code == 0
    with open_elsewhere.unit_of_work() as s:
        participants.create(s, LEAD, {"first_name": "after restore"})
    open_elsewhere.dispose()
    db = open_database(team)
    with db.reader() as s:
        names = set(s.scalars(select(Participant.first_name)))
    db.dispose()
    assert "after restore" in names and "before restore" not in names


def _plaintext_on_disk(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if (
                    data.startswith(b"SQLite format 3")
                    or CPR.encode() in data
                    or b'"participants"' in data
                ):
                    found.append(path.name)
    return found


@pytest.fixture
def watch_sealing(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[Path]], list[str]]:
    """While the first chunk is being sealed, what plaintext files are on disk."""
    seen: list[str] = []
    real = AESGCM.encrypt

    def watch(folders: list[Path]) -> list[str]:
        def encrypt(self: AESGCM, nonce: bytes, data: bytes, aad: bytes | None) -> bytes:
            seen.extend(_plaintext_on_disk(folders))
            return real(self, nonce, data, aad)

        monkeypatch.setattr(AESGCM, "encrypt", encrypt)
        return seen

    return watch


def test_a_sealed_backup_never_has_a_plaintext_copy_on_disk(
    team: Path, tmp_path: Path, run: Run, watch_sealing: Callable[[list[Path]], list[str]]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    seen = watch_sealing([out_dir])
    assert _lead(run, "backup", "--db", team, "--out", out_dir / "b.bak", "--seal").code == 0
    assert seen == []
    assert [p.name for p in out_dir.iterdir()] == ["b.bak"]


def test_a_sealed_export_never_has_plaintext_on_disk(
    team: Path, tmp_path: Path, run: Run, watch_sealing: Callable[[list[Path]], list[str]]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    seen = watch_sealing([out_dir])
    assert _lead(run, "export", out_dir / "x.json", "--db", team, "--seal").code == 0
    assert seen == []
    assert [p.name for p in out_dir.iterdir()] == ["x.json"]


def test_importing_a_sealed_export_writes_no_plaintext(
    team: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = tmp_path / "x.json"
    assert _lead(run, "export", sealed, "--db", team, "--seal").code == 0
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    seen: list[str] = []
    real = json.loads

    def loads(text: Any, **kw: Any) -> Any:
        seen.extend(_plaintext_on_disk([temp, tmp_path]))
        return real(text, **kw)

    monkeypatch.setattr(json, "loads", loads)
    target = tmp_path / "new.db"
    result = _lead(run, "import", sealed, "--db", target, "--create")
    assert result.code == 0, result.err
    assert [s for s in seen if s != "team.db"] == []


def test_a_backup_edited_with_sqlite3_is_refused(team: Path, tmp_path: Path, run: Run) -> None:
    backup = tmp_path / "b.bak"
    assert _lead(run, "backup", "--db", team, "--out", backup).code == 0
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE participant SET first_name='Someone' WHERE key='P-0001'")
    before = team.read_bytes()
    result = _lead(run, "restore", backup, "--db", team)
    assert result.code == 4 and "checksum" in result.err
    assert team.read_bytes() == before


def test_a_backup_with_a_changed_byte_in_a_value_is_refused(
    team: Path, tmp_path: Path, run: Run
) -> None:
    backup = tmp_path / "b.bak"
    assert _lead(run, "backup", "--db", team, "--out", backup).code == 0
    data = bytearray(backup.read_bytes())
    at = data.index(b"Zacharias")
    data[at] ^= 0x01  # 'Z' -> '[': the page still reads, the name is changed
    backup.write_bytes(bytes(data))
    result = _lead(run, "restore", backup, "--db", tmp_path / "new.db")
    assert result.code == 4, result.err


def test_the_backup_shows_the_audit_head(team: Path, tmp_path: Path, run: Run) -> None:
    made = _lead(run, "backup", "--db", team, "--out", tmp_path / "b.bak")
    assert made.code == 0 and "audit " in made.out


@pytest.mark.postgres
def test_a_server_database_backs_up_and_restores(postgres_db: Any, tmp_path: Path) -> None:
    from caseapp.services import accounts, backups
    from tests.hardening.conftest import ADMIN

    with postgres_db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Admin", PW)
        participants.create(s, LEAD, {"first_name": "kept"})
    out = tmp_path / "server.bak"
    summary = backups.backup(postgres_db, ADMIN, out)
    assert summary.audit_head.startswith("audit ")
    with postgres_db.unit_of_work() as s:
        participants.create(s, LEAD, {"first_name": "after the backup"})
    url = postgres_db.url.render_as_string(hide_password=False)
    backups.restore(out, url, lambda db: accounts.sign_in(db, "admin", PW))
    with postgres_db.reader() as s:
        assert set(s.scalars(select(Participant.first_name))) == {"kept"}
