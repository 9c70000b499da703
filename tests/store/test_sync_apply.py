"""A device applying pulled pages: JSON compared as values, hostile records quarantined."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

import pytest

from desktop.domain.records import Accommodation, Agreement, Case, Citizen, Meeting
from desktop.services.sync import StoreSyncAdapter
from desktop.store import clocks as clock_column
from desktop.store import syncing
from sync.client.engine import SyncEngine
from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.wire import OpResult, OpStatus, PullResponse, PushRequest, PushResponse

CLOCK = HybridClock("server")


def _stamp() -> str:
    return str(CLOCK.now())


def _change(seq: int, record_type: str, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
    stamp = _stamp()
    return {
        "seq": seq, "record_type": record_type, "record_id": record_id,
        "values": values, "clocks": {k: stamp for k in values},
    }


def _page_text(changes: list[dict[str, Any]], cursor: int) -> str:
    # Built as JSON text: what the device parses off the wire (10**400 is a valid JSON number).
    return json.dumps({"changes": changes, "cursor": cursor, "more": False, "server_time_ms": 1})


class FakeServer:
    """A transport answering pushes with nothing to do and pulls with the pages it is given."""

    def __init__(self, pages: list[str]) -> None:
        self.pages = pages
        self.pulled_from: list[int] = []

    def push(self, request: PushRequest) -> PushResponse:
        results = [OpResult(op_id=op.op_id, status=OpStatus.APPLIED) for op in request.ops]
        return PushResponse(results=results, server_time_ms=1)

    def pull(self, cursor: int, limit: int, *, count: bool = False) -> PullResponse:
        self.pulled_from.append(cursor)
        return PullResponse.model_validate_json(self.pages.pop(0))


def _signed_agreement(store) -> Agreement:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test"))
    agreement = Agreement(
        id=uuid7(),
        case_id=case.id,
        status="underskrevet",
        parties={
            "virksomhed": {"name": "Firma ApS", "contact": "Leder"},
            "borger": {"name": "Test Borger"},
            "jobcenter": {"name": "Jobcenter Test", "contact": "K"},
        },
        valid_from=dt.date(2026, 3, 1),
        hours_per_week=10.0,
        weekday_hours={"tir": 5.0, "man": 5.0},
        accommodations=[Accommodation("ekstra_pauser", "To pauser", "Dagligt")],
    )
    return store.save(agreement)


def _row(store, table: str, record_id: str) -> Any:
    with store.read() as conn:
        return conn.exec_driver_sql(
            f'SELECT * FROM "{table}" WHERE id = ?', (record_id,)
        ).first()


def _reordered(value: Any) -> Any:
    """The same JSON value with every object's keys in reverse order (as jsonb may hand back)."""
    if isinstance(value, dict):
        return {k: _reordered(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reordered(v) for v in value]
    return value


def test_reordered_json_keys_on_a_signed_row_neither_raise_nor_write(store) -> None:
    agreement = _signed_agreement(store)
    before = _row(store, "agreement", agreement.id)
    values = _reordered(agreement.to_values())
    assert json.dumps(values["parties"]) != before.parties  # the texts differ, the values not
    change = {
        "seq": 1, "record_type": "agreement", "record_id": agreement.id,
        "values": values, "clocks": clock_column.decode(before.clocks),
    }
    page = PullResponse.model_validate_json(_page_text([change], 1))
    done = syncing.apply_changes(store, page.changes, page.cursor)
    assert (done.applied, done.quarantined) == (0, 0)
    after = _row(store, "agreement", agreement.id)
    assert tuple(after) == tuple(before)  # not written at all
    assert syncing.problems(store) == []
    assert syncing.cursor(store) == 1


def test_pulled_json_is_stored_in_its_canonical_form(store) -> None:
    citizen, case, meeting = uuid7(), uuid7(), uuid7()
    people = [{"role": "borger", "name": "Åse"}]
    page = PullResponse.model_validate_json(_page_text([
        _change(1, "citizen", citizen, {"name": "Åse"}),
        _change(2, "case", case, {"citizen_id": citizen, "scheme": "fleksjob", "status": "aktiv"}),
        _change(3, "meeting", meeting, {"case_id": case, "kind": "opfoelgning",
                                        "starts_at": "2026-03-01T10:00:00+01:00",
                                        "participants": people}),
    ], 3))
    syncing.apply_changes(store, page.changes, page.cursor)
    assert _row(store, "meeting", meeting).participants == '[{"name":"Åse","role":"borger"}]'


def _poisoned_page(case: str) -> tuple[str, dict[str, str]]:
    meeting = {"case_id": case, "kind": "opfoelgning", "starts_at": "2026-03-01T10:00:00+01:00"}
    ids = {name: uuid7() for name in ("good1", "huge", "evil", "list", "nan", "good2")}
    changes = [
        _change(1, "meeting", ids["good1"], {**meeting, "actual_hours": 7.5}),
        _change(2, "meeting", ids["huge"], {**meeting, "actual_hours": 10**400}),
        _change(3, "meeting", ids["evil"], {**meeting, "participants": {"evil": 1}}),
        _change(4, "meeting", ids["list"], {**meeting, "participants": [1, 2, 3]}),
        _change(5, "meeting", ids["nan"], {**meeting, "planned_hours": "NaN"}),
        _change(6, "meeting", ids["good2"], {
            **meeting, "participants": [{"name": "Bo", "role": "mentor"}],
        }),
    ]
    return _page_text(changes, 6).replace('"NaN"', "NaN"), ids


def test_poisoned_page_applies_the_good_records_and_lists_the_bad(store, caplog) -> None:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test"))
    text, ids = _poisoned_page(case.id)
    server = FakeServer([text])
    with caplog.at_level(logging.DEBUG):
        report = SyncEngine(StoreSyncAdapter(store), server).run_once()

    assert store.get(Meeting, ids["good1"]).actual_hours == 7.5
    assert store.get(Meeting, ids["good2"]).participants == [{"name": "Bo", "role": "mentor"}]
    for bad in ("huge", "evil", "list", "nan"):
        assert store.get(Meeting, ids[bad]) is None
    assert syncing.cursor(store) == 6
    assert (report.pulled, report.quarantined) == (2, 4)
    assert "sat til side" in report.summary_da()

    problems = {p["record_id"]: p for p in syncing.problems(store)}
    assert set(problems) == {ids["huge"], ids["evil"], ids["list"], ids["nan"]}
    assert problems[ids["huge"]]["fields"] == ["actual_hours"]
    assert "Faktiske timer pr. uge" in problems[ids["huge"]]["message"]
    assert problems[ids["evil"]]["fields"] == ["participants"]
    for p in problems.values():
        assert p["record_type"] == "meeting" and p["code"] == syncing.QUARANTINED_INVALID
    # No value in the problem list or the log: not the number, not the hostile keys.
    shown = json.dumps(syncing.problems(store)) + caplog.text
    for value in ("1" + "0" * 50, "evil", "nan", "NaN", "[1, 2, 3]", "[1,2,3]"):
        assert value not in shown

    # The next sync starts after the page: the bad records do not block it.
    server.pages.append(_page_text([], 6))
    SyncEngine(StoreSyncAdapter(store), server).run_once()
    assert server.pulled_from == [0, 6]


def test_a_record_that_fails_to_write_is_set_aside_alone(store, caplog) -> None:
    agreement = _signed_agreement(store)
    secret = "Hemmelig ændret opgavetekst"
    changed = {**agreement.to_values(), "tasks_included": secret}  # frozen by the trigger
    other = uuid7()
    page = PullResponse.model_validate_json(_page_text([
        {**_change(1, "agreement", agreement.id, changed), "clocks": {"tasks_included": _stamp()}},
        _change(2, "citizen", other, {"name": "Anden Borger"}),
    ], 2))
    with caplog.at_level(logging.DEBUG):
        done = syncing.apply_changes(store, page.changes, page.cursor)
    assert (done.applied, done.quarantined) == (1, 1)
    assert store.get(Citizen, other).name == "Anden Borger"
    assert store.get(Agreement, agreement.id).tasks_included is None
    assert syncing.cursor(store) == 2
    [problem] = syncing.problems(store)
    assert problem["record_id"] == agreement.id and problem["code"] == syncing.QUARANTINED_FAILED
    assert secret not in json.dumps(syncing.problems(store)) + caplog.text

    # Set aside again later: one entry per record, not one per attempt.
    page = PullResponse.model_validate_json(_page_text([
        {**_change(3, "agreement", agreement.id, changed), "clocks": {"tasks_included": _stamp()}},
    ], 3))
    syncing.apply_changes(store, page.changes, page.cursor)
    assert len(syncing.problems(store)) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("record_id", "NOT-A-UUID"),
        ("clock", "x"),
        ("kind", "fest"),
        ("starts_at", "i morgen"),
        ("case_id", "ABC"),
        ("deleted_value", "ja"),
    ],
)
def test_other_invalid_pulled_records_are_quarantined(store, field: str, value: Any) -> None:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test"))
    record_id = uuid7()
    values: dict[str, Any] = {
        "case_id": case.id, "kind": "opfoelgning", "starts_at": "2026-03-01T10:00:00+01:00",
    }
    change = _change(1, "meeting", record_id, values)
    if field == "record_id":
        change["record_id"] = value
    elif field == "clock":
        change["clocks"]["kind"] = value
    elif field == "deleted_value":
        change["values"]["deleted"] = value
    else:
        change["values"][field] = value
    page = PullResponse.model_validate_json(_page_text([change], 1))
    done = syncing.apply_changes(store, page.changes, page.cursor)
    assert (done.applied, done.quarantined) == (0, 1)
    assert syncing.cursor(store) == 1
    assert syncing.problems(store)[0]["code"] == syncing.QUARANTINED_INVALID


