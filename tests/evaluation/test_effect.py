"""The effect report's figures on a synthetic set with known outcomes: exact, worked by hand.

Period 2025. Project group: P1-P4 (P3 has no group; P5 ended in 2024 and is out). Reference: R1-R3.
Follow-up weeks (from job start, whole weeks to 31.12.2025; a check speaks for 91 days):
- P1, job 03.03: 43 weeks. Checks day 92 (same job) and day 184 (same job). Weeks 0-12 before
  any check: unknown (13); weeks 13-38 in work (26); weeks 39-42 more than 91 days after the
  last check: unknown (4).
- P2, job 01.04: 39 weeks. Check day 100 unemployed: weeks 0-13 unknown (14), 14-26 not
  self-supporting (13), 27-38 unknown (12).
- R1, job 01.03: 43 weeks. Check day 92 other job: weeks 0-12 unknown, 13-25 self-supporting
  (13); then the check of day 198 has no job status: everything else unknown (30).
"""

import datetime as dt

import pytest

from sync.evaluation import effect as e
from sync.evaluation.wilson import newcombe_difference
from tests.evaluation import synthetic as s

FROM, TO = (dt.date.fromisoformat(d) for d in s.PERIOD)


def data():
    return e.EffectData.of(
        cases=s.CASES, retention_checks=s.CHECKS, questionnaires=s.QUESTIONNAIRES,
        scheme_applications=s.APPLICATIONS, projects=s.PROJECTS,
    )


@pytest.fixture(scope="module")
def report():
    return e.effect_report(data(), period_from=FROM, period_to=TO)


def test_cases_started_ended_and_outcomes(report):
    p, r = report.groups["projekt"], report.groups["reference"]
    assert (p.cases, p.started, p.ended) == (4, 3, 3)
    assert p.outcomes == {"ansat": 2, "fortsat_ledig": 1}
    assert (r.cases, r.started, r.ended) == (3, 3, 2)
    assert r.outcomes == {"ansat": 1, "ukendt": 1}
    assert p.employed_at_end == e.Proportion(2, 3, 0)
    # The unknown outcome is in the denominator, never a success.
    assert r.employed_at_end == e.Proportion(1, 2, 1)


def test_retention_at_3_6_12_months(report):
    p, r = report.groups["projekt"], report.groups["reference"]
    assert p.retained[3] == e.Proportion(1, 2, 0)  # P1 same job, P2 unemployed
    assert p.retained[6] == e.Proportion(1, 2, 1)  # P2: no check within 31 days: unknown
    assert p.retained[12] == e.Proportion(0, 0, 0)  # not reached inside the period
    assert r.retained[3] == e.Proportion(1, 1, 0)
    assert r.retained[6] == e.Proportion(0, 1, 1)  # a check without job status


def test_degree_of_self_support(report):
    p, r = report.groups["projekt"].self_support, report.groups["reference"].self_support
    assert (p.cases, p.weeks, p.self_supporting_weeks, p.unknown_weeks) == (2, 82, 26, 43)
    assert p.degree == 26 / 82
    assert p.mostly == e.Proportion(1, 2)  # P1: 26 of 43 weeks
    assert (r.cases, r.weeks, r.self_supporting_weeks, r.unknown_weeks) == (1, 43, 13, 30)
    assert r.mostly == e.Proportion(0, 1)


def test_hours_per_week_over_time(report):
    assert report.groups["projekt"].hours == [e.HoursPoint(3, 10.0, 2), e.HoursPoint(6, 25.0, 1)]
    assert report.groups["reference"].hours == [e.HoursPoint(3, 15.0, 1)]


def test_questionnaire_change_leaves_half_filled_out(report):
    q = report.groups["projekt"].questionnaire
    assert (q.pairs, q.incomplete, q.unpaired) == (2, 1, 1)
    assert q.start_mean == {
        "wellbeing": 1.5, "confidence": 2.0, "hours_managed": 2.5, "own_assessment": 3.0
    }
    assert q.end_mean == {
        "wellbeing": 3.5, "confidence": 2.5, "hours_managed": 4.0, "own_assessment": 4.5
    }
    assert q.mean_change == {
        "wellbeing": 2.0, "confidence": 0.5, "hours_managed": 1.5, "own_assessment": 1.5
    }
    assert report.groups["reference"].questionnaire.pairs == 0


def test_days_in_the_fast_track(report):
    f = report.groups["projekt"].fast_track
    assert (f.decided, f.pending, f.invalid) == (2, 1, 1)
    assert (f.mean_days, f.median_days) == (27.0, 27.0)
    assert report.groups["reference"].fast_track.decided == 0


def test_project_against_reference_with_newcombe_interval(report):
    rows = {c.key: c for c in report.comparisons}
    employed = rows["employed_at_end"]
    assert employed.difference == pytest.approx(2 / 3 - 1 / 2)
    assert employed.interval == newcombe_difference(2, 3, 1, 2)[1]
    assert rows["retained_12"].difference is None  # nobody reached 12 months yet
    low, high = employed.project.interval.low, employed.project.interval.high
    assert (round(low, 4), round(high, 4)) == (0.2077, 0.9385)  # Wilson 2/3


