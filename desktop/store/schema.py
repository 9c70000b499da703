"""SQLAlchemy Core tables for the vault, built from the record catalogue.

The DDL itself lives in the Alembic revisions (frozen snapshots); these Table objects only let
the repositories build queries. tests/store/test_catalogue_agreement.py proves the migrated
database and the catalogue agree column by column.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Integer, MetaData, Table, Text

from sync.protocol.catalogue import CATALOGUE, SYSTEM_COLUMNS, FieldType, RecordType

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
