"""observe() with an equal or lower wall clock: the next stamp still sorts above all it has seen."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sync.protocol.hlc import HLC, HybridClock


class FakeWall:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


WALL_MS = 1_000_000


def _clock_at(last: HLC) -> HybridClock:
    clock = HybridClock("a", wall=FakeWall(WALL_MS / 1000))
    clock.reset_to(last)
    return clock


def test_equal_wall_clock_and_a_higher_remote_counter():
    clock = _clock_at(HLC(WALL_MS, 3, "a"))
    remote = HLC(WALL_MS, 9, "z")
    stamp = clock.observe(remote)
    assert stamp > remote and stamp > HLC(WALL_MS, 3, "a")
    assert clock.now() > remote


def test_equal_wall_clock_and_a_higher_local_counter():
    local = HLC(WALL_MS, 9, "a")
    clock = _clock_at(local)
    remote = HLC(WALL_MS, 3, "z")
    stamp = clock.observe(remote)
    assert stamp > local and stamp > remote


def test_remote_behind_our_wall_clock_and_our_last_stamp():
    # Our physical clock is behind our own last stamp; the remote stamp is older still.
    local = HLC(WALL_MS + 50, 4, "a")
    clock = _clock_at(local)
    remote = HLC(WALL_MS - 10, 60, "z")
    stamp = clock.observe(remote)
    assert stamp > local and stamp > remote


def test_remote_ahead_of_everything_with_a_low_counter():
    clock = _clock_at(HLC(WALL_MS, 40, "a"))
    remote = HLC(WALL_MS + 7, 2, "z")
    stamp = clock.observe(remote)
    assert stamp > remote


stamps = st.builds(
    HLC,
    st.integers(WALL_MS - 3, WALL_MS + 3),  # a narrow range, so equal walls are common
    st.integers(0, 1000),
    st.sampled_from(["a", "b", "z"]),
)
events = st.lists(
    st.one_of(st.just("now"), stamps, st.floats(WALL_MS / 1000 - 0.004, WALL_MS / 1000 + 0.004)),
    max_size=40,
)


@given(events)
def test_every_stamp_is_above_every_stamp_seen_or_made(steps):
    wall = FakeWall(WALL_MS / 1000)
    clock = HybridClock("a", wall=wall)
    highest = clock.now()
    for step in steps:
        if isinstance(step, float):
            wall.t = step  # the wall clock moves, also backwards
            continue
        stamp = clock.now() if step == "now" else clock.observe(step)
        assert stamp > highest
        highest = max(highest, stamp, step if isinstance(step, HLC) else stamp)
        assert clock.now() > highest
        highest = clock.last
