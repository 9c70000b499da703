"""The access log for one citizen (GDPR art. 15): who read or did what with their records,
with role and time, as a Danish PDF for the citizen.

Built from audit entries (the devices' log: reads, search hits, prints, exports, changes) and,
on the server, from its own log of pulls (which device received the citizen's records). The
same function serves `trepart-server audit --citizen ID --pdf FILE` and the app (team lead);
the app has only the entries synced to it. No field value is ever printed: only the kind of
record and the kind of act.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from sync.protocol.catalogue import CATALOGUE
from sync.protocol.vocabulary import AuditAction, Role

DANISH_TIME = ZoneInfo("Europe/Copenhagen")

# The kinds of act the citizen sees: read, search hit, print, export, change.
KIND_READ = "Læst"
KIND_SEARCH_HIT = "Vist i søgeresultat (læst)"
KIND_PRINT = "Udskrevet"
KIND_EXPORT = "Eksporteret"
KIND_CHANGE = "Ændret"
KIND_SYNC = "Hentet til enhed (synkronisering)"
KINDS = {
    AuditAction.VIEW.value: KIND_READ,
    AuditAction.SEARCH_HIT.value: KIND_SEARCH_HIT,
    AuditAction.PRINT.value: KIND_PRINT,
    AuditAction.EXPORT.value: KIND_EXPORT,
    AuditAction.CREATE.value: KIND_CHANGE,
    AuditAction.CHANGE.value: KIND_CHANGE,
    AuditAction.DELETE.value: KIND_CHANGE,
    AuditAction.SIGN.value: KIND_CHANGE,
    "pull": KIND_SYNC,
}


@dataclass(frozen=True, slots=True)
class Access:
    at: dt.datetime
    username: str
    role: str | None  # Role code
    kind: str  # one of KINDS' values
    what: str  # the kind of record, in Danish ("Møde", "Borger", ...), and the act's detail

    @property
    def role_label(self) -> str:
        try:
            return Role(self.role).label if self.role else ""
        except ValueError:
            return self.role or ""


def _when(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    if isinstance(value, int):
        return dt.datetime.fromtimestamp(value / 1000, dt.UTC)
    return None


def _record_label(record_type: Any) -> str:
    rt = CATALOGUE.get(str(record_type)) if record_type else None
    return rt.label if rt is not None else ""


def from_entries(
    entries: Iterable[Mapping[str, Any]], *, roles: Mapping[str, str] | None = None
) -> list[Access]:
    """Accesses from audit entries (wire values). `roles`: username -> role code, preferred to
    what the entry says (the server knows its users)."""
    out = []
    for e in entries:
        action = str(e.get("action") or "")
        kind = KINDS.get(action)
        at = _when(e.get("at"))
        if kind is None or at is None:
            continue  # unlocking, keys, passwords: not about the citizen's records
        username = str(e.get("username") or "")
        role = (roles or {}).get(username) or e.get("role")
        what = _record_label(e.get("record_type"))
        if action in (AuditAction.CREATE.value, AuditAction.DELETE.value, AuditAction.SIGN.value):
            what = f"{what} ({AuditAction(action).label.lower()})" if what else what
        out.append(Access(at=at, username=username, role=role, kind=kind, what=what))
    return out


def from_pulls(
    pulls: Iterable[tuple[int, str | None]], *, roles: Mapping[str, str]
) -> list[Access]:
    """Accesses from the server's pull log: (at_ms, username) of each pull that carried
    records of the citizen or their cases."""
    return [
        Access(
            at=dt.datetime.fromtimestamp(at_ms / 1000, dt.UTC), username=username or "",
            role=roles.get(username or ""), kind=KIND_SYNC, what="Borgerens forløb",
        )
        for at_ms, username in pulls
    ]


def _local(at: dt.datetime) -> str:
    return at.astimezone(DANISH_TIME).strftime("%d.%m.%Y kl. %H.%M")


def render_pdf(
    *,
    citizen_name: str,
    accesses: Iterable[Access],
    made_by: str,
    source: str,
    made_at: dt.datetime | None = None,
) -> bytes:
    """The Danish PDF: a heading, what the log covers, and one row per access, oldest first."""
    rows = sorted(accesses, key=lambda a: (a.at, a.username, a.kind))
    made_at = made_at or dt.datetime.now(dt.UTC)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=16,
                           leading=20, spaceAfter=4 * mm)
    story: list[Any] = [
        Paragraph(escape(f"Adgangslog for {citizen_name}"), title),
        Paragraph(escape(
            "Her står, hvem der har set eller gjort noget med dine oplysninger i Trepart, med "
            "rolle og tidspunkt: læst (også når du blev vist i et søgeresultat), udskrevet, "
            "eksporteret eller ændret, og hvornår dine oplysninger er hentet til en computer "
            "ved synkronisering. Loggen indeholder aldrig selve oplysningerne."
        ), body),
        Spacer(1, 3 * mm),
        Paragraph(escape(
            f"Udskrevet {_local(made_at)} af {made_by}. Kilde: {source}. "
            f"{len(rows)} registrering(er)"
            + (f" fra {_local(rows[0].at)} til {_local(rows[-1].at)}." if rows else ".")
        ), small),
        Spacer(1, 4 * mm),
    ]
    header = ["Tidspunkt", "Bruger", "Rolle", "Handling", "Hvad"]
    data: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", small) for h in header]]
    for a in rows:
        data.append([
            Paragraph(escape(_local(a.at)), small), Paragraph(escape(a.username), small),
            Paragraph(escape(a.role_label), small), Paragraph(escape(a.kind), small),
            Paragraph(escape(a.what), small),
        ])
    if not rows:
        data.append([Paragraph("Ingen registreringer.", small), "", "", "", ""])
    table = Table(data, colWidths=[38 * mm, 45 * mm, 42 * mm, 62 * mm, 70 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b8c4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(table)
    buffer = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(
            doc.pagesize[0] - 15 * mm, 10 * mm, f"Adgangslog · side {doc.page}"
        )
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=15 * mm, bottomMargin=18 * mm, title=f"Adgangslog for {citizen_name}",
        author=made_by, invariant=True,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
