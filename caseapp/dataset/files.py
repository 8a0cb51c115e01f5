"""Reading and writing dataset files: UTF-8 JSON, written atomically, readable by people."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from caseapp.domain.errors import Problem, ValidationFailed


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def load_document(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The JSON object in the file; ValidationFailed naming the file (and line) when it is not."""
    where = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ValidationFailed(Problem(where, "no such file")) from None
    except IsADirectoryError:
        raise ValidationFailed(Problem(where, "is a folder, not a file")) from None
    except PermissionError:
        raise ValidationFailed(Problem(where, "cannot be read (permission denied)")) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationFailed(
            Problem(where, f"is not UTF-8 text (byte {exc.start + 1} is not)")
        ) from None
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ValidationFailed(
            Problem(where, f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        ) from None
    except ValueError as exc:
        raise ValidationFailed(Problem(where, f"is not valid JSON: {exc}")) from None
    if not isinstance(doc, dict):
        raise ValidationFailed(
            Problem(where, "does not hold a caseapp dataset: the file must hold one JSON object")
        )
    return doc


def write_document(doc: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write the file whole or not at all: a temporary file beside it, then a rename.

    The file may hold personal data, so it is made readable by its owner only.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with open(fd, "w", encoding="utf-8", newline="\n") as out:
            json.dump(doc, out, ensure_ascii=False, indent=1, allow_nan=False)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
