"""The case page has a Bilag tab listing the case's attached files."""

from __future__ import annotations

from desktop.domain.records import Case
from desktop.services import attachments
from desktop.services.changes import Changes
from tests.attachment_files import pdf_bytes


def test_the_case_page_lists_the_cases_attachments(app) -> None:
    case = app.store.list(Case)[0]
    attachments.attach(app.store, viewer=app.context.viewer, case_id=case.id,
                       filename="underskrevet-blanket.pdf", data=pdf_bytes(), health=False,
                       max_bytes=50 * 1024 * 1024)
    app.context.broadcast(Changes.of("attachment", case_ids=[case.id]))
    app.window.open_case(case.id)
    app.wait(lambda: app.window.case_view is not None and app.window.case_view.overview)
    view = app.window.case_view
    tab = next(i for i in range(view.tabs.count())
               if view.tabs.tabText(i).replace("&", "") == "Bilag")
    view.tabs.setCurrentIndex(tab)
    panel = view.attachments
    assert panel.case_id == case.id and panel.meeting_id is None
    app.wait(lambda: panel.model.rowCount() == 1)
