"""Contract paths and values in words, and the checks' messages in Danish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from caseapp.domain.errors import Message
from caseapp.gui import i18n
from caseapp.gui.outcomes.contract_text import path_label, value_text

from .sample_db import load_json

CONTRACT = load_json("sample-dataset.json")["projects"][0]["contract"]


@pytest.fixture
def in_danish() -> Iterator[None]:
    i18n.install("da")
    yield
    i18n.install("en")


def test_paths_read_as_labels_with_metric_names() -> None:
    assert path_label("metrics[0].tariffs.flex_job", CONTRACT) == (
        "Weeks in work or education › Tariffs › Flex job"
    )
    assert (
        path_label("metrics[2].min_days", CONTRACT) == "12 months in stable housing › Days in a row"
    )
    assert path_label("stable_housing[1]", CONTRACT) == "Stable housing"
    assert path_label("metrics[7].id", CONTRACT) == "Metric 8 › Id"
    assert path_label("", CONTRACT) == "The contract"


def test_values_are_written_by_the_field_they_sit_in() -> None:
    assert value_text("metrics[0].tariffs.flex_job", 800) == "DKK 800.00"
    assert value_text("baseline_rate", 0.25) == "25.00%"
    assert value_text("stable_housing", ["own_tenancy", "family_home"]) == (
        "Own tenancy, Lives with family"
    )
    assert value_text("metrics[0].require_verified", True) == "yes"
    assert value_text("investment", None) == "not set"
    assert value_text("metrics[2].kind", "housing_sustained") == "One payment for sustained housing"
    assert value_text("success.metric", "work-edu", CONTRACT) == (
        "Weeks in work or education (work-edu)"
    )


def test_in_danish(in_danish: None) -> None:
    assert path_label("metrics[1].min_consecutive_weeks", CONTRACT) == (
        "13 weeks in a job of 10+ hours › Uger i træk"
    )
    assert value_text("investment", 500000) == "500.000,00 kr."
    duplicate = Message("duplicate metric id {metric_id}", metric_id="'work-edu'")
    assert i18n.message(duplicate) == "id'et 'work-edu' bruges af to udfaldsmål"
    assert i18n.message(Message("must list at least one code")) == "skal have mindst én markeret"
    assert i18n.message(Message("something new")) == "something new"