def test_project_targets(report):
    [t] = report.targets
    assert (t.enrolled, t.target_enrolled) == (5, 10)  # P1-P5: everyone enrolled by 31.12.
    assert (t.into_jobs, t.target_jobs) == (3, 4)  # P1, P2 job start; P5 ended employed
    assert t.retained_6m == e.Proportion(1, 2, 1)
    assert t.target_retained_6m == 70.0


def test_one_project_only_and_an_unknown_project():
    one = e.effect_report(data(), period_from=FROM, period_to=TO, project_id=s.PROJECT_ID)
    assert one.groups["projekt"].cases == 4
    other = e.effect_report(data(), period_from=FROM, period_to=TO, project_id="nope")
    assert other.empty and other.targets == []


def test_dates_out_of_order_are_refused_in_danish():
    with pytest.raises(e.PeriodError, match="slutdato ligger før startdatoen"):
        e.effect_report(data(), period_from=TO, period_to=FROM)


def test_a_period_with_no_cases_says_so():
    empty = e.effect_report(
        data(), period_from=dt.date(2020, 1, 1), period_to=dt.date(2020, 12, 31)
    )
    assert empty.empty
    assert empty.empty_message == (
        "Der er ingen forløb i perioden 01.01.2020–31.12.2020 med de valgte afgrænsninger."
    )
    assert empty.groups["projekt"].retained[3] == e.Proportion(0, 0)


def test_unknown_never_counts_as_success():
    """Only unknown statuses: every proportion has successes 0, however many cases."""
    cases = [
        {"id": f"c{i}", "group": "projekt", "start_date": "2025-01-01",
         "end_date": "2025-02-01", "job_start_date": "2025-01-01"}
        for i in range(20)
    ]
    checks = [
        {"case_id": f"c{i}", "checked_on": day, "job_status": None, "hours_per_week": 30}
        for i in range(20) for day in ("2025-04-01", "2025-07-01")
    ]
    r = e.effect_report(
        e.EffectData.of(cases=cases, retention_checks=checks),
        period_from=dt.date(2025, 1, 1), period_to=dt.date(2025, 12, 31),
    )
    g = r.groups["projekt"]
    assert g.employed_at_end == e.Proportion(0, 20, 20)
    assert g.retained[3] == e.Proportion(0, 20, 20)
    assert g.retained[6] == e.Proportion(0, 20, 20)
    assert g.self_support.self_supporting_weeks == 0
    assert g.self_support.unknown_weeks == g.self_support.weeks == 20 * 52


def test_add_months_clamps_to_the_month_end():
    assert e.add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert e.add_months(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)
    assert e.add_months(dt.date(2024, 8, 31), 6) == dt.date(2025, 2, 28)
    assert e.add_months(dt.date(2023, 8, 31), 6) == dt.date(2024, 2, 29)


def test_months_after_job_start():
    start = dt.date(2025, 1, 31)
    assert e.months_after(start, dt.date(2025, 1, 31)) == 0
    assert e.months_after(start, dt.date(2025, 2, 28)) == 0
    assert e.months_after(start, dt.date(2025, 3, 31)) == 2
    assert e.months_after(dt.date(2025, 3, 3), dt.date(2026, 3, 3)) == 12


def test_days_from_screening_to_first_company_contact_and_to_job_start():
    """Issue 13, item 1: the time from the screening at first contact to the first company
    contact (the earliest meeting, or an earlier contact on the citizen's own list) and to the
    job start. A date before the screening is left out and counted, never a negative number."""
    cases = [
        {"id": "A", "group": "projekt", "start_date": "2025-01-01", "screening_id": "sA",
         "job_start_date": "2025-03-02",
         "wishes": [{"company_id": "", "work": "Lager", "dream": True, "status": "kontaktet",
                     "status_date": "2025-01-11", "note": ""}]},
        {"id": "B", "group": "projekt", "start_date": "2025-01-01", "screening_id": "sB",
         "job_start_date": "2024-12-20"},  # job start before the screening: left out
        {"id": "C", "group": "projekt", "start_date": "2025-01-01", "screening_id": "sC"},
        {"id": "D", "group": "projekt", "start_date": "2025-01-01"},  # not screened
    ]
    screenings = [{"id": "sA", "screened_at": "2025-01-01T09:00:00+00:00"},
                  {"id": "sB", "screened_at": "2025-01-01T09:00:00+00:00"},
                  {"id": "sC", "screened_at": "2025-02-01T09:00:00+00:00"}]
    # A met first on 20.01, but its own list says contacted 11.01: 10 days. B met on 31.01:
    # 30 days. C met on 11.02: 10 days. D's meeting is no screening's.
    first_meetings = {"A": "2025-01-20T10:00:00+00:00", "B": "2025-01-31T10:00:00+00:00",
                      "C": dt.datetime(2025, 2, 11, 10, tzinfo=dt.UTC), "D": "2025-01-02"}
    data = e.EffectData.of(cases=cases, screenings=screenings, first_meetings=first_meetings)
    report = e.effect_report(data, period_from=FROM, period_to=TO)
    sc = report.groups["projekt"].screening
    assert (sc.screened, sc.to_contact, sc.median_days_to_contact) == (3, 3, 10.0)
    assert (sc.to_job, sc.median_days_to_job, sc.before_screening) == (1, 60.0, 1)
    assert report.groups["reference"].screening.screened == 0
