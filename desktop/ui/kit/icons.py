"""The application's SVG icons from resources/icons."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "icons"




def icons_dir() -> Path:
    override = os.environ.get("TREPART_RESOURCES")
    return Path(override) / "icons" if override else ICONS_DIR


@cache
def icon(name: str) -> QIcon:
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
