"""Demo data for the company side (issue 14), so its pages have content:

- every demo company gets a profile: industry, size, a workplace with its P-number and postcode,
  its interest (candidates now, seasonal, praktik, fleksjob) and, for some, the social-economy or
  circular-economy mark;
- one to three needs per company (open, in dialogue, filled, closed) with hours, demands and the
  accommodations it can offer;
- a contact history of calls, visits and e-mails with action items and the next contact (some due
  today or overdue, so I dag lists them);
- a company network (dialogforum) with companies, the disability council, two unions and the
  jobcenter as members, its recruitment goal and three meetings with agenda, attendance, minutes;
- so the match list has something to weigh: a screening for some citizens and an own list on
  some cases that have none yet.

Never in a mentor's vault: a mentor may hold none of it. Everything is synthetic.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop.domain.records import (
    Case,
    Citizen,
    Company,
    CompanyContact,
    CompanyNeed,
    Network,
    NetworkMeeting,
    NetworkMember,
    Record,
    Screening,
)
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

MAX_COMPANIES = 60  # a large benchmark vault gets company data on its first companies only

INDUSTRIES = (
    ("Lager og logistik", ("Lagermedhjælper", "Pakkemedarbejder"), ("loeft", "staa_gaa")),
    ("Gartneri og planteskole", ("Sæsonhjælp i gartneriet", "Plantepasser"), ("staa_gaa",)),
    ("Bageri", ("Bagermedhjælper", "Ekspedient i butikken"), ("tempo", "kundekontakt")),
    ("Kontor og administration", ("Kontorassistent", "Scanning og arkiv"), ("sidde",)),
    (
        "Genbrug og reparation",
        ("Medhjælper på værkstedet", "Sortering af genbrug"),
        ("finmotorik",),
    ),
    ("Kantine og køkken", ("Køkkenmedhjælper", "Opvask og rengøring"), ("tempo", "stoej_lys")),
)
TASKS = (
    "Faste opgaver i eget tempo med en fast kontaktperson.",
    "Opgaverne læres trin for trin; skriftlig instruktion findes.",
    "Varierede opgaver i et lille team.",
)
PURPOSES = (
    "Høre om virksomhedens behov i sæsonen",
    "Opfølgning på praktikken",
    "Præsentere en kandidat",
    "Tale om fleksjob og skånehensyn",
)
OUTCOMES = (
    "Virksomheden vil gerne se en kandidat inden for to uger.",
    "Aftalt at vi ringer igen efter ferien.",
    "Lederen er positiv; venter på budget.",
    "Praktikken går godt; overvejer ansættelse.",
)
ACTIONS = (
    ("Sende kandidatprofil", v.BallHolder.JOBCENTER.value),
    ("Afklare arbejdstider med holdet", v.BallHolder.COMPANY.value),
    ("Finde en mentor i virksomheden", v.BallHolder.COMPANY.value),
    ("Søge hjælpemidler", v.BallHolder.JOBCENTER.value),
)
WISH_WORK = ("lager", "gartneri", "bageri", "kontor", "genbrug", "køkken")


def _postcode(address: str | None) -> str:
    for word in (address or "").replace(",", " ").split():
        if len(word) == 4 and word.isdigit():
            return word
    return ""


def add_company_demo(
    store: Store, *, seed: int, today: dt.date | None = None, team: str = "Team Vest"
) -> dict[str, int]:
    """Add the company side to a demo vault; nothing in a mentor's vault."""
    if store.actor.role == v.Role.MENTOR.value:
        return {}
    rng = random.Random(seed + 14)
    today = today or dt.date.today()
    out: list[Record] = []
    companies = store.list(Company)[:MAX_COMPANIES]
    profiled: list[Company] = []
    for n, company in enumerate(companies):
        industry, titles, demands = INDUSTRIES[n % len(INDUSTRIES)]
        marks = []
        if "Genbrug" in industry or rng.random() < 0.15:
            marks.append(v.CompanyMark.CIRCULAR.value)
        if rng.random() < 0.2:
            marks.append(v.CompanyMark.SOCIAL_ECONOMY.value)
        interests = rng.sample(v.CompanyInterest.codes(), rng.randint(1, 3))
        postcode = _postcode(company.address)
        profile = company.replace(
            industry=industry,
            employees=rng.choice((3, 4, 6, 12, 25, 48, 60, 140)),
            interests=[i for i in v.CompanyInterest.codes() if i in interests],
            marks=marks,
            workplaces=[
                {
                    "name": "Hovedafdeling",
                    "p_number": company.p_number or "",
                    "address": (company.address or "")[:200],
                    "postcode": postcode,
                }
            ],
        )
        profiled.append(profile)
        out.append(profile)
        statuses = (
            v.NeedStatus.OPEN,
            v.NeedStatus.IN_DIALOGUE,
            v.NeedStatus.FILLED,
            v.NeedStatus.CLOSED,
        )
        for k in range(rng.randint(1, 3)):
            out.append(
                CompanyNeed(
                    id=uuid7(),
                    company_id=company.id,
                    team=team,
                    title=titles[k % len(titles)],
                    kind=rng.choice(v.NeedKind.codes()),
                    tasks=rng.choice(TASKS),
                    hours_per_week=float(rng.choice((8, 12, 15, 20, 25, 30, 37))),
                    demands=[
                        d for d in v.WorkFunction.codes() if d in demands or rng.random() < 0.08
                    ],
                    accommodations=sorted(
                        rng.sample(v.AccommodationCategory.codes()[:-1], rng.randint(1, 4))
                    ),
                    postcode=postcode or None,
                    start_date=today + dt.timedelta(days=rng.randint(3, 60)),
                    status=(statuses[0] if k == 0 else rng.choice(statuses)).value,
                )
            )
        contacted = today - dt.timedelta(days=rng.randint(60, 200))
        for k in range(rng.randint(2, 4)):
            last = k == 3 or (k >= 1 and rng.random() < 0.3)
            contacted = min(today, contacted + dt.timedelta(days=rng.randint(10, 50)))
            what, owner = rng.choice(ACTIONS)
            out.append(
                CompanyContact(
                    id=uuid7(),
                    company_id=company.id,
                    team=team,
                    kind=rng.choice(v.ContactKind.codes()),
                    contacted_on=contacted,
                    company_person=(company.contacts[0]["name"] if company.contacts else None),
                    consultant="demo.konsulent",
                    purpose=rng.choice(PURPOSES),
                    outcome=rng.choice(OUTCOMES),
                    actions=[
                        {
                            "what": what,
                            "owner": owner,
                            "deadline": (contacted + dt.timedelta(days=14)).isoformat(),
                            "done": not last,
                        }
                    ],
                    next_contact=contacted + dt.timedelta(days=rng.choice((14, 30, 45))),
                )
            )
            if last:
                break
        if n % 4 == 0:  # some companies are due for contact today or overdue
            out.append(
                CompanyContact(
                    id=uuid7(),
                    company_id=company.id,
                    team=team,
                    kind=v.ContactKind.CALL.value,
                    contacted_on=today - dt.timedelta(days=10),
                    consultant="demo.konsulent",
                    purpose="Aftale næste besøg",
                    outcome="Lederen ringer tilbage.",
                    next_contact=today - dt.timedelta(days=n % 3),
                )
            )
    out += _network(rng, profiled, today, team)
    out += _method(rng, store, profiled)
    with store.batch():
        for record in out:
            store.save(record, audit=False)
    counts: dict[str, int] = {}
    for record in out:
        counts[record.RECORD_TYPE] = counts.get(record.RECORD_TYPE, 0) + 1
    # Profiles of existing companies and own lists on existing cases: changes, not new records.
    counts.pop("company", None)
    counts.pop("case", None)
    return {k: n for k, n in counts.items() if n}


