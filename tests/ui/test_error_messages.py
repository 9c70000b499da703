"""Errors: an unexpected one has details and the log path; expected ones are plain Danish."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QMessageBox,
)

from desktop.ui.kit import errors


def test_unexpected_error_dialog_has_details_and_log_path(qtbot, tmp_path: Path) -> None:
    from desktop.app import setup_logging

    root_level = logging.getLogger().level
    path = setup_logging(tmp_path)
    errors.set_log_path(path)
    try:
        value = "-".join(("010190", "1239")) + " Anne Sørensen"  # as data, not as source code
        try:
            raise ValueError(value)
        except ValueError as exc:
            error = exc
        errors.show_error(error)
        box = next(w for w in __import__("PySide6.QtWidgets", fromlist=["QApplication"])
                   .QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                   and w.isVisible())
        assert "uventet fejl" in box.text()
        assert str(path) in box.informativeText()
        assert "ValueError" in box.detailedText()
        box.close()
        for handler in logging.getLogger().handlers:
            if getattr(handler, "baseFilename", "") == str(path):
                handler.flush()
        log = path.read_text(encoding="utf-8")
        assert "ValueError" in log
        assert "010190-1239" not in log and "Anne" not in log  # no field values in the log
    finally:
        errors.set_log_path(None)
        root = logging.getLogger()
        root.setLevel(root_level)
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "") == str(path):
                root.removeHandler(handler)
                handler.close()


def test_expected_errors_are_plain_danish(app) -> None:
    from desktop.domain.problems import Problem, ValidationError
    from desktop.vault import UnlockThrottled, WrongPassword

    assert errors.expected_message(WrongPassword()) == "Forkert adgangskode."
    assert "Prøv igen om 5" in errors.expected_message(UnlockThrottled(4.2))
    message = errors.expected_message(ValidationError([Problem("x", "y", "Navn skal udfyldes.")]))
    assert message == "Navn skal udfyldes."
    assert errors.expected_message(RuntimeError("bug")) is None
