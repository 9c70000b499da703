"""Translations: Danish is the source language; English comes from resources/translations.

Labels that come from the protocol (vocabularies, catalogue field labels) and the domain's
problem messages are Danish data, not source code strings; they are translated through the
"vocabulary" and "problems" contexts, which scripts/translations.py adds to the .ts files.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.problems import Problem

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "translations"
SUPPORTED = ("da", "en")
_installed: list[QTranslator] = []
_language = "da"




def translations_dir() -> Path:
    override = os.environ.get("TREPART_RESOURCES")
    return Path(override) / "translations" if override else TRANSLATIONS_DIR


def resolve_language(setting: str) -> str:
    """'system' -> the system's language if we have it, else Danish."""
    if setting in SUPPORTED:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED:
            return code
        if code in ("nb", "nn", "no", "sv"):
            return "da"  # Scandinavian neighbours read Danish more easily than English
    return "da"


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Install qtbase's and our translator for the chosen language; returns the language."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting)
    _language = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
        if language == "da"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    ours = QTranslator(app)
    if ours.load(f"trepart_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "da":
        log.warning("No translation file for %s in %s", language, translations_dir())
    return language


def current_language() -> str:
    return _language


def vocab(text: str) -> str:
    """A Danish label from the protocol (vocabulary or catalogue), in the UI language."""
    if not text or _language == "da":
        return text
    return QCoreApplication.translate("vocabulary", text)


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


_PARENS_RE = re.compile(r"\(([^)]*)\)")


def problem_text(problem: Problem) -> str:
    """A domain problem's message in the UI language.

    The domain speaks Danish with numbers filled in ("Højst 37 timer pr. uge."). For English the
    message is looked up with its numbers replaced by %1, %2, ... and filled in again.
    """
    if _language == "da":
        return problem.message
    if problem.code == "health.diagnosis":
        # The message names the words it found; only they vary.
        found = _PARENS_RE.search(problem.message)
        template = QCoreApplication.translate(
            "problems", "Teksten ligner en diagnose (%1). Beskriv i stedet, hvad det betyder for "
            "arbejdet (fx 'tåler ikke løft over 5 kg').")
        return template.replace("%1", found.group(1) if found else "")
    numbers = _NUMBER_RE.findall(problem.message)
    # One pass: "%1" must not be found again when the next number ("1") is looked for.
    places = iter(range(1, len(numbers) + 1))
    template = _NUMBER_RE.sub(lambda _number: f"%{next(places)}", problem.message)
    translated = QCoreApplication.translate("problems", template)
    if translated == template:
        return problem.message
    for i, number in enumerate(numbers, start=1):
        translated = translated.replace(f"%{i}", number)
    return translated
