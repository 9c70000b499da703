"""Every table model passes Qt's model tester, also while rows, filters and sorting change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.services.cases import (
    ActionRow,
    AuditRow,
    CaseRow,
    FollowUpItem,
    MeetingRow,
)
from desktop.services.drafts import DraftInfo
from desktop.services.people import CitizenRow, CompanyRow
from desktop.services.today import AgendaItem, DueAction, DueFollowUp
from desktop.ui.kit import models

D = dt.date(2026, 3, 2)
T = dt.datetime(2026, 3, 2, 9, 30)


def case_rows() -> list[CaseRow]:
    return [
        CaseRow(id=f"c{i}", title="", citizen_name=name, company_name=company,
                scheme="fleksjob", scheme_label="Fleksjob", status=status, status_label=status,
                consultant=f"k{i % 2}", start_date=D - dt.timedelta(days=i),
                end_date=None if i == 1 else D + dt.timedelta(days=i))
        for i, (name, company, status) in enumerate((
            ("Åse", "Bageriet", "aktiv"), ("Bo", "", "afsluttet"), ("Ceci", "Smedjen", "aktiv")))
    ]


SAMPLES: dict[str, tuple[Callable[[], Any], Callable[[], list[Any]]]] = {
    "cases": (models.CaseTableModel, case_rows),
    "agenda": (lambda: models.AgendaModel(with_date=True), lambda: [
        AgendaItem(when=T, case_id="c1", meeting_id="m1", kind_label="Opfølgning", place="Kantinen",
                   citizen_name="Åse", company_name="Bageriet"),
        AgendaItem(when=T + dt.timedelta(days=1), case_id="c2", meeting_id=None, kind_label="",
                   place="", citizen_name="Bo", company_name=""),
    ]),
    "agenda-today": (lambda: models.AgendaModel(with_date=False), lambda: [
        AgendaItem(when=T, case_id="c1", meeting_id="m1", kind_label="Opfølgning", place="",
                   citizen_name="Åse", company_name="Bageriet")]),
    "follow-ups-due": (models.FollowUpDueModel, lambda: [
        DueFollowUp(id="f1", case_id="c1", kind="midtvej", kind_label="Midtvejsopfølgning",
                    label="Midtvej", due_date=D, overdue=True, citizen_name="Åse",
                    company_name="Bageriet", meeting_kind="midtvejsevaluering")]),
    "due-actions": (models.DueActionModel, lambda: [
        DueAction(id="a1", case_id="c1", what="Bestille høreværn", owner="virksomhed",
                  owner_label="Virksomhed", deadline=D, days_overdue=3, citizen_name="Åse",
                  company_name="Bageriet", owner_name="Lis Leder"),
        DueAction(id="a2", case_id="c2", what="Ringe", owner="borger", owner_label="Borger",
                  deadline=D - dt.timedelta(days=9), days_overdue=12, citizen_name="Bo",
                  company_name=""),
        DueAction(id="a3", case_id="c2", what="Sende aftale", owner="jobcenter",
                  owner_label="Jobcenter", deadline=D + dt.timedelta(days=2), days_overdue=-2,
                  citizen_name="Bo", company_name="", owner_name="demo.konsulent")]),
    "case-meetings": (models.CaseMeetingModel, lambda: [
        MeetingRow(id="m1", starts_at=T, kind="opfoelgning", kind_label="Opfølgning",
                   place="Kantinen", accommodations_label="Ja", open_actions=2,
                   next_meeting_at=None),
        MeetingRow(id="m2", starts_at=None, kind="indledende", kind_label="Indledende møde",
                   place="", accommodations_label="", open_actions=0, next_meeting_at=T)]),
    "case-actions": (models.CaseActionModel, lambda: [
        ActionRow(id="a1", meeting_id="m1", what="Bestille høreværn", owner="virksomhed",
                  owner_label="Virksomhed", deadline=D, done=False),
        ActionRow(id="a2", meeting_id=None, what="Ringe", owner="borger", owner_label="Borger",
                  deadline=None, done=True)]),
    "case-follow-ups": (models.CaseFollowUpModel, lambda: [
        FollowUpItem(id="f1", kind="eftervaern", kind_label="Efterværn", due_date=D,
                     label="Efterværn (1 måned)", registered=False)]),
    "audit": (models.AuditModel, lambda: [
        AuditRow(at=T, username="demo.konsulent", action_label="Vist", record_label="Forløb",
                 detail=""),
        AuditRow(at=None, username="x", action_label="Ændret", record_label="Møde",
                 detail="notes")]),
    "companies": (models.CompanyModel, lambda: [
        CompanyRow(id="co1", name="Bageriet", cvr="13748136", address="Torvet 2", phone="",
                   open_cases=2)]),
    "citizens": (lambda: models.CitizenModel(show_cpr=True), lambda: [
        CitizenRow(id="ci1", name="Åse", cpr="010190-1239", phone="", email="", open_cases=1)]),
    "citizens-restricted": (lambda: models.CitizenModel(show_cpr=False), lambda: [
        CitizenRow(id="ci1", name="Åse", cpr=None, phone="", email="", open_cases=1)]),
    "case-list": (models.CaseListModel, case_rows),
    "drafts": (models.DraftModel, lambda: [
        DraftInfo(key="meeting:m1", record_type="meeting", record_id="m1", case_id="c1",
                  updated_at=T, title="Åse – Bageriet")]),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_model_passes_the_model_tester(qtmodeltester: Any, name: str) -> None:
    make_model, make_rows = SAMPLES[name]
    model = make_model()
    qtmodeltester.check(model)  # empty
    model.set_rows(make_rows())
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        model.sort(column, Qt.SortOrder.AscendingOrder)
    model.set_filter(lambda row: False)
    model.set_filter(None)
    model.set_rows([])
    model.set_rows(make_rows())
    qtmodeltester.check(model)


def test_case_model_filters_and_sorts_in_memory() -> None:
    model = models.CaseTableModel()
    model.set_rows(case_rows())
    model.apply_filters(search_ids=frozenset({"c0", "c2"}))
    assert [r.id for r in model.rows] == ["c0", "c2"]
    model.apply_filters(status="afsluttet")
    assert model.rows == []
    model.apply_filters(search_ids=None, status=None, consultant="k0")
    assert [r.id for r in model.rows] == ["c0", "c2"]
    model.apply_filters(consultant=None)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by citizen name
    assert [r.citizen_name for r in model.rows] == ["Bo", "Ceci", "Åse"]
    model.sort(6, Qt.SortOrder.AscendingOrder)  # end date: empty last
    assert model.rows[-1].end_date is None
    assert model.data(model.index(0, 5)) == "02.03.2026"
    assert model.data(model.index(0, 0), models.ID_ROLE) == model.rows[0].id
