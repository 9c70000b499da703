"""Database work off the UI thread, on ONE dedicated worker (Anki's CollectionOp, in small).

    DbOp(self, lambda store: cases.list_cases(store=store, viewer=viewer)).success(self._show).run()

The function runs on the worker thread and must never touch widgets; `success` and `failure`
run back on the UI thread, and only while `parent` is still alive. Database jobs are serialised
on the single worker, so they never race each other on the SQLCipher connection. In tests,
`wait_idle(qtbot)` (or `worker.idle`) waits until every job and its callback have run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")

StoreProvider = Callable[[], Any]
ErrorHandler = Callable[[BaseException], None]




class _Relay(QObject):
    """Lives in the UI thread; a signal emitted from the worker arrives here queued."""

    finished = Signal(object, object, object)  # job, result, exception


class DbWorker(QObject):
    """One thread for every database (and vault) job, plus a relay back to the UI thread."""

    busy_changed = Signal(bool)
    thread_name = "trepart-db"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.thread_name)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._pending = 0
        self._lock = threading.Lock()
        self.store_provider: StoreProvider = lambda: None
        self.error_handler: ErrorHandler = lambda exc: log.error("Unhandled job error: %r", exc)

    @property
    def idle(self) -> bool:
        with self._lock:
            return self._pending == 0

    def submit(self, job: _Job) -> None:
        # The store is taken when the job is submitted: a job submitted before locking still
        # runs (before the lock job, which follows it in the queue); one submitted after
        # locking began finds no store and fails with VaultLocked.
        job.store = self.store_provider() if job.needs_store else None
        with self._lock:
            self._pending += 1
            first = self._pending == 1
        if first:
            self.busy_changed.emit(True)
        self._executor.submit(self._run, job)

    def _run(self, job: _Job) -> None:
        try:
            result = job.call()
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            self._relay.finished.emit(job, None, exc)
        else:
            self._relay.finished.emit(job, result, None)

    @Slot(object, object, object)
    def _deliver(self, job: _Job, result: Any, exc: BaseException | None) -> None:
        try:
            job.deliver(result, exc, self.error_handler)
        finally:
            with self._lock:
                self._pending -= 1
                now_idle = self._pending == 0
            if now_idle:
                self.busy_changed.emit(False)

    def call(self, fn: Callable[[Any], T]) -> Future[T]:
        """From another thread (the network worker): `fn(store)` as one job on this worker,
        queued with the views' jobs; the caller waits on the Future (VaultLocked once locking
        began). No UI callback: whoever waits gets the result."""
        store = self.store_provider()

        def run() -> T:
            if store is None:
                from desktop.vault import VaultLocked

                raise VaultLocked()
            return fn(store)

        return self._executor.submit(run)

    def shutdown(self, *, wait: bool = True) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=True)


class NetworkWorker(DbWorker):
    """Network jobs (sync, login) on a thread of their own, so a server that does not answer
    never holds up the database worker. Its jobs do not get the store: they reach it through
    the database worker's `call`, one short step at a time. Run jobs with
    `DbOp(parent, fn, needs_store=False, worker=network)`."""

    thread_name = "trepart-net"


class _Job:
    def __init__(self, parent: QObject | None, fn: Callable[..., Any], needs_store: bool) -> None:
        self.parent = parent
        self.fn = fn
        self.needs_store = needs_store
        self.on_success: Callable[[Any], None] | None = None
        self.on_failure: Callable[[BaseException], None] | None = None
        self.store: Any = None

    def call(self) -> Any:
        if not self.needs_store:
            return self.fn()
        if self.store is None:
            from desktop.vault import VaultLocked

            raise VaultLocked()
        return self.fn(self.store)

    def deliver(self, result: Any, exc: BaseException | None, default: ErrorHandler) -> None:
        if self.parent is not None and not shiboken6.isValid(self.parent):
            return  # the widget that asked is gone: nobody to tell
        if exc is None:
            if self.on_success is not None:
                self.on_success(result)
            return
        if self.on_failure is not None:
            self.on_failure(exc)
        else:
            default(exc)


_worker: DbWorker | None = None


def install_worker(worker: DbWorker) -> None:
    global _worker
    _worker = worker


def current_worker() -> DbWorker:
    if _worker is None:
        raise RuntimeError("no DbWorker installed")
    return _worker


class DbOp(Generic[T]):
    """A database job: `fn(store)` on the worker, then `success(result)` on the UI thread."""

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[Any], T],
        *,
        needs_store: bool = True,
        worker: DbWorker | None = None,
    ) -> None:
        self._job = _Job(parent, fn, needs_store)
        self._worker = worker

    def success(self, callback: Callable[[T], None]) -> DbOp[T]:
        self._job.on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> DbOp[T]:
        self._job.on_failure = callback
        return self

    def run(self) -> None:
        (self._worker or current_worker()).submit(self._job)


def wait_idle(qtbot: Any, timeout: int = 10_000) -> None:
    """Tests: wait until every submitted job has run and delivered its callback."""
    worker = current_worker()
    qtbot.waitUntil(lambda: worker.idle, timeout=timeout)
