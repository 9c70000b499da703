import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.identifiers import (
    cpr_birth_date,
    cpr_century,
    cpr_passes_modulus11,
    cvr_is_valid,
    normalise_cpr,
    validate_cpr,
    validate_cvr,
    validate_p_number,
)
from desktop.domain.problems import Severity
from desktop.services.demo import cpr_for, cvr_for


def codes(problems):
    return [p.code for p in problems]


def test_known_valid_cvr():
    assert cvr_is_valid("13748136")
    assert validate_cvr("13748136") == []


def test_cvr_with_wrong_check_digit_is_rejected_in_danish():
    problems = validate_cvr("13748137")
    assert codes(problems) == ["cvr.checksum"]
    assert "ugyldigt" in problems[0].message


def test_cvr_format():
    assert codes(validate_cvr("1234567")) == ["cvr.format"]
    assert codes(validate_cvr("1234567a")) == ["cvr.format"]


def test_p_number_is_ten_digits_without_check():
    assert validate_p_number("1234567890") == []
    assert codes(validate_p_number("123")) == ["pnumber.format"]


def test_cpr_century_table():
    assert cpr_century(85, 0) == 1985
    assert cpr_century(85, 3) == 1985
    assert cpr_century(10, 4) == 2010
    assert cpr_century(37, 4) == 1937
    assert cpr_century(36, 9) == 2036
    assert cpr_century(57, 5) == 2057
    assert cpr_century(58, 8) == 1858


def test_cpr_with_and_without_hyphen():
    assert cpr_birth_date("0101901234") == dt.date(1990, 1, 1)
    assert cpr_birth_date("010190-1234") == dt.date(1990, 1, 1)
    assert normalise_cpr("0101901234") == "010190-1234"


def test_cpr_with_impossible_date_is_an_error():
    problems = validate_cpr("310290-1234")
    assert codes(problems) == ["cpr.date"]
    assert problems[0].severity is Severity.ERROR


def test_cpr_leap_day_depends_on_century():
    # 29 Feb 2000 exists (7th digit 4, yy=00 -> 2000); 29 Feb 1900 does not (7th digit 0).
    assert cpr_birth_date("290200-4000") == dt.date(2000, 2, 29)
    assert cpr_birth_date("290200-0000") is None


def test_cpr_failing_modulus11_is_accepted_with_a_notice():
    cpr = "010190-1234"
    assert not cpr_passes_modulus11(cpr)
    problems = validate_cpr(cpr)
    assert codes(problems) == ["cpr.modulus11"]
    assert problems[0].severity is Severity.NOTICE
    assert not problems[0].blocking


def test_cpr_format_errors():
    for bad in ("", "0101901", "01019O-1234", "010190--1234", "010190-12345"):
        assert codes(validate_cpr(bad)) == ["cpr.format"], bad


@given(st.dates(min_value=dt.date(1858, 1, 1), max_value=dt.date(2057, 12, 31)), st.randoms())
def test_generated_cpr_round_trips_birth_date(born, rnd):
    # Not every date is expressible (e.g. 1858-1899 needs digit 5-8 with yy >= 58).
    yy = born.year % 100
    expressible = (
        1900 <= born.year <= 1999
        or (2000 <= born.year <= 2057)
        or (1858 <= born.year <= 1899 and yy >= 58)
    )
    if not expressible or born.year < 1900 or born.year > 2036:
        return
    cpr = cpr_for(rnd, born)
    assert cpr_birth_date(cpr) == born
    assert all(not p.blocking for p in validate_cpr(cpr))


@given(st.randoms())
def test_generated_cvr_always_valid(rnd):
    assert cvr_is_valid(cvr_for(rnd))


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_cvr_validity_matches_weighted_sum(digits):
    weighted = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2, 1), strict=True))
    assert cvr_is_valid(digits) == (weighted % 11 == 0 and digits[0] != "0")


@given(st.text(max_size=15))
def test_validate_cpr_never_raises(text):
    for problem in validate_cpr(text):
        assert problem.message
