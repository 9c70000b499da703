"""UI tests drive the real widgets of the real application on a fast throwaway vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import desktop.ui  # noqa: F401  (first: protects the interpreter, see desktop.ui.compat)
from desktop.services import demo
from desktop.services.session import create_vault
from desktop.services.settings import AppSettings, save_settings
from desktop.vault import KdfParams

FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)
PASSWORD = "Korrekt hest batteri 42"


def make_vault(data_dir: Path, *, username: str = "demo.konsulent", role: str = "consultant",
               cases: int = 6, meetings_per_case: int = 3) -> Path:
    with create_vault(data_dir, PASSWORD, username=username, role=role, team="Team Vest",
                      kdf=FAST_KDF) as session:
        if cases:
            demo.generate(session.store, cases=cases, meetings_per_case=meetings_per_case,
                          today=dt.date.today())
    save_settings(data_dir, AppSettings(language="da", idle_lock_minutes=5, autosave_seconds=1))
    return data_dir


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return make_vault(tmp_path / "data")


@pytest.fixture
def mentor_vault_dir(tmp_path: Path) -> Path:
    return make_vault(tmp_path / "mentor", username="demo.mentor", role="mentor", cases=9)


class Running:
    """A started, unlocked application and helpers to wait for it."""

    def __init__(self, qtbot: Any, controller: Any) -> None:
        self.qtbot = qtbot
        self.controller = controller
        self.stopped = False

    @property
    def window(self) -> Any:
        return self.controller.window

    @property
    def context(self) -> Any:
        return self.controller.context

    @property
    def store(self) -> Any:
        return self.controller.context.session.store

    def idle(self, timeout: int = 15_000) -> None:
        worker = self.controller.worker
        self.qtbot.waitUntil(lambda: worker.idle, timeout=timeout)

    def wait(self, condition: Callable[[], Any], timeout: int = 15_000) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def start_app(qtbot: Any, data_dir: Path, *, offer_drafts: bool = False,
              unlock: bool = True) -> Running:
    from desktop.app import Application

    controller = Application(data_dir, kdf=FAST_KDF, offer_drafts=offer_drafts)
    assert controller.start()
    running = Running(qtbot, controller)
    if unlock:
        panel = controller.unlock_window.panel
        qtbot.addWidget(controller.unlock_window)
        panel.password.setText(PASSWORD)
        panel.submit()
        running.wait(lambda: controller.window is not None)
        running.wait(lambda: controller.window.today_page.overview is not None)
        running.idle()
    return running


def stop_app(running: Running) -> None:
    if running.stopped:
        return
    running.stopped = True
    controller = running.controller
    window = controller.window
    for widget in list(__import__("PySide6.QtWidgets", fromlist=["QApplication"])
                       .QApplication.topLevelWidgets()):
        if widget is not window and widget.isVisible():
            widget.hide()
    if window is not None and controller.context.session is not None:
        if window.meeting_editor is not None:
            window.meeting_editor.controller.mark_clean()
        controller.context.handover = False
        window.close()
        if window.close_question is not None:  # "kept as a draft": the user closes anyway
            window.close_question.buttons()[0].click()
        running.wait(lambda: controller.context.session is None)
    running.idle()
    controller.shutdown()
    if window is not None:
        window.deleteLater()


@pytest.fixture
def app_factory(qtbot: Any) -> Iterator[Callable[..., Running]]:
    started: list[Running] = []

    def factory(data_dir: Path, **kw: Any) -> Running:
        running = start_app(qtbot, data_dir, **kw)
        started.append(running)
        return running

    yield factory
    for running in started:
        stop_app(running)


@pytest.fixture
def app(app_factory: Callable[..., Running], vault_dir: Path) -> Running:
    return app_factory(vault_dir)
