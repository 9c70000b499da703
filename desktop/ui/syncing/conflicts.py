"""A text conflict side by side: the text that holds now, the other one, and what both started
from. The user picks one (it goes into the result, where it can still be edited) or merges by
hand, then resolves. The result starts as both texts, so resolving without choosing keeps both:
nothing is dropped silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.conflicts import ConflictView
from desktop.ui.kit.widgets import Heading, Muted


def _reader(text: str, name: str, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlainText(text)
    edit.setReadOnly(True)
    edit.setAccessibleName(name)
    return edit


def both_texts(kept: str, other: str) -> str:
    if not kept.strip():
        return other
    if not other.strip() or other.strip() == kept.strip():
        return kept
    return f"{kept.rstrip()}\n\n{other.lstrip()}"


class ConflictDialog(QDialog):
    resolved = Signal(object)  # Changes

    def __init__(self, context: Any, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.conflict = conflict
        self.setWindowTitle(self.tr("Løs konflikt"))
        self.resize(980, 640)
        where = (
            self.tr(" i forløbet «%1»").replace("%1", conflict.case_title)
            if conflict.case_title else ""
        )
        heading = Heading(f"{conflict.what}{where}", self, size=1.2)
        heading.setWordWrap(True)
        intro = Muted(self.tr(
            "To har ændret teksten samtidig fra det samme udgangspunkt. Vælg den udgave, der skal "
            "gælde, eller ret den samlede tekst nederst til. Den gemte tekst sendes til de andre "
            "ved næste synkronisering."), self)
        self.kept = _reader(conflict.kept, self.tr("Gældende tekst"), self)
        self.other = _reader(conflict.other, self.tr("Den anden tekst"), self)
        self.base = _reader(conflict.base, self.tr("Fælles udgangspunkt"), self)
        self.base.setMaximumHeight(90)
        self.use_kept = QPushButton(self.tr("Brug &denne"), self)
        self.use_kept.clicked.connect(lambda: self.choose("kept"))
        self.use_other = QPushButton(self.tr("Brug de&nne"), self)
        self.use_other.clicked.connect(lambda: self.choose("other"))
        self.use_both = QPushButton(self.tr("Behold &begge"), self)
        self.use_both.clicked.connect(lambda: self.choose("both"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Gældende tekst</b> (står i feltet nu)"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Den anden tekst</b>"), self), 0, 1)
        grid.addWidget(self.kept, 1, 0)
        grid.addWidget(self.other, 1, 1)
        grid.addWidget(self.use_kept, 2, 0)
        grid.addWidget(self.use_other, 2, 1)
        grid.setRowStretch(1, 2)
        self.result = QPlainTextEdit(self)
        self.result.setAccessibleName(self.tr("Teksten der skal gælde"))
        self.result.setPlainText(both_texts(conflict.kept, conflict.other))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a61b1b;")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.resolve_button = self.buttons.addButton(
            self.tr("&Løs konflikt"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.resolve)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(grid, 3)
        layout.addWidget(QLabel(self.tr("Fælles udgangspunkt:"), self))
        layout.addWidget(self.base)
        result_label = QLabel(self.tr("&Teksten der skal gælde:"), self)
        result_label.setBuddy(self.result)
        result_row = QGridLayout()
        result_row.addWidget(result_label, 0, 0)
        result_row.addWidget(self.use_both, 0, 1)
        result_row.setColumnStretch(0, 1)
        layout.addLayout(result_row)
        layout.addWidget(self.result, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def choose(self, side: str) -> None:
        c = self.conflict
        text = {"kept": c.kept, "other": c.other}.get(side, both_texts(c.kept, c.other))
        self.result.setPlainText(text)
        self.result.setFocus()

    def resolve(self) -> None:
        from desktop.services import conflicts

        text = self.result.toPlainText()
        c = self.conflict
        if not text.strip() and (c.kept.strip() or c.other.strip()):
            self._show_problem(self.tr(
                "Teksten er tom. Vælg en af udgaverne, eller skriv den tekst, der skal gælde."))
            return
        self.resolve_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            from desktop.ui.kit.errors import expected_message

            self.resolve_button.setEnabled(True)
            if isinstance(exc, conflicts.ConflictError):
                self._show_problem(str(exc))
                return
            message = expected_message(exc)
            if message is None:
                self._context.report_error(exc)
                return
            self._show_problem(message)

        def done(changes: Any) -> None:
            self.resolved.emit(changes)
            self.accept()

        self._context.mutate(
            self, lambda store: conflicts.resolve(store, c.id, text=text), done, failed
        )

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)


def open_conflict(context: Any, conflict_id: str, parent: QWidget) -> None:
    """Load the conflict on the worker, then show it (non-blocking)."""
    from desktop.services import conflicts

    def show(view: ConflictView) -> None:
        dialog = ConflictDialog(context, view, parent)
        dialog.setObjectName("conflictDialog")
        dialog.open()
        parent.conflict_dialog = dialog  # type: ignore[attr-defined]  (tests reach it here)

    context.op(parent, lambda store: conflicts.get(store, conflict_id)).success(show).run()
