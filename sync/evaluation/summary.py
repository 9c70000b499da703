"""The effect report as plain Danish text lines, for `trepart-server report` (the app draws its
own view and PDF from the same figures)."""

from __future__ import annotations

from sync.evaluation import effect as e


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def proportion(p: e.Proportion) -> str:
    if not p.n:
        return "ingen forløb"
    interval = p.interval
    assert interval is not None
    unknown = f", {p.unknown} ukendt" if p.unknown else ""
    return (
        f"{percent(p.value)} ({p.successes} af {p.n}{unknown}; 95 %-interval "
        f"{percent(interval.low)}–{percent(interval.high)})"
    )


def proportion_short(p: e.Proportion) -> str:
    """Two short lines for a table cell: the share and its counts, then the interval."""
    if not p.n:
        return "ingen forløb"
    interval = p.interval
    assert interval is not None
    unknown = f"; {p.unknown} ukendt" if p.unknown else ""
    low, high = (percent(x).removesuffix(" %") for x in (interval.low, interval.high))
    return f"{percent(p.value)} ({p.successes} af {p.n}{unknown})\n95 %: {low}–{high} %"


def difference_short(c: e.Comparison) -> str:
    if c.difference is None or c.interval is None:
        return "–"
    low, high = (percent(x).removesuffix(" %") for x in (c.interval.low, c.interval.high))
    return f"{percent(c.difference)}\n95 %: {low} til {high} %"


def days(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}".replace(".", ",").removesuffix(",0")


def summary_lines(report: e.EffectReport) -> list[str]:
    if report.empty:
        return [report.empty_message]
    lines = [f"Effektrapport {report.period_from:%d.%m.%Y}–{report.period_to:%d.%m.%Y}"]
    for name, g in report.groups.items():
        title = "Projektgruppe" if name == e.PROJECT else "Referencegruppe"
        lines.append(
            f"{title}: {g.cases} forløb, {g.started} startet og {g.ended} afsluttet i perioden; "
            f"selvforsørgelsesgrad {percent(g.self_support.degree)} af "
            f"{g.self_support.weeks} opfølgningsuger ({g.self_support.unknown_weeks} ukendte)"
        )
    for c in report.comparisons:
        diff = (
            "-" if c.difference is None or c.interval is None
            else f"{percent(c.difference)} ({percent(c.interval.low)} til "
            f"{percent(c.interval.high)})"
        )
        lines.append(
            f"{c.label}: projekt {proportion(c.project)}; reference {proportion(c.reference)}; "
            f"forskel {diff}"
        )
    sc = report.groups[e.PROJECT].screening
    if sc.screened:
        lines.append(
            f"Fra screening (projektgruppen, {sc.screened} forløb): første virksomhedskontakt "
            f"median {days(sc.median_days_to_contact)} dage ({sc.to_contact} forløb), jobstart "
            f"median {days(sc.median_days_to_job)} dage ({sc.to_job} forløb)"
        )
    for t in report.targets:
        lines.append(
            f"Mål for {t.name}: {t.enrolled} af {t.target_enrolled or '-'} borgere, "
            f"{t.into_jobs} af {t.target_jobs or '-'} i job, fastholdt efter 6 måneder "
            f"{percent(t.retained_6m.value)} (mål {t.target_retained_6m or '-'} %)"
        )
    return lines
