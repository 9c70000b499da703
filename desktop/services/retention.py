"""Retention after job start (efterværn): where the citizen stands at each follow-up, and the
flag when they return to benefits ("boomerang-borger").

A retention check records the job status, hours per week and whether the citizen is on public
benefits. It is outcome data, so it is recorded for project and reference cases alike. A return to
benefits is a check after the case's job start with job status "ledig" or "sygemeldt", or with
`on_benefits` True; a check without a job status is unknown, never counted as employed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.labels import label
from desktop.domain.problems import Problem, Severity, ValidationError, blocking
from desktop.domain.records import Case, Meeting, RetentionCheck
from desktop.domain.validation import validate
from desktop.services.access import Viewer, require_case, require_jobcenter
from desktop.services.changes import Changes
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

RETURN_STATUSES = frozenset({v.JobStatus.UNEMPLOYED.value, v.JobStatus.SICK_LEAVE.value})
IN_WORK_STATUSES = frozenset(
    {
        v.JobStatus.SAME_JOB.value,
        v.JobStatus.OTHER_JOB.value,
        v.JobStatus.EDUCATION.value,
        v.JobStatus.SMALL_JOB.value,
        v.JobStatus.TEMPORARY_JOB.value,
    }
)


def is_return_to_benefits(check: RetentionCheck, job_start: dt.date | None) -> bool:
    """A check after job start that finds the citizen unemployed, sick or on benefits."""
    if job_start is None or check.checked_on is None or check.checked_on < job_start:
        return False
    return check.job_status in RETURN_STATUSES or check.on_benefits is True


@dataclass(frozen=True, slots=True)
class BenefitReturn:
    """The flag on a case: the first return to benefits after job start, and whether the latest
    check still finds the citizen there."""

    first_on: dt.date
    current: bool  # the latest check after job start is a return too
    latest_on: dt.date


def benefit_return(case: Case, checks: list[RetentionCheck]) -> BenefitReturn | None:
    start = case.job_start_date
    after = sorted(
        (c for c in checks if start and c.checked_on and c.checked_on >= start),
        key=lambda c: (c.checked_on, c.id),
    )
    returns = [c for c in after if is_return_to_benefits(c, start)]
    if not returns:
        return None
    latest = after[-1]
    assert returns[0].checked_on is not None and latest.checked_on is not None
    return BenefitReturn(
        first_on=returns[0].checked_on,
        current=is_return_to_benefits(latest, start),
        latest_on=latest.checked_on,
    )


@dataclass(frozen=True, slots=True)
class RetentionRow:
    id: str
    checked_on: dt.date | None
    job_status: str | None
    job_status_label: str
    hours_per_week: float | None
    on_benefits: bool | None
    note: str
    meeting_id: str | None
    returned: bool  # a return to benefits after job start
    months_after_start: int | None  # whole months since job start at the check


def _months(start: dt.date | None, day: dt.date | None) -> int | None:
    if start is None or day is None or day < start:
        return None
    months = (day.year - start.year) * 12 + day.month - start.month
    return months - (1 if day.day < start.day else 0)


def _row(check: RetentionCheck, job_start: dt.date | None) -> RetentionRow:
    return RetentionRow(
        id=check.id,
        checked_on=check.checked_on,
        job_status=check.job_status,
        job_status_label=label(v.JobStatus, check.job_status) if check.job_status else "",
        hours_per_week=check.hours_per_week,
        on_benefits=check.on_benefits,
        note=check.note or "",
        meeting_id=check.meeting_id,
        returned=is_return_to_benefits(check, job_start),
        months_after_start=_months(job_start, check.checked_on),
    )


@dataclass(frozen=True, slots=True)
class RetentionOverview:
    job_start: dt.date | None
    rows: tuple[RetentionRow, ...]
    flag: BenefitReturn | None


def retention_overview(store: Store, *, viewer: Viewer, case_id: str) -> RetentionOverview:
    """The case's retention checks, newest first, with the return-to-benefits flag."""
    case = require_case(store, case_id, viewer=viewer)
    if viewer.is_mentor:
        return RetentionOverview(case.job_start_date, (), None)  # never on a mentor's device
    checks = store.list(RetentionCheck, where={"case_id": case_id})
    rows = sorted(
        (_row(c, case.job_start_date) for c in checks),
        key=lambda r: (r.checked_on or dt.date.min, r.id),
        reverse=True,
    )
    return RetentionOverview(case.job_start_date, tuple(rows), benefit_return(case, checks))


