"""Validation of every record: all problems at once, each with a code and a Danish message."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from desktop.domain.formatting import number
from desktop.domain.identifiers import validate_cpr, validate_cvr, validate_p_number
from desktop.domain.lifecycle import REQUIRED_PARTIES
from desktop.domain.problems import Problem, Severity, blocking
from desktop.domain.records import (
    Agreement,
    Case,
    Citizen,
    Company,
    CompanyContact,
    CompanyNeed,
    Consent,
    HoursPeriod,
    Meeting,
    Plan,
    Record,
)
from sync.protocol.catalogue import FieldType
from sync.protocol.vocabulary import NextStep, Party

MAX_HOURS_PER_WEEK = 37.0
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Words that name a diagnosis rather than a functional consequence. A notice, never a block.
DIAGNOSIS_WORDS = (
    "diagnose",
    "depression",
    "angst",
    "ptsd",
    "adhd",
    "add",
    "autisme",
    "asperger",
    "skizofren",
    "bipolar",
    "sklerose",
    "kræft",
    "cancer",
    "diskusprolaps",
    "fibromyalgi",
    "epilepsi",
    "parkinson",
    "demens",
    "stress",
    "piskesmæld",
    "gigt",
    "diabetes",
    "ocd",
    "borderline",
)
_DIAGNOSIS_RE = re.compile(r"\b(" + "|".join(DIAGNOSIS_WORDS) + r")\w*", re.IGNORECASE)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def validate_catalogue_rules(record: Record) -> list[Problem]:
    """Required fields, lengths and closed vocabularies, straight from the catalogue."""
    problems: list[Problem] = []
    for spec in record.catalogue().fields:
        value = getattr(record, spec.name)
        if spec.required and _empty(value):
            problems.append(
                Problem(f"{spec.name}.required", spec.name, f"{spec.label} skal udfyldes.")
            )
            continue
        if _empty(value):
            continue
        if spec.type is FieldType.ENUM and value not in spec.choices:
            problems.append(
                Problem(f"{spec.name}.choice", spec.name, f"{spec.label}: ugyldig værdi.")
            )
        if spec.max_length and isinstance(value, str) and len(value) > spec.max_length:
            problems.append(
                Problem(
                    f"{spec.name}.length",
                    spec.name,
                    f"{spec.label} må højst være {spec.max_length} tegn.",
                )
            )
        if spec.type is FieldType.FLOAT and isinstance(value, int | float) and value < 0:
            problems.append(
                Problem(f"{spec.name}.negative", spec.name, f"{spec.label} kan ikke være negativ.")
            )
        elif (
            spec.type in (FieldType.FLOAT, FieldType.INT)
            and isinstance(value, int | float)
            and not isinstance(value, bool)
            and (
                (spec.minimum is not None and value < spec.minimum)
                or (spec.maximum is not None and value > spec.maximum)
            )
        ):
            problems.append(
                Problem(
                    f"{spec.name}.range",
                    spec.name,
                    f"{spec.label} skal være mellem {number(spec.minimum or 0)} og "
                    f"{number(spec.maximum)}.",
                )
            )
    return problems


def _date_order(record: Record, start: str, end: str, code: str, message: str) -> list[Problem]:
    a, b = getattr(record, start), getattr(record, end)
    if a is not None and b is not None and b < a:
        return [Problem(code, end, message)]
    return []


def _email(value: str | None) -> list[Problem]:
    if value and not _EMAIL_RE.match(value.strip()):
        return [Problem("email.format", "email", "E-mailadressen ser ikke gyldig ud.")]
    return []


def validate_citizen(c: Citizen) -> list[Problem]:
    problems = validate_catalogue_rules(c)
    if c.cpr:
        problems += validate_cpr(c.cpr)
    problems += _email(c.email)
    problems += diagnosis_notices(c.functional_limitations, "functional_limitations")
    return problems


def validate_company(c: Company) -> list[Problem]:
    problems = validate_catalogue_rules(c)
    if c.cvr:
        problems += validate_cvr(c.cvr)
    if c.p_number:
        problems += validate_p_number(c.p_number)
    problems += _email(c.email)
    for i, contact in enumerate(c.contacts or []):
        if not (contact.get("name") or "").strip():
            problems.append(
                Problem("contacts.name", "contacts", f"Kontaktperson nr. {i + 1} mangler navn.")
            )
    for i, place in enumerate(c.workplaces or []):
        p_number = (place.get("p_number") or "").strip()
        if p_number:  # a P-number has no check digit: only its form is checked
            problems += [
                Problem(
                    p.code, "workplaces", f"Arbejdssted nr. {i + 1}: P-nummeret skal være 10 cifre."
                )
                for p in validate_p_number(p_number, field="workplaces")
            ]
        postcode = (place.get("postcode") or "").strip()
        if postcode and not re.fullmatch(r"[0-9]{4}", postcode):
            problems.append(Problem("workplaces.postcode", "workplaces",
                                    f"Arbejdssted nr. {i + 1}: postnummeret skal være 4 cifre."))
    return problems


def validate_company_need(n: CompanyNeed) -> list[Problem]:
    problems = [
        p for p in validate_catalogue_rules(n) if p.code != "hours_per_week.range"
    ]
    if n.hours_per_week is not None and n.hours_per_week > MAX_HOURS_PER_WEEK:
        problems.append(Problem(
            "hours_per_week.max", "hours_per_week",
            f"Timer pr. uge kan højst være {number(MAX_HOURS_PER_WEEK)} (fuld tid).",
        ))
    elif n.hours_per_week is not None and n.hours_per_week < 0:
        problems.append(Problem("hours_per_week.negative", "hours_per_week",
                                "Timer pr. uge kan ikke være negativ."))
    if n.postcode and not re.fullmatch(r"[0-9]{4}", n.postcode):
        problems.append(Problem("postcode.format", "postcode", "Postnummeret skal være 4 cifre."))
    return problems


def new_need_problems(n: CompanyNeed, today: Any) -> list[Problem]:
    """What only a new need must obey: it cannot start in the past (an existing one may)."""
    if n.start_date is not None and n.start_date < today:
        return [Problem("start_date.past", "start_date",
                        "Et nyt behov kan ikke starte i fortiden. Vælg dagens dato eller senere.")]
    return []


def validate_company_contact(c: CompanyContact) -> list[Problem]:
    problems = validate_catalogue_rules(c)
    if c.next_contact and c.contacted_on and c.next_contact < c.contacted_on:
        problems.append(Problem("next_contact.order", "next_contact",
                                "Næste kontakt kan ikke ligge før kontakten."))
    for i, action in enumerate(c.actions or []):
        if not (action.get("what") or "").strip():
            problems.append(Problem("actions.what", "actions",
                                    f"Handling nr. {i + 1} mangler en beskrivelse."))
    return problems


def validate_case(c: Case) -> list[Problem]:
    problems = validate_catalogue_rules(c)
    problems += _date_order(
        c, "start_date", "end_date", "case.dates", "Slutdatoen ligger før startdatoen."
    )
    if c.aftercare_cadence and any(d <= 0 for d in c.aftercare_cadence):
        problems.append(
            Problem(
                "case.cadence", "aftercare_cadence", "Efterværnets intervaller skal være positive."
            )
        )
    return problems


def validate_meeting(m: Meeting) -> list[Problem]:
    problems = validate_catalogue_rules(m)
    if m.starts_at and m.next_meeting_at and m.next_meeting_at <= m.starts_at:
        problems.append(
            Problem("meeting.next", "next_meeting_at", "Næste møde skal ligge efter dette møde.")
        )
    for name in ("planned_hours", "actual_hours"):
        hours = getattr(m, name)
        if hours is not None and hours > MAX_HOURS_PER_WEEK:
            problems.append(
                Problem(f"{name}.max", name, f"Højst {number(MAX_HOURS_PER_WEEK)} timer pr. uge.")
            )
    problems += diagnosis_notices(m.notes, "notes")
    problems += validate_evaluation(m)
    return problems


def validate_evaluation(m: Meeting) -> list[Problem]:
    """A praktik evaluation that ends in hiring says for how many hours a week (0-37)."""
    if m.next_step == NextStep.HIRE.value and m.hire_hours_per_week is None:
        return [
            Problem(
                "hire_hours_per_week.required",
                "hire_hours_per_week",
                "Skriv hvor mange timer pr. uge borgeren ansættes i (0-37), når næste skridt "
                "er ansættelse.",
            )
        ]
    return []  # the range (0-37) is the catalogue's, checked with the other fields


def validate_consent(c: Consent) -> list[Problem]:
    problems = validate_catalogue_rules(c)
    problems += _date_order(
        c, "valid_from", "valid_to", "consent.dates", "Slutdatoen ligger før startdatoen."
    )
    return problems


def validate_agreement(a: Agreement) -> list[Problem]:
    problems = validate_catalogue_rules(a)
    problems += _date_order(
        a, "valid_from", "valid_to", "agreement.dates", "'Gælder til' ligger før 'Gælder fra'."
    )
    if a.hours_per_week is not None and a.hours_per_week > MAX_HOURS_PER_WEEK:
        problems.append(
            Problem(
                "agreement.hours",
                "hours_per_week",
                f"Højst {number(MAX_HOURS_PER_WEEK)} timer pr. uge.",
            )
        )
    spread = sum(float(h or 0) for h in (a.weekday_hours or {}).values())
    if a.weekday_hours and a.hours_per_week is not None and abs(spread - a.hours_per_week) > 0.01:
        problems.append(
            Problem(
                "agreement.spread",
                "weekday_hours",
                f"Timerne fordelt på ugedagene ({number(spread)}) svarer ikke til timer pr. uge "
                f"({number(a.hours_per_week)}).",
            )
        )
    for i, acc in enumerate(a.accommodations):
        if not acc.description.strip():
            problems.append(
                Problem(
                    "accommodation.description",
                    "accommodations",
                    f"Skånehensyn nr. {i + 1} mangler en beskrivelse.",
                )
            )
        problems += diagnosis_notices(acc.description, "accommodations")
    return problems


def completeness_for_signing(a: Agreement) -> list[Problem]:
    """What an agreement must hold before anyone signs it."""
    problems = [p for p in validate_agreement(a) if p.blocking]
    needed = {
        "valid_from": "gyldighedsperiode (fra)",
        "hours_per_week": "timer pr. uge",
        "bad_day_plan": "hvad der sker på en dårlig dag",
    }
    for name, what in needed.items():
        if _empty(getattr(a, name)):
            problems.append(Problem(f"{name}.missing", name, f"Aftalen mangler {what}."))
    if not a.accommodations:
        problems.append(
            Problem("accommodations.missing", "accommodations", "Aftalen mangler skånehensyn.")
        )
    return problems


def plan_completeness_for_signing(plan: Plan) -> list[Problem]:
    """What a plan must hold before anyone signs it: valid content, an hours progression and
    each party's commitments."""
    problems = blocking(validate(plan))
    if not plan.periods:
        problems.append(Problem("periods.missing", "periods", "Planen mangler timeprogression."))
    missing = [p for p in REQUIRED_PARTIES if not (plan.commitments or {}).get(p)]
    if missing:
        labels = ", ".join(Party(p).label.lower() for p in missing)
        problems.append(
            Problem(
                "commitments.missing",
                "commitments",
                f"Planen mangler forpligtelser for: {labels}.",
            )
        )
    return problems


