"""The sync's progress line in the UI's language: "Henter 48.000 af ca. 240.000 poster – ca. 20 s
tilbage". The same words as desktop.services.sync.progress_text (the Danish reference, a test
holds them together); numbers grouped the way the UI language writes them (QLocale's default,
set with the language)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale


def _number(n: int) -> str:
    return QLocale().toString(n)


def time_left_line(seconds: float) -> str:
    if seconds < 57.5:
        text = QCoreApplication.translate("SyncProgress", "ca. %1 s tilbage")
        return text.replace("%1", str(max(5, 5 * math.ceil(seconds / 5))))
    text = QCoreApplication.translate("SyncProgress", "ca. %1 min tilbage")
    return text.replace("%1", str(max(1, round(seconds / 60))))


def progress_line(p: Any, seconds_left: float | None = None) -> str:
    """`p`: a sync.client.SyncProgress; `seconds_left`: desktop.services.sync.PullEstimate's."""
    if p.phase == "push":
        if p.total:
            text = QCoreApplication.translate("SyncProgress", "Sender %1 af %2")
            return text.replace("%1", str(p.done)).replace("%2", str(p.total))
        return QCoreApplication.translate("SyncProgress", "Sender %1").replace("%1", str(p.done))
    if p.total is None:
        text = QCoreApplication.translate("SyncProgress", "Henter %1 post(er)", "", p.done)
        return text.replace("%1", _number(p.done))
    if p.approximate:
        text = QCoreApplication.translate(
            "SyncProgress", "Henter %1 af ca. %2 post(er)", "", p.total)
    else:
        text = QCoreApplication.translate("SyncProgress", "Henter %1 af %2 post(er)", "", p.total)
    line = text.replace("%1", _number(p.done)).replace("%2", _number(p.total))
    if seconds_left is not None:
        line += " – " + time_left_line(seconds_left)
    return line
