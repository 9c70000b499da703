"""The compiled checks a device runs on pulled pages give exactly the verdicts of the one
validator (sync.protocol.validation.record_problems), on valid and on hostile values."""

from __future__ import annotations

import enum
import math
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services import demo
from sync.protocol.catalogue import CATALOGUE, FieldSpec
from sync.protocol.validation import (
    MAX_JSON_DEPTH,
    canonical_uuid,
    compiled_record_problems,
    record_problems,
    value_check,
    value_problem,
)

SPECS: list[tuple[str, FieldSpec]] = [
    (rt.name, spec) for rt in CATALOGUE.values() for spec in rt.fields
]
UID = "0192a5b8-7c3e-7def-8123-456789abcdef"


class _Text(str):
    pass


class _Number(int):
    pass


class _Colour(enum.IntEnum):
    RED = 1


def _deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


HOSTILE: list[Any] = [
    None, True, False, 0, 1, -1, 7, 7.5, 168, 168.01, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1,
    10**400, 1e15, 1e16, -1e15, -1e16, math.nan, math.inf, -math.inf, 0.1, -0.0,
    "", " ", "x", "7", "Åse Bæk", "a\x00b", "\x00", "\ud800", "x\udfffy", "x" * 1_000,
    "x" * 1_001, "x" * 200_000, "x" * 200_001, "æ" * 1_001,
    UID, UID.upper(), UID.replace("-", ""), "{" + UID + "}", "urn:uuid:" + UID, UID + " ",
    UID[:-1] + "g", UID.replace("0", "٠"), UID.replace("-", "_"), UID[:8] + "_" + UID[9:],
    UID[:35], UID + "0",
    "2024-02-29", "2023-02-29", "2024-2-29", "2024-02-29T00:00", "20240229", "٢٠٢٤-٠٢-٢٩",
    "2024-13-01", "0001-01-01", "9999-12-31",
    "2024-02-29T10:00:00", "2024-02-29T10:00:00+01:00", "2024-02-29 10:00", "2024-02-29T25:00",
    "2024-02-29T10:00:00.123456+01:00" + "0" * 20, "2024-02-29T10:00:00Z",
    "8000", "800", "80000", "12345678", "+4512345678",
    [], {}, [1], [7.5], {"a": 1}, {"evil": 1}, ["x"] * 5, [["x"]], [math.nan], [math.inf],
    [2**63], [2**64], [True], [None], {"a": "\x00"}, {"\x00": 1}, {"\ud800": 1}, {"a": "\ud800"},
    {1: "x"}, {None: "x"}, [{"name": "Bo", "role": "borger"}], [{"name": "Bo", "role": "chef"}],
    [{"name": "x" * 201, "role": "borger"}], {"man": 5.0}, {"man": 25.0}, {"man": "5"},
    _deep(MAX_JSON_DEPTH - 1), _deep(MAX_JSON_DEPTH), _deep(MAX_JSON_DEPTH + 1),
    {"a": _deep(MAX_JSON_DEPTH)}, ("a",), {"a"}, b"x", object(), _Text("x"), _Text(UID),
    _Number(7), _Colour.RED, [_Text("x")], {_Text("k"): _Number(2)}, [1.5, "x", None, {}],
]


def _choice_values(spec: FieldSpec) -> list[Any]:
    return [c for c in spec.choices] + [c + " " for c in spec.choices[:2]] + [
        c.upper() for c in spec.choices[:2]
    ]


def _valid_values() -> dict[tuple[str, str], list[Any]]:
    """Every value the demo data writes, per field: the valid side of each field's check."""
    out: dict[tuple[str, str], list[Any]] = {}
    for record in demo.records(cases=3, meetings_per_case=3):
        rt = record.catalogue()
        for name, value in record.to_values().items():
            out.setdefault((rt.name, name), []).append(value)
    return out


VALID = _valid_values()


