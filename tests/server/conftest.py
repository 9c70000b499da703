"""Server test fixtures: every test runs against SQLite and against PostgreSQL.

PostgreSQL gets a fresh database per test session (trepart_test_<random>), dropped afterwards;
between tests every table is emptied.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync.server.db import make_engine
from sync.server.main import create_app
from sync.server.settings import Settings
from tests.server.helpers import Scenario, World, build_scenario
from tests.serverdb import BACKENDS, empty, fast_settings, migrated_database


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[str, str]]:
    """(kind, database URL) of a migrated, empty database for this session."""
    pg = request.getfixturevalue("postgres_url") if request.param == "postgres" else None
    with migrated_database(request.param, tmp_path_factory.mktemp("server-db"), pg) as url:
        yield request.param, url


@pytest.fixture(scope="session")
def shared_engine(backend: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
                  ) -> Iterator[Engine]:
    engine = make_engine(fast_settings(backend[1], tmp_path_factory.mktemp("data")))
    yield engine
    engine.dispose()


@pytest.fixture
def engine(shared_engine: Engine) -> Engine:
    """The session's database, emptied."""
    return empty(shared_engine)


@pytest.fixture
def db_url(backend: tuple[str, str]) -> str:
    return backend[1]


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return fast_settings(db_url, tmp_path)


@pytest.fixture
def client(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    app = create_app(settings, engine=engine)
    with TestClient(app) as c:
        yield c


@pytest.fixture
def world(client: TestClient, settings: Settings, engine: Engine) -> World:
    return World(client=client, settings=settings, engine=engine)


@pytest.fixture
def scenario(world: World) -> Scenario:
    return build_scenario(world)
