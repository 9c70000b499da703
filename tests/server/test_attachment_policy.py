"""Attached files on the server: they follow their case, and a health-marked one (a
lægeerklæring) never reaches a mentor, neither its description nor any chunk of its content.
Runs on SQLite and PostgreSQL (the `backend` fixture behind `scenario`)."""

from __future__ import annotations

import base64
import hashlib
import os
from typing import Any

from sync.protocol.catalogue import ATTACHMENT_CHUNK_BYTES
from sync.protocol.ids import uuid7
from sync.server.pull import PAGE_BUDGET_BYTES
from tests.server.helpers import Device, Scenario


def _file_ops(device: Device, case_id: str, data: bytes, *, health: bool,
              chunk_size: int = ATTACHMENT_CHUNK_BYTES) -> tuple[str, list[dict[str, Any]]]:
    attachment_id = uuid7()
    pieces = [data[i:i + chunk_size] for i in range(0, len(data), chunk_size)]
    ops = [device.op(
        "attachment", attachment_id, case_id=case_id, filename="fil.pdf", media_type="pdf",
        size=len(data), chunks=len(pieces), sha256=hashlib.sha256(data).hexdigest(),
        health=health, description="Lægeerklæring" if health else "Blanket",
    )]
    ops += [
        device.op("attachment_chunk", case_id=case_id, attachment_id=attachment_id, seq=i,
                  data=base64.b64encode(piece).decode())
        for i, piece in enumerate(pieces)
    ]
    return attachment_id, ops


def _files(changes: list[dict[str, Any]], *, only: set[str] | None = None
           ) -> dict[str, set[str]]:
    """Which attachments arrived, and which attachments' chunks (of `only`, if given)."""
    out: dict[str, set[str]] = {"attachment": set(), "attachment_chunk": set()}
    for c in changes:
        if c["record_type"] == "attachment":
            out["attachment"].add(c["record_id"])
        elif c["record_type"] == "attachment_chunk":
            out["attachment_chunk"].add(c["values"]["attachment_id"])
    if only is not None:
        out = {k: v & only for k, v in out.items()}
    return out


def test_a_mentor_never_receives_a_health_marked_file(scenario: Scenario) -> None:
    kim, tina, mo = (scenario.devices[n] for n in ("kim", "tina", "mo"))
    for device in (tina, mo):
        device.pull()
    secret = b"%PDF-1.7 diagnose-" + os.urandom(3000) + b"%%EOF"
    plain = b"%PDF-1.7 blanket-" + os.urandom(3000) + b"%%EOF"
    health_id, health_ops = _file_ops(kim, scenario.case_id, secret, health=True,
                                      chunk_size=1024)
    plain_id, plain_ops = _file_ops(kim, scenario.case_id, plain, health=False, chunk_size=1024)
    kim.push_ok(*health_ops, *plain_ops)

    raw = mo.client.get("/v1/pull", params={"cursor": mo.cursor, "limit": 1000},
                        headers=mo.headers).text
    assert health_id not in raw and "Lægeerklæring" not in raw
    assert base64.b64encode(secret[1024:2048]).decode() not in raw
    got = _files(mo.pull())
    assert got == {"attachment": {plain_id}, "attachment_chunk": {plain_id}}
    assert _files(tina.pull()) == {"attachment": {health_id, plain_id},
                                   "attachment_chunk": {health_id, plain_id}}

    # A case's mentor list changing re-sends the case: still not the health-marked file.
    kim.push_ok(kim.op("case", scenario.case_id, mentors=["mo", "mia"]))
    mia = scenario.devices["mia"]
    mine = {health_id, plain_id}
    assert _files(mia.pull(), only=mine) == {"attachment": {plain_id},
                                             "attachment_chunk": {plain_id}}


def test_a_chunk_reaches_a_mentor_only_with_its_own_attachment_in_its_case(
    scenario: Scenario,
) -> None:
    kim, mo = scenario.devices["kim"], scenario.devices["mo"]
    mo.pull()
    other_case = uuid7()
    kim.push_ok(kim.op("case", other_case, citizen_id=scenario.citizen_id, team="nord",
                       consultant="kim", mentors=[], scheme="fleksjob", status="aktiv"))
    elsewhere, ops = _file_ops(kim, other_case, b"%PDF- x %%EOF", health=False)
    kim.push_ok(*ops)
    # Chunks in the mentor's case that claim a file of another case, or no known file at all.
    stray = [
        kim.op("attachment_chunk", case_id=scenario.case_id, attachment_id=ref, seq=0,
               data=base64.b64encode(b"%PDF- stray %%EOF").decode())
        for ref in (elsewhere, uuid7())
    ]
    kim.push_ok(*stray)
    got = mo.pull()
    assert not [c for c in got if c["record_type"] in ("attachment", "attachment_chunk")]


def test_the_health_mark_can_be_set_but_never_cleared(scenario: Scenario) -> None:
    kim, mo = scenario.devices["kim"], scenario.devices["mo"]
    mo.pull()
    marked, ops = _file_ops(kim, scenario.case_id, b"%PDF- a %%EOF", health=True)
    plain, more = _file_ops(kim, scenario.case_id, b"%PDF- b %%EOF", health=False)
    kim.push_ok(*ops, *more)
    assert _files(mo.pull())["attachment"] == {plain}

    cleared = kim.push(kim.op("attachment", marked, health=False))
    assert (cleared[0]["status"], cleared[0]["code"]) == ("refused", "out_of_scope")
    kim.push_ok(kim.op("attachment", plain, health=True, description="Lægeerklæring"))
    # The mentor already had the plain file; later changes of a marked file stay away.
    assert _files(mo.pull()) == {"attachment": set(), "attachment_chunk": set()}
    assert "Lægeerklæring" not in str(mo.seen)


def test_a_pull_page_carries_a_few_mib_of_file_content_at_most(scenario: Scenario) -> None:
    kim, tina = scenario.devices["kim"], scenario.devices["tina"]
    tina.pull()
    data = os.urandom(ATTACHMENT_CHUNK_BYTES * 10)
    attachment_id, ops = _file_ops(kim, scenario.case_id, data, health=False)
    for start in range(0, len(ops), 4):  # a push body stays below the 8 MiB limit
        kim.push_ok(*ops[start:start + 4])

    pages = []
    while True:
        page = tina.pull_page(limit=1000)
        pages.append(page)
        tina.cursor = page["cursor"]
        if not page["more"]:
            break
    weights = [sum(len(c["values"].get("data", "")) for c in p["changes"]) for p in pages]
    assert len(pages) >= 2
    assert max(weights) <= PAGE_BUDGET_BYTES + ATTACHMENT_CHUNK_BYTES * 4 // 3
    chunks = sorted(
        (c["values"]["seq"], c["values"]["data"]) for p in pages for c in p["changes"]
        if c["record_type"] == "attachment_chunk" and c["values"]["attachment_id"] == attachment_id
    )
    assert b"".join(base64.b64decode(d) for _, d in chunks) == data
