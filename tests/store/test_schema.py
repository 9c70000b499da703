"""The migrated vault agrees with the record catalogue; older vaults migrate; newer refuse."""

from pathlib import Path

import pytest
import sqlcipher3

from desktop.store import DatabaseMissing, DatabaseTooNew, Store
from desktop.store import migrate as migrations
from desktop.store.engine import make_engine
from sync.protocol.catalogue import CATALOGUE, SYSTEM_COLUMNS, FieldType

SQLITE_TYPES = {FieldType.INT: "INTEGER", FieldType.BOOL: "INTEGER", FieldType.FLOAT: "REAL"}


def _columns(path: Path, key: bytes, table: str) -> dict[str, str]:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    rows = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    conn.close()
    return {r[1]: r[2] for r in rows}


def test_every_catalogue_type_has_a_table_with_exactly_its_fields(store, key):
    for rt in CATALOGUE.values():
        columns = _columns(store.path, key, rt.table)
        assert set(columns) == set(SYSTEM_COLUMNS) | set(rt.field_names), rt.name
        for f in rt.fields:
            assert columns[f.name] == SQLITE_TYPES.get(f.type, "TEXT"), (rt.name, f.name)


def test_an_older_vault_opens_migrates_and_becomes_searchable(tmp_path, key):
    path = tmp_path / "trepart.db"
    engine = make_engine(path, key, create=True)
    migrations.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO meeting(id, created_at, updated_at, clocks, case_id, kind, starts_at,"
            " notes) VALUES ('m1', 'x', 'x', '{}', 'c1', 'opfoelgning', '2026-01-01T10:00', "
            "'Truckcertifikat drøftet')"
        )
    engine.dispose()
    assert migrations.current_revision(make_engine(path, key)) == "0001"

    store = Store.open(path, key)
    assert migrations.current_revision(store.engine) == migrations.head_revision()
    hits = store.search("truckcert")
    assert [h.record_id for h in hits] == ["m1"]
    store.close()


def test_a_vault_from_a_newer_version_is_refused_and_left_alone(store, key):
    path = store.path
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        Store.open(path, key)
    assert "nyere version" in str(err.value)
    assert path.read_bytes() == before


def test_missing_or_empty_database_is_never_created_as_empty(tmp_path, key):
    path = tmp_path / "trepart.db"
    with pytest.raises(DatabaseMissing) as err:
        Store.open(path, key)
    assert "mangler" in str(err.value)
    assert not path.exists()
    path.write_bytes(b"")
    with pytest.raises(DatabaseMissing):
        Store.open(path, key)
    assert path.read_bytes() == b""


def test_plain_sqlite_cannot_read_the_vault(store):
    import sqlite3

    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_draft_payload_round_trips(store):
    store.save_draft(
        "meeting:new",
        record_type="meeting",
        record_id=None,
        case_id="c1",
        payload={"notes": "Halvt skrevet referat", "actual_hours": 7.5},
    )
    (d,) = store.drafts()
    assert d["payload"] == {"notes": "Halvt skrevet referat", "actual_hours": 7.5}
    store.discard_draft("meeting:new")
    assert store.drafts() == []
