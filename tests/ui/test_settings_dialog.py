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
