"""Realistic synthetic Danish demo data: fictitious people and companies, valid-format numbers.

Nothing here is real: names are drawn from common Danish first and last names, CPR numbers are
valid in format (real date, century rule) and CVR numbers pass modulus 11.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from desktop.domain.identifiers import cpr_passes_modulus11
from desktop.domain.lifecycle import aftercare_dates, content_hash, plan_follow_up_dates
from desktop.domain.records import (
    Accommodation,
    ActionItem,
    Agreement,
    Case,
    Citizen,
    Company,
    FollowUp,
    HoursPeriod,
    Meeting,
    Plan,
    Record,
    Signature,
)
from desktop.services.demo_company import add_company_demo
from desktop.services.demo_consent import add_consent_demo
from desktop.services.demo_effect import add_effect_demo
from desktop.services.demo_method import add_method_demo
from desktop.services.demo_praktik import add_praktik_demo
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

FIRST = (
    "Anne",
    "Mette",
    "Hanne",
    "Susanne",
    "Lene",
    "Maria",
    "Marianne",
    "Camilla",
    "Louise",
    "Pia",
    "Peter",
    "Jens",
    "Lars",
    "Michael",
    "Henrik",
    "Thomas",
    "Søren",
    "Jan",
    "Niels",
    "Rasmus",
    "Mikkel",
    "Sofie",
    "Freja",
    "Ida",
    "Emil",
    "Mads",
    "Jonas",
    "Bjørn",
    "Åse",
    "Ærenlund",
    "Øjvind",
    "Frederikke",
    "Malthe",
    "Noah",
    "Asta",
)
LAST = (
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Knudsen",
    "Møller",
    "Mortensen",
    "Frølund",
    "Søndergaard",
    "Østergaard",
    "Ågesen",
    "Bæk",
)
COMPANY_WORDS = (
    "Lager",
    "Bageri",
    "Tømrer",
    "Gartneri",
    "Auto",
    "Rengøring",
    "Kantine",
    "Møbel",
    "Cykel",
    "Trykkeri",
    "Plejecenter",
    "Genbrug",
    "Vognmand",
    "Kro",
    "Blomster",
    "Smedje",
    "Isenkram",
    "Fiskehandel",
)
COMPANY_FORMS = ("ApS", "A/S", "I/S", "& Søn", "Holding ApS")
TOWNS = (
    ("Vejle", "7100"),
    ("Horsens", "8700"),
    ("Aarhus C", "8000"),
    ("Næstved", "4700"),
    ("Køge", "4600"),
    ("Ringkøbing", "6950"),
    ("Ølstykke", "3650"),
    ("Aabenraa", "6200"),
)
STREETS = (
    "Skovvej",
    "Industrivej",
    "Søndergade",
    "Østergade",
    "Møllevej",
    "Bækkelundsvej",
    "Hovedgaden",
    "Æblehaven",
    "Kirkevej",
)
LIMITATIONS = (
    "tåler ikke løft over 5 kg",
    "brug for rolige omgivelser",
    "kan arbejde 2-3 timer ad gangen",
    "har brug for faste opgaver og rutiner",
    "har brug for skriftlige instruktioner",
    "kan ikke stå op i længere tid",
    "bliver hurtigt træt ved støj",
    "har brug for ekstra pauser",
)
NOTE_PHRASES = (
    "Borgeren er kommet godt i gang med opgaverne på lageret.",
    "Mentor oplever, at borgeren trives bedst med faste rutiner om morgenen.",
    "Vi aftalte at prøve en ekstra pause kl. 10.",
    "Timerne holder, men onsdag er tung efter træning.",
    "Truckcertifikat kunne åbne for flere opgaver.",
    "Virksomheden er tilfreds med kvaliteten af arbejdet.",
    "Borgeren ønsker at gå op i tid fra næste måned.",
    "Støj fra pakkemaskinen er en barriere; høreværn afprøves.",
    "Kollegerne har taget godt imod borgeren i kantinen.",
    "Skånehensynene virker, og løft over 5 kg undgås.",
)
ACTIONS = (
    "Bestille høreværn",
    "Afklare mulighed for truckkursus",
    "Sende tidsplan til mentor",
    "Undersøge hjælpemiddel til kontorstol",
    "Aftale næste opfølgning med leder",
    "Indhente status fra egen læge",
    "Opdatere skånehensyn i aftalen",
)
CONSULTANTS = ("demo.konsulent", "kari.konsulent", "ole.konsulent")
MENTORS = ("demo.mentor", "mette.mentor")
TEAM = "Team Vest"


def cvr_for(rng: random.Random) -> str:
    weights = (2, 7, 6, 5, 4, 3, 2)
    while True:
        head = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        check = (-sum(d * w for d, w in zip(head, weights, strict=True))) % 11
        if check < 10:
            return "".join(map(str, head)) + str(check)


def cpr_for(rng: random.Random, born: dt.date) -> str:
    """A valid-format CPR number for a birth date.

    Most pass modulus 11; some do not, as real numbers issued since 2007 may not.
    """
    yy = born.year % 100
    if born.year < 2000:
        digit7s = [0, 1, 2, 3] + ([4, 9] if yy >= 37 else [])
    else:
        digit7s = [4, 9] if yy <= 36 else [5, 6, 7, 8]
    while True:
        serial = f"{rng.choice(digit7s)}{rng.randint(0, 999):03d}"
        cpr = f"{born:%d%m}{yy:02d}-{serial}"
        if rng.random() < 0.1 or cpr_passes_modulus11(cpr):
            return cpr


def _phone(rng: random.Random) -> str:
    return " ".join(str(rng.randint(10 if i else 20, 99)) for i in range(4))


def _ascii(word: str) -> str:
    return word.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")


def _strokes(rng: random.Random) -> list[list[list[float]]]:
    strokes = []
    x = 0.05
    for _ in range(rng.randint(2, 4)):
        points = []
        for i in range(12):
            points.append([round(x + i * 0.02, 3), round(0.5 + 0.3 * rng.uniform(-1, 1), 3)])
        x += 0.28
        strokes.append(points)
    return strokes


def records(
    *,
    cases: int = 50,
    meetings_per_case: int = 10,
    seed: int = 20261123,
    today: dt.date | None = None,
) -> Iterator[Record]:
    """The synthetic records of `cases` cases, deterministic for a seed."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    companies = [_company(rng) for _ in range(max(3, cases // 4))]
    yield from companies
    for n in range(cases):
        yield from _case_records(rng, companies, n, meetings_per_case, today)


