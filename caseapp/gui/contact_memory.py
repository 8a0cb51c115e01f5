"""The mode and place of the last contact logged, offered again for the next one."""

from __future__ import annotations

from typing import Any

from caseapp.gui import settings


def remembered() -> dict[str, Any]:
    s = settings.settings()
    return {
        "mode": s.value("contact/mode") or None,
        "location": s.value("contact/location") or None,
    }


def remember(mode: str | None, location: str | None) -> None:
    s = settings.settings()
    s.setValue("contact/mode", mode or "")
    s.setValue("contact/location", location or "")
