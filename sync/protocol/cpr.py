"""The birth date inside a CPR number: one rule for the app's validation and the server's
pseudonymised report export (which needs only the birth year)."""

from __future__ import annotations

import datetime as dt
import re

# ASCII digits only: \d alone also matches Arabic-Indic, full-width and other Unicode digits.
CPR_RE = re.compile(r"^(\d{2})(\d{2})(\d{2})-?(\d{4})$", re.ASCII)


def cpr_century(yy: int, digit7: int) -> int:
    """The full birth year from the two-digit year and the 7th digit (CPR office's table)."""
    if digit7 <= 3:
        return 1900 + yy
    if digit7 in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    # 5-8
    return 2000 + yy if yy <= 57 else 1800 + yy


def cpr_birth_date(text: str) -> dt.date | None:
    m = CPR_RE.match(text.strip())
    if not m:
        return None
    dd, mm, yy, serial = m.groups()
    year = cpr_century(int(yy), int(serial[0]))
    try:
        return dt.date(year, int(mm), int(dd))
    except ValueError:
        return None
