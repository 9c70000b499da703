"""Reads in search results count as reads: each case a search shows is logged (never the
search text), once per case within SEARCH_HIT_AGAIN_S."""

from __future__ import annotations

from desktop.domain.records import AuditEntry
from desktop.services import case_search
from desktop.services.case_search import CaseSearchIndex


def _hits(store) -> list[AuditEntry]:
    return [e for e in store.list(AuditEntry) if e.action == "search_hit"]


def test_each_case_in_a_result_is_logged_once_and_without_the_search_text(
    world, consultant, monkeypatch
) -> None:
    index = CaseSearchIndex(consultant)
    index.build_all(world.store)
    assert _hits(world.store) == []
    result = index.audited_search(world.store, "kornbl")
    assert result.case_ids == {world.mentored.id, world.other.id}
    hits = _hits(world.store)
    assert sorted(e.record_id for e in hits) == sorted(result.case_ids)
    assert all(e.case_id == e.record_id and e.record_type == "case" for e in hits)
    assert all("kornbl" not in (e.detail or "").lower() for e in hits)
    # Typing on narrows the result: no new entries for cases logged a moment ago.
    index.audited_search(world.store, "kornblo")
    assert len(_hits(world.store)) == 2
    # Later, the same search is a new read.
    monkeypatch.setattr(case_search, "SEARCH_HIT_AGAIN_S", 0.0)
    index.audited_search(world.store, "kornbl")
    assert len(_hits(world.store)) == 4
    assert world.store.audit_chain_breaks() == []


def test_a_search_without_results_logs_nothing(world, consultant) -> None:
    index = CaseSearchIndex(consultant)
    index.build_all(world.store)
    assert index.audited_search(world.store, "zzzyx").case_ids == frozenset()
    assert _hits(world.store) == []
