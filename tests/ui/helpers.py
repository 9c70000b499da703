"""Small helpers for the UI tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication


def visible(cls: type) -> Any:
    """The visible top-level window of this class, or None."""
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)
