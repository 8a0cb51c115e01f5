"""Insight: all of one person's data and accesses, nothing of anyone else's, no staff names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.domain import labels
from caseapp.domain.errors import NotAllowed
from caseapp.domain.fields import INSIGHT_LISTS
from caseapp.reports import insight_text
from caseapp.reports.insight_pdf import write_files
from caseapp.services import insight, participants
from caseapp.services.actor import Actor
from caseapp.storage.database import Database
from tests.services import privacy_sample
from tests.services.privacy_sample import CPR, NAME, NOTE, OTHER_CPR, OTHER_NOTE


@pytest.fixture
def keys(db: Database, worker: Actor, lead: Actor) -> tuple[str, str]:
    return privacy_sample.build(db, worker, lead)


def test_insight_holds_everything_on_the_person_and_nothing_else(
    db: Database, keys: tuple[str, str], worker: Actor, lead: Actor
) -> None:
    person, other = keys
    with db.unit_of_work() as s:
        participants.reveal_cpr(s, worker, person)
        participants.open_file(s, worker, other)
    with db.unit_of_work() as s:
        doc = insight.gather(s, lead, person)
    text = json.dumps(doc, ensure_ascii=False)
    assert doc["participant"]["cpr"] == CPR and doc["participant"]["first_name"] == NAME
    counts = {
        name: len(doc[name])
        for name in (
            "enrolments",
            "contacts",
            "housing",
            "activities",
            "supports",
            "goals",
            "tasks",
        )
    }
    assert counts == {
        "enrolments": 1,
        "contacts": 1,
        "housing": 2,
        "activities": 1,
        "supports": 1,
        "goals": 1,
        "tasks": 1,
    }
    assert doc["contacts"][0]["note"] == NOTE
    assert doc["activities"][0]["employer"] == "Café Kirsebær ApS"
    assert doc["enrolments"][0]["project"] == "Housing First (HF)"
    # Nothing of the other person, and staff only by role.
    for foreign in (other, OTHER_CPR, OTHER_NOTE, "Ylva", "Mette", "mmp", "Erik", "lead"):
        assert foreign not in text, foreign
    assert doc["contacts"][0]["staff_role"] == "coordinator"
    actions = [a["action"] for a in doc["accesses"]]
    assert actions[0] == "added_participant" and actions[-1] == "viewed_cpr"
    assert {a["role"] for a in doc["accesses"]} == {"coordinator"}
    # Every field it shows has the words the screens give it (one source: domain.labels).
    shown = [("participant", f) for f in doc["participant"]] + [
        (INSIGHT_LISTS[name], f) for name in INSIGHT_LISTS for item in doc[name] for f in item
    ]
    unlabelled = {
        (kind, f) for kind, f in shown if not labels.has_field_label(kind, f.removesuffix("_role"))
    }
    assert unlabelled == set()
    assert insight_text.field("contact", "staff_role", "da") == "Medarbejder (rolle)"
    assert insight_text.field("enrolment", "exit_reason", "en") == labels.field_label(
        "enrolment", "exit_reason", "en"
    )


def test_only_roles_with_full_export_may_make_insight(
    db: Database, keys: tuple[str, str], worker: Actor
) -> None:
    with pytest.raises(NotAllowed), db.unit_of_work() as s:
        insight.gather(s, worker, keys[0])


@pytest.mark.parametrize("lang", ["da", "en"])
def test_pdf_and_json_are_written_side_by_side(
    sqlite_db: Database, tmp_path: Path, lang: str
) -> None:
    from caseapp.services import accounts

    with sqlite_db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Admin", "admin-password")
        admin = Actor("admin", "Admin", "admin")
        accounts.add_user(s, admin, "mmp", "Mette", "coordinator", None)
        accounts.add_user(s, admin, "lead", "Erik", "team_lead", None)
    lead = Actor("lead", "Erik", "team_lead")
    person, _ = privacy_sample.build(sqlite_db, Actor("mmp", "Mette", "coordinator"), lead)
    with sqlite_db.unit_of_work() as s:
        doc = insight.gather(s, lead, person)
    pdf, js = write_files(doc, tmp_path / "indsigt.pdf", lang)
    assert js == tmp_path / "indsigt.json"
    assert json.loads(js.read_text(encoding="utf-8")) == doc
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 3000


def test_insight_says_why_to_whom_how_long_and_the_persons_rights(
    sqlite_db: Database, tmp_path: Path
) -> None:
    from caseapp.services import accounts, controller_contact
    from tests.reports.pdf_text import pdf_text

    with sqlite_db.unit_of_work() as s:
        accounts.create_first_admin(s, "admin", "Admin", "admin-password")
        admin = Actor("admin", "Admin", "admin")
        accounts.add_user(s, admin, "mmp", "Mette", "coordinator", None)
        accounts.add_user(s, admin, "lead", "Erik", "team_lead", None)
        controller_contact.set_contact(
            s, admin, "Aarhus Kommune, Sociale Forhold, dpo@aarhus.dk, 8940 2000"
        )
    lead = Actor("lead", "Erik", "team_lead")
    person, _ = privacy_sample.build(sqlite_db, Actor("mmp", "Mette", "coordinator"), lead)
    with sqlite_db.unit_of_work() as s:
        doc = insight.gather(s, lead, person)
    assert doc["controller"].startswith("Aarhus Kommune")
    assert doc["retention_years"] == 5
    # The person's own weeks: the job from November 2022 to October 2023 counted and paid.
    [job] = [o for o in doc["outcomes"] if o["kind"] == "weekly_activity"]
    assert job["project"] == "HF" and job["qualifying_weeks"] > 40
    assert 40 < job["paid_weeks"] <= job["qualifying_weeks"] and job["amount"] > 0

    for lang, words in (
        (
            "da",
            ["Datatilsynet", "berigtigelse", "sletning", "5 år", "2. maj 2022", "dpo@aarhus.dk"],
        ),
        ("en", ["Datatilsynet", "rectification", "erasure", "5 years", "2 May 2022"]),
    ):
        pdf, js = write_files(doc, tmp_path / f"insight-{lang}.pdf", lang)
        text = pdf_text(pdf)
        for word in words:
            assert word in text, (lang, word)
        assert "investeringsrådet" in text.lower() or "investment council" in text.lower()
        for path in (pdf, js):
            assert (path.stat().st_mode & 0o777) == 0o600
