"""Sync on the laptop: log in once per device, then push/pull whenever there is a network.

The device token lives inside the encrypted vault (store state), never in settings files.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

import httpx

from desktop.services import organisation
from desktop.services.session import Session
from desktop.store import Store, bulkload, syncing
from sync.client import (
    DeviceRevoked,
    HttpTransport,
    SyncCancelled,
    SyncEngine,
    SyncError,
    SyncProgress,
    SyncReport,
    login,
)
from sync.client.engine import CLOCK_AHEAD, ApplyResult, Refusal
from sync.client.transport import READ_TIMEOUT, check_server_url
from sync.protocol import wire
from sync.protocol.wire import LoginResponse, Operation, OpResult, OpStatus, PullResponse

log = logging.getLogger(__name__)
T = TypeVar("T")

SERVER_URL_KEY = "sync.server_url"
CA_BUNDLE_KEY = "sync.ca_bundle"
TOKEN_KEY = "sync.token"
SERVER_DEVICE_KEY = "sync.server_device_id"
LAST_SYNC_KEY = "sync.last_sync"


class Db(Protocol):
    """Runs `fn(store)` where the store may be used and returns its result: in the app, a job on
    the database worker that the network thread waits for; in the CLI and tests, a plain call."""

    def __call__(self, fn: Callable[[Store], T], /) -> T: ...


class StoreSyncAdapter:
    """The engine's LocalStore over the encrypted store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def pending_operations(self, limit: int) -> list[Operation]:
        return syncing.pending_operations(self._store, limit)

    def acknowledge(self, ops: list[Operation], results: list[OpResult]) -> list[Refusal]:
        by_id = {op.op_id: op for op in ops}
        done: list[str] = []
        refusals: list[Refusal] = []
        entries = []
        for result in results:
            op = by_id.get(result.op_id)
            if op is None:
                continue
            if result.status is OpStatus.APPLIED:
                done.append(op.op_id)
                continue
            code = result.code or "refused"
            refusals.append(
                Refusal(op.op_id, op.record_type, op.record_id, code, result.message or "")
            )
            if code != CLOCK_AHEAD:
                done.append(op.op_id)  # it will never apply; the problem list keeps it visible
                entries.append(
                    syncing.refusal_entry(op=op, code=code, message=result.message or "")
                )
        syncing.record_problems(self._store, entries)
        syncing.drop_operations(self._store, done)
        return refusals

    def restamp(self, op_ids: list[str], server_time_ms: int) -> None:
        syncing.restamp_operations(self._store, op_ids, server_time_ms)

    def pull_cursor(self) -> int:
        return syncing.cursor(self._store)

    def apply_page(self, page: PullResponse) -> ApplyResult:
        # An empty device pulling more than one page loads in bulk (desktop.store.bulkload):
        # the search index is built once when the last page is in.
        if page.more and syncing.cursor(self._store) == 0:
            bulkload.begin(self._store)
        done = syncing.apply_changes(self._store, page.changes, page.cursor)
        if not page.more and bulkload.active(self._store):
            bulkload.finish(self._store)
        return ApplyResult(done.applied, done.conflicts, done.quarantined)


