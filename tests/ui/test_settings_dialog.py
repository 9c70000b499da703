"""The settings dialog saves and applies what was chosen."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui.shell.settings_dialog import SettingsDialog


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def test_settings_are_saved_and_applied(app, vault_dir: Path) -> None:
    window = app.window
    window.show_settings()
    app.wait(lambda: _visible(SettingsDialog))
    dialog = _visible(SettingsDialog)
    dialog.idle.setValue(12)
    dialog.language.set_value("en")
    dialog.accept()
    app.idle()
    saved = json.loads((vault_dir / "settings.json").read_text())
    assert saved["idle_lock_minutes"] == 12 and saved["language"] == "en"
    assert window.lock.idle.timeout_seconds == 12 * 60
    box = _visible(__import__("PySide6.QtWidgets", fromlist=["QMessageBox"]).QMessageBox)
    assert box is not None and "næste gang" in box.text()
    box.close()


def test_settings_the_organisation_locks_are_shown_and_cannot_be_changed(
    app, tmp_path: Path, monkeypatch
) -> None:
    from desktop.services import organisation

    org_file = tmp_path / "org.toml"
    org_file.write_text(
        'server_url = "https://trepart.kommune.example"\nidle_lock_minutes = 9\n'
        'locked = ["idle_lock_minutes", "server_url"]\n'
    )
    monkeypatch.setenv(organisation.ENV_FILE, str(org_file))
    organisation.reset()
    app.window.show_settings()
    app.wait(lambda: _visible(SettingsDialog))
    dialog = _visible(SettingsDialog)
    assert not dialog.idle.isEnabled() and not dialog.server_url.isEnabled()
    assert dialog.server_url.text() == "https://trepart.kommune.example"
    assert dialog.language.isEnabled() and dialog.attachment_max.isEnabled()
    assert dialog.locked_note.isVisible() and str(org_file) in dialog.locked_note.text()
    dialog.reject()
