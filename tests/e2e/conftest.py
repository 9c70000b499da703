"""End-to-end sync fixtures: device vaults (real encrypted stores) against a real server app."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from desktop.domain.records import Case, Citizen, Company
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from desktop.services.session import Session
from desktop.vault import KdfParams
from sync.client import SyncReport
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import admin
from sync.server.db import make_engine
from sync.server.main import create_app
from sync.server.settings import Settings
from tests.serverdb import BACKENDS, empty, fast_settings, migrated_database

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
VAULT_PASSWORD = "enheds-kode-1"
SERVER_PASSWORD = "server-kode-123"
TEAM = "Team Vest"
SERVER_URL = "http://localhost"


class InProcessTransport(httpx.BaseTransport):
    """httpx transport into the ASGI app through Starlette's TestClient (no sockets)."""

    def __init__(self, client: TestClient) -> None:
        self._client = client
        self.fail_next_request = 0  # drop the request before the server sees it
        self.fail_next_response = 0  # the server applies it, the answer is lost
        self.duplicate_next = 0  # deliver the request twice (a proxy retrying)
        self.observers: list = []  # called with (request, response) for every delivered call

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.fail_next_request:
            self.fail_next_request -= 1
            raise httpx.ConnectError("dropped request", request=request)
        body = request.read()
        deliveries = 2 if self.duplicate_next else 1
        self.duplicate_next = max(0, self.duplicate_next - 1)
        for _ in range(deliveries):
            response = self._client.request(
                request.method,
                request.url.raw_path.decode(),
                headers=dict(request.headers),
                content=body,
            )
            for observe in self.observers:
                observe(request, response)
        if self.fail_next_response:
            self.fail_next_response -= 1
            raise httpx.ReadError("dropped response", request=request)
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content
        )


@dataclass
class Server:
    engine: Engine
    settings: Settings
    client: TestClient

    def transport(self) -> InProcessTransport:
        return InProcessTransport(self.client)

    def add_user(self, username: str, role: Role, team: str | None = TEAM) -> None:
        admin.add_user(
            engine=self.engine,
            settings=self.settings,
            username=username,
            password=SERVER_PASSWORD,
            role=role,
            team=team,
        )


@dataclass
class Device:
    name: str
    session: Session
    transport: InProcessTransport

    @property
    def store(self):
        return self.session.store

    def sync(self) -> SyncReport:
        # Backoff without waiting: the tests check what is retried, not how long it sleeps.
        return sync_service.run(self.session, http_transport=self.transport, sleep=lambda s: None)


@pytest.fixture(scope="session", params=BACKENDS)
def server_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[str]:
    """URL of this session's server database: every e2e test runs on SQLite and PostgreSQL."""
    pg = request.getfixturevalue("postgres_url") if request.param == "postgres" else None
    with migrated_database(request.param, tmp_path_factory.mktemp("e2e-db"), pg) as url:
        yield url


def empty_server_engine(url: str, data_dir: Path) -> tuple[Engine, Settings]:
    """An engine on the session's server database, emptied, and fast settings for it."""
    settings = fast_settings(url, data_dir)
    return empty(make_engine(settings)), settings


@pytest.fixture
def server(server_db: str, tmp_path: Path) -> Iterator[Server]:
    engine, settings = empty_server_engine(server_db, tmp_path)
    app = create_app(settings, engine=engine)
    with TestClient(app) as client:
        yield Server(engine=engine, settings=settings, client=client)
    engine.dispose()


@pytest.fixture
def make_device(server: Server, tmp_path: Path):
    devices: list[Device] = []

    def make(username: str, role: Role = Role.CONSULTANT, *, team: str | None = TEAM) -> Device:
        server.add_user(username, role, team)
        data_dir = tmp_path / f"device-{username}-{len(devices)}"
        session = sessions.create_vault(
            data_dir, VAULT_PASSWORD, username=username, role=role.value, team=team, kdf=FAST_KDF
        )
        transport = server.transport()
        sync_service.log_in(
            session.store,
            server_url=SERVER_URL,
            username=username,
            password=SERVER_PASSWORD,
            http_transport=transport,
        )
        device = Device(username, session, transport)
        devices.append(device)
        return device

    yield make
    for device in devices:
        with contextlib.suppress(Exception):  # a wiped device has nothing left to close
            device.session.close()


def new_case(store, *, mentors: list[str] | None = None, cpr: str = "010190-1234") -> Case:
    citizen = store.save(
        Citizen(
            id=uuid7(),
            name="Åse Bæk Sørensen",
            cpr=cpr,
            phone="12345678",
            health_notes="Helbredsnote: kun jobcenter",
            functional_limitations="Tåler ikke løft over 5 kg",
        )
    )
    company = store.save(Company(id=uuid7(), name="Frølunds Lager ApS", cvr="13748136"))
    return store.save(
        Case(
            id=uuid7(),
            title="Praktik på lageret",
            citizen_id=citizen.id,
            company_id=company.id,
            team=TEAM,
            consultant="anne",
            mentors=mentors or [],
            scheme="virksomhedspraktik",
            status="aktiv",
            start_date=dt.date(2026, 11, 1),
        )
    )
