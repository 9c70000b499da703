"""Applying the vault's Alembic migrations on its own open (keyed) connection."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from desktop.store.errors import DatabaseTooNew

MIGRATIONS = Path(__file__).parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_known(engine: Engine) -> None:
    """Refuse a database made by a newer Trepart without changing anything."""
    current = current_revision(engine)
    if current is not None and not _known(ScriptDirectory.from_config(_config()), current):
        raise DatabaseTooNew(current)


def upgrade(engine: Engine, target: str = "head") -> bool:
    """Bring the schema to `target`; refuse a database made by a newer Trepart.

    Returns whether any migration ran (the caller then drops the connection it ran on, whose
    statement cache the migrations filled).
    """
    scripts = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
    if current is not None and not _known(scripts, current):
        raise DatabaseTooNew(current)
    if current is not None and current == scripts.get_current_head() and target == "head":
        return False
    with engine.begin() as conn:
        command.upgrade(_config(conn), target)
    return True


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # alembic raises its own resolution errors for unknown ids
        return False
