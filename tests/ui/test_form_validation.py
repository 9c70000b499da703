"""Validation as the user meets it: shown on save and on leaving a field the user typed in,
never before; gone as soon as the input is valid (not only at the next save)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.people.company_editor import CompanyDialog
from tests.ui.helpers import visible as _visible


def _new_company(app) -> CompanyDialog:
    app.window.new_company()
    app.wait(lambda: _visible(CompanyDialog))
    return _visible(CompanyDialog)


def _leave(widget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def test_a_problem_clears_as_soon_as_the_input_is_valid(app) -> None:
    dialog = _new_company(app)
    name_box = dialog.router.boxes["name"]
    dialog.save()
    assert name_box.problems.text(), "an empty name blocks the save"
    dialog.fields["name"].setText("Nordvest Gartneri ApS")
    assert name_box.problems.text() == ""  # cleared while typing, before any save


def test_leaving_a_field_checks_it_but_never_before_typing(app) -> None:
    dialog = _new_company(app)
    cvr_box = dialog.router.boxes["cvr"]
    name_box = dialog.router.boxes["name"]
    _leave(dialog.fields["name"])  # tabbed through without typing
    assert name_box.problems.text() == ""
    dialog.fields["cvr"].setText("12345678")  # wrong check digit
    assert cvr_box.problems.text() == ""  # not while typing
    _leave(dialog.fields["cvr"])
    assert "kontrolcifferet" in cvr_box.problems.text()
    assert name_box.problems.text() == ""  # the untouched name is still not judged
    dialog.fields["cvr"].setText("13748136")
    assert cvr_box.problems.text() == ""
