"""Shapes of the catalogue's JSON fields as pydantic types: strict, extra keys refused.

Each shape is what the desktop app writes and reads; a value of any other shape is refused by
the server at push and quarantined by a device at apply (sync.protocol.validation), so no form,
PDF or editor ever meets `{"evil": 1}` where it expects a list of participants.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from sync.protocol import vocabulary as v


def _literal(enum: type[v.LabelledEnum], *extra: str) -> object:
    return Literal[(*enum.codes(), *extra)]


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


Name = Annotated[str, StringConstraints(max_length=200)]
Short = Annotated[str, StringConstraints(max_length=200)]
Line = Annotated[str, StringConstraints(max_length=2000)]
DayHours = Annotated[float, Field(ge=0, le=24, allow_inf_nan=False)]
# An optional reference (a record id, lower-case UUID text, or "") and an optional ISO date.
_OPTIONAL_ID = r"^(|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"
_OPTIONAL_DATE = r"^(|[0-9]{4}-[0-9]{2}-[0-9]{2})$"
Username = Annotated[str, StringConstraints(min_length=1, max_length=100)]


class Participant(_Shape):
    name: Name
    # The editor's role box holds who-has-the-ball codes; an empty role is "not stated".
    role: _literal(v.BallHolder, "") = ""  # type: ignore[valid-type]


class ContactPerson(_Shape):
    name: Name
    role: Short = ""
    phone: Annotated[str, StringConstraints(max_length=40)] = ""
    email: Short = ""


class PartyInfo(_Shape):
    name: Name | None = ""
    contact: Name | None = None


class Accommodation(_Shape):
    category: _literal(v.AccommodationCategory)  # type: ignore[valid-type]
    description: Line = ""
    when: Short = ""
    # The compensation scheme that pays for it (the fast track); absent in agreements written
    # before it existed, and left out of the wire form when unset, so a signed agreement's
    # content hash does not change.
    scheme: _literal(v.CompensationScheme) | None = None  # type: ignore[valid-type]


class HoursPeriod(_Shape):
    from_week: Annotated[int, Field(ge=1, le=520)]
    to_week: Annotated[int, Field(ge=1, le=520)]
    days_per_week: Annotated[int, Field(ge=0, le=7)]
    hours_per_day: DayHours
    # Ordinary paid hours beside the praktik hours (a praktik combined with a small job); absent
    # in plans written before it existed, and left out of the wire form when unset, so the
    # content hash of a signed plan does not change.
    paid_hours_per_week: Annotated[float, Field(ge=0, le=37, allow_inf_nan=False)] | None = None


class Wish(_Shape):
    """One entry of the citizen's own list: a company (by id) or a kind of work, dream first."""

    company_id: Annotated[str, StringConstraints(pattern=_OPTIONAL_ID)] = ""
    work: Short = ""
    dream: bool = False
    status: _literal(v.WishStatus) = "ikke_kontaktet"  # type: ignore[valid-type]
    status_date: Annotated[str, StringConstraints(pattern=_OPTIONAL_DATE)] = ""
    note: Line = ""


class Workplace(_Shape):
    """One of the company's workplaces: its P-number (10 digits, no check digit) and postcode."""

    name: Short = ""
    p_number: Annotated[str, StringConstraints(pattern=r"^(|[0-9]{10})$")] = ""
    address: Short = ""
    postcode: Annotated[str, StringConstraints(pattern=r"^(|[0-9]{4})$")] = ""


class ContactAction(_Shape):
    """An action item agreed at a company contact: what, who holds the ball, by when."""

    what: Annotated[str, StringConstraints(min_length=1, max_length=2000)]
    owner: _literal(v.BallHolder)  # type: ignore[valid-type]
    deadline: Annotated[str, StringConstraints(pattern=_OPTIONAL_DATE)] = ""
    done: bool = False


class Attendee(_Shape):
    """One member at a network meeting, present or sending apologies."""

    member_id: Annotated[str, StringConstraints(pattern=_OPTIONAL_ID)] = ""
    name: Name
    present: bool = True


Party = _literal(v.Party)
Weekday = Literal["man", "tir", "ons", "tor", "fre", "loer", "soen"]
# Strokes are drawn in a 0..1 box; a margin keeps strokes that run a little past its edge.
Point = Annotated[list[Annotated[float, Field(ge=-1, le=2, allow_inf_nan=False)]], Field(
    min_length=2, max_length=2
)]

PARTICIPANTS = Annotated[list[Participant], Field(max_length=50)]
CONTACTS = Annotated[list[ContactPerson], Field(max_length=50)]
MENTORS = Annotated[list[Username], Field(max_length=50)]
AFTERCARE_CADENCE = Annotated[
    list[Annotated[int, Field(ge=1, le=3650)]], Field(max_length=50)
]
# The citizen's own list: 3-5 entries is the method; up to 10 are accepted.
WISHES = Annotated[list[Wish], Field(max_length=10)]
WorkFunctionCode = _literal(v.WorkFunction)
WORK_FUNCTIONS = Annotated[
    list[WorkFunctionCode], Field(max_length=len(v.WorkFunction))  # type: ignore[valid-type]
]
PARTIES = Annotated[dict[Party, PartyInfo], Field(max_length=3)]  # type: ignore[valid-type]
WEEKDAY_HOURS = Annotated[dict[Weekday, DayHours], Field(max_length=7)]
ACCOMMODATIONS = Annotated[list[Accommodation], Field(max_length=100)]
SUB_GOALS = Annotated[list[Line], Field(max_length=100)]
PERIODS = Annotated[list[HoursPeriod], Field(max_length=100)]
COMMITMENTS = Annotated[dict[Party, Annotated[str, StringConstraints(max_length=20_000)]], Field(  # type: ignore[valid-type]
    max_length=3
)]
STROKES = Annotated[
    list[Annotated[list[Point], Field(max_length=10_000)]], Field(max_length=1_000)
]

# The company side (issue 14).
WORKPLACES = Annotated[list[Workplace], Field(max_length=50)]
CompanyInterestCode = _literal(v.CompanyInterest)
CompanyMarkCode = _literal(v.CompanyMark)
AccommodationCode = _literal(v.AccommodationCategory)
COMPANY_INTERESTS = Annotated[
    list[CompanyInterestCode], Field(max_length=len(v.CompanyInterest))  # type: ignore[valid-type]
]
COMPANY_MARKS = Annotated[
    list[CompanyMarkCode], Field(max_length=len(v.CompanyMark))  # type: ignore[valid-type]
]
ACCOMMODATION_CATEGORIES = Annotated[
    list[AccommodationCode],  # type: ignore[valid-type]
    Field(max_length=len(v.AccommodationCategory)),
]
CONTACT_ACTIONS = Annotated[list[ContactAction], Field(max_length=50)]
ATTENDANCE = Annotated[list[Attendee], Field(max_length=200)]
