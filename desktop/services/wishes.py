"""The citizen's own list (Rampen til det gode arbejdsliv): 3-5 companies or kinds of work the
citizen can see themself in, starting from the work they dream of, each with a status (not
contacted, contacted, meeting, praktik, job, no) and a note.

Kept on the case (`case.wishes`, a JSON list the catalogue checks; hidden from mentors). The dream
is always first. The consultant sees the list when planning company contact (the meeting form of
a first meeting, the case page). It is printed only on the citizen's own copy of the agreement,
and only when the citizen wants it there (`case.wishes_on_citizen_copy`): it names companies the
citizen would rather work for, which is not the company's business, and the jobcenter has it on
the case already.

The list is project data: a reference-group case gets none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.labels import label
from desktop.domain.problems import Problem, Severity, ValidationError, blocking
from desktop.domain.records import Case, Company
from desktop.services.access import Viewer, require_case, require_jobcenter
from desktop.services.changes import Changes
from desktop.services.projects import is_reference
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.shapes import Wish

MIN_WISHES, MAX_WISHES = 3, 5


def draft_key(case_id: str) -> str:
    return f"wishes:{case_id}"


@dataclass(frozen=True, slots=True)
class WishLine:
    """One entry as shown and printed: the company's name (or the kind of work) and its status."""

    position: int  # 1-based; the dream is 1
    company_id: str
    what: str  # the company's name, or the kind of work
    work: str
    dream: bool
    status: str
    status_label: str
    status_date: dt.date | None
    note: str

    @property
    def id(self) -> str:
        return str(self.position)


@dataclass(frozen=True, slots=True)
class OwnList:
    case_id: str
    reference: bool
    on_citizen_copy: bool
    lines: tuple[WishLine, ...]


def ordered(wishes: list[Wish]) -> list[Wish]:
    """The dream first, the rest in the order the citizen gave them."""
    return [w for w in wishes if w.dream] + [w for w in wishes if not w.dream]


def to_lines(wishes: list[dict[str, object]], companies: dict[str, str]) -> tuple[WishLine, ...]:
    lines = []
    for n, w in enumerate(ordered([Wish(**x) for x in wishes]), start=1):  # type: ignore[arg-type]
        company = companies.get(w.company_id, "") if w.company_id else ""
        what = " – ".join(x for x in (company, w.work) if x)
        lines.append(
            WishLine(
                position=n,
                company_id=w.company_id,
                what=what,
                work=w.work,
                dream=w.dream,
                status=w.status,
                status_label=label(v.WishStatus, w.status),
                status_date=dt.date.fromisoformat(w.status_date) if w.status_date else None,
                note=w.note,
            )
        )
    return tuple(lines)


def company_names(store: Store, wishes: list[dict[str, object]]) -> dict[str, str]:
    names: dict[str, str] = {}
    for w in wishes:
        cid = w.get("company_id")
        if isinstance(cid, str) and cid and cid not in names:
            company = store.get(Company, cid)
            names[cid] = company.name if company else ""
    return names


def own_list(store: Store, *, viewer: Viewer, case_id: str) -> OwnList:
    case = require_case(store, case_id, viewer=viewer)
    if viewer.restricted:  # hidden from mentors and in hand-over (catalogue: mentor_visible)
        return OwnList(case_id, is_reference(case), False, ())
    wishes = list(case.wishes or [])
    return OwnList(
        case_id,
        is_reference(case),
        bool(case.wishes_on_citizen_copy),
        to_lines(wishes, company_names(store, wishes)),
    )


def validate_wishes(wishes: list[Wish], *, reference: bool = False) -> list[Problem]:
    problems: list[Problem] = []
    if reference and wishes:
        problems.append(
            Problem(
                "reference.wishes",
                "wishes",
                "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke "
                "borgerens egen liste.",
            )
        )
    if len(wishes) > MAX_WISHES:
        problems.append(
            Problem(
                "wishes.too_many",
                "wishes",
                f"Listen har {len(wishes)} punkter; borgerens egen liste har 3–5. Vælg de "
                f"{MAX_WISHES}, borgeren helst vil.",
            )
        )
    elif 0 < len(wishes) < MIN_WISHES:
        problems.append(
            Problem(
                "wishes.few",
                "wishes",
                f"Listen har {len(wishes)} punkt(er); målet er 3–5 virksomheder eller slags "
                "arbejde.",
                severity=Severity.NOTICE,
            )
        )
    if sum(1 for w in wishes if w.dream) > 1:
        problems.append(
            Problem("wishes.dreams", "wishes", "Kun ét punkt kan være drømmen (det første).")
        )
    elif wishes and not any(w.dream for w in wishes):
        problems.append(
            Problem(
                "wishes.no_dream",
                "wishes",
                "Listen begynder med det arbejde, borgeren drømmer om: markér drømmen.",
                severity=Severity.NOTICE,
            )
        )
    for n, w in enumerate(wishes, start=1):
        if not w.company_id and not w.work.strip():
            problems.append(
                Problem(
                    "wishes.empty",
                    "wishes",
                    f"Punkt {n}: vælg en virksomhed eller skriv en slags arbejde.",
                )
            )
        if w.status_date and dt.date.fromisoformat(w.status_date) > dt.date.today() + dt.timedelta(
            days=1
        ):
            problems.append(
                Problem(
                    "wishes.future",
                    "wishes",
                    f"Punkt {n}: datoen for status ligger i fremtiden.",
                )
            )
    return problems


def save_own_list(
    store: Store,
    *,
    viewer: Viewer,
    case_id: str,
    wishes: list[Wish],
    on_citizen_copy: bool,
) -> Changes:
    require_jobcenter(viewer)
    case = require_case(store, case_id, viewer=viewer)
    wishes = [w.model_copy(update={"work": w.work.strip(), "note": w.note.strip()})
              for w in wishes]
    problems = validate_wishes(wishes, reference=is_reference(case))
    if blocking(problems):
        raise ValidationError(problems)
    for w in wishes:
        if w.company_id and store.get(Company, w.company_id) is None:
            raise ValidationError(
                [Problem("wishes.company", "wishes", "En valgt virksomhed findes ikke.")]
            )
    values = [w.model_dump() for w in ordered(wishes)]
    with store.batch():
        store.save(case.replace(wishes=values, wishes_on_citizen_copy=on_citizen_copy))
        store.discard_draft(draft_key(case_id))
    return Changes.of("case", case_ids=[case_id], drafts=True)


def wishes_of(case: Case) -> list[Wish]:
    return [Wish(**w) for w in case.wishes or []]
