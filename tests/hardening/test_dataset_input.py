"""Failure 5: every input that crashed, poisoned or was quietly changed by the import is refused
with a clear problem (exit 2, nothing written), or loaded as it is; and a short fuzzing run
(`make soak` runs 2,000 and more)."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Run
from tests.hardening import fuzzing
from tests.hardening.conftest import PW
from tests.hardening.databases import make_team

Change = Callable[[dict[str, Any]], None]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    make_team(str(path))
    return path


def _write(tmp_path: Path, doc: dict[str, Any] | str) -> Path:
    path = tmp_path / "in.json"
    text = doc if isinstance(doc, str) else json.dumps(doc)  # "\ud800" as JSON writes it
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def _people(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])


def _twin(suffix: str) -> Change:
    def change(doc: dict[str, Any]) -> None:
        twin = json.loads(json.dumps(doc["participants"][0]))
        twin["key"] += suffix
        doc["participants"].append(twin)

    return change


def _set(path: str, value: Any) -> Change:
    def change(doc: dict[str, Any]) -> None:
        node: Any = doc
        steps = [int(s) if s.isdigit() else s for s in path.split(".")]
        for step in steps[:-1]:
            node = node[step]
        node[steps[-1]] = value

    return change


REFUSED: dict[str, tuple[Change, str]] = {
    "a key padded with a space": (_twin(" "), "must not start or end"),
    "a key padded with a tab": (_twin("\t"), "must not start or end"),
    "a key padded with a no-break space": (_twin("\u00a0"), "must not start or end"),
    "a lone surrogate": (_set("participants.0.first_name", "\ud800"), "lone surrogate"),
    "a NUL byte": (_set("participants.0.contacts.0.note", "a\x00b"), "NUL"),
    "an end in 9999": (_set("participants.0.housing.0.end", "9999-12-31"), "1900 and 2100"),
    "a tariff of 1e308": (
        _set("projects.0.contract.metrics.0.tariffs.ordinary_job", 1e308),
        "at most",
    ),
    "an investment below one øre (found by the fuzzer)": (
        _set("projects.0.contract.investment", 5e-324),
        "0.01 to 1,000,000,000",
    ),
    "a date with a trailing newline": (
        _set("participants.0.housing.0.start", "2023-01-02\n"),
        "not a date",
    ),
    "a CPR number with a trailing newline": (
        _set("participants.0.cpr", "150590-1234\n"),
        "DDMMYY-SSSS",
    ),
    "a CPR number in full-width digits": (
        _set("participants.0.cpr", "１５０５９０-１２３４"),
        "DDMMYY-SSSS",
    ),
    "a reference with a trailing space": (
        _set("participants.0.enrolments.0.project", "DEMO-HF "),
        "must not start or end",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_with_the_problem_named(case: str, tmp_path: Path, target: Path, run: Run) -> None:
    change, words = REFUSED[case]
    doc = fuzzing.base()
    change(doc)
    result = run("import", _write(tmp_path, doc), "--db", target, user="lead", password=PW)
    assert result.code == 2, result.err
    assert words in result.err
    assert _people(target) == 0


def test_a_key_given_twice_in_one_object_is_refused(tmp_path: Path, target: Path, run: Run) -> None:
    text = json.dumps(fuzzing.base(), indent=1)
    text = text.replace('"referred_on": ', '"referred_on": "1800-01-01", "referred_on": ', 1)
    result = run("import", _write(tmp_path, text), "--db", target, user="lead", password=PW)
    assert result.code == 2 and "given more than once" in result.err


def test_deep_nesting_is_refused(tmp_path: Path, target: Path, run: Run) -> None:
    for depth in (40, 990, 100_000):
        text = '{"format": "caseapp-dataset", "version": 1, "x": ' + "[" * depth + "]" * depth + "}"
        result = run("import", _write(tmp_path, text), "--db", target, user="lead", password=PW)
        assert result.code == 2 and "nests deeper" in result.err, depth


def test_a_fifo_is_refused_without_waiting(tmp_path: Path, target: Path, run: Run) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome: list[Any] = []
    worker = threading.Thread(
        target=lambda: outcome.append(run("import", fifo, "--db", target, user="lead", password=PW))
    )
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # let the test end: open the other side
        with open(fifo, "w"):
            pass
        worker.join()
        pytest.fail("the import waited for a writer on the FIFO")
    assert outcome[0].code == 2 and "not a regular file" in outcome[0].err


def test_45_point_0_minutes_is_a_whole_number(tmp_path: Path, target: Path, run: Run) -> None:
    doc = fuzzing.base()
    doc["participants"][0]["contacts"][0]["duration_min"] = 45.0
    result = run("import", _write(tmp_path, doc), "--db", target, user="lead", password=PW)
    assert result.code == 0, result.err
    with sqlite3.connect(target) as conn:
        assert (45,) in conn.execute("SELECT duration_min FROM contact").fetchall()


def test_fuzzed_datasets_load_or_are_refused(tmp_path: Path, target: Path) -> None:
    counts = fuzzing.run(int(os.environ.get("CASEAPP_FUZZ_EXAMPLES", "25")), tmp_path, target)
    assert counts.failed == 0, counts.failures[:5]


@pytest.mark.parametrize(
    "contract",
    [
        {"investment": 1e-300},  # a repayment ratio of 10^300 and more
        {"investment": 1e9, "payment_end": "2100-12-31"},  # break-even beyond any date
        {"avoided_cost_per_week": 1e9, "baseline_rate": 1e-300},
    ],
)
def test_extreme_but_allowed_contract_figures_still_give_a_council_report(
    contract: dict[str, Any], tmp_path: Path, target: Path
) -> None:
    doc = fuzzing.base()
    doc["projects"][0]["contract"].update(contract)
    os.environ.update(CASEAPP_USER="lead", CASEAPP_PASSWORD=PW)
    problem = fuzzing.try_dataset(json.dumps(doc), tmp_path, target)
    assert problem is None, problem
