"""What a document is rendered from: plain values the services gather from the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.records import (
    ActionItem,
    Agreement,
    Case,
    Citizen,
    Company,
    Meeting,
    Plan,
    Signature,
)
from sync.protocol.vocabulary import LabelledEnum


class CopyFor(LabelledEnum):
    """Whose copy a printed document is: decides which fields it may carry."""

    JOBCENTER = ("jobcenter", "Jobcentrets eksemplar")
    COMPANY = ("virksomhed", "Virksomhedens eksemplar")
    CITIZEN = ("borger", "Borgerens eksemplar")
    MENTOR = ("mentor", "Mentorens eksemplar")


class DocumentKind(LabelledEnum):
    """Printable documents; codes are record type names, labels the words used in file names."""

    AGREEMENT = ("agreement", "aftale")
    PLAN = ("plan", "trepartsplan")
    MINUTES = ("meeting", "referat")


@dataclass(frozen=True, slots=True)
class Organisation:
    """The municipality as printed in the header: name and logo (PNG or JPEG bytes)."""

    name: str
    logo: bytes | None = None
    # A web page where the municipality lets anyone check a document (settings: org.verify_url).
    verify_url: str | None = None


@dataclass(frozen=True, slots=True)
class Parties:
    """The case's people, read from their own records (the document stores names only)."""

    case: Case
    citizen: Citizen | None
    company: Company | None


@dataclass(frozen=True, slots=True)
class AgreementDocument:
    agreement: Agreement
    parties: Parties
    signatures: Sequence[Signature] = ()
    # The citizen's own list (desktop.services.wishes.WishLine), printed on the citizen's copy
    # only and only when case.wishes_on_citizen_copy (agreement.own_list_block).
    own_list: Sequence[Any] = ()


@dataclass(frozen=True, slots=True)
class PlanDocument:
    plan: Plan
    parties: Parties
    signatures: Sequence[Signature] = ()
    action_items: Sequence[ActionItem] = ()
    # The agreement the plan refers to, for "Aftale om skånehensyn, version 2".
    agreement: Agreement | None = None
    # Actual hours per week recorded at meetings, {week number: hours}, for the chart.
    actual_hours: dict[int, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MinutesDocument:
    meeting: Meeting
    parties: Parties
    action_items: Sequence[ActionItem] = ()
