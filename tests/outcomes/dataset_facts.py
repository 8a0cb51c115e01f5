"""A small test-local reader from a dataset-v1 document to the engine's plain facts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.outcomes import (
    ActivitySpell,
    Contract,
    Enrolment,
    HousingSpell,
    ParticipantFacts,
    parse_contract,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def load_json(name: str) -> Any:
    """A file from tests/fixtures, parsed."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def facts_from_dataset(
    doc: dict[str, Any], project_key: str
) -> tuple[Contract, list[ParticipantFacts]]:
    """The project's contract and every participant enrolled in it, with all their spells."""
    project = next(p for p in doc["projects"] if p["key"] == project_key)
    contract = parse_contract(project["contract"])
    people = []
    for p in doc["participants"]:
        enrolment = next((e for e in p.get("enrolments", []) if e["project"] == project_key), None)
        if enrolment is None:
            continue
        people.append(
            ParticipantFacts(
                key=p["key"],
                enrolment=Enrolment(
                    referred_on=date.fromisoformat(enrolment["referred_on"]),
                    enrolled_on=_day(enrolment.get("enrolled_on")),
                    exited_on=_day(enrolment.get("exited_on")),
                    exit_reason=enrolment.get("exit_reason"),
                ),
                activities=tuple(
                    ActivitySpell(
                        type=a["type"],
                        start=date.fromisoformat(a["start"]),
                        end=_day(a.get("end")),
                        hours_per_week=a.get("hours_per_week"),
                        verified=a.get("verified", False),
                    )
                    for a in p.get("activities", [])
                ),
                housing=tuple(
                    HousingSpell(h["type"], date.fromisoformat(h["start"]), _day(h.get("end")))
                    for h in p.get("housing", [])
                ),
            )
        )
    return contract, people


def json_differences(got: Any, want: Any, path: str = "$") -> list[str]:
    """Every place where two JSON values differ, as readable lines (types matter: 1 != 1.0 is
    not flagged, but a list against a dict is)."""
    if isinstance(want, dict) and isinstance(got, dict):
        lines = [f"{path}.{k}: missing" for k in want if k not in got]
        lines += [f"{path}.{k}: unexpected key" for k in got if k not in want]
        for k in want:
            if k in got:
                lines += json_differences(got[k], want[k], f"{path}.{k}")
        return lines
    if isinstance(want, list) and isinstance(got, list):
        lines = []
        if len(got) != len(want):
            lines.append(f"{path}: {len(got)} items, want {len(want)}")
        for i, (g, w) in enumerate(zip(got, want, strict=False)):
            lines += json_differences(g, w, f"{path}[{i}]")
        return lines
    if got != want or isinstance(got, bool) != isinstance(want, bool):
        return [f"{path}: got {got!r}, want {want!r}"]
    return []
