"""The pull's count (`count=1` -> PullResponse.remaining): what the progress line "Henter 48.000
af ca. 240.000 poster" is built on. On SQLite and PostgreSQL (the server fixtures)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from sync.protocol.ids import uuid7
from sync.protocol.wire import PullResponse, RecordChange
from tests.server.helpers import Device, Scenario, World, create_values


class PullResponseV1(BaseModel):
    """PullResponse as a client from before the count knew it: unknown fields refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    changes: list[RecordChange]
    cursor: int
    more: bool
    server_time_ms: int


def _get(device: Device, **params: Any) -> Any:
    r = device.client.get("/v1/pull", params=params, headers=device.headers)
    assert r.status_code == 200, r.text
    return r


def _received(device: Device) -> int:
    """Every change a device with an empty cursor receives, page by page."""
    cursor, n = 0, 0
    while True:
        body = _get(device, cursor=cursor, limit=7).json()
        n += len(body["changes"])
        cursor = body["cursor"]
        if not body["more"]:
            return n


def _count(device: Device, cursor: int = 0) -> tuple[int, int]:
    """(changes on the first page, remaining after it) from `cursor` with a small page."""
    body = _get(device, cursor=cursor, limit=3, count=1).json()
    return len(body["changes"]), body["remaining"]


def test_a_teams_count_is_what_its_devices_then_receive(scenario: Scenario) -> None:
    d = scenario.devices
    for name in ("kim", "tina", "ada", "sid", "mia"):
        first, remaining = _count(d[name])
        assert first + remaining == _received(d[name]), name
    assert _count(d["sid"]) == (0, 0)  # another team: nothing of nord's, not even a number


def test_the_count_runs_down_from_the_cursor_and_ends_at_zero(scenario: Scenario) -> None:
    kim = scenario.devices["kim"]
    total = _received(kim)
    cursor, got = 0, 0
    while True:
        body = _get(kim, cursor=cursor, limit=5, count=1).json()
        got += len(body["changes"])
        assert body["remaining"] == total - got
        cursor = body["cursor"]
        if not body["more"]:
            assert body["remaining"] == 0
            break


def _out_of_mos_scope(world: World, scenario: Scenario) -> None:
    """Records a mentor of case A must not learn of, not even as a number: another team's
    case and citizens, a case of nord that mo does not mentor, case-less parties, and a
    health-marked file (with its chunk) inside mo's own case."""
    kim, sid = scenario.devices["kim"], scenario.devices["sid"]
    citizen, case = uuid7(), uuid7()
    sid.push_ok(
        sid.op("citizen", citizen, name="Bo Syd"),
        sid.op("company", uuid7(), name="Syd ApS", cvr="13748136"),
        sid.op("case", case, citizen_id=citizen, team="syd", scheme="fleksjob", status="aktiv"),
        *[sid.op("meeting", **create_values("meeting", case_id=case, citizen_id=citizen,
                                             username="sid", ref_id=case)) for _ in range(5)],
    )
    other, lone = uuid7(), uuid7()
    file_id = uuid7()
    kim.push_ok(
        kim.op("citizen", lone, name="Uden Forløb"),
        kim.op("case", other, citizen_id=lone, team="nord", scheme="fleksjob", status="aktiv",
               mentors=["mia"]),
        *[kim.op("meeting", **create_values("meeting", case_id=other, citizen_id=lone,
                                             username="kim", ref_id=other)) for _ in range(4)],
        kim.op("attachment", file_id, **{
            **create_values("attachment", case_id=scenario.case_id, citizen_id="",
                            username="kim", ref_id=""), "health": True}),
        kim.op("attachment_chunk", **create_values(
            "attachment_chunk", case_id=scenario.case_id, citizen_id="", username="kim",
            ref_id=file_id)),
    )


def test_a_mentors_count_holds_nothing_outside_their_scope(
    world: World, scenario: Scenario
) -> None:
    mo, mia = scenario.devices["mo"], scenario.devices["mia"]
    before = _count(mo)
    received = {(c["record_type"], c["record_id"]) for c in mo.pull()}
    # Files and conflicts are left out of a mentor's count (one of them could be a
    # health-marked file, or a conflict on a hidden field): the count is at most what arrives,
    # and exactly the rest.
    counted = [k for k in received if k[0] not in ("attachment", "attachment_chunk", "conflict")]
    assert sum(before) == len(counted)
    assert _count(mia) == (0, 0)

    _out_of_mos_scope(world, scenario)

    assert _count(mo) == before
    assert sum(_count(mia)) > 0  # mia mentors the new case: hers are counted
    assert {(c["record_type"], c["record_id"]) for c in mo.pull()} == set()  # nothing new for mo
    for name in ("kim", "sid"):  # the consultants' counts still match what they receive
        d = scenario.devices[name]
        first, remaining = _count(d)
        assert first + remaining == _received(d), name


def test_no_count_unless_asked_so_an_older_client_reads_every_page(scenario: Scenario) -> None:
    kim = scenario.devices["kim"]
    plain = _get(kim, cursor=0, limit=3)
    assert "remaining" not in plain.json()
    old = PullResponseV1.model_validate_json(plain.content)  # an app from before the count
    assert len(old.changes) == 3 and old.more
    counted = PullResponse.model_validate_json(_get(kim, cursor=0, limit=3, count=1).content)
    assert counted.remaining is not None and counted.remaining > 0
    assert PullResponse.model_validate_json(plain.content).remaining is None


def test_an_older_server_without_the_count_parses_as_unknown(scenario: Scenario) -> None:
    """New client, old server: the body an older server sends (no `remaining`, whatever the
    query said) is a valid PullResponse whose count is unknown."""
    kim = scenario.devices["kim"]
    body = _get(kim, cursor=0, limit=3, count=1).json()
    del body["remaining"]
    page = PullResponse.model_validate(body)
    assert page.remaining is None and len(page.changes) == 3