def _network(
    rng: random.Random, companies: list[Company], today: dt.date, team: str
) -> list[Record]:
    network = Network(
        id=uuid7(),
        name="Dialogforum Vest",
        team=team,
        purpose="Virksomheder, handicaprådet, fagforeningerne og jobcentret mødes om inkluderende"
        " rekruttering og fastholdelse.",
        target_companies=18,
        target_circular_pct=20.0,
    )
    out: list[Record] = [network]
    members: list[NetworkMember] = []
    for k, company in enumerate(companies[:12]):
        members.append(
            NetworkMember(
                id=uuid7(),
                network_id=network.id,
                team=team,
                kind=v.NetworkMemberKind.COMPANY.value,
                company_id=company.id,
                name=company.name,
                joined_on=today - dt.timedelta(days=300 - 20 * k),
            )
        )
    for kind, name in (
        (v.NetworkMemberKind.DISABILITY_COUNCIL, "Handicaprådet"),
        (v.NetworkMemberKind.UNION, "3F Vest"),
        (v.NetworkMemberKind.UNION, "HK Midt"),
        (v.NetworkMemberKind.JOBCENTER, "Jobcenter Vest, virksomhedsteamet"),
    ):
        members.append(
            NetworkMember(
                id=uuid7(),
                network_id=network.id,
                team=team,
                kind=kind.value,
                name=name,
                joined_on=today - dt.timedelta(days=320),
            )
        )
    out += members
    topics = (
        "1. Velkomst\n2. Sæsonbehov i foråret\n3. Erfaringer med fleksjob",
        "1. Nyt fra jobcentret\n2. Cirkulær økonomi: genbrug som praktiksted\n3. Eventuelt",
        "1. Status på rekrutteringsmålet\n2. Skånehensyn i praksis\n3. Næste møde",
    )
    for k, agenda in enumerate(topics):
        held = today - dt.timedelta(days=200 - 80 * k)
        out.append(
            NetworkMeeting(
                id=uuid7(),
                network_id=network.id,
                team=team,
                held_at=dt.datetime(held.year, held.month, held.day, 14, 0, tzinfo=dt.UTC),
                place="Jobcentret, mødelokale 2",
                agenda=agenda,
                attendance=[
                    {"member_id": m.id, "name": m.name, "present": rng.random() < 0.8}
                    for m in members
                ],
                minutes="Medlemmerne delte erfaringer; to virksomheder vil tage en praktikant.",
            )
        )
    return out