def validate_periods(periods: list[HoursPeriod]) -> list[Problem]:
    problems: list[Problem] = []
    ordered = sorted(periods, key=lambda p: p.from_week)
    for p in ordered:
        label = f"Uge {p.from_week}-{p.to_week}"
        if p.from_week < 1 or p.to_week < p.from_week:
            problems.append(Problem("period.weeks", "periods", f"{label}: ugerne er ugyldige."))
        if not 1 <= p.days_per_week <= 7:
            problems.append(
                Problem("period.days", "periods", f"{label}: dage pr. uge skal være 1-7.")
            )
        if p.hours_per_day <= 0 or p.hours_per_day > 24:
            problems.append(
                Problem("period.hours", "periods", f"{label}: timer pr. dag er ugyldige.")
            )
        if p.hours_per_week > MAX_HOURS_PER_WEEK:
            problems.append(
                Problem(
                    "period.max",
                    "periods",
                    f"{label}: {number(p.hours_per_week)} timer pr. uge er over "
                    f"{number(MAX_HOURS_PER_WEEK)}.",
                )
            )
        paid = p.paid_hours_per_week
        if paid is not None:
            if not 0 <= paid <= MAX_HOURS_PER_WEEK:
                problems.append(
                    Problem(
                        "period.paid",
                        "periods",
                        f"{label}: løntimer pr. uge skal være 0-{number(MAX_HOURS_PER_WEEK)}.",
                    )
                )
            elif p.total_hours_per_week > MAX_HOURS_PER_WEEK:
                problems.append(
                    Problem(
                        "period.total",
                        "periods",
                        f"{label}: praktik og løntimer er tilsammen "
                        f"{number(p.total_hours_per_week)} timer pr. uge; højst "
                        f"{number(MAX_HOURS_PER_WEEK)}.",
                    )
                )
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.from_week <= before.to_week:
            problems.append(
                Problem(
                    "period.overlap",
                    "periods",
                    f"Uge {after.from_week}-{after.to_week} overlapper uge "
                    f"{before.from_week}-{before.to_week}.",
                )
            )
        elif after.from_week > before.to_week + 1:
            problems.append(
                Problem(
                    "period.gap",
                    "periods",
                    f"Der mangler timer for uge {before.to_week + 1}-{after.from_week - 1}.",
                )
            )
    return problems


