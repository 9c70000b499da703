"""The search index without word positions (migration 0015): smaller, the same hits and snippets,
and what a user types split into words where the index's tokenizer splits them, so no input
becomes a phrase query (which FTS5 refuses without positions)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.records import Case, Meeting
from desktop.services import demo
from desktop.store import Store
from desktop.store import migrate as migrations
from desktop.store.engine import make_engine
from desktop.store.search import index_words
from desktop.store.store import SearchHit
from sync.protocol.ids import uuid7

# Letters and digits to Python that FTS5's unicode61 tables count as separators (New Tai Lue
# vowel signs), and Python's word character that is punctuation to FTS5.
SPLITTING = ("\u19b0", "\u19c8", "_")
QUERIES = ("lag", "truck", "Mette", "høreværn", "kollegerne", "Søren Nielsen", "Ågesen lager",
           "bageri", "mø", "st", "arbejdskollegerne")


def _index_sql(store: Store) -> str:
    with store.read() as conn:
        return conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'"
        ).scalar()


def _hits(store: Store) -> dict[str, list[SearchHit]]:
    return {q: store.search(q) for q in QUERIES}


def _meeting(store: Store, notes: str) -> Meeting:
    case = next(iter(store.list(Case, limit=1)))
    return store.save(Meeting(id=uuid7(), case_id=case.id, kind="opfoelgning",
                              starts_at=dt.datetime(2026, 1, 1, 10), notes=notes))


def test_the_index_keeps_no_positions(store) -> None:
    assert "detail = none" in _index_sql(store)


def test_words_split_where_the_index_splits() -> None:
    for sep in SPLITTING:
        assert index_words(f"lager{sep}arbejde") == ["lager", "arbejde"]
    assert index_words("Søren Nielsen, co2 ½") == ["Søren", "Nielsen", "co2", "½"]
    assert index_words("Ærø Åse øl") == ["Ærø", "Åse", "øl"]


def test_text_with_a_splitting_character_is_found_without_an_error(store) -> None:
    demo.save_all(store, list(demo.records(cases=1, meetings_per_case=1)))
    for i, sep in enumerate(SPLITTING):
        # Short words: the separator falls inside the indexed prefix of what is typed.
        meeting = _meeting(store, f"Noter: q{i}{sep}truckcertifikatet")
        found = store.search(f"q{i}{sep}truck")
        assert [h.record_id for h in found] == [meeting.id], sep
        assert [h.record_id for h in store.search(f"q{i}{sep}truckcertifikat")] == [meeting.id]
        assert store.search(f"q{i}{sep}truckcertifikatx") == []


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.one_of(st.characters(), st.sampled_from([*SPLITTING, *'ab æø"*()-:^'])),
               min_size=1, max_size=40))
def test_no_typed_text_makes_search_fail(store, typed: str) -> None:
    if store.count(Case) == 0:  # FTS5 looks at the query's terms only when rows are indexed
        demo.save_all(store, list(demo.records(cases=1, meetings_per_case=1)))
        _meeting(store, "ab ᦰ øl q_r")
    hits = store.search(typed)
    assert all(h.record_type for h in hits)


def test_down_and_up_again_gives_the_same_hits_and_snippets(tmp_path, key) -> None:
    from alembic import command

    path = tmp_path / "trepart.db"
    store = Store.open(path, key, create=True)
    store.set_identity(username="t", role="consultant", team="T")
    demo.save_all(store, list(demo.records(cases=30, meetings_per_case=4)))
    before = _hits(store)
    assert sum(map(len, before.values())) > 20
    store.close()
    engine = make_engine(path, key)
    with engine.begin() as conn:
        command.downgrade(migrations._config(conn), "0014")
    engine.dispose()
    store = Store.open(path, key)  # upgrades to the head again
    try:
        assert "detail = none" in _index_sql(store)
        assert _hits(store) == before
    finally:
        store.close()
    engine = make_engine(path, key)
    with engine.begin() as conn:
        command.downgrade(migrations._config(conn), "0014")
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'").scalar()
        secure = conn.exec_driver_sql(
            "SELECT v FROM search_index_config WHERE k = 'secure-delete'").scalar()
    engine.dispose()
    assert "detail" not in sql and secure == 1


def test_a_refused_query_is_no_full_disk(tmp_path) -> None:
    import sqlcipher3

    from desktop.store.errors import DiskFull
    from desktop.store.store import _translate

    refused = sqlcipher3.OperationalError("fts5: phrase queries are not supported (detail!=full)")
    assert not isinstance(_translate(refused, tmp_path), DiskFull)
    assert isinstance(_translate(sqlcipher3.OperationalError("database or disk is full"),
                                 tmp_path), DiskFull)
