"""The consent screen on the citizen: give a consent with kind, date and manner, withdraw it;
the history stays and the mentor's copy follows at once."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.records import Case, Citizen, Consent
from sync.protocol.vocabulary import ConsentKind, ConsentMethod
from tests.ui.test_mnemonics import _letter


def _assert_unique(widget, where: str) -> None:
    from collections import Counter

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    letters = []
    for w in widget.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            letters.append(_letter(w.text()))
    counts = Counter(x for x in letters if x)
    texts = [w.text() for w in widget.findChildren(QWidget) if w.isVisible() and (
        isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None))]
    assert not {k: n for k, n in counts.items() if n > 1}, (where, " | ".join(texts))


def _visible(name: str):
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)


def test_a_consent_is_given_and_withdrawn_on_the_citizen(app, monkeypatch, tmp_path) -> None:
    window = app.window
    case = app.store.list(Case)[0]
    citizen = app.store.get(Citizen, case.citizen_id)
    window.open_citizen(citizen.id)
    app.wait(lambda: _visible("citizenEditor") is not None)
    editor = _visible("citizenEditor")
    assert editor.consent_button.isVisible()
    assert not editor.access_log_button.isVisible()  # a consultant makes no access log
    _assert_unique(editor, "citizen")
    editor.consent_button.click()
    app.wait(lambda: _visible("consentDialog") is not None)
    dialog = _visible("consentDialog")
    _assert_unique(dialog, "consents")
    existing = {c.id for c in app.store.list(Consent, where={"citizen_id": citizen.id})}
    before = len(existing)  # the demo's
    app.wait(lambda: dialog.model.rowCount() == before)

    dialog.kind.setCurrentIndex(dialog.kind.findData(ConsentKind.MENTOR_AGREEMENT.value))
    dialog.given_how.setCurrentIndex(dialog.given_how.findData(ConsentMethod.ORAL.value))
    dialog.valid_from.line.setText("ikke en dato")
    dialog.give()
    assert "dd.mm.åååå" in dialog.problems.text()
    dialog.valid_from.line.setText("01.12.2026")
    dialog.give()
    app.wait(lambda: dialog.model.rowCount() == before + 1)
    given = [c for c in app.store.list(Consent, where={"citizen_id": citizen.id})
             if c.id not in existing]
    assert [(c.given_how, c.withdrawn) for c in given] == [(ConsentMethod.ORAL.value, False)]

    if os.environ.get("TREPART_SCREENSHOTS"):
        dialog.grab().save(str(tmp_path / "consents.png"))
    assert dialog.width() <= 1366 and dialog.height() <= 768

    row = dialog.model.row_of_id(given[0].id)
    dialog.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.withdraw_current()
    app.wait(lambda: app.store.get(Consent, given[0].id).withdrawn)
    app.wait(lambda: dialog.model.row_at(dialog.model.row_of_id(given[0].id)).withdrawn)
    assert dialog.model.rowCount() == before + 1  # kept in the history
    withdrawn_row = dialog.model.row_at(dialog.model.row_of_id(given[0].id))
    assert withdrawn_row.withdrawn_on is not None


def test_the_english_consent_screen_has_unique_mnemonics(qapp, app) -> None:
    from desktop.ui.kit import i18n

    try:
        assert i18n.install_translators(qapp, "en") == "en"
        window = app.window
        case = app.store.list(Case)[0]
        window.open_citizen(case.citizen_id)
        app.wait(lambda: _visible("citizenEditor") is not None)
        editor = _visible("citizenEditor")
        assert editor.consent_button.text() == "C&onsents …"
        _assert_unique(editor, "citizen (en)")
        editor.consent_button.click()
        app.wait(lambda: _visible("consentDialog") is not None)
        dialog = _visible("consentDialog")
        assert dialog.give_button.text() == "Re&cord consent"
        _assert_unique(dialog, "consents (en)")
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        i18n._language = "da"
