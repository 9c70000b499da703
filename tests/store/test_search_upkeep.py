"""Search upkeep on update only when an indexed value changes (migration 0013, issue 16).

The index must stay exactly what inserting every live row afresh would give, whatever is edited;
an edit of a field nobody searches must not touch the index at all.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from alembic import command
from sqlalchemy import Connection

from desktop.domain.records import Case, Citizen, Meeting
from desktop.services import demo
from desktop.store import Store, bulkload
from desktop.store import migrate as migrations
from desktop.store.engine import make_engine

INDEXED = ("citizen", "company", "case_", "meeting", "action_item")
_AI_SELECT = re.compile(r"SELECT\s+(.*)\s+WHERE\s+new\.deleted\s*=\s*0;", re.DOTALL)


def _triggers(conn: Connection) -> dict[str, str]:
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_index%'"
    )
    return dict(rows.all())


def _index(conn: Connection) -> set[tuple]:
    return set(
        conn.exec_driver_sql(
            "SELECT rowid, record_type, record_id, case_id, body FROM search_index"
        ).all()
    )


def _rebuilt(conn: Connection) -> set[tuple]:
    """The index as inserting every live row afresh writes it (each table's `_ai` trigger)."""
    out: set[tuple] = set()
    for name, sql in _triggers(conn).items():
        if not name.endswith("_ai"):
            continue
        m = _AI_SELECT.search(sql)
        assert m is not None, name
        select = re.sub(r"\bnew\.", "t.", m.group(1))
        table = name[: -len("_ai")]
        out |= set(
            conn.exec_driver_sql(f'SELECT {select} FROM "{table}" AS t WHERE t.deleted = 0').all()
        )
    return out


def _filled(store: Store, cases: int = 4) -> list:
    records = list(demo.records(cases=cases, meetings_per_case=3))
    demo.save_all(store, records)
    return records


def test_update_triggers_fire_only_on_indexed_columns_and_inserts_keep_their_shape(store):
    with store.read() as conn:
        triggers = _triggers(conn)
    for table in INDEXED:
        au = triggers[f"{table}_au"]
        assert 'AFTER UPDATE OF "id"' in au and '"deleted"' in au and " WHEN " in au, au
        assert "clocks" not in au and "updated_at" not in au
        # The bulk loader's contract: insert triggers keep their one shape.
        assert bulkload._AI_BODY.search(triggers[f"{table}_ai"]), table
    assert 'old."decisions" IS NOT new."decisions"' in triggers["meeting_au"]
    assert '"planned_hours"' not in triggers["meeting_au"]


def test_a_change_of_a_field_nobody_searches_does_not_touch_the_index(store):
    records = _filled(store)
    meeting = next(r for r in records if isinstance(r, Meeting))
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        before = raw.total_changes
        cur.execute("UPDATE meeting SET planned_hours = 12.5 WHERE id = ?", (meeting.id,))
        assert raw.total_changes - before == 1  # the row only: no index delete, no insert
        before = raw.total_changes
        # Setting an indexed column to the value it has is no change either (a pulled record
        # is written with all its columns).
        cur.execute("UPDATE meeting SET notes = notes, place = place WHERE id = ?", (meeting.id,))
        assert raw.total_changes - before == 1
        before = raw.total_changes
        cur.execute("UPDATE meeting SET decisions = 'Truckcertifikat' WHERE id = ?", (meeting.id,))
        assert raw.total_changes - before > 1  # the index entry is rewritten
        raw.rollback()
    finally:
        raw.close()


def test_the_index_stays_what_a_rebuild_gives_through_random_edits_and_deletes(store):
    records = _filled(store, cases=6)
    rng = random.Random(5)
    meetings = [r for r in records if isinstance(r, Meeting)]
    cases = [r for r in records if isinstance(r, Case)]
    citizens = [r for r in records if isinstance(r, Citizen)]
    for i in range(60):
        pick = rng.random()
        if pick < 0.3:
            m = store.get(Meeting, rng.choice(meetings).id)
            if m is not None:
                store.save(m.replace(decisions=f"Kantineordning {i} aftalt"))
        elif pick < 0.5:
            m = store.get(Meeting, rng.choice(meetings).id)
            if m is not None:
                store.save(m.replace(planned_hours=float(i % 30 + 1)))
        elif pick < 0.6:
            m = store.get(Meeting, rng.choice(meetings).id)
            if m is not None:  # moved to another case: the index's case id follows
                store.save(m.replace(case_id=rng.choice(cases).id))
        elif pick < 0.75:
            c = store.get(Citizen, rng.choice(citizens).id)
            if c is not None:
                store.save(c.replace(name=f"Jens Bæk {i}"))
        elif pick < 0.85:
            c = store.get(Case, rng.choice(cases).id)
            if c is not None:
                store.save(c.replace(title=f"Fleksjob på lageret {i}"))
        else:
            store.delete(Meeting, rng.choice(meetings).id)
        if i % 10 == 9:
            with store.read() as conn:
                assert _index(conn) == _rebuilt(conn)
    with store.read() as conn:
        assert _index(conn) == _rebuilt(conn)
    assert store.search("kantineordn")
    assert all(h.record_type == "meeting" for h in store.search("kantineordn"))


def test_edited_words_are_found_and_the_old_ones_are_not(store):
    records = _filled(store)
    meeting = store.get(Meeting, next(r for r in records if isinstance(r, Meeting)).id)
    assert meeting is not None
    store.save(meeting.replace(decisions="Zyloføn bestilt"))
    assert [h.record_id for h in store.search("zyloføn")] == [meeting.id]
    store.save(meeting.replace(decisions="Qvarnkursus bestilt", planned_hours=20.0))
    assert store.search("zyloføn") == []
    assert [h.record_id for h in store.search("qvarnkursus")] == [meeting.id]
    store.delete(Meeting, meeting.id)
    assert store.search("qvarnkursus") == []


def test_down_restores_the_old_triggers_and_up_again_gives_the_same(tmp_path: Path, key):
    path = tmp_path / "trepart.db"
    engine = make_engine(path, key, create=True)
    migrations.upgrade(engine, "0012")
    with engine.connect() as conn:
        old = _triggers(conn)
    assert "AFTER UPDATE ON" in old["meeting_au"]
    migrations.upgrade(engine, "head")
    with engine.connect() as conn:
        new = _triggers(conn)
    assert new != old and {k: v for k, v in new.items() if not k.endswith("_au")} == {
        k: v for k, v in old.items() if not k.endswith("_au")
    }
    with engine.begin() as conn:
        command.downgrade(migrations._config(conn), "0012")
    with engine.connect() as conn:
        assert _triggers(conn) == old
    migrations.upgrade(engine, "head")
    with engine.connect() as conn:
        assert _triggers(conn) == new
    engine.dispose()
    store = Store.open(path, key)
    store.set_identity(username="t", role="consultant", team="T")
    _filled(store)
    with store.read() as conn:
        assert _index(conn) == _rebuilt(conn)
    store.close()


def test_a_bulk_load_interrupted_before_the_migration_restores_the_new_triggers(
    tmp_path: Path, key
):
    path = tmp_path / "trepart.db"
    engine = make_engine(path, key, create=True)
    migrations.upgrade(engine, "0012")
    # A 0012 vault whose initial sync set the triggers aside and then stopped.
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sync_state(key, value) VALUES ('username', 't'), ('device_id', "
            "'0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000'), ('role', 'consultant')"
        )
    engine.dispose()
    engine = make_engine(path, key)
    store = Store(engine, path=path)
    store._load_identity()
    assert bulkload.begin(store)
    with store.read() as conn:
        assert _triggers(conn) == {}
    store.close()

    store = Store.open(path, key)  # the newer app migrates while the load is under way
    saved = {t["name"]: t["sql"] for t in json.loads(store.get_state(bulkload.FLAG_KEY) or "[]")}
    assert "AFTER UPDATE OF" in saved["meeting_au"]
    _filled(store)
    assert bulkload.finish(store)
    with store.read() as conn:
        triggers = _triggers(conn)
        assert "AFTER UPDATE OF" in triggers["meeting_au"]
        assert _index(conn) == _rebuilt(conn)
    store.close()
