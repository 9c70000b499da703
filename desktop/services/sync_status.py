"""What the status bar and the Synkronisering view show about sync, read from the store.

One source of truth: the stored facts come only from the sync service (desktop.services.sync:
`status()` for logged in or not, the server, the outbox, the last successful sync and the
refusals; desktop.store.syncing for the history and the problem list) plus the conflict records.
This module adds nothing of its own to the store; it turns those facts into what the UI shows.
Whether the server answers right now is known only while a sync runs; the UI's sync controller
sets `online`, `error`, `revoked` when it learns them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.store import Store


@dataclass(frozen=True, slots=True)
class SyncProblem:
    """An operation the server refused, with the record it concerns."""

    at: dt.datetime | None
    record_type: str
    record_id: str
    what: str  # "Aftale «Praktik på lageret»"
    fields: tuple[str, ...]
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class SyncHistoryEntry:
    at: dt.datetime | None
    ok: bool
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: int = 0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SyncStatus:
    configured: bool = False  # this device is logged in to a server
    online: bool | None = None  # None: unknown (not configured, or no sync tried this session)
    pending: int = 0  # operations in the outbox waiting to be pushed
    last_sync: dt.datetime | None = None
    server: str | None = None
    error: str | None = None  # a Danish message from the last attempt
    problems: int = 0  # operations the server refused, kept for a person to look at
    conflicts: int = 0  # unresolved text conflicts
    ca_bundle: str | None = None
    revoked: bool = False  # the server revoked this device (without wipe): sync has stopped
    needs_login: bool = False  # the server no longer accepts this device's token
    connecting: bool = False  # a sync has started and the server has not answered yet
    offline_since: dt.datetime | None = None  # the first failed attempt of this offline spell
    # An initial sync is loading in bulk (desktop.store.bulkload): search finds only what has
    # arrived so far, and the app says so.
    loading: bool = False


@dataclass(frozen=True, slots=True)
class ProblemGroup:
    """Refusals of one kind of record for one cause: "12 møder afvist: ikke dit team"."""

    record_type: str
    code: str
    problems: tuple[SyncProblem, ...]  # newest first

    @property
    def count(self) -> int:
        return len(self.problems)

    @property
    def latest(self) -> dt.datetime | None:
        return self.problems[0].at if self.problems else None


def group_problems(problems: tuple[SyncProblem, ...] | list[SyncProblem]) -> list[ProblemGroup]:
    """The problem list by record type and cause: the largest group first, among equals in the
    catalogue's order (a case before its meetings, log entries last)."""
    from sync.protocol.catalogue import CATALOGUE

    order = {name: i for i, name in enumerate(CATALOGUE)}
    groups: dict[tuple[str, str], list[SyncProblem]] = {}
    for problem in problems:
        groups.setdefault((problem.record_type, problem.code), []).append(problem)
    result = [ProblemGroup(rt, code, tuple(items)) for (rt, code), items in groups.items()]
    result.sort(key=lambda g: (-g.count, order.get(g.record_type, len(order)), g.code))
    return result


@dataclass(frozen=True, slots=True)
class SyncDetails:
    status: SyncStatus
    history: tuple[SyncHistoryEntry, ...] = ()  # newest first
    problems: tuple[SyncProblem, ...] = ()  # newest first
    conflicts: tuple[Any, ...] = field(default=())  # desktop.services.conflicts.ConflictView


def parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def read_sync_status(store: Store) -> SyncStatus:
    from desktop.services import conflicts
    from desktop.services import sync as sync_service

    status = sync_service.status(store)
    return SyncStatus(
        configured=status.configured,
        online=None,
        pending=status.waiting,
        last_sync=parse_time(status.last_sync),
        server=status.server_url,
        problems=status.problems,
        conflicts=conflicts.count_unresolved(store),
        ca_bundle=sync_service.server_address(store)[1],
        loading=store.search_index_building(),
    )


def describe_record(store: Store, record_type: str, record_id: str) -> str:
    """"Møde i «Praktik på lageret»": the record a problem concerns, as a person knows it."""
    from desktop.domain.records import RECORD_CLASSES, Case
    from sync.protocol.catalogue import CATALOGUE

    rt = CATALOGUE.get(record_type)
    label = rt.label if rt is not None else record_type
    cls = RECORD_CLASSES.get(record_type)
    record = store.get(cls, record_id, include_deleted=True) if cls is not None else None
    if record is None:
        return f"{label} ({record_id[:8]})"
    if isinstance(record, Case):
        return f"{label} «{record.title}»"
    case_id = getattr(record, "case_id", None)
    case = store.get(Case, case_id, include_deleted=True) if case_id else None
    if case is not None:
        return f"{label} i «{case.title}»"
    name = getattr(record, "name", None) or getattr(record, "title", None)
    return f"{label} «{name}»" if name else f"{label} ({record_id[:8]})"


def read_sync_details(store: Store) -> SyncDetails:
    from desktop.services import conflicts
    from desktop.store import syncing

    history = tuple(
        SyncHistoryEntry(
            at=parse_time(e.get("at")),
            ok=bool(e.get("ok")),
            pushed=int(e.get("pushed") or 0),
            pulled=int(e.get("pulled") or 0),
            conflicts=int(e.get("conflicts") or 0),
            refused=int(e.get("refused") or 0),
            error=e.get("error"),
        )
        for e in reversed(syncing.history(store))
    )
    problems = tuple(
        SyncProblem(
            at=parse_time(p.get("at")),
            record_type=p.get("record_type", ""),
            record_id=p.get("record_id", ""),
            what=describe_record(store, p.get("record_type", ""), p.get("record_id", "")),
            fields=tuple(p.get("fields") or ()),
            code=p.get("code", ""),
            message=p.get("message", ""),
        )
        for p in reversed(syncing.problems(store))
    )
    return SyncDetails(
        status=read_sync_status(store),
        history=history,
        problems=problems,
        conflicts=tuple(conflicts.unresolved(store)),
    )
