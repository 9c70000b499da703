"""Unlocking with the growing delay, and the first run that creates the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from desktop.vault import Vault
from tests.ui.conftest import FAST_KDF, PASSWORD, Running, start_app, stop_app


def test_wrong_passwords_slow_down_and_the_right_one_opens(qtbot, vault_dir: Path) -> None:
    running = start_app(qtbot, vault_dir, unlock=False)
    try:
        panel = running.controller.unlock_window.panel
        for attempt in range(3):
            panel.password.setText(f"forkert {attempt}")
            panel.submit()
            running.idle()
            assert panel.message.text() == "Forkert adgangskode." or "Prøv igen" in \
                panel.message.text()
        # The vault now asks for a pause: the button waits and the countdown says so.
        assert Vault.open(vault_dir).failed_attempts == 3
        panel._tick()
        assert not panel.button.isEnabled()
        assert "Prøv igen om" in panel.message.text()
        assert panel.password.text() == "forkert 2"  # selected for retyping, not lost
    finally:
        stop_app(running)


def test_first_run_creates_the_vault_and_shows_recovery_information_once(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    from desktop.app import Application
    from desktop.services import setup

    monkeypatch.setattr(setup, "find_recovery_key", lambda data_dir: None)
    data_dir = tmp_path / "ny"
    controller = Application(data_dir, kdf=FAST_KDF, offer_drafts=False)
    assert controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    wizard.next()  # welcome
    wizard.identity_page.username.setText("Kari.Konsulent")
    wizard.identity_page.team.setText("Team Øst")
    wizard.next()
    page = wizard.password_page
    page.password.setText("sommer2025")
    page.repeat.setText("sommer2025")
    assert not page.isComplete()  # too weak: the hint says why
    assert page.hints.text()
    page.password.setText("Fire heste spiser havre ved åen")
    page.repeat.setText("Fire heste spiser havre ved åen")
    assert page.isComplete()
    wizard.next()
    recovery = wizard.recovery_page
    assert not recovery.isComplete()  # no organisation key: the user must acknowledge
    recovery.acknowledge.setChecked(True)
    wizard.next()
    running = Running(qtbot, controller)
    running.wait(lambda: wizard.creating_page.created)
    text = wizard.creating_page.text.toPlainText()
    assert "kari.konsulent" in text and "ingen gendannelseskopi" in text
    assert not wizard.creating_page.isComplete()
    wizard.reject()  # closing now would lose the one showing: refused
    assert wizard.isVisible()
    wizard.creating_page.noted.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    running.wait(lambda: controller.window is not None)
    running.wait(lambda: controller.window.today_page.overview is not None)
    assert controller.context.viewer.username == "kari.konsulent"
    assert controller.context.viewer.team == "Team Øst"
    assert (data_dir / "vault.json").exists()
    stop_app(running)
    assert Vault.open(data_dir).vault_id in text
    assert PASSWORD != "Fire heste spiser havre ved åen"
