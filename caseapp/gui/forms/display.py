"""Field values as the user reads them: labels for codes, local dates, names for staff keys."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from caseapp.domain import formatting, labels
from caseapp.gui import i18n
from caseapp.gui.i18n import tr


def display_value(
    kind: str, field: str, value: Any, staff_names: Mapping[str, str] | None = None
) -> str:
    if value is None or value == "" or value == []:
        return ""
    group = labels.field_group(kind, field)
    if isinstance(value, list):
        return ", ".join(i18n.code(group, v) if group else str(v) for v in value)
    if group:
        return i18n.code(group, value)
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, datetime):
        return i18n.format_datetime(value)
    if isinstance(value, date):
        return i18n.format_date(value)
    if isinstance(value, float):
        return formatting.decimal(value, i18n.current())
    if field in ("staff", "key_worker", "assigned_to") and staff_names:
        return staff_names.get(value, value)
    return str(value)


def first_line(text: str | None, limit: int = 80) -> str:
    stripped = (text or "").strip()
    line = stripped.splitlines()[0] if stripped else ""
    more = len(line) > limit or len(stripped.splitlines()) > 1
    return (line[: limit - 1] + "…") if len(line) > limit else (line + (" …" if more else ""))
