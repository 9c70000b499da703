"""Danish is the source, English comes from the compiled .qm: UI strings, the protocol's
labels and the domain's problem messages."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.documents import CopyFor
from desktop.domain.problems import Problem, Severity
from desktop.domain.records import Case
from desktop.services.settings import AppSettings, save_settings
from desktop.ui.kit import i18n
from desktop.ui.kit.copy_chooser import copy_label
from desktop.ui.shell.settings_dialog import SettingsDialog
from tests.ui.conftest import make_vault
from tests.ui.test_mnemonics import _letter, mnemonics


@pytest.fixture(autouse=True)
def _no_translator_left_behind(qapp) -> Iterator[None]:
    """Other UI tests run without a translator (source texts); leave them that way."""
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    i18n._language = "da"


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


# -- the check in `make lint` (scripts/translations.py) ------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def copy(script: ModuleType, tmp_path: Path) -> Path:
    """The sources and the committed translations, as in a fresh clone."""
    script.copy_inputs(ROOT, tmp_path)
    return tmp_path


def _add_widget(root: Path, *calls: str) -> None:
    """A new widget in a new sub-package of desktop/ui, its strings wrapped in tr()."""
    package = root / "desktop" / "ui" / "probe"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("")
    body = "\n".join(f"        self.tr({call})" for call in calls)
    (package / "widget.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class ProbeWidget(QWidget):\n"
        "    def texts(self, n: int) -> None:\n" + body + "\n")


def _set_english(root: Path, source: str, text: str) -> None:
    """What a translator typing in Qt Linguist would leave in the .ts file."""
    ts = root / "resources" / "translations" / "trepart_en.ts"
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == source:
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            translation.text = text
    tree.write(ts, encoding="utf-8")


def test_the_committed_translations_are_complete_and_current(script: ModuleType) -> None:
    assert script.check() == []


def test_a_new_string_without_english_fails_the_check(script: ModuleType, copy: Path) -> None:
    _add_widget(copy, '"En tekst uden engelsk"')
    found = script.check(copy)
    assert any("[ProbeWidget] 'En tekst uden engelsk': no English translation" in line
               for line in found), found
    assert "resources/translations/trepart_en.ts is stale: " in " ".join(found)


def test_a_new_string_with_english_is_stale_until_regenerated(
        script: ModuleType, copy: Path, qapp) -> None:
    _add_widget(copy, '"Gem kladde"')
    found = script.check(copy)
    assert found and all(" is stale: " in line for line in found), found
    assert script.update(copy) == []
    assert script.check(copy) == []
    translator = QTranslator()
    assert translator.load(str(copy / "resources" / "translations" / "trepart_en.qm"))
    assert translator.translate("ProbeWidget", "Gem kladde") == "Save draft"


def test_a_missing_plural_form_fails_the_check(script: ModuleType, copy: Path) -> None:
    _add_widget(copy, '"%n ting", "", n')
    found = " ".join(script.check(copy))
    assert "trepart_en.ts [ProbeWidget] '%n ting': plural forms missing" in found
    assert "trepart_da.ts [ProbeWidget] '%n ting': plural forms missing" in found


def test_a_translation_that_lost_a_placeholder_or_mnemonic_fails(
        script: ModuleType, copy: Path) -> None:
    _add_widget(copy, '"Ny tekst til %1"', '"&Ny knap"')
    script.update(copy)
    _set_english(copy, "Ny tekst til %1", "New text for")
    _set_english(copy, "&Ny knap", "New button")
    script.update(copy)  # a translation the table does not know is kept
    found = " ".join(script.check(copy))
    assert "'Ny tekst til %1': placeholders differ" in found
    assert "'&Ny knap': the & mnemonic is missing" in found


def test_a_literal_handed_to_a_qt_text_call_fails(script: ModuleType, copy: Path) -> None:
    _add_widget(copy, '"Gem kladde"')
    widget = copy / "desktop" / "ui" / "probe" / "widget.py"
    widget.write_text(widget.read_text() + (
        "        QLabel('Skriv her', self).setToolTip(f'Hjælp til {n}')\n"
        "        log.warning('Not shown to the user: %s', n)\n"
        "        self.url.setPlaceholderText('https://trepart.kommune.dk')\n"))
    found = script.untranslated_literals(copy)
    assert sorted(line.split(": ", 1)[1] for line in found) == [
        "'Hjælp til ' reaches the UI without tr()", "'Skriv her' reaches the UI without tr()"]
    assert script.untranslated_literals() == []


def test_a_domain_problem_message_without_english_fails(script: ModuleType, tmp_path: Path) -> None:
    domain = tmp_path / "desktop" / "domain"
    domain.mkdir(parents=True)
    (domain / "probe.py").write_text(
        "def probe():\n"
        "    return [Problem('a', 'b', 'Højst 40 timer pr. uge.'),\n"
        "            Problem('c', 'd', 'En ny besked uden engelsk.'),\n"
        "            *_date_order(None, 'x', 'y', 'z', 'Slutdatoen ligger før startdatoen.'),\n"
        "            *_date_order(None, 'x', 'y', 'z', 'Slut før start uden engelsk.')]\n")
    found = script.problem_gaps(tmp_path)
    assert len(found) == 2, found
    assert "'En ny besked uden engelsk.' has no English" in found[0]
    assert "'Slut før start uden engelsk.' has no English" in found[1]
    assert script.problem_gaps() == []


def test_a_protocol_label_without_english_fails(script: ModuleType, monkeypatch) -> None:
    vocabulary = {k: v for k, v in script.en.VOCABULARY.items() if k != "Mandag"}
    monkeypatch.setattr(script.en, "VOCABULARY", vocabulary)
    assert script.vocabulary_gaps() == [
        "vocabulary 'Mandag': no English (add it to VOCABULARY in scripts/translations_en.py)"]


def test_sources_include_the_ui_sub_packages(script: ModuleType, copy: Path) -> None:
    _add_widget(copy, '"Gem kladde"')
    assert "desktop/ui/probe/widget.py" in script.sources(copy)
    assert "desktop/app.py" in script.sources(copy)


# -- English at run time ------------------------------------------------------------------------

def test_english_editors_signing_sync_and_problems(english) -> None:
    t = QCoreApplication.translate
    assert t("DocumentEditor", "Gem kladde") == "Save draft"
    assert t("PlanEditor", "planen") == "the trepartsplan"
    assert t("SignDialog", "&Underskriv") == "&Sign"
    assert t("SyncWiring", "%n ændring(er) venter", "", 1) == "1 change waiting"
    assert t("SyncWiring", ", %n ny(e) konflikt(er)", "", 2) == ", 2 new conflicts"
    assert t("CaseView", "Forløb") == "Case"
    assert t("MainWindow", "Forløb") == "Cases"
    assert i18n.vocab("Mandag") == "Monday"
    assert t("SyncPage", ", %n konflikt(er)", "", 1) == ", 1 conflict"
    assert t("SignaturePad", "Underskriften har %n streg(er).", "", 3) == (
        "The signature has 3 strokes.")
    assert t("Menus", "Alt+Pil ned") == "Alt+Down"
    assert copy_label(CopyFor.COMPANY) == "The company's copy"
    overlap = Problem("period.overlap", "periods", "Uge 3-4 overlapper uge 1-3.")
    assert i18n.problem_text(overlap) == "Weeks 3-4 overlap weeks 1-3."
    void = Problem("signatures.void", "status",
                   "Borger og Virksomhed har underskrevet; ændringen kræver en ny underskrift.")
    assert i18n.problem_text(void) == (
        "The citizen and the company have signed; the change needs a new signature.")


def test_a_base_class_string_is_english_in_the_subclass(english) -> None:
    from desktop.ui.documents.signature_pad import SignDialog

    dialog = SignDialog(party_label="Citizen", document_label="the agreement")
    assert dialog.windowTitle() == "Signature: Citizen"
    dialog.deleteLater()


@pytest.fixture
def english_app(app_factory, tmp_path: Path, qapp) -> Iterator[Any]:
    data_dir = make_vault(tmp_path / "data")
    save_settings(data_dir, AppSettings(language="en", idle_lock_minutes=5, autosave_seconds=1))
    i18n.install_translators(qapp, "en")  # as run_gui does from the settings
    yield app_factory(data_dir)
    i18n.install_translators(qapp, "da")


def test_english_mnemonics_never_clash(english_app) -> None:
    app, window = english_app, english_app.window
    for page in range(5):
        window.show_page(page)
        app.idle()
        assert not _clashes(mnemonics(window)), f"page {page}"
    case = app.store.list(Case)[0]
    window.open_case(case.id)
    app.wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    assert window.case_view.tabs.tabText(2) == "&Skånehensyn"
    for tab in range(window.case_view.tabs.count()):
        window.case_view.tabs.setCurrentIndex(tab)
        app.idle()
        assert not _clashes(mnemonics(window)), f"case tab {tab}"
    window.show_settings()
    app.idle()
    settings = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, SettingsDialog) and w.isVisible())
    assert not _clashes(_dialog_letters(settings)), "settings"
    settings.reject()
    window.new_meeting(case.id, "opfoelgning")
    app.wait(lambda: window.meeting_editor is not None)
    window.meeting_editor.add_action_row()
    assert not _clashes(mnemonics(window)), "meeting"
    window.edit_case(case.id)
    app.idle()
    editor = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "caseEditor" and w.isVisible())
    assert not _clashes(_dialog_letters(editor)), "case editor"


def _dialog_letters(dialog: QWidget) -> Counter[str | None]:
    return Counter(_letter(w.text()) for w in dialog.findChildren(QWidget) if w.isVisible()
                   and (isinstance(w, QAbstractButton)
                        or isinstance(w, QLabel) and w.buddy() is not None))


def _clashes(counts: Counter[str | None]) -> dict[str | None, int]:
    return {k: n for k, n in counts.items() if k and n > 1}


def test_dates_on_an_english_screen_say_at_not_kl(english) -> None:
    import datetime as dt

    from desktop.ui.kit.formatting import datetime_text

    moment = dt.datetime(2026, 11, 23, 14, 5, tzinfo=dt.UTC)
    assert " at " in datetime_text(moment) and "kl." not in datetime_text(moment)