class DbSyncAdapter:
    """The engine's LocalStore where each call is one short job through `db` (the database
    worker), so the network waits happen outside it."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def pending_operations(self, limit: int) -> list[Operation]:
        return self._db(lambda store: StoreSyncAdapter(store).pending_operations(limit))

    def acknowledge(self, ops: list[Operation], results: list[OpResult]) -> list[Refusal]:
        return self._db(lambda store: StoreSyncAdapter(store).acknowledge(ops, results))

    def restamp(self, op_ids: list[str], server_time_ms: int) -> None:
        self._db(lambda store: StoreSyncAdapter(store).restamp(op_ids, server_time_ms))

    def pull_cursor(self) -> int:
        return self._db(lambda store: StoreSyncAdapter(store).pull_cursor())

    def apply_page(self, page: PullResponse) -> ApplyResult:
        return self._db(lambda store: StoreSyncAdapter(store).apply_page(page))


@dataclass(frozen=True, slots=True)
class SyncStatus:
    configured: bool
    server_url: str | None
    waiting: int
    last_sync: str | None
    problems: int


def server_address(store: Store) -> tuple[str | None, str | None]:
    """The server URL and CA bundle to use: the vault's, or the organisation's defaults
    (desktop.services.organisation) where the vault has none or the organisation locks them."""
    org = organisation.current()
    return (
        organisation.pick(org, "server_url", store.get_state(SERVER_URL_KEY)),
        organisation.pick(org, "ca_bundle", store.get_state(CA_BUNDLE_KEY)),
    )


def _check_locked_address(server_url: str) -> None:
    org = organisation.current()
    if org.is_locked("server_url") and check_server_url(server_url) != check_server_url(
        org.get("server_url")
    ):
        raise SyncError(
            f"Serveradressen er fastlagt af organisationen ({org.get('server_url')}); der kan "
            "ikke logges ind på en anden server."
        )


def status(store: Store) -> SyncStatus:
    return SyncStatus(
        configured=bool(store.get_state(TOKEN_KEY)),
        server_url=server_address(store)[0],
        waiting=store.outbox_count(),
        last_sync=store.get_state(LAST_SYNC_KEY),
        problems=len(syncing.problems(store)),
    )


def configure(store: Store, *, server_url: str, ca_bundle: Path | None = None) -> None:
    store.set_state(SERVER_URL_KEY, check_server_url(server_url))
    store.set_state(CA_BUNDLE_KEY, str(ca_bundle) if ca_bundle else None)


def log_in(
    store: Store,
    *,
    server_url: str,
    username: str,
    password: str,
    ca_bundle: Path | None = None,
    http_transport: httpx.BaseTransport | None = None,
    timeout: float = READ_TIMEOUT,
) -> str:
    """Register this device with the server and keep its token inside the vault."""
    _check_locked_address(server_url)
    url = check_server_url(server_url)
    response = request_login(
        url, username=username, password=password, ca_bundle=ca_bundle,
        http_transport=http_transport, timeout=timeout,
    )
    return accept_login(store, response, server_url=url, ca_bundle=ca_bundle)


def request_login(
    server_url: str,
    *,
    username: str,
    password: str,
    ca_bundle: Path | None = None,
    http_transport: httpx.BaseTransport | None = None,
    timeout: float = READ_TIMEOUT,
) -> LoginResponse:
    """The network half of logging in: no store, so it runs off the database worker."""
    _check_locked_address(server_url)
    return login(
        check_server_url(server_url),
        username=username,
        password=password,
        device_name=f"{platform.node() or 'laptop'} ({platform.system()})",
        ca_bundle=ca_bundle,
        http_transport=http_transport,
        timeout=timeout,
    )


def accept_login(
    store: Store, response: LoginResponse, *, server_url: str, ca_bundle: Path | None = None
) -> str:
    """The store half: the account must fit the vault (AccountMismatch otherwise, and nothing is
    kept, so nothing is pushed); then the identity and the token go into the vault."""
    problem = account_problem(store, response)
    if problem is not None:
        raise AccountMismatch(problem)
    store.set_identity(username=response.username, role=response.role, team=response.team)
    store.set_state(SERVER_URL_KEY, check_server_url(server_url))
    store.set_state(CA_BUNDLE_KEY, str(ca_bundle) if ca_bundle else None)
    store.set_state(TOKEN_KEY, response.device_token)
    store.set_state(SERVER_DEVICE_KEY, response.device_id)
    return response.device_id


class AccountMismatch(SyncError):
    """The server account does not fit the data in this vault; str() says why, in Danish."""


def _role_da(role: str | None) -> str:
    from desktop.domain.labels import label
    from sync.protocol.vocabulary import Role

    return label(Role, role).lower() if role else "uden rolle"


def account_problem(store: Store, account: LoginResponse) -> str | None:
    """Why this server account cannot sync this vault, or None if it fits.

    The server would refuse every change of a case outside the account's team and everything a
    different role may not write, one refusal per record; this says it once, before anything is
    sent: the account's user must be the vault's user while changes wait, its role the vault's
    role while changes wait, and its team the team of the cases the vault holds.
    """
    from desktop.domain.records import Case

    current = store.actor
    waiting = store.outbox_count()
    if waiting and current.username != account.username:
        return (
            f"Der ligger ændringer fra {current.username} på denne computer, som ikke er sendt "
            f"endnu, men du loggede ind som {account.username}. Log ind som {current.username} "
            "først, så ændringerne kan sendes."
        )
    if waiting and current.role != account.role:
        return (
            f"Kontoen {account.username} er {_role_da(account.role)} på serveren, men ændringerne "
            f"på denne computer er lavet som {_role_da(current.role)}. Serveren ville afvise dem. "
            "Bed en administrator rette rollen, eller log ind med den rigtige konto."
        )
    if account.role in ("consultant", "teamlead"):
        teams = {c.team for c in store.list(Case) if c.team}
        other = sorted(t for t in teams if t != account.team)
        if other:
            account_team = account.team or "intet team"
            return (
                f"Kontoen {account.username} hører til «{account_team}» på serveren, men "
                f"forløbene på denne computer hører til «{', '.join(other)}». Serveren ville "
                "afvise alle ændringer af dem, så der er ikke logget ind, og intet er sendt. "
                "Log ind med en konto fra det team, eller bed en administrator flytte kontoen."
            )
    return None


def run(
    session: Session,
    *,
    progress: object | None = None,
    http_transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    db: Db | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout: float = READ_TIMEOUT,
) -> SyncReport:
    """One sync. On a revoked device with wipe, the vault is erased and DeviceRevoked raised.

    Every use of the store goes through `db` (default: here, on this thread); the app passes
    one that runs each short step on the database worker, so the network waits of this run never
    hold up the views. `cancelled` is asked before every network call: a cancel raises
    SyncCancelled, and what the server did not acknowledge stays in the outbox.
    """
    if db is None:
        def db(fn: Callable[[Store], T]) -> T:
            return fn(session.store)
    token, (url, ca) = db(lambda store: (store.get_state(TOKEN_KEY), server_address(store)))
    if not token or not url:
        raise SyncError("Enheden er ikke logget ind på en server endnu (trepart login).")
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        with HttpTransport(
            url, token=token, ca_bundle=Path(ca) if ca else None, http_transport=http_transport,
            timeout=timeout,
        ) as transport:
            engine = SyncEngine(
                DbSyncAdapter(db),
                transport,
                initial_page_size=wire.MAX_PAGE,  # the server caps it at its own max_page
                progress=progress if callable(progress) else None,
                total_pending=lambda: db(lambda store: store.outbox_count()),
                sleep=sleep,
                cancelled=cancelled,
            )
            report = engine.run_once()
            members = _team_members(transport)
    except DeviceRevoked as exc:
        if exc.wipe:
            db(lambda _store: wipe_vault(session))
        else:
            db(lambda store: store.set_state(TOKEN_KEY, None))
        raise
    except SyncCancelled:
        raise
    except SyncError as exc:
        failure = {"at": started, "ok": False, "error": str(exc)}
        db(lambda store: syncing.record_history(store, failure))
        raise
    entry = {
        "at": started,
        "ok": True,
        "pushed": report.pushed,
        "pulled": report.pulled,
        "conflicts": report.conflicts,
        "refused": len(report.refusals),
        "quarantined": report.quarantined,
    }

    def finish(store: Store) -> None:
        store.set_state(LAST_SYNC_KEY, started)
        syncing.record_history(store, entry)
        if members is not None:
            store.set_state(TEAM_KEY, json.dumps(members, ensure_ascii=False))

    db(finish)
    if report.pushed >= RECLAIM_AFTER_OPS or report.pulled >= RECLAIM_AFTER_OPS:
        # A large drain (a first import pushed) freed the outbox's pages, an initial sync's
        # index build the emptied index's, and a large pull left its pages in the WAL: handed
        # back to the file system in short steps, each its own job, so the user's work goes
        # in between.
        while db(lambda store: store.reclaim_space()):
            pass
        db(lambda store: store.checkpoint())  # the WAL gives the file its new, smaller end
    return report


RECLAIM_AFTER_OPS = 1000  # ops pushed or records pulled in one run, after which space is reclaimed


TEAM_KEY = "team_members"  # [{"username", "role"}] of this user's team, from the server


def _team_members(transport: HttpTransport) -> list[dict[str, str]] | None:
    """The team's users as the server knows them; None if the server cannot say (an older
    server, a hiccup): the last list the vault has is kept then."""
    try:
        return [m.model_dump() for m in transport.team().members]
    except DeviceRevoked:
        raise
    except SyncError:
        return None


def team_members(store: Store) -> list[dict[str, str]]:
    """The last known users of this user's team (kept in the vault, usable offline)."""
    raw = store.get_state(TEAM_KEY)
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [
        {"username": str(m["username"]), "role": str(m.get("role", ""))}
        for m in value
        if isinstance(m, dict) and m.get("username")
    ] if isinstance(value, list) else []


