"""Every check of dataset-v1 names where the problem is; all of them are found in one run."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from caseapp.dataset.checks import check_document
from tests.dataset.documents import many_participants, sample

Doc = dict[str, Any]


def _p(doc: Doc, i: int) -> Doc:
    person: Doc = doc["participants"][i]
    return person


def _set(path: list[str | int], value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _second_enrolment(doc: Doc) -> None:
    _p(doc, 1)["enrolments"].append(dict(_p(doc, 1)["enrolments"][0]))


def _drop(path: list[str | int]) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return change


BAD: list[tuple[str, Callable[[Doc], None], str, str]] = [
    (
        "dangling staff reference",
        _set(["participants", 0, "contacts", 0, "staff"], "nobody"),
        "participants[0].contacts[0].staff",
        "no member of staff has the key 'nobody'",
    ),
    (
        "dangling project",
        _set(["participants", 4, "enrolments", 0, "project"], "NOPE"),
        "participants[4].enrolments[0].project",
        "no project has the key 'NOPE'",
    ),
    (
        "dangling key worker",
        _set(["participants", 2, "enrolments", 0, "key_worker"], "ghost"),
        "participants[2].enrolments[0].key_worker",
        "no member of staff",
    ),
    (
        "dangling task assignee",
        _set(["participants", 0, "tasks", 0, "assigned_to"], "ghost"),
        "participants[0].tasks[0].assigned_to",
        "no member of staff",
    ),
    (
        "end before start",
        _set(["participants", 3, "activities", 0, "end"], "2020-01-01"),
        "participants[3].activities[0].end",
        "is before the start",
    ),
    (
        "date that does not exist",
        _set(["participants", 1, "housing", 0, "start"], "2023-02-30"),
        "participants[1].housing[0].start",
        "not a real date",
    ),
    (
        "contact time that does not exist",
        _set(["participants", 0, "contacts", 0, "at"], "2023-01-05T25:30"),
        "participants[0].contacts[0].at",
        "not a real date and time",
    ),
    (
        "date in another notation",
        _set(["participants", 1, "housing", 0, "end"], "01-02-2023"),
        "participants[1].housing[0].end",
        "is not a date written YYYY-MM-DD",
    ),
    (
        "duplicate participant key",
        _set(["participants", 2, "key"], "P-01"),
        "participants[2].key",
        "'P-01' is also the key of participants[0]",
    ),
    (
        "duplicate staff key",
        _set(["staff", 2, "key"], "mmp"),
        "staff[2].key",
        "is also the key of staff[0]",
    ),
    (
        "duplicate project key",
        lambda doc: doc["projects"].append(dict(doc["projects"][0], contract=None)),
        "projects[1].key",
        "is also the key of projects[0]",
    ),
    (
        "text where a number belongs",
        _set(["participants", 0, "contacts", 0, "duration_min"], "45"),
        "participants[0].contacts[0].duration_min",
        "must be a whole number or null",
    ),
    (
        "number where text belongs",
        _set(["participants", 2, "first_name"], 42),
        "participants[2].first_name",
        "must be text or null",
    ),
    (
        "a list that is not one",
        _set(["participants", 2, "housing"], {"type": "own_tenancy"}),
        "participants[2].housing",
        "must be a list",
    ),
    (
        "CPR number without a real date",
        _set(["participants", 0, "cpr"], "310203-4321"),
        "participants[0].cpr",
        "does not hold a real date",
    ),
    (
        "CPR number in another notation",
        _set(["participants", 0, "cpr"], "0102034321"),
        "participants[0].cpr",
        "must be DDMMYY-SSSS",
    ),
    (
        "unknown code",
        _set(["participants", 0, "contacts", 0, "mode"], "telepathy"),
        "participants[0].contacts[0].mode",
        "'telepathy' is not one of: in_person, phone",
    ),
    (
        "unknown role",
        _set(["staff", 0, "role"], "astronaut"),
        "staff[0].role",
        "'astronaut' is not one of: caseworker",
    ),
    (
        "exited without a reason",
        _set(["participants", 1, "enrolments", 0, "exited_on"], "2024-01-01"),
        "participants[1].enrolments[0].exit_reason",
        "is required when the exit date is set",
    ),
    (
        "exited before enrolled",
        _set(["participants", 3, "enrolments", 0, "exited_on"], "2022-05-30"),
        "participants[3].enrolments[0].exited_on",
        "is before the enrolment date",
    ),
    (
        "exited without being enrolled",
        lambda doc: _p(doc, 4)["enrolments"][0].update(
            exited_on="2024-03-01", exit_reason="declined"
        ),
        "participants[4].enrolments[0].exited_on",
        "is set but the enrolment date is not",
    ),
    (
        "enrolled before referred",
        _set(["participants", 5, "enrolments", 0, "intake_on"], "2024-04-01"),
        "participants[5].enrolments[0].intake_on",
        "is before the referral date",
    ),
    (
        "hours beyond a week",
        _set(["participants", 1, "activities", 0, "hours_per_week"], 200),
        "participants[1].activities[0].hours_per_week",
        "must be at most 168",
    ),
    (
        "a contact longer than a day",
        _set(["participants", 0, "contacts", 0, "duration_min"], 1441),
        "participants[0].contacts[0].duration_min",
        "must be at most 1440",
    ),
    (
        "two enrolments in one project",
        _second_enrolment,
        "participants[1].enrolments[1].project",
        "at most one enrolment per project",
    ),
    (
        "missing required field",
        _drop(["participants", 1, "enrolments", 0, "referred_on"]),
        "participants[1].enrolments[0].referred_on",
        "is required",
    ),
    (
        "unknown field",
        _set(["participants", 0, "nickname"], "Sassy"),
        "participants[0].nickname",
        "is not a field of this record",
    ),
    (
        "contract naming a metric it does not have",
        _set(["projects", 0, "contract", "success", "metric"], "nope"),
        "projects[0].contract.success.metric",
        "names no metric",
    ),
    (
        "contract metric of an unknown kind",
        _set(["projects", 0, "contract", "metrics", 1, "kind"], "lottery"),
        "projects[0].contract.metrics[1].kind",
        "'lottery' is not one of: weekly_activity",
    ),
    (
        "birth year that contradicts the birth date",
        _set(["participants", 1, "birth_year"], 1990),
        "participants[1].birth_year",
        "is not the year of birth_date",
    ),
]


def test_the_worked_example_passes() -> None:
    checked = check_document(sample())
    assert checked.problems == []
    assert len(checked.participants) == 9
    assert checked.participants[0].lists["contacts"][0]["topics"] == ["housing", "employment"]


@pytest.mark.parametrize(("label", "change", "where", "message"), BAD, ids=[b[0] for b in BAD])
def test_each_kind_of_bad_data_is_named_by_its_path(
    label: str, change: Callable[[Doc], None], where: str, message: str
) -> None:
    doc = sample()
    change(doc)
    problems = check_document(doc).problems
    assert [p.where for p in problems].count(where) == 1, problems
    found = next(p for p in problems if p.where == where)
    assert message in found.message
    # The field rules and the schema overlap; each problem must still be reported once only.
    assert len(problems) == 1, problems


def test_every_problem_in_one_run() -> None:
    doc = sample()
    for _, change, _, _ in BAD:
        if change is not _second_enrolment:
            change(doc)
    problems = check_document(doc).problems
    wheres = {p.where for p in problems}
    expected = {where for _, change, where, _ in BAD if change is not _second_enrolment}
    assert wheres == expected
    assert len(problems) == len(expected)


def test_a_large_file_full_of_errors_reports_them_all() -> None:
    doc = many_participants(sample(), 30)
    for i, p in enumerate(doc["participants"]):
        for spell in p.get("housing", []):
            spell["start"] = "2023-02-30"
        if i % 2:
            p["contacts"] = [{"at": "yesterday", "mode": "in_person"}]
    problems = check_document(doc).problems
    housing = sum(len(p.get("housing", [])) for p in doc["participants"])
    assert len([p for p in problems if p.where.endswith(".start")]) == housing
    assert len([p for p in problems if p.where.endswith(".at")]) == 135
    # Listed in document order: participants[10] after participants[9].
    wheres = [p.where for p in problems]
    assert wheres.index("participants[9].housing[0].start") < wheres.index(
        "participants[10].housing[0].start"
    )


def test_no_message_repeats_a_cpr_number() -> None:
    numbers = ["310203-4321", "0102034321", "010203-43210", "01020343"]
    for number in numbers:
        doc = sample()
        doc["participants"][0]["cpr"] = number
        doc["participants"][1]["first_name"] = number  # fine: a name can be anything
        doc["participants"][2]["birth_date"] = number
        doc["participants"][0]["contacts"][0]["mode"] = number
        checked = check_document(doc)
        assert checked.problems
        text = json.dumps([str(p) for p in checked.problems + checked.warnings])
        assert number not in text
        assert number[:6] + number[7:] not in text


def test_modulus_11_failure_is_only_a_warning() -> None:
    doc = sample()
    doc["participants"][1]["cpr"] = "140701-4322"  # a real date, fails modulus 11
    checked = check_document(doc)
    assert checked.problems == []
    assert [w.where for w in checked.warnings] == ["participants[0].cpr", "participants[1].cpr"]
    assert "modulus-11" in checked.warnings[1].message


def test_another_format_or_version_is_refused_before_anything_else() -> None:
    doc = sample()
    doc["version"] = 2
    doc["participants"][0]["cpr"] = "nonsense"
    problems = check_document(doc).problems
    assert [(p.where, p.message) for p in problems] == [
        ("version", "2 is not supported: this program reads version 1")
    ]
    assert check_document([1, 2]).problems[0].where == ""
    assert [p.where for p in check_document({"format": "other"}).problems] == [
        "format",
        "version",
    ]


def test_keys_in_the_database_count_as_references() -> None:
    doc = sample()
    doc["staff"] = [s for s in doc["staff"] if s["key"] != "jh"]
    assert check_document(doc).problems
    assert check_document(doc, known_staff=frozenset({"jh"})).problems == []
    doc["projects"] = []
    assert check_document(doc, known_staff=frozenset({"jh"})).problems
    ok = check_document(doc, known_staff=frozenset({"jh"}), known_projects=frozenset({"DEMO-HF"}))
    assert ok.problems == []


def test_hours_must_be_finite() -> None:
    doc = sample()
    doc["participants"][1]["activities"][0]["hours_per_week"] = float("nan")
    problems = check_document(doc).problems
    assert [(p.where, p.message) for p in problems] == [
        ("participants[1].activities[0].hours_per_week", "must be a finite number")
    ]
