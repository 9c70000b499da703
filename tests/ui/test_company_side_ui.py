"""The company side on screen: the company form's tabs (profile, cases, needs, contact history,
agreements), the need form's Danish messages (nothing saved), the match list with its reasons for
a need and for a citizen, the network with its goal, I dag's companies due for contact; a mentor
gets the company's profile and cases, no company-side tab. Screenshots at 1366x768 with
TREPART_SCREENSHOTS=dir."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.domain.records import (
    Case,
    Citizen,
    Company,
    CompanyContact,
    CompanyNeed,
    NetworkMember,
)
from desktop.ui.companies.match_dialog import MatchDialog
from desktop.ui.companies.need_editor import NeedDialog
from desktop.ui.companies.network_dialog import NetworkDialog
from desktop.ui.people.citizen_editor import CitizenDialog
from desktop.ui.people.company_editor import CompanyDialog
from tests.ui.helpers import visible


def _shot(widget: Any, name: str) -> None:
    out = os.environ.get("TREPART_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(out) / f"{name}.png"))


def _fits(widget: Any) -> None:
    assert widget.width() <= 1366 and widget.height() <= 768, (widget.width(), widget.height())


def _tabs(dialog: CompanyDialog) -> list[str]:
    return [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]


def _busiest_company(app: Any) -> Company:
    needs = app.store.list(CompanyNeed)
    counts: dict[str, int] = {}
    for n in needs:
        counts[n.company_id] = counts.get(n.company_id, 0) + 1
    best = max(counts, key=lambda c: counts[c])
    return app.store.get(Company, best)


def test_the_company_page_and_its_need_form(app) -> None:
    company = _busiest_company(app)
    app.window.open_company(company.id)
    app.wait(lambda: visible(CompanyDialog))
    dialog = visible(CompanyDialog)
    assert _tabs(dialog) == ["Profil", "Forløb", "Behov", "Kontakthistorik", "Aftaler"]
    side = dialog.company_side
    app.wait(lambda: side.page is not None)
    app.idle()
    assert side.need_model.rowCount() == len(app.store.list(CompanyNeed, where={
        "company_id": company.id}))
    assert side.contact_model.rowCount() >= 2
    assert "Løntilskud:" in side.ratio.text()
    dialog.resize(1366, 768)
    _fits(dialog)
    _shot(dialog, "company-profile")
    dialog.tabs.setCurrentIndex(2)
    app.idle()
    _shot(dialog, "company-needs")
    dialog.tabs.setCurrentIndex(3)
    app.idle()
    _shot(dialog, "company-contacts")

    side.new_need()
    app.wait(lambda: visible(NeedDialog))
    form = visible(NeedDialog)
    _fits(form)
    form.fields.widgets["title"].setText("Testbehov Ølpakker")
    form.fields.widgets["hours_per_week"].setText("40")
    form.fields.widgets["start_date"].set_value(dt.date.today() - dt.timedelta(days=3))
    form.save()
    app.idle()
    shown = form.router.boxes["hours_per_week"].problems.text()
    assert "højst være 37" in shown
    assert "fortiden" in form.router.boxes["start_date"].problems.text()
    assert not [n for n in app.store.list(CompanyNeed) if n.title == "Testbehov Ølpakker"]
    form.resize(960, 720)
    _fits(form)
    _shot(form, "need-form-problems")
    form.fields.widgets["hours_per_week"].setText("15")
    form.fields.widgets["start_date"].set_value(dt.date.today())
    form.fields.widgets["demands"].boxes["loeft"].setChecked(True)
    form.save()
    app.wait(lambda: [n for n in app.store.list(CompanyNeed) if n.title == "Testbehov Ølpakker"])
    [saved] = [n for n in app.store.list(CompanyNeed) if n.title == "Testbehov Ølpakker"]
    assert saved.hours_per_week == 15.0 and saved.demands == ["loeft"]
    assert saved.company_id == company.id


def test_the_match_list_for_a_need_and_for_a_citizen(app) -> None:
    company = _busiest_company(app)
    app.window.open_company(company.id)
    app.wait(lambda: visible(CompanyDialog))
    dialog = visible(CompanyDialog)
    side = dialog.company_side
    app.wait(lambda: side.page is not None and side.need_model.rowCount())
    dialog.tabs.setCurrentIndex(2)
    side.need_table.selectRow(0)
    side.match_need()
    app.wait(lambda: visible(MatchDialog))
    match = visible(MatchDialog)
    app.idle()
    assert match.model.rowCount() > 0
    reasons = match.model.data(match.model.index(0, match.model.columnCount() - 1))
    assert reasons  # every suggestion says why
    assert reasons.split("; ")[0] in match.details.text()  # in full below the list
    match.resize(1366, 700)
    _fits(match)
    _shot(match, "match-need-to-citizens")
    match.accept()

    citizen = app.store.list(Citizen)[0]
    app.window.open_citizen(citizen.id)
    app.wait(lambda: visible(CitizenDialog))
    visible(CitizenDialog).match_button.click()
    app.wait(lambda: sum(1 for w in QApplication.topLevelWidgets()
                         if isinstance(w, MatchDialog) and w.isVisible()) >= 1)
    app.idle()
    by_citizen = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MatchDialog) and w.isVisible() and not w.by_need)
    assert by_citizen.model.rowCount() > 0 or by_citizen.missing.text()
    by_citizen.resize(1366, 700)
    _shot(by_citizen, "match-citizen-to-needs")


def test_the_network_shows_its_goal_members_and_meetings(app) -> None:
    app.window.menus.show_network()
    app.wait(lambda: visible(NetworkDialog))
    dialog = visible(NetworkDialog)
    app.wait(lambda: dialog.current() is not None)
    assert "af 18 virksomheder" in dialog.recruited_text.text()
    assert "mod målet 20 %" in dialog.circular_text.text()
    members = app.store.list(NetworkMember)
    assert dialog.member_model.rowCount() == len(members) >= 5
    assert dialog.meeting_model.rowCount() == 3
    dialog.resize(1366, 700)
    _fits(dialog)
    _shot(dialog, "network")


def test_today_lists_companies_due_for_contact(app) -> None:
    app.window.show_page(0)
    page = app.window.today_page
    app.wait(lambda: page.companies_due.items)
    due = {i.company_id for i in page.companies_due.items}
    contacts = app.store.list(CompanyContact)
    assert due <= {c.company_id for c in contacts}
    opened: list[str] = []
    page.open_company.connect(opened.append)
    first = page.companies_due.items[0]
    page.companies_due.linkActivated.emit(f"company:{first.company_id}")
    assert opened[-1] == first.company_id


def test_a_mentor_sees_the_company_but_no_company_side(app_factory, mentor_vault_dir) -> None:
    app = app_factory(mentor_vault_dir)
    assert app.store.list(CompanyNeed) == []
    mine = next(c for c in app.store.list(Case) if "demo.mentor" in (c.mentors or []))
    app.window.open_company(mine.company_id)
    app.wait(lambda: visible(CompanyDialog))
    dialog = visible(CompanyDialog)
    assert _tabs(dialog) == ["Profil", "Forløb"]
    assert dialog.company_side is None


def test_a_need_typed_but_not_saved_comes_back_from_its_draft(app) -> None:
    company = _busiest_company(app)
    app.window.open_company(company.id)
    app.wait(lambda: visible(CompanyDialog))
    side = visible(CompanyDialog).company_side
    app.wait(lambda: side.page is not None)
    side.new_need()
    app.wait(lambda: visible(NeedDialog))
    form = visible(NeedDialog)
    form.fields.widgets["title"].setText("Kladdebehov på lageret")
    form.controller.autosave()
    app.wait(lambda: any(d["key"] == f"company_need:{form.need.id}" for d in app.store.drafts()))
    closed: list[bool] = []
    form.controller.closed.connect(lambda: closed.append(True))
    form.controller.keep_as_draft(form.controller.close_now)
    app.wait(lambda: closed == [True])
    from desktop.services import drafts as draft_service

    [info] = [d for d in draft_service.list_drafts(app.store, viewer=app.context.viewer)
              if d.record_type == "company_need"]
    assert info.kind_label == "Behov"
    app.window.restore_draft(info)
    app.wait(lambda: visible(NeedDialog))
    assert visible(NeedDialog).fields.widgets["title"].text() == "Kladdebehov på lageret"


def test_match_and_network_windows_leave_the_screen_during_a_hand_over(app) -> None:
    app.window.menus.show_network()
    app.wait(lambda: visible(NetworkDialog))
    network = visible(NetworkDialog)
    citizen = app.store.list(Citizen)[0]
    match = app.window.forms.match_citizen(citizen.id)
    app.idle()
    assert match.isVisible() and network.isVisible()
    app.context.handover_changed.emit(True)
    assert not match.isVisible() and not network.isVisible()
    app.context.handover_changed.emit(False)
    assert match.isVisible() and network.isVisible()
