"""Planned hours per week (bars) against the hours recorded in meetings (line), drawn with
QPainter (QtCharts is not part of the installed PySide6). The numbers are also in the
accessible description and the tooltip of each week, so the chart is never the only source."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.domain import formatting as fmt

PLANNED_COLOR = QColor("#9ec5f0")
PAID_COLOR = QColor("#3f6e9e")
ACTUAL_COLOR = QColor("#b3261e")
MAX_LINE_COLOR = QColor("#8a5a00")




class HoursChart(QWidget):
    """set_data([(week, planned, actual[, paid]), ...]); None means no value for that week.
    Paid hours (a praktik combined with ordinary paid hours) stack on the praktik bar."""

    def __init__(self, parent: QWidget | None = None, *, max_hours: float = 37.0) -> None:
        super().__init__(parent)
        self.setObjectName("hoursChart")
        self.max_hours = max_hours
        self.weeks: list[int] = []
        self.planned: list[float | None] = []
        self.actual: list[float | None] = []
        self.paid: list[float | None] = []
        self._bars: list[QRectF] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Planlagte og faktiske timer pr. uge"))
        self._describe()

    def set_data(self, rows: Sequence[object]) -> None:
        """Rows with `week`, `planned`, `actual` and optionally `paid` (e.g. plans.WeekHours)
        or 3- or 4-tuples."""
        weeks, planned, actual, paid = [], [], [], []
        for row in rows:
            if isinstance(row, tuple):
                w, p, a, *rest = row
                q = rest[0] if rest else None
            else:
                w, p, a = row.week, row.planned, row.actual  # type: ignore[attr-defined]
                q = getattr(row, "paid", None)
            weeks.append(int(w))
            planned.append(None if p is None else float(p))
            actual.append(None if a is None else float(a))
            paid.append(float(q) if q else None)
        self.weeks, self.planned, self.actual, self.paid = weeks, planned, actual, paid
        self._describe()
        self.update()

    def _describe(self) -> None:
        if not self.weeks:
            self.setAccessibleDescription(self.tr("Ingen timer at vise endnu."))
            return
        parts = []
        for w, p, a, q in zip(self.weeks, self.planned, self.actual, self.paid, strict=True):
            text = (
                self.tr("Uge %1: planlagt %2, faktisk %3")
                .replace("%1", str(w))
                .replace("%2", fmt.number(p) or "–")
                .replace("%3", fmt.number(a) or "–")
            )
            if q:
                text += self.tr(", heraf løntimer %1").replace("%1", fmt.number(q))
            parts.append(text)
        self.setAccessibleDescription("; ".join(parts) + ".")

    def _top(self) -> float:
        totals = [(p or 0.0) + (q or 0.0) for p, q in zip(self.planned, self.paid, strict=True)]
        values = [x for x in (*totals, *self.actual) if x is not None]
        top = max([*values, 5.0])
        step = 5.0 if top <= 40 else 10.0
        return math.ceil(top / step) * step

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        text_color = self.palette().text().color()
        line_h = fm.height()

        legend_h = line_h + 8
        left = fm.horizontalAdvance("00") + line_h + 14
        right = 12
        top = legend_h + 6
        bottom = line_h * 2 + 10
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        self._bars = []
        if plot.width() < 20 or plot.height() < 20:
            painter.end()
            return

        # Legend
        x = left
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PLANNED_COLOR)
        painter.drawRect(QRectF(x, 6, 14, line_h - 4))
        painter.setPen(text_color)
        planned_text = self.tr("Praktik") if any(self.paid) else self.tr("Planlagt")
        painter.drawText(QPointF(x + 18, 4 + fm.ascent()), planned_text)
        x += 18 + fm.horizontalAdvance(planned_text) + 18
        if any(self.paid):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PAID_COLOR)
            painter.drawRect(QRectF(x, 6, 14, line_h - 4))
            painter.setPen(text_color)
            paid_text = self.tr("Løntimer")
            painter.drawText(QPointF(x + 18, 4 + fm.ascent()), paid_text)
            x += 18 + fm.horizontalAdvance(paid_text) + 18
        painter.setPen(QPen(ACTUAL_COLOR, 2.5))
        painter.drawLine(QPointF(x, 6 + line_h / 2 - 2), QPointF(x + 18, 6 + line_h / 2 - 2))
        painter.setBrush(ACTUAL_COLOR)
        painter.drawEllipse(QPointF(x + 9, 6 + line_h / 2 - 2), 3, 3)
        painter.setPen(text_color)
        actual_text = self.tr("Faktisk (fra møder)")
        painter.drawText(QPointF(x + 24, 4 + fm.ascent()), actual_text)
        x += 24 + fm.horizontalAdvance(actual_text) + 18
        painter.setPen(QPen(MAX_LINE_COLOR, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, 6 + line_h / 2 - 2), QPointF(x + 18, 6 + line_h / 2 - 2))
        painter.setPen(text_color)
        painter.drawText(
            QPointF(x + 24, 4 + fm.ascent()),
            self.tr("Højst %1 t").replace("%1", fmt.number(self.max_hours)),
        )

        top_value = max(self._top(), self.max_hours + 3)
        step = 5.0 if top_value <= 45 else 10.0

        def y_of(value: float) -> float:
            return plot.bottom() - value / top_value * plot.height()

        # Grid and y axis
        grid = QColor("#e3e5e8")
        value = 0.0
        while value <= top_value + 0.01:
            y = y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            label = fmt.number(value)
            painter.drawText(
                QRectF(0, y - line_h / 2, left - 6, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            value += step
        painter.save()
        painter.translate(4 + fm.ascent(), plot.center().y())
        painter.rotate(-90)
        hours_text = self.tr("Timer pr. uge")
        painter.drawText(QPointF(-fm.horizontalAdvance(hours_text) / 2, 0), hours_text)
        painter.restore()
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawText(
            QRectF(plot.left(), self.height() - line_h - 2, plot.width(), line_h),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Uge"),
        )

        if not self.weeks:
            painter.setPen(QColor("#5f6368"))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Ingen timer endnu."))
            painter.end()
            return

        n = len(self.weeks)
        slot = plot.width() / n
        bar_w = max(2.0, slot * 0.6)
        label_every = max(1, math.ceil(fm.horizontalAdvance("00") * 1.8 / slot))
        for i, (week, planned) in enumerate(zip(self.weeks, self.planned, strict=True)):
            cx = plot.left() + slot * (i + 0.5)
            bar = QRectF(cx - bar_w / 2, plot.top(), bar_w, plot.height())
            if planned is not None:
                bar = QRectF(cx - bar_w / 2, y_of(planned), bar_w, plot.bottom() - y_of(planned))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(PLANNED_COLOR)
                painter.drawRect(bar)
            paid = self.paid[i]
            if paid:
                base = planned or 0.0
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(PAID_COLOR)
                painter.drawRect(
                    QRectF(cx - bar_w / 2, y_of(base + paid), bar_w, y_of(base) - y_of(base + paid))
                )
            self._bars.append(QRectF(cx - slot / 2, plot.top(), slot, plot.height()))
            if i % label_every == 0:
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(
                        cx - slot * label_every / 2, plot.bottom() + 2, slot * label_every, line_h
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    str(week),
                )

        # The 37-hour line
        painter.setPen(QPen(MAX_LINE_COLOR, 1, Qt.PenStyle.DashLine))
        y = y_of(self.max_hours)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        # Actual hours: a line through the weeks that have a value, with markers
        pen = QPen(ACTUAL_COLOR, 2.5)
        painter.setPen(pen)
        painter.setBrush(ACTUAL_COLOR)
        previous: QPointF | None = None
        for i, actual in enumerate(self.actual):
            if actual is None:
                previous = None
                continue
            point = QPointF(plot.left() + slot * (i + 0.5), y_of(actual))
            if previous is not None:
                painter.drawLine(previous, point)
            painter.drawEllipse(point, 3.5, 3.5)
            previous = point
        painter.end()

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            for i, area in enumerate(self._bars):
                if area.contains(QPointF(event.pos())):
                    text = (
                        self.tr("Uge %1: planlagt %2 t, faktisk %3 t")
                        .replace("%1", str(self.weeks[i]))
                        .replace("%2", fmt.number(self.planned[i]) or "–")
                        .replace("%3", fmt.number(self.actual[i]) or "–")
                    )
                    if self.paid[i]:
                        text += self.tr(", heraf løntimer %1").replace(
                            "%1", fmt.number(self.paid[i])
                        )
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]
