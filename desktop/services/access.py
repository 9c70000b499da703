"""Who may see what: mentors see only the cases they mentor and never the catalogue's hidden fields.

The hidden fields come from the record catalogue (`mentor_visible`), never from a list here, so
the desktop, the server and the PDFs agree. Hand-over mode (the laptop handed to a citizen or a
company contact) uses the same restricted view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop.domain.records import Case, Record
from desktop.store import Store
from sync.protocol.catalogue import CATALOGUE
from sync.protocol.vocabulary import Role

R = TypeVar("R", bound=Record)


class AccessDenied(PermissionError):
    """The user's role does not allow this; the message is Danish and safe to show."""

    def __init__(self, message: str = "Du har ikke adgang til dette forløb.") -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class Viewer:
    """The person looking: from the vault's actor, optionally restricted (hand-over mode)."""

    username: str
    role: str
    team: str | None = None
    handover: bool = False

    @property
    def is_mentor(self) -> bool:
        return self.role == Role.MENTOR.value

    @property
    def restricted(self) -> bool:
        """Does this viewer get the mentor's field visibility?"""
        return self.is_mentor or self.handover

    @property
    def may_edit_people(self) -> bool:
        """Citizens, companies and case details: jobcenter staff only."""
        return not self.restricted

    @property
    def role_label(self) -> str:
        try:
            return Role(self.role).label
        except ValueError:
            return self.role

    def in_handover(self) -> Viewer:
        return Viewer(self.username, self.role, self.team, handover=True)


def viewer_of(store: Store) -> Viewer:
    actor = store.actor
    return Viewer(username=actor.username, role=actor.role, team=actor.team)


def hidden_fields(record_type: str, *, viewer: Viewer) -> frozenset[str]:
    if not viewer.restricted:
        return frozenset()
    rt = CATALOGUE[record_type]
    return frozenset(f.name for f in rt.fields if not f.mentor_visible)


def redact(record: R, *, viewer: Viewer) -> R:
    """The record with every field the viewer may not read set to None."""
    hidden = hidden_fields(record.RECORD_TYPE, viewer=viewer)
    if not hidden:
        return record
    return record.replace(**{name: None for name in hidden})


def keep_hidden(edited: R, stored: R | None, *, viewer: Viewer) -> R:
    """Put the stored values back into fields the viewer could not see, so they are not wiped."""
    hidden = hidden_fields(edited.RECORD_TYPE, viewer=viewer)
    if not hidden:
        return edited
    values: dict[str, Any] = {
        n: (getattr(stored, n) if stored is not None else None) for n in hidden
    }
    return edited.replace(**values)


def mentors_of(case: Case) -> list[str]:
    mentors: Any = case.mentors or []
    if isinstance(mentors, str):  # defensive: a raw JSON column
        mentors = json.loads(mentors)
    return [str(m) for m in mentors]


def may_see_case(case: Case, *, viewer: Viewer) -> bool:
    if viewer.is_mentor:
        return viewer.username in mentors_of(case)
    return True


def require_case(store: Store, case_id: str, *, viewer: Viewer) -> Case:
    case = store.get(Case, case_id)
    if case is None or not may_see_case(case, viewer=viewer):
        # One answer for "missing" and "not yours": a mentor learns nothing about other cases.
        raise AccessDenied("Forløbet findes ikke, eller du har ikke adgang til det.")
    return case


def require_jobcenter(viewer: Viewer) -> None:
    if not viewer.may_edit_people:
        raise AccessDenied(
            "Kun jobcentrets medarbejdere kan ændre borgere, virksomheder og forløb."
        )
