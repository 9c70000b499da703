"""Opening the dialog forms from the main window: a case (new or existing), a citizen, a company.

Each loads what it needs on the database worker, then shows the form non-modally; the forms save
through their own controller."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from desktop.services import cases as case_service
from desktop.services import companies as company_service
from desktop.services import people as people_service
from desktop.services import projects as project_service
from desktop.services import sync as sync_service
from desktop.ui.cases.case_editor import CaseEditorDialog
from desktop.ui.companies.company_side import CompanySide
from desktop.ui.companies.match_dialog import MatchDialog
from desktop.ui.people.citizen_editor import CitizenDialog
from desktop.ui.people.company_editor import CompanyDialog

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


def team_mentors(store: Any) -> list[str]:
    """The mentors of the user's team, as the last sync fetched them."""
    return [m["username"] for m in sync_service.team_members(store) if m["role"] == "mentor"]


class FormOpener(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context

    def _may_edit(self) -> bool:
        return bool(self.context.viewer.may_edit_people) and not self.context.handover

    # -- cases -----------------------------------------------------------------------------
    def new_case(self, citizen_id: str | None = None) -> None:
        if not self._may_edit():
            return
        viewer = self.context.viewer
        cid = citizen_id if isinstance(citizen_id, str) else None

        def load(store: Any) -> Any:
            return (
                case_service.new_case_form(store, viewer=viewer, citizen_id=cid),
                people_service.company_choices(store, viewer=viewer),
                team_mentors(store),
                project_service.project_choices(store, viewer=viewer),
            )

        self.context.op(self.window, load).success(lambda r: self.show_case_editor(*r)).run()

    def edit_case(self, case_id: str) -> None:
        if not self._may_edit():
            return
        viewer = self.context.viewer

        def load(store: Any) -> Any:
            return (
                case_service.load_case_form(store, viewer=viewer, case_id=case_id),
                people_service.company_choices(store, viewer=viewer),
                team_mentors(store),
                project_service.project_choices(store, viewer=viewer),
            )

        self.context.op(self.window, load).success(lambda r: self.show_case_editor(*r)).run()

    def show_case_editor(
        self,
        form: Any,
        companies: list[tuple[str, str]],
        team_mentors: Sequence[str] = (),
        projects: Sequence[tuple[str, str]] = (),
    ) -> CaseEditorDialog:
        dialog = CaseEditorDialog(
            self.context, form, companies, self.window, team_mentors=team_mentors,
            projects=projects,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        case_id = form.case.id
        if form.is_new:
            dialog.saved.connect(lambda _c: self.window.open_case(case_id))
        dialog.show()
        return dialog

    # -- people ----------------------------------------------------------------------------
    def open_citizen(self, citizen_id: str) -> None:
        from desktop.services import screening as screening_service

        viewer = self.context.viewer

        def load(store: Any) -> Any:
            details = people_service.citizen_details(store, viewer=viewer, citizen_id=citizen_id)
            return details, screening_service.citizen_screenings(
                store, viewer=viewer, citizen_id=citizen_id
            )

        self.context.op(self.window, load).success(
            lambda r: self.show_citizen(r[0], screenings=r[1])
        ).run()

    def show_citizen(
        self, details: Any, *, citizen: Any = None, is_new: bool = False,
        screenings: Sequence[Any] = (),
    ) -> CitizenDialog:
        dialog = CitizenDialog(
            self.context,
            citizen or details.citizen,
            hidden=details.hidden,
            cases=details.cases,
            can_edit=details.can_edit,
            is_new=is_new,
            screenings=screenings,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(lambda cid: (dialog.request_close(), self.window.open_case(cid)))
        dialog.screening_opened.connect(
            lambda sid: self.open_screening(sid, (details.citizen or citizen).name)
        )
        dialog.new_case_requested.connect(lambda cid: (dialog.request_close(), self.new_case(cid)))
        dialog.match_requested.connect(lambda cid: self.match_citizen(cid, dialog))
        dialog.screening_requested.connect(
            lambda cid: (dialog.request_close(), self.new_screening(cid))
        )
        dialog.show()
        return dialog

    def match_citizen(self, citizen_id: str, parent: Any = None) -> MatchDialog:
        """The open needs ranked for a citizen (nothing is sent or shared)."""
        viewer = self.context.viewer
        dialog = MatchDialog(
            self.context, title=self.tr("Åbne behov til borgeren"), by_need=False,
            parent=parent or self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.context.op(
            dialog, lambda store: company_service.needs_for_citizen(
                store, viewer=viewer, citizen_id=citizen_id)
        ).success(dialog.show_result).run()
        return dialog

    def open_company(self, company_id: str) -> None:
        viewer = self.context.viewer
        self.context.op(
            self.window,
            lambda store: people_service.company_details(
                store, viewer=viewer, company_id=company_id
            ),
        ).success(self.show_company).run()

    def show_company(
        self, details: Any, *, company: Any = None, is_new: bool = False
    ) -> CompanyDialog:
        dialog = CompanyDialog(
            self.context,
            company or details.company,
            cases=details.cases,
            can_edit=details.can_edit,
            is_new=is_new,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(lambda cid: (dialog.request_close(), self.window.open_case(cid)))
        if not is_new and not self.context.viewer.restricted:
            # The company side (needs, contact history, agreements): jobcenter staff only.
            side = CompanySide(self.context, dialog.company.id, dialog)
            for page, title in side.pages():
                dialog.add_page(page, title)
            dialog.company_side = side
        dialog.show()
        return dialog

    # -- screening at first contact --------------------------------------------------------
    def new_screening(self, citizen_id: str | None = None) -> None:
        """A screening of a citizen the jobcenter knows, or of a first contact (no citizen_id:
        the form asks for the name)."""
        if not self._may_edit():
            return
        from desktop.domain.records import Citizen
        from desktop.services import screening as screening_service

        viewer = self.context.viewer
        cid = citizen_id if isinstance(citizen_id, str) else None

        def load(store: Any) -> Any:
            citizen = store.get(Citizen, cid) if cid else None
            return citizen

        def show(citizen: Any) -> None:
            new_citizen = None if citizen is not None else people_service.new_citizen(
                viewer=viewer
            )
            target = citizen.id if citizen is not None else new_citizen.id
            screening = screening_service.new_screening(target, viewer=viewer)
            self.show_screening(screening, citizen_name=citizen.name if citizen else "",
                                is_new=True, new_citizen=new_citizen)

        self.context.op(self.window, load).success(show).run()

    def open_screening(self, screening_id: str, citizen_name: str) -> None:
        """An existing screening, to read or correct (opening it is written to the audit log)."""
        from desktop.services import screening as screening_service

        viewer = self.context.viewer
        self.context.op(
            self.window,
            lambda store: screening_service.load_screening(
                store, viewer=viewer, screening_id=screening_id
            ),
        ).success(
            lambda s: self.show_screening(s, citizen_name=citizen_name, is_new=False)
        ).run()

    def show_screening(self, screening: Any, *, citizen_name: str, is_new: bool,
                       new_citizen: Any = None) -> Any:
        from desktop.ui.people.screening_dialog import ScreeningDialog

        dialog = ScreeningDialog(self.context, screening, citizen_name=citizen_name,
                                 is_new=is_new, new_citizen=new_citizen, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.positive_saved.connect(self.offer_case_from_screening)
        self.window.screening_dialog = dialog
        dialog.show()
        return dialog

    def offer_case_from_screening(self, screening_id: str) -> None:
        """A positive screening: open a case with this consultant as personal job broker?"""
        from PySide6.QtWidgets import QMessageBox

        from desktop.services import screening as screening_service

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Positiv screening"))
        box.setText(
            self.tr(
                "Borgeren oplever, at en funktionsnedsættelse påvirker, hvilke job eller timer "
                "de kan tage. Vil du oprette et forløb med dig som borgerens personlige "
                "jobformidler?"
            )
        )
        yes = box.addButton(self.tr("&Opret forløb"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Ikke nu"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        viewer = self.context.viewer
        self.window.screening_offer = box

        def answered(_r: int) -> None:
            if box.clickedButton() is not yes:
                return

            def opened(changes: Any) -> None:
                if changes.case_ids:
                    self.window.open_case(next(iter(changes.case_ids)))

            self.context.mutate(
                self.window,
                lambda store: screening_service.open_case_from_screening(
                    store, viewer=viewer, screening_id=screening_id
                ),
                on_done=opened,
            )

        box.finished.connect(answered)
        box.open()

    def new_company(self) -> None:
        viewer = self.context.viewer
        if not viewer.may_edit_people:
            return
        company = people_service.new_company(viewer=viewer)
        details = people_service.CompanyDetails(company=company, cases=(), can_edit=True)
        self.show_company(details, is_new=True)
