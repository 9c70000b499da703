"""Editors for a case with its citizen, for a citizen and for a company.

Each shows the domain's validation next to its field in Danish, saves nothing while something
blocks, and keeps what was typed: as an autosaved draft, and on screen after a failed save.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.services import drafts as draft_service
from desktop.ui.kit.fields import (
    FieldBox,
    ProblemLabel,
    ProblemRouter,
)
from desktop.ui.kit.widgets import Muted

log = logging.getLogger(__name__)


class EditorDialog(QDialog):
    """Autosave, dirty tracking and the save/keep/discard question, shared by the editors."""

    saved = Signal(object)  # Changes

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._context = context
        self._dirty = False
        self._draft_dirty = False
        self._saving = False
        self.general = ProblemLabel(self)
        self.router = ProblemRouter(self.general)
        self.state = Muted("", self)
        self.save_button = QPushButton(self.tr("&Gem"), self)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("&Luk"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.request_close)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self.save)
        self._autosave = QTimer(self)
        self._autosave.setInterval(max(1, context.settings.autosave_seconds) * 1000)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        context.register_draft_source(self)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not getattr(self, "_geometry_restored", False):
            self._geometry_restored = True
            from desktop.ui.kit.settings import ui_settings

            geometry = ui_settings(self._context.data_dir).value(f"{self.objectName()}/geometry")
            if geometry:
                self.restoreGeometry(geometry)

    def _remember_geometry(self) -> None:
        from desktop.ui.kit.settings import ui_settings

        settings = ui_settings(self._context.data_dir)
        settings.setValue(f"{self.objectName()}/geometry", self.saveGeometry())

    def buttons_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        return row

    def box(self, field: str, label: str, editor: QWidget, hint: str | None = None) -> FieldBox:
        b = FieldBox(label, editor, parent=self, hint=hint)
        self.router.add(field, b)
        return b

    def watch(self, *widgets: Any) -> None:
        for w in widgets:
            for name in ("textChanged", "changed", "currentIndexChanged", "toggled"):
                signal = getattr(w, name, None)
                if signal is not None:
                    signal.connect(self._edited)
                    break

    def _edited(self, *_args: Any) -> None:
        self._dirty = True
        self._draft_dirty = True
        self.state.setText(self.tr("Ændringer er ikke gemt"))

    # subclasses: -------------------------------------------------------------------------
    def read(self) -> tuple[Any, list[Problem]]:
        raise NotImplementedError

    def validate_value(self, value: Any) -> list[Problem]:
        raise NotImplementedError

    def save_job(self, value: Any) -> Callable[[Any], Any]:
        raise NotImplementedError

    def draft(self, value: Any) -> dict[str, Any]:
        raise NotImplementedError

    # -------------------------------------------------------------------------------------
    def problems(self) -> tuple[Any, list[Problem]]:
        value, parse_problems = self.read()
        parsed = {p.field for p in parse_problems}
        return value, parse_problems + [
            p for p in self.validate_value(value) if p.field not in parsed
        ]

    def collect_draft(self) -> dict[str, Any] | None:
        if not self._dirty:
            return None
        value, _ = self.read()
        return self.draft(value)

    def autosave(self) -> None:
        if not self._draft_dirty or self._saving or not self._context.unlocked:
            return
        draft = self.collect_draft()
        if draft is None:
            return
        self._draft_dirty = False

        def done(_c: Any) -> None:
            if self._dirty:
                self.state.setText(
                    self.tr("Kladde gemt kl. %1").replace("%1", fmt.clock(dt.datetime.now()))
                )

        self._context.op(
            self, lambda store: draft_service.save_drafts(store, drafts=[draft])
        ).success(done).run()

    def save(self) -> None:
        if self._saving:
            return
        value, problems = self.problems()
        self.router.show(problems)
        if blocking(problems):
            first = self.router.first_blocking(problems)
            if first is not None:
                first.setFocus()
            self.state.setText(self.tr("Ikke gemt: ret de markerede felter"))
            return
        self._saving = True
        self.save_button.setEnabled(False)

        def done(changes: Any) -> None:
            self._saving = False
            self._dirty = False
            self._draft_dirty = False
            self.saved.emit(changes)
            self._close_now()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.router.show(exc.problems)
                self.state.setText(self.tr("Ikke gemt: ret de markerede felter"))
                return
            self._draft_dirty = True
            self.state.setText(self.tr("Ikke gemt – det indtastede er bevaret"))
            self._context.report_error(exc)

        self._context.mutate(self, self.save_job(value), done, failed)

    def request_close(self) -> None:
        if not self._dirty:
            self._close_now()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ændringer er ikke gemt"))
        box.setText(self.tr("Vil du gemme ændringerne?"))
        save = box.addButton(self.tr("&Gem"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Behold som &kladde"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(self.tr("&Kassér"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)

        def answered(_r: int) -> None:
            clicked = box.clickedButton()
            if clicked is save:
                self.save()
            elif clicked is keep:
                draft = self.collect_draft()
                self._context.op(
                    self,
                    lambda store: draft_service.save_drafts(store, drafts=[draft] if draft else []),
                ).success(lambda _c: self._close_now()).run()
            elif clicked is discard:
                draft = self.collect_draft()
                key = draft["key"] if draft else None
                if key is None:
                    self._close_now()
                    return
                self._context.op(
                    self, lambda store: draft_service.discard_draft(store, key=key)
                ).success(lambda _c: self._close_now()).run()

        box.finished.connect(answered)
        box.open()

    def _close_now(self) -> None:
        self._remember_geometry()
        self._autosave.stop()
        self._dirty = False
        self._context.unregister_draft_source(self)
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:  # Esc
        self.request_close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._dirty:
            event.ignore()
            self.request_close()
            return
        self._context.unregister_draft_source(self)
        super().closeEvent(event)


