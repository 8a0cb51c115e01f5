"""What the core tells a user is a message id (its English template) with named parameters:
English for logs and the command line, the id and parameters for the GUI's translations."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from caseapp.domain.errors import (
    DatabaseUnusable,
    Message,
    NotAllowed,
    NotFound,
    Problem,
    ValidationFailed,
    message_of,
)
from caseapp.domain.fields import RECORDS, parse_value
from tests.translation_tool import translation_tool

PACKAGE = Path(__file__).resolve().parents[2] / "caseapp"


def test_a_problem_renders_english_and_keeps_its_id_and_parameters() -> None:
    p = Problem("hours", "must be at most {high}", high=168)
    assert p.message == "must be at most 168" and str(p) == "hours: must be at most 168"
    assert p.text.template == "must be at most {high}" and p.text.values == {"high": "168"}
    assert p == Problem("hours", Message("must be at most {high}", high=168))


def test_cpr_numbers_in_parameters_and_places_are_masked() -> None:
    p = Problem("participants[0].key 010203-1234", "a participant '{key}' exists", key="0102031234")
    assert "1234" not in str(p) and "010203-XXXX" in p.where
    assert p.text.values["key"] == "010203-XXXX"
    refusal = NotFound("No participant '{key}'.", key="010203-1234")
    assert str(refusal) == "No participant '010203-XXXX'."
    assert refusal.text is not None and refusal.text.values == {"key": "010203-XXXX"}


def test_errors_carry_their_message() -> None:
    refusal = NotAllowed(
        "{key} ({role}) may not {action}", key="mmp", role="coordinator", action="x"
    )
    assert str(refusal) == "mmp (coordinator) may not x"
    assert refusal.text == Message(
        "{key} ({role}) may not {action}", key="mmp", role="coordinator", action="x"
    )
    # A text from outside (an exception's words) stays as it is, braces and all.
    outside = DatabaseUnusable("server said {oops}")
    assert str(outside) == "server said {oops}" and message_of(outside).template == str(outside)
    failed = ValidationFailed([Problem("a", "is empty"), Problem("b", "is required")])
    assert str(failed) == "a: is empty; b: is required" and failed.text is None


def test_a_field_problem_carries_the_id_not_a_python_text() -> None:
    hours = next(f for f in RECORDS["activity"] if f.name == "hours_per_week")
    _value, problem = parse_value(hours, "abc", "")
    assert problem is not None and problem.text == Message("must be a number")
    _value, problem = parse_value(hours, "500", "")
    assert problem is not None and problem.text.template == "must be at most {high}"
    assert problem.message == "must be at most 168"


def test_a_message_carried_by_a_value_error_is_found_again() -> None:
    assert message_of(ValueError(Message("is empty"))) == Message("is empty")
    assert message_of(ValueError("plain words")) == Message("plain words")


@pytest.mark.parametrize(
    "package", ["domain", "outcomes", "schema", "storage", "services", "reports", "dataset", "cli"]
)
def test_no_message_is_an_f_string(package: str) -> None:
    # An f-string would make every value its own message id, which no translation can match:
    # the values go in as named parameters.
    tool = translation_tool()
    found = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            said = tool.message_argument(node)
            if said is None:
                continue
            joined = isinstance(said, ast.BinOp) and isinstance(
                said.left, ast.Constant | ast.JoinedStr
            )
            if isinstance(said, ast.JoinedStr) or joined:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []
