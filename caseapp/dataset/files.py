"""Reading and writing dataset files: UTF-8 JSON, written atomically, readable by people.

Reading refuses what JSON allows but a dataset must not hold, naming where it is: an object with
the same key twice (which value counts would be a guess), nesting deeper than any dataset needs,
NUL bytes and lone surrogates (no database keeps them as text). Only regular files are read: a
FIFO or a device would make the command wait forever.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from caseapp.domain.errors import Problem, ValidationFailed
from caseapp.domain.fields import text_problem
from caseapp.schema.paths import child

# A dataset nests six levels (document, participants, a person, a list, a record, topics); the
# cap leaves room for contracts and stops a file built to exhaust the parser.
MAX_DEPTH = 32


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


class _Twice(dict[str, Any]):
    """An object that held some key more than once (the keys are kept to name them)."""

    twice: list[str]


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen: set[str] = set()
    marked = _Twice(obj)
    marked.twice = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
    return marked


def load_document(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The JSON object in the file; ValidationFailed naming the file (and line) when it is not."""
    where = os.fspath(path)
    try:
        with open(path, "rb", opener=_regular_file_opener) as f:
            data = f.read()
    except FileNotFoundError:
        raise ValidationFailed(Problem(where, "no such file")) from None
    except IsADirectoryError:
        raise ValidationFailed(Problem(where, "is a folder, not a file")) from None
    except PermissionError:
        raise ValidationFailed(Problem(where, "cannot be read (permission denied)")) from None
    except _NotRegular:
        raise ValidationFailed(Problem(where, "is not a regular file")) from None
    return parse_document(data, where)


class _NotRegular(OSError):
    pass


def _regular_file_opener(path: str, flags: int) -> int:
    # O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one.
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode):
        os.close(fd)
        raise IsADirectoryError(path)
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _NotRegular(path)
    return fd


def parse_document(data: bytes, where: str) -> dict[str, Any]:
    """The dataset document in `data` (a file's bytes, or a sealed file's opened in memory)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationFailed(
            Problem(where, "is not UTF-8 text (byte {position} is not)", position=exc.start + 1)
        ) from None
    try:
        doc = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise ValidationFailed(
            Problem(
                where,
                "is not valid JSON: {msg} (line {lineno}, column {colno})",
                msg=exc.msg,
                lineno=exc.lineno,
                colno=exc.colno,
            )
        ) from None
    except RecursionError:
        raise ValidationFailed(
            Problem(
                where, "nests deeper than a dataset can ({max_depth} levels)", max_depth=MAX_DEPTH
            )
        ) from None
    except ValueError as exc:
        raise ValidationFailed(Problem(where, "is not valid JSON: {exc}", exc=exc)) from None
    if not isinstance(doc, dict):
        raise ValidationFailed(
            Problem(where, "does not hold a caseapp dataset: the file must hold one JSON object")
        )
    problems = _walk(doc)
    if problems:
        raise ValidationFailed(problems)
    return doc


def _walk(doc: dict[str, Any]) -> list[Problem]:
    """Duplicate keys, depth, NUL bytes and lone surrogates, by their path in the document."""
    problems: list[Problem] = []
    stack: list[tuple[str, Any, int]] = [("", doc, 1)]
    while stack:
        path, value, depth = stack.pop()
        if depth > MAX_DEPTH:
            problems.append(
                Problem(
                    path,
                    "nests deeper than a dataset can ({max_depth} levels)",
                    max_depth=MAX_DEPTH,
                )
            )
            continue
        if isinstance(value, dict):
            for key in getattr(value, "twice", []):
                problems.append(Problem(child(path, key), "is given more than once in one object"))
            for key, item in value.items():
                problem = text_problem(key)
                if problem:
                    problems.append(
                        Problem(path or "document", "has a key that {problem}", problem=problem)
                    )
                stack.append((child(path, key), item, depth + 1))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item, depth + 1) for i, item in enumerate(value))
        elif isinstance(value, str):
            problem = text_problem(value)
            if problem:
                problems.append(Problem(path, problem))
    return problems


def document_bytes(doc: dict[str, Any]) -> bytes:
    """The document as the file's bytes: UTF-8 JSON, indented, a newline at the end."""
    text = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    return text.encode("utf-8")


def write_document(doc: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write the file whole or not at all: a temporary file beside it, then a rename.

    The file may hold personal data, so it is made readable by its owner only.
    """
    target = Path(path)
    data = document_bytes(doc)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with open(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
