"""Sync over real HTTP on loopback (uvicorn), including a sync process killed mid-push."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import func, select

from desktop.domain.records import Meeting
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import admin
from sync.server.main import create_app
from sync.server.models import records
from tests.e2e.conftest import (
    FAST_KDF,
    SERVER_PASSWORD,
    VAULT_PASSWORD,
    empty_server_engine,
    new_case,
)


class PushGate:
    """ASGI middleware: after the server has applied a push, hold the answer until released."""

    def __init__(self, app) -> None:
        self.app = app
        self.hold = False
        self.applied = threading.Event()
        self.release = threading.Event()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] != "/v1/push" or not self.hold:
            return await self.app(scope, receive, send)
        held: list = []

        async def capture(message):
            held.append(message)

        await self.app(scope, receive, capture)
        self.applied.set()
        while not self.release.is_set():
            await asyncio.sleep(0.05)
        for message in held:
            await send(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def http_server(server_db: str, tmp_path: Path) -> Iterator[tuple[str, PushGate, object]]:
    engine, settings = empty_server_engine(server_db, tmp_path)
    admin.add_user(
        engine=engine,
        settings=settings,
        username="anne",
        password=SERVER_PASSWORD,
        role=Role.CONSULTANT,
        team="Team Vest",
    )
    admin.add_user(
        engine=engine,
        settings=settings,
        username="bo",
        password=SERVER_PASSWORD,
        role=Role.CONSULTANT,
        team="Team Vest",
    )
    gate = PushGate(create_app(settings, engine=engine))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(gate, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.02)
    assert server.started
    try:
        yield f"http://127.0.0.1:{port}", gate, engine
    finally:
        gate.release.set()
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()


def _vault(tmp_path: Path, name: str, url: str):
    session = sessions.create_vault(
        tmp_path / name,
        VAULT_PASSWORD,
        username=name,
        role="consultant",
        team="Team Vest",
        kdf=FAST_KDF,
    )
    sync_service.log_in(session.store, server_url=url, username=name, password=SERVER_PASSWORD)
    return session


def test_two_laptops_sync_over_real_http(http_server, tmp_path):
    url, _gate, _engine = http_server
    anne, bo = _vault(tmp_path, "anne", url), _vault(tmp_path, "bo", url)
    case = new_case(anne.store)
    meeting = anne.store.save(
        Meeting(
            id=uuid7(),
            case_id=case.id,
            kind="opfoelgning",
            starts_at=dt.datetime(2026, 11, 23, 10),
            notes="Over rigtig HTTP",
        )
    )
    sync_service.run(anne)
    report = sync_service.run(bo)
    assert report.pulled > 0
    assert bo.store.get(Meeting, meeting.id).notes == "Over rigtig HTTP"
    anne.close(), bo.close()


def _server_count(engine, record_type: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(records).where(records.c.record_type == record_type)
        ).scalar_one()


def _server_notes(engine) -> list[str]:
    """Every meeting's notes as the server holds them (a re-applied edit would repeat a line)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(records.c["values"]).where(records.c.record_type == "meeting")
        ).scalars()
        return sorted(json.loads(v)["notes"] if isinstance(v, str) else v["notes"] for v in rows)


def test_sync_killed_mid_push_completes_next_time_without_duplicates(http_server, tmp_path):
    url, gate, engine = http_server
    session = _vault(tmp_path, "anne", url)
    case = new_case(session.store)
    for i in range(30):
        session.store.save(
            Meeting(
                id=uuid7(),
                case_id=case.id,
                kind="opfoelgning",
                starts_at=dt.datetime(2026, 11, i % 28 + 1),
                notes=f"Møde {i}",
            )
        )
    waiting = session.store.outbox_count()
    data_dir = session.data_dir
    session.close()

    gate.hold = True
    env = {**os.environ, "TREPART_PASSWORD": VAULT_PASSWORD}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sync", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert gate.applied.wait(60), "the sync process never pushed"
        proc.send_signal(signal.SIGKILL)  # killed after the server applied, before the answer
        proc.wait(10)
    finally:
        gate.hold = False
        gate.release.set()
    assert proc.returncode == -signal.SIGKILL
    meetings_on_server = _server_count(engine, "meeting")
    assert meetings_on_server == 30

    session = sessions.open_session(data_dir, VAULT_PASSWORD)
    assert session.store.outbox_count() >= waiting  # nothing was acknowledged locally
    report = sync_service.run(session)
    assert session.store.outbox_count() == 0
    assert report.refusals == []
    assert _server_count(engine, "meeting") == 30  # the retried ops were not applied twice
    assert _server_notes(engine) == sorted(f"Møde {i}" for i in range(30))
    assert _server_count(engine, "citizen") == 1
    session.close()
