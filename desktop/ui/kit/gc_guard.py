"""Python's cycle collector only on the GUI thread.

CPython runs its cycle collector on whichever thread happens to allocate when a generation's
threshold is reached. On the database worker it can then destroy a Qt object that was part of a
reference cycle: QObject::~QObject takes Qt's connection lock and the bindings ask for the GIL,
while the GUI thread holds the GIL and waits for that lock in a connect(). Both wait for ever
(seen in CI: the worker in gc_collect_main -> ~QObject, the GUI thread in QTableView::setModel).
So automatic collection is switched off and the GUI thread collects on a timer instead, by the
same thresholds CPython would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def install_main_thread_collector(app: QObject) -> MainThreadCollector:
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
