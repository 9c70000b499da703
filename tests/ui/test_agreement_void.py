"""Editing an agreement someone signed: warned first, the voided signature kept and marked."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.domain.records import Agreement
from desktop.services import agreements, signing
from desktop.services.access import Viewer
from tests.services.test_signing import STROKES
from tests.ui.test_agreements_ui import _new_case, _open


def _signed_draft(store):
    case = _new_case(store)
    viewer = Viewer(store.actor.username, "consultant", "Team Vest")
    draft = agreements.new_agreement(store, viewer=viewer, case_id=case.id).replace(
        hours_per_week=12.0,
        weekday_hours={"man": 4, "tir": 4, "tor": 4},
        accommodations=[agreements.accommodation_from_catalogue("ekstra_pauser")],
        bad_day_plan="Ring til mentor før kl. 8.",
        bad_day_contact="Bo Frølund",
    )
    signing.save_draft_document(store, viewer=viewer, document=draft)
    signing.sign(
        store,
        viewer=viewer,
        kind="agreement",
        document_id=draft.id,
        party="borger",
        signer_name="Åse Bæk Sørensen",
        strokes=STROKES,
    )
    return case, draft


def test_edit_after_citizen_signed_warns_and_keeps_the_voided_signature_once(app) -> None:
    case, draft = _signed_draft(app.store)
    view = _open(app, case.id)
    view.tabs.setCurrentWidget(view.agreement_editor)
    editor = view.agreement_editor
    app.wait(lambda: editor.document is not None)
    assert "✓" in editor.sign_status["borger"].text()

    # The first keystroke asks; "Fortryd" puts the field back and nothing is saved.
    editor.bad_day_plan.setPlainText("Ring til Bo.")
    app.wait(lambda: editor.void_dialog is not None and editor.void_dialog.isVisible())
    assert editor.void_dialog.text() == (
        "Borger har underskrevet; ændringen kræver en ny underskrift."
    )
    window = app.window
    window.resize(1280, 900)
    app.idle()
    shot = os.environ.get("TREPART_SHOT_DIR")
    if shot:
        window.grab().save(str(Path(shot) / "agreement-void-warning.png"))
        editor.void_dialog.grab().save(str(Path(shot) / "agreement-void-dialog.png"))
    editor.void_undo.click()
    app.idle()
    assert editor.void_dialog is None
    assert editor.bad_day_plan.toPlainText() == "Ring til mentor før kl. 8."
    assert not editor.dirty

    # Going on: the edit is saved, the citizen's signature voided but kept.
    editor.bad_day_plan.setPlainText("Ring til Bo.")
    app.wait(lambda: editor.void_dialog is not None and editor.void_dialog.isVisible())
    editor.void_go_on.click()
    app.idle()
    assert editor.dirty
    editor.save()
    app.wait(lambda: not editor.dirty and editor.current is not None and not editor.busy)
    app.wait(lambda: "mangler underskrift" in editor.sign_status["borger"].text())
    assert app.store.get(Agreement, draft.id).bad_day_plan == "Ring til Bo."
    assert editor.sign_buttons["borger"].isVisible()

    item = editor.history.topLevelItem(0)
    rows = [(item.child(i).text(0), item.child(i).text(1)) for i in range(item.childCount())]
    assert len(rows) == 1
    label, text = rows[0]
    assert label == "Annulleret"
    assert "Borger: Åse Bæk Sørensen" in text
    assert "Ved en dårlig dag / sygdom" in text
    assert app.store.actor.username in text
    parties = [r[0] for r in rows]
    assert parties.count("Borger") == 0

    # A second edit does not ask again: nothing left to void.
    editor.bad_day_plan.setPlainText("Ring til Bo Frølund.")
    app.idle()
    assert editor.void_dialog is None

    # The citizen signs the new content: "Borger" once, the voided one still there, marked.
    editor.save()
    app.wait(lambda: not editor.busy)
    signing.sign(
        app.store,
        viewer=Viewer(app.store.actor.username, "consultant", "Team Vest"),
        kind="agreement",
        document_id=draft.id,
        party="borger",
        signer_name="Åse Bæk Sørensen",
        strokes=STROKES,
    )
    editor.load()
    app.wait(lambda: "✓" in editor.sign_status["borger"].text())
    item = editor.history.topLevelItem(0)
    labels = [item.child(i).text(0) for i in range(item.childCount())]
    assert sorted(labels) == ["Annulleret", "Borger"]
