"""The dataset format v1: its schema and checks, import into a database and export from one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caseapp.dataset.exporter import export_document
    from caseapp.dataset.files import load_document, write_document
    from caseapp.dataset.importer import ImportSummary, import_document

__all__ = ["ImportSummary", "export_document", "import_document", "load_document", "write_document"]

_HOME = {
    "ImportSummary": "caseapp.dataset.importer",
    "import_document": "caseapp.dataset.importer",
    "export_document": "caseapp.dataset.exporter",
    "load_document": "caseapp.dataset.files",
    "write_document": "caseapp.dataset.files",
}


def __getattr__(name: str) -> Any:
    # Loaded on first use, so that a module that needs only a plain part of the format (the
    # workbook its pseudonyms) does not load the importer and the exporter with it.
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(_HOME[name]), name)
    raise AttributeError(f"module 'caseapp.dataset' has no attribute {name!r}")
