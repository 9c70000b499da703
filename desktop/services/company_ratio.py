"""What the løntilskud staff ratio needs to know about the companies: each company's size and how
many of its cases are on løntilskud now (planned or active), leaving out the case being edited."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.records import Case, Company
from desktop.domain.staff_ratio import staff_ratio_notice
from desktop.store import Store
from sync.protocol import vocabulary as v

CURRENT = frozenset({v.CaseStatus.PLANNED.value, v.CaseStatus.ACTIVE.value})


@dataclass(frozen=True, slots=True)
class SubsidyFacts:
    employees: int | None
    on_subsidy: int  # other current løntilskud cases at the company


def on_loentilskud(case: Case) -> bool:
    return case.scheme == v.Scheme.LONTILSKUD.value and case.status in CURRENT


def subsidy_facts(store: Store, *, exclude_case_id: str | None = None) -> dict[str, SubsidyFacts]:
    counts: dict[str, int] = {}
    for case in store.list(Case, where={"scheme": v.Scheme.LONTILSKUD.value}):
        if case.company_id and case.id != exclude_case_id and on_loentilskud(case):
            counts[case.company_id] = counts.get(case.company_id, 0) + 1
    return {c.id: SubsidyFacts(c.employees, counts.get(c.id, 0)) for c in store.list(Company)}


def notice_for_case(case: Case, facts: dict[str, SubsidyFacts]) -> str | None:
    """The staff ratio notice if saving `case` as it stands would exceed its company's limit."""
    if not case.company_id or not on_loentilskud(case):
        return None
    known = facts.get(case.company_id)
    if known is None:
        return None
    return staff_ratio_notice(known.employees, known.on_subsidy + 1)
