"""The meeting form's praktik evaluation (halfway and end) and the job status at efterværn."""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import Case, Meeting, Plan, RetentionCheck
from sync.protocol.ids import uuid7


def test_an_end_evaluation_records_the_verdict_and_offers_the_plans_consequence(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    app.store.save(Plan(id=uuid7(), case_id=case.id, version=1, status="underskrevet",
                        goal="Job", consequence="Ansættelse i 15 timer ved succes"))
    window.new_meeting(case.id, "slutevaluering")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    assert editor.verdict.isVisibleTo(editor) and not editor.retention_box.isVisibleTo(editor)
    assert "Ansættelse i 15 timer ved succes" in editor.verdict.consequence_label.text()
    f = editor.fields
    f["manages_tasks"].set_value("ja")
    f["company_benefit"].set_value("delvist")
    f["next_step"].set_value("ansaettelse")
    assert f["hire_hours_per_week"].isEnabled()
    editor.save()
    app.idle()
    assert app.store.get(Meeting, editor.form.meeting.id) is None  # hours missing
    assert "timer pr. uge" in editor.router.boxes["hire_hours_per_week"].problems.text()
    f["hire_hours_per_week"].setText("40")
    editor.save()
    app.idle()
    assert app.store.get(Meeting, editor.form.meeting.id) is None  # over 37
    f["hire_hours_per_week"].setText("15")
    editor.verdict.use_button.click()
    assert "Ansættelse i 15 timer ved succes" in f["decisions"].value()
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    saved = app.store.get(Meeting, editor.form.meeting.id)
    assert (saved.manages_tasks, saved.company_benefit, saved.next_step,
            saved.hire_hours_per_week) == ("ja", "delvist", "ansaettelse", 15.0)
    assert "Ansættelse i 15 timer" in saved.decisions


def test_a_follow_up_meeting_shows_neither_part_until_its_kind_asks(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    window.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    assert not editor.verdict.isVisibleTo(editor)
    assert not editor.retention_box.isVisibleTo(editor)
    editor.fields["kind"].set_value("midtvejsevaluering")
    assert editor.verdict.isVisibleTo(editor)
    editor.fields["kind"].set_value("eftervaern")
    assert editor.retention_box.isVisibleTo(editor) and not editor.verdict.isVisibleTo(editor)


def test_an_aftercare_meeting_records_the_job_status_as_a_retention_check(app) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    window.new_meeting(case.id, "eftervaern")
    app.wait(lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    assert editor.retention_box.isVisibleTo(editor)
    editor.fields["starts_at"].date.line.setText(dt.date.today().strftime("%d.%m.%Y"))
    editor.fields["support_hours"].setText("2,5")
    rf = editor.retention_fields
    rf["job_status"].set_value("smaajob")
    rf["hours_per_week"].setText("12")
    rf["on_benefits"].set_value(False)
    editor.save()
    app.wait(lambda: not editor.dirty)
    app.idle()
    [check] = [c for c in app.store.list(RetentionCheck, where={"case_id": case.id})
               if c.meeting_id == editor.form.meeting.id]
    assert (check.job_status, check.hours_per_week, check.on_benefits) == ("smaajob", 12.0, False)
    assert app.store.get(Meeting, editor.form.meeting.id).support_hours == 2.5
