"""The effect report: project group against reference group for a period (issue 13, item 7).

Pure: no Qt, no database. The app (desktop.services.reports) and the server
(`trepart-server report`) both hand it the records as plain dicts of catalogue wire values
(`{"id": ..., field: value}`; dates as ISO strings or `datetime.date`) and get the same figures.

The rules, each chosen so that a small project cannot overclaim:
- The report covers the cases running at some time in the period (started on or before its last
  day and not ended before its first). A case with no group counts as project group, like
  everywhere else in the app (only `reference` marks the reference group).
- Employment retained N months after job start: the retention check closest to the day N
  calendar months after the case's job start, within MILESTONE_WINDOW_DAYS of it. In work (same
  job, other job, small job, temporary job) and not on benefits is retained; every other status,
  no check near the day and a check without a job status are counted, never as retained. A case
  counts only once the day lies inside the period (it could have been observed).
- Degree of self-support: the share of follow-up weeks (from job start, at most 52 weeks, up to
  the period's end) in which the citizen was self-supporting: the week's latest check (carried
  forward at most CARRY_FORWARD_DAYS) finds them in work or education and not on benefits.
  A week without such a check is unknown and counts in the denominator, never as success.
- Questionnaires: a questionnaire missing a score is a draft, excluded (and counted); a case's
  change is its latest complete end questionnaire minus its latest complete start one.
- From screening to first company contact and to job start (the method's screening at first
  contact): days from the screening a case was opened from (its `screening_id`) to the case's
  first company contact (its earliest meeting, or the earliest date a company on the citizen's own
  list was contacted) and to its job start; a date before the screening is left out (counted),
  never a negative number.
- Days in the fast track: from need to decision of each compensation-scheme application decided
  (granted or refused); undecided ones are counted as pending.
- Proportions carry a 95 % Wilson score interval; project minus reference carries Newcombe's
  hybrid score interval.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sync.evaluation.wilson import Interval, newcombe_difference, wilson
from sync.protocol import vocabulary as v

PROJECT = v.CaseGroup.PROJECT.value
REFERENCE = v.CaseGroup.REFERENCE.value
GROUPS = (PROJECT, REFERENCE)
MILESTONES = (3, 6, 12)  # months after job start
MILESTONE_WINDOW_DAYS = 31
FOLLOW_UP_WEEKS = 52
CARRY_FORWARD_DAYS = 91  # a check speaks for at most a quarter of a year
HOURS_MONTHS = 12
SCORES = ("wellbeing", "confidence", "hours_managed", "own_assessment")

IN_WORK = frozenset(
    {
        v.JobStatus.SAME_JOB.value,
        v.JobStatus.OTHER_JOB.value,
        v.JobStatus.SMALL_JOB.value,
        v.JobStatus.TEMPORARY_JOB.value,
    }
)
SELF_SUPPORTING = IN_WORK | {v.JobStatus.EDUCATION.value}
EMPLOYED_OUTCOMES = frozenset({v.Outcome.EMPLOYED.value, v.Outcome.FLEX_EMPLOYED.value})
DECIDED = frozenset({v.ApplicationStatus.GRANTED.value, v.ApplicationStatus.REFUSED.value})
UNKNOWN = "ukendt"
NOT_CONTACTED = v.WishStatus.NOT_CONTACTED.value


class PeriodError(ValueError):
    """A period the report cannot cover; the message is Danish, for the user."""


# ---------------------------------------------------------------- inputs


def as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class CaseFacts:
    id: str
    group: str
    project_id: str | None
    start: dt.date | None
    end: dt.date | None
    outcome: str | None
    job_start: dt.date | None
    screening_id: str | None = None
    first_contact: dt.date | None = None  # from the citizen's own list; meetings add theirs

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> CaseFacts:
        contacted = [
            as_date(w.get("status_date")) for w in (values.get("wishes") or ())
            if isinstance(w, Mapping) and w.get("status") not in (None, "", NOT_CONTACTED)
        ]
        dates = [d for d in contacted if d is not None]
        return cls(
            id=str(values["id"]),
            group=REFERENCE if values.get("group") == REFERENCE else PROJECT,
            project_id=values.get("project_id") or None,
            start=as_date(values.get("start_date")),
            end=as_date(values.get("end_date")),
            outcome=values.get("outcome") or None,
            job_start=as_date(values.get("job_start_date")),
            screening_id=values.get("screening_id") or None,
            first_contact=min(dates) if dates else None,
        )


@dataclass(frozen=True, slots=True)
class CheckFacts:
    case_id: str
    on: dt.date
    job_status: str | None
    hours: float | None
    on_benefits: bool | None

    @property
    def retained(self) -> bool:
        return self.job_status in IN_WORK and self.on_benefits is not True

    @property
    def self_supporting(self) -> bool:
        return self.job_status in SELF_SUPPORTING and self.on_benefits is not True


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    id: str
    name: str
    target_enrolled: int | None
    target_jobs: int | None
    target_retained_6m: float | None

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> ProjectFacts:
        return cls(
            id=str(values["id"]),
            name=str(values.get("name") or ""),
            target_enrolled=values.get("target_enrolled"),
            target_jobs=values.get("target_jobs"),
            target_retained_6m=values.get("target_retained_6m"),
        )


@dataclass(slots=True)
class EffectData:
    """Everything the report reads, indexed by case. Build it once, run many reports."""

    cases: list[CaseFacts] = field(default_factory=list)
    checks: dict[str, list[CheckFacts]] = field(default_factory=dict)  # sorted by date
    questionnaires: dict[str, list[Mapping[str, Any]]] = field(default_factory=dict)
    applications: dict[str, list[Mapping[str, Any]]] = field(default_factory=dict)
    projects: dict[str, ProjectFacts] = field(default_factory=dict)
    screened_on: dict[str, dt.date] = field(default_factory=dict)  # screening id -> its day

    @classmethod
    def of(
        cls,
        *,
        cases: Iterable[Mapping[str, Any]],
        retention_checks: Iterable[Mapping[str, Any]] = (),
        questionnaires: Iterable[Mapping[str, Any]] = (),
        scheme_applications: Iterable[Mapping[str, Any]] = (),
        projects: Iterable[Mapping[str, Any]] = (),
        screenings: Iterable[Mapping[str, Any]] = (),
        first_meetings: Mapping[str, Any] | None = None,
    ) -> EffectData:
        """`first_meetings`: case id -> the day (or time) of its earliest meeting, the first
        company contact unless the citizen's own list records an earlier one."""
        facts = [CaseFacts.of(c) for c in cases]
        for i, case in enumerate(facts):
            met = as_date((first_meetings or {}).get(case.id))
            if met is not None and (case.first_contact is None or met < case.first_contact):
                facts[i] = dataclasses.replace(case, first_contact=met)
        data = cls(cases=facts)
        for sc in screenings:
            day = as_date(sc.get("screened_at"))
            if day is not None and sc.get("id"):
                data.screened_on[str(sc["id"])] = day
        checks: dict[str, list[CheckFacts]] = defaultdict(list)
        for c in retention_checks:
            on = as_date(c.get("checked_on"))
            if on is None or not c.get("case_id"):
                continue
            hours = c.get("hours_per_week")
            checks[str(c["case_id"])].append(
                CheckFacts(
                    case_id=str(c["case_id"]),
                    on=on,
                    job_status=c.get("job_status") or None,
                    hours=None if hours is None else float(hours),
                    on_benefits=c.get("on_benefits"),
                )
            )
        for sorted_checks in checks.values():
            sorted_checks.sort(key=lambda c: c.on)
        data.checks = dict(checks)
        for target, source in (
            (data.questionnaires, questionnaires), (data.applications, scheme_applications)
        ):
            for row in source:
                if row.get("case_id"):
                    target.setdefault(str(row["case_id"]), []).append(row)
        data.projects = {p.id: p for p in (ProjectFacts.of(p) for p in projects)}
        return data


