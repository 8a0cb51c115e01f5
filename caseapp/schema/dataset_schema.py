"""The JSON Schema of dataset format v1, shipped with the program, and its errors in plain words.

Every schema error becomes a Problem named by its path in the document
(`participants[3].activities[0].end`). Values are repeated in a message only when they are short
codes, dates or numbers: never free text, never anything that looks like a CPR number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, cast

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from caseapp.bundled import resource
from caseapp.domain import cpr
from caseapp.domain.errors import Message, Problem
from caseapp.schema.fast_check import Check, fast_check
from caseapp.schema.json_values import TYPES, json_equal
from caseapp.schema.paths import child, join_path

SCHEMA_RESOURCE = "dataset-v1.schema.json"

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)"
# `$(?!\n)`: the end of the text, not before a final line break (as `$` alone allows).
# Each filled with the value (shown when it is safe to show) as {value}.
_PATTERN_WORDS = {
    "^" + _YEAR + r"-[0-9]{2}-[0-9]{2}$(?!\n)": Message(
        "{value} is not a date written YYYY-MM-DD between 1900 and 2100"
    ),
    "^" + _YEAR + r"-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$(?!\n)": Message(
        "{value} is not a date and time written YYYY-MM-DDTHH:MM between 1900 and 2100"
    ),
    r"^[0-9]{6}-[0-9]{4}$(?!\n)": Message("must be DDMMYY-SSSS (digits 0-9)"),
    r"^\S(.*\S)?$(?!\n)": Message("{value} must not start or end with a space, tab or line break"),
}
_NOT_AS_EXPECTED = Message("{value} is not written as expected")
# Values shown in messages look like codes, dates or times: one short word, no spaces.
_SHOWABLE = re.compile(r"^[\w.:/+-]{1,40}$")


@cache
def load_schema() -> dict[str, Any]:
    """The schema as shipped with the program (not a file the user could have changed)."""
    text = resource(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validators() -> tuple[Draft202012Validator, Draft202012Validator]:
    schema = load_schema()
    return Draft202012Validator(schema), Draft202012Validator(_participant_schema())


def _participant_schema() -> dict[str, Any]:
    schema: dict[str, Any] = load_schema()["properties"]["participants"]["items"]
    return schema


@cache
def _fast_checks() -> tuple[Check, Check]:
    return fast_check(load_schema()), fast_check(_participant_schema())


def schema_problems(doc: Any) -> list[Problem]:
    """Every way `doc` breaks the schema, each named by its path; empty when it is valid."""
    whole, per_participant = _validators()
    fast = _fast_checks()
    if fast[0](doc):
        return []
    people = doc.get("participants") if isinstance(doc, dict) else None
    if not isinstance(people, list):
        return _unique(_problems(whole.iter_errors(doc)))
    # The participants are most of a large file: only those that fail the quick check are
    # walked by jsonschema, which is what takes the time.
    problems = _problems(whole.iter_errors({**doc, "participants": []}))
    for i, person in enumerate(people):
        if not fast[1](person):
            problems += _problems(per_participant.iter_errors(person), ("participants", i))
    return _unique(problems)


def _unique(problems: Iterable[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def _problems(errors: Iterable[ValidationError], prefix: Sequence[str | int] = ()) -> list[Problem]:
    out: list[Problem] = []
    for error in errors:
        out += _explain(error, prefix)
    return out


def _where(error: ValidationError, prefix: Sequence[str | int]) -> str:
    return join_path([*prefix, *error.absolute_path])


def _explain(error: ValidationError, prefix: Sequence[str | int]) -> Iterator[Problem]:
    where = _where(error, prefix)
    rule, value = error.validator, cast(Any, error.validator_value)
    instance = cast(Any, error.instance)
    if rule in ("anyOf", "oneOf"):
        yield from _explain_choice(error, prefix)
    elif rule == "required":
        for name in value:
            if isinstance(instance, dict) and name not in instance:
                yield Problem(child(where, name), "is required")
    elif rule == "additionalProperties" and value is False:
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        for name in instance:
            if name not in known:
                yield Problem(child(where, str(name)), "is not a field of this record")
    elif "propertyNames" in error.schema_path:
        yield Problem(where, "has an unknown key: {detail}", detail=str(_message(error)))
    else:
        yield Problem(where, _message(error))


def _message(error: ValidationError) -> Message:
    rule, value = error.validator, cast(Any, error.validator_value)
    instance = cast(Any, error.instance)
    if rule == "type":
        return Message(
            "must be {kinds}", kinds=_type_words([value] if isinstance(value, str) else value)
        )
    if rule == "enum":
        return Message(
            "{value} is not one of: {allowed}",
            value=_shown(instance),
            allowed=", ".join(str(v) for v in value),
        )
    if rule == "const":
        return Message("must be {value}", value=json.dumps(value))
    if rule == "pattern":
        words = _PATTERN_WORDS.get(value, _NOT_AS_EXPECTED)
        if "DDMMYY" in words.template:
            return words  # a CPR number is never repeated, not even masked
        return Message(words.template, value=_shown(instance))
    if rule == "minLength":
        if value == 1:
            return Message("must not be empty")
        return Message("must be at least {count} characters", count=value)
    if rule == "maxLength":
        return Message("is longer than {max_len} characters", max_len=value)
    if rule == "minimum":
        return Message("must be at least {low} (is {value})", low=value, value=_shown(instance))
    if rule == "maximum":
        return Message("must be at most {high} (is {value})", high=value, value=_shown(instance))
    if rule == "exclusiveMinimum":
        return Message("must be more than {low} (is {value})", low=value, value=_shown(instance))
    if rule == "exclusiveMaximum":
        return Message("must be less than {high} (is {value})", high=value, value=_shown(instance))
    if rule == "uniqueItems":
        return Message("lists the same value more than once")
    if rule == "minItems":
        if value == 1:
            return Message("must not be empty")
        return Message("must list at least {count}", count=value)
    if rule == "minProperties":
        if value == 1:
            return Message("must not be empty")
        return Message("must have at least {count} entries", count=value)
    if rule == "false":
        return Message("is not allowed here")
    return Message("breaks the rule '{rule}' of the dataset format", rule=rule)


def _shown(value: Any) -> str:
    """A value fit to repeat in a message: short codes, dates and numbers, never free text."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str) and _SHOWABLE.match(value) and not cpr.looks_like(value):
        return repr(value)
    return "the value"


