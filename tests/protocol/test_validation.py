"""The one validator (sync.protocol.validation) and the canonical JSON form."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.protocol.catalogue import CATALOGUE, FieldType
from sync.protocol.codec import canonical_json, same_value
from sync.protocol.merge import apply_writes
from sync.protocol.validation import field_problem, record_problems, value_problem

MEETING = CATALOGUE["meeting"]
AGREEMENT = CATALOGUE["agreement"]
PLAN = CATALOGUE["plan"]


@pytest.mark.parametrize(
    "value", [10**400, -1, 168.01, math.nan, math.inf, -math.inf, True, "7", [7], {"h": 7}]
)
def test_hours_out_of_range_or_of_the_wrong_type_are_invalid(value) -> None:
    assert value_problem(MEETING.field("actual_hours"), value) is not None


@pytest.mark.parametrize("value", [0, 7, 7.5, 168, None])
def test_hours_in_range_are_valid(value) -> None:
    assert value_problem(MEETING.field("actual_hours"), value) is None


@pytest.mark.parametrize(
    "value",
    [
        {"evil": 1},
        [1, 2, 3],
        [{"name": "Bo", "role": "chef"}],
        [{"name": "Bo", "role": "borger", "cpr": "x"}],
        [{"role": "borger"}],
        [{"name": 5, "role": "borger"}],
        [{"name": "x" * 201, "role": "borger"}],
        [{"name": "Bo", "role": "borger"}] * 51,
        "Bo",
    ],
)
def test_participants_of_any_other_shape_are_invalid(value) -> None:
    assert value_problem(MEETING.field("participants"), value) == "har en ugyldig opbygning"


def test_participants_as_the_editor_writes_them_are_valid() -> None:
    ok = [{"name": "Åse", "role": "borger"}, {"name": "Bo", "role": "mentor"}, {"name": "K"}]
    assert value_problem(MEETING.field("participants"), ok) is None


@pytest.mark.parametrize(
    ("record_type", "name", "good", "bad"),
    [
        ("agreement", "accommodations",
         [{"category": "ekstra_pauser", "description": "To", "when": "Dagligt"}],
         [{"category": "frokost", "description": "To"}]),
        ("agreement", "weekday_hours", {"man": 4.0, "tir": 3}, {"man": 25}),
        ("agreement", "parties", {"borger": {"name": "A"}, "jobcenter": {"name": "J",
                                                                        "contact": None}},
         {"kunde": {"name": "A"}}),
        ("plan", "periods",
         [{"from_week": 1, "to_week": 4, "days_per_week": 3, "hours_per_day": 2.5}],
         [{"from_week": 1, "to_week": 4, "days_per_week": 8, "hours_per_day": 2.5}]),
        ("plan", "sub_goals", ["Stabilt fremmøde"], [1]),
        ("plan", "commitments", {"borger": "Møder op"}, {"borger": ["x"]}),
        ("case", "mentors", ["mo"], [""]),
        ("case", "aftercare_cadence", [14, 30], [0]),
        ("company", "contacts", [{"name": "Leder", "role": "Chef"}], [{"navn": "Leder"}]),
        ("signature", "strokes", [[[0.1, 0.2], [0.3, 0.4]]], [[[0.1]]]),
    ],
)
def test_every_json_field_has_a_schema(record_type, name, good, bad) -> None:
    spec = CATALOGUE[record_type].field(name)
    assert spec.shape is not None
    assert value_problem(spec, good) is None
    assert value_problem(spec, bad) is not None


def test_every_json_field_of_the_catalogue_has_a_shape() -> None:
    for rt in CATALOGUE.values():
        for spec in rt.fields:
            if spec.type is FieldType.JSON:
                assert spec.shape is not None, (rt.name, spec.name)
            if spec.type in (FieldType.INT, FieldType.FLOAT) and spec.name.endswith("hours"):
                assert spec.maximum == 168, (rt.name, spec.name)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("case_id", "ABCDEF01-0000-7000-8000-000000000000"),  # not canonical (upper case)
        ("case_id", "0190b6b60000700080000000000000000"),
        ("starts_at", "i morgen"),
        ("next_meeting_at", 17),
        ("kind", "fest"),
        ("place", "x" * 201),
        ("notes", "a\x00b"),
        ("colour", "blå"),
        ("deleted", "ja"),
    ],
)
def test_other_invalid_values(name, value) -> None:
    problem = field_problem(MEETING, name, value)
    assert problem is not None and problem.reason
    assert str(value) not in problem.message(MEETING)  # reasons never quote the value


def test_dates_must_be_real_dates() -> None:
    spec = AGREEMENT.field("valid_from")
    assert value_problem(spec, "2026-02-28") is None
    assert value_problem(spec, "2026-02-30") is not None
    assert value_problem(spec, "20260228") is not None


def test_record_problems_ignores_a_newer_servers_unknown_fields_only_when_asked() -> None:
    values = {"kind": "opfoelgning", "future_field": 1}
    assert record_problems(MEETING, values, ignore_unknown=True) == []
    assert [p.field for p in record_problems(MEETING, values)] == ["future_field"]


def test_canonical_json_sorts_keys_and_keeps_unicode() -> None:
    assert canonical_json({"b": 1, "a": {"d": "æ", "c": [2, 1]}}) == (
        '{"a":{"c":[2,1],"d":"æ"},"b":1}'
    )
    with pytest.raises(ValueError):
        canonical_json({"h": math.nan})


def test_same_value_ignores_key_order_but_not_types() -> None:
    spec = AGREEMENT.field("parties")
    a = {"borger": {"name": "A"}, "jobcenter": {"name": "J", "contact": "K"}}
    b = {"jobcenter": {"contact": "K", "name": "J"}, "borger": {"name": "A"}}
    assert same_value(spec, a, b)
    assert not same_value(spec, {"x": 1}, {"x": True})
    assert not same_value(spec, {"x": 1}, None)


def test_signed_document_with_reordered_json_is_not_a_frozen_change() -> None:
    current = {
        "status": "underskrevet",
        "weekday_hours": {"man": 4.0, "tir": 4.0},
        "parties": {"borger": {"name": "A"}, "virksomhed": {"name": "V", "contact": "C"}},
    }
    clocks = {k: "001796164512292:00000:dev" for k in current}
    writes = {
        "weekday_hours": ({"tir": 4.0, "man": 4.0}, "001796164512293:00000:dev", None),
        "parties": (
            {"virksomhed": {"contact": "C", "name": "V"}, "borger": {"name": "A"}},
            "001796164512293:00000:dev",
            None,
        ),
    }
    out = apply_writes(AGREEMENT, current, clocks, writes)
    assert out.refusal is None
    changed = apply_writes(AGREEMENT, current, clocks, {"weekday_hours": ({"man": 5.0},
                                                                          "001796164512293:00000:dev",
                                                                          None)})
    assert changed.refusal == "frozen"


_json = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)
_ALL_FIELDS = [(rt, spec) for rt in CATALOGUE.values() for spec in rt.fields]


@settings(max_examples=300, deadline=None)
@given(field=st.sampled_from(_ALL_FIELDS), value=_json)
def test_any_json_value_in_any_field_is_judged_never_raises(field, value) -> None:
    rt, spec = field
    problem = field_problem(rt, spec.name, value)
    if problem is None:
        # Whatever passes can be stored and compared in the canonical form.
        canonical_json(value)
    else:
        assert problem.reason and problem.message(rt)
