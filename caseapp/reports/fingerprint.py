"""A fingerprint of what a report's figures rest on: the facts as of the date, the contract, the
rules and the program version, so the same report can be made again and compared.

The facts are cut to what could change a figure as of the date: people referred by then, spells
begun by then, and dates after it written as "not yet" (an end after the date counts the same as
an open end). Data added later about later days leaves the fingerprint alone; a correction of
the past changes it, as it may change the figures.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from caseapp.outcomes import Contract, ParticipantFacts, contract_to_dict

RULES_VERSION = "outcome-rules v1"


def _day(value: date | None, as_of: date) -> str | None:
    return None if value is None or value > as_of else value.isoformat()


def _end(value: date | None, as_of: date) -> str | None:
    return None if value is None or value >= as_of else value.isoformat()


def _ordered(items: Iterable[list[Any]]) -> list[list[Any]]:
    # By their JSON text: a fixed order that never compares None with a date. Most people have
    # one spell or none, and a list of one needs no text to be in order.
    out = list(items)
    return out if len(out) < 2 else sorted(out, key=json.dumps)


def canonical_facts(facts: Sequence[ParticipantFacts], as_of: date) -> list[Any]:
    """The participants as plain lists in a fixed order (key order, spells by start)."""
    out = []
    for p in sorted(facts, key=lambda f: f.key):
        e = p.enrolment
        if e.referred_on > as_of:
            continue
        activities = _ordered(
            [
                a.type,
                a.start.isoformat(),
                _end(a.end, as_of),
                float(a.hours_per_week or 0),
                bool(a.verified),
            ]
            for a in p.activities
            if a.start <= as_of
        )
        housing = _ordered(
            [h.type, h.start.isoformat(), _end(h.end, as_of)] for h in p.housing if h.start <= as_of
        )
        out.append(
            [
                p.key,
                e.referred_on.isoformat(),
                _day(e.enrolled_on, as_of),
                _day(e.exited_on, as_of),
                e.exit_reason if _day(e.exited_on, as_of) else None,
                activities,
                housing,
            ]
        )
    return out


def canonical_text(
    project_key: str,
    contract: Contract,
    facts: Sequence[ParticipantFacts],
    as_of: date,
    program_version: str,
    inputs: Mapping[str, str] | None = None,
) -> str:
    """The exact text the fingerprint is the SHA-256 of (UTF-8, sorted keys, no spaces).

    `inputs` are digests of further records the report's figures rest on (`report_inputs`)."""
    doc: dict[str, Any] = {
        "project": project_key,
        "as_of": as_of.isoformat(),
        "rules": RULES_VERSION,
        "program": program_version,
        "contract": contract_to_dict(contract),
        "participants": canonical_facts(facts, as_of),
    }
    if inputs:
        doc["inputs"] = dict(inputs)
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint(
    project_key: str,
    contract: Contract,
    facts: Sequence[ParticipantFacts],
    as_of: date,
    program_version: str,
    inputs: Mapping[str, str] | None = None,
) -> str:
    """SHA-256 (hex) of `canonical_text`."""
    text = canonical_text(project_key, contract, facts, as_of, program_version, inputs)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