def wipe_vault(session: Session) -> None:
    """Erase the vault: the wrapped keys first (crypto-shredding), then the database files."""
    data_dir = session.data_dir
    session.close()
    for name in ("vault.json", "trepart.db", "trepart.db-wal", "trepart.db-shm"):
        path = data_dir / name
        if not path.exists():
            continue
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(os.urandom(min(size, 1 << 20)))  # the key-bearing head first
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
    log.warning("vault in %s wiped on the server's instruction", data_dir)


def danish_number(n: int) -> str:
    """48000 -> "48.000" (Danish digit grouping)."""
    return f"{n:,}".replace(",", ".")


def time_left_text(seconds: float) -> str:
    """ "ca. 20 s tilbage", "ca. 3 min tilbage": rounded up to 5 s, and to whole minutes from a
    minute on, so the figure does not flicker."""
    if seconds < 57.5:
        return f"ca. {max(5, 5 * math.ceil(seconds / 5))} s tilbage"
    return f"ca. {max(1, round(seconds / 60))} min tilbage"


def progress_text(p: SyncProgress, seconds_left: float | None = None) -> str:
    """The progress line in Danish (desktop.ui.syncing.progress says the same in the UI's
    language): "Sender 3 af 40"; "Henter 48.000 af ca. 240.000 poster – ca. 20 s tilbage"; from a
    server that does not count, "Henter 48.000 poster"."""
    if p.phase == "push":
        return f"Sender {p.done} af {p.total}" if p.total else f"Sender {p.done}"
    noun = "post" if (p.total if p.total is not None else p.done) == 1 else "poster"
    if p.total is None:
        return f"Henter {danish_number(p.done)} {noun}"
    about = "ca. " if p.approximate else ""
    line = f"Henter {danish_number(p.done)} af {about}{danish_number(p.total)} {noun}"
    if seconds_left is not None:
        line += " – " + time_left_text(seconds_left)
    return line


