"""A fixed, fictitious agreement, plan and meeting for previews, benchmarks and the README page.

Nothing here is real: the people, the company and the numbers are made up (the CPR number is
valid in format only, the CVR number passes modulus 11).
"""

from __future__ import annotations

import datetime as dt
import math
import uuid

from desktop.documents.model import (
    AgreementDocument,
    MinutesDocument,
    Organisation,
    Parties,
    PlanDocument,
)
from desktop.domain.lifecycle import content_hash
from desktop.domain.records import (
    Accommodation,
    ActionItem,
    Agreement,
    Case,
    Citizen,
    Company,
    HoursPeriod,
    Meeting,
    Plan,
    Signature,
)
from sync.protocol import vocabulary as v

START = dt.date(2026, 3, 2)
END = dt.date(2026, 8, 28)
SIGNED_AT = dt.datetime(2026, 2, 24, 9, 40, tzinfo=dt.UTC)
HEALTH_NOTE = "Lægeattest af 12.02.2026: diagnose noteret i journalen."
CPR = "240385-1234"


def organisation() -> Organisation:
    return Organisation(name="Demo Kommune, Jobcenter", logo=None)


def scribble(seed: int, loops: int = 6) -> list[list[list[float]]]:
    """Handwriting-like strokes in a 0..1 box (y down), deterministic for a seed.

    Each stroke is a prolate cycloid (the loops of joined-up writing) with a varying height, plus
    a final underline-like flourish.
    """
    strokes: list[list[list[float]]] = []
    x0 = 0.05 + 0.02 * (seed % 3)
    for part, n_loops in enumerate((loops, max(2, loops - 3 + seed % 3))):
        points = []
        steps = 18 * n_loops
        width = 0.06 * n_loops
        for i in range(steps + 1):
            t = i / steps
            phase = 2 * math.pi * n_loops * t
            height = 0.22 + 0.12 * math.sin(3.1 * t * math.pi + seed + part)
            x = x0 + width * t - 0.035 * math.sin(phase)
            y = 0.55 - height * (1 - math.cos(phase)) / 2 - 0.08 * t
            points.append([round(min(max(x, 0), 1), 4), round(min(max(y, 0), 1), 4)])
        strokes.append(points)
        x0 += width + 0.06
    flourish = [
        [
            round(0.08 + 0.8 * t / 20, 4),
            round(0.78 - 0.06 * math.sin(math.pi * t / 20) + 0.01 * (seed % 2), 4),
        ]
        for t in range(21)
    ]
    strokes.append(flourish)
    return strokes


def parties() -> Parties:
    citizen = Citizen(
        id="01900000-0000-7000-8000-000000000001",
        name="Søren Ærø Østergård-Ågesen",
        cpr=CPR,
        address="Æblehaven 7, 7100 Vejle",
        phone="22 33 44 55",
        email="soeren@example.dk",
        target_group=v.TargetGroup.FLEKSJOB.value,
        functional_limitations="tåler ikke løft over 5 kg; brug for rolige omgivelser",
        health_notes=HEALTH_NOTE,
    )
    company = Company(
        id="01900000-0000-7000-8000-000000000002",
        name="Bæk & Møller Lager ApS",
        cvr="13748136",
        p_number="1012345678",
        address="Industrivej 12, 8700 Horsens",
        phone="75 60 10 20",
        email="kontakt@baekmoeller.example.dk",
        contacts=[
            {"name": "Åse Frølund", "role": "Lagerchef", "phone": "", "email": ""},
            {"name": "Bjørn Søndergaard", "role": "Mentor", "phone": "", "email": ""},
        ],
    )
    case = Case(
        id="01900000-0000-7000-8000-000000000003",
        title="Virksomhedspraktik på lageret",
        citizen_id=citizen.id,
        company_id=company.id,
        team="Team Vest",
        consultant="Mette Kærgaard",
        scheme=v.Scheme.VIRKSOMHEDSPRAKTIK.value,
        status=v.CaseStatus.ACTIVE.value,
        start_date=START,
        end_date=END,
    )
    return Parties(case=case, citizen=citizen, company=company)


