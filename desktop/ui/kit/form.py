"""One form controller for every form: dirty state, autosave with retry, drafts, save and close.

A form (a dialog or a tab) owns its widgets and tells the controller four things through
`FormHooks`: how to read the widgets into a value (with the problems of text that could not be
read), how to validate that value, the store job that saves it, and the draft that keeps it.
The controller does the rest the same way for every form:

- `edited()` marks the form changed (the owner's `watch()`ed widgets call it);
- every few seconds a changed form is written as a draft; a failed write is retried at the next
  tick, not at the next key press, and the state line says so;
- the form is registered with the context while it is open, so locking, closing the window and a
  crash (the autosaved draft) keep what was typed;
- `save()` shows every problem, focuses the first blocking one and saves nothing while one blocks;
  a failed save keeps the form as it is (and as a draft);
- `request_close()` asks the one unsaved-changes question (`ask_unsaved`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.services import drafts as draft_service
from desktop.services.drafts import Draft
from desktop.ui.kit.fields import ProblemLabel, ProblemRouter
from desktop.ui.kit.settings import ui_settings
from desktop.ui.kit.widgets import Muted

if TYPE_CHECKING:
    from desktop.ui.kit.context import AppContext

log = logging.getLogger(__name__)


class Choice(Enum):
    SAVE = "save"
    KEEP = "keep"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(
    parent: QWidget,
    text: str,
    answered: Callable[[Choice], None],
    *,
    title: str | None = None,
    discard: bool = True,
) -> QMessageBox:
    """The one unsaved-changes question: Gem / Behold som kladde / Kassér / Annullér.

    Window-modal and asynchronous (the answer arrives in `answered`); Cancel is the Esc button and
    Save the default, so Enter never throws work away."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        title or QCoreApplication.translate("FormController", "Ændringer er ikke gemt")
    )
    box.setText(text)
    buttons = {
        box.addButton(
            QCoreApplication.translate("FormController", "&Gem"), QMessageBox.ButtonRole.AcceptRole
        ): Choice.SAVE,
        box.addButton(
            QCoreApplication.translate("FormController", "Behold som &kladde"),
            QMessageBox.ButtonRole.ActionRole,
        ): Choice.KEEP,
    }
    if discard:
        buttons[
            box.addButton(
                QCoreApplication.translate("FormController", "&Kassér"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        ] = Choice.DISCARD
    cancel = box.addButton(
        QCoreApplication.translate("FormController", "&Annullér"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(cancel)
    box.setDefaultButton(next(iter(buttons)))

    def finished(_result: int) -> None:
        answered(buttons.get(box.clickedButton(), Choice.CANCEL))

    box.finished.connect(finished)
    box.open()
    return box


class FormHooks(Protocol):
    """What a form tells its controller."""

    def read(self) -> tuple[Any, list[Problem]]:
        """The value the widgets hold, and problems of text that could not be read."""

    def validate(self, value: Any) -> list[Problem]:
        """The domain's problems with the value (all of them, blocking or not)."""

    def save_job(self, value: Any) -> Callable[[Any], Any]:
        """A store job that saves the value and returns Changes."""

    def draft(self, value: Any) -> Draft:
        """The value as a draft."""

    def show_problems(self, problems: list[Problem]) -> None:
        """Show each problem beside its field (and the rest at the top)."""

    def focus_problem(self, problems: list[Problem]) -> None:
        """Move the focus to the first blocking problem."""

    # Optional: `router` (a ProblemRouter) lets the controller check fields as the user leaves
    # them and clear a problem as soon as the input is valid.
    # Optional: `save_refused(exc) -> bool` shows an expected refusal of the save job (a signed
    # document, a missing permission) in the form and returns True; other errors are reported.


class FormController(QObject):
    """Dirty state, autosave with retry, draft registration, save flow and the close question."""

    state_changed = Signal(str)
    saved = Signal(object, object)  # (value, Changes)
    draft_saved = Signal()
    closed = Signal()

    def __init__(
        self,
        owner: QWidget,
        context: AppContext,
        hooks: FormHooks,
        *,
        close_question: str | None = None,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._context = context
        self._hooks = hooks
        self._close_question = close_question or QCoreApplication.translate(
            "FormController", "Vil du gemme ændringerne?"
        )
        self._dirty = False  # differs from the saved record
        self._draft_dirty = False  # differs from the last draft written
        self._saving = False
        self._open = True
        self.draft_failures = 0
        self._shown: set[str] = set()  # fields showing a problem now
        self._touched: set[QWidget] = set()  # inputs the user changed
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, context.settings.autosave_seconds) * 1000)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()
        context.register_draft_source(self)

    # -- state ---------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def saving(self) -> bool:
        return self._saving

    def _say(self, text: str) -> None:
        self.state_changed.emit(text)

    def edited(self, *_args: Any) -> None:
        if not self._open:
            return
        self._dirty = True
        self._draft_dirty = True
        self._say(self.tr("Ændringer er ikke gemt"))
        if self._shown:
            # A problem on screen goes as soon as the input is valid; no new ones while typing.
            self.check_fields(set(self._shown))

    def _typed_in(self, widget: QWidget) -> None:
        self._touched.add(widget)
        self.edited()

    def check_fields(self, fields: set[str]) -> None:
        """Show the current problems of these fields only (on leaving a field, while fixing)."""
        router = getattr(self._hooks, "router", None)
        if router is None or not fields:
            return
        _value, problems = self.problems()
        router.show(problems, only=fields)
        with_problems = {p.field for p in problems}
        self._shown = (self._shown | (fields & with_problems)) - (fields - with_problems)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut and self._open and self._dirty:
            router = getattr(self._hooks, "router", None)
            field = router.field_of(watched) if router is not None else None
            # Only a field the user typed in: leaving an untouched one says nothing.
            if field is not None and router.boxes[field].editor in self._touched:
                self.check_fields({field})
        return False

    def mark_clean(self, text: str | None = None) -> None:
        """After loading a record (or saving it): nothing to keep."""
        self._touched.clear()
        self._dirty = False
        self._draft_dirty = False
        self._say(
            text
            if text is not None
            else self.tr("Ingen ændringer")
        )

    def watch(self, *widgets: Any) -> None:
        """Every change to these widgets marks the form edited; leaving one checks it."""
        for w in widgets:
            for name in ("textChanged", "changed", "currentIndexChanged", "toggled"):
                signal = getattr(w, name, None)
                if signal is not None:
                    signal.connect(lambda *_a, w=w: self._typed_in(w))
                    break
            inputs = [w, *w.findChildren(QWidget)] if isinstance(w, QWidget) else []
            for child in inputs:
                if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    child.installEventFilter(self)

    # -- drafts --------------------------------------------------------------------------
    def collect_draft(self) -> Draft | None:
        """For locking, closing and the autosave: the form as a draft if it has changes."""
        if not self._dirty:
            return None
        value, _ = self._hooks.read()
        return self._hooks.draft(value)

    def autosave(self) -> None:
        if not self._draft_dirty or self._saving or not self._context.unlocked:
            return
        draft = self.collect_draft()
        if draft is None:
            return
        self._draft_dirty = False

        def done(_changes: Any) -> None:
            self.draft_failures = 0
            if self._dirty:
                self._say(
                    self.tr("Kladde gemt kl. %1").replace(
                        "%1", fmt.clock(dt.datetime.now())
                    )
                )
            self.draft_saved.emit()

        def failed(exc: BaseException) -> None:
            # Retried at the next tick of the timer, whether or not anything is typed.
            self._draft_dirty = True
            self.draft_failures += 1
            log.warning("Draft write failed (%s); retrying", type(exc).__name__)
            self._say(
                QCoreApplication.translate(
                    "FormController", "Kladden kunne ikke gemmes – prøver igen om lidt"
                )
            )
            if self.draft_failures == 1:
                self._context.report_error(exc)

        self._context.op(
            self._owner, lambda store: draft_service.save_drafts(store, drafts=[draft])
        ).success(done).failure(failed).run()

    def keep_as_draft(self, then: Callable[[], None]) -> None:
        draft = self.collect_draft()
        if draft is None:
            then()
            return
        self._context.op(
            self._owner, lambda store: draft_service.save_drafts(store, drafts=[draft])
        ).success(lambda _c: then()).run()

    def discard_draft(self, key: str | None, then: Callable[[], None]) -> None:
        if key is None:
            then()
            return
        self._context.op(
            self._owner, lambda store: draft_service.discard_draft(store, key=key)
        ).success(lambda _c: then()).run()

    # -- saving --------------------------------------------------------------------------
    def problems(self) -> tuple[Any, list[Problem]]:
        value, parse_problems = self._hooks.read()
        parsed = {p.field for p in parse_problems}
        return value, parse_problems + [
            p for p in self._hooks.validate(value) if p.field not in parsed
        ]

    def save(self, *, then: Callable[[], None] | None = None) -> None:
        if self._saving:
            return
        value, problems = self.problems()
        self._hooks.show_problems(problems)
        self._shown = {p.field for p in problems}
        if blocking(problems):
            self._hooks.focus_problem(problems)
            self._say(
                self.tr("Ikke gemt: ret de markerede felter")
            )
            return
        self._saving = True

        def done(changes: Any) -> None:
            self._saving = False
            self.mark_clean(
                self.tr("Gemt kl. %1").replace(
                    "%1", fmt.clock(dt.datetime.now())
                )
            )
            self.saved.emit(value, changes)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self._saving = False
            if isinstance(exc, ValidationError):
                self._hooks.show_problems(list(exc.problems))
                self._hooks.focus_problem(list(exc.problems))
                self._say(
                    QCoreApplication.translate(
                        "FormController", "Ikke gemt: ret de markerede felter"
                    )
                )
                return
            refused = getattr(self._hooks, "save_refused", None)
            if refused is not None and refused(exc):
                return  # an expected refusal the form has shown beside its fields
            self._draft_dirty = True
            self._say(
                QCoreApplication.translate(
                    "FormController", "Ikke gemt – det indtastede er bevaret som kladde"
                )
            )
            self._context.report_error(exc)

        self._context.mutate(self._owner, self._hooks.save_job(value), done, failed)

    # -- closing -------------------------------------------------------------------------
    def request_close(self) -> None:
        """Close at once when nothing changed; otherwise ask (save, keep as draft, discard)."""
        if not self._dirty:
            self.close_now()
            return

        def answered(choice: Choice) -> None:
            if choice is Choice.SAVE:
                self.save(then=self.close_now)
            elif choice is Choice.KEEP:
                self.keep_as_draft(self.close_now)
            elif choice is Choice.DISCARD:
                value, _ = self._hooks.read()
                self.discard_draft(self._hooks.draft(value).key, self.close_now)

        ask_unsaved(self._owner, self._close_question, answered)

    def close_now(self) -> None:
        self._timer.stop()
        self._dirty = False
        self._draft_dirty = False
        self._open = False
        self._context.unregister_draft_source(self)
        self.closed.emit()


class FormDialog(QDialog):
    """A dialog form (citizen, company, case): the controller plus Gem/Luk, Ctrl+S, Esc and a
    remembered geometry. Subclasses implement the FormHooks methods."""

    saved = Signal(object)  # Changes

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._context = context
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
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.controller = FormController(self, context, self)
        self.controller.state_changed.connect(self.state.setText)
        self.controller.saved.connect(self._saved)
        self.controller.closed.connect(self._closed)

    # FormHooks defaults for dialogs --------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        self.router.show(problems)

    def focus_problem(self, problems: list[Problem]) -> None:
        first = self.router.first_blocking(problems)
        if first is not None:
            first.setFocus()

    # -----------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.controller.dirty

    def watch(self, *widgets: Any) -> None:
        self.controller.watch(*widgets)

    def edited(self) -> None:
        self.controller.edited()

    def collect_draft(self) -> Draft | None:
        return self.controller.collect_draft()

    def save(self) -> None:
        self.controller.save()

    def request_close(self) -> None:
        self.controller.request_close()

    def buttons_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        return row

    def _saved(self, _value: Any, changes: Any) -> None:
        self.saved.emit(changes)
        self.controller.close_now()

    def _closed(self) -> None:
        ui_settings(self._context.data_dir).setValue(
            f"{self.objectName()}/geometry", self.saveGeometry()
        )
        self.done(QDialog.DialogCode.Accepted)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not getattr(self, "_geometry_restored", False):
            self._geometry_restored = True
            geometry = ui_settings(self._context.data_dir).value(f"{self.objectName()}/geometry")
            if geometry:
                self.restoreGeometry(geometry)

    def reject(self) -> None:  # Esc
        self.request_close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.controller.dirty:
            event.ignore()
            self.request_close()
            return
        self._context.unregister_draft_source(self.controller)
        super().closeEvent(event)


class RecordFormDialog(FormDialog):
    """A dialog that edits one catalogue record (a fast-track application, a questionnaire, a
    company need ...): its draft is the record's values under "<record type>:<id>", the key the
    record's service gives, and an expected refusal of the save (a ValidationError) is shown
    beside the fields. Subclasses set `is_new` and implement read, validate and save_job."""

    is_new: bool = True

    def draft(self, value: Any) -> Draft:
        return Draft(
            key=f"{value.RECORD_TYPE}:{value.id}",
            record_type=value.RECORD_TYPE,
            record_id=value.id,
            case_id=getattr(value, "case_id", None),
            payload={
                "form": value.RECORD_TYPE, "id": value.id, "is_new": self.is_new,
                "values": value.to_values(),
            },
        )

    def save_refused(self, exc: BaseException) -> bool:
        problems = list(getattr(exc, "problems", []))
        if not problems:
            return False
        self.show_problems(problems)
        return True
