"""The effect report and the evaluator's pseudonymised CSV over this vault (issue 13, items 7, 9).

The figures come from the pure sync.evaluation modules, the same code the server's
`trepart-server report` runs, so the app and the server agree. This module only reads the records,
keeps the pseudonym key inside the vault, renders and seals the PDF, and audits every view,
print and export (counts only, never field values).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.records import (
    Case,
    Citizen,
    Project,
    Questionnaire,
    Record,
    RetentionCheck,
    SchemeApplication,
    Screening,
)
from desktop.services.access import Viewer, require_jobcenter
from desktop.store import Store
from desktop.vault.files import write_private
from sync.evaluation import effect as e
from sync.evaluation import export as x
from sync.protocol.vocabulary import AuditAction

log = logging.getLogger(__name__)

PSEUDONYM_KEY_STATE = "report.pseudonym_key"
GROUP_CHOICES = ("all", "projekt", "reference")
CLI_GROUPS = {"all": None, "project": e.PROJECT, "reference": e.REFERENCE}


class ReportError(ValueError):
    """A report the user asked for cannot be made; the message is Danish."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int


def load_data(store: Store, *, viewer: Viewer) -> e.EffectData:
    """Every case's outcome data in the vault (a consultant's or team lead's own), as the pure
    module reads it."""
    require_jobcenter(viewer)
    return _data(store, _values(store, Case))


def _data(store: Store, cases: list[dict[str, Any]]) -> e.EffectData:
    return e.EffectData.of(
        cases=cases,
        retention_checks=_values(store, RetentionCheck),
        questionnaires=_values(store, Questionnaire),
        scheme_applications=_values(store, SchemeApplication),
        projects=_values(store, Project),
        screenings=[
            {"id": s["id"], "screened_at": s.get("screened_at")}
            for s in _values(store, Screening)
        ],
        first_meetings=_first_meetings(store),
    )


def _values(store: Store, cls: type[Record]) -> list[dict[str, Any]]:
    return store.list_values(cls)


def _first_meetings(store: Store) -> dict[str, Any]:
    """Each case's earliest meeting (its first company contact, unless the own list says
    earlier), one aggregate query."""
    with store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT case_id, MIN(starts_at) FROM meeting WHERE deleted = 0 AND case_id IS NOT NULL"
            " GROUP BY case_id"
        ).all()
    return {str(case_id): first for case_id, first in rows}


def effect_report(
    store: Store,
    *,
    viewer: Viewer,
    period_from: dt.date,
    period_to: dt.date,
    project_id: str | None = None,
    data: e.EffectData | None = None,
) -> e.EffectReport:
    try:
        report = e.effect_report(
            data or load_data(store, viewer=viewer),
            period_from=period_from, period_to=period_to, project_id=project_id,
        )
    except e.PeriodError as exc:
        raise ReportError(str(exc)) from exc
    store.audit(
        AuditAction.VIEW, record_type="report",
        detail=f"effektrapport {period_from.isoformat()}–{period_to.isoformat()}: "
        f"{sum(g.cases for g in report.groups.values())} forløb",
    )
    return report


def pseudonym_key(store: Store) -> bytes:
    """The vault's own key for the export's pseudonyms: made once, kept inside the encrypted
    database, never shown or synced."""
    value = store.get_state(PSEUDONYM_KEY_STATE)
    if value is None:
        value = secrets.token_hex(32)
        store.set_state(PSEUDONYM_KEY_STATE, value)
    return bytes.fromhex(value)


def export_csv_text(
    store: Store,
    *,
    viewer: Viewer,
    period_from: dt.date,
    period_to: dt.date,
    group: str | None = None,
    project_id: str | None = None,
) -> tuple[str, int]:
    """The evaluator's CSV (text) and its number of rows; audited as an export."""
    require_jobcenter(viewer)
    if group not in (None, e.PROJECT, e.REFERENCE):
        raise ReportError("Ukendt gruppe: vælg projektgruppen, referencegruppen eller begge.")
    cases = _values(store, Case)
    data = _data(store, cases)
    citizens = {str(c["id"]): c for c in store.list_values(Citizen)}
    try:
        rows = x.export_rows(
            key=pseudonym_key(store), data=data, cases=cases, citizens=citizens,
            period_from=period_from, period_to=period_to, group=group, project_id=project_id,
        )
    except e.PeriodError as exc:
        raise ReportError(str(exc)) from exc
    store.audit(
        AuditAction.EXPORT, record_type="report",
        detail=f"pseudonymiseret CSV {period_from.isoformat()}–{period_to.isoformat()}, "
        f"gruppe {group or 'alle'}: {len(rows)} forløb",
    )
    return x.to_csv(rows), len(rows)


def export_csv(
    store: Store,
    *,
    viewer: Viewer,
    out: Path,
    period_from: dt.date,
    period_to: dt.date,
    group: str | None = None,
    project_id: str | None = None,
) -> ExportResult:
    """Write the CSV owner-only (0600): the user's explicit act, audited."""
    text, count = export_csv_text(
        store, viewer=viewer, period_from=period_from, period_to=period_to, group=group,
        project_id=project_id,
    )
    try:
        write_private(out, text.encode("utf-8"))
    except OSError as exc:
        raise ReportError(f"Filen kan ikke skrives: {out} ({exc.strerror})") from exc
    return ExportResult(out, count)


@dataclass(frozen=True, slots=True)
class ReportPdf:
    pdf: bytes
    sealed: bool


def project_name(store: Store, project_id: str | None) -> str:
    project = store.get(Project, project_id) if project_id else None
    return project.name if project else ""


def report_pdf(store: Store, *, viewer: Viewer, report: e.EffectReport) -> ReportPdf:
    """The report as a PDF, sealed with the organisation's certificate when it has one (like
    minutes: a report is not signed); rendered in memory, the print is audited."""
    from desktop.documents.effect_report import render
    from desktop.services import documents as document_service

    require_jobcenter(viewer)
    pdf = render(
        report, document_service.organisation(store),
        project_name=project_name(store, report.project_id),
    )
    sealed = document_service.organisation_settings(store).can_seal
    if sealed:
        pdf = document_service.sealer(store).seal(
            pdf, reason="Effektrapport forseglet af organisationen"
        )
    store.audit(
        AuditAction.PRINT, record_type="report",
        detail=f"effektrapport {report.period_from.isoformat()}–{report.period_to.isoformat()}"
        f"{' (forseglet)' if sealed else ''}",
    )
    return ReportPdf(pdf, sealed)