def validate_plan(p: Plan) -> list[Problem]:
    problems = validate_catalogue_rules(p)
    problems += _date_order(
        p, "start_date", "end_date", "plan.dates", "Slutdatoen ligger før startdatoen."
    )
    problems += validate_periods(p.periods)
    return problems


def diagnosis_notices(text: str | None, field: str) -> list[Problem]:
    if not text:
        return []
    found = sorted({m.group(1).lower() for m in _DIAGNOSIS_RE.finditer(text)})
    if not found:
        return []
    return [
        Problem(
            "health.diagnosis",
            field,
            f"Teksten ligner en diagnose ({', '.join(found)}). Beskriv i stedet, hvad det betyder "
            "for arbejdet (fx 'tåler ikke løft over 5 kg').",
            Severity.NOTICE,
        )
    ]


VALIDATORS: dict[str, Callable[[Any], list[Problem]]] = {
    "citizen": validate_citizen,
    "company": validate_company,
    "case": validate_case,
    "meeting": validate_meeting,
    "agreement": validate_agreement,
    "plan": validate_plan,
    "consent": validate_consent,
    "company_need": validate_company_need,
    "company_contact": validate_company_contact,
}


def validate(record: Record) -> list[Problem]:
    validator = VALIDATORS.get(record.RECORD_TYPE, validate_catalogue_rules)
    return validator(record)