# ---------------------------------------------------------------- outputs


@dataclass(frozen=True, slots=True)
class Proportion:
    successes: int
    n: int
    unknown: int = 0  # in n, never in successes

    @property
    def value(self) -> float | None:
        return self.successes / self.n if self.n else None

    @property
    def interval(self) -> Interval | None:
        return wilson(self.successes, self.n)


@dataclass(frozen=True, slots=True)
class SelfSupport:
    cases: int  # cases with at least one follow-up week
    weeks: int
    self_supporting_weeks: int
    unknown_weeks: int
    mostly: Proportion  # cases self-supporting in at least half of their follow-up weeks

    @property
    def degree(self) -> float | None:
        return self.self_supporting_weeks / self.weeks if self.weeks else None


@dataclass(frozen=True, slots=True)
class HoursPoint:
    month: int  # whole months after job start (0: the first month)
    mean_hours: float
    checks: int


@dataclass(frozen=True, slots=True)
class QuestionnaireChange:
    pairs: int  # cases with a complete start and a complete end questionnaire
    incomplete: int  # half-filled questionnaires, left out
    unpaired: int  # cases with a complete questionnaire of only one kind
    start_mean: dict[str, float]
    end_mean: dict[str, float]
    mean_change: dict[str, float]


@dataclass(frozen=True, slots=True)
class FastTrack:
    decided: int
    pending: int
    invalid: int  # decision dated before the need: left out
    mean_days: float | None
    median_days: float | None


