"""A small bar chart of planned hours per week, with the actual hours recorded at meetings.

Drawn straight on the canvas: reportlab's chart widgets build an object per bar and label and
cost more than the whole rest of a plan.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.documents import fonts
from desktop.documents.layout import ACCENT, INK, MUTED, RULE
from desktop.domain import formatting as fmt
from desktop.domain.records import HoursPeriod

ACTUAL = colors.HexColor("#d9822b")
PLANNED = colors.HexColor("#8fb3de")
PAID = colors.HexColor("#3f6e9e")


def planned_per_week(periods: Sequence[HoursPeriod]) -> dict[int, float]:
    weeks: dict[int, float] = {}
    for p in periods:
        for week in range(p.from_week, p.to_week + 1):
            weeks[week] = p.hours_per_week
    return weeks


def paid_per_week(periods: Sequence[HoursPeriod]) -> dict[int, float]:
    weeks: dict[int, float] = {}
    for p in periods:
        if p.paid_hours_per_week:
            for week in range(p.from_week, p.to_week + 1):
                weeks[week] = p.paid_hours_per_week
    return weeks


class HoursChart(Flowable):
    def __init__(
        self,
        periods: Sequence[HoursPeriod],
        actual: Mapping[int, float],
        width: float,
        height: float = 52 * mm,
    ) -> None:
        super().__init__()
        self.planned = planned_per_week(periods)
        self.paid = paid_per_week(periods)  # stacked on the praktik hours
        self.actual = {int(k): float(v) for k, v in actual.items() if v is not None}
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        regular, _ = fonts.register()
        weeks = max([*self.planned, *self.actual, 1])
        totals = [h + self.paid.get(w, 0.0) for w, h in self.planned.items()]
        top_value = max([*totals, *self.actual.values(), 1.0])
        step = _nice_step(top_value)
        y_max = step * math.ceil(top_value / step)
        left, bottom = 11 * mm, 8 * mm
        plot_w = self.width - left - 2 * mm
        plot_h = self.height - bottom - 8 * mm
        slot = plot_w / weeks

        c.saveState()
        c.setFont(regular, 7)
        c.setLineWidth(0.4)
        value = 0.0
        while value <= y_max + 1e-9:
            y = bottom + plot_h * value / y_max
            c.setStrokeColor(RULE)
            c.line(left, y, left + plot_w, y)
            c.setFillColor(MUTED)
            c.drawRightString(left - 1.5 * mm, y - 2.3, fmt.number(value, 1))
            value += step

        c.setFillColor(PLANNED)
        bar = slot * 0.7
        for week, hours in self.planned.items():
            h = plot_h * hours / y_max
            c.rect(left + (week - 1) * slot + (slot - bar) / 2, bottom, bar, h, stroke=0, fill=1)
        c.setFillColor(PAID)
        for week, paid in self.paid.items():
            base = plot_h * self.planned.get(week, 0.0) / y_max
            h = plot_h * paid / y_max
            x = left + (week - 1) * slot + (slot - bar) / 2
            c.rect(x, bottom + base, bar, h, stroke=0, fill=1)

        if self.actual:
            points = sorted(self.actual.items())
            c.setStrokeColor(ACTUAL)
            c.setFillColor(ACTUAL)
            c.setLineWidth(1.2)
            coords = [(left + (w - 0.5) * slot, bottom + plot_h * h / y_max) for w, h in points]
            if len(coords) > 1:
                path = c.beginPath()
                path.moveTo(*coords[0])
                for xy in coords[1:]:
                    path.lineTo(*xy)
                c.drawPath(path, stroke=1, fill=0)
            for x, y in coords:
                c.circle(x, y, 1.1 * mm, stroke=0, fill=1)

        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.line(left, bottom, left + plot_w, bottom)
        c.setFillColor(MUTED)
        every = max(1, math.ceil(weeks / 26))
        for week in range(1, weeks + 1):
            if week == 1 or week % every == 0:
                c.drawCentredString(left + (week - 0.5) * slot, bottom - 3.5 * mm, str(week))
        c.drawString(left, 0.5 * mm, "Uge")
        c.drawString(0, self.height - 3 * mm, "Timer pr. uge")

        legend_x = left + plot_w - (86 if self.paid else 62) * mm
        legend_y = self.height - 3.5 * mm
        c.setFillColor(PLANNED)
        c.rect(legend_x, legend_y, 3 * mm, 2.5 * mm, stroke=0, fill=1)
        c.setFillColor(INK)
        c.drawString(legend_x + 4 * mm, legend_y + 0.3 * mm, "Praktik" if self.paid else "Planlagt")
        if self.paid:
            c.setFillColor(PAID)
            c.rect(legend_x + 18 * mm, legend_y, 3 * mm, 2.5 * mm, stroke=0, fill=1)
            c.setFillColor(INK)
            c.drawString(legend_x + 22 * mm, legend_y + 0.3 * mm, "Løntimer")
            legend_x += 24 * mm
        if self.actual:
            c.setFillColor(ACTUAL)
            c.circle(legend_x + 25 * mm, legend_y + 1.25 * mm, 1.1 * mm, stroke=0, fill=1)
            c.setFillColor(INK)
            c.drawString(legend_x + 27 * mm, legend_y + 0.3 * mm, "Faktisk (fra møder)")
        c.setFillColor(ACCENT)
        c.restoreState()


def _nice_step(top: float) -> float:
    for step in (1, 2, 5, 10, 20):
        if top / step <= 6:
            return float(step)
    return 50.0
