"""Search as you type: every word a prefix, across the case's records, within the viewer's
visibility."""

from __future__ import annotations

import datetime as dt

from desktop.services.case_search import CaseSearchIndex, fold_word, searchable_fields
from desktop.services.changes import Changes


def _index(store, viewer, chunk=1) -> CaseSearchIndex:
    index = CaseSearchIndex(viewer)
    steps = 0
    while not index.build_step(store, chunk=chunk):
        steps += 1
    assert index.ready
    return index


def test_words_from_names_company_and_notes(world, build, consultant) -> None:
    build.add_meeting(world.store, world.other, when=dt.datetime(2026, 2, 1, 9),
                      notes="Truckcertifikat kunne åbne for flere opgaver")
    index = _index(world.store, consultant)
    assert index.search("").case_ids is None
    assert index.search("truck").case_ids == {world.other.id}
    assert index.search("anne").case_ids == {world.mentored.id}
    assert index.search("kornbl").case_ids == {world.mentored.id, world.other.id}
    assert index.search("bo kornblomsten").case_ids == {world.other.id}
    assert index.search("anne truck").case_ids == frozenset()
    assert index.search("sør").case_ids == {world.mentored.id}  # æøå are letters of their own
    assert index.search("SØREN").case_ids == {world.mentored.id}


def test_cpr_only_for_those_who_may_read_it(world, consultant, mentor) -> None:
    assert "cpr" in searchable_fields(consultant)["citizen"]
    assert "cpr" not in searchable_fields(mentor)["citizen"]
    assert "health_notes" not in searchable_fields(consultant)["meeting"]
    full = _index(world.store, consultant)
    assert full.search("0101901239").case_ids == {world.mentored.id}
    assert full.search("010190").case_ids == {world.mentored.id}
    restricted = _index(world.store, mentor)
    assert restricted.search("010190").case_ids == frozenset()
    assert restricted.search("anne").case_ids == {world.mentored.id}
    assert restricted.search("bo").case_ids == frozenset()  # not the mentor's case


def test_refresh_follows_saves(world, build, consultant) -> None:
    index = _index(world.store, consultant)
    meeting = build.add_meeting(world.store, world.mentored, when=dt.datetime(2026, 2, 1, 9),
                                notes="Kaffemaskinen driller")
    assert index.search("kaffe").case_ids == frozenset()
    index.refresh(world.store, Changes.of("meeting", case_ids=[world.mentored.id]))
    assert index.search("kaffe").case_ids == {world.mentored.id}
    world.store.save(meeting.replace(notes="Alt er godt"))
    index.refresh(world.store, Changes.of("meeting", case_ids=[world.mentored.id]))
    assert index.search("kaffe").case_ids == frozenset()


def test_fold_word_keeps_danish_letters() -> None:
    assert fold_word("Café") == "cafe"
    assert fold_word("Århus") == "århus"
    assert fold_word("Øjvind") == "øjvind"
