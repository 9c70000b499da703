"""The three-party plan (trepartsplan) as a printed document, with its hours progression."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from desktop.documents import layout
from desktop.documents.agreement import (
    between,
    is_draft,
    qr_payload,
    signatures_block,
    status_note,
)
from desktop.documents.chart import HoursChart
from desktop.documents.layout import FRAME_WIDTH, Styles
from desktop.documents.model import CopyFor, Organisation, PlanDocument
from desktop.documents.parties import parties_table, party_names
from desktop.documents.visibility import may_print
from desktop.domain import formatting as fmt
from desktop.domain.labels import label
from desktop.domain.lifecycle import content_hash, plan_follow_up_dates, verification_code
from desktop.domain.records import ActionItem, HoursPeriod, Plan
from sync.protocol.catalogue import ACTION_ITEM, AGREEMENT, PLAN
from sync.protocol.vocabulary import BallHolder, FollowUpKind, Party

RT = PLAN
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Mål", ("goal", "sub_goals")),
    ("Periode", ("start_date", "end_date", "agreement_id")),
    ("Timeprogression", ("periods",)),
    ("Opgaver og støtte", ("tasks", "support")),
    ("Parternes forpligtelser", ("commitments",)),
    ("Evaluering", ("evaluation_criteria", "consequence")),
)


def render(document: PlanDocument, organisation: Organisation, copy_for: CopyFor) -> bytes:
    plan = document.plan
    digest = content_hash(plan)
    info = layout.PageInfo(
        organisation=organisation,
        title=RT.label,
        copy_for=copy_for,
        document_id=plan.id,
        version=plan.version,
        verification_code=verification_code(digest),
        qr_payload=qr_payload(RT, plan.id, plan.version, digest),
        status_note=status_note(plan),
        draft=is_draft(plan),
    )
    s = layout.styles()
    names = party_names(document.parties, None, organisation)
    story: list[Flowable] = [
        Paragraph(RT.label, s.title),
        layout.para(between(names), s.subtitle),
    ]
    story += layout.block(
        "Parter", [parties_table(document.parties, None, organisation, copy_for, s)], s
    )
    for title, fields in SECTIONS:
        story += layout.block(title, _section(fields, document, copy_for, s), s)
    story += layout.block("Opfølgning", [_follow_ups(plan, s)], s)
    story += layout.block("Handlinger", [action_items_table(document.action_items, copy_for, s)], s)
    story += signatures_block(
        plan.id,
        digest,
        list(document.signatures),
        names,
        "Underskrifterne gælder planens indhold med kontrolkode",
        s,
        draft=is_draft(plan),
    )
    return layout.build(story, info, title=RT.label, subject=f"{RT.label}, version {plan.version}")


def _section(
    fields: tuple[str, ...], document: PlanDocument, copy_for: CopyFor, s: Styles
) -> list[Flowable | None]:
    plan = document.plan
    out: list[Flowable | None] = []
    rows: list[tuple[str, str | Flowable | None]] = []

    def flush() -> None:
        if rows:
            out.append(layout.key_values(list(rows), s))
            rows.clear()

    for name in fields:
        spec = RT.field(name)
        if not may_print(spec, copy_for):
            continue
        value = getattr(plan, name)
        if name == "goal":
            out.append(layout.para(value, s.body))
        elif name == "sub_goals":
            out.append(_bullets(value, spec.label, s))
        elif name == "agreement_id":
            rows.append((spec.label, _agreement_reference(document)))
        elif name == "periods":
            flush()
            out += _progression(plan, document.actual_hours, s)
        elif name == "commitments":
            rows += [(label_party(k), str(v)) for k, v in _ordered(value).items() if v]
        else:
            rows.append((spec.label, fmt.field_value(spec, value)))
    flush()
    return out


def label_party(code: str) -> str:
    return label(Party, code)


def _ordered(commitments: dict[str, str]) -> dict[str, str]:
    order = [p.value for p in Party]
    return dict(
        sorted(
            commitments.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)
        )
    )


def _bullets(items: Sequence[str], label: str, s: Styles) -> Flowable | None:
    items = [i for i in items if i and i.strip()]
    if not items:
        return None
    bullets = ListFlowable(
        [ListItem(layout.para(i, s.body), leftIndent=5 * mm) for i in items],
        bulletType="bullet",
        start="•",
        leftIndent=5 * mm,
        bulletFontSize=8,
    )
    return layout.keep([layout.spacer(1.5), Paragraph(escape(label), s.label), bullets])


def _agreement_reference(document: PlanDocument) -> str:
    agreement = document.agreement
    if agreement is None:
        return ""
    valid = f", gælder fra {fmt.date(agreement.valid_from)}" if agreement.valid_from else ""
    return f"{AGREEMENT.label}, version {agreement.version}{valid}"


def _week_dates(start: dt.date | None, period: HoursPeriod) -> str:
    if start is None:
        return ""
    first = start + dt.timedelta(weeks=period.from_week - 1)
    last = start + dt.timedelta(weeks=period.to_week, days=-1)
    return f"{fmt.date(first)} – {fmt.date(last)}"


def _progression(plan: Plan, actual: dict[int, float], s: Styles) -> list[Flowable]:
    if not plan.periods:
        return [layout.para("Ingen timeprogression er aftalt.", s.body)]
    ordered = sorted(plan.periods, key=lambda p: p.from_week)
    paid = any(p.paid_hours_per_week for p in ordered)
    rows = [
        (
            f"{p.from_week}–{p.to_week}" if p.to_week != p.from_week else str(p.from_week),
            _week_dates(plan.start_date, p),
            str(p.days_per_week),
            fmt.number(p.hours_per_day),
            fmt.number(p.hours_per_week),
            *((fmt.number(p.paid_hours_per_week or 0.0),) if paid else ()),
        )
        for p in ordered
    ]
    # Praktik combined with ordinary paid hours: a column for the paid hours beside the praktik.
    columns = 4 if paid else 3
    widths = (22 * mm, FRAME_WIDTH - 22 * mm - columns * 28 * mm, *(28 * mm,) * columns)
    table = layout.grid(
        (
            "Uger",
            "Datoer",
            "Dage pr. uge",
            "Timer pr. dag",
            *(("Praktik pr. uge", "Løntimer pr. uge") if paid else ("Timer pr. uge",)),
        ),
        rows,
        widths,
        s,
        right_align=(2, 3, 4, 5) if paid else (2, 3, 4),
    )
    chart = HoursChart(plan.periods, actual, FRAME_WIDTH)
    return [table, layout.spacer(3), chart]


def _follow_ups(plan: Plan, s: Styles) -> Flowable | None:
    if plan.start_date is None or plan.end_date is None:
        return None
    dates = plan_follow_up_dates(plan.start_date, plan.end_date)
    return layout.key_values(
        [(FollowUpKind(kind).label, fmt.date(when)) for kind, when in dates.items()], s
    )


def action_items_table(
    items: Sequence[ActionItem], copy_for: CopyFor, s: Styles
) -> Flowable | None:
    """Action items with the catalogue's labels: what, who holds the ball, deadline, done."""
    if not items:
        return None
    columns = [
        n
        for n in ("what", "owner", "deadline", "done")
        if may_print(ACTION_ITEM.field(n), copy_for)
    ]
    header = [ACTION_ITEM.field(n).label for n in columns]
    widths = {"what": FRAME_WIDTH - 90 * mm, "owner": 35 * mm, "deadline": 30 * mm, "done": 25 * mm}
    rows = []
    for item in sorted(items, key=lambda i: (i.deadline or dt.date.max, i.what)):
        row = []
        for n in columns:
            value = getattr(item, n)
            if n == "owner":
                row.append(label(BallHolder, value))
            elif n == "done":
                row.append("Ja" if value else "Nej")
            else:
                row.append(fmt.field_value(ACTION_ITEM.field(n), value))
        rows.append(row)
    return layout.grid(header, rows, [widths[n] for n in columns], s)
