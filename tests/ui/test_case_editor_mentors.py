"""The case form: mentors are picked from the team's mentors, not typed; typed only until the
first sync has brought the team's list."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop.domain.records import Case
from desktop.services import sync as sync_service
from desktop.ui.cases.case_editor import CaseEditorDialog
from tests.ui.helpers import visible


def _edit(app, case: Case) -> CaseEditorDialog:
    app.window.edit_case(case.id)
    app.wait(lambda: visible(CaseEditorDialog) is not None)
    return visible(CaseEditorDialog)


def test_mentors_are_picked_from_the_teams_list(app) -> None:
    app.store.set_state(sync_service.TEAM_KEY, json.dumps([
        {"username": "mona.mentor", "role": "mentor"},
        {"username": "kim", "role": "consultant"},
    ]))
    case = app.store.list(Case)[0]
    app.store.save(case.replace(mentors=[]))
    dialog = _edit(app, case)
    picker = dialog.case_fields["mentors"]
    assert picker.list.isVisibleTo(dialog) and not picker.typed.isVisibleTo(dialog)
    names = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert names == ["mona.mentor"]  # mentors only: a consultant is not offered
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.dirty
    dialog.save()
    app.wait(lambda: app.store.get(Case, case.id).mentors == ["mona.mentor"])


def test_without_a_team_list_the_user_name_is_typed(app) -> None:
    case = app.store.list(Case)[0]
    dialog = _edit(app, case)
    picker = dialog.case_fields["mentors"]
    assert picker.typed.isVisibleTo(dialog) and picker.note.isVisibleTo(dialog)
    assert not picker.list.isVisibleTo(dialog)
