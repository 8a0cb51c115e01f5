"""The quick check (fastjsonschema) says "valid" exactly when jsonschema does, on the documents
that matter, and never changes the document it checks."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from caseapp.schema.dataset_schema import load_schema
from caseapp.schema.fast_check import fast_check
from caseapp.schema.json_values import TYPES, json_equal
from tests.dataset.documents import rich_sample, sample

SCHEMA = load_schema()
FAST = fast_check(SCHEMA)
SLOW = Draft202012Validator(SCHEMA)

ODD_VALUES = [
    None,
    True,
    False,
    0,
    1,
    1.0,
    1.5,
    -1,
    169,
    1441,
    "",
    "x",
    "2023-02-30",
    "2023-02-03",
    "2023-02-03T10:30",
    "010203-4321",
    "housing",
    "own_tenancy",
    "DKK",
    "weekly_activity",
    [],
    ["housing", "housing"],
    ["housing"],
    {},
    {"kind": "housing_sustained"},
    "x" * 301,
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


BASE = rich_sample()
PATHS = [p for p in _paths(BASE) if p]


def _mutated(path: tuple[Any, ...], action: str, value: Any) -> Any:
    doc = copy.deepcopy(BASE)
    parent: Any = doc
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "replace":
        parent[last] = copy.deepcopy(value)
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent["unexpected"] = copy.deepcopy(value)
    return doc


def test_the_examples_are_valid_for_both() -> None:
    for doc in (sample(), rich_sample()):
        assert FAST(doc)
        assert SLOW.is_valid(doc)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(PATHS),
    action=st.sampled_from(["replace", "delete", "add"]),
    value=st.sampled_from(ODD_VALUES),
)
def test_agrees_with_jsonschema_on_any_single_change(path: Any, action: str, value: Any) -> None:
    doc = _mutated(path, action, value)
    assert FAST(doc) == SLOW.is_valid(doc)


def test_agrees_with_jsonschema_on_every_change_of_one_field_to_an_odd_value() -> None:
    # The random test above, swept: every field of the top level and of the first participant
    # (every kind of record is there) set to each odd value.
    paths = [p for p in PATHS if len(p) < 2 or p[0] != "participants" or p[1] == 0]
    assert len(paths) * len(ODD_VALUES) > 3_000
    for path in paths:
        for value in ODD_VALUES:
            doc = _mutated(path, "replace", value)
            assert FAST(doc) == SLOW.is_valid(doc), (path, value)


def test_checking_never_changes_the_document() -> None:
    for action in ("replace", "delete", "add"):
        for path in PATHS[::7]:
            doc = _mutated(path, action, {})
            before = copy.deepcopy(doc)
            FAST(doc)
            assert doc == before


@pytest.mark.parametrize("value", [None, True, 0, 1, 1.0, 1.5, "", "a", [], {}, 2**70, -0.0])
def test_types_as_jsonschema_sees_them(value: Any) -> None:
    checker = Draft202012Validator.TYPE_CHECKER
    for name, test in TYPES.items():
        assert test(value) == checker.is_type(value, name), (value, name)


def test_json_equality_keeps_true_apart_from_one() -> None:
    assert not json_equal(True, 1)
    assert json_equal(1, 1.0)
    assert not json_equal([True], [1])
    assert json_equal({"a": [1, "x"]}, {"a": [1.0, "x"]})
