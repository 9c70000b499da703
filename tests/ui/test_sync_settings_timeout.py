"""The network timeout lives in the settings file; saving the settings dialog keeps it."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from desktop.services.settings import load_settings


def test_the_settings_dialog_keeps_the_network_timeout(app) -> None:
    from desktop.ui.shell.settings_dialog import SettingsDialog

    context = app.context
    context.settings = dataclasses.replace(context.settings, network_timeout_seconds=4)
    app.window.show_settings()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SettingsDialog) and w.isVisible())
    dialog.sync_interval.setValue(7)
    dialog._accept()
    app.idle()
    assert context.settings.sync_interval_minutes == 7
    assert context.settings.network_timeout_seconds == 4
    assert load_settings(context.data_dir).network_timeout_seconds == 4
    assert app.window.sync.timeout == 4.0
