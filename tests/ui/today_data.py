"""Records the I dag tests add to the demo vault: one case of mine, one of a colleague's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain.records import ActionItem, Case, Company, FollowUp, Meeting
from desktop.services.changes import Changes
from sync.protocol.ids import uuid7

ME = "demo.konsulent"
COLLEAGUE = "kari.konsulent"


def two_cases(app: Any) -> tuple[Case, Case]:
    """An open case of mine and an open case of a colleague's (taken from the demo vault)."""
    cases = app.store.list(Case)
    mine = app.store.save(cases[0].replace(consultant=ME, status="aktiv"))
    theirs = app.store.save(cases[1].replace(consultant=COLLEAGUE, status="aktiv"))
    return mine, theirs


def meeting_today(app: Any, case: Case, *, hour: int, place: str) -> Meeting:
    when = dt.datetime.combine(dt.date.today(), dt.time(hour, 0)).astimezone()
    return app.store.save(Meeting(id=uuid7(), case_id=case.id, kind="opfoelgning",
                                  starts_at=when, place=place))


def follow_up(app: Any, case: Case, *, days: int = 0) -> FollowUp:
    return app.store.save(FollowUp(id=uuid7(), case_id=case.id, kind="midtvej",
                                   due_date=dt.date.today() + dt.timedelta(days=days),
                                   label="Midtvejsopfølgning"))


def action(app: Any, case: Case, *, what: str, days: int, owner: str) -> ActionItem:
    return app.store.save(ActionItem(id=uuid7(), case_id=case.id, what=what, owner=owner,
                                     deadline=dt.date.today() + dt.timedelta(days=days),
                                     done=False))


def company_contact(app: Any, case: Case) -> str:
    company = app.store.get(Company, case.company_id)
    return company.contact_persons()[0].name


def refresh(app: Any) -> None:
    app.context.broadcast(Changes.of("meeting", "action_item", "follow_up", "case"))
    app.idle()
