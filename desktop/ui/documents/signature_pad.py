"""A signature pad (mouse, pen or touch) and the dialog in which one party signs.

Strokes are kept as vector points normalised to 0..1 of the pad's width and height, so a
signature drawn on a small laptop and one drawn on a large screen store the same shape. The
dialog can also record "signed on paper" with a scan or photo attached (base64).
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.ui.kit.fields import FieldBox, LineEdit, ProblemLabel
from desktop.ui.kit.widgets import Heading, Muted

Stroke = list[list[float]]
MAX_SCAN_BYTES = 8 * 1024 * 1024




class SignaturePad(QWidget):
    """Draw with the mouse, a pen or a finger. `changed` after every stroke, clear, undo, redo."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self._strokes: list[Stroke] = []
        self._undone: list[Stroke] = []
        self._current: Stroke | None = None
        self.setMinimumSize(360, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Underskriftsfelt"))
        self.setAccessibleDescription(
            self.tr("Skriv din underskrift med mus, pen eller finger. Feltet er tomt.")
        )
        self._read_only = False

    # -- data ------------------------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        return [[list(p) for p in s] for s in self._strokes]

    def set_strokes(self, strokes: list[Stroke] | None) -> None:
        self._strokes = [[list(p) for p in s] for s in strokes or []]
        self._undone.clear()
        self._current = None
        self._announce()

    def is_empty(self) -> bool:
        return not any(len(s) >= 2 for s in self._strokes)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    def clear(self) -> None:
        if self._strokes:
            self._undone = list(reversed(self._strokes))
        self._strokes = []
        self._announce()

    def undo(self) -> None:
        if self._strokes:
            self._undone.append(self._strokes.pop())
            self._announce()

    def redo(self) -> None:
        if self._undone:
            self._strokes.append(self._undone.pop())
            self._announce()

    def can_undo(self) -> bool:
        return bool(self._strokes)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def _announce(self) -> None:
        count = len(self._strokes)
        self.setAccessibleDescription(
            self.tr("Skriv din underskrift med mus, pen eller finger. Feltet er tomt.")
            if not count
            else self.tr("Underskriften har %n streg(er).", "", count)
        )
        self.update()
        self.changed.emit()

    # -- input -----------------------------------------------------------------------------
    def _normalised(self, pos: QPointF) -> list[float]:
        w, h = max(1, self.width()), max(1, self.height())
        x = min(1.0, max(0.0, pos.x() / w))
        y = min(1.0, max(0.0, pos.y() / h))
        return [round(x, 4), round(y, 4)]

    def _begin(self, pos: QPointF) -> None:
        if self._read_only:
            return
        self._current = [self._normalised(pos)]
        self._strokes.append(self._current)
        self._undone.clear()
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._current is None:
            return
        point = self._normalised(pos)
        if point != self._current[-1]:
            self._current.append(point)
            self.update()

    def _end(self, pos: QPointF | None = None) -> None:
        if self._current is None:
            return
        if pos is not None:
            self._extend(pos)
        if len(self._current) < 2:
            self._current.append(list(self._current[-1]))  # a dot is a stroke too
        self._current = None
        self._announce()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesized mouse events on top of the pen's

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._end(pos)
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._end()
            return True
        return super().event(event)

    # -- drawing ---------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#ffffff"))
        painter.setPen(QPen(QColor("#9aa0a6"), 1))
        painter.drawRect(rect)
        base_y = rect.height() * 0.78
        painter.setPen(QPen(QColor("#c4c7cc"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(16, base_y), QPointF(rect.width() - 16, base_y))
        painter.setPen(QColor("#80868b"))
        painter.drawText(QPointF(18, base_y - 6), "✕")
        if not self._strokes:
            painter.drawText(
                rect.adjusted(0, 0, 0, -rect.height() * 0.3),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Skriv underskriften her"),
            )
        pen = QPen(QColor("#0b2a66"), 2.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        w, h = self.width(), self.height()
        for stroke in self._strokes:
            if not stroke:
                continue
            path = QPainterPath(QPointF(stroke[0][0] * w, stroke[0][1] * h))
            for x, y in stroke[1:]:
                path.lineTo(QPointF(x * w, y * h))
            painter.drawPath(path)
        painter.end()


class SignDialog(QDialog):
    """One party signs: name, role, the pad (or 'signed on paper' with a scan).

    `submitted` asks the owner to sign; the owner calls `show_problems` on refusal or `accept`
    on success, so a refused signature keeps everything the signer did.
    """

    submitted = Signal()

    def __init__(
        self,
        *,
        party_label: str,
        document_label: str,
        name: str = "",
        role: str = "",
        hand_over: bool = False,
        party: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Underskrift: %1").replace("%1", party_label))
        self.setModal(True)
        self.scan_b64: str | None = None
        self.scan_name: str | None = None

        heading = Heading(self.tr("%1 underskriver").replace("%1", party_label), self, size=1.3)
        intro = Muted(
            self.tr("Med underskriften godkendes %1, som den er vist.").replace(
                "%1", document_label
            ),
            self,
        )
        rest = self.tr(
            "Kun underskriften vises; tryk på Underskriv, når du er færdig, og giv så "
            "computeren tilbage."
        )
        to_whom = {
            "borger": self.tr("Giv computeren til borgeren."),
            "virksomhed": self.tr("Giv computeren til virksomheden."),
        }.get(party, self.tr("Giv computeren til %1.").replace("%1", party_label.lower()))
        self.handover_note = Muted(to_whom + " " + rest, self)
        self.handover_note.setVisible(hand_over)

        self.name = LineEdit(self)
        self.name.setText(name)
        self.role = LineEdit(self)
        self.role.setText(role)
        self.name_box = FieldBox(self.tr("&Navn:"), self.name, parent=self)
        self.role_box = FieldBox(self.tr("Ro&lle:"), self.role, parent=self)

        self.pad = SignaturePad(self)
        self.pad_problems = ProblemLabel(self)
        self.clear_button = QPushButton(self.tr("&Ryd"), self)
        self.undo_button = QPushButton(self.tr("&Fortryd streg"), self)
        self.redo_button = QPushButton(self.tr("&Gentag streg"), self)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        self.redo_button.clicked.connect(self.pad.redo)
        self.pad.changed.connect(self._pad_changed)

        self.on_paper = QCheckBox(self.tr("Underskrevet på &papir (vedhæft scanning)"), self)
        self.scan_button = QPushButton(self.tr("&Vælg scanning eller foto …"), self)
        self.scan_label = Muted(self.tr("Ingen fil valgt."), self)
        self.scan_problems = ProblemLabel(self)
        self.scan_button.clicked.connect(self.pick_scan)
        self.on_paper.toggled.connect(self._method_changed)

        self.general = ProblemLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(
            self.tr("&Underskriv"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.name_box.label, self.name_box)
        form.addRow(self.role_box.label, self.role_box)
        pad_buttons = QHBoxLayout()
        pad_buttons.addWidget(self.clear_button)
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.redo_button)
        pad_buttons.addStretch(1)
        paper = QHBoxLayout()
        paper.addWidget(self.scan_button)
        paper.addWidget(self.scan_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.handover_note)
        layout.addLayout(form)
        pad_label = QLabel(self.tr("Underskrift:"), self)
        layout.addWidget(pad_label)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.pad_problems)
        layout.addLayout(pad_buttons)
        layout.addWidget(self.on_paper)
        layout.addLayout(paper)
        layout.addWidget(self.scan_problems)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self._method_changed(False)
        self._pad_changed()
        self.pad.setFocus()

    # -- state -----------------------------------------------------------------------------
    def _pad_changed(self) -> None:
        self.undo_button.setEnabled(self.pad.can_undo())
        self.redo_button.setEnabled(self.pad.can_redo())
        self.clear_button.setEnabled(self.pad.can_undo())
        if not self.pad.is_empty():
            self.pad_problems.show_problems([])

    def _method_changed(self, paper: bool) -> None:
        for w in (self.pad, self.clear_button, self.undo_button, self.redo_button):
            w.setEnabled(not paper)
        if not paper:
            self._pad_changed()
        self.scan_button.setVisible(paper)
        self.scan_label.setVisible(paper)

    def pick_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Vælg scanning eller foto af den underskrevne aftale"),
            "",
            self.tr("Billeder og PDF (*.png *.jpg *.jpeg *.pdf);;Alle filer (*)"),
        )
        if path:
            self.attach_scan(Path(path))

    def attach_scan(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError:
            self.scan_problems.show_problems(
                [Problem("scan.read", "attachment", self.tr("Filen kan ikke læses."))]
            )
            return False
        if not data or len(data) > MAX_SCAN_BYTES:
            self.scan_problems.show_problems(
                [
                    Problem(
                        "scan.size",
                        "attachment",
                        self.tr("Filen er tom eller større end 8 MB."),
                    )
                ]
            )
            return False
        self.scan_b64 = base64.b64encode(data).decode("ascii")
        self.scan_name = path.name
        self.scan_label.setText(path.name)
        self.scan_problems.show_problems([])
        return True

    # -- values ----------------------------------------------------------------------------
    @property
    def paper(self) -> bool:
        return self.on_paper.isChecked()

    def signer_name(self) -> str:
        return self.name.text().strip()

    def signer_role(self) -> str | None:
        return self.role.value()

    def local_problems(self) -> list[Problem]:
        problems = []
        if not self.signer_name():
            problems.append(
                Problem("signature.name", "signer_name", self.tr("Underskriveren mangler navn."))
            )
        if self.paper and not self.scan_b64:
            problems.append(
                Problem(
                    "signature.scan",
                    "attachment",
                    self.tr("Vedhæft en scanning eller et foto af papiret."),
                )
            )
        if not self.paper and self.pad.is_empty():
            problems.append(Problem("signature.empty", "strokes", self.tr("Underskriften er tom.")))
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        self.name_box.show_problems([p for p in problems if p.field == "signer_name"])
        self.pad_problems.show_problems([p for p in problems if p.field == "strokes"])
        self.scan_problems.show_problems([p for p in problems if p.field == "attachment"])
        self.general.show_problems(
            [p for p in problems if p.field not in ("signer_name", "strokes", "attachment")]
        )
        self.sign_button.setEnabled(True)

    def _submit(self) -> None:
        problems = self.local_problems()
        self.show_problems(problems)
        if problems:
            return
        self.sign_button.setEnabled(False)
        self.submitted.emit()
