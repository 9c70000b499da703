"""Demo data for the screening, the fast track, the citizen's own list and the questionnaires
(issue 13, items 1-4), added after the praktik demo has put every case in a group:

- project-group cases only (a reference case gets the usual service and outcome data only):
  the positive screening that opened the case (a few days before its start), a fast-track
  checklist of 2-4 schemes in every status (some waiting longer than the default threshold, so I
  dag lists them), the citizen's own list of 3-5 entries with the dream first, and a start
  questionnaire (and an end one for closed cases; a few left half filled as drafts);
- a few first contacts screened negative or unsure, without a case (vaults of 20 cases or more);
- never in a mentor's vault: screenings, scheme applications and questionnaires never reach a
  mentor, nor the own list (hidden case fields), so a mentor demo vault gets none of it.

Everything is synthetic: fictitious names, no CPR numbers for the first contacts.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop.domain.records import (
    Agreement,
    Case,
    Citizen,
    Company,
    Questionnaire,
    Record,
    SchemeApplication,
    Screening,
)
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

MAX_CASES = 300  # a large benchmark vault gets the method data on its first cases only
FIRST_CONTACTS = ("Sune Kragh", "Ida Bech Lund", "Malik Hassan")
FIRST_CONTACTS_FROM = 20  # added to vaults of at least this many cases (a small test vault
# keeps its number of citizens)
WORK = ("Lager og logistik", "Gartneri", "Dyrepasser", "Kantine", "Kontor og post", "Butik",
        "Værksted", "Rengøring", "Pedelarbejde", "Bibliotek")
SCHEMES = ("personlig_assistance", "hjaelpemidler", "arbejdspladsindretning", "mentorstoette",
           "paragraf_56", "fleksjob", "fortrinsadgang")


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0)).astimezone()


def add_method_demo(store: Store, *, seed: int, today: dt.date | None = None) -> dict[str, int]:
    """Add the method's screenings, fast track, own lists and questionnaires to a demo vault."""
    if store.actor.role == v.Role.MENTOR.value:
        return {}
    rng = random.Random(seed + 1313)
    today = today or dt.date.today()
    out: list[Record] = []
    created: list[Record] = []
    companies = store.list(Company)
    cases = sorted(store.list(Case), key=lambda c: c.id)[:MAX_CASES]
    for n, case in enumerate(cases):
        if case.group == v.CaseGroup.REFERENCE.value or case.start_date is None:
            continue
        start = min(case.start_date, today)
        screening = Screening(
            id=uuid7(), citizen_id=case.citizen_id,
            screened_at=_at(start - dt.timedelta(days=rng.randint(3, 21)), 9),
            screened_by=case.consultant, consent_to_record=True, impairment="ja",
            functions=rng.sample(v.WorkFunction.codes(), rng.randint(1, 3)),
            what_helped=rng.choice(("Korte dage i starten", "Faste opgaver og en fast makker",
                                    "Pauser efter behov", "")) or None,
            opened_case_id=case.id,
        )
        created.append(screening)
        case = case.replace(screening_id=screening.id)
        created += _applications(rng, case, start, today)
        if n % 5 != 4:  # most cases have the list
            case = case.replace(wishes=_wishes(rng, companies, start, today),
                                wishes_on_citizen_copy=n % 2 == 0)
        created += _questionnaires(rng, case, start, today, half=n % 7 == 2)
        out.append(case)
        if n % 4 == 0:
            out += _scheme_pointers(store, case)
    for n, name in enumerate(FIRST_CONTACTS if len(cases) >= FIRST_CONTACTS_FROM else ()):
        citizen = Citizen(id=uuid7(), name=name, phone=f"2{n}{n} 4{n} 1{n} 0{n}")
        created.append(citizen)
        created.append(
            Screening(
                id=uuid7(), citizen_id=citizen.id,
                screened_at=_at(today - dt.timedelta(days=2 + n * 5), 11),
                screened_by="demo.konsulent", consent_to_record=n != 2,
                impairment=("nej", "ved_ikke", None)[n],
            )
        )
    counts: dict[str, int] = {}
    with store.batch():
        for record in out:
            store.save(record, audit=False)
        for record in created:
            store.save(record, audit=False)
            counts[record.RECORD_TYPE] = counts.get(record.RECORD_TYPE, 0) + 1
    return counts


