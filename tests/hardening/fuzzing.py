"""Failure 5: datasets as a careless user or an attacker writes them. Each is imported with the
real command; it must load (exit 0) or be refused with the problems listed (exit 2), never crash
(exit 1) or hang, and what it loaded must not break `check`, `outcomes` or the council report.

The datasets are the worked example with mutations drawn by hypothesis: a value anywhere in it
replaced by one from a list of known troublemakers or by arbitrary JSON, keys duplicated, the
text of the file changed (a key given twice, deep nesting).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from caseapp.cli.main import main
from tests.hardening.conftest import PW
from tests.hardening.counts import Counts

SAMPLE = Path(__file__).parent.parent / "fixtures" / "sample-dataset.json"
PROJECT = "DEMO-HF"

# Values that broke or were quietly changed by the import before (issue 13, failure 5).
TROUBLE: list[Any] = [
    "9999-12-31",
    "0001-01-01",
    "2024-01-01\n",
    "2024-01-01 ",
    "２０２４-01-01",
    "150590-1234\n",
    "１５０５９０-１２３４",
    "\ud800",
    "a\x00b",
    " P-0001",
    "P-0001 ",
    "P-0001\t",
    "P-0001\u00a0",
    "DEMO-HF ",
    1e308,
    -1e308,
    1e300,
    45.0,
    10**30,
    -1,
    0,
    "",
    None,
    True,
    [],
    {},
    "x" * 5000,
]

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
values = st.sampled_from(TROUBLE) | _json


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Values a dataset may well hold, at the edges of what is allowed: what loads must then work.
_dates = st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(date.isoformat)
_numbers = st.sampled_from([0, 0.5, 1, 168, 1440, 99_999, 1_000_000_000]) | st.floats(0, 1e9)


def _nudged(value: Any, draw: st.DrawFn) -> Any:
    """A value of the same kind as `value`, at the edge of what the format allows."""
    if isinstance(value, str) and _DATE.match(value):
        return draw(_dates)
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return draw(_numbers)
    if isinstance(value, str):
        return draw(st.text(min_size=1, max_size=40).map(str.strip).filter(bool))
    return value


def base() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["participants"] = doc["participants"][:4]
    # The databases of these runs have their own team lead 'lead' (`databases.make_team`).
    doc["staff"] = [s for s in doc["staff"] if s["key"] != "lead"]
    return doc


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


@st.composite
def datasets(draw: st.DrawFn) -> str:
    """The text of a dataset file."""
    doc = base()
    for _ in range(draw(st.integers(1, 2))):
        paths = [p for p in _paths(doc) if p]
        how = draw(st.sampled_from(["nudge", "nudge", "nudge", "replace", "twin", "drop"]))
        if how == "nudge":
            leaves = [p for p in paths if not isinstance(_get(doc, p), dict | list)]
            if leaves:
                path = draw(st.sampled_from(leaves))
                _set(doc, path, _nudged(_get(doc, path), draw))
        elif how == "replace":
            _set(doc, draw(st.sampled_from(paths)), draw(values))
        elif how == "twin":  # a second person whose key differs only by white space
            space = draw(st.sampled_from([" ", "\t", "\u00a0", "\n"]))
            try:
                twin = copy.deepcopy(doc["participants"][0])
                twin["key"] = str(twin["key"]) + space
                doc["participants"].append(twin)
            except (KeyError, IndexError, TypeError, AttributeError):
                pass  # an earlier change took the list or its first person apart
        else:
            path = draw(st.sampled_from(paths))
            parent = doc
            try:
                for step in path[:-1]:
                    parent = parent[step]
                del parent[path[-1]]
            except (KeyError, IndexError, TypeError):
                pass
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), indent=1)
    text_change = draw(st.sampled_from(["none", "none", "none", "duplicate key", "deep"]))
    if text_change == "duplicate key":  # an invalid value hidden behind a valid one
        text = text.replace('"referred_on": ', '"referred_on": "1800-01-01", "referred_on": ', 1)
    elif text_change == "deep":
        depth = draw(st.integers(30, 2000))
        text = text[:-1] + ', "x": ' + "[" * depth + "]" * depth + "}"
    return text


def _main(*argv: str | Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([str(a) for a in argv])
    return code, err.getvalue()


def try_dataset(text: str, folder: Path, template: Path) -> str | None:
    """Import one dataset into a fresh database; why it did not hold, or None when it did."""
    source = folder / "fuzzed.json"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    db = folder / "fuzzed.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, db)
    code, err = _main("import", source, "--db", db)
    if code == 2:
        return None if err.strip() else "refused without saying why"
    if code != 0:
        return f"import exit {code}: {err.strip()[-300:]}"
    for argv in (
        ("check", "--db", db),
        ("outcomes", "--db", db, "--project", PROJECT, "--as-of", "2024-06-30"),
        (
            "report",
            "council",
            "--db",
            db,
            "--project",
            PROJECT,
            "--as-of",
            "2024-06-30",
            "--out",
            folder / "council.pdf",
        ),
    ):
        code, err = _main(*argv)
        if code not in (0, 2):
            return f"imported, then {argv[0]} exit {code}: {err.strip()[-300:]}"
    return None


def run(examples: int, folder: Path, template: Path, keep: Path | None = None) -> Counts:
    """`examples` datasets drawn by hypothesis, imported by the team lead of `template`
    (`databases.make_team`); the datasets that fail are kept in `keep`."""
    counts = Counts()
    os.environ.update(CASEAPP_USER="lead", CASEAPP_PASSWORD=PW)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],  # every dataset is counted; none is shrunk
    )
    @given(datasets())
    def one(text: str) -> None:
        failure = try_dataset(text, folder, template)
        if failure is not None and keep is not None:  # the dataset, to reproduce it later
            keep.mkdir(parents=True, exist_ok=True)
            kept = keep / f"dataset-{counts.tried}.json"
            kept.write_text(text, encoding="utf-8", errors="surrogatepass")
            failure += f" (kept as {kept})"
        counts.held_if(failure is None, failure or "")

    one()
    return counts
