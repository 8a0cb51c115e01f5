"""Running the command line in-process, as a user would type it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseapp.cli.main import main


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`run("users", "list", "--db", path, user="admin", password="...")`."""

    def call(
        *argv: str | Path, user: str | None = None, password: str | None = None, **env: str
    ) -> Result:
        for name, value in (("CASEAPP_USER", user), ("CASEAPP_PASSWORD", password)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        umask = os.umask(0o022)
        os.umask(umask)
        try:
            code = main([str(a) for a in argv])
        finally:
            os.umask(umask)  # the program sets its own; the test process keeps its usual one
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return call


@pytest.fixture
def initialised(tmp_path: Path, run: Run) -> Path:
    """A fresh database with the admin account 'admin' / 'admin-password'."""
    path = tmp_path / "team.db"
    assert run("init", "--db", path, "--admin", "admin", password="admin-password").code == 0
    return path
