"""Issue 16: the progress line's words and the time-left estimate (desktop.services.sync)."""

from __future__ import annotations

from desktop.services.sync import PullEstimate, progress_text
from sync.client import SyncProgress


def test_the_progress_line():
    assert progress_text(SyncProgress("push", 3, 40)) == "Sender 3 af 40"
    assert progress_text(SyncProgress("push", 3, None)) == "Sender 3"
    # A server that does not count (older): how many so far.
    assert progress_text(SyncProgress("pull", 48000, None)) == "Henter 48.000 poster"
    assert progress_text(SyncProgress("pull", 1, None)) == "Henter 1 post"
    pull = SyncProgress("pull", 48000, 240000, approximate=True)
    assert progress_text(pull) == "Henter 48.000 af ca. 240.000 poster"
    assert progress_text(SyncProgress("pull", 5, 7)) == "Henter 5 af 7 poster"
    assert progress_text(pull, 18.2) == "Henter 48.000 af ca. 240.000 poster – ca. 20 s tilbage"
    assert progress_text(pull, 1.0).endswith("– ca. 5 s tilbage")
    assert progress_text(pull, 130).endswith("– ca. 2 min tilbage")
    assert progress_text(pull, 3600 * 1.5).endswith("– ca. 90 min tilbage")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _feed(estimate: PullEstimate, clock: Clock, steps: list[tuple[float, int]],
          total: int | None) -> list[float | None]:
    out = []
    for dt, done in steps:
        clock.now += dt
        out.append(estimate.update(SyncProgress("pull", done, total, approximate=True)))
    return out


def test_the_estimate_waits_for_a_few_pages_then_follows_the_rate():
    clock = Clock()
    estimate = PullEstimate(clock)
    # 1,000 records a second, pages of 1,000, 100,000 in all.
    got = _feed(estimate, clock, [(1.0, 1000 * i) for i in range(1, 11)], 100_000)
    assert got[:3] == [None, None, None]  # too early: the first pages say little
    assert got[3] is not None
    assert abs(got[-1] - 90.0) < 1.0  # (100,000 - 10,000) / 1,000 a second


def test_the_estimate_does_not_jump_on_one_slow_or_one_quick_page():
    clock = Clock()
    estimate = PullEstimate(clock)
    steps = [(1.0, 1000 * i) for i in range(1, 11)]
    before = _feed(estimate, clock, steps, 100_000)[-1]
    assert before is not None
    slow = _feed(estimate, clock, [(10.0, 11_000)], 100_000)[0]  # one page ten times slower
    assert slow is not None and slow <= (before - 10.0) * 1.3 + 2.0 + 1e-9
    # Back at speed, it settles again near the truth instead of swinging.
    shown = _feed(estimate, clock, [(1.0, 11_000 + 1000 * i) for i in range(1, 30)], 100_000)
    assert all(s is not None for s in shown)
    truth = (100_000 - 40_000) / 1000
    assert abs(shown[-1] - truth) < 0.15 * truth
    for a, b in zip(shown, shown[1:], strict=False):
        assert b <= (a - 1.0) * 1.3 + 2.0 + 1e-9 and b >= (a - 1.0) * 0.7 - 2.0 - 1e-9


def test_no_estimate_without_a_total_or_in_a_push():
    clock = Clock()
    estimate = PullEstimate(clock)
    assert _feed(estimate, clock, [(1.0, 1000 * i) for i in range(1, 8)], None) == [None] * 7
    clock.now += 1
    assert estimate.update(SyncProgress("push", 3, 40)) is None


def test_pages_fetched_ahead_arrive_in_bursts_and_the_estimate_follows_the_true_rate():
    """With the next page fetched while one is applied, progress comes in pairs: one page after
    a long wait, the next a moment later. Averaging per-page rates would take the burst's rate
    (2,000 records/s here) for the truth (about 143)."""
    clock = Clock()
    estimate = PullEstimate(clock)
    steps, done = [], 0
    for i in range(40):
        done += 100
        steps.append((0.05 if i % 2 else 1.35, done))
    shown = _feed(estimate, clock, steps, 10_000)
    truth = (10_000 - done) / (100 / 0.7)
    assert shown[-1] is not None and abs(shown[-1] - truth) < 0.15 * truth


def test_the_shown_figure_moves_at_most_a_fifth_a_second_whatever_the_pages_say():
    clock = Clock()
    estimate = PullEstimate(clock)
    shown = _feed(estimate, clock, [(1.0, 1000 * i) for i in range(1, 11)], 100_000)
    last = shown[-1]
    assert last is not None
    # Ten quick updates in half a second at ten times the rate: the figure may fall only so far.
    quick = _feed(estimate, clock, [(0.05, 10_000 + 1000 * i) for i in range(1, 11)], 100_000)
    assert quick[-1] is not None
    assert quick[-1] >= (last - 0.5) - (1.0 + 0.2 * last) * 0.5 - 1e-6
