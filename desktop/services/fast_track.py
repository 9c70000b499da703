"""The fast track for the compensation schemes (handicapkompenserende ordninger): per case a
checklist of the schemes, each with its status (ikke relevant, skal søges, søgt, bevilget, afslået)
and its dates (need noticed, applied, decided).

A scheme not yet considered has no row: the checklist shows it as "not considered" and a row is
made the first time the consultant sets its status. Applications waiting for a decision longer
than the settings' threshold are listed in I dag (desktop.services.today_fast_track).
`days_to_decision` is what the effect report uses: days from the need to the decision.

The fast track is project data: a reference-group case gets none (refused with a Danish message).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.labels import label
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import SchemeApplication
from desktop.domain.validation import validate
from desktop.services.access import Viewer, require_case, require_jobcenter
from desktop.services.changes import Changes
from desktop.services.projects import is_reference
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

DECIDED = frozenset({v.ApplicationStatus.GRANTED.value, v.ApplicationStatus.REFUSED.value})
# Statuses that wait for someone: the application still has to be made, or awaits a decision.
OPEN = frozenset({v.ApplicationStatus.TO_APPLY.value, v.ApplicationStatus.APPLIED.value})
# The checklist's order: the schemes of the fast track first, the pension job forms last.
SCHEMES = v.CompensationScheme.codes()


def draft_key(application_id: str) -> str:
    return f"scheme_application:{application_id}"


def reference_problem() -> Problem:
    return Problem(
        "reference.fast_track",
        "case_id",
        "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et hurtigt "
        "spor for de kompenserende ordninger.",
    )


def days_to_decision(application: SchemeApplication) -> int | None:
    """Days from the need to the decision (pure). None while undecided, without a need date, or
    with the dates out of order (never a negative number)."""
    need, decided = application.need_date, application.decision_date
    if need is None or decided is None or decided < need:
        return None
    return (decided - need).days


def waiting_since(application: SchemeApplication) -> dt.date | None:
    """Since when an open application waits: applied for (søgt) since the application date, to
    be applied for (skal søges) since the need was noticed."""
    if application.status == v.ApplicationStatus.APPLIED.value:
        return application.applied_date or application.need_date
    if application.status == v.ApplicationStatus.TO_APPLY.value:
        return application.need_date
    return None


def days_waiting(application: SchemeApplication, today: dt.date) -> int | None:
    since = waiting_since(application)
    if since is None or since > today:
        return None
    return (today - since).days


def validate_application(application: SchemeApplication) -> list[Problem]:
    problems = list(validate(application))
    order = (
        ("need_date", "applied_date", "Ansøgningen ligger før behovet blev konstateret."),
        ("applied_date", "decision_date", "Afgørelsen ligger før ansøgningen."),
        ("need_date", "decision_date", "Afgørelsen ligger før behovet blev konstateret."),
    )
    for first, then, message in order:
        a, b = getattr(application, first), getattr(application, then)
        if a and b and b < a:
            problems.append(Problem("fast_track.dates", then, message))
            break
    status = application.status
    if status in DECIDED and application.decision_date is None:
        problems.append(
            Problem(
                "fast_track.decision_date",
                "decision_date",
                "Skriv datoen for afgørelsen (bevilget eller afslået).",
            )
        )
    if status == v.ApplicationStatus.APPLIED.value and application.applied_date is None:
        problems.append(
            Problem("fast_track.applied_date", "applied_date", "Skriv datoen for ansøgningen.")
        )
    if status in OPEN | {v.ApplicationStatus.NOT_RELEVANT.value} and application.decision_date:
        problems.append(
            Problem(
                "fast_track.undecided",
                "decision_date",
                "Der er en dato for afgørelsen, men status er hverken bevilget eller afslået.",
            )
        )
    return problems


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    scheme: str
    scheme_label: str
    application: SchemeApplication | None  # None: not considered yet
    status_label: str
    days_to_decision: int | None
    days_waiting: int | None
    overdue: bool  # open for longer than the threshold

    @property
    def id(self) -> str:  # one row per scheme
        return self.scheme


@dataclass(frozen=True, slots=True)
class Checklist:
    case_id: str
    reference: bool
    threshold_days: int
    rows: tuple[ChecklistRow, ...]


def checklist(
    store: Store,
    *,
    viewer: Viewer,
    case_id: str,
    threshold_days: int,
    today: dt.date | None = None,
) -> Checklist:
    """Every scheme of the vocabulary, with the case's application for it if there is one."""
    case = require_case(store, case_id, viewer=viewer)
    today = today or dt.date.today()
    if viewer.restricted:
        return Checklist(case_id, is_reference(case), threshold_days, ())
    by_scheme = {a.scheme: a for a in store.list(SchemeApplication, where={"case_id": case_id})}
    rows = []
    for code in SCHEMES:
        app = by_scheme.get(code)
        waiting = days_waiting(app, today) if app else None
        rows.append(
            ChecklistRow(
                scheme=code,
                scheme_label=label(v.CompensationScheme, code),
                application=app,
                status_label=label(v.ApplicationStatus, app.status) if app else "",
                days_to_decision=days_to_decision(app) if app else None,
                days_waiting=waiting,
                overdue=waiting is not None and waiting > threshold_days,
            )
        )
    return Checklist(case_id, is_reference(case), threshold_days, tuple(rows))


