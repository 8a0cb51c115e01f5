"""Failure 10: an administrator's full export (CPR numbers, every note) asks a reason, which is
logged and shown to the team leads."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run
from tests.hardening.conftest import PW


def test_a_full_export_by_an_administrator_needs_a_reason(
    team: Path, tmp_path: Path, run: Run
) -> None:
    out = tmp_path / "all.json"
    refused = run("export", out, "--db", team, user="admin", password=PW)
    assert refused.code == 2 and "--reason" in refused.err
    assert not out.exists()
    made = run(
        "export",
        out,
        "--db",
        team,
        "--reason",
        "moving to the new server",
        user="admin",
        password=PW,
    )
    assert made.code == 0, made.err
    # Administrators read the whole log; a team lead reads what names their projects' people
    # and what their own team's accounts did (the access scope), so not this entry.
    seen = run(
        "audit", "search", "--db", team, "--action", "admin_full_export", user="admin", password=PW
    )
    assert "moving to the new server" in seen.out


def test_team_leads_and_pseudonymised_exports_need_none(
    team: Path, tmp_path: Path, run: Run
) -> None:
    assert run("export", tmp_path / "a.json", "--db", team, user="lead", password=PW).code == 0
    pseudo = run(
        "export", tmp_path / "b.json", "--db", team, "--pseudonymise", user="admin", password=PW
    )
    assert pseudo.code == 0
