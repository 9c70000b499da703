"""The citizen's own list (3-5 entries, the dream first, status and note, companies by name) and
the start and end questionnaires (half filled kept as a draft, the change per case and per group,
reference cases refused, hand-over answers saved)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.problems import ValidationError
from desktop.domain.records import Case, Questionnaire
from desktop.services import questionnaires as qs
from desktop.services import wishes
from desktop.services.access import AccessDenied
from sync.protocol.ids import uuid7
from sync.protocol.shapes import Wish


def test_the_own_list_puts_the_dream_first_and_names_the_companies(world, consultant) -> None:
    store = world.store
    entries = [
        Wish(work="  Lager  ", status="kontaktet", status_date="2026-03-01", note=" Ringet "),
        Wish(company_id=world.company.id, dream=True, status="moede"),
        Wish(work="Gartneri"),
    ]
    wishes.save_own_list(store, viewer=consultant, case_id=world.mentored.id, wishes=entries,
                         on_citizen_copy=True)
    got = wishes.own_list(store, viewer=consultant, case_id=world.mentored.id)
    assert got.on_citizen_copy
    assert [(w.position, w.what, w.dream, w.status_label) for w in got.lines] == [
        (1, "Bageriet Kornblomsten ApS", True, "Møde"),
        (2, "Lager", False, "Kontaktet"),
        (3, "Gartneri", False, "Ikke kontaktet"),
    ]
    assert got.lines[1].note == "Ringet" and got.lines[1].status_date == dt.date(2026, 3, 1)
    assert store.get(Case, world.mentored.id).wishes[0]["dream"] is True


def test_own_list_bad_input(world, consultant, mentor) -> None:
    store = world.store
    case_id = world.mentored.id
    for bad, words in (
        ([Wish(work=f"Job {n}") for n in range(6)], "3–5"),
        ([Wish(work="A", dream=True), Wish(work="B", dream=True), Wish(work="C")], "drømmen"),
        ([Wish(dream=True), Wish(work="B"), Wish(work="C")], "Punkt 1"),
        ([Wish(company_id=uuid7(), dream=True), Wish(work="B"), Wish(work="C")], "findes ikke"),
    ):
        with pytest.raises(ValidationError) as err:
            wishes.save_own_list(store, viewer=consultant, case_id=case_id, wishes=bad,
                                 on_citizen_copy=False)
        assert words in " ".join(p.message for p in err.value.problems)
    assert store.get(Case, case_id).wishes == []
    notices = wishes.validate_wishes([Wish(work="Lager")])
    assert {p.code for p in notices} == {"wishes.few", "wishes.no_dream"}
    assert not any(p.blocking for p in notices)
    with pytest.raises(AccessDenied):
        wishes.save_own_list(store, viewer=mentor, case_id=case_id, wishes=[],
                             on_citizen_copy=False)
    store.save(store.get(Case, case_id).replace(wishes=[{"work": "Lager", "dream": True}]))
    assert wishes.own_list(store, viewer=mentor, case_id=case_id).lines == ()


def _q(case_id: str, kind: str, day: dt.date, scores: tuple) -> Questionnaire:
    return Questionnaire(id=uuid7(), case_id=case_id, kind=kind, answered_on=day,
                         **dict(zip(Questionnaire.SCORES, scores, strict=True)))


def test_half_filled_is_kept_as_a_draft_and_the_change_needs_both_complete(
    world, consultant
) -> None:
    store = world.store
    case_id = world.mentored.id
    start = _q(case_id, "start", dt.date(2026, 1, 5), (2, 2, None, 3))
    problems = qs.validate_questionnaire(start)
    assert [p.code for p in problems] == ["questionnaire.incomplete"]
    assert not problems[0].blocking
    qs.save_questionnaire(store, viewer=consultant, questionnaire=start)
    assert not store.get(Questionnaire, start.id).complete
    got = qs.case_questionnaires(store, viewer=consultant, case_id=case_id)
    assert got.change.start.id == start.id and got.change.change is None

    qs.save_questionnaire(store, viewer=consultant, questionnaire=start.replace(hours_managed=1))
    end = _q(case_id, "slut", dt.date(2026, 6, 1), (4, 3, 3, 5))
    qs.save_questionnaire(store, viewer=consultant.in_handover(),
                          questionnaire=end.replace(filled_by="borger", comment="  Bedre  "))
    assert store.get(Questionnaire, end.id).comment == "Bedre"
    got = qs.case_questionnaires(store, viewer=consultant, case_id=case_id)
    assert got.change.change == {"wellbeing": 2, "confidence": 1, "hours_managed": 2,
                                 "own_assessment": 2}

    other_start = _q(world.other.id, "start", dt.date(2026, 1, 5), (3, 3, 3, 3))
    group = qs.group_change(store.list(Questionnaire) + [other_start],
                            [case_id, world.other.id])
    assert (group.cases, group.incomplete) == (1, 1)
    assert group.mean_change["wellbeing"] == 2.0


def test_questionnaire_bad_input(world, consultant, mentor) -> None:
    store = world.store
    case_id = world.mentored.id
    start = _q(case_id, "start", dt.date(2026, 3, 1), (3, 3, 3, 3))
    qs.save_questionnaire(store, viewer=consultant, questionnaire=start)
    for bad, words in (
        (_q(case_id, "start", dt.date(2026, 3, 2), (1, 1, 1, 1)), "allerede"),
        (_q(case_id, "slut", dt.date(2026, 2, 1), (1, 1, 1, 1)), "før startskemaet"),
        (_q(case_id, "slut", dt.date(2026, 4, 1), (6, 1, 1, 1)), ""),
        (_q(case_id, "slut", dt.date.today() + dt.timedelta(days=9), (1, 1, 1, 1)), "fremtiden"),
    ):
        with pytest.raises(ValidationError) as err:
            qs.save_questionnaire(store, viewer=consultant, questionnaire=bad)
        assert words in " ".join(p.message for p in err.value.problems)
    with pytest.raises(AccessDenied):
        qs.save_questionnaire(store, viewer=mentor, questionnaire=start)
    store.save(world.other.replace(group="reference"))
    with pytest.raises(ValidationError) as err:
        qs.save_questionnaire(store, viewer=consultant, questionnaire=_q(
            world.other.id, "start", dt.date(2026, 3, 1), (3, 3, 3, 3)))
    assert "referencegruppen" in err.value.problems[0].message
    assert qs.case_questionnaires(store, viewer=mentor, case_id=case_id).change.start is None
