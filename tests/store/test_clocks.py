"""A record's field clocks in the vault: compact when one stamp covers every field, per-field
JSON otherwise (and in every vault written before), the same map read back either way."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.domain.records import Case, Meeting
from desktop.services import demo
from desktop.store import clocks, syncing
from sync.protocol.hlc import HybridClock
from sync.protocol.ids import uuid7
from sync.protocol.wire import RecordChange

STAMP = "001796223332588:00000:75a7fb5e76bc"


def test_one_shared_stamp_is_written_once() -> None:
    written = clocks.encode({"case_id": STAMP, "kind": STAMP, "place": STAMP})
    assert written == f"{STAMP}|case_id,kind,place"
    assert clocks.decode(written) == {"case_id": STAMP, "kind": STAMP, "place": STAMP}
    assert len(written) < len(json.dumps(clocks.decode(written))) / 2


@pytest.mark.parametrize(
    "mapping",
    [
        {},
        {"case_id": STAMP, "notes": "001796223332589:00000:75a7fb5e76bc"},
        {"a,b": STAMP},  # a name that is no identifier: the comma would split it
        {"a|b": STAMP, "c": STAMP},
        {"": STAMP},
        {"notes": "{odd"},
    ],
)
def test_any_other_map_stays_per_field_json(mapping: dict[str, str]) -> None:
    written = clocks.encode(mapping)
    assert written == json.dumps(mapping)
    assert clocks.decode(written) == mapping


def test_a_node_id_with_the_separators_reads_back() -> None:
    stamp = "001796223332588:00000:no|de,x"
    assert clocks.decode(clocks.encode({"kind": stamp, "deleted": stamp})) == {
        "kind": stamp, "deleted": stamp,
    }


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(
    st.sampled_from(["case_id", "kind", "notes", "deleted", "x_1", "a,b", "ø", "", "|"])
    | st.text(max_size=4),
    st.sampled_from([STAMP, "001796223332589:00001:b", "7:0:{x|y,z}"]) | st.text(max_size=6),
    max_size=6,
))
def test_every_map_reads_back_as_written(mapping: dict[str, str]) -> None:
    written = clocks.encode(mapping)
    assert clocks.decode(written) == mapping
    assert list(clocks.decode(written)) == list(mapping)  # field order kept too


def _clocks_text(store, table: str, record_id: str) -> str:
    with store.read() as conn:
        return conn.execute(
            text(f'SELECT clocks FROM "{table}" WHERE id = :i'), {"i": record_id}
        ).scalar()


def test_a_first_save_is_compact_and_an_edit_of_one_field_is_not(store) -> None:
    demo.save_all(store, list(demo.records(cases=1, meetings_per_case=0)))
    case = store.list(Case)[0]
    meeting = store.save(Meeting(id=uuid7(), case_id=case.id, notes="Første udgave"))
    first = _clocks_text(store, "meeting", meeting.id)
    assert not first.startswith("{")
    _values, fields = store.raw_state("meeting", meeting.id)
    assert set(fields) >= {"case_id", "notes"} and len(set(fields.values())) == 1
    store.save(meeting.replace(notes="Anden udgave"))
    second = _clocks_text(store, "meeting", meeting.id)
    assert second.startswith("{")
    _values, after = store.raw_state("meeting", meeting.id)
    assert after["notes"] > after["case_id"] == fields["case_id"]
    assert set(after) == set(fields)


def test_an_old_vaults_per_field_json_still_reads_and_applies(store) -> None:
    """A row as every vault wrote it before the compact form: read, edited, pulled over."""
    demo.save_all(store, list(demo.records(cases=1, meetings_per_case=1)))
    meeting = store.list(Meeting)[0]
    _values, fields = store.raw_state("meeting", meeting.id)
    old = {name: STAMP for name in fields}
    with store.write() as conn:
        conn.execute(
            text("UPDATE meeting SET clocks = :c WHERE id = :i"),
            {"c": json.dumps(old), "i": meeting.id},
        )
    assert store.raw_state("meeting", meeting.id)[1] == old
    later = str(HybridClock("server").now())
    change = RecordChange(
        seq=1, record_type="meeting", record_id=meeting.id,
        values={**store.raw_state("meeting", meeting.id)[0], "place": "Lageret"},
        clocks={**old, "place": later},
    )
    change.values.pop("deleted")
    store.remove_ops([op.op_id for op in store.pending_ops(1000)])
    done = syncing.apply_changes(store, [change], 1)
    assert (done.applied, done.quarantined) == (1, 0)
    assert store.raw_state("meeting", meeting.id)[1] == {**old, "place": later}
    assert store.get(Meeting, meeting.id).place == "Lageret"


def test_down_from_0014_writes_every_compact_column_back_as_json(tmp_path, key) -> None:
    """An older build reads clocks only as JSON: downgrading below the compact form gives it
    the same maps in that form."""
    from alembic import command

    from desktop.store import Store
    from desktop.store import migrate as migrations
    from desktop.store.engine import make_engine

    path = tmp_path / "trepart.db"
    store = Store.open(path, key, create=True)
    store.set_identity(username="t", role="consultant", team="T")
    demo.save_all(store, list(demo.records(cases=3, meetings_per_case=2)))
    with store.read() as conn:
        tables = [
            n for (n,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%clocks%'"
            )
        ]
        before = {
            (t, rid): clocks.decode(c)
            for t in tables
            for rid, c in conn.exec_driver_sql(f'SELECT id, clocks FROM "{t}"')
        }
    assert any(not c.startswith("{") for c in _all_texts(store, tables))
    store.close()
    engine = make_engine(path, key)
    with engine.begin() as conn:
        command.downgrade(migrations._config(conn), "0013")
    with engine.connect() as conn:
        texts = {
            (t, rid): c
            for t in tables
            for rid, c in conn.exec_driver_sql(f'SELECT id, clocks FROM "{t}"')
        }
    engine.dispose()
    assert all(c.startswith("{") for c in texts.values())
    assert {k: json.loads(c) for k, c in texts.items()} == before


def _all_texts(store, tables: list[str]) -> list[str]:
    with store.read() as conn:
        return [
            c for t in tables for (c,) in conn.exec_driver_sql(f'SELECT clocks FROM "{t}"')
        ]
