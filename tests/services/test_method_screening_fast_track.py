"""The method's screening at first contact (consent, opening a case as personal job broker, the
intervals the report uses) and the fast track for the compensation schemes (checklist, dates in
order, days from need to decision, waiting applications for I dag, reference cases refused)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.problems import ValidationError
from desktop.domain.records import Agreement, Case, Meeting, SchemeApplication, Screening
from desktop.services import fast_track, screening, today_fast_track
from desktop.services.access import AccessDenied
from desktop.services.today import Scope
from desktop.services.wishes import save_own_list
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.ids import uuid7
from sync.protocol.shapes import Wish
from sync.protocol.validation import record_problems

TODAY = dt.date.today()


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10, 0)).astimezone()


def test_a_positive_screening_opens_one_project_case_with_the_consultant_as_job_broker(
    world, consultant
) -> None:
    store = world.store
    citizen = world.mentored_citizen
    s = screening.new_screening(citizen.id, viewer=consultant, at=_at(TODAY - dt.timedelta(30)))
    s = s.replace(consent_to_record=True, impairment="ja", functions=["loeft", "tempo"],
                  what_helped="  Faste pauser  ")
    screening.save_screening(store, viewer=consultant, screening=s)
    saved = store.get(Screening, s.id)
    assert saved.what_helped == "Faste pauser" and saved.positive

    screening.open_case_from_screening(store, viewer=consultant, screening_id=s.id)
    opened = store.get(Screening, s.id).opened_case_id
    case = store.get(Case, opened)
    assert case.consultant == consultant.username and case.screening_id == s.id
    assert case.group == "projekt" and case.citizen_id == citizen.id
    assert case.start_date == TODAY - dt.timedelta(30)
    # Opening again opens nothing new; saving the screening again keeps the link.
    screening.open_case_from_screening(store, viewer=consultant, screening_id=s.id)
    screening.save_screening(store, viewer=consultant, screening=s)
    assert store.get(Screening, s.id).opened_case_id == opened
    assert len(store.list(Case, where={"screening_id": s.id})) == 1

    rows = screening.citizen_screenings(store, viewer=consultant, citizen_id=citizen.id)
    assert [(r.answer_label, r.positive, r.opened_case_id) for r in rows] == [("Ja", True, opened)]


def test_without_consent_the_answers_are_not_kept_and_no_case_is_opened(world, consultant) -> None:
    store = world.store
    s = screening.new_screening(world.other_citizen.id, viewer=consultant)
    s = s.replace(consent_to_record=False, impairment="ja", functions=["loeft"],
                  what_helped="noget")
    problems = screening.validate_screening(s)
    assert any(p.code == "screening.consent" and not p.blocking for p in problems)
    screening.save_screening(store, viewer=consultant, screening=s)
    saved = store.get(Screening, s.id)
    assert (saved.impairment, saved.functions, saved.what_helped) == (None, [], None)
    with pytest.raises(ValidationError) as err:
        screening.open_case_from_screening(store, viewer=consultant, screening_id=s.id)
    assert "der oprettes ikke et forløb" in err.value.problems[0].message


def test_screenings_are_for_the_jobcenter_only(world, consultant, mentor) -> None:
    store = world.store
    s = screening.new_screening(world.mentored_citizen.id, viewer=consultant)
    with pytest.raises(AccessDenied):
        screening.save_screening(store, viewer=mentor, screening=s)
    screening.save_screening(store, viewer=consultant, screening=s)
    assert screening.citizen_screenings(store, viewer=mentor,
                                        citizen_id=world.mentored_citizen.id) == []
    with pytest.raises(AccessDenied):
        screening.case_screening_intervals(store, viewer=mentor, case_id=world.mentored.id)
    with pytest.raises(ValidationError):  # an unknown citizen
        screening.save_screening(store, viewer=consultant,
                                 screening=s.replace(id=uuid7(), citizen_id=uuid7()))


def test_days_from_screening_to_first_company_contact_and_job_start(world, consultant) -> None:
    store = world.store
    day0 = dt.date(2026, 3, 2)
    s = Screening(id=uuid7(), citizen_id=world.mentored_citizen.id, screened_at=_at(day0),
                  consent_to_record=True, impairment="ja")
    store.save(s)
    case = world.mentored.replace(screening_id=s.id, start_date=day0,
                                  job_start_date=day0 + dt.timedelta(days=75))
    store.save(case)
    for m in store.list(Meeting, where={"case_id": case.id}):
        store.delete(Meeting, m.id)
    assert screening.case_screening_intervals(
        store, viewer=consultant, case_id=case.id
    ).days_to_company_contact is None
    store.save(Meeting(id=uuid7(), case_id=case.id, kind="indledende",
                       starts_at=_at(day0 + dt.timedelta(days=12))))
    got = screening.case_screening_intervals(store, viewer=consultant, case_id=case.id)
    assert (got.days_to_company_contact, got.days_to_job_start) == (12, 75)
    # A wish contacted earlier than the first meeting is the first company contact.
    store.save(case.replace(wishes=[{"work": "Lager", "status": "kontaktet",
                                     "status_date": (day0 + dt.timedelta(days=5)).isoformat()}]))
    got = screening.case_screening_intervals(store, viewer=consultant, case_id=case.id)
    assert got.days_to_company_contact == 5 and got.first_company_contact == day0 + dt.timedelta(5)
    # A job start before the screening is no interval, never a negative number.
    store.save(store.get(Case, case.id).replace(job_start_date=day0 - dt.timedelta(days=3)))
    got = screening.case_screening_intervals(store, viewer=consultant, case_id=case.id)
    assert got.days_to_job_start is None
    assert screening.case_screening_intervals(store, viewer=consultant,
                                              case_id=world.other.id) is None


def test_the_checklist_lists_every_scheme_and_computes_waiting_and_decision_days(
    world, consultant
) -> None:
    store = world.store
    case_id = world.mentored.id
    got = fast_track.checklist(store, viewer=consultant, case_id=case_id, threshold_days=14)
    assert [r.scheme for r in got.rows] == list(fast_track.SCHEMES)
    assert all(r.application is None for r in got.rows)

    granted = fast_track.new_application(case_id, "personlig_assistance").replace(
        status="bevilget", need_date=TODAY - dt.timedelta(40),
        applied_date=TODAY - dt.timedelta(35), decision_date=TODAY - dt.timedelta(10))
    waiting = fast_track.new_application(case_id, "hjaelpemidler").replace(
        status="soegt", need_date=TODAY - dt.timedelta(30), applied_date=TODAY - dt.timedelta(20))
    fresh = fast_track.new_application(case_id, "paragraf_56").replace(
        status="skal_soeges", need_date=TODAY - dt.timedelta(3))
    for a in (granted, waiting, fresh):
        fast_track.save_application(store, viewer=consultant, application=a)
    got = fast_track.checklist(store, viewer=consultant, case_id=case_id, threshold_days=14)
    rows = {r.scheme: r for r in got.rows}
    assert rows["personlig_assistance"].days_to_decision == 30
    assert rows["personlig_assistance"].status_label == "Bevilget"
    assert (rows["hjaelpemidler"].days_waiting, rows["hjaelpemidler"].overdue) == (20, True)
    assert (rows["paragraf_56"].days_waiting, rows["paragraf_56"].overdue) == (3, False)
    assert fast_track.case_days_to_decision(store, viewer=consultant, case_id=case_id) == {
        "personlig_assistance": 30}

    items = today_fast_track.waiting_applications(store, viewer=consultant, threshold_days=14)
    assert [(i.citizen_name, i.scheme_label, i.days) for i in items] == [
        ("Anne Sørensen", "Arbejdsredskaber og hjælpemidler", 20)]
    assert today_fast_track.waiting_applications(store, viewer=consultant,
                                                 threshold_days=25) == ()
    assert len(today_fast_track.waiting_applications(
        store, viewer=consultant, threshold_days=2, scope=Scope.TEAM)) == 2
    assert fast_track.scheme_choices(store, viewer=consultant, case_id=case_id)[:3] == [
        ("personlig_assistance", "Personlig assistance"),
        ("hjaelpemidler", "Arbejdsredskaber og hjælpemidler"),
        ("paragraf_56", "§ 56-aftale"),
    ]


def test_fast_track_bad_input_is_refused_in_danish(world, consultant, mentor) -> None:
    store = world.store
    case_id = world.mentored.id
    base = fast_track.new_application(case_id, "fleksjob")
    cases = (
        (base.replace(need_date=TODAY, applied_date=TODAY - dt.timedelta(2), status="soegt"),
         "Ansøgningen ligger før behovet"),
        (base.replace(status="bevilget"), "datoen for afgørelsen"),
        (base.replace(status="soegt"), "datoen for ansøgningen"),
        (base.replace(status="skal_soeges", decision_date=TODAY), "hverken bevilget"),
        (base.replace(status="venter"), ""),
    )
    for bad, words in cases:
        with pytest.raises(ValidationError) as err:
            fast_track.save_application(store, viewer=consultant, application=bad)
        assert words in " ".join(p.message for p in err.value.problems)
    assert store.list(SchemeApplication) == []
    fast_track.save_application(store, viewer=consultant, application=base)
    with pytest.raises(ValidationError) as err:  # the same scheme twice on one case
        fast_track.save_application(store, viewer=consultant,
                                    application=fast_track.new_application(case_id, "fleksjob"))
    assert "allerede" in err.value.problems[0].message
    with pytest.raises(AccessDenied):
        fast_track.save_application(store, viewer=mentor, application=base)
    assert today_fast_track.waiting_applications(store, viewer=mentor, threshold_days=0) == ()

    store.save(world.other.replace(group="reference"))
    with pytest.raises(ValidationError) as err:
        fast_track.save_application(
            store, viewer=consultant, application=fast_track.new_application(world.other.id,
                                                                             "fleksjob"))
    assert "referencegruppen" in err.value.problems[0].message


def test_days_to_decision_never_negative_or_from_missing_dates() -> None:
    a = SchemeApplication(id=uuid7(), case_id=uuid7(), scheme="fleksjob", status="bevilget",
                          need_date=dt.date(2026, 5, 10), decision_date=dt.date(2026, 5, 1))
    assert fast_track.days_to_decision(a) is None
    assert fast_track.days_to_decision(a.replace(need_date=None)) is None
    assert fast_track.days_to_decision(a.replace(decision_date=dt.date(2026, 6, 9))) == 30


def test_an_accommodation_can_point_to_the_scheme_that_pays_it_and_the_shape_checks_it() -> None:
    base = {"case_id": uuid7(), "version": 1, "status": "kladde", "scheme": "fleksjob",
            "valid_from": "2026-01-01"}
    good = {**base, "accommodations": [{"category": "roligt_sted", "description": "Eget rum",
                                        "when": "", "scheme": "arbejdspladsindretning"}]}
    assert record_problems(CATALOGUE["agreement"], good) == []
    old = {**base, "accommodations": [{"category": "roligt_sted"}]}
    assert record_problems(CATALOGUE["agreement"], old) == []
    bad = {**base, "accommodations": [{"category": "roligt_sted", "scheme": "lottogevinst"}]}
    assert record_problems(CATALOGUE["agreement"], bad) != []
    a = Agreement.from_values(uuid7(), good)
    assert a.accommodations[0].scheme == "arbejdspladsindretning"
    # Unset, the scheme is left out of the wire form: signed agreements keep their hash.
    assert "scheme" not in Agreement.from_values(uuid7(), old).to_values()["accommodations"][0]


def test_a_reference_case_gets_no_own_list(world, consultant) -> None:
    store = world.store
    store.save(world.other.replace(group="reference"))
    with pytest.raises(ValidationError) as err:
        save_own_list(store, viewer=consultant, case_id=world.other.id,
                      wishes=[Wish(work="Lager", dream=True)], on_citizen_copy=False)
    assert "referencegruppen" in err.value.problems[0].message
