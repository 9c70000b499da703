"""The one validator of field values on the wire, used by the server at push and by a device at
apply. Nothing from the network is trusted: every value must have its catalogue field's precise
type and shape (numbers finite and in range, strings bounded, enums one of their codes, dates
parseable, references canonical UUIDs, JSON values matching their pydantic shape).

Reasons are Danish and never contain the value itself, so they can be shown and logged.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from sync.protocol.catalogue import FieldSpec, FieldType, RecordType

# Bounds for fields the catalogue gives no explicit limit.
MAX_STR = 1_000
MAX_TEXT = 200_000
MAX_JSON_DEPTH = 32
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# An integer field without a range still has to fit a 64-bit database column.
INT_RANGE = (-(2**63), 2**63 - 1)
FLOAT_LIMIT = 1e15


@dataclass(frozen=True, slots=True)
class FieldProblem:
    field: str
    label: str
    reason: str  # Danish, without the value

    def message(self, rt: RecordType) -> str:
        return f"Ugyldig værdi i feltet «{self.label}» på «{rt.label}»: {self.reason}."


def canonical_uuid(value: object) -> bool:
    """A UUID in its one canonical text form: ids are keys, so "ABC…" and "abc…" or the form
    without hyphens must not name two different records."""
    # Exactly the texts with str(uuid.UUID(value)) == value (tests/protocol/test_validation_
    # compiled.py): 32 lowercase hex digits in 8-4-4-4-12, ASCII only.
    return isinstance(value, str) and _UUID_TEXT.fullmatch(value) is not None


def storable_text(value: str) -> bool:
    """Can the databases store this string? PostgreSQL refuses NUL, and neither database can
    encode a lone surrogate, which JSON escapes can smuggle in."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def storable(value: Any, depth: int = 0) -> bool:
    """Can this JSON value be stored and sent back unchanged by both databases?"""
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, int):
        return INT_RANGE[0] <= value <= INT_RANGE[1]
    if isinstance(value, float):
        return math.isfinite(value)  # JSON has no NaN or Infinity, PostgreSQL's jsonb neither
    if isinstance(value, dict):
        return depth < MAX_JSON_DEPTH and all(
            isinstance(k, str) and storable_text(k) and storable(v, depth + 1)
            for k, v in value.items()
        )
    if isinstance(value, list):
        return depth < MAX_JSON_DEPTH and all(storable(v, depth + 1) for v in value)
    return False


_ADAPTERS: dict[int, TypeAdapter[Any]] = {}


def _adapter(shape: Any) -> TypeAdapter[Any]:
    # A shape is a type form (Annotated, Literal, list[...]): typing has no name for those before
    # TypeForm, so it travels as Any.
    # Keyed by identity: the shapes are module constants, and not all of them are hashable.
    adapter = _ADAPTERS.get(id(shape))
    if adapter is None:
        adapter = _ADAPTERS[id(shape)] = TypeAdapter(shape)
    return adapter


def _number_reason(spec: FieldSpec, value: Any) -> str | None:
    integer = spec.type is FieldType.INT
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "skal være et heltal" if integer else "skal være et tal"
    if integer and not isinstance(value, int):
        return "skal være et heltal"
    if isinstance(value, float) and not math.isfinite(value):
        return "skal være et endeligt tal"
    low = spec.minimum if spec.minimum is not None else (INT_RANGE[0] if integer else -FLOAT_LIMIT)
    high = spec.maximum if spec.maximum is not None else (INT_RANGE[1] if integer else FLOAT_LIMIT)
    # Compared as exact numbers: float(10**400) would overflow, the comparison does not.
    if not low <= value <= high:
        return f"skal ligge mellem {_num(low)} og {_num(high)}"
    return None


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x).replace(".", ",")


def _text_reason(spec: FieldSpec, value: Any) -> str | None:
    if not isinstance(value, str):
        return "skal være tekst"
    if not storable_text(value):
        return "indeholder tegn, som ikke kan gemmes"
    limit = spec.max_length or (MAX_TEXT if spec.type is FieldType.TEXT else MAX_STR)
    if len(value) > limit:
        return f"er for lang (højst {limit} tegn)"
    if spec.choices and value not in spec.choices:
        return "er ikke en af de tilladte værdier"
    if spec.pattern and value and re.fullmatch(spec.pattern, value) is None:
        return "har ikke den rette form"
    return None


