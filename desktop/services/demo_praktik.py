"""Demo data for the praktik evaluation, retention, projects and support budgets (issue 13):

- two projects with targets; every demo case joins one, about a quarter in the reference group;
- project cases: praktik verdicts at the halfway (and, closed ones, the end) evaluation, a few
  support budgets with support hours at the meetings, plans combining praktik with paid hours;
- an efterværn cohort: cases hired 4-18 months ago in both groups with retention checks at 1, 3,
  6 and 12 months (some back on benefits, some without a recorded status), efterværn meetings
  that recorded them, and a case transfer on a consent.

Everything is synthetic: fictitious names, valid-format fictitious CPR numbers (demo.cpr_for).
"""

from __future__ import annotations

import datetime as dt
import random

from desktop.domain.records import (
    Case,
    CaseTransfer,
    Citizen,
    Company,
    Consent,
    HoursPeriod,
    Meeting,
    Plan,
    Project,
    Record,
    RetentionCheck,
)
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

MAX_CASES = 300  # a large benchmark vault gets the method data on its first cases only
COHORT = 18  # efterværn cohort cases
COHORT_FROM = 20  # added to vaults of at least this many demo cases (trepart demo: 50)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, 28))


def add_praktik_demo(
    store: Store, *, seed: int, today: dt.date | None = None, team: str = "Team Vest"
) -> dict[str, int]:
    """Add the method's praktik, retention and project data to a demo vault."""
    rng = random.Random(seed + 13)
    today = today or dt.date.today()
    out: list[Record] = []
    rampen = Project(
        id=uuid7(), name="Rampen til det gode arbejdsliv", team=team,
        start_date=dt.date(today.year - 1, 1, 1), end_date=dt.date(today.year + 1, 12, 31),
        target_enrolled=100, target_jobs=40, target_retained_6m=70.0,
    )
    aftercare = Project(
        id=uuid7(), name="Efterværn – fastholdelse i job", team=team,
        start_date=dt.date(today.year - 2, 1, 1), end_date=dt.date(today.year, 12, 31),
        target_enrolled=60, target_jobs=30, target_retained_6m=75.0,
    )

    cases = sorted(store.list(Case), key=lambda c: c.id)[:MAX_CASES]
    for n, case in enumerate(cases):
        reference = n % 4 == 3
        case = case.replace(
            project_id=rampen.id if (n // 4) % 2 == 0 else aftercare.id,
            group=v.CaseGroup.REFERENCE.value if reference else v.CaseGroup.PROJECT.value,
        )
        meetings = sorted(
            store.list(Meeting, where={"case_id": case.id}),
            key=lambda m: m.starts_at or dt.datetime.min,
        )
        held = [m for m in meetings if m.starts_at and m.starts_at.date() <= today]
        changed: dict[str, Meeting] = {}
        if not reference and n % 3 == 0:
            kind = rng.choice(v.SupportKind.codes())
            case = case.replace(support_kind=kind, support_budget=float(rng.choice((10, 20, 40))))
            for m in held:
                changed[m.id] = m.replace(support_hours=float(rng.choice((1, 1.5, 2, 3))))
        if not reference:
            for m in held:
                if m.kind == v.MeetingKind.MIDWAY.value:
                    changed[m.id] = _verdict(changed.get(m.id, m), rng, final=False)
            if case.status == v.CaseStatus.CLOSED.value and held:
                last = changed.get(held[-1].id, held[-1])
                if last.kind == v.MeetingKind.FOLLOW_UP.value:
                    changed[last.id] = _verdict(
                        last.replace(kind=v.MeetingKind.FINAL.value), rng, final=True,
                        hired=case.outcome == v.Outcome.EMPLOYED.value,
                    )
        out += changed.values()
        if not reference and n % 3 == 1:
            # A praktik combined with ordinary paid hours in the last period.
            for plan in store.list(Plan, where={"case_id": case.id}):
                if plan.status == v.DocumentStatus.DRAFT.value and plan.periods:
                    *first, last_period = plan.periods
                    paid = HoursPeriod(
                        last_period.from_week, last_period.to_week,
                        last_period.days_per_week, last_period.hours_per_day,
                        paid_hours_per_week=8.0,
                    )
                    out.append(plan.replace(periods=[*first, paid]))
        if case.outcome == v.Outcome.EMPLOYED.value and case.end_date:
            case = case.replace(job_start_date=case.end_date)
        out.append(case)

    companies = store.list(Company)
    created: list[Record] = [rampen, aftercare]
    if companies and len(cases) >= COHORT_FROM:  # a small test vault keeps its case count
        created += _cohort(rng, companies, today, team, rampen.id, aftercare.id)
    counts: dict[str, int] = {}  # new records only (the updated ones were counted already)
    with store.batch():
        for record in out:
            store.save(record, audit=False)
        for record in created:
            store.save(record, audit=False)
            counts[record.RECORD_TYPE] = counts.get(record.RECORD_TYPE, 0) + 1
    return counts


def _verdict(m: Meeting, rng: random.Random, *, final: bool, hired: bool = False) -> Meeting:
    if hired:
        step, hours = v.NextStep.HIRE.value, float(rng.choice((10, 15, 20, 25)))
    elif final:
        step, hours = rng.choice((v.NextStep.FLEXJOB.value, v.NextStep.STOP.value)), None
    else:
        step, hours = rng.choice((v.NextStep.CONTINUE.value, v.NextStep.EXTEND.value)), None
    return m.replace(
        manages_tasks=rng.choice(("ja", "ja", "delvist", "nej")),
        company_benefit=rng.choice(("ja", "delvist", "ja")),
        next_step=step,
        hire_hours_per_week=hours,
    )


# Per cohort case: the job statuses at 1, 3, 6 and 12 months (None: the check recorded no status).
PATHS: tuple[tuple[str | None, ...], ...] = (
    ("samme_job", "samme_job", "samme_job", "samme_job"),
    ("samme_job", "samme_job", "ledig", "ledig"),
    ("samme_job", "smaajob", "smaajob", "andet_job"),
    ("midlertidigt_job", "ledig", "andet_job", "andet_job"),
    ("samme_job", None, "samme_job", None),
    ("samme_job", "sygemeldt", "sygemeldt", "ledig"),
    ("samme_job", "samme_job", "uddannelse", "uddannelse"),
    ("andet_job", "andet_job", "andet_job", "samme_job"),
    ("samme_job", "samme_job", "samme_job", "ledig"),
)


def _cohort(
    rng: random.Random,
    companies: list[Company],
    today: dt.date,
    team: str,
    *project_ids: str,
) -> list[Record]:
    # The demo's names and CPR helper (imported here: demo.generate calls this module).
    from desktop.services.demo import CONSULTANTS as consultants  # noqa: N811
    from desktop.services.demo import FIRST as first  # noqa: N811
    from desktop.services.demo import LAST as last  # noqa: N811
    from desktop.services.demo import cpr_for

    out: list[Record] = []
    for n in range(COHORT):
        reference = n % 3 == 2
        born = dt.date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
        citizen = Citizen(
            id=uuid7(), name=f"{rng.choice(first)} {rng.choice(last)}", cpr=cpr_for(rng, born),
            target_group=rng.choice(v.TargetGroup.codes()),
        )
        company = rng.choice(companies)
        job_start = _add_months(today, -(4 + n % 15))
        start = job_start - dt.timedelta(weeks=13)
        case = Case(
            id=uuid7(),
            title=f"Efterværn hos {company.name}",
            citizen_id=citizen.id,
            company_id=company.id,
            team=team,
            consultant=consultants[n % len(consultants)],
            scheme=v.Scheme.VIRKSOMHEDSPRAKTIK.value,
            status=v.CaseStatus.CLOSED.value,
            start_date=start,
            end_date=job_start,
            outcome=v.Outcome.EMPLOYED.value,
            group=v.CaseGroup.REFERENCE.value if reference else v.CaseGroup.PROJECT.value,
            project_id=project_ids[n % len(project_ids)],
            job_start_date=job_start,
            support_kind=None if reference else v.SupportKind.JOB_COACH.value,
            support_budget=None if reference else 30.0,
        )
        out += [citizen, case]
        path = PATHS[n % len(PATHS)]
        for months, status in zip((1, 3, 6, 12), path, strict=True):
            day = _add_months(job_start, months)
            if day > today:
                break
            meeting = None
            if not reference:
                meeting = Meeting(
                    id=uuid7(), case_id=case.id, kind=v.MeetingKind.AFTERCARE.value,
                    starts_at=dt.datetime.combine(day, dt.time(10, 0)),
                    place=company.address,
                    participants=[{"name": citizen.name, "role": "borger"}],
                    notes="Efterværnssamtale om trivsel og arbejdstid.",
                    support_hours=float(rng.choice((1, 2))),
                )
                out.append(meeting)
            back = status in ("ledig", "sygemeldt")
            out.append(
                RetentionCheck(
                    id=uuid7(), case_id=case.id, checked_on=day, job_status=status,
                    hours_per_week=None if status is None or back
                    else float(rng.choice((15, 20, 25, 30, 37))),
                    on_benefits=None if status is None else back,
                    meeting_id=meeting.id if meeting else None,
                    note=None if status else "Borgeren kunne ikke træffes.",
                )
            )
        if n in (1, 5):
            consent = Consent(
                id=uuid7(), citizen_id=citizen.id,
                what="Plan, skånehensyn og status i efterværnet",
                shared_with="Social- og handicapområdet",
                legal_basis="Samtykke (databeskyttelsesforordningen art. 6 og 9)",
                valid_from=start, valid_to=_add_months(job_start, 24),
            )
            out += [
                consent,
                CaseTransfer(
                    id=uuid7(), case_id=case.id, direction=v.TransferDirection.TO.value,
                    unit="Social- og handicapområdet", transferred_on=_add_months(job_start, 7),
                    what_shared="Plan, skånehensyn og status i efterværnet",
                    consent_id=consent.id,
                ),
            ]
    return out
