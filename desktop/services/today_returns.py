"""I dag's "back on benefits" list: cases whose latest retention check after job start finds the
citizen unemployed, on sick leave or on public benefits ("boomerang-borgere"), so the consultant
acts while it matters. Never for a mentor (retention checks never reach a mentor's device)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.records import Case, Citizen, RetentionCheck
from desktop.services.access import Viewer, may_see_case
from desktop.services.retention import benefit_return
from desktop.services.today import Scope, case_people, cases_in_scope
from desktop.store import Store


@dataclass(frozen=True, slots=True)
class BenefitReturnItem:
    case_id: str
    citizen_name: str
    since: dt.date  # the check that found the citizen back on benefits
    job_start: dt.date


def benefit_returns(
    store: Store, *, viewer: Viewer, scope: Scope = Scope.MINE
) -> tuple[BenefitReturnItem, ...]:
    if viewer.is_mentor:
        return ()
    by_case: dict[str, list[RetentionCheck]] = {}
    for check in store.list(RetentionCheck):
        by_case.setdefault(check.case_id, []).append(check)
    if not by_case:
        return ()
    flagged: list[tuple[Case, dt.date]] = []
    for case_id, checks in by_case.items():
        case = store.get(Case, case_id)
        if case is None or case.job_start_date is None or not may_see_case(case, viewer=viewer):
            continue
        flag = benefit_return(case, checks)
        if flag is not None and flag.current:
            flagged.append((case, flag.latest_on))
    with store.read() as conn:
        people = case_people(conn, (c.id for c, _ in flagged))
    shown = cases_in_scope((c.id for c, _ in flagged), people, viewer=viewer, scope=scope)
    items = []
    for case, since in flagged:
        if case.id not in shown:
            continue
        citizen = store.get(Citizen, case.citizen_id) if case.citizen_id else None
        assert case.job_start_date is not None
        items.append(
            BenefitReturnItem(
                case_id=case.id,
                citizen_name=citizen.name if citizen else "",
                since=since,
                job_start=case.job_start_date,
            )
        )
    return tuple(sorted(items, key=lambda i: (i.since, i.citizen_name), reverse=True))
