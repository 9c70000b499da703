"""The Unicode font every document is set in, shipped in resources/fonts and embedded (subset).

reportlab's built-in Helvetica has no glyphs beyond Latin-1 and extracts badly; DejaVu Sans covers
æ, ø, å and the other Latin letters in Danish and immigrant names (ğ, ł, ő, ş, ...) and carries a
ToUnicode map, so text copied or extracted from the PDF is exactly what was printed.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "TrepartSans"
BOLD = "TrepartSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def fonts_dir() -> Path:
    """resources/fonts of a source checkout, or of a frozen (PyInstaller) application."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources" / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


@functools.cache
def register() -> tuple[str, str]:
    """Register the regular and bold faces once per process; returns their names."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(f"Skrifttypen mangler: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> in paragraphs picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
