"""The company network (dialogforum): its members (companies, the disability council, unions,
the jobcenter) with the date they joined, its meetings with agenda, attendance and minutes, and
the recruitment goal in view: companies recruited of the target, and the share of them based on
circular economy against the target share (Randers: 15-20 companies, at least 20 %).

Team-owned like a project: a mentor sees none of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from desktop.domain.problems import Problem, ValidationError, blocking
from desktop.domain.records import Company, Network, NetworkMeeting, NetworkMember, Record
from desktop.domain.validation import validate
from desktop.services.access import Viewer, require_jobcenter
from desktop.services.changes import Changes
from desktop.store import Store
from sync.protocol import vocabulary as v
from sync.protocol.ids import uuid7

DEFAULT_TARGET_COMPANIES = 18
DEFAULT_CIRCULAR_PCT = 20.0


@dataclass(frozen=True, slots=True)
class NetworkGoal:
    companies: int  # company members now
    target: int | None
    circular: int  # of them, marked circular economy on their profile
    target_circular_pct: float | None

    @property
    def circular_pct(self) -> float | None:
        return None if not self.companies else 100.0 * self.circular / self.companies

    @property
    def circular_met(self) -> bool | None:
        pct = self.circular_pct
        if pct is None or self.target_circular_pct is None:
            return None
        return pct >= self.target_circular_pct

    @property
    def circular_needed(self) -> int:
        """How many more circular-economy companies would reach the target share, if the
        network recruited only such companies."""
        if self.target_circular_pct is None:
            return 0
        share = self.target_circular_pct / 100
        extra = 0
        while (self.circular + extra) < share * (self.companies + extra) - 1e-9:
            extra += 1
        return extra


@dataclass(frozen=True, slots=True)
class NetworkOverview:
    network: Network
    members: tuple[NetworkMember, ...]
    meetings: tuple[NetworkMeeting, ...]  # newest first
    goal: NetworkGoal


R = TypeVar("R", bound=Record)


def _mine(rows: list[R], viewer: Viewer) -> list[R]:
    return [
        r
        for r in rows
        if not getattr(r, "team", None)
        or not viewer.team
        or getattr(r, "team", None) == viewer.team
    ]


def is_member(m: NetworkMember, today: dt.date) -> bool:
    return m.left_on is None or m.left_on > today


def goal_of(
    network: Network, members: list[NetworkMember], companies: dict[str, Company], today: dt.date
) -> NetworkGoal:
    current = [
        m for m in members if m.kind == v.NetworkMemberKind.COMPANY.value and is_member(m, today)
    ]
    circular = sum(
        1 for m in current if m.company_id in companies and companies[m.company_id].circular
    )
    return NetworkGoal(
        len(current), network.target_companies, circular, network.target_circular_pct
    )


def networks(
    store: Store, *, viewer: Viewer, today: dt.date | None = None
) -> list[NetworkOverview]:
    if viewer.restricted:
        return []
    today = today or dt.date.today()
    companies = {c.id: c for c in store.list(Company)}
    out = []
    for network in _mine(store.list(Network, order_by=("name",)), viewer):
        members = store.list(
            NetworkMember, where={"network_id": network.id}, order_by=("kind", "name")
        )
        meetings = store.list(
            NetworkMeeting, where={"network_id": network.id}, order_by=("-held_at",)
        )
        out.append(
            NetworkOverview(
                network,
                tuple(members),
                tuple(meetings),
                goal_of(network, members, companies, today),
            )
        )
    return out


def new_network(*, viewer: Viewer) -> Network:
    require_jobcenter(viewer)
    return Network(
        id=uuid7(),
        name="",
        team=viewer.team,
        target_companies=DEFAULT_TARGET_COMPANIES,
        target_circular_pct=DEFAULT_CIRCULAR_PCT,
    )


def new_member(*, viewer: Viewer, network_id: str, today: dt.date | None = None) -> NetworkMember:
    require_jobcenter(viewer)
    return NetworkMember(
        id=uuid7(), network_id=network_id, team=viewer.team, joined_on=today or dt.date.today()
    )


def new_meeting(*, viewer: Viewer, network: NetworkOverview) -> NetworkMeeting:
    require_jobcenter(viewer)
    today = dt.date.today()
    attendance = [
        {"member_id": m.id, "name": m.name, "present": True}
        for m in network.members
        if is_member(m, today)
    ]
    start = dt.datetime.combine(today, dt.time(14, 0)).astimezone()
    return NetworkMeeting(
        id=uuid7(),
        network_id=network.network.id,
        team=viewer.team,
        held_at=start,
        attendance=attendance,
    )


def validate_network_record(record: Network | NetworkMember | NetworkMeeting) -> list[Problem]:
    problems = list(validate(record))
    if isinstance(record, NetworkMember):
        if record.joined_on and record.left_on and record.left_on < record.joined_on:
            problems.append(
                Problem("left_on.order", "left_on", "Udmeldelsen kan ikke ligge før indmeldelsen.")
            )
        if record.kind == v.NetworkMemberKind.COMPANY.value and not record.company_id:
            problems.append(
                Problem(
                    "company_id.required",
                    "company_id",
                    "Vælg virksomheden, når medlemmet er en virksomhed.",
                )
            )
    return problems


def save_network_record(
    store: Store, *, viewer: Viewer, record: Network | NetworkMember | NetworkMeeting
) -> Changes:
    require_jobcenter(viewer)
    if isinstance(record, NetworkMember) and record.company_id and not record.name.strip():
        company = store.get(Company, record.company_id)
        record = record.replace(name=company.name if company else "")
    record = record.replace(team=record.team or viewer.team)
    if hasattr(record, "name"):
        record = record.replace(name=(record.name or "").strip())
    problems = validate_network_record(record)
    if blocking(problems):
        raise ValidationError(problems)
    with store.batch():
        store.save(record)
        store.discard_draft(f"{record.RECORD_TYPE}:{record.id}")
    return Changes.of(record.RECORD_TYPE, drafts=True)
