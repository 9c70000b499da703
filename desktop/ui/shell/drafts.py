"""Drafts left by a crash, a lock or a closed window: offered at the next start, restored into
their form by one registry keyed by record type (a form type that keeps drafts registers here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from desktop.domain.labels import record_label
from desktop.services import cases as case_service
from desktop.services import drafts as draft_service
from desktop.services import meetings as meeting_service
from desktop.services import people as people_service
from desktop.services import projects as project_service
from desktop.services.drafts import DraftInfo
from desktop.ui.kit.i18n import vocab
from desktop.ui.shell.drafts_dialog import DraftRestoreDialog
from desktop.ui.shell.forms import team_mentors

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class Restorer:
    """How one record type's draft comes back: `load` runs on the database worker and turns the
    payload into what `show` needs; `show` opens the form in the window, marked as changed."""

    load: Callable[[Any, Any, dict[str, Any]], Any]  # (store, viewer, payload) -> loaded
    show: Callable[[MainWindow, DraftInfo, Any], None]


def _load_case(store: Any, viewer: Any, payload: dict[str, Any]) -> Any:
    return (
        case_service.case_form_from_payload(store, viewer=viewer, payload=payload),
        people_service.company_choices(store, viewer=viewer),
        team_mentors(store),
        project_service.project_choices(store, viewer=viewer),
    )


def _show_case(window: MainWindow, _draft: DraftInfo, loaded: Any) -> None:
    window.forms.show_case_editor(*loaded).edited()


def _load_citizen(store: Any, viewer: Any, payload: dict[str, Any]) -> Any:
    citizen = people_service.citizen_from_payload(payload)
    is_new = bool(payload.get("is_new"))
    details = (
        people_service.CitizenDetails(citizen=citizen, hidden=frozenset(), cases=(), can_edit=True)
        if is_new
        else people_service.citizen_details(store, viewer=viewer, citizen_id=citizen.id)
    )
    return citizen, details, is_new


def _show_citizen(window: MainWindow, _draft: DraftInfo, loaded: Any) -> None:
    citizen, details, is_new = loaded
    window.forms.show_citizen(details, citizen=citizen, is_new=is_new).edited()


def _load_company(store: Any, viewer: Any, payload: dict[str, Any]) -> Any:
    company = people_service.company_from_payload(payload)
    is_new = bool(payload.get("is_new"))
    details = (
        people_service.CompanyDetails(company=company, cases=(), can_edit=True)
        if is_new
        else people_service.company_details(store, viewer=viewer, company_id=company.id)
    )
    return company, details, is_new


def _show_company(window: MainWindow, _draft: DraftInfo, loaded: Any) -> None:
    company, details, is_new = loaded
    window.forms.show_company(details, company=company, is_new=is_new).edited()


def _load_meeting(store: Any, viewer: Any, payload: dict[str, Any]) -> Any:
    return meeting_service.form_from_payload(store, viewer=viewer, payload=payload)


def _show_meeting(window: MainWindow, _draft: DraftInfo, form: Any) -> None:
    window.meetings.restored(form)


def _load_document(_store: Any, _viewer: Any, payload: dict[str, Any]) -> Any:
    return payload


def _show_document(window: MainWindow, draft: DraftInfo, payload: Any) -> None:
    """An agreement or plan: its case page opens on the document's tab with the draft in it."""
    if draft.case_id is None:
        return
    window.open_case(draft.case_id)
    if window.case_view is not None:
        window.case_view.restore_document_draft(draft.record_type, payload)


def _load_record(store: Any, viewer: Any, payload: dict[str, Any]) -> Any:
    """A retention check, case transfer or project typed in its small dialog."""
    from desktop.domain.records import CaseTransfer, Project, RetentionCheck
    from desktop.services.access import require_case

    cls = {"retention_check": RetentionCheck, "case_transfer": CaseTransfer,
           "project": Project}[payload["form"]]
    record = cls.from_values(payload["id"], payload.get("values") or {})
    consents: list[tuple[str, str]] = []
    case_id = getattr(record, "case_id", None)
    if case_id:
        require_case(store, case_id, viewer=viewer)
        if isinstance(record, CaseTransfer):
            consents = project_service.consent_choices(store, viewer=viewer, case_id=case_id)
    return record, bool(payload.get("is_new")), consents