def new_application(case_id: str, scheme: str) -> SchemeApplication:
    return SchemeApplication(
        id=uuid7(),
        case_id=case_id,
        scheme=scheme,
        status=v.ApplicationStatus.TO_APPLY.value,
        need_date=dt.date.today(),
    )


def load_application(store: Store, *, viewer: Viewer, application_id: str) -> SchemeApplication:
    application = store.get(SchemeApplication, application_id)
    if application is None:
        raise ValidationError([Problem("fast_track.missing", "id", "Ordningen findes ikke.")])
    require_case(store, application.case_id, viewer=viewer)
    return application


def save_application(
    store: Store, *, viewer: Viewer, application: SchemeApplication
) -> Changes:
    require_jobcenter(viewer)
    case = require_case(store, application.case_id, viewer=viewer)
    if is_reference(case):
        raise ValidationError([reference_problem()])
    stored = store.get(SchemeApplication, application.id)
    if stored is not None and (
        stored.case_id != application.case_id or stored.scheme != application.scheme
    ):
        raise ValidationError(
            [Problem("fast_track.case", "scheme", "Ordningen hører til et andet forløb.")]
        )
    others = [
        a
        for a in store.list(SchemeApplication, where={"case_id": case.id})
        if a.scheme == application.scheme and a.id != application.id
    ]
    if others:
        raise ValidationError(
            [
                Problem(
                    "fast_track.duplicate",
                    "scheme",
                    "Forløbet har allerede denne ordning på listen.",
                )
            ]
        )
    application = application.replace(note=(application.note or "").strip() or None)
    problems = validate_application(application)
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch():
        store.save(application)
        store.discard_draft(draft_key(application.id))
    return Changes.of("scheme_application", case_ids=[case.id], drafts=True)


def delete_application(store: Store, *, viewer: Viewer, application_id: str) -> Changes:
    require_jobcenter(viewer)
    application = store.get(SchemeApplication, application_id)
    if application is None:
        return Changes()
    require_case(store, application.case_id, viewer=viewer)
    store.delete(SchemeApplication, application_id)
    return Changes.of("scheme_application", case_ids=[application.case_id])


def scheme_choices(store: Store, *, viewer: Viewer, case_id: str) -> list[tuple[str, str]]:
    """The case's schemes an accommodation in the agreement can point to (code, Danish label):
    every scheme that is not marked "not relevant" or refused, then the rest of the vocabulary."""
    if viewer.restricted:
        return []
    require_case(store, case_id, viewer=viewer)
    apps = {a.scheme: a for a in store.list(SchemeApplication, where={"case_id": case_id})}
    skip = {v.ApplicationStatus.NOT_RELEVANT.value, v.ApplicationStatus.REFUSED.value}
    first = [c for c in SCHEMES if c in apps and apps[c].status not in skip]
    rest = [c for c in SCHEMES if c not in first]
    return [(c, label(v.CompensationScheme, c)) for c in first + rest]


def case_days_to_decision(store: Store, *, viewer: Viewer, case_id: str) -> dict[str, int]:
    """days_to_decision for each decided scheme of one case (scheme code -> days)."""
    require_case(store, case_id, viewer=viewer)
    out: dict[str, int] = {}
    for application in store.list(SchemeApplication, where={"case_id": case_id}):
        days = days_to_decision(application)
        if days is not None:
            out[application.scheme] = days
    return out