def generate(
    store: Store,
    *,
    cases: int = 50,
    meetings_per_case: int = 10,
    seed: int = 20261123,
    today: dt.date | None = None,
    batch_size: int = 2000,
) -> dict[str, int]:
    """Fill the store with `cases` synthetic cases; returns how many records of each kind."""
    counts: dict[str, int] = {}
    batch: list[Record] = []
    for record in records(cases=cases, meetings_per_case=meetings_per_case, seed=seed, today=today):
        batch.append(record)
        counts[record.RECORD_TYPE] = counts.get(record.RECORD_TYPE, 0) + 1
        if len(batch) >= batch_size:
            save_all(store, batch)
            batch.clear()
    save_all(store, batch)
    # The method (issue 13): praktik verdicts, retention, projects, support budgets.
    for kind, n in add_praktik_demo(store, seed=seed, today=today, team=TEAM).items():
        counts[kind] = counts.get(kind, 0) + n
    for kind, n in add_effect_demo(store, seed=seed, today=today, team=TEAM).items():
        counts[kind] = counts.get(kind, 0) + n
    for kind, n in add_consent_demo(store, today=today).items():  # consents (issue 18)
        counts[kind] = counts.get(kind, 0) + n
    # The company side (issue 14): profiles, needs, contact history, the network.
    for kind, n in add_company_demo(store, seed=seed, today=today, team=TEAM).items():
        counts[kind] = counts.get(kind, 0) + n
    for kind, n in add_method_demo(store, seed=seed, today=today).items():  # screening etc.
        counts[kind] = counts.get(kind, 0) + n
    return counts


def save_all(store: Store, batch: list[Record]) -> None:
    """Save records in one transaction, as an import does (no audit entry per record)."""
    with store.batch():
        for record in batch:
            store.save(record, audit=False)


def _company(rng: random.Random) -> Company:
    town, postcode = rng.choice(TOWNS)
    name = f"{rng.choice(LAST)}s {rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_FORMS)}"
    contact = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return Company(
        id=uuid7(),
        name=name,
        cvr=cvr_for(rng),
        p_number=str(rng.randint(10**9, 10**10 - 1)),
        address=f"{rng.choice(STREETS)} {rng.randint(1, 120)}, {postcode} {town}",
        phone=_phone(rng),
        email=f"kontakt@{_ascii(name.split()[0].lower())}.example.dk",
        contacts=[
            {"name": contact, "role": "Leder", "phone": "", "email": ""},
            {
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "role": "Mentor",
                "phone": "",
                "email": "",
            },
        ],
        notes="Virksomheden har erfaring med fleksjob og praktik.",
    )


