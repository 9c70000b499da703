"""Times on screen and on paper are Danish local time whatever zone the machine runs in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import time

import pytest
from pypdf import PdfReader

from desktop.domain import formatting as fmt

WINTER = dt.datetime(2026, 1, 15, 9, 5, tzinfo=dt.UTC)  # CET, UTC+1
SUMMER = dt.datetime(2026, 7, 1, 9, 5, tzinfo=dt.UTC)  # CEST, UTC+2


@pytest.fixture(params=["America/New_York", "UTC", "Asia/Tokyo"])
def machine_zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_winter_and_summer_times_are_copenhagen_time(machine_zone):
    # The machine's own zone would say something else: the test cannot pass by accident.
    assert WINTER.astimezone().strftime("%H.%M") != "10.05"
    assert SUMMER.astimezone().strftime("%H.%M") != "11.05"
    assert fmt.datetime(WINTER) == "15.01.2026 kl. 10.05"
    assert fmt.datetime(SUMMER) == "01.07.2026 kl. 11.05"
    # The same instant written in another zone prints the same Danish time.
    tokyo = SUMMER.astimezone(dt.timezone(dt.timedelta(hours=9)))
    assert fmt.datetime(tokyo) == "01.07.2026 kl. 11.05"


def test_the_date_is_the_danish_date_near_midnight(machine_zone):
    late = dt.datetime(2026, 3, 31, 22, 30, tzinfo=dt.UTC)  # 00.30 on 1 April in Copenhagen
    assert fmt.date(late) == "01.04.2026"
    assert fmt.time(late) == "00.30"


def test_naive_values_are_taken_as_local_already(machine_zone):
    assert fmt.datetime(dt.datetime(2026, 1, 15, 8, 0)) == "15.01.2026 kl. 08.00"
    assert fmt.date(dt.date(2026, 2, 3)) == "03.02.2026"


def test_input_times_and_weekday_dates_are_copenhagen_time_too(machine_zone):
    assert fmt.clock(SUMMER) == "11:05"  # the time inputs' own notation
    late = dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC)  # Monday 00.30 in Copenhagen
    assert fmt.weekday_date(late) == "mandag 23.11."


def test_signatures_print_in_copenhagen_time(machine_zone):
    from desktop.documents import CopyFor, examples, render_agreement

    document = examples.agreement_document()
    summer = [s.replace(signed_at=SUMMER) for s in document.signatures]
    pdf = render_agreement(
        dataclasses.replace(document, signatures=summer), examples.organisation(), CopyFor.COMPANY
    )
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Underskrevet 01.07.2026 kl. 11.05" in text
