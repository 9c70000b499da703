"""The intervals against published values: Newcombe (1998), Statistics in Medicine 17:857-872,
Table I (Wilson score, method 3) and 17:873-890, Table II (hybrid score, method 10)."""

import pytest

from sync.evaluation.wilson import newcombe_difference, wilson


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [(81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611),
     (1, 29, 0.0061, 0.1718)],
)
def test_wilson_matches_newcombe_table(successes, n, low, high):
    interval = wilson(successes, n)
    assert round(interval.low, 4) == low
    assert round(interval.high, 4) == high


@pytest.mark.parametrize(
    ("a", "m", "b", "n", "low", "high"),
    [
        (56, 70, 48, 80, 0.0524, 0.3339),
        (9, 10, 3, 10, 0.1705, 0.8090),
        (6, 7, 2, 7, 0.0582, 0.8062),
        (5, 56, 0, 29, -0.0381, 0.1926),
        (0, 10, 0, 20, -0.1611, 0.2775),
        (0, 10, 0, 10, -0.2775, 0.2775),
        (10, 10, 0, 20, 0.6791, 1.0),
        (10, 10, 0, 10, 0.6075, 1.0),
    ],
)
def test_difference_matches_newcombe_table(a, m, b, n, low, high):
    difference, interval = newcombe_difference(a, m, b, n)
    assert difference == pytest.approx(a / m - b / n)
    assert round(interval.low, 4) == low
    assert round(interval.high, 4) == high


def test_all_or_nothing_ends_exactly_at_the_bounds():
    assert wilson(0, 5).low == 0.0
    assert wilson(5, 5).high == 1.0


def test_no_cases_gives_no_interval():
    assert wilson(0, 0) is None
    assert newcombe_difference(1, 2, 0, 0) is None


def test_impossible_counts_are_refused():
    with pytest.raises(ValueError):
        wilson(3, 2)
