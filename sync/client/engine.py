"""One sync run: push the outbox in batches, then pull pages since the cursor.

Crash-safe by construction: an operation leaves the outbox only after the server has answered
for it, and the server applies each op_id once (a retried batch gets the stored results); a pulled
page and the cursor that follows it are committed in one local transaction.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from sync.client.transport import (
    ServerTimedOut,
    ServerUnavailable,
    SyncCancelled,
    SyncError,
    Transport,
)
from sync.protocol.wire import (
    DEFAULT_PAGE,
    MAX_BATCH,
    Operation,
    OpResult,
    OpStatus,
    PullResponse,
    PushRequest,
    PushResponse,
)

log = logging.getLogger(__name__)
CLOCK_AHEAD = "clock_ahead"


@dataclass(frozen=True, slots=True)
class Refusal:
    op_id: str
    record_type: str
    record_id: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ApplyResult:
    applied: int
    conflicts: int
    # Records the device could not take in (invalid, or failed to write): set aside as problems,
    # the rest of the page and the cursor went ahead.
    quarantined: int = 0


class LocalStore(Protocol):
    """What the engine needs from a device's store."""

    def pending_operations(self, limit: int) -> list[Operation]: ...

    def acknowledge(self, ops: list[Operation], results: list[OpResult]) -> list[Refusal]:
        """Drop answered ops from the outbox (not clock_ahead ones); keep refusals visible."""
        ...

    def restamp(self, op_ids: list[str], server_time_ms: int) -> None:
        """Adopt the server's time and give these ops fresh stamps."""
        ...

    def pull_cursor(self) -> int: ...

    def apply_page(self, page: PullResponse) -> ApplyResult:
        """Apply every change and the page's cursor in ONE transaction."""
        ...


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: str  # "push" | "pull"
    done: int  # operations sent; records received (every change of the pages pulled)
    total: int | None  # None: not known (a pull from a server that does not count)
    approximate: bool = False  # `total` is the server's estimate (a pull): shown as "ca."


# A pull asks the server how much is left (PullResponse.remaining) once, then again every this
# many pages, and counts down itself in between: a count costs the server a query, not a page.
COUNT_EVERY = 50


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    quarantined: int = 0
    refusals: list[Refusal] = field(default_factory=list)
    push_batches: int = 0
    pull_pages: int = 0
    retries: int = 0
    restamped: int = 0
    cursor: int = 0
    seconds: float = 0.0

    def summary_da(self) -> str:
        parts = [f"sendt {self.pushed}", f"modtaget {self.pulled}"]
        if self.conflicts:
            parts.append(f"{self.conflicts} konflikt(er) at løse")
        if self.refusals:
            parts.append(f"{len(self.refusals)} afvist af serveren")
        if self.quarantined:
            parts.append(f"{self.quarantined} modtaget post(er) sat til side (se problemer)")
        return "Synkroniseret: " + ", ".join(parts) + "."


