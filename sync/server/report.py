"""`trepart-server report`: the effect report and the evaluator's pseudonymised CSV over the whole
municipality's data, computed by the same pure modules as the app (sync.evaluation).

The pseudonym key lives in the server's settings (TREPART_SERVER_REPORT_KEY), never in the
database: a copy of the database alone cannot link a pseudonym to a case. Every run is written to
the server's audit log with the period, the group and the number of cases, and names the cases
as its subjects, so `trepart-server audit --citizen ID` shows who exported a citizen's case.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from sync.evaluation import effect as e
from sync.evaluation import export as x
from sync.server import atrest, store
from sync.server import models as m
from sync.server.db import read_transaction, write_transaction
from sync.server.push import now_ms
from sync.server.settings import Settings

TYPES = ("case", "citizen", "retention_check", "questionnaire", "scheme_application", "project",
         "screening")


class ReportError(Exception):
    """A report the administrator asked for cannot be made (Danish)."""


@dataclass(frozen=True, slots=True)
class ServerData:
    data: e.EffectData
    cases: list[dict[str, Any]]
    citizens: dict[str, dict[str, Any]]


def load(engine: Engine) -> ServerData:
    """Every live record the report reads, straight from the records table (decrypted)."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TYPES}
    r = m.records.c
    query = select(r.record_type, r.record_id, r["values"]).where(
        r.record_type.in_(TYPES), r.deleted.is_(False)
    )
    with read_transaction(engine) as conn:
        # CPR numbers and health-marked scores are encrypted at rest: opened here, in memory.
        cipher = atrest.cipher_for(conn)
        for record_type, record_id, values in conn.execute(query):
            opened = cipher.open(record_type, record_id, values or {})
            rows[record_type].append({**opened, "id": record_id})
        # Each case's earliest meeting: its first company contact (unless the own list says
        # earlier); only the time is read, not the meeting's text.
        first_meetings: dict[str, Any] = {}
        starts = select(r.case_id, r["values"]["starts_at"].as_string()).where(
            r.record_type == "meeting", r.deleted.is_(False), r.case_id.is_not(None)
        )
        for case_id, starts_at in conn.execute(starts):
            day = e.as_date(starts_at)
            if day is not None and (case_id not in first_meetings or day < first_meetings[case_id]):
                first_meetings[case_id] = day
    data = e.EffectData.of(
        cases=rows["case"], retention_checks=rows["retention_check"],
        questionnaires=rows["questionnaire"], scheme_applications=rows["scheme_application"],
        projects=rows["project"],
        screenings=[
            {"id": s["id"], "screened_at": s.get("screened_at")} for s in rows["screening"]
        ],
        first_meetings=first_meetings,
    )
    citizens = {c["id"]: c for c in rows["citizen"]}
    return ServerData(data, rows["case"], citizens)


def audit_view(*, engine: Engine, report: e.EffectReport) -> None:
    """The administrator read the report's figures (group totals only): logged like an export."""
    cases = sum(g.cases for g in report.groups.values())
    with write_transaction(engine) as conn:
        store.add_audit(
            conn, at_ms=now_ms(), username=None, device_id=None, action="admin_report_view",
            record_count=cases,
            detail=f"effektrapport {report.period_from.isoformat()}–"
            f"{report.period_to.isoformat()}: {cases} forløb",
        )


def report_key(settings: Settings) -> bytes:
    secret = settings.report_key.get_secret_value() if settings.report_key else ""
    if len(secret.encode("utf-8")) < x.MIN_KEY_BYTES:
        raise ReportError(
            "Sæt TREPART_SERVER_REPORT_KEY til en hemmelig nøgle på mindst "
            f"{x.MIN_KEY_BYTES} tegn (fx: openssl rand -hex 32), før der eksporteres. "
            "Brug den samme nøgle hver gang, så pseudonymerne er de samme fra gang til gang."
        )
    return secret.encode("utf-8")


def effect_report(
    *, engine: Engine, period_from: dt.date, period_to: dt.date, project_id: str | None = None,
    loaded: ServerData | None = None,
) -> e.EffectReport:
    try:
        return e.effect_report(
            (loaded or load(engine)).data, period_from=period_from, period_to=period_to,
            project_id=project_id,
        )
    except e.PeriodError as exc:
        raise ReportError(str(exc)) from exc


def export_csv(
    *, engine: Engine, settings: Settings, out: Path, period_from: dt.date, period_to: dt.date,
    group: str | None = None, project_id: str | None = None, loaded: ServerData | None = None,
) -> int:
    """Write the CSV owner-only (0600) and audit it; returns the number of rows."""
    key = report_key(settings)
    loaded = loaded or load(engine)
    try:
        rows = x.export_rows(
            key=key, data=loaded.data, cases=loaded.cases, citizens=loaded.citizens,
            period_from=period_from, period_to=period_to, group=group, project_id=project_id,
        )
    except e.PeriodError as exc:
        raise ReportError(str(exc)) from exc
    _write_private(out, x.to_csv(rows).encode("utf-8"))
    chosen = e.select_cases(
        loaded.data, period_from=period_from, period_to=period_to, group=group,
        project_id=project_id,
    )
    with write_transaction(engine) as conn:
        store.add_audit(
            conn, at_ms=now_ms(), username=None, device_id=None, action="admin_report_export",
            record_count=len(rows), subjects=_subjects(chosen, loaded),
            detail=f"pseudonymiseret CSV {period_from.isoformat()}–{period_to.isoformat()}, "
            f"gruppe {group or 'alle'}: {len(rows)} forløb",
        )
    return len(rows)


def _subjects(cases: Iterable[e.CaseFacts], loaded: ServerData) -> list[str]:
    citizen_of = {str(c["id"]): c.get("citizen_id") for c in loaded.cases}
    out = []
    for c in cases:
        out.append(c.id)
        if citizen_of.get(c.id):
            out.append(str(citizen_of[c.id]))
    return out


def _write_private(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o600)
            f.write(data)
    except OSError as exc:
        raise ReportError(f"Filen kan ikke skrives: {path} ({exc.strerror})") from exc
