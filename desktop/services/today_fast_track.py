"""I dag's "waiting in the fast track" list: compensation scheme applications that have waited
longer than the settings' threshold (to be applied for since the need was noticed, or applied for
and still undecided), so a hire is not held up by paperwork. Never for a mentor (scheme
applications never reach a mentor's device)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.labels import label
from desktop.domain.records import Case, Citizen, SchemeApplication
from desktop.services.access import Viewer, may_see_case
from desktop.services.fast_track import days_waiting
from desktop.services.today import Scope, case_people, cases_in_scope
from desktop.store import Store
from sync.protocol import vocabulary as v


@dataclass(frozen=True, slots=True)
class WaitingApplication:
    case_id: str
    citizen_name: str
    scheme_label: str
    status_label: str
    days: int


def waiting_applications(
    store: Store,
    *,
    viewer: Viewer,
    threshold_days: int,
    scope: Scope = Scope.MINE,
    today: dt.date | None = None,
) -> tuple[WaitingApplication, ...]:
    if viewer.restricted:
        return ()
    today = today or dt.date.today()
    late: list[tuple[SchemeApplication, int]] = []
    for application in store.list(SchemeApplication):
        days = days_waiting(application, today)
        if days is not None and days > threshold_days:
            late.append((application, days))
    if not late:
        return ()
    cases = {a.case_id: store.get(Case, a.case_id) for a, _ in late}
    visible = {cid for cid, c in cases.items() if c is not None and may_see_case(c, viewer=viewer)}
    with store.read() as conn:
        people = case_people(conn, visible)
    shown = cases_in_scope(visible, people, viewer=viewer, scope=scope)
    items = []
    for application, days in late:
        case = cases.get(application.case_id)
        if case is None or case.id not in shown:
            continue
        citizen = store.get(Citizen, case.citizen_id) if case.citizen_id else None
        items.append(
            WaitingApplication(
                case_id=case.id,
                citizen_name=citizen.name if citizen else "",
                scheme_label=label(v.CompensationScheme, application.scheme),
                status_label=label(v.ApplicationStatus, application.status),
                days=days,
            )
        )
    return tuple(sorted(items, key=lambda i: (-i.days, i.citizen_name)))