def _mutations(value: Any) -> list[Any]:
    """Broken copies of a valid JSON value: a leaf swapped for a hostile one, a key added."""
    out: list[Any] = []
    if isinstance(value, list) and value:
        out += [[*value, "\x00"], [*value, math.nan], value * 60, [value], value[:1] + [{"x": 1}]]
        out += [[_mutated_leaf(v) for v in value]]
    if isinstance(value, dict):
        out += [{**value, "evil": 1}, {k: _mutated_leaf(v) for k, v in value.items()}]
        out += [{k: None for k in value}]
    return out


def _mutated_leaf(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("\ud800" if isinstance(v, str) else 2**64) for k, v in value.items()}
    if isinstance(value, str):
        return value + "\x00"
    return [value]


@pytest.mark.parametrize(("record_type", "spec"), SPECS, ids=[f"{t}.{s.name}" for t, s in SPECS])
def test_each_field_check_agrees_with_the_validator(record_type: str, spec: FieldSpec) -> None:
    check = value_check(spec)
    valid = VALID.get((record_type, spec.name), [])
    values = [*HOSTILE, *_choice_values(spec), *valid]
    for v in valid:
        values += _mutations(v)
    for value in values:
        assert check(value) == (value_problem(spec, value) is None), (spec.name, repr(value)[:80])


def test_the_table_covers_both_verdicts() -> None:
    # A table of only valid (or only broken) values would prove nothing.
    verdicts = {
        value_problem(spec, value) is None
        for _t, spec in SPECS
        for value in HOSTILE
    }
    assert verdicts == {True, False}
    assert sum(len(v) for v in VALID.values()) > 100


def test_demo_records_are_valid_to_both() -> None:
    for record in demo.records(cases=3, meetings_per_case=3):
        rt = record.catalogue()
        values = record.to_values()
        assert compiled_record_problems(rt, values) == record_problems(rt, values) == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**65), max_value=2**65)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=4),
    max_leaves=12,
)
UUIDISH = st.text(alphabet="0123456789abcdefABCDEF-{}_:nru ٣", min_size=30, max_size=46)
DATEISH = st.from_regex(r"[0-9٣]{1,5}-[0-9]{1,3}-[0-9]{1,3}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?",
                        fullmatch=True)
VALUES = JSON | UUIDISH | DATEISH | st.sampled_from(HOSTILE) | st.builds(
    lambda: str(uuid.uuid4())
)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(SPECS), VALUES)
def test_any_value_gets_the_same_verdict(pair: tuple[str, FieldSpec], value: Any) -> None:
    _t, spec = pair
    assert value_check(spec)(value) == (value_problem(spec, value) is None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(CATALOGUE)), st.data(), st.booleans())
def test_any_record_gets_the_same_problems(type_name: str, data: Any, ignore: bool) -> None:
    rt = CATALOGUE[type_name]
    names = st.sampled_from([*rt.field_names, "deleted", "no_such_field"])
    base = dict(data.draw(st.sampled_from(
        [r.to_values() for r in demo.records(cases=1, meetings_per_case=1)
         if r.catalogue() is rt] or [{}]
    )))
    base.update(data.draw(st.dictionaries(names, VALUES, max_size=3)))
    expected = record_problems(rt, base, ignore_unknown=ignore)
    assert compiled_record_problems(rt, base, ignore_unknown=ignore) == expected


def _reference_uuid(value: object) -> bool:
    # canonical_uuid as it was written before it became a pattern.
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


@settings(max_examples=1000, deadline=None)
@given(UUIDISH | st.builds(lambda: str(uuid.uuid4())) | st.text(max_size=40))
def test_canonical_uuid_is_the_uuid_module_round_trip(value: str) -> None:
    assert canonical_uuid(value) == _reference_uuid(value)


@pytest.mark.parametrize("value", [v for v in HOSTILE if isinstance(v, str)] + [1, None, b"x"])
def test_canonical_uuid_on_the_table(value: Any) -> None:
    assert canonical_uuid(value) == _reference_uuid(value)