def value_problem(spec: FieldSpec, value: Any) -> str | None:
    """Why `value` is not a valid wire value of `spec` (a Danish reason), or None if it is."""
    if value is None:
        return "skal udfyldes" if spec.required else None
    match spec.type:
        case FieldType.STR | FieldType.TEXT:
            return _text_reason(spec, value)
        case FieldType.ENUM:
            if not isinstance(value, str) or value not in spec.choices:
                return "er ikke en af de tilladte værdier"
            return None
        case FieldType.REF:
            return None if canonical_uuid(value) else "skal være et gyldigt id"
        case FieldType.INT | FieldType.FLOAT:
            return _number_reason(spec, value)
        case FieldType.BOOL:
            return None if isinstance(value, bool) else "skal være sand eller falsk"
        case FieldType.DATE:
            try:
                ok = isinstance(value, str) and len(value) == 10
                ok = ok and dt.date.fromisoformat(value).isoformat() == value
            except ValueError:
                ok = False
            return None if ok else "skal være en dato (åååå-mm-dd)"
        case FieldType.DATETIME:
            try:
                ok = isinstance(value, str) and len(value) <= 40
                ok = ok and bool(dt.datetime.fromisoformat(value))
            except ValueError:
                ok = False
            return None if ok else "skal være et tidspunkt (ISO 8601)"
        case FieldType.JSON:
            if not isinstance(value, list | dict) or not storable(value):
                return "har en ugyldig opbygning"
            if spec.shape is not None:
                try:
                    _adapter(spec.shape).validate_python(value, strict=True)
                except (ValidationError, OverflowError, TypeError, ValueError):
                    return "har en ugyldig opbygning"
            return None
    return "har en ukendt type"


def field_problem(rt: RecordType, name: str, value: Any) -> FieldProblem | None:
    """The problem with one field write of a record of type `rt`, or None. `deleted` is the
    tombstone every record has; unknown field names are a problem."""
    if name == "deleted":
        if isinstance(value, bool):
            return None
        return FieldProblem(name, name, "skal være sand eller falsk")
    if not rt.has_field(name):
        return FieldProblem(name, name, "findes ikke på posttypen")
    spec = rt.field(name)
    reason = value_problem(spec, value)
    return FieldProblem(name, spec.label or name, reason) if reason else None


def record_problems(
    rt: RecordType, values: dict[str, Any], *, ignore_unknown: bool = False
) -> list[FieldProblem]:
    """Every field problem of a record's values (as pushed or as pulled)."""
    problems: list[FieldProblem] = []
    for name, value in values.items():
        if ignore_unknown and name != "deleted" and not rt.has_field(name):
            continue  # a newer server's field: this app does not know it and ignores it
        problem = field_problem(rt, name, value)
        if problem is not None:
            problems.append(problem)
    return problems


# -- the same verdicts, compiled once per record type (a device applying pulled pages) ---------
# `record_problems` above is the definition. Applying a page asks it ~10 times per record, and
# nearly every value is valid, so a device first runs one check per field built once from its
# FieldSpec (no per-call dispatch on the field type); only a record that fails one is handed
# to `record_problems` for its reasons. Each check answers exactly "value_problem(spec, value)
# is None" (tests/protocol/test_validation_compiled.py holds the two together).

Check = Callable[[Any], bool]


def _text_check(spec: FieldSpec, none_ok: bool) -> Check:
    limit = spec.max_length or (MAX_TEXT if spec.type is FieldType.TEXT else MAX_STR)
    choices = frozenset(spec.choices) if spec.choices else None
    pattern = re.compile(spec.pattern) if spec.pattern else None

    def check(value: Any) -> bool:
        if value is None:
            return none_ok
        if not isinstance(value, str) or len(value) > limit or "\x00" in value:
            return False
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return False
        if choices is not None and value not in choices:
            return False
        return pattern is None or not value or pattern.fullmatch(value) is not None

    return check


def _enum_check(spec: FieldSpec, none_ok: bool) -> Check:
    choices = frozenset(spec.choices)

    def check(value: Any) -> bool:
        if value is None:
            return none_ok
        return isinstance(value, str) and value in choices

    return check


def _ref_check(spec: FieldSpec, none_ok: bool) -> Check:
    match = _UUID_TEXT.fullmatch

    def check(value: Any) -> bool:
        if value is None:
            return none_ok
        return isinstance(value, str) and match(value) is not None

    return check


def _number_check(spec: FieldSpec, none_ok: bool) -> Check:
    integer = spec.type is FieldType.INT
    low = spec.minimum if spec.minimum is not None else (INT_RANGE[0] if integer else -FLOAT_LIMIT)
    high = spec.maximum if spec.maximum is not None else (INT_RANGE[1] if integer else FLOAT_LIMIT)
    kinds: Any = int if integer else int | float

    def check(value: Any) -> bool:
        if value is None:
            return none_ok
        if isinstance(value, bool) or not isinstance(value, kinds):
            return False
        if isinstance(value, float) and not math.isfinite(value):
            return False
        return bool(low <= value <= high)

    return check