def agreement(p: Parties | None = None) -> Agreement:
    p = p or parties()
    assert p.citizen is not None and p.company is not None
    return Agreement(
        id="01900000-0000-7000-8000-0000000000a1",
        case_id=p.case.id,
        version=2,
        supersedes_id="01900000-0000-7000-8000-0000000000a0",
        status=v.DocumentStatus.SIGNED.value,
        parties={
            "borger": {"name": p.citizen.name},
            "virksomhed": {"name": p.company.name, "contact": "Åse Frølund"},
            "jobcenter": {"name": "Jobcenter Demo Kommune", "contact": "Mette Kærgaard"},
        },
        scheme=v.Scheme.VIRKSOMHEDSPRAKTIK.value,
        legal_basis="Lov om en aktiv beskæftigelsesindsats, kapitel 11 (virksomhedspraktik)",
        valid_from=START,
        valid_to=END,
        review_date=dt.date(2026, 5, 15),
        hours_per_week=12.0,
        weekday_hours={"man": 3.0, "tir": 3.0, "tor": 3.0, "fre": 3.0},
        accommodations=[
            Accommodation(
                v.AccommodationCategory.NO_HEAVY_LIFTING.value,
                "Løfter ikke over 5 kg; en kollega tager paller og kasser.",
                "Hele tiden",
            ),
            Accommodation(
                v.AccommodationCategory.EXTRA_BREAKS.value,
                "En ekstra pause på 10 minutter formiddag og eftermiddag.",
                "Dagligt",
            ),
            Accommodation(
                v.AccommodationCategory.QUIET_PLACE.value,
                "Arbejder ved pakkebordet væk fra truckbanen og pakkemaskinen.",
                "Ved pakning",
            ),
            Accommodation(
                v.AccommodationCategory.WRITTEN_INSTRUCTIONS.value,
                "Nye opgaver gives også på skrift, med tjekliste ved stationen.",
                "Ved nye opgaver",
            ),
        ],
        tasks_included="Plukning af småvarer, optælling, etikettering og pakning af ordrer.",
        tasks_excluded="Tunge løft, kørsel med truck, arbejde i frostrummet.",
        aids="Hæve-sænkebord ved pakkestationen; høreværn.",
        personal_assistance_hours=None,
        mentor_hours=2.0,
        bad_day_plan="Søren ringer til mentor inden kl. 8 og aftaler en kortere dag eller "
        "andre opgaver. Ved sygdom meldes der fra som hos alle andre.",
        bad_day_contact="Bjørn Søndergaard, mentor, 40 50 60 70",
        consent_to_share=True,
        health_notes=HEALTH_NOTE,
    )


def signatures_for(doc: Agreement | Plan, p: Parties | None = None) -> list[Signature]:
    p = p or parties()
    digest = content_hash(doc)
    signers = (
        (v.Party.CITIZEN, p.citizen.name if p.citizen else "", "Borger"),
        (v.Party.COMPANY, "Åse Frølund", "Lagerchef, Bæk & Møller Lager ApS"),
        (v.Party.JOBCENTER, "Mette Kærgaard", "Virksomhedskonsulent, Jobcenter Demo Kommune"),
    )
    return [
        Signature(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"trepart-example:{doc.id}:{party.value}")),
            case_id=p.case.id,
            document_type=doc.catalogue().name,
            document_id=doc.id,
            document_version=doc.version,
            content_hash=digest,
            party=party.value,
            signer_name=name,
            signer_role=role,
            signed_at=SIGNED_AT + dt.timedelta(minutes=i),
            method=v.SignatureMethod.SCREEN.value,
            strokes=scribble(i + 3 * doc.version),
        )
        for i, (party, name, role) in enumerate(signers)
    ]


def agreement_document() -> AgreementDocument:
    p = parties()
    a = agreement(p)
    return AgreementDocument(agreement=a, parties=p, signatures=signatures_for(a, p))


