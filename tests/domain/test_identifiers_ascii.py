"""CPR and CVR take the ASCII digits 0-9 only; anything else is a reason, never an exception."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.identifiers import validate_cpr, validate_cvr, validate_p_number
from desktop.domain.problems import Severity, ValidationError
from desktop.domain.records import Company
from desktop.domain.validation import validate
from desktop.services import people
from desktop.services.access import Viewer
from sync.protocol.ids import uuid7

CONSULTANT = Viewer(username="test.konsulent", role="consultant", team="Team Test")
FULL_WIDTH = str.maketrans(string.digits, "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans(string.digits, "٠١٢٣٤٥٦٧٨٩")
VALID_CPR = "070761-4285"  # passes modulus 11
VALID_CVR = "13748136"


def blocking(problems):
    return [p for p in problems if p.severity is Severity.ERROR]


@pytest.mark.parametrize("table", [FULL_WIDTH, ARABIC_INDIC], ids=["full-width", "arabic-indic"])
def test_unicode_digits_are_refused_with_a_danish_reason(table):
    assert validate_cpr(VALID_CPR) == [] and validate_cvr(VALID_CVR) == []
    cpr = validate_cpr(VALID_CPR.translate(table))
    cvr = validate_cvr(VALID_CVR.translate(table))
    assert [p.code for p in cpr] == ["cpr.digits"] and blocking(cpr)
    assert [p.code for p in cvr] == ["cvr.digits"] and blocking(cvr)
    assert "0-9" in cpr[0].message and "0-9" in cvr[0].message


def test_a_superscript_digit_is_a_problem_not_an_exception():
    assert [p.code for p in validate_cvr("1234567²")] == ["cvr.digits"]
    assert [p.code for p in validate_cpr("070761-428²")] == ["cpr.digits"]
    assert [p.code for p in validate_p_number("123456789²")] == ["pnumber.format"]


def test_save_company_with_a_superscript_cvr_is_a_validation_problem():
    company = Company(id=uuid7(), name="Bageriet Kornet ApS", cvr="1234567²")
    assert [p.code for p in validate(company)] == ["cvr.digits"]
    with pytest.raises(ValidationError) as info:
        # Refused before the store is touched: no store is needed to see it.
        people.save_company(None, viewer=CONSULTANT, company=company)  # type: ignore[arg-type]
    assert info.value.problems[0].field == "cvr"


@given(st.text())
def test_validate_cpr_never_raises_and_accepts_only_ascii_digits(text):
    problems = validate_cpr(text)
    if not blocking(problems):
        assert all(c in string.digits + "-" for c in text.strip())


@given(st.text())
def test_validate_cvr_never_raises_and_accepts_only_ascii_digits(text):
    problems = validate_cvr(text)
    if not blocking(problems):
        assert text.strip().isascii() and text.strip().isdigit() and len(text.strip()) == 8


@given(st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=8, max_size=11))
def test_any_unicode_digit_string_is_only_accepted_when_it_is_ascii(text):
    for problems in (validate_cpr(text), validate_cvr(text)):
        if not blocking(problems):
            assert text.isascii()
