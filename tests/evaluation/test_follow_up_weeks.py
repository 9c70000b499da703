"""The per-check count of follow-up weeks equals the plain week-by-week definition."""

from __future__ import annotations

import bisect
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.evaluation import effect as e

START = dt.date(2025, 3, 3)


def week_by_week(case: e.CaseFacts, checks: list[e.CheckFacts], period_to: dt.date):
    weeks = min(e.FOLLOW_UP_WEEKS, ((period_to - case.job_start).days + 1) // 7)
    after = [c for c in checks if c.on >= case.job_start]
    days = [c.on for c in after]
    good = unknown = 0
    for k in range(weeks):
        week_end = case.job_start + dt.timedelta(days=7 * k + 6)
        i = bisect.bisect_right(days, week_end) - 1
        stale = i < 0 or (week_end - days[i]).days > e.CARRY_FORWARD_DAYS
        if stale or after[i].job_status is None:
            unknown += 1
        elif after[i].self_supporting:
            good += 1
    return weeks, good, unknown


checks_strategy = st.lists(
    st.tuples(
        st.integers(min_value=-30, max_value=420),
        st.sampled_from(("samme_job", "ledig", "uddannelse", "smaajob", None)),
        st.sampled_from((None, True, False)),
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(checks_strategy, st.integers(min_value=0, max_value=500))
def test_same_as_week_by_week(raw, period_days):
    case = e.CaseFacts("c", "projekt", None, START, None, None, START)
    checks = sorted(
        (e.CheckFacts("c", START + dt.timedelta(days=d), status, None, benefits)
         for d, status, benefits in raw),
        key=lambda c: c.on,
    )
    period_to = START + dt.timedelta(days=period_days)
    assert e.follow_up_weeks(case, checks, period_to) == week_by_week(case, checks, period_to)