@dataclass(frozen=True, slots=True)
class ScreeningTimes:
    screened: int  # cases opened from a screening
    to_contact: int  # of those, with a first company contact on or after the screening
    median_days_to_contact: float | None
    to_job: int  # of those, with a job start on or after the screening
    median_days_to_job: float | None
    before_screening: int  # a contact or job start dated before the screening: left out


@dataclass(frozen=True, slots=True)
class GroupFigures:
    group: str
    cases: int
    started: int
    ended: int
    outcomes: dict[str, int]  # outcome code (or "ukendt") -> cases ended in the period
    employed_at_end: Proportion
    retained: dict[int, Proportion]  # months after job start -> proportion
    self_support: SelfSupport
    hours: list[HoursPoint]
    questionnaire: QuestionnaireChange
    fast_track: FastTrack
    screening: ScreeningTimes


@dataclass(frozen=True, slots=True)
class Comparison:
    key: str
    label: str
    project: Proportion
    reference: Proportion
    difference: float | None
    interval: Interval | None


@dataclass(frozen=True, slots=True)
class TargetProgress:
    project_id: str
    name: str
    enrolled: int
    target_enrolled: int | None
    into_jobs: int
    target_jobs: int | None
    retained_6m: Proportion
    target_retained_6m: float | None  # percent


@dataclass(frozen=True, slots=True)
class EffectReport:
    period_from: dt.date
    period_to: dt.date
    project_id: str | None
    groups: dict[str, GroupFigures]
    comparisons: list[Comparison]
    targets: list[TargetProgress]

    @property
    def empty(self) -> bool:
        return all(g.cases == 0 for g in self.groups.values())

    @property
    def empty_message(self) -> str:
        return (
            f"Der er ingen forløb i perioden {self.period_from:%d.%m.%Y}–"
            f"{self.period_to:%d.%m.%Y} med de valgte afgrænsninger."
        )