def _case_records(
    rng: random.Random, companies: list[Company], n: int, meetings: int, today: dt.date
) -> Iterator[Record]:
    born = dt.date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
    held: list[Meeting] = []
    town, postcode = rng.choice(TOWNS)
    middle = f"{rng.choice(FIRST)} " if rng.random() < 0.3 else ""
    name = f"{rng.choice(FIRST)} {middle}{rng.choice(LAST)}"
    citizen = Citizen(
        id=uuid7(),
        name=name,
        cpr=cpr_for(rng, born),
        address=f"{rng.choice(STREETS)} {rng.randint(1, 99)}, {postcode} {town}",
        phone=_phone(rng),
        email=None,
        target_group=rng.choice(v.TargetGroup.codes()),
        functional_limitations="; ".join(rng.sample(LIMITATIONS, 2)),
        health_notes="Lægeattest modtaget; se journal.",
    )
    yield citizen
    company = rng.choice(companies)
    start = today - dt.timedelta(days=rng.randint(-20, 300))
    end = start + dt.timedelta(weeks=rng.choice((8, 13, 26)))
    status = (
        v.CaseStatus.PLANNED
        if start > today
        else v.CaseStatus.CLOSED
        if end < today and rng.random() < 0.5
        else v.CaseStatus.ACTIVE
    )
    scheme = rng.choice(v.Scheme.codes())
    outcome = (
        v.Outcome.EMPLOYED.value if status is v.CaseStatus.CLOSED and rng.random() < 0.6 else None
    )
    case = Case(
        id=uuid7(),
        title=f"{scheme.capitalize()} hos {company.name}",
        citizen_id=citizen.id,
        company_id=company.id,
        team=TEAM,
        consultant=CONSULTANTS[n % len(CONSULTANTS)],
        mentors=[MENTORS[n % len(MENTORS)]] if n % 3 else [],
        scheme=scheme,
        status=status.value,
        start_date=start,
        end_date=end,
        purpose="Afklare arbejdsevne og opbygge timer mod ordinære timer eller fleksjob.",
        outcome=outcome,
    )
    yield case
    contact = company.contacts[0]["name"]
    for i in range(meetings):
        when = dt.datetime.combine(start + dt.timedelta(days=14 * i), dt.time(9 + i % 6, 0))
        kind = (
            v.MeetingKind.INITIAL
            if i == 0
            else v.MeetingKind.MIDWAY
            if i == meetings // 2
            else v.MeetingKind.FOLLOW_UP
        )
        meeting = Meeting(
            id=uuid7(),
            case_id=case.id,
            kind=kind.value,
            starts_at=when,
            place=company.address,
            participants=[
                {"name": citizen.name, "role": "borger"},
                {"name": contact, "role": "virksomhed"},
                {"name": case.consultant or "", "role": "jobcenter"},
            ],
            status_against_goals="Delmål om stabilt fremmøde er nået." if i else None,
            planned_hours=float(6 + 2 * min(i, 6)),
            actual_hours=float(5 + 2 * min(i, 6)),
            accommodations_working=rng.choice(v.AccommodationsWorking.codes()),
            barriers=rng.choice(NOTE_PHRASES[7:8] + ("",)),
            notes=" ".join(rng.sample(NOTE_PHRASES, 3)),
            decisions="Timerne fortsætter uændret frem til næste møde.",
            next_meeting_at=when + dt.timedelta(days=14) if i == meetings - 1 else None,
        )
        held.append(meeting)
        yield meeting
        if rng.random() < 0.4:
            yield ActionItem(
                id=uuid7(),
                case_id=case.id,
                meeting_id=meeting.id,
                what=rng.choice(ACTIONS),
                owner=rng.choice(v.BallHolder.codes()),
                deadline=when.date() + dt.timedelta(days=rng.randint(3, 21)),
                done=when.date() < today - dt.timedelta(days=30),
            )
    yield from _documents(rng, case, citizen, company, start, end, today, held)