def _bool_check(spec: FieldSpec | None, none_ok: bool) -> Check:
    def check(value: Any) -> bool:
        if value is None:
            return none_ok
        return isinstance(value, bool)

    return check


def _date_check(spec: FieldSpec, none_ok: bool) -> Check:
    def check(value: Any) -> bool:
        if value is None:
            return none_ok
        try:
            return (
                isinstance(value, str)
                and len(value) == 10
                and dt.date.fromisoformat(value).isoformat() == value
            )
        except ValueError:
            return False

    return check


def _datetime_check(spec: FieldSpec, none_ok: bool) -> Check:
    def check(value: Any) -> bool:
        if value is None:
            return none_ok
        try:
            return isinstance(value, str) and len(value) <= 40 and bool(
                dt.datetime.fromisoformat(value)
            )
        except ValueError:
            return False

    return check


def _storable_quick(value: Any, depth: int) -> bool:
    """`storable(value, depth)`, with the exact types JSON decoding gives checked inline; any
    other type (a subclass) is left to `storable` itself."""
    kind = type(value)
    if kind is str:
        return "\x00" not in value and (value.isascii() or storable_text(value))
    if kind is dict:
        if depth >= MAX_JSON_DEPTH:
            return False
        for k, v in value.items():
            if type(k) is str:
                if "\x00" in k or not (k.isascii() or storable_text(k)):
                    return False
            elif not (isinstance(k, str) and storable_text(k)):
                return False
            if type(v) is str:  # the common leaf, without a call
                if "\x00" in v or not (v.isascii() or storable_text(v)):
                    return False
            elif not _storable_quick(v, depth + 1):
                return False
        return True
    if kind is list:
        if depth >= MAX_JSON_DEPTH:
            return False
        for v in value:
            if type(v) is str:
                if "\x00" in v or not (v.isascii() or storable_text(v)):
                    return False
            elif not _storable_quick(v, depth + 1):
                return False
        return True
    if kind is int:
        return bool(INT_RANGE[0] <= value <= INT_RANGE[1])
    if value is None or kind is bool:
        return True
    if kind is float:
        return math.isfinite(value)
    return storable(value, depth)


def _json_check(spec: FieldSpec, none_ok: bool) -> Check:
    adapter = _adapter(spec.shape) if spec.shape is not None else None

    def check(value: Any) -> bool:
        if value is None:
            return none_ok
        if not isinstance(value, list | dict) or not _storable_quick(value, 0):
            return False
        if adapter is not None:
            try:
                adapter.validate_python(value, strict=True)
            except (ValidationError, OverflowError, TypeError, ValueError):
                return False
        return True

    return check


def _unknown_check(spec: FieldSpec, none_ok: bool) -> Check:
    return lambda value: value is None and none_ok


_CHECK_BUILDERS: dict[FieldType, Callable[[FieldSpec, bool], Check]] = {
    FieldType.STR: _text_check,
    FieldType.TEXT: _text_check,
    FieldType.ENUM: _enum_check,
    FieldType.REF: _ref_check,
    FieldType.INT: _number_check,
    FieldType.FLOAT: _number_check,
    FieldType.BOOL: _bool_check,
    FieldType.DATE: _date_check,
    FieldType.DATETIME: _datetime_check,
    FieldType.JSON: _json_check,
}


def value_check(spec: FieldSpec) -> Check:
    """A function answering `value_problem(spec, value) is None`, built once for the field."""
    return _CHECK_BUILDERS.get(spec.type, _unknown_check)(spec, not spec.required)


_CHECKS: dict[int, tuple[RecordType, dict[str, Check]]] = {}


def record_checks(rt: RecordType) -> dict[str, Check]:
    """Field name -> check for every field of `rt`, and `deleted`; built once per record type."""
    held = _CHECKS.get(id(rt))
    if held is None or held[0] is not rt:
        checks = {spec.name: value_check(spec) for spec in rt.fields}
        checks["deleted"] = _bool_check(None, False)
        held = _CHECKS[id(rt)] = (rt, checks)
    return held[1]


def compiled_record_problems(
    rt: RecordType, values: dict[str, Any], *, ignore_unknown: bool = False
) -> list[FieldProblem]:
    """`record_problems(rt, values, ignore_unknown=...)`, fast for the valid record."""
    checks = record_checks(rt)
    for name, value in values.items():
        check = checks.get(name)
        if check is None:
            if ignore_unknown:
                continue
            break
        if not check(value):
            break
    else:
        return []
    return record_problems(rt, values, ignore_unknown=ignore_unknown)
