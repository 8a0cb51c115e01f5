"""Cells for spreadsheets and CSV files that keep text from the database as text.

A value that begins with `=`, `+`, `-` or `@` would be read as a formula by a spreadsheet
program (and can run one): in a workbook it is written as a text cell with a quote prefix, in a
CSV file it gets a leading apostrophe, as OWASP recommends for CSV injection.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOLD = Font(bold=True)


def text_cell(ws: WriteOnlyWorksheet, value: str, bold: bool = False) -> Cell:
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"  # never a formula, whatever the text begins with
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    if bold:
        cell.font = BOLD
    return cell


def cell(ws: WriteOnlyWorksheet, value: Any, number_format: str | None = None) -> Any:
    """A cell for any value: text stays text, Decimals become numbers, dates dates."""
    if isinstance(value, str):
        return text_cell(ws, value)
    if isinstance(value, Decimal):
        value = float(value)
    out = WriteOnlyCell(ws, value=value)
    if number_format is not None:
        out.number_format = number_format
    elif isinstance(value, date):
        out.number_format = "yyyy-mm-dd"
    return out


def csv_text(value: Any) -> Any:
    """A CSV field: text that a spreadsheet would run as a formula gets an apostrophe first."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if isinstance(value, date):
        return value.isoformat()
    return value
