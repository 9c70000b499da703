"""The cursor never skips a change that commits late, with writers and readers in parallel.

On PostgreSQL this is the real proof (seqs from a sequence would not be commit-ordered); on
SQLite it runs too, where the database itself serialises writers.
"""

from __future__ import annotations

import random
import threading
import time

import pytest
from fastapi.testclient import TestClient

from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import push as push_service
from tests.server.helpers import Device, World

WRITERS = 4
BATCHES = 10
OPS_PER_BATCH = 8
READERS = 3


def _on_own_client(device: Device, app: object) -> Device:
    # One TestClient per thread: each runs its requests on its own event loop.
    device.client = TestClient(app)  # type: ignore[arg-type]
    return device


@pytest.mark.postgres
def test_concurrent_writers_and_readers(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    app = world.client.app
    kim = world.device("kim", Role.CONSULTANT, "nord")
    citizen, case = uuid7(), uuid7()
    kim.push_ok(
        kim.op("citizen", citizen, name="Anna"),
        kim.op("case", case, citizen_id=citizen, team="nord", scheme="fleksjob", status="aktiv"),
    )
    writers = [world.device(f"w{i}", Role.CONSULTANT, "nord") for i in range(WRITERS)]
    readers = [world.device(f"r{i}", Role.TEAMLEAD, "nord") for i in range(READERS)]
    for d in writers + readers:
        _on_own_client(d, app)

    # Widen the window between taking seqs and committing, where a commit-order bug would let
    # a reader's cursor pass a change that is not visible yet.
    rng = random.Random(7)
    monkeypatch.setattr(push_service, "before_commit", lambda: time.sleep(rng.random() * 0.01))

    applied: list[str] = [citizen, case]
    applied_lock = threading.Lock()
    done = threading.Event()
    errors: list[BaseException] = []
    seen: dict[str, list[str]] = {r.username: [] for r in readers}

    def write(device: Device) -> None:
        try:
            for _ in range(BATCHES):
                ops = [
                    device.op("action_item", case_id=case, what="Opgave", owner="borger")
                    for _ in range(OPS_PER_BATCH)
                ]
                results = device.push(*ops)
                assert all(r["status"] == "applied" for r in results), results
                with applied_lock:
                    applied.extend(op["record_id"] for op in ops)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    def read(device: Device) -> None:
        try:
            while True:
                finished = done.is_set()
                page = device.pull_page(limit=rng.choice([3, 7, 50]))
                seen[device.username].extend(c["record_id"] for c in page["changes"])
                device.cursor = page["cursor"]
                if finished and not page["more"]:
                    return
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in writers]
    reader_threads = [threading.Thread(target=read, args=(r,)) for r in readers]
    for t in reader_threads + threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    done.set()
    for t in reader_threads:
        t.join(timeout=120)
    assert not errors, errors
    assert len(applied) == 2 + WRITERS * BATCHES * OPS_PER_BATCH
    for username, ids in seen.items():
        assert len(ids) == len(set(ids)), f"{username} received a change twice"
        missing = set(applied) - set(ids)
        assert not missing, f"{username} skipped {len(missing)} committed changes"
        assert set(ids) == set(applied)
