"""The effect report on paper: project group against reference group, with the numbers beside
every bar and a 95 % interval beside every proportion.

Only group figures are printed, never a citizen, a CPR number or a case. Health answers never
reach paper: the questionnaire's well-being score (health data in the catalogue) is left out, only
the other scores' change is printed. The verification code is the first digits of the SHA-256 of
the figures, so a printout can be checked against a new run over the same data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph

from desktop.documents import fonts, layout
from desktop.documents.layout import ACCENT, FRAME_WIDTH, INK, MUTED, RULE, Styles
from desktop.documents.model import CopyFor, Organisation
from desktop.domain import formatting as fmt
from desktop.domain.lifecycle import verification_code
from sync.evaluation import effect as e
from sync.evaluation.summary import difference_short, percent, proportion_short
from sync.protocol.catalogue import QUESTIONNAIRE
from sync.protocol.codec import canonical_json

TITLE = "Effektrapport"
REFERENCE_GREY = colors.HexColor("#9aa5b1")
GROUP_LABELS = {e.PROJECT: "Projektgruppe", e.REFERENCE: "Referencegruppe"}
# Never on paper: the questionnaire scores marked as health data in the catalogue.
PRINTED_SCORES = tuple(s for s in e.SCORES if not QUESTIONNAIRE.field(s).health)
SCORE_LABELS = {
    "wellbeing": "Trivsel",
    "confidence": "Tro på at kunne arbejde",
    "hours_managed": "Klarer timerne",
    "own_assessment": "Egen vurdering af forløbet",
}


def report_hash(report: e.EffectReport) -> str:
    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    return hashlib.sha256(canonical_json(plain(report)).encode("utf-8")).hexdigest()


class ProportionBars(Flowable):
    """One row per comparison: project and reference bars (0-100 %), the 95 % interval as a
    whisker, and the numbers written beside each bar."""

    ROW = 13 * mm

    def __init__(self, comparisons: Sequence[e.Comparison], width: float) -> None:
        super().__init__()
        self.comparisons = list(comparisons)
        self.width = width
        self.height = self.ROW * len(self.comparisons) + 6 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        regular, bold = fonts.register()
        label_w, text_w = 52 * mm, 62 * mm
        plot_x, plot_w = label_w, self.width - label_w - text_w
        c.saveState()
        c.setFont(regular, 6.5)
        c.setFillColor(MUTED)
        for tick in (0, 25, 50, 75, 100):
            x = plot_x + plot_w * tick / 100
            c.setStrokeColor(RULE)
            c.setLineWidth(0.3)
            c.line(x, 4 * mm, x, self.height)
            c.drawCentredString(x, 1 * mm, f"{tick} %")
        for i, row in enumerate(self.comparisons):
            top = self.height - i * self.ROW
            c.setFillColor(INK)
            c.setFont(bold, 7.5)
            for k, line in enumerate(simpleSplit(row.label, bold, 7.5, label_w - 3 * mm)[:2]):
                c.drawString(0, top - (5.5 + 3.2 * k) * mm, line)
            for j, (p, colour, name) in enumerate(
                ((row.project, ACCENT, "Projekt"), (row.reference, REFERENCE_GREY, "Reference"))
            ):
                y = top - (3.5 + j * 4.6) * mm - 3 * mm
                value = p.value or 0.0
                c.setFillColor(colour)
                c.rect(plot_x, y, plot_w * value, 3.4 * mm, stroke=0, fill=1)
                interval = p.interval
                if interval is not None:
                    c.setStrokeColor(INK)
                    c.setLineWidth(0.6)
                    x1, x2 = plot_x + plot_w * interval.low, plot_x + plot_w * interval.high
                    mid = y + 1.7 * mm
                    c.line(x1, mid, x2, mid)
                    c.line(x1, mid - 1.2 * mm, x1, mid + 1.2 * mm)
                    c.line(x2, mid - 1.2 * mm, x2, mid + 1.2 * mm)
                c.setFillColor(INK)
                c.setFont(regular, 7)
                text = (
                    f"{name}: {percent(p.value)} ({p.successes} af {p.n})" if p.n
                    else f"{name}: ingen forløb"
                )
                c.drawString(plot_x + plot_w + 3 * mm, y + 0.6 * mm, text)
        c.restoreState()


def render(
    report: e.EffectReport,
    organisation: Organisation,
    *,
    project_name: str = "",
    made_on: dt.date | None = None,
) -> bytes:
    digest = report_hash(report)
    period = f"{fmt.date(report.period_from)}–{fmt.date(report.period_to)}"
    info = layout.PageInfo(
        organisation=organisation,
        title=TITLE,
        copy_for=CopyFor.JOBCENTER,
        document_id=f"effekt-{report.period_from.isoformat()}-{report.period_to.isoformat()}",
        version=None,
        verification_code=verification_code(digest),
        qr_payload=f"TREPART:REPORT:{digest}".upper(),
        code_note="Kontrolkoden er de første cifre af SHA-256 over rapportens tal.",
    )
    s = layout.styles()
    scope = project_name or "Alle projekter"
    story: list[Flowable] = [
        Paragraph(escape(TITLE), s.title),
        layout.para(
            f"Periode {period} · {scope} · udskrevet {fmt.date(made_on or dt.date.today())}",
            s.subtitle,
        ),
    ]
    if report.empty:
        story.append(layout.para(report.empty_message, s.body))
        return layout.build(story, info, title=TITLE, subject=f"{TITLE} {period}")
    p, r = report.groups[e.PROJECT], report.groups[e.REFERENCE]
    story += layout.block("Forløb i perioden", [_counts(p, r, s)], s)
    story += layout.block(
        "Projektgruppe mod referencegruppe",
        [
            ProportionBars(report.comparisons, FRAME_WIDTH),
            layout.spacer(2),
            _comparison_table(report.comparisons, s),
            layout.para(
                "Andele med 95 %-interval (Wilson). Forskellen er projekt minus reference med "
                "Newcombes interval. Et forløb uden kendt status tæller med i nævneren, aldrig "
                "som et resultat.",
                s.small,
            ),
        ],
        s,
    )
    story += layout.block("Selvforsørgelse og timer efter jobstart", [_support(p, r, s)], s)
    story += layout.block("Spørgeskemaer: ændring fra start til slut", [_questionnaire(p, s)], s)
    story += layout.block(
        "Hurtigt spor og tid fra screening", [_fast_track(p, r, s)], s
    )
    if report.targets:
        story += layout.block("Projektets mål", [_targets(report.targets, s)], s)
    return layout.build(story, info, title=TITLE, subject=f"{TITLE} {period}")


def _two(rows: list[list[str]], s: Styles, first: str = "") -> Flowable:
    w = (FRAME_WIDTH - 70 * mm) / 2
    return layout.grid(
        (first, GROUP_LABELS[e.PROJECT], GROUP_LABELS[e.REFERENCE]), rows, (70 * mm, w, w), s,
        right_align=(1, 2),
    )


def _counts(p: e.GroupFigures, r: e.GroupFigures, s: Styles) -> Flowable:
    return _two(
        [
            ["Forløb i perioden", str(p.cases), str(r.cases)],
            ["Startet i perioden", str(p.started), str(r.started)],
            ["Afsluttet i perioden", str(p.ended), str(r.ended)],
            [
                "Afsluttet med job",
                proportion_short(p.employed_at_end),
                proportion_short(r.employed_at_end),
            ],
        ],
        s,
    )


def _comparison_table(rows: Sequence[e.Comparison], s: Styles) -> Flowable:
    w = (FRAME_WIDTH - 52 * mm) / 3
    return layout.grid(
        ("", "Projekt", "Reference", "Forskel (95 %-interval)"),
        [
            [c.label, proportion_short(c.project), proportion_short(c.reference),
             difference_short(c)]
            for c in rows
        ],
        (52 * mm, w, w, w), s,
    )


def _support(p: e.GroupFigures, r: e.GroupFigures, s: Styles) -> Flowable:
    def degree(g: e.GroupFigures) -> str:
        ss = g.self_support
        if not ss.weeks:
            return "ingen opfølgningsuger"
        return (
            f"{percent(ss.degree)} af {ss.weeks} uger ({ss.cases} forløb; "
            f"{ss.unknown_weeks} uger uden kendt status)"
        )

    rows = [["Selvforsørgelsesgrad", degree(p), degree(r)]]
    months = sorted({h.month for g in (p, r) for h in g.hours})
    by = {g.group: {h.month: h for h in g.hours} for g in (p, r)}
    for month in months:
        cells = []
        for g in (e.PROJECT, e.REFERENCE):
            point = by[g].get(month)
            cells.append(
                f"{fmt.number(point.mean_hours, 1)} timer ({point.checks} opfølgninger)"
                if point else "–"
            )
        rows.append([f"Timer pr. uge, måned {month} efter jobstart", *cells])
    return _two(rows, s)


def _questionnaire(p: e.GroupFigures, s: Styles) -> Flowable:
    q = p.questionnaire
    note = (
        f"Projektgruppen: {q.pairs} forløb med både start- og slutskema; {q.incomplete} "
        f"halvt udfyldte skemaer og {q.unpaired} forløb med kun ét skema er ikke talt med. "
        "Skala 1–5. Referencegruppen udfylder ikke skemaer."
    )
    if not q.pairs:
        return layout.para(note, s.body)
    rows = [
        [SCORE_LABELS[name], fmt.number(q.start_mean[name], 2), fmt.number(q.end_mean[name], 2),
         fmt.number(q.mean_change[name], 2)]
        for name in PRINTED_SCORES
    ]
    w = (FRAME_WIDTH - 70 * mm) / 3
    table = layout.grid(
        ("", "Start (gns.)", "Slut (gns.)", "Ændring"), rows, (70 * mm, w, w, w), s,
        right_align=(1, 2, 3),
    )
    return layout.keep([table, layout.para(note, s.small)])


def _fast_track(p: e.GroupFigures, r: e.GroupFigures, s: Styles) -> Flowable:
    def days(g: e.GroupFigures) -> str:
        f = g.fast_track
        if not f.decided:
            return f"ingen afgjorte ({f.pending} afventer)"
        return (
            f"median {fmt.number(f.median_days, 1)} dage, gns. {fmt.number(f.mean_days, 1)} "
            f"({f.decided} afgjort, {f.pending} afventer)"
        )

    def screened(g: e.GroupFigures, which: str) -> str:
        sc = g.screening
        median, n = ((sc.median_days_to_contact, sc.to_contact) if which == "contact"
                     else (sc.median_days_to_job, sc.to_job))
        if not n:
            return f"– ({sc.screened} screenet)"
        return f"median {fmt.number(median, 1)} dage ({n} af {sc.screened} screenede)"

    return _two([
        ["Dage fra behov til afgørelse", days(p), days(r)],
        ["Dage fra screening til første virksomhedskontakt", screened(p, "contact"),
         screened(r, "contact")],
        ["Dage fra screening til jobstart", screened(p, "job"), screened(r, "job")],
    ], s)


def _targets(targets: Sequence[e.TargetProgress], s: Styles) -> Flowable:
    def of(value: int, target: int | None) -> str:
        return f"{value} af {target}" if target is not None else str(value)

    rows = [
        [
            t.name,
            of(t.enrolled, t.target_enrolled),
            of(t.into_jobs, t.target_jobs),
            f"{percent(t.retained_6m.value)} (mål {fmt.number(t.target_retained_6m, 1)} %)"
            if t.target_retained_6m is not None else percent(t.retained_6m.value),
        ]
        for t in targets
    ]
    w = (FRAME_WIDTH - 60 * mm) / 3
    return layout.grid(
        ("Projekt", "Borgere", "I job", "Fastholdt efter 6 mdr."), rows, (60 * mm, w, w, w), s,
    )
