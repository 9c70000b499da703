"""Audit entries from devices: the server vouches for who pushed them and when it got them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select

from sync.protocol.ids import uuid7
from sync.server import models as m
from tests.server.helpers import Scenario

FORGED_AT = "2001-09-09T09:09:09+00:00"


def _stored(engine: Engine, record_id: str) -> dict[str, object]:
    with engine.connect() as conn:
        values = conn.execute(
            select(m.records.c["values"]).where(m.records.c.record_id == record_id)
        ).scalar_one()
    return dict(values)


def _entry(device_username: str, case_id: str, **kw: object) -> dict[str, object]:
    return {
        "case_id": case_id, "username": device_username, "action": "view",
        "record_type": "case", "record_id": case_id, **kw,
    }


def _near_now(iso: object) -> bool:
    assert isinstance(iso, str)
    when = dt.datetime.fromisoformat(iso)
    assert when.tzinfo is not None
    return abs((dt.datetime.now(dt.UTC) - when).total_seconds()) < 120


def test_forged_device_and_time_are_kept_only_as_claims(
    scenario: Scenario, engine: Engine
) -> None:
    kim, mo, tina = (scenario.devices[u] for u in ("kim", "mo", "tina"))
    entry_id = uuid7()
    # The mentor claims the consultant's laptop and a date in 2001.
    mo.push_ok(mo.op("audit_entry", entry_id, **_entry(
        "mo", scenario.case_id, at=FORGED_AT, device_id=kim.device_id,
    )))
    stored = _stored(engine, entry_id)
    assert stored["device_id"] == mo.device_id
    assert stored["at"] != FORGED_AT and _near_now(stored["at"])
    assert stored["claimed_device_id"] == kim.device_id
    assert stored["claimed_at"] == FORGED_AT
    assert stored["username"] == "mo"

    # The team sees the server's account, and never the server's own notes.
    tina.pull()
    seen = tina.seen[("audit_entry", entry_id)]["values"]
    assert seen["device_id"] == mo.device_id and seen["at"] == stored["at"]
    assert not {"claimed_at", "claimed_device_id"} & set(seen)


def test_consultants_own_entry_gets_server_time_and_its_real_device(
    scenario: Scenario, engine: Engine
) -> None:
    kim = scenario.devices["kim"]
    entry_id = uuid7()
    values = _entry("kim", scenario.case_id, at=FORGED_AT)
    kim.push_ok(kim.op("audit_entry", entry_id, **values))
    stored = _stored(engine, entry_id)
    assert stored["device_id"] == kim.device_id and _near_now(stored["at"])
    assert stored["claimed_device_id"] is None

    # Sent again (a retry under a new op id) it is the same entry; with other claims it is not.
    assert kim.push(kim.op("audit_entry", entry_id, **values))[0]["status"] == "applied"
    changed = {**values, "at": "2026-01-01T00:00:00+00:00"}
    refused = kim.push(kim.op("audit_entry", entry_id, **changed))[0]
    assert (refused["status"], refused["code"]) == ("refused", "append_only")
    assert _stored(engine, entry_id) == stored
