"""Keeping CPR numbers out of log output: every log record is masked as it is made.

Installed once by each entry point (command line, GUI). It masks anything shaped like a CPR
number (`domain.cpr`: `DDMMYY-SSSS` or ten digits in a row) to `DDMMYY-XXXX`, in the message,
its arguments and any traceback text. Notes cannot be recognised by shape; they are kept out of
log calls.
"""

from __future__ import annotations

import logging
from typing import Any

from caseapp.domain.cpr import mask_all as redact


def redact_record(record: logging.LogRecord) -> None:
    message = record.getMessage()
    record.msg, record.args = redact(message), None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


_installed = False


def install() -> None:
    """Mask every record any logger makes, from now on (idempotent)."""
    global _installed
    if _installed:
        return
    make = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        redact_record(record)
        return record

    logging.setLogRecordFactory(factory)
    _installed = True
