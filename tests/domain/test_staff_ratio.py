"""The løntilskud staff ratio: under 5 employees 1, 5-50 one per 5, over 50 one per 10."""

from __future__ import annotations

import pytest

from desktop.domain.staff_ratio import loentilskud_allowed, staff_ratio_notice


@pytest.mark.parametrize(
    ("employees", "allowed"),
    [(0, 1), (4, 1), (5, 1), (6, 1), (9, 1), (10, 2), (49, 9), (50, 10), (51, 10), (60, 11),
     (100, 15)],
)
def test_allowed_by_size(employees: int, allowed: int) -> None:
    assert loentilskud_allowed(employees) == allowed


@pytest.mark.parametrize(
    ("employees", "within", "over"),
    [(4, 1, 2), (5, 1, 2), (6, 1, 2), (50, 10, 11), (51, 10, 11)],
)
def test_notice_only_when_a_case_would_exceed(employees: int, within: int, over: int) -> None:
    assert staff_ratio_notice(employees, within) is None
    notice = staff_ratio_notice(employees, over)
    assert notice is not None
    assert f"{employees} ansatte må have {within} i løntilskud" in notice
    assert f"bliver det {over}" in notice


def test_no_notice_when_the_size_is_unknown() -> None:
    assert staff_ratio_notice(None, 5) is None


def test_negative_size_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        loentilskud_allowed(-1)
