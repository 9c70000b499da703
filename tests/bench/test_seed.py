"""The bench's fast seeder leaves a server as pushing over HTTP would (issue 16).

One seeding laptop is copied; one copy syncs with a server the normal way (the real client
through the server's HTTP routes, batches of 500), the other is pushed in-process by
tests.bench.seed in large batches. A reader's pull from both servers must give the same records
with the same values and clocks; the only allowed differences are the seeding device's id, which
each server made at login, and the receive time the server writes into each audit entry.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from desktop.services import session as sessions
from desktop.services import sync as sync_service
from sync.protocol.codec import canonical_json
from sync.server import auth
from sync.server import pull as pull_service
from sync.server.db import make_engine
from tests.bench import seed
from tests.serverdb import BACKENDS, migrated_database


def _pulled(url: str, folder: Path, laptop: sessions.Session, *, by_push: bool
            ) -> tuple[list[dict[str, Any]], str, int]:
    """Seed a server at `url` from `laptop`, then everything a reader pulls from it."""
    settings = seed.fast_settings(url, folder, folder / "keys")
    engine = make_engine(settings)
    try:
        seed.add_user(engine, settings, seed.SEEDER)
        seed.add_user(engine, settings, "reader")
        with seed.app_transport(settings, engine) as transport:
            seed.log_in(laptop, transport, seed.SEEDER)
            ops = laptop.store.outbox_count()
            if by_push:
                report = sync_service.run(laptop, http_transport=transport, sleep=lambda s: None)
                pushed = report.pushed
            else:
                pushed = seed.push_outbox(engine, laptop, batch=250).ops
            assert pushed == ops > 600  # several batches either way
            assert laptop.store.outbox_count() == 0
            reader = sessions.create_vault(folder / "reader", "x", username="reader",
                                           role="consultant", team=seed.demo.TEAM, kdf=seed.KDF)
            with reader:
                seed.log_in(reader, transport, "reader")
                principal = auth.authenticate(
                    engine=engine, token=reader.store.get_state(sync_service.TOKEN_KEY))
        changes: list[dict[str, Any]] = []
        cursor, more = 0, True
        while more:
            page = pull_service.pull(engine=engine, principal=principal, cursor=cursor,
                                     limit=300, max_scan=5000)
            changes += page.changes
            cursor, more = page.cursor, page.more
        device = laptop.store.get_state(sync_service.SERVER_DEVICE_KEY)
        return changes, device, pushed
    finally:
        engine.dispose()


def _comparable(changes: list[dict[str, Any]], device: str) -> Counter[str]:
    """Each change as canonical JSON without its seq, the seeding device's id made neutral, and
    an audit entry's `at` too: the server puts its own receive time there (push._audit_truth)."""
    out: Counter[str] = Counter()
    for c in changes:
        change = {k: v for k, v in c.items() if k != "seq"}
        if c["record_type"] == "audit_entry":
            dt.datetime.fromisoformat(c["values"]["at"])  # a real time, whatever it is
            change["values"] = {**c["values"], "at": "<server receive time>"}
        text = canonical_json(change)
        out[text.replace(device, "<seeding device>")] += 1
    return out


@pytest.mark.slow
@pytest.mark.parametrize("kind", BACKENDS)
def test_seeded_by_helper_pulls_as_seeded_by_push(kind: str, tmp_path: Path,
                                                  request: pytest.FixtureRequest) -> None:
    pg = request.getfixturevalue("postgres_url") if kind == "postgres" else None
    laptop, counts = seed.make_laptop(tmp_path / "laptop-a", cases=20)
    laptop.close()
    shutil.copytree(tmp_path / "laptop-a", tmp_path / "laptop-b")
    results = {}
    for name, by_push in (("a", True), ("b", False)):
        folder = tmp_path / f"server-{name}"
        folder.mkdir()
        with (migrated_database(kind, folder, pg) as url,
              sessions.open_session(tmp_path / f"laptop-{name}", seed.LAPTOP_PASSWORD) as dev):
            results[name] = _pulled(url, folder, dev, by_push=by_push)
    (a, device_a, pushed_a), (b, device_b, pushed_b) = results["a"], results["b"]
    assert pushed_a == pushed_b
    assert device_a != device_b
    # The reader gets every record the laptop made (its own cases' records and the shared ones).
    types = Counter(c["record_type"] for c in a)
    assert types["case"] == counts["case"] and types["meeting"] == counts["meeting"]
    assert len(a) == len(b)
    assert _comparable(a, device_a) == _comparable(b, device_b)