def _applications(rng: random.Random, case: Case, start: dt.date,
                  today: dt.date) -> list[SchemeApplication]:
    out = []
    ended = case.status in (v.CaseStatus.CLOSED.value, v.CaseStatus.INTERRUPTED.value)
    for scheme in rng.sample(SCHEMES, rng.randint(2, 4)):
        if ended:  # a closed case's applications were decided long ago
            status = rng.choice(("ikke_relevant", "bevilget", "bevilget", "afslaaet"))
        else:
            status = rng.choice(("ikke_relevant", "skal_soeges", "soegt", "soegt", "bevilget",
                                 "afslaaet"))
        need = min(start + dt.timedelta(days=rng.randint(0, 30)), today)
        if status in ("skal_soeges", "soegt"):  # an open application of a running case
            need = max(need, today - dt.timedelta(days=rng.randint(6, 45)))
        applied: dt.date | None = None
        decided: dt.date | None = None
        if status in ("soegt", "bevilget", "afslaaet"):
            applied = min(need + dt.timedelta(days=rng.randint(1, 10)), today)
        if applied is not None and status in ("bevilget", "afslaaet"):
            decided = min(applied + dt.timedelta(days=rng.randint(5, 45)), today)
        out.append(
            SchemeApplication(
                id=uuid7(), case_id=case.id, scheme=scheme, status=status, need_date=need,
                applied_date=applied, decision_date=decided,
                note="Afventer lægeerklæring" if status == "soegt" and rng.random() < 0.3
                else None,
            )
        )
    return out


def _wishes(rng: random.Random, companies: list[Company], start: dt.date,
            today: dt.date) -> list[dict[str, object]]:
    count = rng.randint(3, 5)
    picked = rng.sample(companies, min(len(companies), 2)) if companies else []
    works = rng.sample(WORK, count)
    wishes = []
    for i in range(count):
        company = picked[i].id if i < len(picked) and i % 2 == 1 else ""
        status = rng.choice(("ikke_kontaktet", "kontaktet", "moede", "praktik", "nej"))
        day = "" if status == "ikke_kontaktet" else min(
            start + dt.timedelta(days=rng.randint(5, 60)), today).isoformat()
        wishes.append({
            "company_id": company, "work": works[i], "dream": i == 0, "status": status,
            "status_date": day,
            "note": "Borgeren drømmer om det" if i == 0 else "",
        })
    return wishes


def _questionnaires(rng: random.Random, case: Case, start: dt.date, today: dt.date, *,
                    half: bool) -> list[Questionnaire]:
    def scores(base: int) -> dict[str, int]:
        return {n: max(1, min(5, base + rng.randint(-1, 1))) for n in Questionnaire.SCORES}

    begin = scores(2)
    first = Questionnaire(id=uuid7(), case_id=case.id, kind="start", answered_on=start,
                          filled_by=rng.choice(v.FilledBy.codes())).replace(**begin)
    if half:
        first = first.replace(hours_managed=None, own_assessment=None)  # a draft
    out = [first]
    if case.status == v.CaseStatus.CLOSED.value and case.end_date and not half:
        end = min(max(case.end_date, start), today)
        out.append(Questionnaire(
            id=uuid7(), case_id=case.id, kind="slut", answered_on=end,
            filled_by=rng.choice(v.FilledBy.codes()),
            comment="Jeg er blevet mere sikker på, hvad jeg kan." if rng.random() < 0.4 else None,
        ).replace(**{n: max(1, min(5, s + rng.randint(0, 2))) for n, s in begin.items()}))
    return out


def _scheme_pointers(store: Store, case: Case) -> list[Agreement]:
    """A draft agreement's accommodations point to the scheme that pays for them (a signed one
    is left as it is: signed is signed)."""
    out = []
    pays = {"roligt_sted": "arbejdspladsindretning", "ingen_tunge_loeft": "hjaelpemidler",
            "nedsat_tid": "fleksjob"}
    for agreement in store.list(Agreement, where={"case_id": case.id}):
        if agreement.status != v.DocumentStatus.DRAFT.value or not agreement.accommodations:
            continue
        accommodations = [
            a if a.category not in pays else type(a)(a.category, a.description, a.when,
                                                     pays[a.category])
            for a in agreement.accommodations
        ]
        out.append(agreement.replace(accommodations=accommodations))
    return out
