"""Screening at first contact (STAR's "Et mere rummeligt arbejdsmarked"): a few questions with the
citizen so that an impairment that holds them back is noticed at once.

The answers are health data (GDPR art. 9): a screening never reaches a mentor (the catalogue's
`mentor_readable=False`: the server never sends one, a mentor's device refuses one), none of it is
printed, and it is kept only with the citizen's consent to record it. A positive screening offers
to open a case with the consultant as the citizen's personal job broker (personlig jobformidler);
the case names the screening (`case.screening_id`), and the screening the case it opened.

`screening_intervals` is what the effect report uses: days from the screening to the first company
contact and to the job start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.labels import label
from desktop.domain.problems import Problem, Severity, ValidationError, blocking
from desktop.domain.records import Case, Citizen, Meeting, Screening
from desktop.domain.validation import validate
from desktop.services import consents
from desktop.services.access import AccessDenied, Viewer, require_case, require_jobcenter
from desktop.services.cases import tidy_citizen
from desktop.services.changes import Changes
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

# The answers that are health data: blanked when the citizen does not consent to recording.
ANSWERS = ("impairment", "functions", "what_helped")
# The consent screen's kind for keeping the answers: its withdrawal empties them (consents.py).
STORED = v.ConsentKind.SCREENING_STORED.value


def forget_answers(store: Store, *, citizen_id: str) -> int:
    """The citizen withdrew the consent to keep screening answers: every screening of theirs
    keeps only that it happened (the emptying syncs like any edit, and secure_delete leaves no
    old text in the vault). Call inside the withdrawal's batch; returns how many changed."""
    changed = 0
    for screening in store.list(Screening, where={"citizen_id": citizen_id}):
        if screening.consent_to_record or any(getattr(screening, a) for a in ANSWERS):
            store.save(tidy_screening(screening.replace(consent_to_record=False)))
            changed += 1
    return changed


def draft_key(screening_id: str) -> str:
    return f"screening:{screening_id}"


def new_screening(citizen_id: str, *, viewer: Viewer, at: dt.datetime | None = None) -> Screening:
    return Screening(
        id=uuid7(),
        citizen_id=citizen_id,
        screened_at=(at or dt.datetime.now().astimezone()).replace(second=0, microsecond=0),
        screened_by=viewer.username,
    )


def _require_citizen(store: Store, citizen_id: str) -> Citizen:
    citizen = store.get(Citizen, citizen_id) if citizen_id else None
    if citizen is None:
        raise ValidationError(
            [Problem("screening.citizen", "citizen_id", "Borgeren findes ikke.")]
        )
    return citizen


def validate_screening(screening: Screening) -> list[Problem]:
    problems = list(validate(screening))
    if not screening.consent_to_record and any(
        getattr(screening, n) not in (None, [], "") for n in ANSWERS
    ):
        problems.append(
            Problem(
                "screening.consent",
                "consent_to_record",
                "Borgeren har ikke givet samtykke til at registrere svarene: de gemmes ikke. "
                "Kun tidspunktet for screeningen gemmes.",
                severity=Severity.NOTICE,
            )
        )
    if screening.screened_at and screening.screened_at > (
        dt.datetime.now().astimezone() + dt.timedelta(days=1)
    ):
        problems.append(
            Problem(
                "screening.future",
                "screened_at",
                "Screeningen ligger i fremtiden; tjek tidspunktet.",
                severity=Severity.NOTICE,
            )
        )
    return problems


def tidy_screening(screening: Screening) -> Screening:
    """Without consent to record, the answers are not kept (only that a screening happened)."""
    screening = screening.replace(what_helped=(screening.what_helped or "").strip() or None)
    if not screening.consent_to_record:
        return screening.replace(impairment=None, functions=[], what_helped=None)
    return screening


def load_screening(store: Store, *, viewer: Viewer, screening_id: str) -> Screening:
    require_jobcenter(viewer)
    screening = store.get(Screening, screening_id)
    if screening is None:
        raise ValidationError([Problem("screening.missing", "id", "Screeningen findes ikke.")])
    store.audit(v.AuditAction.VIEW, record_type="screening", record_id=screening.id)
    return screening


def save_screening(
    store: Store, *, viewer: Viewer, screening: Screening, new_citizen: Citizen | None = None
) -> Changes:
    """Save the screening; `new_citizen` is a first contact the jobcenter did not know yet, saved
    with it in one transaction."""
    require_jobcenter(viewer)
    if new_citizen is not None:
        problems = new_citizen_problems(new_citizen)
        if blocking(problems):
            raise ValidationError(problems)
        screening = screening.replace(citizen_id=new_citizen.id)
    else:
        _require_citizen(store, screening.citizen_id)
    stored = store.get(Screening, screening.id)
    if stored is not None and stored.citizen_id != screening.citizen_id:
        raise ValidationError(
            [Problem("screening.citizen", "citizen_id", "Screeningen hører til en anden borger.")]
        )
    if stored is not None:
        screening = screening.replace(opened_case_id=stored.opened_case_id)
    screening = tidy_screening(screening)
    problems = validate_screening(screening)
    if (
        screening.consent_to_record
        and new_citizen is None
        and consents.withdrawn(store, citizen_id=screening.citizen_id, kind=STORED)
    ):
        problems.append(Problem(
            "screening.consent_withdrawn", "consent_to_record",
            "Borgeren har trukket samtykket til at gemme screeningssvar tilbage. Registrér et nyt "
            "samtykke under «Samtykker …» på borgeren, eller gem screeningen uden svarene.",
        ))
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch():
        if new_citizen is not None:
            store.save(tidy_citizen(new_citizen))
        store.save(screening)
        store.discard_draft(draft_key(screening.id))
    if new_citizen is not None:
        return Changes.of("screening", "citizen", drafts=True)
    return Changes.of("screening", drafts=True)


