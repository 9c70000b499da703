"""The Trepartsplan tab keeps what was typed: autosaved as a draft of its case, restored into
the tab from the case page."""

from __future__ import annotations

from typing import Any

from desktop.domain.records import Plan
from tests.ui.test_agreements_ui import _new_case, _open

GOAL = "Borgeren arbejder 12 timer om ugen på lageret med faste opgaver."


def _draft(app, key: str) -> dict[str, Any] | None:
    return next((d for d in app.store.drafts() if d["key"] == key), None)


def test_typed_plan_is_autosaved_and_restored_from_the_case_page(app) -> None:
    case = _new_case(app.store)
    view = _open(app, case.id)
    view.tabs.setCurrentWidget(view.plan_editor)
    editor = view.plan_editor
    editor.create_button.click()
    app.wait(lambda: editor.document is not None)
    plan_id = editor.document.id
    key = f"plan:{plan_id}"
    editor.goal.setPlainText(GOAL)
    editor.sub_goals.setPlainText("Lære plukkelisten\nFaste pauser")
    editor.commitments["virksomhed"].setPlainText("En fast kontaktperson på lageret.")
    app.wait(lambda: (_draft(app, key) or {}).get("payload", {}).get("record", {}).get(
        "goal") == GOAL, timeout=5000)
    draft = _draft(app, key)
    assert draft["record_type"] == "plan" and draft["case_id"] == case.id
    assert draft["payload"]["record"]["sub_goals"] == ["Lære plukkelisten", "Faste pauser"]
    assert app.store.list(Plan, where={"case_id": case.id}) == []

    # The case is opened again (another view, as after a restart) and the draft restored.
    payload = draft["payload"]
    window = app.window
    other = next(c for c in app.store.list(type(case)) if c.id != case.id)
    window.open_case(other.id)
    app.wait(lambda: window.case_view.case_id == other.id)
    window.open_case(case.id)
    restored_view = window.case_view
    restored_view.restore_document_draft("plan", payload)  # before its editors have loaded
    restored = restored_view.plan_editor
    app.wait(lambda: restored.dirty)
    assert restored_view.tabs.currentWidget() is restored
    assert restored.goal.toPlainText() == GOAL
    assert restored.sub_goals.value() == ["Lære plukkelisten", "Faste pauser"]
    assert restored.commitments["virksomhed"].toPlainText() == "En fast kontaktperson på lageret."
    assert "Gendannet fra kladde" in restored.state.text()
    app.idle()
    assert restored.goal.toPlainText() == GOAL  # a reload does not overwrite it
    restored.save()
    app.wait(lambda: not restored.dirty and not restored.busy)
    app.idle()
    stored = app.store.get(Plan, plan_id)
    assert stored is not None and stored.goal == GOAL
    assert _draft(app, key) is None
