"""Compact clocks (issue 16, item 2): a record row's `clocks` column may hold the compact form.

`desktop.store.clocks` stores a record whose fields all share one stamp as `stamp|name,name`
instead of per-field JSON. The schema does not change, so upgrading does nothing; the revision
exists so that an older build, which reads the column only as JSON, refuses a vault holding the
compact form (it does not know this revision) instead of failing on it record by record.
Downgrading writes every compact column back as per-field JSON, the same map, so the older build
reads what this one wrote. The tables' update guards (signed documents, append-only records)
are set aside inside the migration's transaction and created again verbatim.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import json

from alembic import op

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    pass


def downgrade() -> None:
    conn = op.get_bind()
    tables = [
        name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if any(col[1] == "clocks" for col in conn.exec_driver_sql(f'PRAGMA table_info("{name}")'))
    ]
    for table in tables:
        rows = conn.exec_driver_sql(
            f"SELECT rowid, clocks FROM \"{table}\" WHERE clocks NOT LIKE '{{%'"
        ).all()
        if not rows:
            continue
        guards = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND sql LIKE '%BEFORE UPDATE%'",
            (table,),
        ).all()
        for name, _sql in guards:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for rowid, text in rows:
            stamp, _bar, names = text.rpartition("|")
            conn.exec_driver_sql(
                f'UPDATE "{table}" SET clocks = ? WHERE rowid = ?',
                (json.dumps(dict.fromkeys(names.split(","), stamp)), rowid),
            )
        for _name, sql in guards:
            conn.exec_driver_sql(sql)
