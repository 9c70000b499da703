"""Demo data for the effect report (issue 13, item 7): a cohort in both groups with known outcomes.

- EFFECT_COHORT closed cases over the last two years in the "Rampen" project (or a project of its
  own when the praktik demo made none), alternating project and reference group;
- each case's job status at 1, 3, 6 and 12 months after job start follows RESULTS, so the report
  shows a project group that keeps its jobs more often than the reference group;
- project cases get start and end questionnaires (one end questionnaire left half filled in, a
  draft the report leaves out) and fast-track applications with need and decision dates;
- reference cases get ONLY outcome data: the case, its outcome and job start, retention checks.
  No questionnaire, screening, meeting or scheme application.

Nothing is added to a mentor's vault: a mentor never holds retention, questionnaire or
scheme data (they are mentor-unreadable in the catalogue). Synthetic names and CPR numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop.domain.records import (
    Case,
    Citizen,
    Company,
    Project,
    Questionnaire,
    Record,
    RetentionCheck,
    SchemeApplication,
)
from desktop.store import Store
from sync.evaluation.effect import add_months
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

EFFECT_COHORT = 24
EFFECT_FROM = 20  # only in demo vaults of at least this many cases (trepart demo: 50)
# Job status at 1, 3, 6 and 12 months after job start (None: the check recorded no status).
RESULTS: dict[str, tuple[tuple[str | None, ...], ...]] = {
    v.CaseGroup.PROJECT.value: (
        ("samme_job", "samme_job", "samme_job", "samme_job"),
        ("samme_job", "smaajob", "samme_job", "samme_job"),
        ("samme_job", "samme_job", "andet_job", "andet_job"),
        ("midlertidigt_job", "samme_job", "samme_job", "ledig"),
        ("samme_job", None, "samme_job", "samme_job"),
        ("samme_job", "samme_job", "ledig", "ledig"),
    ),
    v.CaseGroup.REFERENCE.value: (
        ("samme_job", "samme_job", "ledig", "ledig"),
        ("samme_job", "ledig", "ledig", "ledig"),
        ("samme_job", "samme_job", "samme_job", "samme_job"),
        ("midlertidigt_job", "ledig", "sygemeldt", "ledig"),
        ("samme_job", None, None, "ledig"),
        ("andet_job", "andet_job", "ledig", "andet_job"),
    ),
}
HOURS = {v.CaseGroup.PROJECT.value: (12, 18, 25, 30), v.CaseGroup.REFERENCE.value: (15, 18, 20, 22)}
SCHEMES = ("personlig_assistance", "hjaelpemidler", "mentorstoette", "fleksjob")


def add_effect_demo(
    store: Store, *, seed: int, today: dt.date | None = None, team: str = "Team Vest"
) -> dict[str, int]:
    """Add the effect cohort; returns how many records of each kind were created."""
    if store.actor.role == v.Role.MENTOR.value or store.count(Case) < EFFECT_FROM:
        return {}
    from desktop.services.demo import CONSULTANTS, FIRST, LAST, cpr_for

    rng = random.Random(seed + 7)
    today = today or dt.date.today()
    companies = store.list(Company)
    projects = sorted(store.list(Project), key=lambda p: p.name)
    out: list[Record] = []
    if projects:
        project = projects[-1] if projects[-1].name.startswith("Rampen") else projects[0]
    else:
        project = Project(
            id=uuid7(), name="Rampen til det gode arbejdsliv", team=team,
            target_enrolled=100, target_jobs=40, target_retained_6m=70.0,
        )
        out.append(project)
    for n in range(EFFECT_COHORT):
        group = v.CaseGroup.REFERENCE.value if n % 2 else v.CaseGroup.PROJECT.value
        path = RESULTS[group][(n // 2) % len(RESULTS[group])]
        born = dt.date(rng.randint(1962, 2002), rng.randint(1, 12), rng.randint(1, 28))
        citizen = Citizen(
            id=uuid7(), name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", cpr=cpr_for(rng, born),
            target_group=rng.choice(("fleksjob", "ressourceforloeb", "kontanthjaelp")),
        )
        job_start = add_months(today, -(13 + n % 10))
        start = job_start - dt.timedelta(weeks=10 + n % 6)
        company = companies[n % len(companies)] if companies else None
        case = Case(
            id=uuid7(),
            title=f"Effektforløb {n + 1}",
            citizen_id=citizen.id,
            company_id=company.id if company else None,
            team=team,
            consultant=CONSULTANTS[n % len(CONSULTANTS)],
            scheme=v.Scheme.VIRKSOMHEDSPRAKTIK.value,
            status=v.CaseStatus.CLOSED.value,
            start_date=start,
            end_date=job_start,
            outcome=v.Outcome.EMPLOYED.value,
            group=group,
            project_id=project.id,
            job_start_date=job_start,
        )
        out += [citizen, case]
        for months, status, hours in zip((1, 3, 6, 12), path, HOURS[group], strict=True):
            day = add_months(job_start, months)
            back = status in ("ledig", "sygemeldt")
            out.append(
                RetentionCheck(
                    id=uuid7(), case_id=case.id, checked_on=day, job_status=status,
                    hours_per_week=None if status is None or back else float(hours),
                    on_benefits=None if status is None else back,
                )
            )
        if group == v.CaseGroup.REFERENCE.value:
            continue  # the usual service: outcome data only
        low = 1 + (n // 2) % 3  # 1-3 at the start, so the change differs between cases
        out.append(
            Questionnaire(
                id=uuid7(), case_id=case.id, kind=v.QuestionnaireKind.START.value,
                answered_on=start, filled_by=v.FilledBy.WITH_CONSULTANT.value,
                wellbeing=low, confidence=low, hours_managed=2, own_assessment=2,
            )
        )
        half_filled = n == 10
        out.append(
            Questionnaire(
                id=uuid7(), case_id=case.id, kind=v.QuestionnaireKind.END.value,
                answered_on=job_start, filled_by=v.FilledBy.CITIZEN.value,
                wellbeing=None if half_filled else min(5, low + 2), confidence=4,
                hours_managed=3 + n % 3, own_assessment=4,
            )
        )
        need = start + dt.timedelta(days=7)
        decided = n % 8 != 6
        out.append(
            SchemeApplication(
                id=uuid7(), case_id=case.id, scheme=SCHEMES[n % len(SCHEMES)],
                status=v.ApplicationStatus.GRANTED.value if decided
                else v.ApplicationStatus.APPLIED.value,
                need_date=need, applied_date=need + dt.timedelta(days=3),
                decision_date=need + dt.timedelta(days=14 + 4 * (n % 7)) if decided else None,
            )
        )
    counts: dict[str, int] = {}
    with store.batch():
        for record in out:
            store.save(record, audit=False)
            counts[record.RECORD_TYPE] = counts.get(record.RECORD_TYPE, 0) + 1
    return counts
