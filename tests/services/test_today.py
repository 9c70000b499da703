"""I dag: meetings today and this week, planned next meetings, follow-ups, overdue actions."""

from __future__ import annotations

import datetime as dt

from desktop.services import today


def test_today_overview(world, build, consultant, mentor) -> None:
    d = dt.date.today()
    at = lambda day, hour: dt.datetime.combine(day, dt.time(hour, 0))  # noqa: E731
    build.add_meeting(world.store, world.mentored, when=at(d, 9))
    build.add_meeting(world.store, world.other, when=at(d - dt.timedelta(days=20), 9),
                      next_at=at(d + dt.timedelta(days=3), 13))
    build.add_meeting(world.store, world.other, when=at(d + dt.timedelta(days=30), 9))  # later
    build.add_action(world.store, world.mentored, what="Bestille høreværn",
                     deadline=d - dt.timedelta(days=2))
    build.add_action(world.store, world.mentored, what="Færdig", deadline=d - dt.timedelta(2),
                     done=True)
    build.add_follow_up(world.store, world.other, kind="midtvej", due=d + dt.timedelta(days=5))
    build.add_follow_up(world.store, world.other, kind="slut", due=d + dt.timedelta(days=40))

    overview = today.today_overview(world.store, viewer=consultant, today=d)
    assert [m.citizen_name for m in overview.meetings_today] == ["Anne Sørensen"]
    # The planned next meeting is hidden by the later meeting of the same case.
    assert overview.meetings_week == ()
    assert [a.what for a in overview.overdue_actions] == ["Bestille høreværn"]
    assert overview.overdue_actions[0].owner_label == "Virksomhed"
    assert overview.overdue_actions[0].days_overdue == 2
    assert [f.kind for f in overview.follow_ups] == ["midtvej"]
    assert overview.follow_ups[0].meeting_kind == "midtvejsevaluering"

    mine = today.today_overview(world.store, viewer=mentor, today=d)
    assert [m.case_id for m in mine.meetings_today] == [world.mentored.id]
    assert mine.follow_ups == ()


def test_planned_next_meeting_lands_in_the_week(world, build, consultant) -> None:
    d = dt.date.today()
    build.add_meeting(world.store, world.mentored,
                      when=dt.datetime.combine(d, dt.time(9)).astimezone(),
                      next_at=dt.datetime.combine(d + dt.timedelta(days=2),
                                                  dt.time(10)).astimezone())
    overview = today.today_overview(world.store, viewer=consultant, today=d)
    planned = [m for m in overview.meetings_week if m.planned_only]
    assert len(planned) == 1 and planned[0].when.hour == 10
    assert planned[0].citizen_name == "Anne Sørensen"
