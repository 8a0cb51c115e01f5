"""Schema errors in plain words, each named by its path in the document."""

from __future__ import annotations

import json

from caseapp.schema.dataset_schema import load_schema, schema_problems
from tests.dataset.documents import sample


def test_the_shipped_schema_is_dataset_v1() -> None:
    schema = load_schema()
    assert schema["$id"] == "caseapp-dataset-v1"
    assert schema["properties"]["version"] == {"const": 1}


def test_a_valid_document_has_no_problems() -> None:
    assert schema_problems(sample()) == []


def test_errors_are_named_by_path_in_plain_words() -> None:
    doc = sample()
    doc["staff"][1]["role"] = "astronaut"
    doc["participants"][3]["activities"][0]["start"] = "2023/03/06"
    doc["participants"][1]["enrolments"][0]["referral_source"] = 5
    del doc["participants"][2]["enrolments"][0]["referred_on"]
    doc["participants"][0]["contacts"][0]["topics"] = ["housing", "housing"]
    doc["participants"][0]["contacts"][0]["mood"] = "good"
    doc["participants"][0]["tasks"][0]["title"] = "x" * 301
    problems = {p.where: p.message for p in schema_problems(doc)}
    assert problems == {
        "staff[1].role": (
            "'astronaut' is not one of: caseworker, coordinator, team_lead, evaluator, admin"
        ),
        "participants[3].activities[0].start": (
            "'2023/03/06' is not a date written YYYY-MM-DD between 1900 and 2100"
        ),
        "participants[1].enrolments[0].referral_source": (
            "must be one of: jobcenter, shelter, psychiatry, social_services, self, other or null"
        ),
        "participants[2].enrolments[0].referred_on": "is required",
        "participants[0].contacts[0].topics": "lists the same value more than once",
        "participants[0].contacts[0].mood": "is not a field of this record",
        "participants[0].tasks[0].title": "is longer than 300 characters",
    }


def test_a_contract_metric_is_explained_against_its_own_kind() -> None:
    doc = sample()
    metrics = doc["projects"][0]["contract"]["metrics"]
    metrics[1]["min_consecutive_weeks"] = 0
    metrics[2]["kind"] = "lottery"
    del metrics[0]["tariffs"]
    problems = {p.where: p.message for p in schema_problems(doc)}
    assert problems == {
        "projects[0].contract.metrics[0].tariffs": "is required",
        "projects[0].contract.metrics[1].min_consecutive_weeks": "must be at least 1 (is 0)",
        "projects[0].contract.metrics[2].kind": (
            "'lottery' is not one of: weekly_activity, activity_sustained, housing_sustained"
        ),
    }


def test_free_text_is_never_repeated_in_a_message() -> None:
    doc = sample()
    secret = "Sara told me about her brother Mads" * 600
    doc["participants"][0]["contacts"][0]["note"] = secret
    doc["participants"][0]["contacts"][0]["mode"] = "Sara told me about her brother Mads"
    doc["participants"][0]["first_name"] = ["Sara"]
    text = json.dumps([str(p) for p in schema_problems(doc)])
    assert "Mads" not in text and "Sara" not in text
    assert "participants[0].contacts[0].note: is longer than 20000 characters" in text