# ---------------------------------------------------------------- computing


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later (the month's last day if it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def check_period(period_from: dt.date, period_to: dt.date) -> None:
    if period_to < period_from:
        raise PeriodError(
            "Periodens slutdato ligger før startdatoen. Ret datoerne, så 'fra' kommer før 'til'."
        )


def in_period(case: CaseFacts, period_from: dt.date, period_to: dt.date) -> bool:
    return (
        case.start is not None
        and case.start <= period_to
        and (case.end is None or case.end >= period_from)
    )


def select_cases(
    data: EffectData,
    *,
    period_from: dt.date,
    period_to: dt.date,
    group: str | None = None,
    project_id: str | None = None,
) -> list[CaseFacts]:
    """The cases a report (or an export) over the period covers; group None: both groups."""
    check_period(period_from, period_to)
    return [
        c
        for c in data.cases
        if in_period(c, period_from, period_to)
        and (group is None or c.group == group)
        and (project_id is None or c.project_id == project_id)
    ]


def milestone_check(
    checks: Sequence[CheckFacts], job_start: dt.date, months: int
) -> CheckFacts | None:
    """The check closest to the day `months` after job start, within the window (later wins a
    tie); None if there is none."""
    day = add_months(job_start, months)
    best: CheckFacts | None = None
    best_distance = MILESTONE_WINDOW_DAYS + 1
    for c in checks:
        if c.on < job_start:
            continue
        distance = abs((c.on - day).days)
        if distance < best_distance or (distance == best_distance and best and c.on > best.on):
            best, best_distance = c, distance
    return best


def retention_at(
    case: CaseFacts, checks: Sequence[CheckFacts], months: int, period_to: dt.date
) -> bool | None | str:
    """True retained, False not, None unknown; "not_yet" when the day lies after the period."""
    if case.job_start is None:
        return "not_yet"
    if add_months(case.job_start, months) > period_to:
        return "not_yet"
    found = milestone_check(checks, case.job_start, months)
    if found is None or found.job_status is None:
        return None
    return found.retained


def follow_up_weeks(
    case: CaseFacts, checks: Sequence[CheckFacts], period_to: dt.date
) -> tuple[int, int, int]:
    """(weeks, self-supporting weeks, unknown weeks) of the case's follow-up up to period_to.

    Week k runs from day 7k to day 7k+6 after job start and takes the status of the latest check
    on or before its last day, if that check is at most CARRY_FORWARD_DAYS old. Worked out per
    check (the weeks it speaks for), not per week: 10,000 cases take milliseconds."""
    if case.job_start is None or case.job_start > period_to:
        return 0, 0, 0
    weeks = min(FOLLOW_UP_WEEKS, ((period_to - case.job_start).days + 1) // 7)
    start = case.job_start.toordinal()
    after = [(c.on.toordinal() - start, c) for c in checks if c.on >= case.job_start]
    good = known = 0
    for i, (day, check) in enumerate(after):
        first = max(0, -(-(day - 6) // 7))  # the first week whose last day is on or after it
        last = min(weeks - 1, (day + CARRY_FORWARD_DAYS - 6) // 7)
        if i + 1 < len(after):  # the next check takes over from its own first week
            last = min(last, -(-(after[i + 1][0] - 6) // 7) - 1)
        covered = last - first + 1
        if covered <= 0 or check.job_status is None:
            continue
        known += covered
        if check.self_supporting:
            good += covered
    return weeks, good, weeks - known


def months_after(job_start: dt.date, day: dt.date) -> int:
    """Whole calendar months from job start to the day: 0 in the first month, 3 from the day
    three months after job start until the day before four months."""
    months = (day.year - job_start.year) * 12 + day.month - job_start.month
    if day.day < job_start.day:
        months -= 1
    return months


def complete(q: Mapping[str, Any]) -> bool:
    return all(q.get(s) is not None for s in SCORES)


def questionnaire_change(
    cases: Sequence[CaseFacts], questionnaires: Mapping[str, list[Mapping[str, Any]]]
) -> QuestionnaireChange:
    incomplete = unpaired = 0
    starts: list[Mapping[str, Any]] = []
    ends: list[Mapping[str, Any]] = []
    for case in cases:
        latest: dict[str, Mapping[str, Any]] = {}
        for q in questionnaires.get(case.id, ()):
            if not complete(q):
                incomplete += 1
                continue
            kind = q.get("kind")
            key = (str(q.get("answered_on") or ""), str(q.get("id") or ""))
            current = latest.get(kind)  # type: ignore[arg-type]
            if current is None or key > (
                str(current.get("answered_on") or ""), str(current.get("id") or "")
            ):
                latest[kind] = q  # type: ignore[index]
        start, end = latest.get(v.QuestionnaireKind.START.value), latest.get(
            v.QuestionnaireKind.END.value
        )
        if start is not None and end is not None:
            starts.append(start)
            ends.append(end)
        elif start is not None or end is not None:
            unpaired += 1

    def mean(rows: list[Mapping[str, Any]], score: str) -> float:
        return statistics.fmean(int(r[score]) for r in rows)

    pairs = len(starts)
    start_mean = {s: mean(starts, s) for s in SCORES} if pairs else {}
    end_mean = {s: mean(ends, s) for s in SCORES} if pairs else {}
    change = {s: end_mean[s] - start_mean[s] for s in start_mean}
    return QuestionnaireChange(pairs, incomplete, unpaired, start_mean, end_mean, change)


def fast_track(
    cases: Sequence[CaseFacts], applications: Mapping[str, list[Mapping[str, Any]]]
) -> FastTrack:
    days: list[int] = []
    pending = invalid = 0
    for case in cases:
        for a in applications.get(case.id, ()):
            if a.get("status") == v.ApplicationStatus.NOT_RELEVANT.value:
                continue
            need, decided = as_date(a.get("need_date")), as_date(a.get("decision_date"))
            if need is None:
                continue
            if a.get("status") not in DECIDED or decided is None:
                pending += 1
            elif decided < need:
                invalid += 1
            else:
                days.append((decided - need).days)
    return FastTrack(
        decided=len(days),
        pending=pending,
        invalid=invalid,
        mean_days=statistics.fmean(days) if days else None,
        median_days=float(statistics.median(days)) if days else None,
    )


def screening_times(cases: Sequence[CaseFacts], screened_on: Mapping[str, dt.date]
                    ) -> ScreeningTimes:
    to_contact: list[int] = []
    to_job: list[int] = []
    screened = before = 0
    for case in cases:
        day = screened_on.get(case.screening_id or "")
        if day is None:
            continue
        screened += 1
        for later, out in ((case.first_contact, to_contact), (case.job_start, to_job)):
            if later is None:
                continue
            if later < day:
                before += 1
            else:
                out.append((later - day).days)
    return ScreeningTimes(
        screened=screened,
        to_contact=len(to_contact),
        median_days_to_contact=float(statistics.median(to_contact)) if to_contact else None,
        to_job=len(to_job),
        median_days_to_job=float(statistics.median(to_job)) if to_job else None,
        before_screening=before,
    )


def group_figures(
    data: EffectData,
    cases: Sequence[CaseFacts],
    group: str,
    period_from: dt.date,
    period_to: dt.date,
) -> GroupFigures:
    started = [c for c in cases if c.start is not None and period_from <= c.start <= period_to]
    ended = [c for c in cases if c.end is not None and period_from <= c.end <= period_to]
    outcomes = Counter(c.outcome or UNKNOWN for c in ended)
    employed = sum(1 for c in ended if c.outcome in EMPLOYED_OUTCOMES)
    retained: dict[int, Proportion] = {}
    for months in MILESTONES:
        ok = n = unknown = 0
        for c in cases:
            result = retention_at(c, data.checks.get(c.id, ()), months, period_to)
            if result == "not_yet":
                continue
            n += 1
            if result is None:
                unknown += 1
            elif result is True:
                ok += 1
        retained[months] = Proportion(ok, n, unknown)
    weeks = good = unknown_weeks = followed = mostly = 0
    hours: dict[int, list[float]] = defaultdict(list)
    for c in cases:
        checks = data.checks.get(c.id, ())
        w, g, u = follow_up_weeks(c, checks, period_to)
        if w:
            followed += 1
            weeks, good, unknown_weeks = weeks + w, good + g, unknown_weeks + u
            if 2 * g >= w:
                mostly += 1
        if c.job_start is not None:
            for check in checks:
                if check.hours is None or check.on < c.job_start or check.on > period_to:
                    continue
                month = months_after(c.job_start, check.on)
                if month <= HOURS_MONTHS:
                    hours[month].append(check.hours)
    return GroupFigures(
        group=group,
        cases=len(cases),
        started=len(started),
        ended=len(ended),
        outcomes=dict(sorted(outcomes.items())),
        employed_at_end=Proportion(employed, len(ended), outcomes.get(UNKNOWN, 0)),
        retained=retained,
        self_support=SelfSupport(
            cases=followed, weeks=weeks, self_supporting_weeks=good,
            unknown_weeks=unknown_weeks, mostly=Proportion(mostly, followed),
        ),
        hours=[
            HoursPoint(month=m, mean_hours=statistics.fmean(hs), checks=len(hs))
            for m, hs in sorted(hours.items())
        ],
        questionnaire=questionnaire_change(cases, data.questionnaires),
        fast_track=fast_track(cases, data.applications),
        screening=screening_times(cases, data.screened_on),
    )


COMPARISON_LABELS = {
    "employed_at_end": "I job ved afslutning",
    "retained_3": "Fastholdt i job efter 3 måneder",
    "retained_6": "Fastholdt i job efter 6 måneder",
    "retained_12": "Fastholdt i job efter 12 måneder",
    "self_support_half": "Selvforsørgende mindst halvdelen af ugerne",
}


def _proportions(g: GroupFigures) -> dict[str, Proportion]:
    out = {"employed_at_end": g.employed_at_end}
    out.update({f"retained_{m}": p for m, p in g.retained.items()})
    out["self_support_half"] = g.self_support.mostly
    return out


def compare(project: GroupFigures, reference: GroupFigures) -> list[Comparison]:
    ours, theirs = _proportions(project), _proportions(reference)
    rows = []
    for key, label in COMPARISON_LABELS.items():
        a, b = ours[key], theirs[key]
        diff = newcombe_difference(a.successes, a.n, b.successes, b.n)
        rows.append(
            Comparison(
                key=key, label=label, project=a, reference=b,
                difference=None if diff is None else diff[0],
                interval=None if diff is None else diff[1],
            )
        )
    return rows


def target_progress(
    data: EffectData, project: ProjectFacts, period_to: dt.date, retained_6m: Proportion
) -> TargetProgress:
    ours = [
        c for c in data.cases
        if c.project_id == project.id and c.group == PROJECT
        and c.start is not None and c.start <= period_to
    ]
    into_jobs = sum(
        1 for c in ours
        if (c.job_start is not None and c.job_start <= period_to)
        or (c.end is not None and c.end <= period_to and c.outcome in EMPLOYED_OUTCOMES)
    )
    return TargetProgress(
        project_id=project.id, name=project.name, enrolled=len(ours),
        target_enrolled=project.target_enrolled, into_jobs=into_jobs,
        target_jobs=project.target_jobs, retained_6m=retained_6m,
        target_retained_6m=project.target_retained_6m,
    )


def effect_report(
    data: EffectData,
    *,
    period_from: dt.date,
    period_to: dt.date,
    project_id: str | None = None,
) -> EffectReport:
    """Both groups side by side for the period (and one project, or all when None)."""
    cases = select_cases(
        data, period_from=period_from, period_to=period_to, project_id=project_id
    )
    groups = {
        g: group_figures(data, [c for c in cases if c.group == g], g, period_from, period_to)
        for g in GROUPS
    }
    projects = (
        [data.projects[project_id]] if project_id in data.projects
        else [] if project_id is not None
        else sorted(data.projects.values(), key=lambda p: (p.name, p.id))
    )
    targets = []
    for p in projects:
        if p.target_enrolled is None and p.target_jobs is None and p.target_retained_6m is None:
            continue
        if project_id is None:
            mine = [c for c in cases if c.project_id == p.id and c.group == PROJECT]
            six = group_figures(data, mine, PROJECT, period_from, period_to).retained[6]
        else:
            six = groups[PROJECT].retained[6]
        targets.append(target_progress(data, p, period_to, six))
    return EffectReport(
        period_from=period_from,
        period_to=period_to,
        project_id=project_id,
        groups=groups,
        comparisons=compare(groups[PROJECT], groups[REFERENCE]),
        targets=targets,
    )