def _documents(
    rng: random.Random,
    case: Case,
    citizen: Citizen,
    company: Company,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    held: list[Meeting],
) -> Iterator[Record]:
    hours = rng.choice((8.0, 10.0, 12.0, 15.0, 20.0))
    days = ("man", "tir", "ons", "tor", "fre")
    per_day = hours / 4
    agreement = Agreement(
        id=uuid7(),
        case_id=case.id,
        version=1,
        status=v.DocumentStatus.DRAFT.value,
        parties={
            "borger": {"name": citizen.name},
            "virksomhed": {"name": company.name, "contact": company.contacts[0]["name"]},
            "jobcenter": {"name": "Jobcenter Demo Kommune", "contact": case.consultant},
        },
        scheme=case.scheme,
        legal_basis="Lov om en aktiv beskæftigelsesindsats",
        valid_from=start,
        valid_to=end,
        review_date=start + (end - start) / 2,
        hours_per_week=hours,
        weekday_hours={d: per_day for d in days[:4]},
        accommodations=[
            Accommodation(
                v.AccommodationCategory.NO_HEAVY_LIFTING.value,
                "Løfter ikke over 5 kg; kollega hjælper med paller.",
                "Hele tiden",
            ),
            Accommodation(
                v.AccommodationCategory.EXTRA_BREAKS.value,
                "En ekstra pause på 10 minutter formiddag og eftermiddag.",
                "Dagligt",
            ),
        ],
        tasks_included="Plukning af småvarer, optælling, etikettering.",
        tasks_excluded="Tunge løft, kørsel med truck.",
        aids="Hæve-sænkebord",
        personal_assistance_hours=None,
        mentor_hours=2.0,
        bad_day_plan="Borgeren ringer til mentor inden kl. 8 og aftaler kortere dag.",
        bad_day_contact=company.contacts[-1]["name"],
        consent_to_share=True,
    )
    signed = rng.random() < 0.5
    if signed:
        agreement = agreement.replace(status=v.DocumentStatus.SIGNED.value)
    yield agreement
    if signed:
        digest = content_hash(agreement)
        for party, signer in (
            (v.Party.CITIZEN, citizen.name),
            (v.Party.COMPANY, company.contacts[0]["name"]),
            (v.Party.JOBCENTER, case.consultant or ""),
        ):
            yield Signature(
                id=uuid7(),
                case_id=case.id,
                document_type="agreement",
                document_id=agreement.id,
                document_version=1,
                content_hash=digest,
                party=party.value,
                signer_name=signer,
                signer_role=party.label,
                signed_at=dt.datetime.combine(start, dt.time(10, 30), tzinfo=dt.UTC),
                method=v.SignatureMethod.SCREEN.value,
                strokes=_strokes(rng),
            )
    weeks = max(4, (end - start).days // 7)
    plan = Plan(
        id=uuid7(),
        case_id=case.id,
        version=1,
        status=v.DocumentStatus.DRAFT.value,
        agreement_id=agreement.id,
        goal="Borgeren arbejder stabilt 15 timer om ugen med de aftalte skånehensyn.",
        sub_goals=["Stabilt fremmøde", "Selvstændig plukning", "Op i tid"],
        start_date=start,
        end_date=end,
        periods=[
            HoursPeriod(1, 2, 2, 2.0),
            HoursPeriod(3, 4, 3, 3.0),
            HoursPeriod(5, weeks, 4, 3.5),
        ],
        tasks="Plukning, optælling og etikettering.",
        support="Mentor 2 timer om ugen.",
        commitments={
            "borger": "Møder til tiden og siger til ved problemer.",
            "virksomhed": "Stiller mentor og faste opgaver til rådighed.",
            "jobcenter": "Følger op hver 14. dag.",
        },
        evaluation_criteria="Kan borgeren bære opgaverne i de aftalte timer?",
        consequence="Ansættelse i fleksjob med de opnåede timer.",
    )
    yield plan
    for kind, due in plan_follow_up_dates(start, end).items():
        yield FollowUp(
            id=uuid7(),
            case_id=case.id,
            kind=kind,
            due_date=due,
            label=v.FollowUpKind(kind).label,
            meeting_id=_recorded_by(held, due, today),
        )
    if case.outcome == v.Outcome.EMPLOYED.value and case.end_date:
        for due in aftercare_dates(case.end_date):
            yield FollowUp(
                id=uuid7(),
                case_id=case.id,
                kind=v.FollowUpKind.AFTERCARE.value,
                due_date=due,
                label="Efterværn",
                meeting_id=_recorded_by(held, due, today),
            )


def _recorded_by(held: list[Meeting], due: dt.date, today: dt.date) -> str | None:
    """Follow-ups well in the past were held (at the meeting nearest the date); recent ones wait
    in I dag, as on a real consultant's laptop."""
    if due > today - dt.timedelta(days=21) or not held:
        return None
    return min(held, key=lambda m: abs((m.starts_at.date() - due).days) if m.starts_at else 0).id
