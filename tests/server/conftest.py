"""Server test fixtures: every test runs against SQLite and against PostgreSQL.

PostgreSQL gets a fresh database per test session (trepart_test_<random>), dropped afterwards;
between tests every table is emptied.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from sync.server import migrate
from sync.server.db import make_engine
from sync.server.main import create_app
from sync.server.models import metadata
from sync.server.settings import Settings
from tests.server.helpers import Scenario, World, build_scenario


def fast_settings(url: str, data_dir: Path) -> Settings:
    # Argon2 at its cheapest: the tests check the flow, not the cost.
    return Settings(
        database_url=url, data_dir=data_dir, auto_migrate=False, argon2_memory_kib=8,
        argon2_iterations=1, argon2_lanes=1, log_level="WARNING",
    )


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[str, str]]:
    """(kind, database URL) of a migrated, empty database for this session."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("server-db") / "trepart-server.db"
        url = f"sqlite:///{path}"
        engine = create_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        yield "sqlite", url
        return
    server_url = request.getfixturevalue("postgres_url")
    name = f"trepart_test_{secrets.token_hex(4)}"
    admin_dsn = make_url(server_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    try:
        yield "postgres", url
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def shared_engine(backend: tuple[str, str], tmp_path_factory: pytest.TempPathFactory
                  ) -> Iterator[Engine]:
    engine = make_engine(fast_settings(backend[1], tmp_path_factory.mktemp("data")))
    yield engine
    engine.dispose()


_TABLES = [t.name for t in metadata.sorted_tables if t.name != "change_counter"]


@pytest.fixture
def engine(shared_engine: Engine) -> Engine:
    """The session's database, emptied."""
    with shared_engine.begin() as conn:
        if shared_engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(_TABLES)} RESTART IDENTITY"))
        else:
            for table in _TABLES:
                conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text("UPDATE change_counter SET value = 0 WHERE id = 1"))
    return shared_engine


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
