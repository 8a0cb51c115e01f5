"""The checks of dataset-v1 that a JSON Schema cannot express, run after the schema's own.

Real dates, dates in order, keys and references, CPR numbers, one enrolment per project, and the
contract rules of the outcome engine. Field rules come from `caseapp.domain.fields`, the same
rules the GUI and the services apply. Every problem in the document is found in one pass.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

from caseapp.dataset.parsed import CheckedDocument, ParsedParticipant
from caseapp.domain import cpr, plausibility
from caseapp.domain.errors import Message, Problem
from caseapp.domain.fields import PARTICIPANT_LISTS, RECORDS, validate
from caseapp.outcomes import contract_problems
from caseapp.schema.dataset_schema import schema_problems
from caseapp.schema.paths import child, sort_key

FORMAT = "caseapp-dataset"
VERSION = 1

# Fields of participant records that name a member of staff.
_STAFF_REFERENCES = {"enrolment": "key_worker", "contact": "staff", "task": "assigned_to"}
# JSON numbers that Python reads as floats, where NaN or infinity must be refused by hand.
_FLOAT_FIELDS = {
    kind: tuple(f.name for f in fields if f.kind == "float") for kind, fields in RECORDS.items()
}
# Problems are listed in the order of the document's parts.
_PART_ORDER = {"": 0, "format": 1, "version": 2, "staff": 3, "projects": 4, "participants": 5}


def check_document(
    doc: Any,
    *,
    known_staff: frozenset[str] = frozenset(),
    known_projects: frozenset[str] = frozenset(),
) -> CheckedDocument:
    """Check a whole document; `known_*` are keys already in the database, valid references."""
    problems = _format_problems(doc)
    if problems:
        # Another format or version: its shape is not v1's, so further checks would only confuse.
        return CheckedDocument(problems=problems)
    schema = schema_problems(doc)
    checked = _Checker(doc, known_staff, known_projects).run()
    reported = {p.where for p in schema}
    # The field rules repeat some schema rules (types, codes); say each thing once.
    checked.problems = _in_order(schema + [p for p in checked.problems if p.where not in reported])
    checked.warnings = _in_order(checked.warnings)
    return checked


def _format_problems(doc: Any) -> list[Problem]:
    if not isinstance(doc, dict):
        return [Problem("", "is not a caseapp dataset: the file must hold one JSON object")]
    problems = []
    if doc.get("format") != FORMAT:
        problems.append(
            Problem("format", 'must be "{format}": this is not a caseapp dataset', format=FORMAT)
        )
    version = doc.get("version")
    if isinstance(version, bool) or version != VERSION:
        shown = version if isinstance(version, int) else "missing or not a number"
        problems.append(
            Problem(
                "version",
                "{shown} is not supported: this program reads version {version}",
                shown=shown,
                version=VERSION,
            )
        )
    return problems


def _in_order(problems: list[Problem]) -> list[Problem]:
    unique = dict.fromkeys(_without_cpr(p) for p in problems)
    return sorted(
        unique,
        key=lambda p: (_PART_ORDER.get(re.split(r"[.\[]", p.where)[0], 9), sort_key(p.where)),
    )


def _without_cpr(problem: Problem) -> Problem:
    """A last guard: no message may repeat anything that looks like a CPR number."""
    text = problem.text
    masked = {name: cpr.mask_parts(value) for name, value in text.params}
    return Problem(problem.where, Message(cpr.mask_parts(text.template), **masked))


def _dicts(doc: dict[str, Any], name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The list's records that are objects; the schema already names anything else."""
    items = doc.get(name)
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict):
                yield i, item


