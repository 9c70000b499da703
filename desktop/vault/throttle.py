"""Growing delay after wrong passwords.

The delay only slows guessing through the app; anyone who can copy vault.json can attack it
offline, which is what Argon2id's cost is for. So the counter is recorded after a failed
attempt rather than pessimistically before it, and nothing is ever wiped.
"""

from __future__ import annotations

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300.0
# 2**9 = 512 > 300, so larger exponents change nothing; capping avoids huge ints.
_MAX_EXPONENT = 9


def delay_after(failed_attempts: int) -> float:
    """Seconds to wait after the last failure before another attempt is allowed."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0.0
    exponent = min(failed_attempts - FREE_ATTEMPTS, _MAX_EXPONENT)
    return min(float(2**exponent), MAX_DELAY_SECONDS)


def seconds_left(*, failed_attempts: int, last_failed_at: float | None, now: float) -> float:
    """How long the caller must still wait; 0 when an attempt is allowed now.

    Never more than the full delay, so a clock set back (or a last_failed_at in the future)
    cannot lock the user out for longer than the schedule says.
    """
    delay = delay_after(failed_attempts)
    if delay == 0.0 or last_failed_at is None:
        return 0.0
    return min(delay, max(0.0, last_failed_at + delay - now))
