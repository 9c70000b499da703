"""A team's pull walks the records in seq order and stops at the page's limit (SQLite).

The team's filter `case_id IS NULL OR case_id IN (the team's cases)` let SQLite gather every row
of the team through the case_id index and sort them, for every page: an initial sync of 10,000
cases took 0.26 s of server time a page (quadratic in the team's size), and every incremental
pull cost as much as the whole. PostgreSQL plans the seq walk from its statistics."""

from __future__ import annotations

import pytest

from sync.server import store
from sync.server.policy import CaseScope

SCOPES = {
    "team": CaseScope(case_team="Team Vest", never_types=frozenset({"screening"})),
    "everything": CaseScope(everything=True),
}


@pytest.mark.parametrize("scope", sorted(SCOPES))
def test_a_page_walks_the_seq_index_without_sorting(engine, scope: str) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL chooses its plan from its statistics (seq walk, checked by hand)")
    with engine.connect() as conn:
        sql, params = store.page_query(conn, cursor=10, upto=5000, limit=1000,
                                       scope=SCOPES[scope])
        raw = conn.connection.driver_connection
        plan = " | ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "TEMP B-TREE FOR ORDER BY" not in plan, plan
    assert "SEARCH records USING INDEX" in plan and "(seq>? AND seq<?)" in plan, plan
