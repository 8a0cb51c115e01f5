"""Every code and field a user reads has a Danish and an English label."""

from __future__ import annotations

from caseapp.domain import labels
from caseapp.domain.fields import RECORDS


def test_every_code_has_labels() -> None:
    assert labels.missing_labels() == []


def test_labels_follow_the_language() -> None:
    assert labels.code_label("housing", "couch_surfing", "da") == "Sofasurfing"
    assert labels.code_label("housing", "couch_surfing", "en") == "Couch surfing"
    assert labels.code_label("housing", "made_up", "da") == "made_up"
    assert labels.code_label("housing", None, "da") == ""
    assert labels.code_choices("goal_status", "da")[0] == ("open", "Åben")


def test_every_form_field_has_a_danish_label_of_its_own() -> None:
    for kind, fields in RECORDS.items():
        for f in fields:
            da = labels.field_label(kind, f.name, "da")
            en = labels.field_label(kind, f.name, "en")
            assert da and en, (kind, f.name)
            assert da != f.name.replace("_", " ").capitalize() or da == en, (kind, f.name)