def test_a_quarantined_record_that_later_arrives_valid_leaves_the_problem_list(store) -> None:
    citizen = store.save(Citizen(id=uuid7(), name="Test Borger"))
    case = store.save(Case(id=uuid7(), citizen_id=citizen.id, team="Team Test"))
    meeting = uuid7()
    values = {"case_id": case.id, "kind": "opfoelgning", "starts_at": "2026-03-01T10:00:00+01:00"}
    refusal = {"at": "2026-03-01T10:00:00+00:00", "op_id": uuid7(), "record_type": "meeting",
               "record_id": meeting, "fields": ["notes"], "code": "frozen", "message": "Afvist."}
    syncing.record_problems(store, [refusal])
    bad = PullResponse.model_validate_json(_page_text(
        [_change(1, "meeting", meeting, {**values, "actual_hours": 10**400})], 1))
    syncing.apply_changes(store, bad.changes, bad.cursor)
    assert [p["code"] for p in syncing.problems(store)] == ["frozen", syncing.QUARANTINED_INVALID]
    fixed = PullResponse.model_validate_json(_page_text(
        [_change(2, "meeting", meeting, {**values, "actual_hours": 7.0})], 2))
    syncing.apply_changes(store, fixed.changes, fixed.cursor)
    assert store.get(Meeting, meeting).actual_hours == 7.0
    assert syncing.problems(store) == [refusal]  # the push refusal stays: it is another matter
