"""Skånehensyn and trepartsplan in the case view: fill from the catalogue, sign three times on
the pad, frozen, version 2 supersedes version 1; the plan's chart; bad input changes nothing."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from desktop.domain.records import Agreement, Case, Citizen, Company, FollowUp, Plan, Signature
from sync.protocol.ids import uuid7
from tests.ui.conftest import PASSWORD


def _new_case(store) -> Case:
    # The consultant's printed name, remembered from their first jobcenter signature (the
    # login name "demo.konsulent" is never offered as a printed name).
    store.set_state("user.full_name", "Mette Kærgaard")
    citizen = store.save(Citizen(id=uuid7(), name="Åse Bæk Sørensen", phone="12345678"))
    company = store.save(
        Company(
            id=uuid7(),
            name="Frølunds Lager ApS",
            cvr="13748136",
            contacts=[{"name": "Bo Frølund", "role": "Lagerchef"}],
        )
    )
    return store.save(
        Case(
            id=uuid7(),
            title="Praktik på lageret",
            citizen_id=citizen.id,
            company_id=company.id,
            team="Team Vest",
            consultant="demo.konsulent",
            scheme="virksomhedspraktik",
            status="aktiv",
            start_date=dt.date.today(),
            end_date=dt.date.today() + dt.timedelta(weeks=12),
        )
    )


def _open(app, case_id: str):
    window = app.window
    window.open_case(case_id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    view = window.case_view
    app.wait(lambda: view.agreement_editor.has_loaded and view.plan_editor.has_loaded)
    app.idle()
    return view


def _draw(pad) -> None:
    w, h = pad.width(), pad.height()
    QTest.mousePress(
        pad,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(int(w * 0.1), int(h * 0.6)),
    )
    for i in range(1, 9):
        QTest.mouseMove(pad, QPoint(int(w * (0.1 + i * 0.08)), int(h * (0.6 - (i % 3) * 0.1))))
    QTest.mouseRelease(
        pad,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(int(w * 0.8), int(h * 0.5)),
    )


def _sign(app, editor, party: str, *, try_empty: bool = False) -> None:
    editor.sign_buttons[party].click()
    app.wait(lambda: editor.sign_dialog is not None and editor.sign_dialog.isVisible())
    dialog = editor.sign_dialog
    assert dialog.signer_name(), "the name is prefilled from the parties"
    if try_empty:
        before = len(app.store.list(Signature))
        dialog.sign_button.click()
        app.idle()
        assert dialog.isVisible()
        assert "Underskriften er tom." in dialog.pad_problems.text()
        assert len(app.store.list(Signature)) == before
    _draw(dialog.pad)
    strokes = dialog.pad.strokes()
    assert strokes and all(0 <= x <= 1 and 0 <= y <= 1 for s in strokes for x, y in s)
    assert len(strokes[0]) >= 5
    dialog.pad.undo()
    assert dialog.pad.is_empty()
    dialog.pad.redo()
    assert not dialog.pad.is_empty()
    dialog.sign_button.click()
    app.wait(lambda: editor.sign_dialog is None)
    app.idle()
    if party != "jobcenter":
        # Hand-over: the rest of Trepart stays hidden until the consultant's password.
        handover = app.window.handover
        app.wait(lambda: handover.return_dialog is not None and handover.return_dialog.isVisible())
        assert not app.window.nav.isVisible()
        handover.return_dialog.reject()  # cancelling is not a way out
        app.wait(lambda: handover.return_dialog is not None and handover.return_dialog.isVisible())
        assert not app.window.nav.isVisible()
        handover.return_dialog.password.setText("forkert")
        handover.return_dialog.check()
        app.wait(lambda: bool(handover.return_dialog.message.text()))
        assert not app.window.nav.isVisible()
        handover.return_dialog.password.setText(PASSWORD)
        handover.return_dialog.check()
        app.wait(lambda: handover.return_dialog is None)
        assert app.window.nav.isVisible()
        app.idle()


def test_agreement_from_catalogue_signed_frozen_and_versioned(app, tmp_path: Path) -> None:
    case = _new_case(app.store)
    view = _open(app, case.id)
    view.tabs.setCurrentWidget(view.agreement_editor)
    editor = view.agreement_editor
    assert editor.create_button.isVisible()
    editor.create_button.click()
    app.wait(lambda: editor.document is not None)
    assert editor.party_name["borger"].text() == "Åse Bæk Sørensen"
    assert editor.party_contact["virksomhed"].text() == "Bo Frølund"

    # An incomplete agreement cannot be signed: Danish message, nothing stored.
    editor.sign_buttons["borger"].click()
    app.idle()
    assert "Aftalen mangler timer pr. uge." in editor.sign_problems.text()
    assert "Aftalen mangler skånehensyn." in editor.sign_problems.text()
    assert editor.sign_dialog is None
    assert app.store.list(Agreement, where={"case_id": case.id}) == []

    # Fill from the catalogue; a diagnosis word is a notice, never a block.
    editor.add_from_catalogue("ingen_tunge_loeft")
    row = editor.add_from_catalogue("ekstra_pauser")
    assert row.description.text() == "En ekstra pause på 10 minutter formiddag og eftermiddag."
    row.description.setText("Pauser pga. stress")
    editor.validate_live()
    assert "ligner en diagnose" in editor.accommodation_problems.text()
    row.description.setText("En ekstra pause på 10 minutter formiddag og eftermiddag.")
    editor.hours_per_week.setText("12")
    for day in ("man", "tir", "tor"):
        editor.weekday[day].setText("4")
    editor.bad_day_plan.setPlainText("Borgeren ringer til mentor inden kl. 8.")
    editor.bad_day_contact.setText("Bo Frølund")
    editor.consent_to_share.setChecked(True)
    # A valid-to before valid-from is refused next to the field.
    editor.valid_to.set_value(case.start_date - dt.timedelta(days=1))
    editor.save()
    app.idle()
    valid_to = editor.router.boxes["valid_to"].problems.text()
    assert "'Gælder til' ligger før 'Gælder fra'." in valid_to
    assert app.store.list(Agreement, where={"case_id": case.id}) == []
    editor.valid_to.set_value(case.end_date)

    _sign(app, editor, "borger", try_empty=True)
    stored = app.store.list(Agreement, where={"case_id": case.id})
    assert len(stored) == 1 and stored[0].status == "kladde"
    assert [a.category for a in stored[0].accommodations] == ["ingen_tunge_loeft", "ekstra_pauser"]
    assert "✓" in editor.sign_status["borger"].text()
    _sign(app, editor, "virksomhed")
    _sign(app, editor, "jobcenter")
    app.wait(lambda: editor.frozen)

    # Frozen: every input read-only, saving refused with a Danish message.
    v1 = editor.document
    assert v1.status == "underskrevet"
    assert editor.frozen_banner.isVisible()
    assert all(w.isReadOnly() for w in editor.form_widget.findChildren(QLineEdit))
    assert all(w.isReadOnly() for w in editor.form_widget.findChildren(QPlainTextEdit))
    assert not editor.add_catalogue.isEnabled()
    assert not any(b.isVisible() for b in editor.sign_buttons.values())
    # Screenshot of the signed agreement (docs).
    window = app.window
    window.resize(1280, 900)
    app.idle()
    shot = os.environ.get("TREPART_SHOT_DIR")
    if shot:
        editor.grab().save(str(Path(shot) / "agreement-frozen.png"))
        window.grab().save(str(Path(shot) / "agreement-window.png"))
    editor.hours_per_week.setText("30")  # programmatic: still refused
    editor.save()
    app.idle()
    assert "underskrevet og kan ikke ændres" in editor.general.text()
    assert app.store.get(Agreement, v1.id).hours_per_week == 12.0
    editor.show_current()

    # "Ændr aftale": version 2, signed, supersedes version 1, which stays readable.
    assert editor.change_button.isVisible()
    editor.change_button.click()
    # It asks first: a new version is a draft until all three have signed it again.
    assert editor.change_question is not None and editor.change_question.isVisible()
    assert editor.document.version == 1
    editor.change_question.buttons()[0].click()
    app.wait(lambda: editor.document is not None and editor.document.version == 2)
    assert not editor.frozen and not editor.hours_per_week.isReadOnly()
    editor.hours_per_week.setText("15")
    editor.weekday["fre"].setText("3")
    editor.save()
    app.idle()
    for party in ("borger", "virksomhed", "jobcenter"):
        _sign(app, editor, party)
    app.wait(lambda: editor.frozen and editor.document.version == 2)
    assert app.store.get(Agreement, v1.id).status == "erstattet"
    assert [d.document.status for d in editor.versions] == ["erstattet", "underskrevet"]
    assert editor.history.topLevelItemCount() == 2
    assert editor.history.topLevelItem(1).childCount() == 3  # who signed version 1
    editor.show_version_id(v1.id)
    assert editor.viewing_old and editor.hours_per_week.text() == "12"
    assert "erstattet" in editor.frozen_banner.text()
    assert editor.current_button.isVisible() and not editor.change_button.isVisible()
    editor.show_current()
    assert editor.hours_per_week.text() == "15"


def test_plan_chart_periods_and_follow_ups(app) -> None:
    case = next(c for c in app.store.list(Case) if app.store.list(Plan, where={"case_id": c.id}))
    view = _open(app, case.id)
    view.tabs.setCurrentWidget(view.plan_editor)
    editor = view.plan_editor
    app.wait(lambda: editor.document is not None)
    app.idle()
    chart = editor.chart
    assert chart.weeks and chart.weeks[0] == 1
    assert chart.planned[:2] == [4.0, 4.0]  # weeks 1-2: 2 days x 2 h
    assert any(a is not None for a in chart.actual)  # hours recorded in the demo meetings
    assert "Uge 1: planlagt 4" in chart.accessibleDescription()
    if os.environ.get("TREPART_SHOT_DIR"):
        app.window.resize(1280, 900)
        editor.scroll.ensureWidgetVisible(chart)
        app.idle()
        app.window.grab().save(str(Path(os.environ["TREPART_SHOT_DIR"]) / "plan.png"))
    image = chart.grab()
    assert not image.isNull() and image.width() > 100

    # More than 37 hours a week: a Danish message next to the progression, nothing saved.
    plan = editor.document
    was_frozen = editor.frozen
    if not was_frozen:
        last = editor.period_rows[-1]
        row = editor.add_period()
        row.from_week.setValue(last.to_week.value() + 1)
        row.to_week.setValue(last.to_week.value() + 2)
        row.days.setValue(7)
        row.hours_per_day.setText("6")
        editor.save()
        app.idle()
        assert "er over 37" in editor.period_problems.text()
        row.from_week.setValue(last.to_week.value() + 3)  # a gap as well
        editor.save()
        app.idle()
        assert "Der mangler timer for uge" in editor.period_problems.text()
        assert app.store.get(Plan, plan.id).periods == plan.periods

    # Planned follow-ups appear in I dag.
    editor.controller.mark_clean()
    for f in app.store.list(FollowUp, where={"case_id": case.id}):
        app.store.delete(FollowUp, f.id)
    editor.follow_up_button.click()
    app.idle()
    kinds = {f.kind for f in app.store.list(FollowUp, where={"case_id": case.id})}
    assert {"midtvej", "slut"} <= kinds
    assert "planlagt" in editor.follow_up_state.text()

    # Action items with who holds the ball and a deadline, saved with the plan's case.
    from desktop.domain.records import ActionItem

    row = editor.add_action()
    row.what.setText("Bestil hæve-sænkebord")
    row.owner.set_value("virksomhed")
    row.deadline.set_value(dt.date.today() + dt.timedelta(days=7))
    empty_deadline = editor.add_action()
    empty_deadline.what.setText("Aftal mentortimer")
    editor.save_actions_button.click()
    app.idle()
    assert "gemt" in editor.actions_state.text()
    items = app.store.list(ActionItem, where={"plan_id": editor.document.id})
    assert sorted((i.what, i.owner) for i in items) == [
        ("Aftal mentortimer", "jobcenter"),
        ("Bestil hæve-sænkebord", "virksomhed"),
    ]
