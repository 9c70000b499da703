"""Danish is the source, English comes from the compiled .qm: UI strings, the protocol's
labels and the domain's problem messages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.domain.problems import Problem, Severity
from desktop.ui.kit import i18n


@pytest.fixture
def english(qapp) -> Iterator[None]:
    assert i18n.install_translators(qapp, "en") == "en"
    yield
    i18n.install_translators(qapp, "da")


def test_english_ui_vocabulary_and_problems(english) -> None:
    assert QCoreApplication.translate("MainWindow", "I dag") == "Today"
    assert QCoreApplication.translate("SyncStatus", "Ikke forbundet til en server") == \
        "Not connected to a server"
    assert QCoreApplication.translate(
        "SyncStatus", "%n ændring(er) venter på synkronisering", "", 3) == \
        "3 changes waiting to be synchronised"
    assert i18n.vocab("Aktiv") == "Active"
    assert i18n.vocab("Hvem har bolden") == "Who holds the ball"
    cpr = Problem("cpr.date", "cpr", "CPR-nummerets første seks cifre er ikke en gyldig dato.")
    assert i18n.problem_text(cpr) == "The first six digits of the CPR number are not a valid date."
    hours = Problem("planned_hours.max", "planned_hours", "Højst 37 timer pr. uge.")
    assert i18n.problem_text(hours) == "At most 37 hours per week."
    required = Problem("what.required", "action_items[1].what", "Handling 2: Hvad skal udfyldes.")
    assert i18n.problem_text(required) == "Action 2: What must be filled in."
    diagnosis = Problem("health.diagnosis", "notes", "Teksten ligner en diagnose (angst, stress). "
                        "Beskriv i stedet …", Severity.NOTICE)
    assert i18n.problem_text(diagnosis).startswith(
        "The text looks like a diagnosis (angst, stress)")
    unknown = Problem("x", "y", "En besked uden oversættelse.")
    assert i18n.problem_text(unknown) == "En besked uden oversættelse."  # Danish, not nothing


def test_danish_plural_forms(qapp) -> None:
    i18n.install_translators(qapp, "da")
    assert QCoreApplication.translate(
        "SyncStatus", "%n ændring(er) venter på synkronisering", "", 1) == \
        "1 ændring venter på synkronisering"
    assert QCoreApplication.translate(
        "SyncStatus", "%n ændring(er) venter på synkronisering", "", 4) == \
        "4 ændringer venter på synkronisering"
    assert i18n.vocab("Aktiv") == "Aktiv"


def test_system_language_falls_back_to_danish() -> None:
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("da") == "da"
    assert i18n.resolve_language("system") in ("da", "en")
