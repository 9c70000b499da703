"""Bars for project against reference: the share, its 95 % interval as a whisker, and the numbers
written beside every bar (a chart never stands without its figures)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sync.evaluation import effect as e
from sync.evaluation.summary import percent

PROJECT_COLOUR = QColor("#1d4e89")
REFERENCE_COLOUR = QColor("#9aa5b1")


class ProportionChart(QWidget):
    ROW = 46

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proportionChart")
        self.rows: list[tuple[str, e.Proportion, e.Proportion | None]] = []
        self.names = (self.tr("Projekt"), self.tr("Reference"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Diagram: projektgruppe mod referencegruppe"))

    def set_rows(self, rows: Sequence[tuple[str, e.Proportion, e.Proportion | None]]) -> None:
        """(label, project, reference or None when only one group is shown)."""
        self.rows = list(rows)
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(620, self.ROW * max(1, len(self.rows)) + 24)

    def bar_texts(self) -> list[str]:
        """The figures written beside the bars, top to bottom (what a reader sees)."""
        out = []
        for _label, project, reference in self.rows:
            for name, p in zip(self.names, (project, reference), strict=True):
                if p is not None:
                    out.append(self._text(name, p))
        return out

    def _text(self, name: str, p: e.Proportion) -> str:
        if not p.n:
            return self.tr("%1: ingen forløb").replace("%1", name)
        return (
            self.tr("%1: %2 (%3 af %4)")
            .replace("%1", name).replace("%2", percent(p.value))
            .replace("%3", str(p.successes)).replace("%4", str(p.n))
        )

    def paintEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_w, text_w = 190, 190
        plot_x = label_w
        plot_w = max(60, self.width() - label_w - text_w - 12)
        muted = self.palette().color(self.foregroundRole())
        muted.setAlpha(110)
        for tick in (0, 25, 50, 75, 100):
            x = plot_x + plot_w * tick / 100
            painter.setPen(QPen(muted, 1))
            painter.drawLine(int(x), 0, int(x), self.height() - 18)
            painter.drawText(
                QRectF(x - 25, self.height() - 16, 50, 14), Qt.AlignmentFlag.AlignCenter,
                f"{tick} %",
            )
        for i, (label, project, reference) in enumerate(self.rows):
            top = i * self.ROW + 4
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(
                QRectF(0, top, label_w - 8, self.ROW - 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                label,
            )
            bars = [(project, PROJECT_COLOUR, self.names[0])]
            if reference is not None:
                bars.append((reference, REFERENCE_COLOUR, self.names[1]))
            for j, (p, colour, name) in enumerate(bars):
                y = top + j * 18
                painter.fillRect(
                    QRectF(plot_x, y, plot_w * (p.value or 0.0), 13), colour
                )
                interval = p.interval
                if interval is not None:
                    painter.setPen(QPen(self.palette().color(self.foregroundRole()), 1.2))
                    x1, x2 = plot_x + plot_w * interval.low, plot_x + plot_w * interval.high
                    mid = y + 6.5
                    painter.drawLine(int(x1), int(mid), int(x2), int(mid))
                    painter.drawLine(int(x1), int(mid - 4), int(x1), int(mid + 4))
                    painter.drawLine(int(x2), int(mid - 4), int(x2), int(mid + 4))
                painter.setPen(self.palette().color(self.foregroundRole()))
                painter.drawText(
                    int(plot_x + plot_w + 10), int(y + metrics.ascent()), self._text(name, p)
                )
        painter.end()
