"""Errors that services raise and every front end (GUI, command line) knows how to show.

What the core tells a user is a `Message`: an English template with named placeholders, which is
also the id under which the GUI finds its translation, and the parameters that fill it. The core
renders the English for logs and the command line; the GUI translates the template and fills in
the same parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from caseapp.domain.cpr import mask_all


@dataclass(frozen=True, init=False)
class Message:
    """A text for the user as an id (its English template) and named parameters."""

    template: str
    params: tuple[tuple[str, str], ...]

    def __init__(self, template: str, /, **params: object) -> None:
        # A CPR number typed where a key or a value belongs must never be repeated back.
        object.__setattr__(self, "template", mask_all(template))
        shown = tuple((name, mask_all(str(value))) for name, value in params.items())
        object.__setattr__(self, "params", shown)

    @property
    def values(self) -> Mapping[str, str]:
        return dict(self.params)

    def fill(self, template: str) -> str:
        """`template` (this message's or its translation) with the parameters filled in."""
        return template.format_map(self.values) if self.params else template

    def __str__(self) -> str:
        return self.fill(self.template)


def message_of(exc: BaseException) -> Message:
    """The message an exception carries (`ValueError(Message(...))`), or its text as it is."""
    first = exc.args[0] if exc.args else None
    if isinstance(first, Message):
        return first
    text = getattr(exc, "text", None)
    return text if isinstance(text, Message) else Message(str(exc))


@dataclass(frozen=True, init=False)
class Problem:
    """One thing wrong with an input: where it is (a field or a dataset path) and what is wrong.

    `Problem("end", "is before {start}", start=day)`, or with a `Message` made elsewhere."""

    where: str
    text: Message

    def __init__(self, where: str, message: str | Message, /, **params: object) -> None:
        object.__setattr__(self, "where", mask_all(where))
        if isinstance(message, Message):
            if params:
                raise TypeError("a Message carries its own parameters")
            object.__setattr__(self, "text", message)
        else:
            object.__setattr__(self, "text", Message(message, **params))

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return str(self.text)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class CaseappError(Exception):
    """Base of the errors a user is meant to read: `NotFound("No participant '{key}'.", key=k)`.
    Anything shaped like a CPR number in the message is masked, whatever a service put in it (a
    key typed by a user, say)."""

    text: Message | None

    def __init__(self, *args: Any, **params: object) -> None:
        if args and isinstance(args[0], Message):
            self.text = args[0]
            args = (str(args[0]), *args[1:])
        elif len(args) == 1 and isinstance(args[0], str):
            self.text = Message(args[0], **params)
            args = (str(self.text),)
        else:
            self.text = None
        super().__init__(*(mask_all(a) if isinstance(a, str) else a for a in args))


class ValidationFailed(CaseappError):
    """Input was refused; nothing was written. Carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem] | Problem, warnings: list[Problem] | None = None):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.warnings = list(warnings or [])
        super().__init__("; ".join(str(p) for p in self.problems))
        self.text = None  # the problems carry the messages


class NotAllowed(CaseappError):
    """The acting account may not do this (wrong password, disabled, or missing permission)."""


class NotFound(CaseappError):
    """A record named by key or id does not exist."""


class StaleEdit(CaseappError):
    """The record was changed by someone else since it was read; the edit was not saved."""


class DatabaseUnusable(CaseappError):
    """The database cannot be used: newer than the program, locked, damaged or missing."""


class ConnectionLost(DatabaseUnusable):
    """The connection to the database server broke; the unfinished transaction wrote nothing."""
