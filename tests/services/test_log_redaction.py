"""Log records never carry a CPR number, whatever logger or handler they pass through."""

from __future__ import annotations

import logging

import pytest

from caseapp.services import log_redaction


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("cpr 010203-4321 given", "cpr 010203-XXXX given"),
        ("cpr 0102034321 given", "cpr 010203-XXXX given"),
        ("two: 311299-1234,150505 1234", "two: 311299-XXXX,150505-XXXX"),
        ("at 2024-06-30T10:00, id 12345678901", "at 2024-06-30T10:00, id 12345678901"),
    ],
)
def test_cpr_shapes_are_masked_and_other_numbers_kept(text: str, shown: str) -> None:
    assert log_redaction.redact(text) == shown


def test_installed_masking_covers_arguments_and_tracebacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log_redaction.install()
    log_redaction.install()  # twice is harmless
    logger = logging.getLogger("caseapp.some.module")
    with caplog.at_level(logging.INFO):
        logger.info("opened %s for %s", "P-0001", "070791-1234")
        try:
            raise ValueError("bad cpr 070791-1234")
        except ValueError:
            logger.exception("failed")
    assert "070791-1234" not in caplog.text
    assert "opened P-0001 for 070791-XXXX" in caplog.text
    assert "ValueError: bad cpr 070791-XXXX" in caplog.text
