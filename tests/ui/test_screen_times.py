"""Times on screen are Danish local time whatever the machine's zone (summer and winter)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from desktop.services.sync_status import SyncStatus
from desktop.ui.kit.sync_status import describe_last_sync
from desktop.ui.syncing.sync_page import _when

WINTER = dt.datetime(2026, 1, 15, 9, 5, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 1, 9, 5, tzinfo=dt.UTC)


@pytest.fixture(params=["America/New_York", "UTC"])
def machine_zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_last_sync_is_shown_in_copenhagen_time(qapp, machine_zone):
    for when, shown in ((WINTER, "15.01.2026 kl. 10.05"), (SUMMER, "01.07.2026 kl. 11.05")):
        status = SyncStatus(configured=True, online=True, pending=0, last_sync=when,
                            server="https://trepart.example.dk")
        assert describe_last_sync(status) == f"Senest synkroniseret: {shown}"
        assert _when(when) == shown