def new_retention_check(case_id: str, *, on: dt.date | None = None) -> RetentionCheck:
    return RetentionCheck(id=uuid7(), case_id=case_id, checked_on=on or dt.date.today())


def load_retention_check(store: Store, *, viewer: Viewer, check_id: str) -> RetentionCheck:
    check = store.get(RetentionCheck, check_id)
    if check is None:
        raise ValidationError([Problem("retention.missing", "id", "Opfølgningen findes ikke.")])
    require_case(store, check.case_id, viewer=viewer)
    return check


def validate_retention_check(check: RetentionCheck, case: Case | None = None) -> list[Problem]:
    problems = list(validate(check))
    if case is not None and check.checked_on and case.start_date and (
        check.checked_on < case.start_date
    ):
        problems.append(
            Problem(
                "retention.before_case",
                "checked_on",
                "Opfølgningen ligger før forløbets start.",
            )
        )
    if check.checked_on and check.checked_on > dt.date.today() + dt.timedelta(days=1):
        problems.append(
            Problem(
                "retention.future",
                "checked_on",
                "Opfølgningen ligger i fremtiden; tjek datoen.",
                severity=Severity.NOTICE,
            )
        )
    return problems


def save_retention_check(store: Store, *, viewer: Viewer, check: RetentionCheck) -> Changes:
    require_jobcenter(viewer)
    case = require_case(store, check.case_id, viewer=viewer)
    stored = store.get(RetentionCheck, check.id)
    if stored is not None and stored.case_id != check.case_id:
        raise ValidationError(
            [Problem("retention.case", "case_id", "Opfølgningen hører til et andet forløb.")]
        )
    check = check.replace(note=(check.note or "").strip() or None)
    problems = validate_retention_check(check, case)
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch():
        store.save(check)
        store.discard_draft(draft_key(check.id))
    return Changes.of("retention_check", case_ids=[check.case_id], drafts=True)


def draft_key(check_id: str) -> str:
    return f"retention_check:{check_id}"


def delete_retention_check(store: Store, *, viewer: Viewer, check_id: str) -> Changes:
    require_jobcenter(viewer)
    check = store.get(RetentionCheck, check_id)
    if check is None:
        return Changes()
    require_case(store, check.case_id, viewer=viewer)
    store.delete(RetentionCheck, check_id)
    return Changes.of("retention_check", case_ids=[check.case_id])


# -- at an efterværn meeting ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RetentionEntry:
    """The job status recorded at an efterværn meeting, as the meeting form edits it."""

    id: str
    job_status: str | None = None
    hours_per_week: float | None = None
    on_benefits: bool | None = None

    @property
    def blank(self) -> bool:
        return self.job_status is None and self.hours_per_week is None and self.on_benefits is None


def meeting_retention(store: Store, meeting_id: str) -> RetentionEntry | None:
    found = store.list(RetentionCheck, where={"meeting_id": meeting_id}, limit=1)
    if not found:
        return None
    c = found[0]
    return RetentionEntry(c.id, c.job_status, c.hours_per_week, c.on_benefits)


def retention_from_meeting(meeting: Meeting, entry: RetentionEntry) -> RetentionCheck:
    day = meeting.starts_at.date() if meeting.starts_at else dt.date.today()
    return RetentionCheck(
        id=entry.id,
        case_id=meeting.case_id,
        checked_on=day,
        job_status=entry.job_status,
        hours_per_week=entry.hours_per_week,
        on_benefits=entry.on_benefits,
        meeting_id=meeting.id,
    )
