"""A team's projects with their targets, a case's support budget (job coach, mentor, klippekort)
against the support hours its meetings used, and case transfers to and from other units.

A reference-group case gets the usual service and records outcome data only; a support budget,
support hours and a praktik evaluation on one are refused with a Danish message (the rule is
`reference_problems`, shared by the case form and the meeting form).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.labels import label
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import Case, CaseTransfer, Consent, Meeting, Project
from desktop.domain.validation import validate
from desktop.services.access import Viewer, require_case, require_jobcenter
from desktop.services.changes import Changes
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

REFERENCE = v.CaseGroup.REFERENCE.value
EVALUATION_FIELDS = ("manages_tasks", "company_benefit", "next_step", "hire_hours_per_week")
EVALUATION_KINDS = frozenset({v.MeetingKind.MIDWAY.value, v.MeetingKind.FINAL.value})


def is_reference(case: Case | None) -> bool:
    return case is not None and case.group == REFERENCE


def reference_case_problems(case: Case) -> list[Problem]:
    """Project data on a reference-group case: a support budget, the citizen's own list."""
    if not is_reference(case):
        return []
    problems = []
    if case.support_kind is not None or case.support_budget is not None:
        problems.append(
            Problem(
                "reference.support",
                "support_budget",
                "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke et "
                "budget for støttetimer. Fjern støtteform og budget, eller flyt forløbet til "
                "projektgruppen.",
            )
        )
    if case.wishes:
        problems.append(
            Problem(
                "reference.wishes",
                "group",
                "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke "
                "borgerens egen liste. Tøm listen, eller flyt forløbet til projektgruppen.",
            )
        )
    return problems


def reference_meeting_problems(meeting: Meeting, group: str | None) -> list[Problem]:
    """Project data on a reference-group case's meeting: a praktik evaluation, support hours."""
    if group != REFERENCE:
        return []
    problems = []
    if any(getattr(meeting, n) is not None for n in EVALUATION_FIELDS):
        problems.append(
            Problem(
                "reference.evaluation",
                "next_step",
                "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke en "
                "evaluering af praktikken.",
            )
        )
    if meeting.support_hours is not None:
        problems.append(
            Problem(
                "reference.support_hours",
                "support_hours",
                "Forløbet er i referencegruppen: støttetimer registreres ikke.",
            )
        )
    return problems


# -- projects ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProjectRow:
    id: str
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    target_enrolled: int | None
    target_jobs: int | None
    target_retained_6m: float | None
    enrolled: int  # project-group cases naming the project
    reference: int  # reference-group cases naming it


def list_projects(store: Store, *, viewer: Viewer) -> list[Project]:
    if viewer.is_mentor:
        return []
    projects = store.list(Project, order_by=("name",))
    return [p for p in projects if not p.team or not viewer.team or p.team == viewer.team]


def project_rows(store: Store, *, viewer: Viewer) -> list[ProjectRow]:
    projects = list_projects(store, viewer=viewer)
    counts: dict[tuple[str, bool], int] = {}
    for case in store.list(Case):
        if case.project_id:
            key = (case.project_id, is_reference(case))
            counts[key] = counts.get(key, 0) + 1
    return [
        ProjectRow(
            id=p.id,
            name=p.name,
            start_date=p.start_date,
            end_date=p.end_date,
            target_enrolled=p.target_enrolled,
            target_jobs=p.target_jobs,
            target_retained_6m=p.target_retained_6m,
            enrolled=counts.get((p.id, False), 0),
            reference=counts.get((p.id, True), 0),
        )
        for p in projects
    ]


def project_choices(store: Store, *, viewer: Viewer) -> list[tuple[str, str]]:
    return [(p.id, p.name) for p in list_projects(store, viewer=viewer)]


def new_project(*, viewer: Viewer) -> Project:
    return Project(id=uuid7(), name="", team=viewer.team)


def validate_project(project: Project) -> list[Problem]:
    problems = list(validate(project))
    if project.start_date and project.end_date and project.end_date < project.start_date:
        problems.append(
            Problem("project.dates", "end_date", "Slutdatoen ligger før startdatoen.")
        )
    if (
        project.target_enrolled is not None
        and project.target_jobs is not None
        and project.target_jobs > project.target_enrolled
    ):
        problems.append(
            Problem(
                "project.targets",
                "target_jobs",
                "Målet for borgere i job er større end målet for borgere i projektet.",
            )
        )
    return problems


def save_project(store: Store, *, viewer: Viewer, project: Project) -> Changes:
    require_jobcenter(viewer)
    project = project.replace(name=project.name.strip(), team=project.team or viewer.team)
    problems = validate_project(project)
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch():
        store.save(project)
        store.discard_draft(f"project:{project.id}")
    return Changes.of("project", drafts=True)


def delete_project(store: Store, *, viewer: Viewer, project_id: str) -> Changes:
    """A project that cases still name is kept: deleting it would orphan their group."""
    require_jobcenter(viewer)
    if store.list(Case, where={"project_id": project_id}, limit=1):
        raise ValidationError(
            [
                Problem(
                    "project.in_use",
                    "id",
                    "Projektet har forløb knyttet til sig og kan ikke slettes. Flyt forløbene "
                    "til et andet projekt først.",
                )
            ]
        )
    store.delete(Project, project_id)
    return Changes.of("project")