def plan_document() -> PlanDocument:
    p = parties()
    a = agreement(p)
    plan = Plan(
        id="01900000-0000-7000-8000-0000000000b1",
        case_id=p.case.id,
        version=1,
        status=v.DocumentStatus.SIGNED.value,
        agreement_id=a.id,
        goal="Søren arbejder stabilt 15 timer om ugen på lageret med de aftalte skånehensyn.",
        sub_goals=[
            "Stabilt fremmøde de aftalte dage",
            "Selvstændig plukning efter tjekliste",
            "Op i tid til 15 timer om ugen",
        ],
        start_date=START,
        end_date=END,
        periods=[
            HoursPeriod(1, 2, 2, 2.0),
            HoursPeriod(3, 4, 3, 3.0),
            HoursPeriod(5, 12, 4, 3.0),
            HoursPeriod(13, 26, 5, 3.0),
        ],
        tasks="Plukning, optælling, etikettering og pakning.",
        support="Mentor 2 timer om ugen; hæve-sænkebord og høreværn.",
        commitments={
            "borger": "Møder til tiden og siger til, hvis noget ikke fungerer.",
            "virksomhed": "Stiller mentor og faste opgaver til rådighed.",
            "jobcenter": "Følger op hver 14. dag og ved behov.",
        },
        evaluation_criteria="Kan Søren bære opgaverne i de aftalte timer, og får virksomheden "
        "løst de opgaver, den har brug for?",
        consequence="Ansættelse i fleksjob med de opnåede timer.",
    )
    items = [
        ActionItem(
            id="01900000-0000-7000-8000-0000000000c1",
            case_id=p.case.id,
            plan_id=plan.id,
            what="Bestille høreværn",
            owner=v.BallHolder.COMPANY.value,
            deadline=dt.date(2026, 3, 9),
            done=True,
        ),
        ActionItem(
            id="01900000-0000-7000-8000-0000000000c2",
            case_id=p.case.id,
            plan_id=plan.id,
            what="Sende tidsplan til mentor",
            owner=v.BallHolder.JOBCENTER.value,
            deadline=dt.date(2026, 3, 4),
        ),
    ]
    return PlanDocument(
        plan=plan,
        parties=p,
        signatures=signatures_for(plan, p),
        action_items=items,
        agreement=a,
        actual_hours={1: 4.0, 2: 3.0, 3: 9.0, 5: 11.5, 7: 12.0},
    )


def minutes_document() -> MinutesDocument:
    p = parties()
    meeting = Meeting(
        id="01900000-0000-7000-8000-0000000000d1",
        case_id=p.case.id,
        kind=v.MeetingKind.MIDWAY.value,
        starts_at=dt.datetime(2026, 5, 15, 8, 30, tzinfo=dt.UTC),
        place="Bæk & Møller Lager ApS, Industrivej 12, 8700 Horsens",
        participants=[
            {"name": "Søren Ærø Østergård-Ågesen", "role": "borger"},
            {"name": "Åse Frølund", "role": "virksomhed"},
            {"name": "Bjørn Søndergaard", "role": "mentor"},
            {"name": "Mette Kærgaard", "role": "jobcenter"},
        ],
        status_against_goals="Delmålet om stabilt fremmøde er nået; plukning efter tjekliste "
        "går godt.",
        planned_hours=12.0,
        actual_hours=11.5,
        accommodations_working=v.AccommodationsWorking.PARTLY.value,
        barriers="Støj fra pakkemaskinen om eftermiddagen.",
        notes="Søren er faldet godt til. Høreværn er afprøvet og hjælper delvist.",
        decisions="Timerne fortsætter uændret; pakkebordet flyttes længere væk fra maskinen.",
        next_meeting_at=dt.datetime(2026, 6, 12, 8, 30, tzinfo=dt.UTC),
        health_notes=HEALTH_NOTE,
    )
    items = [
        ActionItem(
            id="01900000-0000-7000-8000-0000000000e1",
            case_id=p.case.id,
            meeting_id=meeting.id,
            what="Flytte pakkebordet væk fra pakkemaskinen",
            owner=v.BallHolder.COMPANY.value,
            deadline=dt.date(2026, 5, 29),
        ),
        ActionItem(
            id="01900000-0000-7000-8000-0000000000e2",
            case_id=p.case.id,
            meeting_id=meeting.id,
            what="Undersøge bedre høreværn via hjælpemidler",
            owner=v.BallHolder.JOBCENTER.value,
            deadline=dt.date(2026, 6, 5),
        ),
    ]
    return MinutesDocument(meeting=meeting, parties=p, action_items=items)
