"""The method's records through a real server (SQLite and PostgreSQL): a screening, a fast-track
scheme, a questionnaire, the citizen's own list and an accommodation's scheme reach the
consultant's colleague with their values; the mentor's laptop holds none of them (raw rows)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import (
    Accommodation,
    Agreement,
    Case,
    Questionnaire,
    SchemeApplication,
    Screening,
)
from desktop.services import fast_track, questionnaires, screening, wishes
from desktop.services.access import Viewer
from sync.protocol.ids import uuid7
from sync.protocol.shapes import Wish
from sync.protocol.vocabulary import Role
from tests.e2e.conftest import new_case, server_db  # noqa: F401  (the parametrised fixture)

ANNE = Viewer(username="anne", role="consultant", team="Team Vest")
SECRET_HELP = "Hemmelig hjælp: medicin om morgenen"
SECRET_WISH = "Drømmejob hos konkurrenten"


def _fill(store, case: Case) -> None:
    s = screening.new_screening(case.citizen_id, viewer=ANNE).replace(
        consent_to_record=True, impairment="ja", functions=["tempo"], what_helped=SECRET_HELP)
    screening.save_screening(store, viewer=ANNE, screening=s)
    store.save(case.replace(screening_id=s.id))
    fast_track.save_application(store, viewer=ANNE, application=fast_track.new_application(
        case.id, "personlig_assistance").replace(
        status="bevilget", need_date=dt.date(2026, 11, 2), applied_date=dt.date(2026, 11, 3),
        decision_date=dt.date(2026, 11, 20)))
    questionnaires.save_questionnaire(store, viewer=ANNE, questionnaire=Questionnaire(
        id=uuid7(), case_id=case.id, kind="start", answered_on=dt.date(2026, 11, 2),
        wellbeing=2, confidence=3, hours_managed=2, own_assessment=4, comment="Mine ord"))
    wishes.save_own_list(store, viewer=ANNE, case_id=case.id, on_citizen_copy=True, wishes=[
        Wish(work=SECRET_WISH, dream=True), Wish(work="Lager"), Wish(work="Kantine")])
    store.save(Agreement(
        id=uuid7(), case_id=case.id, version=1, status="kladde", scheme="virksomhedspraktik",
        valid_from=dt.date(2026, 11, 1),
        accommodations=[Accommodation("roligt_sted", "Eget rum", "", "arbejdspladsindretning")]))


def test_method_records_reach_the_team_and_never_a_mentors_laptop(make_device) -> None:
    anne, bo = make_device("anne"), make_device("bo")
    mentor = make_device("mette", Role.MENTOR, team=None)
    case = new_case(anne.store, mentors=["mette"])
    _fill(anne.store, case)
    assert anne.sync().refusals == []
    bo.sync()
    mentor.sync()

    got = bo.store.get(Case, case.id)
    assert [w["work"] for w in got.wishes] == [SECRET_WISH, "Lager", "Kantine"]
    assert got.wishes_on_citizen_copy is True
    [s] = bo.store.list(Screening)
    assert s.what_helped == SECRET_HELP and s.functions == ["tempo"]
    [a] = bo.store.list(SchemeApplication)
    assert fast_track.days_to_decision(a) == 18
    [q] = bo.store.list(Questionnaire)
    assert (q.wellbeing, q.own_assessment, q.comment) == (2, 4, "Mine ord")
    [agreement] = bo.store.list(Agreement)
    assert agreement.accommodations[0].scheme == "arbejdspladsindretning"

    assert mentor.store.get(Case, case.id) is not None  # the mentor has the case itself
    with mentor.store.engine.connect() as conn:
        for table in ("screening", "scheme_application", "questionnaire"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
        dump = "\n".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM case_"))
    assert SECRET_WISH not in dump and SECRET_HELP not in dump