# -- support budget ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SupportUsage:
    kind: str | None
    kind_label: str
    budget: float | None
    used: float  # the sum of the case's meetings' support hours
    meetings: int  # meetings that recorded support hours

    @property
    def remaining(self) -> float | None:
        return None if self.budget is None else self.budget - self.used

    @property
    def over_budget(self) -> bool:
        return self.budget is not None and self.used > self.budget + 1e-9


def support_usage(store: Store, *, viewer: Viewer, case_id: str) -> SupportUsage:
    case = require_case(store, case_id, viewer=viewer)
    hours = [
        m.support_hours
        for m in store.list(Meeting, where={"case_id": case_id})
        if m.support_hours is not None
    ]
    return SupportUsage(
        kind=case.support_kind,
        kind_label=label(v.SupportKind, case.support_kind) if case.support_kind else "",
        budget=case.support_budget,
        used=float(sum(hours)),
        meetings=len(hours),
    )


# -- case transfers ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TransferRow:
    id: str
    direction: str
    direction_label: str
    unit: str
    transferred_on: dt.date | None
    what_shared: str
    consent_id: str | None
    consent_label: str


def consent_choices(store: Store, *, viewer: Viewer, case_id: str) -> list[tuple[str, str]]:
    """The citizen's consents, as (id, "what (from - to)") for the transfer form."""
    case = require_case(store, case_id, viewer=viewer)
    if viewer.is_mentor or not case.citizen_id:
        return []
    out = []
    for c in store.list(Consent, where={"citizen_id": case.citizen_id}):
        period = " – ".join(
            x.strftime("%d.%m.%Y") for x in (c.valid_from, c.valid_to) if x is not None
        )
        out.append((c.id, f"{c.what} ({period})" if period else c.what))
    return out


def list_transfers(store: Store, *, viewer: Viewer, case_id: str) -> list[TransferRow]:
    require_case(store, case_id, viewer=viewer)
    if viewer.is_mentor:
        return []
    consents = dict(consent_choices(store, viewer=viewer, case_id=case_id))
    rows = [
        TransferRow(
            id=t.id,
            direction=t.direction,
            direction_label=label(v.TransferDirection, t.direction),
            unit=t.unit,
            transferred_on=t.transferred_on,
            what_shared=t.what_shared or "",
            consent_id=t.consent_id,
            consent_label=consents.get(t.consent_id or "", ""),
        )
        for t in store.list(CaseTransfer, where={"case_id": case_id})
    ]
    return sorted(rows, key=lambda r: (r.transferred_on or dt.date.min, r.id), reverse=True)


def new_transfer(case_id: str) -> CaseTransfer:
    return CaseTransfer(
        id=uuid7(), case_id=case_id, direction=v.TransferDirection.TO.value,
        transferred_on=dt.date.today(),
    )


def load_transfer(store: Store, *, viewer: Viewer, transfer_id: str) -> CaseTransfer:
    transfer = store.get(CaseTransfer, transfer_id)
    if transfer is None:
        raise ValidationError([Problem("transfer.missing", "id", "Overdragelsen findes ikke.")])
    require_case(store, transfer.case_id, viewer=viewer)
    return transfer


def save_transfer(store: Store, *, viewer: Viewer, transfer: CaseTransfer) -> Changes:
    require_jobcenter(viewer)
    case = require_case(store, transfer.case_id, viewer=viewer)
    transfer = transfer.replace(
        unit=transfer.unit.strip(), what_shared=(transfer.what_shared or "").strip() or None
    )
    problems = list(validate(transfer))
    if transfer.consent_id is not None:
        consent = store.get(Consent, transfer.consent_id)
        if consent is None or consent.citizen_id != case.citizen_id:
            problems.append(
                Problem(
                    "transfer.consent",
                    "consent_id",
                    "Samtykket hører ikke til forløbets borger.",
                )
            )
        elif transfer.transferred_on and (
            (consent.valid_from and transfer.transferred_on < consent.valid_from)
            or (consent.valid_to and transfer.transferred_on > consent.valid_to)
        ):
            problems.append(
                Problem(
                    "transfer.consent_period",
                    "consent_id",
                    "Samtykket gjaldt ikke på overdragelsens dato.",
                )
            )
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch():
        store.save(transfer)
        store.discard_draft(f"case_transfer:{transfer.id}")
    return Changes.of("case_transfer", case_ids=[transfer.case_id], drafts=True)


def delete_transfer(store: Store, *, viewer: Viewer, transfer_id: str) -> Changes:
    require_jobcenter(viewer)
    transfer = store.get(CaseTransfer, transfer_id)
    if transfer is None:
        return Changes()
    require_case(store, transfer.case_id, viewer=viewer)
    store.delete(CaseTransfer, transfer_id)
    return Changes.of("case_transfer", case_ids=[transfer.case_id])
