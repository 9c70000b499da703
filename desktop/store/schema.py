"""SQLAlchemy Core tables for the vault, built from the record catalogue.

The DDL itself lives in the Alembic revisions (frozen snapshots); these Table objects only let
the repositories build queries. tests/store/test_catalogue_agreement.py proves the migrated
database and the catalogue agree column by column.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Integer, MetaData, Table, Text

from sync.protocol.catalogue import (
    CATALOGUE,
    FROZEN_FIELDS,
    SYSTEM_COLUMNS,
    FieldType,
    RecordType,
)

metadata = MetaData()

SQL_TYPES = {FieldType.INT: Integer, FieldType.BOOL: Integer, FieldType.FLOAT: Float}


def _record_table(rt: RecordType) -> Table:
    return Table(
        rt.table,
        metadata,
        Column("id", Text, primary_key=True),
        Column("created_at", Text, nullable=False),
        Column("updated_at", Text, nullable=False),
        Column("deleted", Integer, nullable=False, default=0),
        Column("clocks", Text, nullable=False, default="{}"),
        *(Column(f.name, SQL_TYPES.get(f.type, Text)) for f in rt.fields),
    )


RECORD_TABLES: dict[str, Table] = {name: _record_table(rt) for name, rt in CATALOGUE.items()}
assert all(c in RECORD_TABLES["case"].c for c in SYSTEM_COLUMNS)

outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("op_id", Text, nullable=False, unique=True),
    Column("record_type", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("fields", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
)

sync_state = Table(
    "sync_state",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text),
)

draft = Table(
    "draft",
    metadata,
    Column("key", Text, primary_key=True),
    Column("record_type", Text, nullable=False),
    Column("record_id", Text),
    Column("case_id", Text),
    Column("payload", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)


def frozen_trigger_sql(record_type: str, fields: tuple[str, ...] | None = None) -> str:
    """The trigger that freezes a signed document, from the catalogue's one frozen list.

    A migration that changes the frozen set creates its triggers with this function (given the
    field tuple it snapshots); tests/store/test_sync_frozen.py proves the vault's triggers are
    exactly what this produces from sync.protocol.catalogue.FROZEN_FIELDS.
    """
    table = CATALOGUE[record_type].table
    names = FROZEN_FIELDS[record_type] if fields is None else fields
    changed = " OR ".join(f'old."{f}" IS NOT new."{f}"' for f in names)
    return (
        f'CREATE TRIGGER "{table}_frozen" BEFORE UPDATE ON "{table}" '
        f"WHEN old.status IN ('underskrevet', 'erstattet') AND ({changed} "
        "OR new.status = 'kladde' OR new.deleted = 1) "
        "BEGIN SELECT RAISE(ABORT, 'frozen: signed document cannot change'); END"
    )
