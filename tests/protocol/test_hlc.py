from hypothesis import given
from hypothesis import strategies as st

from sync.protocol.hlc import HLC, HybridClock


class FakeWall:
    def __init__(self, t=1000.0):
        self.t = t

    def __call__(self):
        return self.t


def test_now_is_monotonic_even_when_wall_clock_goes_back():
    wall = FakeWall(1000.0)
    clock = HybridClock("a", wall=wall)
    first = clock.now()
    wall.t = 900.0
    second = clock.now()
    assert second > first


def test_observe_orders_after_remote():
    clock = HybridClock("a", wall=FakeWall(1000.0))
    remote = HLC(5_000_000, 7, "b")
    assert clock.observe(remote) > remote
    assert clock.now() > remote


def test_text_form_sorts_like_the_clock():
    a, b = HLC(5, 1, "x"), HLC(40, 0, "a")
    assert (str(a) < str(b)) == (a < b)
    assert HLC.parse(str(a)) == a


@given(
    st.lists(
        st.tuples(
            st.integers(0, 10**13), st.integers(0, 65535), st.sampled_from(["a", "b", "node7"])
        ),
        min_size=2,
        max_size=20,
    )
)
def test_string_order_equals_tuple_order(stamps):
    clocks = [HLC(*s) for s in stamps]
    assert sorted(clocks) == sorted(clocks, key=str)


@given(st.lists(st.one_of(st.just("now"), st.integers(0, 10**12)), max_size=50))
def test_stamps_strictly_increase(events):
    clock = HybridClock("a", wall=FakeWall(1000.0))
    last = clock.now()
    for ev in events:
        stamp = clock.now() if ev == "now" else clock.observe(HLC(ev, 0, "b"))
        assert stamp > last
        last = stamp
