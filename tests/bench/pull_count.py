"""What the pull's count (issue 16: PullResponse.remaining, `count=1`) costs the server, against
the page it rides on.

A server database is seeded directly (SQL, not pushes: the count is what is measured) with
`cases` cases of two teams, each case with its citizen and 22 meetings (24 records a case, so
10,000 cases are the issue's 240,000 records). Measured side by side, interleaved A B A B on the
same connection: A = reading the first page of 1,000 for a consultant of one team (what every
pull costs, `pull.read_page`), B = `store.remaining_after` from that page's cursor (what the
count adds, once per COUNT_EVERY pages; the count from cursor 0, the first page's, reads less);
also the count of a mentor of 40 cases from cursor 0. SQLite always;
PostgreSQL when TREPART_BENCH_PG (a database URL) is set.

    PYTHONPATH=$PWD python -m tests.bench.pull_count --size smoke|full
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, insert, text, update

from sync.client.engine import COUNT_EVERY
from sync.protocol.ids import uuid7
from sync.protocol.vocabulary import Role
from sync.server import migrate, policy, pull, store
from sync.server import models as m
from sync.server.db import make_engine, read_transaction
from sync.server.policy import Principal
from sync.server.settings import Settings
from tests.bench.common import BenchRow, median

SIZES = {"smoke": 200, "full": 10_000}
MEETINGS = 22
REPEATS = 7
PAGE = 1000


def _seed(engine: Engine, cases: int) -> None:
    now = int(time.time() * 1000)
    seq = 0
    records, index, mentors = [], [], []
    for i in range(cases):
        team = "nord" if i % 2 == 0 else "syd"
        case, citizen = uuid7(), uuid7()
        index.append({"case_id": case, "team": team, "consultant": "kim",
                      "citizen_id": citizen, "company_id": None})
        if i < 40:
            mentors.append({"case_id": case, "username": "mo"})

        def row(rtype: str, rid: str, case_id: str | None, values: dict[str, object],
                team: str = team) -> dict[str, object]:
            nonlocal seq
            seq += 1
            return {"record_type": rtype, "record_id": rid, "case_id": case_id,
                    "parent_id": None, "values": values, "clocks": {}, "deleted": False,
                    "seq": seq, "owner_team": team,
                    "created_by": "kim" if team == "nord" else "sid",
                    "created_at_ms": now, "updated_at_ms": now}

        records.append(row("citizen", citizen, None, {"name": f"Borger {i}"}))
        records.append(row("case", case, case, {"citizen_id": citizen, "team": team,
                                                "scheme": "fleksjob", "status": "aktiv"}))
        for j in range(MEETINGS):
            records.append(row("meeting", uuid7(), case, {
                "case_id": case, "kind": "opfoelgning", "starts_at": "2026-03-01T10:00:00+01:00",
                "notes": f"Møde {j} i forløb {i}: en linje tekst, som et referat har."}))
    with engine.begin() as conn:
        for start in range(0, len(records), 5000):
            conn.execute(insert(m.records), records[start:start + 5000])
        conn.execute(insert(m.case_index), index)
        if mentors:
            conn.execute(insert(m.case_mentors), mentors)
        conn.execute(update(m.change_counter).where(m.change_counter.c.id == 1).values(value=seq))
        if conn.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))
        else:
            conn.exec_driver_sql("ANALYZE")


def _cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall ms, this process's CPU ms) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _measure(engine: Engine, label: str, cases: int) -> list[BenchRow]:
    kim = Principal(user_id="u1", username="kim", role=Role.CONSULTANT, team="nord")
    mo = Principal(user_id="u2", username="mo", role=Role.MENTOR, team=None)
    page_ms: list[float] = []
    count_ms: list[float] = []
    mentor_ms: list[float] = []
    with read_transaction(engine) as conn:
        first = pull.read_page(conn=conn, principal=kim, cursor=0, limit=PAGE, max_scan=10_000)
        after = first.response.cursor
        counted = store.remaining_after(conn, scope=policy.case_scope(kim), username="kim",
                                        cursor=after)
        from_zero: list[float] = []
        for _ in range(REPEATS):  # A B A B, the mentor's count in between
            page_ms.append(_cpu(lambda: pull.read_page(
                conn=conn, principal=kim, cursor=0, limit=PAGE, max_scan=10_000))[0])
            count_ms.append(_cpu(lambda: store.remaining_after(
                conn, scope=policy.case_scope(kim), username="kim", cursor=after))[0])
            from_zero.append(_cpu(lambda: store.remaining_after(
                conn, scope=policy.case_scope(kim), username="kim", cursor=0))[0])
            mentor_ms.append(_cpu(lambda: store.remaining_after(
                conn, scope=policy.case_scope(mo), username="mo", cursor=0))[0])
    records = cases * (MEETINGS + 2)
    assert counted == records // 2 - len(first.response.changes), (counted, records)
    spread = (f"min {min(count_ms):.1f} max {max(count_ms):.1f}; page min {min(page_ms):.1f} "
              f"max {max(page_ms):.1f}")
    print(f"{label}: {records} records; count {median(count_ms):.1f} ms, page "
          f"{median(page_ms):.1f} ms ({spread}); mentor count {median(mentor_ms):.1f} ms "
          f"(min {min(mentor_ms):.1f} max {max(mentor_ms):.1f})")
    print(f"{label}: count from cursor 0 (an empty device's first page) {median(from_zero):.1f} "
          f"ms (min {min(from_zero):.1f} max {max(from_zero):.1f})")
    per_page = median(count_ms) / COUNT_EVERY
    return [
        BenchRow("pull", f"{label} first count, from cursor 0 (ms)", median(from_zero), "ms",
                 baseline=median(page_ms), target="< 1 page",
                 met=median(from_zero) < median(page_ms)),
        BenchRow("pull", f"{label} recount after page 1 of {records:,} (ms)", median(count_ms),
                 "ms",
                 baseline=median(page_ms), target="< 1 page",
                 met=median(count_ms) < median(page_ms)),
        BenchRow("pull", f"{label} count per page, every {COUNT_EVERY} (ms)", per_page, "ms",
                 baseline=median(page_ms), target="< 0.1x page",
                 met=per_page < 0.1 * median(page_ms)),
        BenchRow("pull", f"{label} mentor's count (ms)", median(mentor_ms), "ms",
                 baseline=median(page_ms)),
    ]


def run(size: str) -> list[BenchRow]:
    cases = SIZES.get(size, SIZES["smoke"])
    rows: list[BenchRow] = []
    root = Path(tempfile.mkdtemp(prefix="trepart-countbench-"))
    try:
        urls = [("sqlite", f"sqlite:///{root / 'server.db'}")]
        if os.environ.get("TREPART_BENCH_PG"):
            urls.append(("postgres", os.environ["TREPART_BENCH_PG"]))
        for label, url in urls:
            settings = Settings(database_url=url, data_dir=root, auto_migrate=False,
                                log_level="WARNING")
            engine = make_engine(settings)
            try:
                migrate.upgrade(engine)
                _seed(engine, cases)
                rows += _measure(engine, label, cases)
            finally:
                engine.dispose()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=tuple(SIZES), default="smoke")
    for r in run(parser.parse_args().size):
        print(r)
