"""A plan period's optional paid hours beside the praktik: a signed plan's content hash does not
change, the wire shape accepts and range-checks the value, and validation keeps the week's total
within 37 hours."""

from __future__ import annotations

import hashlib

from desktop.domain.lifecycle import content_hash
from desktop.domain.records import HoursPeriod, Plan
from desktop.domain.validation import validate_periods
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.codec import canonical_json
from sync.protocol.validation import value_problem


def _plan(*periods: HoursPeriod) -> Plan:
    return Plan(
        id="0190f3a2-7c1e-7000-8000-000000000001",
        case_id="c1",
        goal="Fast job i lageret",
        periods=list(periods),
        consequence="Ansættelse i 15 timer, hvis praktikken lykkes.",
    )


def _hash_as_before_paid_hours_existed(plan: Plan) -> str:
    """The content hash computed the way it was before periods had paid hours: each period
    as exactly its four fields."""
    rt = plan.catalogue()
    content = {}
    for name in rt.frozen_fields:
        if not rt.field(name).printable:
            continue
        value = plan.to_values()[name]
        if name == "periods":
            value = [
                {k: p[k] for k in ("from_week", "to_week", "days_per_week", "hours_per_day")}
                for p in value
            ]
        content[name] = value
    payload = {"type": "plan", "id": plan.id, "version": plan.version, "content": content}
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def test_a_plan_without_paid_hours_keeps_its_content_hash() -> None:
    plan = _plan(HoursPeriod(1, 2, 2, 2.0), HoursPeriod(3, 8, 4, 3.5))
    assert "paid_hours_per_week" not in plan.to_values()["periods"][0]
    assert content_hash(plan) == _hash_as_before_paid_hours_existed(plan)
    # A plan stored before the field existed reads back with the same hash.
    stored = Plan.from_values(plan.id, plan.to_values())
    assert stored.periods[0].paid_hours_per_week is None
    assert content_hash(stored) == content_hash(plan)


def test_paid_hours_are_part_of_the_signed_content() -> None:
    without = _plan(HoursPeriod(1, 4, 3, 3.0))
    with_paid = _plan(HoursPeriod(1, 4, 3, 3.0, paid_hours_per_week=10.0))
    assert content_hash(without) != content_hash(with_paid)
    values = with_paid.to_values()
    assert values["periods"][0]["paid_hours_per_week"] == 10.0
    again = Plan.from_values(with_paid.id, values)
    assert again.periods[0].paid_hours_per_week == 10.0
    assert again.periods[0].total_hours_per_week == 19.0
    assert content_hash(again) == content_hash(with_paid)


def test_the_wire_shape_accepts_old_and_new_periods_and_range_checks_paid_hours() -> None:
    spec = CATALOGUE["plan"].field("periods")
    old = [{"from_week": 1, "to_week": 2, "days_per_week": 2, "hours_per_day": 2.0}]
    assert value_problem(spec, old) is None
    assert value_problem(spec, [{**old[0], "paid_hours_per_week": 12.5}]) is None
    assert value_problem(spec, [{**old[0], "paid_hours_per_week": 38.0}]) is not None
    assert value_problem(spec, [{**old[0], "paid_hours_per_week": -1.0}]) is not None
    assert value_problem(spec, [{**old[0], "paid_hours_per_week": "10"}]) is not None


def test_praktik_and_paid_hours_together_are_at_most_37_a_week() -> None:
    assert validate_periods([HoursPeriod(1, 4, 3, 4.0, paid_hours_per_week=20.0)]) == []
    problems = validate_periods([HoursPeriod(1, 4, 4, 4.0, paid_hours_per_week=25.0)])
    assert [p.code for p in problems] == ["period.total"]
    assert "tilsammen 41 timer" in problems[0].message
    problems = validate_periods([HoursPeriod(1, 4, 1, 1.0, paid_hours_per_week=40.0)])
    assert [p.code for p in problems] == ["period.paid"]
