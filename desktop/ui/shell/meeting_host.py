"""The open meeting: one meeting form at a time, as a page of the main window with its own entry
in the navigation. A changed form is saved or kept as a draft before another one opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from desktop.services import meetings as meeting_service
from desktop.ui.kit.form import Choice, ask_unsaved
from desktop.ui.kit.icons import icon
from desktop.ui.meetings.meeting_editor import MeetingEditor

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

ROLE_PAGE = Qt.ItemDataRole.UserRole + 1


class MeetingHost(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.item: QListWidgetItem | None = None

    def open_meeting(self, meeting_id: str) -> None:
        viewer = self.context.viewer
        self.with_free_editor(
            lambda: self.context.op(
                self.window,
                lambda store: meeting_service.load_meeting_form(
                    store, viewer=viewer, meeting_id=meeting_id
                ),
            )
            .success(self.show_meeting)
            .run()
        )

    def new_meeting(self, case_id: str, kind: str) -> None:
        viewer = self.context.viewer
        self.with_free_editor(
            lambda: self.context.op(
                self.window,
                lambda store: meeting_service.new_meeting_form(
                    store, viewer=viewer, case_id=case_id, kind=kind
                ),
            )
            .success(self.show_meeting)
            .run()
        )

    def with_free_editor(self, then: Callable[[], Any]) -> None:
        """One meeting form at a time: a changed one is saved (or kept as draft) first."""
        if self.context.handover:
            return
        editor = self.window.meeting_editor
        if editor is None or not editor.dirty:
            then()
            return
        self.window.select_page_widget(editor)

        def answered(choice: Choice) -> None:
            if choice is Choice.SAVE:
                editor.saved.connect(lambda _id: then())
                editor.save()
            elif choice is Choice.KEEP:
                editor.controller.keep_as_draft(then)

        ask_unsaved(
            self.window,
            self.tr(
                "Det åbne møde har ændringer, der ikke er gemt. Skal de gemmes, før "
                "et andet møde åbnes?"
            ),
            answered,
            title=self.tr("Et møde er åbent"),
            discard=False,
        )

    def show_meeting(self, form: Any) -> MeetingEditor:
        w = self.window
        old = w.meeting_editor
        editor = MeetingEditor(self.context, form, w)
        editor.closed.connect(lambda: self._closed(editor))
        editor.handover_requested.connect(w.start_handover)
        w.meeting_editor = editor
        w.content.addWidget(editor)
        if old is not None:
            self.context.unregister_draft_source(old.controller)
            w.content.removeWidget(old)
            old.deleteLater()
        if self.item is None:
            self.item = QListWidgetItem(icon("today"), "")
            self.item.setData(ROLE_PAGE, "meeting")
            w.nav.addItem(self.item)
        self.item.setText(
            self.tr("Møde: %1").replace("%1", form.context.citizen_name or form.context.title)
        )
        w.nav.setCurrentItem(self.item)
        editor.setFocus()
        return editor

    def restored(self, form: Any) -> None:
        """A meeting draft brought back: open it as changed, and say so."""

        def show() -> None:
            editor = self.show_meeting(form)
            editor.edited()
            editor.state.setText(self.tr("Gendannet fra kladde – husk at gemme"))

        self.with_free_editor(show)

    def _closed(self, editor: MeetingEditor) -> None:
        w = self.window
        if editor is not w.meeting_editor:
            return
        case_view = w.case_view
        back_to = (
            case_view
            if case_view is not None and case_view.case_id == editor.form.meeting.case_id
            else None
        )
        w.meeting_editor = None
        if self.item is not None:
            w.nav.takeItem(w.nav.row(self.item))
            self.item = None
        w.content.removeWidget(editor)
        editor.deleteLater()
        if back_to is not None:
            w.select_page_widget(back_to)
        else:
            w.open_case(editor.form.meeting.case_id)