class PullEstimate:
    """The time left of a pull, from the rate measured so far, for the progress line.

    Shown only once a few pages are in (MIN_UPDATES, MIN_SECONDS): the first page includes the
    connection and the server's count. The rate is records over seconds, each an exponential
    average over the pages (ALPHA), not an average of per-page rates: pages fetched ahead arrive
    in bursts, and a burst's rate would swing it. The shown figure then moves at most SLACK plus
    STEP of itself per second from what the last one, counted down by the time since, gives now:
    one slow page does not double it, one quick page does not halve it. None when there is
    nothing to say (a push, no total, too early, done)."""

    MIN_UPDATES = 3
    MIN_SECONDS = 2.0
    ALPHA = 0.15  # weight of the newest page
    STEP = 0.2  # most the shown figure may move per second: this share of it ...
    SLACK = 1.0  # ... plus this many seconds, so a small figure can still grow

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._reset()

    def _reset(self) -> None:
        self._started: float | None = None
        self._last: tuple[float, int] | None = None
        self._records: float | None = None  # smoothed records per page
        self._seconds: float | None = None  # smoothed seconds per page
        self._updates = 0
        self._shown: tuple[float, float] | None = None  # (when, seconds left shown)

    def update(self, p: SyncProgress) -> float | None:
        now = self._clock()
        if p.phase != "pull":
            self._reset()
            return None
        if self._last is None or self._started is None:
            self._started, self._last = now, (now, p.done)
            return None
        then, done_then = self._last
        self._last = (now, p.done)
        dn, dt_ = max(p.done - done_then, 0), max(now - then, 0.0)
        if self._records is None or self._seconds is None:
            self._records, self._seconds = float(dn), dt_
        else:
            self._records = self.ALPHA * dn + (1 - self.ALPHA) * self._records
            self._seconds = self.ALPHA * dt_ + (1 - self.ALPHA) * self._seconds
        self._updates += 1
        if (
            p.total is None or self._records <= 0 or self._seconds <= 0
            or self._updates < self.MIN_UPDATES or now - self._started < self.MIN_SECONDS
        ):
            return None
        left = max(p.total - p.done, 0) * self._seconds / self._records
        if left <= 0:
            return None
        if self._shown is not None:
            at, shown = self._shown
            passed = now - at
            expected = max(shown - passed, 0.0)
            room = (self.SLACK + self.STEP * expected) * min(passed, 1.0)
            left = min(max(left, expected - room), expected + room)
        left = max(left, 0.0)
        self._shown = (now, left)
        return left
