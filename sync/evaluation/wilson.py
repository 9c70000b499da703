"""95 % intervals for proportions: the Wilson score interval for one proportion and Newcombe's
hybrid score interval (his method 10) for the difference of two independent proportions.

Project groups are small (tens of citizens): a plain normal-approximation interval would be too
narrow there and could leave [0, 1], so every proportion in the effect report uses these.
References: E. B. Wilson (1927), JASA 22:209-212; R. G. Newcombe (1998), Statistics in Medicine
17:857-872 (single proportion) and 17:873-890 (difference).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054  # the 97.5 % quantile of the standard normal distribution


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float


def wilson(successes: int, n: int, *, z: float = Z95) -> Interval | None:
    """The Wilson score interval for successes out of n; None when n is 0 (nothing to say)."""
    if n <= 0:
        return None
    if not 0 <= successes <= n:
        raise ValueError("successes must lie between 0 and n")
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Exact ends at 0 and n (rounding would otherwise give -1e-17 or 1.0000000000000002).
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return Interval(low, high)


def newcombe_difference(
    successes1: int, n1: int, successes2: int, n2: int, *, z: float = Z95
) -> tuple[float, Interval] | None:
    """p1 - p2 and its hybrid score interval; None when either group is empty."""
    first, second = wilson(successes1, n1, z=z), wilson(successes2, n2, z=z)
    if first is None or second is None:
        return None
    p1, p2 = successes1 / n1, successes2 / n2
    d = p1 - p2
    low = d - math.sqrt((p1 - first.low) ** 2 + (second.high - p2) ** 2)
    high = d + math.sqrt((first.high - p1) ** 2 + (p2 - second.low) ** 2)
    return d, Interval(max(-1.0, low), min(1.0, high))
