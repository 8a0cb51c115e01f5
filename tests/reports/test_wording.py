"""Every report text exists in Danish and English, with the same fields to fill in."""

from __future__ import annotations

import re

from caseapp.reports import wording
from caseapp.services.data_quality import KINDS


def _fields(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)}", text))


def test_no_text_is_missing_a_language() -> None:
    assert wording.missing_texts() == []
    for key, (da, en) in wording._TEXT.items():
        assert _fields(da) == _fields(en), key


def test_every_finding_kind_has_a_label() -> None:
    for kind in KINDS:
        assert wording.finding_label(kind, "da") != kind
        assert wording.finding_label(kind, "en") != kind
