"""`caseapp import` and `caseapp export` as a team lead and an administrator use them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from caseapp.storage.database import open_database
from caseapp.storage.models import Participant
from tests.cli.conftest import Run
from tests.dataset.documents import (
    SAMPLE,
    normalise,
    personal_values,
    rich_sample,
    row_counts,
    sample,
)

ADMIN = {"user": "admin", "password": "admin-password"}


def _data_rows(path: Path) -> dict[str, object]:
    """Rows of every table but the audit log (signing in is logged even when nothing else is)."""
    db = open_database(path)
    try:
        counts = row_counts(db)
    finally:
        db.dispose()
    return {
        k: v for k, v in counts.items() if k not in ("audit_entry", "last audit hash", "setting")
    }


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_create_makes_a_database_and_says_how_to_get_in(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "new.db"
    r = run("import", SAMPLE, "--db", db, "--create")
    assert r.code == 0, r.err
    assert r.out.startswith("imported 9 participants, 3 staff, 1 project, 9 enrolments")
    assert r.out.count("\n") == 1
    assert f"{SAMPLE}: warning: participants[0].cpr: fails the modulus-11 check" in r.err
    assert "No account can sign in" in r.err and "--role admin" in r.err
    assert "010203-4321" not in r.out + r.err
    assert db.exists()


def test_a_bad_file_lists_every_problem_and_creates_nothing(tmp_path: Path, run: Run) -> None:
    doc = sample()
    doc["participants"][3]["activities"][0]["end"] = "2020-01-01"
    doc["participants"][1]["housing"][0]["start"] = "2023-02-30"
    doc["participants"][0]["contacts"][0]["staff"] = "nobody"
    bad = _write(tmp_path / "bad.json", doc)
    db = tmp_path / "new.db"
    r = run("import", bad, "--db", db, "--create")
    assert r.code == 2
    lines = [line for line in r.err.splitlines() if ": warning: " not in line]
    assert lines == [
        f"{bad}: participants[0].contacts[0].staff: no member of staff has the key 'nobody'",
        f"{bad}: participants[1].housing[0].start: '2023-02-30' is not a real date",
        f"{bad}: participants[3].activities[0].end: is before the start",
    ]
    assert r.out == ""
    assert not db.exists()


def test_a_file_that_is_not_json_is_named_with_its_line(tmp_path: Path, run: Run) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "caseapp-dataset",\n  "version": 1\n  "staff": []}', encoding="utf-8"
    )
    r = run("import", bad, "--db", tmp_path / "new.db", "--create")
    assert r.code == 2
    assert r.err.startswith(f"{bad}: is not valid JSON: Expecting ',' delimiter (line 3, column 3)")
    assert not (tmp_path / "new.db").exists()


def test_import_without_create_refuses_a_missing_database(tmp_path: Path, run: Run) -> None:
    r = run("import", SAMPLE, "--db", tmp_path / "typo.db", **ADMIN)
    assert r.code == 2
    assert not (tmp_path / "typo.db").exists()


def test_existing_keys_are_refused_unless_merged(initialised: Path, run: Run) -> None:
    assert run("import", SAMPLE, "--db", initialised, **ADMIN).code == 0
    before = _data_rows(initialised)
    again = run("import", SAMPLE, "--db", initialised, **ADMIN)
    assert again.code == 2
    assert f"{SAMPLE}: participants[0].key: 'P-01' is already in the database" in again.err
    assert "--merge" in again.err
    assert _data_rows(initialised) == before
    merged = run("import", SAMPLE, "--db", initialised, "--merge", **ADMIN)
    assert merged.code == 0, merged.err
    assert "9 participants replaced" in merged.out


def test_who_may_import(initialised: Path, run: Run) -> None:
    assert run("import", SAMPLE, "--db", initialised, user="admin", password="wrong").code == 3
    added = run(
        "users",
        "add",
        "cw",
        "--name",
        "Case Worker",
        "--role",
        "coordinator",
        "--db",
        initialised,
        CASEAPP_NEW_PASSWORD="worker-pw1",
        **ADMIN,
    )
    assert added.code == 0, added.err
    refused = run("import", SAMPLE, "--db", initialised, user="cw", password="worker-pw1")
    assert refused.code == 3
    assert "may not import" in refused.err
    # --create into a database that has accounts still asks who is importing.
    assert run("import", SAMPLE, "--db", initialised, "--create").code == 3


@pytest.fixture
def loaded(initialised: Path, run: Run, tmp_path: Path) -> Path:
    source = _write(tmp_path / "rich.json", rich_sample())
    assert run("import", source, "--db", initialised, **ADMIN).code == 0
    return initialised


def test_export_writes_back_what_was_imported(loaded: Path, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    r = run("export", out, "--db", loaded, "--reason", "a test", **ADMIN)
    assert r.code == 0, r.err
    assert r.out == f"exported 9 participants, 4 staff, 1 project to {out} (dataset v1)\n"
    doc = json.loads(out.read_text(encoding="utf-8"))
    expected = rich_sample()
    expected["staff"].append({"key": "admin", "name": "admin", "role": "admin"})
    assert normalise(doc) == normalise(expected)

    copy = tmp_path / "copy.db"
    assert run("import", out, "--db", copy, "--create").code == 0


def test_pseudonymised_export_for_the_evaluator(loaded: Path, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "evaluator.json"
    r = run("export", out, "--db", loaded, "--pseudonymise", **ADMIN)
    assert r.code == 0, r.err
    assert "(pseudonymised dataset v1)" in r.out
    text = out.read_text(encoding="utf-8")
    assert [v for v in personal_values(rich_sample()) if v in text] == []
    assert json.loads(text)["pseudonymised"] is True


def test_export_of_one_project_and_bad_arguments(loaded: Path, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "project.json"
    r = run("export", out, "--db", loaded, "--project", "DEMO-HF", "--reason", "a test", **ADMIN)
    assert r.code == 0, r.err
    assert [p["key"] for p in json.loads(out.read_text(encoding="utf-8"))["projects"]] == [
        "DEMO-HF"
    ]
    unknown = run(
        "export",
        tmp_path / "x.json",
        "--db",
        loaded,
        "--project",
        "NOPE",
        "--reason",
        "a test",
        **ADMIN,
    )
    assert unknown.code == 2 and "NOPE" in unknown.err
    assert not (tmp_path / "x.json").exists()
    nowhere = run("export", tmp_path / "no" / "such" / "x.json", "--db", loaded, **ADMIN)
    assert nowhere.code == 2 and "no such folder" in nowhere.err


def test_help_documents_both_commands(run: Run) -> None:
    with pytest.raises(SystemExit):
        run("--help")
    with pytest.raises(SystemExit):
        run("import", "--help")


def test_a_sealed_export_imports_with_its_passphrase(tmp_path: Path, run: Run) -> None:
    source = tmp_path / "source.db"
    fixture = Path(__file__).parents[1] / "fixtures" / "sample-dataset.json"
    assert run("import", fixture, "--db", source, "--create").code == 0
    assert (
        run(
            "users",
            "add",
            "boss",
            "--name",
            "Boss",
            "--role",
            "admin",
            "--db",
            source,
            CASEAPP_NEW_PASSWORD="boss-password",
        ).code
        == 0
    )
    sealed = tmp_path / "export.sealed"
    env = {"CASEAPP_SEAL_PASSPHRASE": "seal phrase for the evaluator"}
    made = run(
        "export",
        sealed,
        "--db",
        source,
        "--pseudonymise",
        "--seal",
        user="boss",
        password="boss-password",
        **env,
    )
    assert made.code == 0, made.err
    assert b"caseapp-dataset" not in sealed.read_bytes()
    wrong = run(
        "import", sealed, "--db", tmp_path / "x.db", "--create", CASEAPP_SEAL_PASSPHRASE="wrong"
    )
    assert wrong.code == 2 and not (tmp_path / "x.db").exists()
    right = run("import", sealed, "--db", tmp_path / "y.db", "--create", **env)
    assert right.code == 0, right.err


def test_a_full_export_takes_the_documents_along_beside_it(
    loaded: Path, run: Run, tmp_path: Path
) -> None:
    from caseapp.storage.models import Document

    db = open_database(loaded)
    with db.unit_of_work() as s:  # as attached in the program (documents.attach)
        person = s.scalars(select(Participant).order_by(Participant.key)).first()
        assert person is not None
        key = person.key
        s.add(
            Document(
                participant_id=person.id, what="lease", filename="lease.pdf",
                media_type="application/pdf", size=8, sha256="-", content=b"%PDF-1 x",
            )
        )  # fmt: skip
    db.dispose()
    out = tmp_path / "export.json"
    r = run("export", out, "--db", loaded, "--documents", "--reason", "Flytning", **ADMIN)
    assert r.code == 0, r.err
    assert r.out.endswith(f"wrote 1 document to {out}.documents\n")
    manifest = json.loads((tmp_path / "export.json.documents" / "manifest.json").read_text())
    [entry] = manifest["documents"]
    assert entry["participant"] == key and entry["what"] == "lease"
    assert (tmp_path / "export.json.documents" / entry["file"]).read_bytes() == b"%PDF-1 x"
    refused = run(
        "export", tmp_path / "p.json", "--db", loaded, "--documents", "--pseudonymise", **ADMIN
    )
    assert (
        refused.code == 2 and "--documents: cannot go with --pseudonymise or --seal" in refused.err
    )
