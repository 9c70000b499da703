"""The application's shared state for views: the session, the viewer, the worker, the one hook.

Views get an AppContext, start database jobs through it and listen to `changed`: every
mutation's Changes value is broadcast once and each view refreshes only what it shows (Anki's
operation_did_execute). Views never call each other.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.services.access import Viewer
from desktop.services.changes import Changes
from desktop.services.drafts import Draft
from desktop.services.settings import AppSettings
from desktop.ui.kit.errors import show_error
from desktop.ui.kit.tasks import DbOp, DbWorker

log = logging.getLogger(__name__)




class HandOverHost(Protocol):
    def begin_signing(self) -> None: ...

    def ask_back(self) -> None: ...


class AppContext(QObject):
    changed = Signal(object)  # Changes
    locked_changed = Signal(bool)
    handover_changed = Signal(bool)
    search_ready = Signal()
    search_progress = Signal(int, int)

    def __init__(
        self,
        *,
        data_dir: Path,
        settings: AppSettings,
        worker: DbWorker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.worker = worker
        self.vault: Any = None  # desktop.vault.Vault, held from start to exit (process lock)
        self.session: Any = None  # desktop.services.session.Session while unlocked
        self._viewer: Viewer | None = None
        self.handover = False
        self._locking = False
        self.search_index: Any = None  # CaseSearchIndex, touched only on the worker
        self._draft_sources: list[weakref.ref[Any]] = []
        # The shell's hand-over (kit.context.HandOverHost): features ask it to hand the screen
        # over for a signature and to get it back with the consultant's password.
        self.handover_host: HandOverHost | None = None
        worker.store_provider = self._store_or_none
        worker.error_handler = self.report_error
        from desktop.ui.kit.sync_status import SyncStatusSource

        self.sync_status = SyncStatusSource(self)

    # -- session -------------------------------------------------------------------------
    def _store_or_none(self) -> Any:
        session = self.session
        if session is None or self._locking:
            return None
        return session.store

    @property
    def unlocked(self) -> bool:
        return self.session is not None and not self._locking

    @property
    def viewer(self) -> Viewer:
        if self._viewer is None:
            raise RuntimeError("no viewer before unlocking")
        return self._viewer.in_handover() if self.handover else self._viewer

    @property
    def base_viewer(self) -> Viewer | None:
        return self._viewer

    def start_session(self, session: Any, viewer: Viewer) -> None:
        """Called on the UI thread after a successful unlock (or vault creation)."""
        self.session = session
        self._locking = False
        self.vault = session.vault
        self._viewer = viewer
        self.locked_changed.emit(False)
        self.broadcast(Changes.all())

    def begin_lock(self) -> None:
        """No new database jobs from now on (see lock.LockController)."""
        self._locking = True
        self.search_index = None

    def end_session(self) -> None:
        """Forget the session after the worker has locked it."""
        self.session = None
        self._locking = False
        self.search_index = None
        self.locked_changed.emit(True)

    # -- jobs ----------------------------------------------------------------------------
    def op(
        self, parent: QObject | None, fn: Callable[[Any], Any], *, needs_store: bool = True
    ) -> DbOp[Any]:
        return DbOp(parent, fn, needs_store=needs_store, worker=self.worker)

    def mutate(
        self,
        parent: QObject | None,
        fn: Callable[[Any], Changes],
        on_done: Callable[[Changes], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service mutation on the worker, broadcast its Changes, then call `on_done`."""

        def done(changes: Changes) -> None:
            self.broadcast(changes)
            if on_done is not None:
                on_done(changes)

        op = self.op(parent, fn).success(done)
        if on_failure is not None:
            op.failure(on_failure)
        op.run()

    def broadcast(self, changes: Changes) -> None:
        if changes.empty:
            return
        index = self.search_index
        if index is not None and changes.everything:
            self.start_search_index()  # e.g. after a sync pull: rebuilt in the background
        elif index is not None and changes.case_ids:
            self.op(None, lambda store: index.refresh(store, changes)).run()
        self.changed.emit(changes)
        if changes.outbox or changes.everything:
            self.sync_status.refresh()

    def report_error(self, exc: BaseException) -> None:
        from desktop.vault import VaultLocked

        if isinstance(exc, VaultLocked):
            log.debug("Job dropped: the vault was locked meanwhile")
            return
        show_error(exc)

    # -- drafts of open forms ------------------------------------------------------------
    def register_draft_source(self, source: Any) -> None:
        """An open editor; `source.collect_draft()` returns its draft (or None) at lock time."""
        self._draft_sources.append(weakref.ref(source))

    def unregister_draft_source(self, source: Any) -> None:
        self._draft_sources = [r for r in self._draft_sources if r() not in (None, source)]

    def collect_drafts(self) -> list[Draft]:
        drafts = []
        for ref in list(self._draft_sources):
            source = ref()
            if source is None or not shiboken6.isValid(source):
                continue
            draft = source.collect_draft()
            if draft is not None:
                drafts.append(draft)
        return drafts

    # -- the search index ----------------------------------------------------------------
    def start_search_index(self) -> None:
        """Build the search index in chunks, behind the jobs the first screen needs."""
        from desktop.services.case_search import CaseSearchIndex

        if self._viewer is None or self.session is None:
            return
        index = CaseSearchIndex(self._viewer)
        self.search_index = index

        def step(store: Any) -> tuple[bool, tuple[int, int]]:
            done = index.build_step(store)
            return done, index.progress

        def next_step(result: tuple[bool, tuple[int, int]]) -> None:
            if self.search_index is not index:
                return  # locked meanwhile
            done, (have, total) = result
            self.search_progress.emit(have, total)
            if done:
                self.search_ready.emit()
            else:
                self.op(self, step).success(next_step).run()

        self.op(self, step).success(next_step).run()

    @property
    def search_is_ready(self) -> bool:
        index = self.search_index
        return index is not None and index.ready
