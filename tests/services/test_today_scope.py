"""I dag: my cases by default, the team's on request; actions due this week beside overdue ones,
each saying who holds the ball by name."""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import Case
from desktop.services import today
from desktop.services.access import Viewer

D = dt.date.today()


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0)).astimezone()


def colleague_case(world, build) -> Case:
    case, _ = build.add_case(world.store, name="Cecilie Dam", cpr="030375-3456",
                             company=world.company, mentors=[])
    case = case.replace(consultant="kari.konsulent")
    world.store.save(case)
    return case


def test_mine_hides_a_colleagues_cases_and_team_shows_them(world, build, consultant) -> None:
    theirs = colleague_case(world, build)
    build.add_meeting(world.store, theirs, when=at(D, 10))
    build.add_meeting(world.store, world.mentored, when=at(D, 9))
    build.add_follow_up(world.store, theirs, kind="midtvej", due=D + dt.timedelta(days=2))
    build.add_action(world.store, theirs, what="Søge hjælpemidler", deadline=D - dt.timedelta(1))

    mine = today.today_overview(world.store, viewer=consultant, today=D)
    assert [m.case_id for m in mine.meetings_today] == [world.mentored.id]
    assert mine.follow_ups == () and mine.actions == ()

    team = today.today_overview(world.store, viewer=consultant, today=D, scope=today.Scope.TEAM)
    assert {m.case_id for m in team.meetings_today} == {world.mentored.id, theirs.id}
    assert [f.case_id for f in team.follow_ups] == [theirs.id]
    assert team.follow_ups[0].consultant == "kari.konsulent"
    assert [a.what for a in team.actions] == ["Søge hjælpemidler"]


def test_a_mentor_sees_the_cases_they_mentor_as_their_own(world, build, mentor) -> None:
    build.add_action(world.store, world.mentored, what="Introducere makker",
                     deadline=D + dt.timedelta(days=1), owner="mentor")
    build.add_action(world.store, world.other, what="Ikke min", deadline=D + dt.timedelta(1))
    shown = today.due_actions(world.store, viewer=mentor, today=D)
    assert [a.what for a in shown] == ["Introducere makker"]
    assert shown[0].owner_name == "mette.mentor"
    # A mentor's Teamet is still only the cases they mentor.
    team = today.due_actions(world.store, viewer=mentor, today=D, scope=today.Scope.TEAM)
    assert [a.what for a in team] == ["Introducere makker"]


def test_actions_due_this_week_are_listed_after_the_overdue(world, build, consultant) -> None:
    build.add_action(world.store, world.mentored, what="Over frist", deadline=D - dt.timedelta(3))
    build.add_action(world.store, world.mentored, what="I dag", deadline=D, owner="borger")
    build.add_action(world.store, world.mentored, what="Om en uge", deadline=D + dt.timedelta(7),
                     owner="jobcenter")
    build.add_action(world.store, world.mentored, what="Senere", deadline=D + dt.timedelta(8))
    build.add_action(world.store, world.mentored, what="Udført", deadline=D, done=True)

    overview = today.today_overview(world.store, viewer=consultant, today=D)
    assert [a.what for a in overview.actions] == ["Over frist", "I dag", "Om en uge"]
    assert [a.overdue for a in overview.actions] == [True, False, False]
    assert [a.days_overdue for a in overview.actions] == [3, 0, -7]
    assert [a.what for a in overview.overdue_actions] == ["Over frist"]


def test_who_holds_the_ball_is_named_where_the_case_knows_the_person(world, build,
                                                                      consultant) -> None:
    for owner in ("borger", "virksomhed", "jobcenter", "mentor"):
        build.add_action(world.store, world.mentored, what=owner, deadline=D, owner=owner)
    names = {a.owner: (a.owner_label, a.owner_name)
             for a in today.due_actions(world.store, viewer=consultant, today=D)}
    assert names == {
        "borger": ("Borger", "Anne Sørensen"),
        "virksomhed": ("Virksomhed", "Lis Leder"),
        "jobcenter": ("Jobcenter", "test.konsulent"),
        "mentor": ("Mentor", "mette.mentor"),
    }


def test_team_lead_default_is_mine_too(world, build) -> None:
    lead = Viewer(username="tove.teamleder", role="teamlead", team="Team Test")
    build.add_follow_up(world.store, world.other, kind="slut", due=D)
    assert today.follow_ups_due(world.store, viewer=lead, today=D) == ()
    assert len(today.follow_ups_due(world.store, viewer=lead, today=D,
                                    scope=today.Scope.TEAM)) == 1
