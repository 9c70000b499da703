"""Dates, times and numbers the Danish way, the same on screen and on paper."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import formatting as fmt
from desktop.domain.labels import choice_label, choices, label
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import AGREEMENT, CASE

MONDAY = dt.date(2026, 11, 23)


def test_dates_are_day_first_with_full_stops():
    assert fmt.date(dt.date(2026, 2, 3)) == "03.02.2026"
    assert fmt.date(None) == ""


def test_times_print_with_a_full_stop_and_inputs_with_a_colon():
    at = dt.datetime(2026, 1, 15, 8, 5)
    assert fmt.time(at) == "08.05"
    assert fmt.clock(at) == "08:05"
    assert fmt.clock(dt.time(14, 0)) == "14:00"
    assert fmt.datetime(at) == "15.01.2026 kl. 08.05"
    assert fmt.time(None) == fmt.clock(None) == fmt.datetime(None) == ""


def test_weekday_dates_name_the_day_in_danish_or_in_the_names_given():
    assert fmt.weekday_date(MONDAY) == "mandag 23.11."
    assert fmt.weekday_date(MONDAY + dt.timedelta(days=6)) == "søndag 29.11."
    english = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert fmt.weekday_date(MONDAY + dt.timedelta(days=1), names=english) == "Tuesday 24.11."


@pytest.mark.parametrize(
    ("value", "text"),
    [(7.5, "7,5"), (8.0, "8"), (8, "8"), (2.25, "2,25"), (0, "0"), (37.0, "37"), (None, "")],
)
def test_numbers_use_a_decimal_comma_without_trailing_zeros(value, text):
    assert fmt.number(value) == text


def test_number_rounds_to_the_decimals_asked_for():
    assert fmt.number(7.0, 1) == "7"
    assert fmt.number(7.46, 1) == "7,5"


def test_hours_say_time_or_timer():
    assert fmt.hours(1) == "1 time"
    assert fmt.hours(7.5) == "7,5 timer"
    assert fmt.hours(0) == "0 timer"
    assert fmt.hours(None) == ""


@pytest.mark.parametrize(
    ("text", "value"), [("7,5", 7.5), ("7.5", 7.5), (" 7 ,5 ", 7.5), ("12", 12.0), ("", None)]
)
def test_hours_are_read_with_a_comma_or_a_point(text, value):
    assert fmt.parse_hours(text) == value


@pytest.mark.parametrize("text", ["syv", "7,5,0", "1.234,5"])
def test_hours_that_are_not_a_number_are_refused(text):
    with pytest.raises(ValueError):
        fmt.parse_hours(text)


@given(st.floats(min_value=0, max_value=168, allow_nan=False))
def test_shown_hours_read_back_as_the_same_hours(hours):
    assert fmt.parse_hours(fmt.number(hours)) == pytest.approx(hours, abs=0.005)


@pytest.mark.parametrize(
    "text",
    ["23.11.2026", "23-11-26", "23/11/2026", "231126", "23112026", "2026-11-23", " 23.11.26 "],
)
def test_dates_are_read_as_people_type_them(text):
    assert fmt.parse_date(text) == MONDAY


def test_two_digit_years_are_this_century_up_to_69():
    assert fmt.parse_date("01.01.69") == dt.date(2069, 1, 1)
    assert fmt.parse_date("01.01.70") == dt.date(1970, 1, 1)


@pytest.mark.parametrize("text", ["31.02.2026", "23.11", "i morgen"])
def test_text_that_is_no_date_is_refused(text):
    with pytest.raises(ValueError):
        fmt.parse_date(text)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_shown_dates_read_back_as_the_same_date(day):
    assert fmt.parse_date(fmt.date(day)) == day


def test_times_are_read_with_a_colon_a_point_or_hours_alone():
    assert fmt.parse_time("14:05") == fmt.parse_time("14.05") == dt.time(14, 5)
    assert fmt.parse_time("8") == dt.time(8, 0)
    assert fmt.parse_time(" ") is None
    with pytest.raises(ValueError):
        fmt.parse_time("25:00")
    with pytest.raises(ValueError):
        fmt.parse_time("kvart over")


def test_weekday_keys_accept_names_and_short_forms():
    assert fmt.weekday_key("Mandag") == "man"
    assert fmt.weekday_key("lør") == fmt.weekday_key("lørdag") == "loer"
    assert fmt.weekday_key("søn") == "soen"
    assert fmt.weekday_key("helligdag") == "helligdag"


def test_catalogue_values_as_text():
    assert fmt.field_value(AGREEMENT.field("valid_from"), dt.date(2026, 3, 1)) == "01.03.2026"
    assert fmt.field_value(AGREEMENT.field("hours_per_week"), 7.5) == "7,5 timer"
    assert fmt.field_value(AGREEMENT.field("consent_to_share"), False) == "Nej"
    scheme = CASE.field("scheme")
    assert fmt.field_value(scheme, v.Scheme.FLEKSJOB.value) == v.Scheme.FLEKSJOB.label
    assert fmt.field_value(scheme, None) == fmt.field_value(scheme, "") == ""


def test_labels_come_from_the_vocabulary_and_unknown_codes_show_as_they_are():
    assert label(v.Scheme, v.Scheme.FLEKSJOB.value) == v.Scheme.FLEKSJOB.label
    assert label(v.Scheme, "gammel_ordning") == "gammel_ordning"
    assert label(v.Scheme, None) == ""
    assert choices(v.Scheme)[0] == (list(v.Scheme)[0].value, list(v.Scheme)[0].label)
    assert choice_label(CASE.field("scheme"), "gammel_ordning") == "gammel_ordning"
