"""Every string the widgets hold: texts, tooltips, accessible names, items and model data."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROLES = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.StatusTipRole,
)


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: they have one column
        return 1


def _model_text(model, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    out: list[str] = []
    if model is None:
        return out
    columns = _columns(model, parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    out.append(str(value))
            if column == 0 and model.rowCount(index) > 0:
                out += _model_text(model, index)
    for column in range(columns):
        value = model.headerData(column, Qt.Orientation.Horizontal)
        if value is not None:
            out.append(str(value))
    return out


def widget_text(widget: QWidget) -> list[str]:
    out = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
           widget.accessibleDescription(), widget.whatsThis(), widget.statusTip()]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        out.append(widget.text())
    if isinstance(widget, QLineEdit):
        out.append(widget.placeholderText())
    if isinstance(widget, QPlainTextEdit):
        out.append(widget.toPlainText())
    if isinstance(widget, QTextEdit):
        out += [widget.toPlainText(), widget.toHtml()]
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
        out += [str(widget.itemData(i)) for i in range(widget.count())]
    if isinstance(widget, QGroupBox):
        out.append(widget.title())
    if isinstance(widget, QTabWidget):
        out += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        out += _model_text(widget.model())
    return [t for t in out if t]


def all_widget_text() -> list[str]:
    """From every widget that exists, shown or not: a value must never even reach one."""
    out: list[str] = []
    for widget in QApplication.allWidgets():
        out += widget_text(widget)
    return out


def all_visible_text() -> list[str]:
    """What is on screen: widgets that are visible in a visible window."""
    out: list[str] = []
    for widget in QApplication.allWidgets():
        window = widget.window()
        if widget.isVisible() and window is not None and window.isVisible():
            out += widget_text(widget)
    return out
