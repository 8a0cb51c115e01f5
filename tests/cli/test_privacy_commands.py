"""`audit`, `insight`, `erase`, `retention` as a team lead uses them; sign-in lockout; and the
promise that no CPR number or note text reaches the terminal or a log."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from caseapp.services import accounts, settings
from caseapp.services.actor import Actor
from caseapp.storage.database import open_database
from caseapp.storage.models import Participant
from tests.cli.conftest import Result, Run
from tests.services import privacy_sample
from tests.services.privacy_sample import CPR, NAME, NOTE, OTHER_CPR, OTHER_NOTE

PW = "secret-pw"


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """A database with an admin, a coordinator (mmp), a team lead (lead) and two people."""
    path = tmp_path / "team.db"
    db = open_database(path, create=True)
    admin = Actor("admin", "Admin", "admin")
    with db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Admin", PW)
        accounts.add_user(s, admin, "mmp", "Mette", "coordinator", PW)
        accounts.add_user(s, admin, "lead", "Erik", "team_lead", PW)
    privacy_sample.build(
        db, Actor("mmp", "Mette", "coordinator"), Actor("lead", "Erik", "team_lead")
    )
    db.dispose()
    return path


def _as(run: Run, who: str, *argv: str | Path) -> Result:
    return run(*argv, user=who, password=PW)


def test_audit_search_shows_one_persons_accesses_to_those_allowed(team: Path, run: Run) -> None:
    found = _as(run, "lead", "audit", "search", "--db", team, "--participant", "P-0001")
    assert found.code == 0, found.err
    lines = found.out.splitlines()
    assert lines and all("P-0001" in line for line in lines)
    assert any("added_contact" in line and "mmp" in line for line in lines)
    as_json = _as(
        run, "lead", "audit", "search", "--db", team, "--action", "audit_searched", "--json"
    )
    assert [json.loads(line)["participant"] for line in as_json.out.splitlines()] == ["P-0001"]
    refused = _as(run, "mmp", "audit", "search", "--db", team)
    assert refused.code == 3 and "read audit" in refused.err
    bad = _as(run, "lead", "audit", "search", "--db", team, "--since", "2024-13-01")
    assert bad.code == 2 and "--since" in bad.err


def test_audit_export_writes_csv_and_json(team: Path, run: Run, tmp_path: Path) -> None:
    for name in ("log.csv", "log.json"):
        out = tmp_path / name
        r = _as(
            run, "admin", "audit", "export", "--db", team, "--participant", "P-0002", "--out", out
        )
        assert r.code == 0, r.err
    rows = json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))
    assert rows and {row["participant"] for row in rows} == {"P-0002"}
    assert (
        (tmp_path / "log.csv")
        .read_text(encoding="utf-8")
        .startswith("id,at,account,action,participant,detail")
    )
    bad = _as(run, "admin", "audit", "export", "--db", team, "--out", tmp_path / "log.txt")
    assert bad.code == 2


def test_audit_verify_exits_4_when_an_entry_was_changed(team: Path, run: Run) -> None:
    ok = _as(run, "admin", "audit", "verify", "--db", team)
    assert ok.code == 0 and "intact" in ok.out
    with sqlite3.connect(team) as conn:
        conn.execute("UPDATE audit_entry SET action = 'nothing' WHERE id = 7")
    broken = _as(run, "admin", "audit", "verify", "--db", team)
    assert broken.code == 4
    assert "audit entry 7: was changed after it was written" in broken.err


def test_insight_writes_pdf_and_json(team: Path, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "indsigt.pdf"
    r = _as(
        run,
        "lead",
        "insight",
        "--db",
        team,
        "--participant",
        "P-0001",
        "--out",
        out,
        "--lang",
        "en",
    )
    assert r.code == 0, r.err
    assert out.read_bytes().startswith(b"%PDF")
    doc = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert doc["participant"]["cpr"] == CPR
    assert OTHER_NOTE not in json.dumps(doc, ensure_ascii=False)
    refused = _as(run, "mmp", "insight", "--db", team, "--participant", "P-0001", "--out", out)
    assert refused.code == 3


def test_erase_and_retention(team: Path, run: Run) -> None:
    r = _as(run, "lead", "erase", "--db", team, "--participant", "P-0001")
    assert r.code == 0, r.err
    again = _as(run, "lead", "erase", "--db", team, "--participant", "P-0001")
    assert again.code == 2 and "already erased" in again.err
    assert _as(run, "mmp", "erase", "--db", team, "--participant", "P-0002").code == 3
    listing = _as(run, "lead", "retention", "--db", team)
    assert listing.code == 0 and "nothing to erase" in listing.out
    db = open_database(team)
    with db.unit_of_work() as s:
        settings.set_value(s, Actor("admin", "Admin", "admin"), settings.RETENTION_YEARS, 1)
    db.dispose()
    listing = _as(run, "lead", "retention", "--db", team)
    assert "P-0002" in listing.out and "2024-06-30" in listing.out and "--apply" in listing.out
    applied = _as(run, "lead", "retention", "--db", team, "--apply")
    assert applied.code == 0, applied.err
    db = open_database(team)
    with db.reader() as s:
        people = s.scalars(select(Participant).order_by(Participant.key)).all()
        assert [(p.key, p.first_name, p.erased_at is not None) for p in people] == [
            ("P-0001", None, True),
            ("P-0002", None, True),
        ]
    db.dispose()
    raw = team.read_bytes()
    assert CPR.encode() not in raw and OTHER_CPR.encode() not in raw


def test_repeated_wrong_passwords_lock_the_account(team: Path, run: Run) -> None:
    for _ in range(accounts.MAX_FAILED_LOGINS):
        wrong = run("audit", "verify", "--db", team, user="lead", password="guess")
        assert wrong.code == 3 and "wrong password" in wrong.err
    locked = _as(run, "lead", "audit", "verify", "--db", team)
    assert locked.code == 3 and "disabled or locked" in locked.err
    found = _as(
        run,
        "admin",
        "audit",
        "search",
        "--db",
        team,
        "--account",
        "lead",
        "--action",
        "account_locked",
    )
    assert found.code == 0 and "account_locked" in found.out


def test_no_cpr_or_note_reaches_the_terminal_or_the_log(
    team: Path, run: Run, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # Even with SQL statement logging on, values stay hidden.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    try:
        results = [
            _as(run, "admin", "users", "list", "--db", team),
            _as(run, "lead", "audit", "search", "--db", team),
            _as(run, "lead", "audit", "search", "--db", team, "--json"),
            _as(run, "lead", "audit", "export", "--db", team, "--out", tmp_path / "a.json"),
            _as(run, "lead", "audit", "verify", "--db", team),
            _as(run, "lead", "retention", "--db", team),
            _as(
                run,
                "lead",
                "insight",
                "--db",
                team,
                "--participant",
                "P-0001",
                "--out",
                tmp_path / "i.pdf",
            ),
            _as(
                run,
                "lead",
                "insight",
                "--db",
                team,
                "--participant",
                "P-9999",
                "--out",
                tmp_path / "j.pdf",
            ),
            _as(run, "lead", "outcomes", "--db", team, "--project", "HF", "--as-of", "2024-01-01"),
            run("audit", "search", "--db", team, user="lead", password="wrong"),
            _as(run, "lead", "erase", "--db", team, "--participant", "P-0001"),
        ]
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    assert [r.code for r in results] == [0, 0, 0, 0, 0, 0, 0, 2, 0, 3, 0]
    assert caplog.records, "the SQL log was on, so something was logged"
    seen = "\n".join([r.out + r.err for r in results] + [caplog.text])
    seen += (tmp_path / "a.json").read_text(encoding="utf-8")
    for secret in (CPR, OTHER_CPR, CPR.replace("-", ""), NAME, NOTE, OTHER_NOTE):
        assert secret not in seen, secret


def test_an_encrypted_database_needs_its_passphrase(run: Run, tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3", reason="this installation has no SQLCipher driver")
    path = tmp_path / "locked.db"
    phrase = {"CASEAPP_DB_PASSPHRASE": "a long passphrase"}
    made = run("init", "--db", path, "--admin", "admin", "--encrypted", password=PW, **phrase)
    assert made.code == 0, made.err
    assert "a long passphrase" not in made.out + made.err
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM staff").fetchall()
    listed = run("users", "list", "--db", path, user="admin", password=PW, **phrase)
    assert listed.code == 0 and "admin" in listed.out
    wrong = run(
        "users", "list", "--db", path, user="admin", password=PW, CASEAPP_DB_PASSPHRASE="not it"
    )
    assert wrong.code == 4 and "passphrase is wrong" in wrong.err


def test_an_administrator_sets_the_controller_contact_for_insight(
    initialised: Path, run: Run
) -> None:
    contact = "Aarhus Kommune, dpo@aarhus.dk"
    r = run(
        "settings", "--db", initialised, "--set", f"controller_contact={contact}",
        user="admin", password="admin-password",
    )  # fmt: skip
    assert r.code == 0, r.err
    assert f"controller_contact: {contact}" in r.out and "retention_years: 5" in r.out
    bad = run(
        "settings", "--db", initialised, "--set", "retention_years=0",
        user="admin", password="admin-password",
    )  # fmt: skip
    assert bad.code == 2 and "retention_years" in bad.err
