"""Dataset files: a file that is not a dataset is named with where it breaks; writes are whole."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from caseapp.dataset.files import load_document, write_document
from caseapp.domain.errors import ValidationFailed


def _refusal(path: Path) -> str:
    with pytest.raises(ValidationFailed) as refused:
        load_document(path)
    (problem,) = refused.value.problems
    assert problem.where == str(path)
    return problem.message


def test_broken_json_is_named_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n "format": "caseapp-dataset",\n "version": 1,,\n}', encoding="utf-8")
    assert _refusal(path) == (
        "is not valid JSON: Expecting property name enclosed in double quotes (line 3, column 15)"
    )


def test_other_files_that_are_not_datasets(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "missing.json") == "no such file"
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    assert "must hold one JSON object" in _refusal(tmp_path / "list.json")
    (tmp_path / "nan.json").write_text('{"hours": NaN}', encoding="utf-8")
    assert _refusal(tmp_path / "nan.json") == "is not valid JSON: NaN is not a number JSON allows"
    (tmp_path / "latin1.json").write_bytes('{"name": "Søren"}'.encode("latin-1"))
    assert "is not UTF-8 text" in _refusal(tmp_path / "latin1.json")
    assert _refusal(tmp_path) == "is a folder, not a file"


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"format": "caseapp-dataset"}')
    assert load_document(path) == {"format": "caseapp-dataset"}


def test_written_files_are_readable_utf8_json_for_the_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    doc = {"format": "caseapp-dataset", "staff": [{"name": "Søren Ærø"}]}
    write_document(doc, path)
    text = path.read_text(encoding="utf-8")
    assert "Søren Ærø" in text and text.startswith('{\n "format"')
    assert load_document(path) == doc
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    write_document({"version": 1}, path)
    with pytest.raises(TypeError):
        write_document({"version": 1, "bad": object()}, path)
    with pytest.raises(ValueError):
        write_document({"hours": float("nan")}, path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"version": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
