"""The stamp check a device runs on pulled clocks accepts exactly what HLC.parse accepts, and
the newest of a page's stamps is the newest clock, as parsing every one would find it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.protocol.hlc import HLC, MAX_COUNTER, latest, valid


def _parses(text: Any) -> bool:
    try:
        HLC.parse(text)
    except (TypeError, ValueError):
        return False
    return True


TABLE: list[Any] = [
    str(HLC(1_796_223_332_588, 0, "75a7fb5e76bc")), str(HLC(0, 0, "0")),
    str(HLC(10**15 - 1, MAX_COUNTER, "n")), str(HLC(10**15, 0, "n")), str(HLC(10**16, 3, "n")),
    "001796223332588:65535:n", "001796223332588:65536:n", "001796223332588:99999:n",
    "001796223332588:00000:", "001796223332588:00000:a:b", "001796223332588:00000:\x00",
    "001796223332588:00000:\n", "1:2:n", "-1:0:n", "1:-1:n", "+1:0:n", " 1:0:n", "1_0:0:n",
    "٣:0:n", "00179622333258٣:00000:n", "001796223332588:0000٣:n", "x:0:n", "1:0", "", ":::",
    "001796223332588:00000:n\n", "0017962233325880:00000:n", None, 5, b"1:0:n", ["1:0:n"],
]


@pytest.mark.parametrize("text", TABLE)
def test_valid_on_the_table(text: Any) -> None:
    assert valid(text) == _parses(text)


STAMPISH = st.from_regex(r"[-+ 0-9٣_]{0,17}:[-+ 0-9٣]{0,6}:.{0,4}", fullmatch=True)


@settings(max_examples=800, deadline=None)
@given(STAMPISH | st.text(max_size=30) | st.builds(
    lambda w, c, n: str(HLC(w, c, n)),
    st.integers(0, 10**16), st.integers(0, MAX_COUNTER + 2), st.text(min_size=1, max_size=5),
))
def test_valid_is_what_parse_accepts(text: str) -> None:
    assert valid(text) == _parses(text)


STAMPS = st.builds(
    lambda w, c, n: str(HLC(w, c, n)),
    st.integers(0, 10**16), st.integers(0, MAX_COUNTER), st.text("ab:|é", min_size=1, max_size=3),
) | st.sampled_from(["+5:1:a", " 7:0:b", "1_000:0:c", "00000000000000٣:00000:d"])


@settings(max_examples=500, deadline=None)
@given(st.lists(STAMPS, max_size=12))
def test_latest_is_the_greatest_parsed_clock(stamps: list[str]) -> None:
    expected = max((HLC.parse(s) for s in stamps), default=None)
    assert latest(stamps) == expected
