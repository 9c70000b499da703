"""The effect report over 10,000 cases (issue 13): in the app (from the encrypted vault) and on the
server (from SQLite and from PostgreSQL), with the pseudonymised CSV export beside it.

Baseline: the pure computation (sync.evaluation) over the same records already in memory, in the
same run, so the ratio says what reading the records costs on top of the arithmetic.
Every case: 4 retention checks; project cases also 2 questionnaires and a scheme application.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import make_url

from desktop.domain.records import (
    Case,
    Citizen,
    Questionnaire,
    Record,
    RetentionCheck,
    SchemeApplication,
)
from desktop.services import demo, reports
from desktop.services.access import Viewer
from desktop.store import Store
from sync.evaluation import effect as e
from sync.protocol.ids import uuid7
from sync.server import atrest, migrate
from sync.server import models as m
from sync.server import report as server_report
from sync.server.db import make_engine
from sync.server.settings import Settings
from tests.bench.common import BenchRow

SIZES = {"smoke": 200, "full": 10_000}
POSTGRES_URL = os.environ.get(
    "TREPART_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
PERIOD = (dt.date(2024, 1, 1), dt.date(2026, 11, 30))
VIEWER = Viewer(username="bench.konsulent", role="consultant", team="Team Bench")
TARGET_S = 5.0  # a team lead waits for the report: a few seconds at most
STATUSES = ("samme_job", "samme_job", "andet_job", "smaajob", "ledig", "sygemeldt", None)


def _records(n: int) -> list[Record]:
    rng = random.Random(13)
    out: list[Record] = []
    for i in range(n):
        citizen = Citizen(id=uuid7(), name=f"Bench Borger {i}", cpr="010190-1234",
                          target_group="fleksjob")
        start = PERIOD[0] + dt.timedelta(days=rng.randrange(0, 700))
        job = start + dt.timedelta(days=rng.randrange(30, 120))
        group = "reference" if i % 3 == 2 else "projekt"
        case = Case(
            id=uuid7(), citizen_id=citizen.id, scheme="virksomhedspraktik", status="afsluttet",
            team=VIEWER.team, start_date=start, end_date=job, outcome="ansat", group=group,
            job_start_date=job,
        )
        out += [citizen, case]
        for months in (1, 3, 6, 12):
            status = rng.choice(STATUSES)
            out.append(RetentionCheck(
                id=uuid7(), case_id=case.id, checked_on=e.add_months(job, months),
                job_status=status, hours_per_week=None if status is None else 20.0,
                on_benefits=status in ("ledig", "sygemeldt"),
            ))
        if group == "projekt":
            for kind, on in (("start", start), ("slut", job)):
                out.append(Questionnaire(
                    id=uuid7(), case_id=case.id, kind=kind, answered_on=on,
                    wellbeing=rng.randint(1, 5), confidence=rng.randint(1, 5),
                    hours_managed=rng.randint(1, 5), own_assessment=rng.randint(1, 5),
                ))
            out.append(SchemeApplication(
                id=uuid7(), case_id=case.id, scheme="hjaelpemidler", status="bevilget",
                need_date=start, decision_date=start + dt.timedelta(days=rng.randrange(5, 60)),
            ))
    return out


def _values(records: list[Record]) -> dict[str, list[dict[str, Any]]]:
    by_type: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_type.setdefault(r.RECORD_TYPE, []).append({"id": r.id, **r.to_values()})
    return by_type


def _pure(values: dict[str, list[dict[str, Any]]]) -> float:
    start = time.perf_counter()
    data = e.EffectData.of(
        cases=values["case"], retention_checks=values["retention_check"],
        questionnaires=values["questionnaire"],
        scheme_applications=values["scheme_application"],
    )
    e.effect_report(data, period_from=PERIOD[0], period_to=PERIOD[1])
    return time.perf_counter() - start


def _best(fn: Any, repeat: int = 3) -> float:
    return min(_timed(fn) for _ in range(repeat))


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _app(records: list[Record], folder: Path) -> tuple[float, float]:
    store = Store.open(folder / "bench.db", os.urandom(32), create=True)
    try:
        store.set_identity(username=VIEWER.username, role="consultant", team=VIEWER.team)
        for i in range(0, len(records), 2000):
            demo.save_all(store, records[i : i + 2000])
        report_s = _best(lambda: reports.effect_report(
            store, viewer=VIEWER, period_from=PERIOD[0], period_to=PERIOD[1]))
        export_s = _best(lambda: reports.export_csv_text(
            store, viewer=VIEWER, period_from=PERIOD[0], period_to=PERIOD[1]))
    finally:
        store.close()
    return report_s, export_s


def _fill_server(url: str, values: dict[str, list[dict[str, Any]]], folder: Path) -> None:
    """The records as the server stores them: CPR and health scores encrypted at rest."""
    engine = make_engine(Settings(database_url=url, data_dir=folder))
    cipher = atrest.cipher_for(engine)
    try:
        migrate.upgrade(engine)
        rows = []
        seq = 0
        for record_type, items in values.items():
            for v in items:
                seq += 1
                rid = v["id"]
                rows.append({
                    "record_type": record_type, "record_id": rid,
                    "case_id": rid if record_type == "case" else v.get("case_id"),
                    "parent_id": None,
                    "values": cipher.seal(
                        record_type, rid, {k: val for k, val in v.items() if k != "id"}
                    ),
                    "clocks": {}, "deleted": False, "seq": seq, "owner_team": VIEWER.team,
                    "created_by": VIEWER.username, "created_at_ms": 0, "updated_at_ms": 0,
                })
        with engine.begin() as conn:
            for i in range(0, len(rows), 5000):
                conn.execute(insert(m.records), rows[i : i + 5000])
    finally:
        engine.dispose()


def _server(url: str, folder: Path) -> tuple[float, float]:
    settings = Settings(  # the field key file in the temporary folder
        database_url=url, data_dir=folder, report_key="b" * 40,  # type: ignore[arg-type]
    )
    engine = make_engine(settings)
    try:
        report_s = _best(lambda: server_report.effect_report(
            engine=engine, period_from=PERIOD[0], period_to=PERIOD[1]))
        out = folder / "effekt.csv"
        export_s = _best(lambda: server_report.export_csv(
            engine=engine, settings=settings, out=out, period_from=PERIOD[0],
            period_to=PERIOD[1]))
    finally:
        engine.dispose()
    return report_s, export_s


def _postgres(values: dict[str, list[dict[str, Any]]], folder: Path) -> tuple[float, float] | None:
    try:
        import psycopg

        admin = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
        with psycopg.connect(admin, autocommit=True, connect_timeout=3) as conn:
            name = f"trepart_bench_{secrets.token_hex(4)}"
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception:  # no PostgreSQL here: the SQLite rows still stand
        return None
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        _fill_server(url, values, folder)
        return _server(url, folder)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(size: str) -> list[BenchRow]:
    n = SIZES[size]
    records = _records(n)
    values = _values(records)
    assert len(values["case"]) == n
    baseline = _best(lambda: _pure(values))
    rows: list[BenchRow] = []

    def row(name: str, seconds: float, *, target: bool = True) -> BenchRow:
        return BenchRow(
            group="effect", name=f"{name}, {n:,} cases", value=round(seconds * 1000, 1),
            unit="ms", baseline=round(baseline * 1000, 1),
            target=f"< {TARGET_S:.0f} s" if target else "",
            met=seconds < TARGET_S if target else None,
        )

    rows.append(BenchRow(group="effect", name=f"report, pure computation, {n:,} cases",
                         value=round(baseline * 1000, 1), unit="ms"))
    with tempfile.TemporaryDirectory(prefix="trepart-bench-effect-") as tmp:
        folder = Path(tmp)
        app_report, app_export = _app(records, folder)
        rows += [row("report in the app (encrypted vault)", app_report),
                 row("CSV export in the app", app_export)]
        sqlite_url = f"sqlite:///{folder / 'server.db'}"
        _fill_server(sqlite_url, values, folder)
        report_s, export_s = _server(sqlite_url, folder)
        rows += [row("report on the server, SQLite", report_s),
                 row("CSV export on the server, SQLite", export_s)]
        pg = _postgres(values, folder)
        if pg is not None:
            rows += [row("report on the server, PostgreSQL", pg[0]),
                     row("CSV export on the server, PostgreSQL", pg[1])]
        csv_rows = sum(1 for _ in (folder / "effekt.csv").open(encoding="utf-8")) - 1
        assert csv_rows == n, csv_rows
    return rows
