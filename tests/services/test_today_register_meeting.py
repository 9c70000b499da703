"""I dag's "Registrér møde": the new meeting names the case's consultant as the jobcenter
participant, whoever registers it."""

from __future__ import annotations

from desktop.services import meetings
from desktop.services.signing import FULL_NAME_STATE


def jobcenter_participants(form) -> list[str]:
    return [p["name"] for p in form.meeting.participants if p["role"] == "jobcenter"]


def test_a_colleagues_follow_up_names_the_colleague_not_me(world, consultant) -> None:
    world.store.set_state(FULL_NAME_STATE, "Tina Test")
    world.store.save(world.other.replace(consultant="kari.konsulent"))
    form = meetings.new_meeting_form(world.store, viewer=consultant, case_id=world.other.id,
                                     kind="midtvejsevaluering")
    assert jobcenter_participants(form) == ["kari.konsulent"]


def test_my_own_follow_up_names_me_by_my_printed_name(world, consultant) -> None:
    world.store.set_state(FULL_NAME_STATE, "Tina Test")
    form = meetings.new_meeting_form(world.store, viewer=consultant, case_id=world.mentored.id)
    assert jobcenter_participants(form) == ["Tina Test"]
