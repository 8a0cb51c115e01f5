"""The primary acceptance test: the worked example in tests/fixtures reproduces exactly."""

from __future__ import annotations

import json
from datetime import date

from caseapp.outcomes import compute, to_json_dict

from .dataset_facts import facts_from_dataset, json_differences, load_json


def test_sample_dataset_gives_exactly_the_sample_outcomes() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    want = load_json("sample-outcomes.json")

    got = to_json_dict(compute(contract, people, date(2024, 6, 30), "DEMO-HF"))

    differences = json_differences(got, want)
    assert not differences, "figures differ from sample-outcomes.json:\n" + "\n".join(differences)
    assert got == want


def test_sample_output_is_json_with_the_same_text_as_the_fixture() -> None:
    contract, people = facts_from_dataset(load_json("sample-dataset.json"), "DEMO-HF")
    got = to_json_dict(compute(contract, people, date(2024, 6, 30), "DEMO-HF"))

    # Key order and number types survive a round trip through JSON text unchanged.
    assert json.dumps(got, indent=1) == json.dumps(load_json("sample-outcomes.json"), indent=1)
