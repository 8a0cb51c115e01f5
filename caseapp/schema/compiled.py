"""The dataset schema compiled into plain Python predicates: a quick, exact yes or no.

jsonschema takes about 15 s to walk a 2,000-participant file; these predicates take about one.
They only answer "valid or not"; where something is wrong, jsonschema is asked again for that
part and explains every error. Only the keywords the dataset schema uses are compiled; a schema
with any other keyword raises `Unsupported`, and then jsonschema does all the work.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Check = Callable[[Any], bool]

# Keywords that never affect validity.
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "title", "description", "default", "examples"}
)


class Unsupported(Exception):
    """The schema uses a keyword this compiler does not know."""


def _is_integer(x: Any) -> bool:
    # Draft 2020-12: 1.0 is an integer, True is not.
    if isinstance(x, bool):
        return False
    return isinstance(x, int) or (isinstance(x, float) and x.is_integer())


def _is_number(x: Any) -> bool:
    return isinstance(x, numbers.Number) and not isinstance(x, bool)


TYPES: dict[str, Check] = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
}


def json_equal(a: Any, b: Any) -> bool:
    """Equality as JSON Schema means it: true is not 1, and lists compare item by item."""
    if a is b:
        return True
    if isinstance(a, str) or isinstance(b, str):
        return bool(a == b)
    if isinstance(a, Sequence) and isinstance(b, Sequence):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return bool(a == b)


def _unique(items: list[Any]) -> bool:
    if all(isinstance(x, str) for x in items):
        return len(set(items)) == len(items)
    return not any(json_equal(items[i], items[j]) for i in range(len(items)) for j in range(i))


def _all(checks: list[Check]) -> Check:
    if not checks:
        return lambda x: True
    if len(checks) == 1:
        return checks[0]
    frozen = tuple(checks)

    def check(x: Any) -> bool:
        # Plain loops here and below: all() over a generator costs a third more on big files.
        for c in frozen:  # noqa: SIM110
            if not c(x):
                return False
        return True

    return check


def compile_schema(schema: Any) -> Check:
    """A predicate that is true exactly when jsonschema (draft 2020-12) finds no error."""
    if schema is True:
        return lambda x: True
    if schema is False:
        return lambda x: False
    if not isinstance(schema, dict):
        raise Unsupported(f"schema {schema!r}")
    fused = _fused(schema)
    if fused is not None:
        return fused
    checks: list[Check] = []
    for keyword, value in schema.items():
        if keyword in _ANNOTATIONS:
            continue
        compiler = _KEYWORDS.get(keyword)
        if compiler is None:
            raise Unsupported(keyword)
        check = compiler(value, schema)
        if check is not None:
            checks.append(check)
    return _all(checks)


def _fused(schema: dict[str, Any]) -> Check | None:
    """One function for the common shapes (a closed object, a string, a value or null).

    Same answers as the keyword-by-keyword predicates, with far fewer calls: this is where the
    time of a large file goes.
    """
    keys = set(schema) - _ANNOTATIONS
    kind = schema.get("type")
    if keys == {"anyOf"} and len(schema["anyOf"]) == 2 and {"type": "null"} in schema["anyOf"]:
        other = compile_schema(next(s for s in schema["anyOf"] if s != {"type": "null"}))
        return lambda x: x is None or other(x)
    if kind == "string" and keys <= {"type", "pattern", "minLength", "maxLength"}:
        return _fused_string(schema)
    if kind == "object" and keys <= {"type", "properties", "required", "additionalProperties"}:
        if schema.get("additionalProperties", True) not in (True, False):
            return None
        return _fused_object(schema)
    return None


def _fused_string(schema: dict[str, Any]) -> Check:
    search = re.compile(schema["pattern"]).search if "pattern" in schema else None
    low = schema.get("minLength", 0)
    high = schema.get("maxLength")

    def check(x: Any) -> bool:
        if not isinstance(x, str):
            return False
        if low and len(x) < low:
            return False
        if high is not None and len(x) > high:
            return False
        return search is None or search(x) is not None

    return check


def _fused_object(schema: dict[str, Any]) -> Check:
    subs = {name: compile_schema(s) for name, s in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    closed = schema.get("additionalProperties", True) is False

    def check(x: Any) -> bool:
        if not isinstance(x, dict):
            return False
        for name in required:
            if name not in x:
                return False
        for key, value in x.items():
            sub = subs.get(key)
            if sub is None:
                if closed:
                    return False
            elif not sub(value):
                return False
        return True

    return check


def _type(value: Any, schema: dict[str, Any]) -> Check:
    names = [value] if isinstance(value, str) else list(value)
    tests = tuple(TYPES[n] for n in names)
    return lambda x: any(t(x) for t in tests)


def _const(value: Any, schema: dict[str, Any]) -> Check:
    return lambda x: json_equal(x, value)


def _enum(value: Any, schema: dict[str, Any]) -> Check:
    if all(isinstance(v, str) for v in value):
        allowed = frozenset(value)
        return lambda x: isinstance(x, str) and x in allowed
    return lambda x: any(json_equal(x, v) for v in value)


def _any_of(value: Any, schema: dict[str, Any]) -> Check:
    subs = tuple(compile_schema(s) for s in value)
    return lambda x: any(s(x) for s in subs)


def _one_of(value: Any, schema: dict[str, Any]) -> Check:
    subs = tuple(compile_schema(s) for s in value)
    return lambda x: sum(1 for s in subs if s(x)) == 1


def _all_of(value: Any, schema: dict[str, Any]) -> Check:
    return _all([compile_schema(s) for s in value])


def _not(value: Any, schema: dict[str, Any]) -> Check:
    sub = compile_schema(value)
    return lambda x: not sub(x)


def _properties(value: Any, schema: dict[str, Any]) -> Check:
    subs = tuple((name, compile_schema(s)) for name, s in value.items())

    def check(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        for name, sub in subs:  # noqa: SIM110
            if name in x and not sub(x[name]):
                return False
        return True

    return check


def _required(value: Any, schema: dict[str, Any]) -> Check:
    names = tuple(value)
    return lambda x: not isinstance(x, dict) or all(n in x for n in names)


def _additional_properties(value: Any, schema: dict[str, Any]) -> Check:
    if "patternProperties" in schema:
        raise Unsupported("patternProperties")
    known = frozenset(schema.get("properties", {}))
    if value is False:
        return lambda x: not isinstance(x, dict) or all(k in known for k in x)
    sub = compile_schema(value)
    return lambda x: not isinstance(x, dict) or all(sub(v) for k, v in x.items() if k not in known)


def _property_names(value: Any, schema: dict[str, Any]) -> Check:
    sub = compile_schema(value)
    return lambda x: not isinstance(x, dict) or all(sub(k) for k in x)


def _min_properties(value: Any, schema: dict[str, Any]) -> Check:
    return lambda x: not isinstance(x, dict) or len(x) >= value


def _max_properties(value: Any, schema: dict[str, Any]) -> Check:
    return lambda x: not isinstance(x, dict) or len(x) <= value


def _items(value: Any, schema: dict[str, Any]) -> Check:
    if "prefixItems" in schema:
        raise Unsupported("prefixItems")
    sub = compile_schema(value)

    def check(x: Any) -> bool:
        if not isinstance(x, list):
            return True
        for item in x:  # noqa: SIM110
            if not sub(item):
                return False
        return True

    return check


def _min_items(value: Any, schema: dict[str, Any]) -> Check:
    return lambda x: not isinstance(x, list) or len(x) >= value


def _max_items(value: Any, schema: dict[str, Any]) -> Check:
    return lambda x: not isinstance(x, list) or len(x) <= value


def _unique_items(value: Any, schema: dict[str, Any]) -> Check | None:
    if not value:
        return None
    return lambda x: not isinstance(x, list) or _unique(x)


def _pattern(value: Any, schema: dict[str, Any]) -> Check:
    # jsonschema runs the pattern with Python's re.search too, so both agree on every string.
    search = re.compile(value).search
    return lambda x: not isinstance(x, str) or search(x) is not None


def _min_length(value: Any, schema: dict[str, Any]) -> Check:
    return lambda x: not isinstance(x, str) or len(x) >= value


def _max_length(value: Any, schema: dict[str, Any]) -> Check:
    return lambda x: not isinstance(x, str) or len(x) <= value


def _number(test: Callable[[Any], bool]) -> Check:
    return lambda x: not _is_number(x) or test(x)


def _minimum(value: Any, schema: dict[str, Any]) -> Check:
    return _number(lambda x: not x < value)


def _maximum(value: Any, schema: dict[str, Any]) -> Check:
    return _number(lambda x: not x > value)


def _exclusive_minimum(value: Any, schema: dict[str, Any]) -> Check:
    return _number(lambda x: x > value)


def _exclusive_maximum(value: Any, schema: dict[str, Any]) -> Check:
    return _number(lambda x: x < value)


_KEYWORDS: dict[str, Callable[[Any, dict[str, Any]], Check | None]] = {
    "type": _type,
    "const": _const,
    "enum": _enum,
    "anyOf": _any_of,
    "oneOf": _one_of,
    "allOf": _all_of,
    "not": _not,
    "properties": _properties,
    "required": _required,
    "additionalProperties": _additional_properties,
    "propertyNames": _property_names,
    "minProperties": _min_properties,
    "maxProperties": _max_properties,
    "items": _items,
    "minItems": _min_items,
    "maxItems": _max_items,
    "uniqueItems": _unique_items,
    "pattern": _pattern,
    "minLength": _min_length,
    "maxLength": _max_length,
    "minimum": _minimum,
    "maximum": _maximum,
    "exclusiveMinimum": _exclusive_minimum,
    "exclusiveMaximum": _exclusive_maximum,
}