def _show_record(window: MainWindow, _draft: DraftInfo, loaded: Any) -> None:
    from desktop.ui.cases.retention_panel import RetentionDialog
    from desktop.ui.cases.support_panel import TransferDialog
    from desktop.ui.projects.projects_dialog import ProjectDialog

    record, is_new, consents = loaded
    kind = record.RECORD_TYPE
    if kind != "project":
        window.open_case(record.case_id)
    dialog: Any
    if kind == "retention_check":
        dialog = RetentionDialog(window.context, record, is_new=is_new, parent=window)
    elif kind == "case_transfer":
        dialog = TransferDialog(window.context, record, consents, is_new=is_new, parent=window)
    else:
        dialog = ProjectDialog(window.context, record, is_new=is_new, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.edited()


def _load_company_side(store: Any, viewer: Any, payload: dict[str, Any]) -> Any:
    """A need, company contact, network, member or network meeting typed in its form."""
    from desktop.domain.records import (
        Company,
        CompanyContact,
        CompanyNeed,
        Network,
        NetworkMeeting,
        NetworkMember,
    )
    from desktop.services.access import require_jobcenter

    require_jobcenter(viewer)
    cls = {"company_need": CompanyNeed, "company_contact": CompanyContact, "network": Network,
           "network_member": NetworkMember, "network_meeting": NetworkMeeting}[payload["form"]]
    record = cls.from_values(payload["id"], payload.get("values") or {})
    company_id = getattr(record, "company_id", None)
    company = store.get(Company, company_id) if company_id else None
    companies = people_service.company_choices(store, viewer=viewer)
    return record, bool(payload.get("is_new")), company.name if company else "", companies


def _show_company_side(window: MainWindow, _draft: DraftInfo, loaded: Any) -> None:
    from desktop.ui.companies.contact_editor import ContactDialog
    from desktop.ui.companies.need_editor import NeedDialog
    from desktop.ui.companies.network_dialog import (
        MEETING_FORM,
        MEMBER_FORM,
        NETWORK_FORM,
        NetworkRecordDialog,
    )

    record, is_new, company_name, companies = loaded
    kind = record.RECORD_TYPE
    dialog: Any
    if kind == "company_need":
        dialog = NeedDialog(window.context, record, is_new=is_new, company_name=company_name,
                            parent=window)
    elif kind == "company_contact":
        dialog = ContactDialog(window.context, record, is_new=is_new,
                               company_name=company_name, parent=window)
    else:
        table = {"network": NETWORK_FORM, "network_member": MEMBER_FORM,
                 "network_meeting": MEETING_FORM}[kind]
        dialog = NetworkRecordDialog(window.context, record, table, is_new=is_new,
                                     title=vocab(record_label(kind)),
                                     choices={"company_id": companies}, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.edited()


def _load_method(store: Any, viewer: Any, payload: dict[str, Any]) -> Any:
    """A screening, fast-track scheme, questionnaire or own list typed in its dialog."""
    from desktop.domain.records import Citizen, Questionnaire, SchemeApplication, Screening
    from desktop.services.access import require_case, require_jobcenter
    from desktop.services.people import company_choices

    require_jobcenter(viewer)
    form, values = payload["form"], payload.get("values") or {}
    if form == "wishes":
        case = require_case(store, payload["id"], viewer=viewer)
        return form, case.replace(
            wishes=list(values.get("wishes") or []),
            wishes_on_citizen_copy=bool(values.get("wishes_on_citizen_copy")),
        ), company_choices(store, viewer=viewer)
    cls = {"screening": Screening, "scheme_application": SchemeApplication,
           "questionnaire": Questionnaire}[form]
    record = cls.from_values(payload["id"], values)
    if form == "screening":
        raw = payload.get("citizen")
        new_citizen = None
        if raw:
            raw = dict(raw)
            new_citizen = Citizen.from_values(raw.pop("id"), raw)
        known = store.get(Citizen, record.citizen_id)
        return form, record, (known.name if known else "", new_citizen)
    require_case(store, record.case_id, viewer=viewer)
    return form, record, bool(payload.get("is_new"))


def _show_method(window: MainWindow, _draft: DraftInfo, loaded: Any) -> None:
    form, record, extra = loaded
    dialog: Any
    if form == "screening":
        name, new_citizen = extra
        window.forms.show_screening(record, citizen_name=name, is_new=True,
                                    new_citizen=new_citizen).edited()
        return
    case_id = record.id if form == "wishes" else record.case_id
    window.open_case(case_id)
    if form == "wishes":
        from desktop.ui.cases.wishes_panel import WishesDialog

        dialog = WishesDialog(window.context, record, extra, parent=window)
    elif form == "scheme_application":
        from desktop.ui.cases.fast_track_panel import ApplicationDialog

        dialog = ApplicationDialog(window.context, record, is_new=extra, parent=window)
    else:
        from desktop.ui.cases.questionnaire_panel import QuestionnaireDialog

        dialog = QuestionnaireDialog(window.context, record, is_new=extra, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.edited()


RESTORERS: dict[str, Restorer] = {
    "case": Restorer(_load_case, _show_case),
    "citizen": Restorer(_load_citizen, _show_citizen),
    "company": Restorer(_load_company, _show_company),
    "meeting": Restorer(_load_meeting, _show_meeting),
    "agreement": Restorer(_load_document, _show_document),
    "plan": Restorer(_load_document, _show_document),
    "retention_check": Restorer(_load_record, _show_record),
    "case_transfer": Restorer(_load_record, _show_record),
    "project": Restorer(_load_record, _show_record),
    "company_need": Restorer(_load_company_side, _show_company_side),
    "company_contact": Restorer(_load_company_side, _show_company_side),
    "network": Restorer(_load_company_side, _show_company_side),
    "network_member": Restorer(_load_company_side, _show_company_side),
    "network_meeting": Restorer(_load_company_side, _show_company_side),
    "screening": Restorer(_load_method, _show_method),
    "scheme_application": Restorer(_load_method, _show_method),
    "questionnaire": Restorer(_load_method, _show_method),
    "wishes": Restorer(_load_method, _show_method),
}


class DraftOffer(QObject):
    """The window's drafts: offer them (at start and from the menu), restore, discard."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context

    def offer(self, *, only_if_any: bool = False) -> None:
        viewer = self.context.viewer
        # Drafts of forms that are open now are theirs, not offered.
        open_keys = {d.key for d in self.context.collect_drafts()}
        if self.window.meeting_editor is not None:
            open_keys.add(self.window.meeting_editor.form.draft_key)

        def show(drafts: list[DraftInfo]) -> None:
            drafts = [d for d in drafts if d.key not in open_keys and d.record_type in RESTORERS]
            if not drafts:
                if not only_if_any:
                    self.window.inform(
                        self.tr("Kladder"), self.tr("Der er ingen kladder at gendanne.")
                    )
                return
            dialog = DraftRestoreDialog(drafts, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.restore.connect(self.restore)
            dialog.discard.connect(self.discard)
            dialog.open()

        self.context.op(
            self.window, lambda store: draft_service.list_drafts(store, viewer=viewer)
        ).success(show).run()

    def discard(self, draft: DraftInfo) -> None:
        self.context.mutate(
            self.window, lambda store: draft_service.discard_draft(store, key=draft.key)
        )

    def restore(self, draft: DraftInfo) -> None:
        restorer = RESTORERS.get(draft.record_type)
        if restorer is None:
            return
        viewer = self.context.viewer

        def load(store: Any) -> Any:
            payload = draft_service.load_draft(store, key=draft.key)
            return None if payload is None else restorer.load(store, viewer, payload)

        def show(loaded: Any) -> None:
            if loaded is not None:
                restorer.show(self.window, draft, loaded)

        self.context.op(self.window, load).success(show).run()
