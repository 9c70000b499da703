"""Meetings with their action items: validation, one-transaction saves, mentors, drafts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.problems import ValidationError
from desktop.domain.records import ActionItem, FollowUp, Meeting
from desktop.services import meetings
from desktop.services.meetings import ActionEntry


def _fill(form: meetings.MeetingForm, **values) -> meetings.MeetingForm:
    return form.with_values(meeting=form.meeting.replace(**values))


def test_new_form_suggests_participants(world, consultant) -> None:
    form = meetings.new_meeting_form(world.store, viewer=consultant, case_id=world.mentored.id)
    names = [p["name"] for p in form.meeting.participants]
    assert names[:2] == ["Anne Sørensen", "Lis Leder"]
    assert form.is_new and form.meeting.starts_at.tzinfo is not None
    assert form.context.title == "Anne Sørensen – Bageriet Kornblomsten ApS"


def test_meeting_with_two_action_items_saved_together(world, consultant) -> None:
    form = meetings.new_meeting_form(world.store, viewer=consultant, case_id=world.mentored.id)
    deadline = dt.date.today() + dt.timedelta(days=7)
    form = _fill(form, notes="Vi talte om høreværn.")
    form = form.with_values(action_items=(
        ActionEntry(id="a1", what="Bestille høreværn", owner="virksomhed",
                                    deadline=deadline),
        ActionEntry(id="a2", what="Sende tidsplan", owner="mentor", deadline=deadline),
        ActionEntry(id="a3"),  # an empty row the user added and left: ignored
    ))
    before = world.store.outbox_count()
    changes = meetings.save_meeting_form(world.store, viewer=consultant, form=form)
    assert changes.touches("meeting", "action_item") and changes.drafts
    items = world.store.list(ActionItem, where={"meeting_id": form.meeting.id})
    assert sorted(i.what for i in items) == ["Bestille høreværn", "Sende tidsplan"]
    assert world.store.outbox_count() > before

    # Removing one from the form deletes it.
    again = meetings.load_meeting_form(world.store, viewer=consultant,
                                       meeting_id=form.meeting.id)
    again = again.with_values(action_items=again.action_items[:1])
    meetings.save_meeting_form(world.store, viewer=consultant, form=again)
    left = world.store.list(ActionItem, where={"meeting_id": form.meeting.id})
    assert len(left) == 1


def test_invalid_meeting_and_action_problems(world, consultant) -> None:
    form = meetings.new_meeting_form(world.store, viewer=consultant, case_id=world.mentored.id)
    form = _fill(form, next_meeting_at=form.meeting.starts_at - dt.timedelta(days=1),
                 planned_hours=80.0)
    form = form.with_values(action_items=(ActionEntry(id="x", what="", deadline=dt.date.today()),))
    problems = meetings.validate_meeting_form(form)
    fields = {p.field for p in problems}
    assert {"next_meeting_at", "planned_hours", "action_items[0].what"} <= fields
    with pytest.raises(ValidationError):
        meetings.save_meeting_form(world.store, viewer=consultant, form=form)
    assert world.store.get(Meeting, form.meeting.id) is None


def test_mentor_save_keeps_health_notes(world, build, mentor, consultant) -> None:
    stored = build.add_meeting(world.store, world.mentored,
                               when=dt.datetime(2026, 3, 2, 9, 0), notes="Før")
    form = meetings.load_meeting_form(world.store, viewer=mentor, meeting_id=stored.id)
    assert form.meeting.health_notes is None and "health_notes" in form.hidden
    meetings.save_meeting_form(world.store, viewer=mentor,
                               form=_fill(form, notes="Mentorens referat"))
    saved = world.store.get(Meeting, stored.id)
    assert saved.notes == "Mentorens referat"
    assert saved.health_notes == "Skjult helbredsnote"
    assert saved.starts_at == stored.starts_at  # unchanged wall clock: no spurious write


def test_midway_meeting_completes_the_open_follow_up(world, build, consultant) -> None:
    follow_up = build.add_follow_up(world.store, world.mentored, kind="midtvej",
                                    due=dt.date.today())
    form = meetings.new_meeting_form(world.store, viewer=consultant, case_id=world.mentored.id,
                                     kind="midtvejsevaluering")
    changes = meetings.save_meeting_form(world.store, viewer=consultant, form=form)
    assert changes.touches("follow_up")
    assert world.store.get(FollowUp, follow_up.id).meeting_id == form.meeting.id


def test_draft_round_trip_and_discard_on_save(world, consultant) -> None:
    form = meetings.new_meeting_form(world.store, viewer=consultant, case_id=world.mentored.id)
    form = _fill(form, notes="Halvt skrevet")
    form = form.with_values(action_items=(ActionEntry(id="d1", what="Ring",
                                                      deadline=dt.date(2026, 5, 1)),))
    meetings.save_form_draft(world.store, form=form)
    payload = world.store.drafts()[0]["payload"]
    back = meetings.form_from_payload(world.store, viewer=consultant, payload=payload)
    assert back.meeting == form.meeting and back.action_items == form.action_items
    meetings.save_meeting_form(world.store, viewer=consultant, form=back)
    assert world.store.drafts() == []


def test_set_action_done(world, build, consultant) -> None:
    item = build.add_action(world.store, world.mentored, what="x",
                            deadline=dt.date.today() - dt.timedelta(days=3))
    meetings.set_action_done(world.store, viewer=consultant, action_item_id=item.id, done=True)
    assert world.store.get(ActionItem, item.id).done is True
