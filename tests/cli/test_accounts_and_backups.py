"""`init`, `users` and `backup`/`restore` as an administrator uses them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import Run


def test_init_refuses_to_overwrite(initialised: Path, run: Run) -> None:
    again = run("init", "--db", initialised, "--admin", "x", password="admin-password")
    assert again.code == 2
    assert "already exists" in again.err


def test_other_commands_refuse_a_missing_database(tmp_path: Path, run: Run) -> None:
    r = run("users", "list", "--db", tmp_path / "typo.db", user="admin", password="x")
    assert r.code == 2
    assert not (tmp_path / "typo.db").exists()


def test_admin_adds_and_lists_users(initialised: Path, run: Run) -> None:
    added = run(
        "users",
        "add",
        "mmp",
        "--name",
        "Mette Mondrup Pedersen",
        "--role",
        "coordinator",
        "--db",
        initialised,
        user="admin",
        password="admin-password",
        CASEAPP_NEW_PASSWORD="mette-password",
    )
    assert added.code == 0, added.err
    listing = run("users", "list", "--db", initialised, user="admin", password="admin-password")
    assert listing.code == 0
    assert "mmp" in listing.out and "coordinator" in listing.out
    assert "mette-password" not in listing.out + listing.err


def test_wrong_password_and_missing_role_exit_3(initialised: Path, run: Run) -> None:
    wrong = run("users", "list", "--db", initialised, user="admin", password="nope")
    assert wrong.code == 3
    run(
        "users",
        "add",
        "cw",
        "--name",
        "Case Worker",
        "--role",
        "caseworker",
        "--db",
        initialised,
        user="admin",
        password="admin-password",
        CASEAPP_NEW_PASSWORD="worker-pw1",
    )
    denied = run("users", "list", "--db", initialised, user="cw", password="worker-pw1")
    assert denied.code == 3
    assert "may not" in denied.err


def test_disabled_account_cannot_act(initialised: Path, run: Run) -> None:
    run(
        "users",
        "add",
        "cw",
        "--name",
        "Case Worker",
        "--role",
        "caseworker",
        "--db",
        initialised,
        user="admin",
        password="admin-password",
        CASEAPP_NEW_PASSWORD="worker-pw1",
    )
    assert (
        run(
            "users", "disable", "cw", "--db", initialised, user="admin", password="admin-password"
        ).code
        == 0
    )
    r = run(
        "users",
        "passwd",
        "cw",
        "--db",
        initialised,
        user="cw",
        password="worker-pw1",
        CASEAPP_NEW_PASSWORD="another-pw",
    )
    assert r.code == 3 and "disabled or locked" in r.err


def test_backup_and_restore_round_trip(initialised: Path, tmp_path: Path, run: Run) -> None:
    backup = tmp_path / "copy.caseapp-backup"
    made = run(
        "backup", "--db", initialised, "--out", backup, user="admin", password="admin-password"
    )
    assert made.code == 0, made.err
    run(
        "users",
        "add",
        "late",
        "--name",
        "After Backup",
        "--role",
        "caseworker",
        "--db",
        initialised,
        user="admin",
        password="admin-password",
        CASEAPP_NEW_PASSWORD="later-pw1",
    )

    restored = run("restore", backup, "--db", initialised, user="admin", password="admin-password")
    assert restored.code == 0, restored.err
    keys = [k for (k,) in sqlite3.connect(initialised).execute("SELECT key FROM staff")]
    assert keys == ["admin"]
    # The backup file itself was not changed by the restore.
    assert (
        run(
            "restore", backup, "--db", tmp_path / "new.db", user="admin", password="admin-password"
        ).code
        == 0
    )


def test_a_damaged_backup_is_refused_and_the_target_kept(
    initialised: Path, tmp_path: Path, run: Run
) -> None:
    bad = tmp_path / "bad.caseapp-backup"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = initialised.read_bytes()
    r = run("restore", bad, "--db", initialised, user="admin", password="admin-password")
    assert r.code == 4
    assert initialised.read_bytes() == before


def test_first_admin_after_import_create(tmp_path: Path, run: Run) -> None:
    """A database made by `import --create` has staff but no passwords: the first admin is set
    up without signing in, and only an admin."""
    path = tmp_path / "imported.db"
    fixture = Path(__file__).parents[1] / "fixtures" / "sample-dataset.json"
    assert run("import", fixture, "--db", path, "--create").code == 0
    refused = run("users", "passwd", "mmp", "--db", path, CASEAPP_NEW_PASSWORD="mette-pw-1")
    assert refused.code == 3
    made = run(
        "users",
        "add",
        "boss",
        "--name",
        "Boss",
        "--role",
        "admin",
        "--db",
        path,
        CASEAPP_NEW_PASSWORD="boss-password",
    )
    assert made.code == 0, made.err
    # From now on everyone signs in.
    again = run(
        "users",
        "add",
        "x",
        "--name",
        "X",
        "--role",
        "admin",
        "--db",
        path,
        user="nobody",
        password="wrong",
        CASEAPP_NEW_PASSWORD="x-password",
    )
    assert again.code == 3
    listing = run("users", "list", "--db", path, user="boss", password="boss-password")
    assert listing.code == 0 and "mmp" in listing.out


def test_a_sealed_backup_needs_its_passphrase(initialised: Path, tmp_path: Path, run: Run) -> None:
    sealed = tmp_path / "sealed.caseapp-backup"
    made = run(
        "backup",
        "--db",
        initialised,
        "--out",
        sealed,
        "--seal",
        user="admin",
        password="admin-password",
        CASEAPP_SEAL_PASSPHRASE="a long seal phrase",
    )
    assert made.code == 0, made.err
    assert b"SQLite format 3" not in sealed.read_bytes()[:100]
    wrong = run(
        "restore",
        sealed,
        "--db",
        tmp_path / "a.db",
        user="admin",
        password="admin-password",
        CASEAPP_SEAL_PASSPHRASE="not the phrase",
    )
    assert wrong.code == 2 and not (tmp_path / "a.db").exists()
    right = run(
        "restore",
        sealed,
        "--db",
        tmp_path / "b.db",
        user="admin",
        password="admin-password",
        CASEAPP_SEAL_PASSPHRASE="a long seal phrase",
    )
    assert right.code == 0, right.err
    keys = [k for (k,) in sqlite3.connect(tmp_path / "b.db").execute("SELECT key FROM staff")]
    assert keys == ["admin"]


def test_backup_of_an_encrypted_database_stays_encrypted(tmp_path: Path, run: Run) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "secret.db"
    env = {"CASEAPP_DB_PASSPHRASE": "correct horse battery staple"}
    assert (
        run(
            "init",
            "--db",
            path,
            "--admin",
            "admin",
            "--encrypted",
            password="admin-password",
            **env,
        ).code
        == 0
    )
    copy = tmp_path / "secret.caseapp-backup"
    made = run(
        "backup", "--db", path, "--out", copy, user="admin", password="admin-password", **env
    )
    assert made.code == 0, made.err
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT * FROM staff").fetchall()
    restored = run(
        "restore",
        copy,
        "--db",
        tmp_path / "back.db",
        user="admin",
        password="admin-password",
        **env,
    )
    assert restored.code == 0, restored.err
    listing = run(
        "users",
        "list",
        "--db",
        tmp_path / "back.db",
        user="admin",
        password="admin-password",
        **env,
    )
    assert listing.code == 0 and "admin" in listing.out
