"""The dataset format v1: its schema and checks, import into a database and export from one."""

from caseapp.dataset.exporter import export_document
from caseapp.dataset.files import load_document, write_document
from caseapp.dataset.importer import ImportSummary, import_document

__all__ = ["ImportSummary", "export_document", "import_document", "load_document", "write_document"]
