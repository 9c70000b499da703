"""The server checks each device's audit hash chain as entries arrive and reports a break,
without ever refusing the entries (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import Engine, select

from sync.protocol import audit_chain
from sync.protocol.ids import uuid7
from sync.server import cli
from sync.server import models as m
from tests.server.helpers import Device, Scenario


def _chained(device: Device, case_id: str, n: int, head: str | None,
             cases: list[str] | None = None) -> tuple[list, str | None]:
    ops = []
    for i in range(n):
        entry_id = uuid7()
        case_id = cases[i] if cases else case_id
        values = {
            "case_id": case_id, "at": f"2026-12-02T10:00:0{i}+00:00", "username": device.username,
            "device_id": device.device_id, "action": "view", "record_type": "case",
            "record_id": case_id, "detail": None, "prev_hash": head,
        }
        values["hash"] = audit_chain.entry_hash(entry_id, values)
        head = values["hash"]
        ops.append(device.op("audit_entry", entry_id, **values))
    return ops, head


def _state(engine: Engine, device_id: str):
    with engine.connect() as conn:
        return conn.execute(
            select(m.audit_chains).where(m.audit_chains.c.device_id == device_id)
        ).one()


def _entries(engine: Engine, device_id: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            select(m.audit_chains.c.entries).where(m.audit_chains.c.device_id == device_id)
        ).scalar() or 0


def _breaks_logged(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(
            select(m.server_audit.c.records).where(
                m.server_audit.c.action == "audit_chain_break"
            )
        ).scalars())


def test_an_intact_chain_over_several_pushes_has_no_break(scenario: Scenario, engine: Engine):
    kim = scenario.devices["kim"]
    before = _entries(engine, kim.device_id)  # the scenario's own entries, from before a chain
    first, head = _chained(kim, scenario.case_id, 3, None)
    kim.push_ok(*first)
    kim.push_ok(*first)  # a retried batch is no break
    second, head = _chained(kim, scenario.case_id, 2, head)
    kim.push_ok(*second)
    state = _state(engine, kim.device_id)
    assert (state.entries - before, state.breaks, state.head_hash) == (5, 0, head)
    assert _breaks_logged(engine) == []


def test_an_entry_the_server_refuses_for_good_is_no_break(scenario: Scenario, engine: Engine):
    """A mentor's laptop offline writes log entries about a case it has since lost: the server
    refuses that entry, but the device did write it, so the chain runs through it."""
    kim = scenario.devices["kim"]
    before = _state(engine, kim.device_id).breaks if _entries(engine, kim.device_id) else 0
    elsewhere = uuid7()  # a case this device may not write to
    ops, head = _chained(kim, scenario.case_id, 3, None,
                         cases=[scenario.case_id, elsewhere, scenario.case_id])
    results = kim.push(*ops)
    assert [r["status"] for r in results] == ["applied", "refused", "applied"]
    assert _state(engine, kim.device_id).breaks == before
    more, _ = _chained(kim, scenario.case_id, 1, head)
    kim.push_ok(*more)
    assert _state(engine, kim.device_id).breaks == before
    assert _breaks_logged(engine) == []


def test_a_changed_and_a_missing_entry_are_reported_and_later_pushes_go_on(
    scenario: Scenario, engine: Engine, capsys: pytest.CaptureFixture[str], db_url: str,
):
    kim = scenario.devices["kim"]
    ops, head = _chained(kim, scenario.case_id, 4, None)
    ops[1]["fields"]["action"]["value"] = "print"  # changed after it was hashed
    del ops[2]  # never sent: the next entry's link points at nothing the server saw
    results = kim.push(*ops)
    assert [r["status"] for r in results] == ["applied"] * 3  # stored, not refused
    state = _state(engine, kim.device_id)
    assert state.breaks == 2
    logged = json.loads(_breaks_logged(engine)[0])
    assert logged == [f"audit_entry:{ops[1]['record_id']}", f"audit_entry:{ops[2]['record_id']}"]
    # The chain goes on from the last entry received: the next push is clean.
    more, _ = _chained(kim, scenario.case_id, 2, head)
    kim.push_ok(*more)
    assert _state(engine, kim.device_id).breaks == 2

    code = cli.main(["audit-chains", "--database-url", db_url])
    out = capsys.readouterr().out
    assert code == 1 and kim.device_id in out and "brudt kæde" in out


def test_concurrent_pushes_of_two_devices_keep_their_own_chains(
    scenario: Scenario, engine: Engine
):
    devices = [scenario.devices["kim"], scenario.devices["tina"]]
    batches = {}
    for d in devices:
        head = None
        batches[d.device_id] = []
        for _ in range(4):
            ops, head = _chained(d, scenario.case_id, 3, head)
            batches[d.device_id].append(ops)
    before = {d.device_id: _entries(engine, d.device_id) for d in devices}
    errors: list[BaseException] = []

    def run(d: Device) -> None:
        try:
            for ops in batches[d.device_id]:
                d.push_ok(*ops)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in devices]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for d in devices:
        state = _state(engine, d.device_id)
        assert (state.entries - before[d.device_id], state.breaks) == (12, 0)
