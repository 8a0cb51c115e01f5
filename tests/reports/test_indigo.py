"""The INDIGO export: the project's contract, metrics, payments and results in the shape of the
INDIGO data standard (every value wrapped), with the engine's figures and no small group."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from caseapp.reports.claim import quarter_days
from caseapp.reports.indigo import export_indigo
from caseapp.storage.database import Database
from tests.reports.conftest import LEAD
from tests.reports.sample_db import FIXTURES

AS_OF = date(2024, 6, 30)
# Keys the standard leaves unwrapped: identifiers within the document, and free notes.
PLAIN = {"id", "notes", "source_ids", "status"}


def _unwrapped(node: Any, path: str = "") -> list[str]:
    """Paths of values that are not wrapped as {"value": ...}."""
    if isinstance(node, list):
        return [p for i, item in enumerate(node) for p in _unwrapped(item, f"{path}[{i}]")]
    assert isinstance(node, dict), path
    if "value" in node:
        return [] if set(node) <= {"value", "status"} else [path]
    out = []
    for key, value in node.items():
        if key in PLAIN:
            continue
        if not isinstance(value, dict | list):
            out.append(f"{path}.{key}")
        else:
            out += _unwrapped(value, f"{path}.{key}")
    return out


def test_the_export_is_wrapped_as_indigo_and_holds_the_engine_figures(sample: Database) -> None:
    expected = json.loads((FIXTURES / "sample-outcomes.json").read_text("utf-8"))
    with sample.unit_of_work() as session:
        doc = export_indigo(session, LEAD, "DEMO-HF", AS_OF)
    assert _unwrapped(doc) == []
    finance = doc["overall_project_finance"]
    assert finance["total_outcome_payments_made"]["amount"]["value"] == expected["total_amount"]
    assert finance["total_outcome_payments_made"]["currency"]["value"] == "DKK"
    assert {m["id"] for m in doc["outcome_metrics"]} == {m["id"] for m in expected["metrics"]}
    assert {p["outcome_metric_id"]["value"] for p in doc["outcome_pricings"]} == {
        m["id"] for m in expected["metrics"]
    }
    result = doc["results"][0]
    assert result["number_engaged_in_impact_bond"]["value"] == expected["participants"]["counted"]
    # 5 of 7 succeeded: the 2 others would be a group of two, so the number is left out.
    assert "number_with_positive_social_outcomes" not in result
    assert "left out" in doc["notes"]["value"]
    by_metric = {m["id"]: {q["quarter"]: q for q in m["by_quarter"]} for m in expected["metrics"]}
    for payment in doc.get("outcome_payments", []):
        metric = payment["outcome_metric_id"]["value"]
        first = date.fromisoformat(payment["period"]["start_date"]["value"])
        last = date.fromisoformat(payment["period"]["end_date"]["value"])
        engine = sum(
            (
                Decimal(str(q["amount"]))
                for label, q in by_metric[metric].items()
                if first <= quarter_days(label)[0] <= last
            ),
            Decimal(0),
        )
        assert Decimal(str(payment["money"]["amount"]["value"])) == engine
        assert payment["type"]["value"] == "Actual"
    text = json.dumps(doc, ensure_ascii=False)
    for secret in ("P-01", "Sara", "010203"):
        assert secret not in text
