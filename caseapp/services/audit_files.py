"""Writing audit entries to a CSV or JSON file (for `caseapp audit export` and the GUI)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.services.audit import Row

COLUMNS = ("id", "at", "account", "action", "participant", "detail")
FORMATS = ("csv", "json")


def file_format(path: Path, where: str = "--out") -> str:
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ValidationFailed(Problem(where, "must end in .csv or .json"))
    return kind


def as_dict(row: Row) -> dict[str, Any]:
    """An entry with its time in local time, as people read it."""
    return {
        "id": row.id,
        "at": row.at.astimezone().isoformat(timespec="seconds"),
        "account": row.account,
        "action": row.action,
        "participant": row.participant,
        "detail": row.detail,
    }


def write(rows: list[Row], path: Path) -> None:
    records = [as_dict(r) for r in rows]
    if file_format(path) == "csv":
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(records)
    else:
        path.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", "utf-8")
