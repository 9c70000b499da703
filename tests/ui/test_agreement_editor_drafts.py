"""The Skånehensyn tab keeps what was typed: autosaved as a draft, retried after a failed write,
kept at lock, never a draft of a signed version; the form declares every catalogue field."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.domain.records import Agreement
from desktop.services import agreements, document_drafts, signing
from desktop.services.access import Viewer
from desktop.ui.documents.agreement_editor import AGREEMENT_FORM
from desktop.ui.documents.plan_editor import PLAN_FORM
from tests.services.test_signing import STROKES
from tests.ui.conftest import PASSWORD
from tests.ui.test_agreements_ui import _new_case, _open

TYPED = "Borgeren ringer til mentor inden kl. 8 og aftaler dagens opgaver."


def _new_agreement(app) -> Any:
    case = _new_case(app.store)
    view = _open(app, case.id)
    view.tabs.setCurrentWidget(view.agreement_editor)
    editor = view.agreement_editor
    editor.create_button.click()
    app.wait(lambda: editor.document is not None)
    return case, editor


def _draft(app, key: str) -> dict[str, Any] | None:
    return next((d for d in app.store.drafts() if d["key"] == key), None)


def test_typed_agreement_is_autosaved_as_a_draft_of_its_case(app) -> None:
    case, editor = _new_agreement(app)
    key = f"agreement:{editor.document.id}"
    editor.bad_day_plan.setPlainText(TYPED)
    editor.hours_per_week.setText("12")
    assert editor.dirty
    # The test vault autosaves every second: well within a few seconds, nothing pressed.
    app.wait(lambda: (_draft(app, key) or {}).get("payload", {}).get("record", {}).get(
        "bad_day_plan") == TYPED, timeout=5000)
    draft = _draft(app, key)
    assert draft["record_type"] == "agreement"
    assert draft["case_id"] == case.id
    assert draft["record_id"] == editor.document.id
    restored = document_drafts.document_from_payload(draft["payload"])
    assert restored.hours_per_week == 12.0 and restored.bad_day_plan == TYPED
    assert app.store.list(Agreement, where={"case_id": case.id}) == []  # a draft, not saved

    # Saving the agreement drops its draft.
    editor.save()
    app.wait(lambda: not editor.dirty and not editor.busy)
    app.idle()
    assert app.store.get(Agreement, editor.document.id).bad_day_plan == TYPED
    assert _draft(app, key) is None


def test_failed_draft_write_is_retried_by_the_timer_without_a_key_press(app, monkeypatch) -> None:
    _case, editor = _new_agreement(app)
    key = f"agreement:{editor.document.id}"
    store = app.store
    real = store.save_draft
    calls: list[str] = []

    def flaky(draft_key: str, **kw: Any) -> None:
        calls.append(draft_key)
        if len(calls) == 1:
            raise OSError("disk full")
        real(draft_key, **kw)

    monkeypatch.setattr(store, "save_draft", flaky)
    editor.bad_day_plan.setPlainText(TYPED)
    app.wait(lambda: editor.controller.draft_failures == 1, timeout=5000)
    assert _draft(app, key) is None
    assert "Kladden kunne ikke gemmes" in editor.state.text()
    # No further typing: the next tick writes it.
    app.wait(lambda: _draft(app, key) is not None, timeout=5000)
    assert _draft(app, key)["payload"]["record"]["bad_day_plan"] == TYPED
    assert editor.controller.draft_failures == 0
    assert len(calls) >= 2


def test_locking_keeps_the_typed_agreement_as_a_draft(app) -> None:
    _case, editor = _new_agreement(app)
    key = f"agreement:{editor.document.id}"
    window = app.window
    editor.bad_day_plan.setPlainText(TYPED)
    window.lock.lock()  # at once: before the autosave's next tick
    assert window.is_locked
    app.wait(lambda: app.context.session is None)
    app.idle()
    panel = window.lock_panel
    panel.password.setText(PASSWORD)
    panel.submit()
    app.wait(lambda: not window.is_locked)
    app.idle()
    draft = _draft(app, key)
    assert draft is not None and draft["payload"]["record"]["bad_day_plan"] == TYPED
    # Unlocking reloads every view; the unsaved form stays as it was typed.
    assert editor.bad_day_plan.toPlainText() == TYPED
    assert editor.dirty


def test_a_signed_agreement_is_never_marked_edited_nor_kept_as_a_draft(app) -> None:
    case = _new_case(app.store)
    viewer = Viewer(app.store.actor.username, "consultant", "Team Vest")
    draft = agreements.new_agreement(app.store, viewer=viewer, case_id=case.id).replace(
        hours_per_week=12.0,
        weekday_hours={"man": 4, "tir": 4, "tor": 4},
        accommodations=[agreements.accommodation_from_catalogue("ekstra_pauser")],
        bad_day_plan="Ring til mentor før kl. 8.",
        bad_day_contact="Bo Frølund",
    )
    signing.save_draft_document(app.store, viewer=viewer, document=draft)
    for party, name in (("borger", "Åse Bæk Sørensen"), ("virksomhed", "Bo Frølund"),
                        ("jobcenter", "Mette Kærgaard")):
        signing.sign(app.store, viewer=viewer, kind="agreement", document_id=draft.id,
                     party=party, signer_name=name, strokes=STROKES)
    view = _open(app, case.id)
    editor = view.agreement_editor
    app.wait(lambda: editor.document is not None and editor.frozen)
    editor.bad_day_plan.setPlainText("Programmatisk ændret")  # the input is read-only
    editor.add_from_catalogue("ingen_tunge_loeft")
    assert not editor.dirty
    assert editor.controller.collect_draft() is None
    editor.controller.autosave()
    app.idle()
    assert _draft(app, f"agreement:{draft.id}") is None


@pytest.mark.parametrize("table", [AGREEMENT_FORM, PLAN_FORM], ids=lambda t: t.record_type)
def test_every_catalogue_field_is_on_the_form_or_listed_with_a_reason(table) -> None:
    assert table.missing() == []
    assert not set(table.names) & set(table.not_on_form), "on the form and listed as not"
    assert all(reason.strip() for reason in table.not_on_form.values())
    # The document head is the signing service's, never typed.
    assert {"case_id", "version", "supersedes_id", "status"} <= set(table.not_on_form)


def _saved_draft_agreement(app) -> Any:
    case = _new_case(app.store)
    viewer = Viewer(app.store.actor.username, "consultant", "Team Vest")
    draft = agreements.new_agreement(app.store, viewer=viewer, case_id=case.id).replace(
        bad_day_plan="Ring til mentor før kl. 8."
    )
    signing.save_draft_document(app.store, viewer=viewer, document=draft)
    view = _open(app, case.id)
    view.tabs.setCurrentWidget(view.agreement_editor)
    editor = view.agreement_editor
    app.wait(lambda: editor.document is not None)
    return draft, editor


def _answer(app, editor, text: str) -> None:
    app.wait(lambda: editor.unsaved_dialog is not None and editor.unsaved_dialog.isVisible())
    button = next(b for b in editor.unsaved_dialog.buttons() if b.text().replace("&", "") == text)
    button.click()
    app.idle()


def test_showing_another_version_asks_first_and_discarding_drops_the_draft(app) -> None:
    draft, editor = _saved_draft_agreement(app)
    key = f"agreement:{draft.id}"
    editor.bad_day_plan.setPlainText(TYPED)
    app.wait(lambda: _draft(app, key) is not None, timeout=5000)

    editor.show_current()  # would put the stored text back
    _answer(app, editor, "Annullér")
    assert editor.dirty and editor.bad_day_plan.toPlainText() == TYPED

    editor.show_current()
    _answer(app, editor, "Kassér")
    app.wait(lambda: not editor.dirty)
    assert editor.bad_day_plan.toPlainText() == "Ring til mentor før kl. 8."
    assert _draft(app, key) is None


def test_showing_another_version_can_save_first(app) -> None:
    draft, editor = _saved_draft_agreement(app)
    editor.bad_day_plan.setPlainText(TYPED)
    editor.show_current()
    _answer(app, editor, "Gem")
    app.wait(lambda: not editor.dirty and not editor.busy)
    app.idle()
    assert app.store.get(Agreement, draft.id).bad_day_plan == TYPED
    assert editor.bad_day_plan.toPlainText() == TYPED  # the saved version, shown again
