"""One sync run: push the outbox in batches, then pull pages since the cursor.

Crash-safe by construction: an operation leaves the outbox only after the server has answered
for it, and the server applies each op_id once (a retried batch gets the stored results); a pulled
page and the cursor that follows it are committed in one local transaction.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
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


# An initial sync fetches up to this many pages ahead of the one applied, and applies the pages
# that have arrived together, up to APPLY_GROUP records in one transaction.
AHEAD_PAGES = 5
APPLY_GROUP = 5000

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
        # An empty device (initial sync): the largest pages, fetched one after the other on a
        # thread of their own while the device applies, so the network and the local writes
        # overlap; the pages that have arrived meanwhile are applied together (up to
        # APPLY_GROUP records, one transaction, the last page's cursor), so a device slower
        # than its server commits less often.
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

        ahead = _ReadAhead(fetch, cursor, depth=AHEAD_PAGES) if initial else None
        received = 0
        total: int | None = None
        try:
            page = ahead.get() if ahead is not None else fetch(cursor, 0)
            n = 0
            while True:
                batch, records, held = [page], len(page.changes), None
                while ahead is not None and page.more and records < APPLY_GROUP:
                    nxt = ahead.get_ready()
                    if nxt is None:
                        break
                    if records + len(nxt.changes) > APPLY_GROUP:
                        held = nxt  # the next transaction's first page
                        break
                    batch.append(nxt)
                    records += len(nxt.changes)
                    page = nxt
                result = self._store.apply_page(_together(batch))
                report.pull_pages += len(batch)
                report.pulled += result.applied
                report.conflicts += result.conflicts
                report.quarantined += result.quarantined
                cursor = page.cursor
                for p in batch:
                    if n == first_count and p.remaining is None:
                        counts = False  # an older server: the line says how many, not of how many
                    received += len(p.changes)
                    if p.remaining is not None:
                        total = received + max(p.remaining, 0)
                    n += 1
                if total is not None:
                    total = received if not page.more else max(total, received)
                self._progress(SyncProgress("pull", received, total, approximate=True))
                if not page.more:
                    break
                if held is not None:
                    page = held
                else:
                    page = ahead.get() if ahead is not None else fetch(cursor, n)
        finally:
            if ahead is not None:
                ahead.close()
        report.cursor = cursor


def _together(pages: list[PullResponse]) -> PullResponse:
    """Consecutive pages as one: every change in order, the last page's cursor and state."""
    if len(pages) == 1:
        return pages[0]
    return pages[-1].model_copy(update={"changes": [c for p in pages for c in p.changes]})


class _ReadAhead:
    """Pages fetched one after the other on a thread of their own, at most `depth` waiting.

    A failure of a fetch (the network, a cancel) reaches the reader at the page it would have
    been; `close` stops the fetching (a request under way is let finish) and waits for it."""

    def __init__(self, fetch: Callable[[int, int], PullResponse], cursor: int, *, depth: int
                 ) -> None:
        self._pages: queue.Queue[PullResponse | BaseException] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._failed: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(fetch, cursor), name="trepart-pull", daemon=True
        )
        self._thread.start()

    def _run(self, fetch: Callable[[int, int], PullResponse], cursor: int) -> None:
        n = 0
        try:
            while not self._stop.is_set():
                page = fetch(cursor, n)
                self._put(page)
                if not page.more:
                    return
                cursor, n = page.cursor, n + 1
        except BaseException as exc:  # noqa: BLE001 - handed to the reader, raised there
            self._put(exc)

    def _put(self, item: PullResponse | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._pages.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def get(self) -> PullResponse:
        item = self._failed or self._pages.get()
        if isinstance(item, BaseException):
            self._failed = item
            raise item
        return item

    def get_ready(self) -> PullResponse | None:
        """The next page if it has arrived, else None (also when its fetch failed: the pages
        already in hand are applied first, and `get` raises the failure)."""
        if self._failed is not None:
            return None
        try:
            item = self._pages.get_nowait()
        except queue.Empty:
            return None
        if isinstance(item, BaseException):
            self._failed = item
            return None
        return item

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
