"""Form building blocks: inputs with a label, an accessible name and their problems beside them.

Every input gets its label as accessible name; the problems of a field (Danish messages from the
domain's validation, or a parse error such as "not a date") appear right under the input, red
for errors that block saving, amber for notices that never block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem, Severity
from desktop.ui.kit.formatting import from_qdate, to_qdate
from desktop.ui.kit.i18n import problem_text

ERROR_STYLE = "color: #a61b1b;"
NOTICE_STYLE = "color: #8a5a00;"




def plain(label: str) -> str:
    """A label without its mnemonic ampersand, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ProblemLabel(QLabel):
    """The problems of one field (or of the whole form), hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)
        self.problems: list[Problem] = []

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        if not problems:
            self.clear()
            self.setVisible(False)
            return
        blocking = any(p.blocking for p in problems)
        self.setStyleSheet(ERROR_STYLE if blocking else NOTICE_STYLE)
        self.setText("\n".join(problem_text(p) for p in problems))
        self.setVisible(True)


class TextArea(QPlainTextEdit):
    """Multi-line text where Tab moves on (keyboard users must be able to leave the field)."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # A fixed height of `lines` lines: long text scrolls inside, and the form below stays
        # where the eye expects it.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def value(self) -> str | None:
        text = self.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: str | None) -> None:
        if (value or "") != self.toPlainText():
            self.setPlainText(value or "")


class LineEdit(QLineEdit):
    def value(self) -> str | None:
        text = self.text().strip()
        return text or None

    def set_value(self, value: str | None) -> None:
        if (value or "") != self.text():
            self.setText(value or "")


class ChoiceBox(QComboBox):
    """Codes with their (translated) labels; an optional empty first entry."""

    def __init__(
        self,
        choices: Iterable[tuple[str, str]],
        *,
        empty: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, None)
        for code, label in choices:
            self.addItem(label, code)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None:
            self.addItem(code, code)  # an unknown code from a newer version: keep it visible
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class DateEdit(QWidget):
    """A date typed day-first (23.11.2025) or picked from a calendar (Alt+Down); may be empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.line.setMaxLength(10)
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.line.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the keyboard
        self.button.setToolTip(self.tr("Vælg dato i kalender (Alt+Pil ned)"))
        self.button.setAccessibleName(self.tr("Vælg dato i kalender"))
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        shortcut = QShortcut(QKeySequence("Alt+Down"), self.line)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.open_calendar)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        try:
            current = self.value()
        except ValueError:
            current = None
        calendar.setSelectedDate(to_qdate(current or dt.date.today()))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(date: QDate) -> None:
            self.set_value(from_qdate(date))
            menu.close()
            self.line.setFocus()

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        calendar.setFocus()
        menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))

    def value(self) -> dt.date | None:
        """The date, None when empty; raises ValueError for text that is no date."""
        return fmt.parse_date(self.line.text())

    def set_value(self, value: dt.date | None) -> None:
        text = fmt.date(value)
        if text != self.line.text():
            self.line.setText(text)

    def text(self) -> str:
        return self.line.text()

    def parse_problem(self, field: str, label: str) -> Problem | None:
        try:
            self.value()
        except ValueError:
            return Problem(
                "date.format",
                field,
                self.tr("%1: skriv en gyldig dato som dd.mm.åååå.").replace("%1", label),
            )
        return None


class TimeEdit(LineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("tt:mm"))
        self.setMaxLength(5)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") + 24)

    def time_value(self) -> dt.time | None:
        return fmt.parse_time(self.text())

    def set_time(self, value: dt.time | dt.datetime | None) -> None:
        self.set_value(fmt.clock(value) if value is not None else None)

    def parse_problem(self, field: str, label: str) -> Problem | None:
        try:
            self.time_value()
        except ValueError:
            return Problem(
                "time.format",
                field,
                self.tr("%1: skriv et klokkeslæt som tt:mm.").replace("%1", label),
            )
        return None


class DateTimeEdit(QWidget):
    """A date and a time of day side by side (a meeting's start, the next meeting)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateEdit(self)
        self.time = TimeEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date)
        layout.addWidget(self.time)
        layout.addStretch(1)
        self.setFocusProxy(self.date)
        self.date.changed.connect(self.changed)
        self.time.textChanged.connect(self.changed)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.date.setAccessibleName(self.tr("%1, dato").replace("%1", name))
        self.time.setAccessibleName(self.tr("%1, klokkeslæt").replace("%1", name))

    def value(self) -> dt.datetime | None:
        """Local wall-clock time with the local offset; None when the date is empty."""
        day = self.date.value()
        if day is None:
            return None
        time = self.time.time_value() or dt.time(0, 0)
        return dt.datetime.combine(day, time).astimezone()

    def set_value(self, value: dt.datetime | None) -> None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        self.date.set_value(value.date() if value else None)
        self.time.set_time(value)

    def parse_problems(self, field: str, label: str) -> list[Problem]:
        problems = [
            p
            for p in (self.date.parse_problem(field, label), self.time.parse_problem(field, label))
            if p
        ]
        return problems


class FieldBox(QWidget):
    """An input with its problems under it; `label` is the QLabel with the mnemonic."""

    def __init__(
        self, label: str, editor: QWidget, *, parent: QWidget | None = None, hint: str | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.label = QLabel(label)
        self.label.setBuddy(editor)
        editor.setAccessibleName(plain(label))
        self.problems = ProblemLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        if hint:
            hint_label = QLabel(hint, self)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #5f6368;")
            layout.addWidget(hint_label)
        layout.addWidget(self.problems)
        self.setFocusProxy(editor)
        # Never taller than its content: forms stay compact, extra space goes below them.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problems.show_problems(problems)
        text = "; ".join(problem_text(p) for p in problems)
        self.editor.setAccessibleDescription(text)
        self.editor.setProperty("invalid", any(p.blocking for p in problems))
        self.editor.setStyleSheet(
            "border: 1px solid #a61b1b;" if any(p.blocking for p in problems) else ""
        )


class ProblemRouter:
    """Sends each problem to its field's box; problems without a box go to the general label."""

    def __init__(self, general: ProblemLabel) -> None:
        self.general = general
        self.boxes: dict[str, FieldBox] = {}

    def add(self, field: str, box: FieldBox) -> FieldBox:
        self.boxes[field] = box
        return box

    def show(self, problems: Sequence[Problem], *, only: set[str] | None = None) -> None:
        by_field: dict[str, list[Problem]] = {}
        general: list[Problem] = []
        for p in problems:
            if p.field in self.boxes:
                by_field.setdefault(p.field, []).append(p)
            else:
                general.append(p)
        for field, box in self.boxes.items():
            if only is None or field in only:
                box.show_problems(by_field.get(field, []))
        if only is None:  # a check of some fields leaves the general problems as they are
            self.general.show_problems(general)

    def field_of(self, widget: QWidget) -> str | None:
        """The field whose input is (or contains) the widget."""
        for field, box in self.boxes.items():
            if box.editor is widget or box.editor.isAncestorOf(widget):
                return field
        return None

    def first_blocking(self, problems: Sequence[Problem]) -> FieldBox | None:
        for p in problems:
            if p.severity is Severity.ERROR and p.field in self.boxes:
                return self.boxes[p.field]
        return None