def _type_words(names: Iterable[str]) -> str:
    return " or ".join(_TYPE_WORDS.get(n, n) for n in names)


def _branch_fits(branch: Any, instance: Any) -> bool:
    """Whether a branch of anyOf/oneOf is meant for a value of this JSON type."""
    if not isinstance(branch, dict):
        return True
    if "type" in branch:
        names = [branch["type"]] if isinstance(branch["type"], str) else branch["type"]
        return any(TYPES[n](instance) for n in names)
    if "const" in branch:
        return json_equal(branch["const"], instance)
    if "enum" in branch:
        return any(type(v) is type(instance) for v in branch["enum"])
    return True


def _branch_words(branch: Any) -> str:
    if isinstance(branch, dict) and "type" in branch:
        names = [branch["type"]] if isinstance(branch["type"], str) else branch["type"]
        return _type_words(names)
    if isinstance(branch, dict) and "enum" in branch:
        return "one of: " + ", ".join(str(v) for v in branch["enum"])
    if isinstance(branch, dict) and "const" in branch:
        return json.dumps(branch["const"])
    return "of another form"


def _explain_choice(error: ValidationError, prefix: Sequence[str | int]) -> Iterator[Problem]:
    """anyOf/oneOf: find the branch the value was meant for and explain why it fails that one."""
    where = _where(error, prefix)
    branches: list[Any] = list(cast(Any, error.validator_value))
    instance = error.instance
    fitting = [i for i, b in enumerate(branches) if _branch_fits(b, instance)]
    if not fitting:
        yield Problem(
            where, "must be {kinds}", kinds=" or ".join(_branch_words(b) for b in branches)
        )
        return
    if len(fitting) > 1 and isinstance(instance, dict):
        chosen = _by_discriminator(branches, fitting, instance, where)
        if isinstance(chosen, Problem):
            yield chosen
            return
        fitting = chosen
    if len(fitting) == 1:
        errors = [e for e in error.context or () if e.relative_schema_path[0] == fitting[0]]
        if errors:
            yield from _problems(errors, prefix)
            return
    if not error.context:
        yield Problem(where, "fits more than one of the allowed forms")
        return
    best = best_match(error.context)
    yield from _explain(best, prefix)


def _by_discriminator(
    branches: list[Any], fitting: list[int], instance: dict[str, Any], where: str
) -> list[int] | Problem:
    """Branches that tell themselves apart by one constant field (a metric's `kind`)."""
    consts: dict[str, list[tuple[int, Any]]] = {}
    for i in fitting:
        props = branches[i].get("properties", {}) if isinstance(branches[i], dict) else {}
        for name, sub in props.items():
            if isinstance(sub, dict) and "const" in sub:
                consts.setdefault(name, []).append((i, sub["const"]))
    for name, pairs in consts.items():
        if len(pairs) != len(fitting):
            continue
        matching = [i for i, const in pairs if json_equal(instance.get(name), const)]
        if matching:
            return matching
        allowed = ", ".join(str(const) for _, const in pairs)
        if name not in instance:
            return Problem(child(where, name), "is required (one of: {allowed})", allowed=allowed)
        return Problem(
            child(where, name),
            "{value} is not one of: {allowed}",
            value=_shown(instance[name]),
            allowed=allowed,
        )
    return fitting
