"""The main window: navigation (I dag, Forløb, Virksomheder, Borgere, Synkronisering), pages,
the open case and meeting, menus with shortcuts, the status bar, locking and hand-over.

The window routes the pages' requests (open a case, a meeting, an editor); pages never call
each other.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings, Qt

log = logging.getLogger(__name__)

PAGE_TODAY, PAGE_CASES, PAGE_COMPANIES, PAGE_CITIZENS, PAGE_SYNC = range(5)
ROLE_PAGE = Qt.ItemDataRole.UserRole + 1




def ui_settings(data_dir: Any) -> QSettings:
    """Window geometry and column widths only; never personal data."""
    return QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