def _method(rng: random.Random, store: Store, companies: list[Company]) -> list[Record]:
    """Screenings and own lists for some citizens, where the vault has none, so matching has
    something to weigh (and some citizens without, so it shows what is missing)."""
    screened = {s.citizen_id for s in store.list(Screening)}
    out: list[Record] = []
    for k, citizen in enumerate(store.list(Citizen)[:80]):
        if k % 5 != 4 and citizen.id not in screened:
            functions = rng.sample(v.WorkFunction.codes(), rng.randint(0, 2))
            out.append(
                Screening(
                    id=uuid7(),
                    citizen_id=citizen.id,
                    screened_at=dt.datetime(2026, 1, 1 + k % 28, 9, 0, tzinfo=dt.UTC),
                    screened_by="demo.konsulent",
                    consent_to_record=True,
                    impairment="ja" if functions else "nej",
                    functions=functions,
                )
            )
    for k, case in enumerate(store.list(Case)[:80]):
        if case.wishes or k % 3 == 2 or not companies:
            continue
        if case.group == v.CaseGroup.REFERENCE.value:  # outcome data only (issue 13)
            continue
        wish_company = rng.choice(companies)
        out.append(
            case.replace(
                wishes=[
                    {
                        "company_id": wish_company.id,
                        "work": "",
                        "dream": True,
                        "status": v.WishStatus.NOT_CONTACTED.value,
                        "status_date": "",
                        "note": "",
                    },
                    {
                        "company_id": "",
                        "work": rng.choice(WISH_WORK),
                        "dream": False,
                        "status": v.WishStatus.NOT_CONTACTED.value,
                        "status_date": "",
                        "note": "",
                    },
                ]
            )
        )
    return out
