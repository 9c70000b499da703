"""The løntilskud staff ratio (rimelighedskravet): how many people a company may have on wage
subsidy beside its ordinary staff, and the notice when a case would exceed it.

Under 5 employees: 1; 5-50: 1 per 5 ordinary staff; over 50: 1 per 10. Read as one rule without a
drop at 51: the first 50 give their 10, and each full 10 beyond them one more (so 51 employees
still allow 10, 60 allow 11). The subsidy must add staff, not replace them; the notice only
informs the consultant, who decides.
"""

from __future__ import annotations


def loentilskud_allowed(employees: int) -> int:
    """How many people the company may have on løntilskud at once."""
    if employees < 0:
        raise ValueError("employees must not be negative")
    if employees < 5:
        return 1
    if employees <= 50:
        return employees // 5
    return 10 + (employees - 50) // 10


def staff_ratio_notice(employees: int | None, on_subsidy: int) -> str | None:
    """The Danish notice when `on_subsidy` people on løntilskud (counting the case at hand)
    exceed what the company's size allows; None when within it or the size is unknown."""
    if employees is None:
        return None
    allowed = loentilskud_allowed(employees)
    if on_subsidy <= allowed:
        return None
    return (
        f"Løntilskud: en virksomhed med {employees} ansatte må have {allowed} i løntilskud ad"
        f" gangen; med dette forløb bliver det {on_subsidy}. Løntilskud skal give flere ansatte,"
        " ikke erstatte ordinært ansatte."
    )