class _Checker:
    def __init__(
        self, doc: dict[str, Any], known_staff: frozenset[str], known_projects: frozenset[str]
    ) -> None:
        self.doc = doc
        self.out = CheckedDocument(pseudonymised=doc.get("pseudonymised") is True)
        self.staff_keys = set(known_staff) | self._keys("staff")
        self.project_keys = set(known_projects) | self._keys("projects")

    def _keys(self, name: str) -> set[str]:
        return {r["key"] for _, r in _dicts(self.doc, name) if isinstance(r.get("key"), str)}

    def problem(self, where: str, message: str | Message, **params: object) -> None:
        self.out.problems.append(Problem(where, message, **params))

    def run(self) -> CheckedDocument:
        self._staff()
        self._projects()
        self._participants()
        return self.out

    def _record(self, kind: str, raw: dict[str, Any], where: str) -> dict[str, Any]:
        values, problems = validate(kind, raw, where, free_text=not self.out.pseudonymised)
        self.out.problems += problems
        self.out.warnings += plausibility.warnings(kind, values, where)
        for name in _FLOAT_FIELDS.get(kind, ()):
            value = values.get(name)
            if isinstance(value, float) and not math.isfinite(value):
                self.problem(child(where, name), "must be a finite number")
        return values

    def _unique_keys(self, name: str, where_of: str) -> None:
        first: dict[str, int] = {}
        for i, raw in _dicts(self.doc, name):
            key = raw.get("key")
            if not isinstance(key, str):
                continue
            if key in first:
                self.problem(
                    f"{where_of}[{i}].key",
                    "'{key}' is also the key of {where_of}[{value}]",
                    key=key,
                    where_of=where_of,
                    value=first[key],
                )
            else:
                first[key] = i

    def _staff(self) -> None:
        self._unique_keys("staff", "staff")
        for i, raw in _dicts(self.doc, "staff"):
            self.out.staff.append(self._record("staff", raw, f"staff[{i}]"))

    def _projects(self) -> None:
        self._unique_keys("projects", "projects")
        for i, raw in _dicts(self.doc, "projects"):
            where = f"projects[{i}]"
            values = self._record("project", raw, where)
            contract = raw.get("contract")
            if isinstance(contract, dict):
                for path, message in contract_problems(contract):
                    self.problem(child(f"{where}.contract", path), message)
            values["contract"] = contract
            self.out.projects.append(values)

    def _participants(self) -> None:
        self._unique_keys("participants", "participants")
        for i, raw in _dicts(self.doc, "participants"):
            where = f"participants[{i}]"
            values = self._record("participant", raw, where)
            self._birth(values, where)
            lists: dict[str, list[dict[str, Any]]] = {}
            for list_name, kind in PARTICIPANT_LISTS.items():
                lists[list_name] = [
                    self._part(kind, item, f"{where}.{list_name}[{j}]")
                    for j, item in _dicts(raw, list_name)
                ]
            self._one_enrolment_per_project(raw, where)
            self.out.participants.append(ParsedParticipant(values, lists))

    def _part(self, kind: str, raw: dict[str, Any], where: str) -> dict[str, Any]:
        values = self._record(kind, raw, where)
        ref = _STAFF_REFERENCES.get(kind)
        if ref and isinstance(values.get(ref), str) and values[ref] not in self.staff_keys:
            self.problem(
                f"{where}.{ref}", "no member of staff has the key '{value}'", value=values[ref]
            )
        project = values.get("project")
        if kind == "enrolment" and isinstance(project, str) and project not in self.project_keys:
            self.problem(f"{where}.project", "no project has the key '{project}'", project=project)
        return values

    def _birth(self, values: dict[str, Any], where: str) -> None:
        born, year, number = values.get("birth_date"), values.get("birth_year"), values.get("cpr")
        if born is not None and year is not None and born.year != year:
            self.problem(
                f"{where}.birth_year", "is not the year of birth_date ({year})", year=born.year
            )
        if (
            born is not None
            and number
            and cpr.format_problem(number) is None
            and cpr.birth_date(number) != born
        ):
            self.out.warnings.append(
                Problem(f"{where}.birth_date", "is not the birth date the CPR number holds")
            )

    def _one_enrolment_per_project(self, raw: dict[str, Any], where: str) -> None:
        seen: dict[str, int] = {}
        for j, enrolment in _dicts(raw, "enrolments"):
            project = enrolment.get("project")
            if not isinstance(project, str):
                continue
            if project in seen:
                self.problem(
                    f"{where}.enrolments[{j}].project",
                    "a participant has at most one enrolment per project; enrolments[{value}] is "
                    "in '{project}' too",
                    value=seen[project],
                    project=project,
                )
            else:
                seen[project] = j
