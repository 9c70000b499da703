"""Start and end questionnaires (Rampen, evaluated by DEFACTUM): the same four questions at the
start and at the end of a case, on 1-5 scales with Danish anchors, filled in with the consultant
or by the citizen alone in hand-over (the laptop handed to them).

A questionnaire with a score missing is kept as it is, as a draft: it is saved and can be finished
later, and the report leaves it out with a count (`incomplete`). The change per case is the end
score minus the start score for each question, from complete questionnaires only.

Well-being is health data; no questionnaire reaches a mentor (catalogue: mentor_readable=False).
Questionnaires are project data: a reference-group case gets none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.problems import Problem, Severity, ValidationError, blocking
from desktop.domain.records import Questionnaire
from desktop.domain.validation import validate
from desktop.services.access import Viewer, require_case, require_jobcenter
from desktop.services.changes import Changes
from desktop.services.projects import is_reference
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

SCORES = Questionnaire.SCORES

# The anchors of each 1-5 scale: what 1 and 5 mean (Danish; the UI translates them).
ANCHORS: dict[str, tuple[str, str, str, str, str]] = {
    "wellbeing": ("Meget dårligt", "Dårligt", "Hverken godt eller dårligt", "Godt", "Meget godt"),
    "confidence": (
        "Slet ikke sikker", "Lidt sikker", "Nogenlunde sikker", "Ret sikker", "Helt sikker",
    ),
    "hours_managed": ("Slet ikke", "Dårligt", "Nogenlunde", "Godt", "Rigtig godt"),
    "own_assessment": (
        "Meget dårligt", "Dårligt", "Hverken godt eller dårligt", "Godt", "Meget godt",
    ),
}


def draft_key(questionnaire_id: str) -> str:
    return f"questionnaire:{questionnaire_id}"


def reference_problem() -> Problem:
    return Problem(
        "reference.questionnaire",
        "case_id",
        "Forløbet er i referencegruppen: der registreres kun resultatdata, ikke spørgeskemaer.",
    )


def new_questionnaire(case_id: str, kind: str) -> Questionnaire:
    return Questionnaire(
        id=uuid7(),
        case_id=case_id,
        kind=kind,
        answered_on=dt.date.today(),
        filled_by=v.FilledBy.WITH_CONSULTANT.value,
    )


def validate_questionnaire(q: Questionnaire) -> list[Problem]:
    problems = list(validate(q))
    if not q.complete:
        problems.append(
            Problem(
                "questionnaire.incomplete",
                "wellbeing" if q.wellbeing is None else next(
                    n for n in SCORES if getattr(q, n) is None
                ),
                "Ikke alle spørgsmål er besvaret: skemaet gemmes som kladde og tæller først med "
                "i opgørelsen, når det er helt udfyldt.",
                severity=Severity.NOTICE,
            )
        )
    if q.answered_on and q.answered_on > dt.date.today() + dt.timedelta(days=1):
        problems.append(
            Problem("questionnaire.future", "answered_on", "Datoen ligger i fremtiden.")
        )
    return problems


def _others(store: Store, q: Questionnaire) -> list[Questionnaire]:
    return [
        x
        for x in store.list(Questionnaire, where={"case_id": q.case_id})
        if x.kind == q.kind and x.id != q.id
    ]


def save_questionnaire(store: Store, *, viewer: Viewer, questionnaire: Questionnaire) -> Changes:
    """Saved also when half filled in (a draft the report leaves out). The citizen's own answers
    in hand-over are saved the same way (the viewer is then restricted, the form is not)."""
    if not viewer.handover:
        require_jobcenter(viewer)
    case = require_case(store, questionnaire.case_id, viewer=viewer)
    if is_reference(case):
        raise ValidationError([reference_problem()])
    stored = store.get(Questionnaire, questionnaire.id)
    if stored is not None and stored.case_id != questionnaire.case_id:
        raise ValidationError(
            [Problem("questionnaire.case", "case_id", "Skemaet hører til et andet forløb.")]
        )
    if _others(store, questionnaire):
        name = v.QuestionnaireKind(questionnaire.kind).label.lower()
        raise ValidationError(
            [
                Problem(
                    "questionnaire.duplicate",
                    "kind",
                    f"Forløbet har allerede et {name}; ret det i stedet for at lave et nyt.",
                )
            ]
        )
    questionnaire = questionnaire.replace(comment=(questionnaire.comment or "").strip() or None)
    problems = validate_questionnaire(questionnaire)
    if blocking(problems):
        raise ValidationError(problems)
    start = [x for x in store.list(Questionnaire, where={"case_id": case.id}) if x.kind == "start"]
    if (
        questionnaire.kind == v.QuestionnaireKind.END.value
        and start
        and start[0].answered_on
        and questionnaire.answered_on
        and questionnaire.answered_on < start[0].answered_on
    ):
        raise ValidationError(
            [
                Problem(
                    "questionnaire.order",
                    "answered_on",
                    "Slutskemaet ligger før startskemaet.",
                )
            ]
        )
    with store.batch():
        store.save(questionnaire)
        store.discard_draft(draft_key(questionnaire.id))
    return Changes.of("questionnaire", case_ids=[case.id], drafts=True)


def load_questionnaire(store: Store, *, viewer: Viewer, questionnaire_id: str) -> Questionnaire:
    q = store.get(Questionnaire, questionnaire_id)
    if q is None:
        raise ValidationError([Problem("questionnaire.missing", "id", "Skemaet findes ikke.")])
    require_case(store, q.case_id, viewer=viewer)
    return q


def delete_questionnaire(store: Store, *, viewer: Viewer, questionnaire_id: str) -> Changes:
    require_jobcenter(viewer)
    q = store.get(Questionnaire, questionnaire_id)
    if q is None:
        return Changes()
    require_case(store, q.case_id, viewer=viewer)
    store.delete(Questionnaire, questionnaire_id)
    return Changes.of("questionnaire", case_ids=[q.case_id])


@dataclass(frozen=True, slots=True)
class QuestionnaireChange:
    """Start and end of one case: each question's scores and the change (end minus start),
    None where either questionnaire is missing or incomplete."""

    case_id: str
    start: Questionnaire | None
    end: Questionnaire | None
    change: dict[str, int] | None

    @property
    def complete(self) -> bool:
        return self.change is not None


def questionnaire_change(questionnaires: list[Questionnaire], case_id: str) -> QuestionnaireChange:
    """The change between start and end for one case (pure: no store)."""
    mine = [q for q in questionnaires if q.case_id == case_id]
    start = next((q for q in mine if q.kind == v.QuestionnaireKind.START.value), None)
    end = next((q for q in mine if q.kind == v.QuestionnaireKind.END.value), None)
    change = None
    if start is not None and end is not None and start.complete and end.complete:
        change = {n: int(getattr(end, n)) - int(getattr(start, n)) for n in SCORES}
    return QuestionnaireChange(case_id, start, end, change)


@dataclass(frozen=True, slots=True)
class CaseQuestionnaires:
    case_id: str
    reference: bool
    change: QuestionnaireChange


def case_questionnaires(store: Store, *, viewer: Viewer, case_id: str) -> CaseQuestionnaires:
    case = require_case(store, case_id, viewer=viewer)
    if viewer.restricted:
        return CaseQuestionnaires(case_id, is_reference(case), QuestionnaireChange(
            case_id, None, None, None))
    found = store.list(Questionnaire, where={"case_id": case_id})
    return CaseQuestionnaires(case_id, is_reference(case), questionnaire_change(found, case_id))


@dataclass(frozen=True, slots=True)
class GroupChange:
    """The mean change per question over the cases with both questionnaires complete, and how
    many cases were left out for a missing or incomplete questionnaire."""

    cases: int
    incomplete: int
    mean_change: dict[str, float]


def group_change(questionnaires: list[Questionnaire], case_ids: list[str]) -> GroupChange:
    """Over a group of cases (pure: no store)."""
    changes = [questionnaire_change(questionnaires, cid) for cid in case_ids]
    done = [c.change for c in changes if c.change is not None]
    incomplete = sum(
        1 for c in changes if c.change is None and (c.start is not None or c.end is not None)
    )
    mean = (
        {n: sum(d[n] for d in done) / len(done) for n in SCORES} if done else {}
    )
    return GroupChange(len(done), incomplete, mean)
