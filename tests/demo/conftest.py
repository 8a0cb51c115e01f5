"""One default-size demo, made once for all the tests that only read it (it takes seconds)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from caseapp.demo import DemoSummary, create_demo
from caseapp.storage.database import Database, open_database

# A fixed day keeps the demo the same from run to run; the demo is relative to it.
TODAY = date(2026, 3, 18)


@dataclass(frozen=True)
class Demo:
    path: Path
    summary: DemoSummary
    db: Database
    today: date


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = create_demo(path, today=TODAY)
    db = open_database(path)
    yield Demo(path, summary, db, TODAY)
    db.dispose()