def new_citizen_problems(citizen: Citizen) -> list[Problem]:
    """A first contact's citizen: a name (and a valid CPR number if one is given)."""
    problems = [
        Problem(p.code, f"citizen.{p.field}", p.message, p.severity)
        for p in validate(tidy_citizen(citizen))
    ]
    return problems


@dataclass(frozen=True, slots=True)
class ScreeningRow:
    id: str
    screened_at: dt.datetime | None
    screened_by: str
    answer_label: str  # "Ja", "Nej", "Ved ikke", or "" without consent
    positive: bool
    opened_case_id: str | None


def citizen_screenings(store: Store, *, viewer: Viewer, citizen_id: str) -> list[ScreeningRow]:
    """The citizen's screenings, newest first (never for a mentor or in hand-over)."""
    if viewer.restricted:
        return []
    rows = [
        ScreeningRow(
            id=s.id,
            screened_at=s.screened_at,
            screened_by=s.screened_by or "",
            answer_label=label(v.ScreeningAnswer, s.impairment) if s.impairment else "",
            positive=s.positive,
            opened_case_id=s.opened_case_id,
        )
        for s in store.list(Screening, where={"citizen_id": citizen_id})
    ]
    return sorted(rows, key=lambda r: (r.screened_at is not None, r.screened_at), reverse=True)


def open_case_from_screening(store: Store, *, viewer: Viewer, screening_id: str) -> Changes:
    """A positive screening opens a project-group case with this consultant as the citizen's
    personal job broker; the case and the screening name each other. Opening twice opens once."""
    require_jobcenter(viewer)
    screening = store.get(Screening, screening_id)
    if screening is None:
        raise ValidationError([Problem("screening.missing", "id", "Screeningen findes ikke.")])
    if not screening.positive:
        raise ValidationError(
            [
                Problem(
                    "screening.not_positive",
                    "impairment",
                    "Screeningen viser ingen funktionsnedsættelse, der påvirker job eller timer "
                    "(eller borgeren har ikke givet samtykke): der oprettes ikke et forløb ud "
                    "fra den.",
                )
            ]
        )
    if screening.opened_case_id and store.get(Case, screening.opened_case_id) is not None:
        return Changes.of("case", case_ids=[screening.opened_case_id])
    _require_citizen(store, screening.citizen_id)
    day = screening.screened_at.date() if screening.screened_at else dt.date.today()
    case = Case(
        id=uuid7(),
        citizen_id=screening.citizen_id,
        team=viewer.team,
        consultant=viewer.username,  # the personal job broker, from contact to hire
        scheme=v.Scheme.ORDINAER_EFTERVAERN.value,
        status=v.CaseStatus.PLANNED.value,
        start_date=day,
        purpose="Virksomhedsrettet indsats efter positiv screening: personlig jobformidler "
        "fra første kontakt til ansættelse, hurtigt spor for de kompenserende ordninger.",
        group=v.CaseGroup.PROJECT.value,
        screening_id=screening.id,
    )
    with store.batch():
        store.save(case)
        store.save(screening.replace(opened_case_id=case.id))
    return Changes.of("case", "screening", case_ids=[case.id])


# -- what the effect report measures ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScreeningIntervals:
    screened_on: dt.date
    first_company_contact: dt.date | None
    job_start: dt.date | None
    days_to_company_contact: int | None
    days_to_job_start: int | None


def first_company_contact(case: Case, meetings: list[Meeting]) -> dt.date | None:
    """The first contact with a company on the case: the earliest meeting of the case (meetings
    are held at the workplace) or the earliest date an entry of the citizen's own list left "not
    contacted", whichever came first."""
    days = [m.starts_at.date() for m in meetings if m.starts_at and m.case_id == case.id]
    for wish in case.wishes or []:
        status, when = wish.get("status"), wish.get("status_date")
        if status and status != v.WishStatus.NOT_CONTACTED.value and when:
            try:
                days.append(dt.date.fromisoformat(when))
            except ValueError:
                continue
    return min(days) if days else None


def screening_intervals(
    screening: Screening, case: Case, meetings: list[Meeting]
) -> ScreeningIntervals | None:
    """Days from the screening to the first company contact and to the job start (pure: no
    store). None for a screening without a time. A date before the screening counts as no
    interval (None), never as a negative number of days."""
    if screening.screened_at is None:
        return None
    screened = screening.screened_at.date()
    contact = first_company_contact(case, meetings)
    start = case.job_start_date

    def days(day: dt.date | None) -> int | None:
        return None if day is None or day < screened else (day - screened).days

    return ScreeningIntervals(screened, contact, start, days(contact), days(start))


def case_screening_intervals(
    store: Store, *, viewer: Viewer, case_id: str
) -> ScreeningIntervals | None:
    """screening_intervals for one case from the store (None: the case has no screening)."""
    if viewer.restricted:
        raise AccessDenied("Screeninger vises kun for jobcentret.")
    case = require_case(store, case_id, viewer=viewer)
    screening = store.get(Screening, case.screening_id) if case.screening_id else None
    if screening is None:
        return None
    return screening_intervals(screening, case, store.list(Meeting, where={"case_id": case_id}))
