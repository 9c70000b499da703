"""Meeting minutes (referat) with participants, status, decisions and action items.

Minutes are not signed, so their verification code is the SHA-256 of what this copy prints:
anyone can check a printout against the case file.
"""

from __future__ import annotations

import hashlib
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from desktop.documents import layout
from desktop.documents.layout import FRAME_WIDTH, Styles
from desktop.documents.model import CopyFor, MinutesDocument, Organisation
from desktop.documents.plan import action_items_table
from desktop.documents.visibility import may_print
from desktop.domain import formatting as fmt
from desktop.domain.labels import label
from desktop.domain.lifecycle import verification_code
from sync.protocol.catalogue import ACTION_ITEM, MEETING
from sync.protocol.codec import canonical_json, to_wire
from sync.protocol.vocabulary import BallHolder, MeetingKind

RT = MEETING
TITLE = "Referat"
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Mødet", ("kind", "starts_at", "place", "next_meeting_at")),
    ("Deltagere", ("participants",)),
    (
        "Status",
        (
            "status_against_goals",
            "planned_hours",
            "actual_hours",
            "accommodations_working",
            "barriers",
            "support_hours",
        ),
    ),
    # A praktik's halfway or end evaluation; left off the minutes of other meetings.
    (
        "Evaluering af praktikken",
        ("manages_tasks", "company_benefit", "next_step", "hire_hours_per_week"),
    ),
    ("Referat", ("notes",)),
    ("Beslutninger", ("decisions",)),
    ("Borgerens / virksomhedens ord", ("party_comments", "party_accommodations_view")),
)
# Fields shown elsewhere or not at all on minutes: the case link.
NOT_SHOWN = ("case_id",)
OPTIONAL_SECTIONS = ("Evaluering af praktikken",)  # printed only when something is recorded


def minutes_hash(document: MinutesDocument, copy_for: CopyFor) -> str:
    """SHA-256 over exactly the fields this copy prints, as canonical JSON."""
    m = document.meeting
    content = {
        name: to_wire(RT.field(name), getattr(m, name))
        for name in RT.field_names
        if may_print(RT.field(name), copy_for) and name not in NOT_SHOWN
    }
    items = [
        {
            n: to_wire(ACTION_ITEM.field(n), getattr(i, n))
            for n in ("what", "owner", "deadline", "done")
        }
        for i in sorted(document.action_items, key=lambda i: i.id)
    ]
    payload: dict[str, Any] = {
        "type": "meeting",
        "id": m.id,
        "content": content,
        "action_items": items,
    }
    canonical = canonical_json(payload)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def render(document: MinutesDocument, organisation: Organisation, copy_for: CopyFor) -> bytes:
    m = document.meeting
    digest = minutes_hash(document, copy_for)
    kind = label(MeetingKind, m.kind)
    info = layout.PageInfo(
        organisation=organisation,
        title=f"{TITLE}: {kind}",
        copy_for=copy_for,
        document_id=m.id,
        version=None,
        verification_code=verification_code(digest),
        qr_payload=f"TREPART:MEETING:{m.id}:{digest}".upper(),
        code_note="Kontrolkoden er de første cifre af SHA-256 over referatets indhold.",
    )
    s = layout.styles()
    subtitle = " · ".join(p for p in (fmt.datetime(m.starts_at), m.place or "") if p)
    case_title = document.parties.case.title or ""
    story: list[Flowable] = [
        Paragraph(escape(f"{TITLE}: {kind}"), s.title),
        layout.para(subtitle, s.subtitle),
    ]
    if case_title:
        story.append(layout.para(f"Forløb: {case_title}", s.body))
    for title, fields in SECTIONS:
        if title in OPTIONAL_SECTIONS and all(getattr(m, n) is None for n in fields):
            continue
        story += layout.block(title, _section(fields, document, copy_for, s), s)
    story += layout.block("Handlinger", [action_items_table(document.action_items, copy_for, s)], s)
    return layout.build(story, info, title=TITLE, subject=f"{TITLE}: {kind}")


def _section(
    fields: tuple[str, ...], document: MinutesDocument, copy_for: CopyFor, s: Styles
) -> list[Flowable | None]:
    m = document.meeting
    out: list[Flowable | None] = []
    rows: list[tuple[str, str | Flowable | None]] = []
    for name in fields:
        spec = RT.field(name)
        if not may_print(spec, copy_for):
            continue
        value = getattr(m, name)
        if name == "participants":
            out.append(_participants(value, s))
        elif name in ("notes", "decisions"):
            out.append(layout.para(value, s.body) if value else None)
        else:
            rows.append((spec.label, fmt.field_value(spec, value)))
    if rows:
        out.insert(0, layout.key_values(rows, s))
    return out


def _participants(participants: list[dict[str, str]], s: Styles) -> Flowable | None:
    if not participants:
        return None
    rows = [(p.get("name", ""), label(BallHolder, p.get("role"))) for p in participants]
    return layout.grid(("Navn", "Rolle"), rows, (FRAME_WIDTH - 50 * mm, 50 * mm), s)
