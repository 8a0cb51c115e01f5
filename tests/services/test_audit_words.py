"""Every audit action the program writes has words in Danish and English: the audit log and the
insight document never show a code like `ran_data_check`."""

from __future__ import annotations

import ast
from pathlib import Path

import caseapp
from caseapp.reports import insight_text
from caseapp.services.case_records import MODELS


def written_actions() -> set[str]:
    """The action codes passed to audit.record / record_many anywhere in the program."""
    found: set[str] = set()
    for path in Path(caseapp.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 3:
                continue
            if getattr(node.func, "attr", "") not in ("record", "record_many"):
                continue
            action = node.args[2]
            codes = [n.value for n in ast.walk(action) if isinstance(n, ast.Constant)]
            if isinstance(action, ast.JoinedStr):  # f"added_{kind}": every kind of record
                verb = str(codes[0]).rstrip("_")
                found |= {f"{verb}_{kind}" for kind in MODELS}
            else:
                found |= {c for c in codes if isinstance(c, str)}
    return found


def test_every_action_written_has_words_in_both_languages() -> None:
    actions = written_actions()
    assert {"ran_data_check", "viewed_figures", "added_consent", "opened_document"} <= actions
    assert [code for code in sorted(actions) if not insight_text.has_words(code)] == []
    assert insight_text.action("ran_data_check", "da")[0] == "Datakvaliteten blev tjekket"
    assert set(actions) <= set(insight_text.known_actions())