class SyncEngine:
    def __init__(
        self,
        store: LocalStore,
        transport: Transport,
        *,
        batch_size: int = MAX_BATCH,  # what the server accepts (wire.MAX_BATCH)
        page_size: int = DEFAULT_PAGE,
        initial_page_size: int | None = None,
        max_attempts: int = 5,
        backoff: float = 0.5,
        progress: Callable[[SyncProgress], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        total_pending: Callable[[], int] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._store = store
        self._transport = transport
        self._batch_size = batch_size
        self._page_size = page_size
        self._initial_page_size = initial_page_size or page_size
        self._max_attempts = max_attempts
        self._backoff = backoff
        self._progress = progress or (lambda p: None)
        self._sleep = sleep
        self._total_pending = total_pending
        self._cancelled = cancelled or (lambda: False)

    def run_once(self) -> SyncReport:
        started = time.perf_counter()
        report = SyncReport()
        self._push(report)
        self._pull(report)
        report.seconds = time.perf_counter() - started
        log.info(
            "sync done: pushed=%d pulled=%d conflicts=%d refused=%d quarantined=%d retries=%d "
            "in %.2fs",
            report.pushed,
            report.pulled,
            report.conflicts,
            len(report.refusals),
            report.quarantined,
            report.retries,
            report.seconds,
        )
        return report

    def _check_cancelled(self) -> None:
        if self._cancelled():
            raise SyncCancelled(
                "Synkroniseringen blev annulleret. Det, der ikke nåede frem, sendes næste gang."
            )

    def _retrying(self, report: SyncReport, call: Callable[[], object]) -> object:
        """A network call, retried with backoff on a dropped connection or a 5xx. A timeout is
        not retried (the server is there but does not answer: waiting again only makes the
        user wait); a cancel is seen before every call and after every pause."""
        delay = self._backoff
        for attempt in range(1, self._max_attempts + 1):
            self._check_cancelled()
            try:
                return call()
            except ServerTimedOut:
                raise
            except ServerUnavailable:
                if attempt == self._max_attempts:
                    raise
                report.retries += 1
                self._sleep(delay)
                delay = min(delay * 2, 30.0)
        raise AssertionError("unreachable")

    def _push(self, report: SyncReport) -> None:
        total = self._total_pending() if self._total_pending else None
        restamped_once: set[str] = set()
        while True:
            ops = self._store.pending_operations(self._batch_size)
            if not ops:
                return
            request = PushRequest(ops=ops)
            response = self._retrying(report, lambda r=request: self._transport.push(r))
            assert isinstance(response, PushResponse)
            if len(response.results) != len(ops):
                raise SyncError("Serveren svarede ikke på alle ændringer; prøv igen.")
            report.push_batches += 1
            refusals = self._store.acknowledge(ops, response.results)
            report.refusals.extend(r for r in refusals if r.code != CLOCK_AHEAD)
            report.pushed += sum(r.status is OpStatus.APPLIED for r in response.results)
            ahead = [r.op_id for r in response.results if r.code == CLOCK_AHEAD]
            if ahead:
                if restamped_once.intersection(ahead):
                    raise SyncError(
                        "Enhedens ur går stadig forkert efter justering. Kontrollér dato og tid."
                    )
                restamped_once.update(ahead)
                self._store.restamp(ahead, response.server_time_ms)
                report.restamped += len(ahead)
            self._progress(SyncProgress("push", report.pushed, total))

    def _pull(self, report: SyncReport) -> None:
        cursor = self._store.pull_cursor()
        # An empty device (initial sync): the largest pages, and the next one fetched while
        # this one is applied, so the network and the local writes overlap.
        initial = cursor == 0
        size = self._initial_page_size if initial else self._page_size
        # Which pages ask for the count: the first of an initial sync; otherwise the second (a
        # run of one page needs none); then every COUNT_EVERY pages, if the server counts.
        first_count = 0 if initial else 1
        counts = True  # until the server shows it does not

        def fetch(c: int, n: int) -> PullResponse:
            ask = counts and n >= first_count and (n - first_count) % COUNT_EVERY == 0
            page = self._retrying(report, lambda: self._transport.pull(c, size, count=ask))
            assert isinstance(page, PullResponse)
            return page

        ahead_pool = ThreadPoolExecutor(1, thread_name_prefix="trepart-pull") if initial else None
        received = 0
        total: int | None = None
        try:
            page = fetch(cursor, 0)
            n = 0
            while True:
                if n == first_count and page.remaining is None:
                    counts = False  # an older server: the line says how many, not of how many
                ahead = (ahead_pool.submit(fetch, page.cursor, n + 1)
                         if ahead_pool is not None and page.more else None)
                result = self._store.apply_page(page)
                report.pull_pages += 1
                report.pulled += result.applied
                report.conflicts += result.conflicts
                report.quarantined += result.quarantined
                cursor = page.cursor
                received += len(page.changes)
                if page.remaining is not None:
                    total = received + max(page.remaining, 0)
                if total is not None:
                    total = received if not page.more else max(total, received)
                self._progress(SyncProgress("pull", received, total, approximate=True))
                if not page.more:
                    break
                n += 1
                page = ahead.result() if ahead is not None else fetch(cursor, n)
        finally:
            if ahead_pool is not None:
                ahead_pool.shutdown(wait=True, cancel_futures=True)
        report.cursor = cursor
