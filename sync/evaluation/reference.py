"""The reference group gets the usual service, so only outcome data is recorded for it: the case
itself (dates, outcome, job start) and its retention checks. Project data on a reference case would
make the comparison meaningless (the reference group would no longer be "usual service"), so the
server refuses it at push with this rule, beside the app's own refusal at save.

Pure: the server calls it with plain values; deleting a record is always allowed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REFERENCE = "reference"
# Record types that are project data as a whole.
PROJECT_ONLY_TYPES: dict[str, str] = {
    "questionnaire": "spørgeskemaer",
    "scheme_application": "ansøgninger i det hurtige spor",
}
# Fields that are project data on the case and on its meetings.
PROJECT_CASE_FIELDS = ("support_kind", "support_budget", "wishes", "screening_id")
PROJECT_MEETING_FIELDS = (
    "manages_tasks", "company_benefit", "next_step", "hire_hours_per_week", "support_hours",
)


def _set(value: Any) -> bool:
    return value is not None and value != [] and value != ""


def message(what: str) -> str:
    return (
        f"Forløbet er i referencegruppen: der registreres kun resultatdata (forløbet, resultatet, "
        f"jobstart og fastholdelsesopfølgninger), ikke {what}. Flyt forløbet til "
        "projektgruppen, eller lad oplysningerne være."
    )


def reference_refusal(
    record_type: str, values: Mapping[str, Any], case_values: Mapping[str, Any] | None
) -> str | None:
    """A Danish refusal when `values` (a record as it would be stored) puts project data on a
    reference-group case; None when it is fine. `case_values` is the case's own values (for a
    case record, its values again)."""
    if values.get("deleted") is True:
        return None
    case = values if record_type == "case" else case_values
    if not case or case.get("group") != REFERENCE:
        return None
    if record_type in PROJECT_ONLY_TYPES:
        return message(PROJECT_ONLY_TYPES[record_type])
    if record_type == "case" and any(_set(values.get(f)) for f in PROJECT_CASE_FIELDS):
        return message("støttebudget, borgerens egen liste eller screening")
    if record_type == "meeting" and any(_set(values.get(f)) for f in PROJECT_MEETING_FIELDS):
        return message("evaluering af praktikken eller støttetimer")
    return None
