"""The worked example in a test database, and the outcome screens in either language."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from caseapp.gui import i18n
from caseapp.storage.database import Database, open_database

from .sample_db import load_json, load_sample


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The worked example written once; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    db = open_database(path, create=True)
    load_sample(db)
    db.dispose()
    return path


@pytest.fixture
def sample_db(sample_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "case.db"
    shutil.copyfile(sample_file, copy)
    db = open_database(copy)
    yield db
    db.dispose()


@pytest.fixture
def expected() -> dict[str, Any]:
    """`caseapp outcomes --json --project DEMO-HF --as-of 2024-06-30` on the worked example."""
    data: dict[str, Any] = load_json("sample-outcomes.json")
    return data


@pytest.fixture
def danish() -> Iterator[None]:
    """The screens in Danish for one test."""
    i18n.install("da")
    yield
    i18n.install("en")
