"""Python's cycle collector runs only on the GUI thread once the application is up."""

from __future__ import annotations

import gc
import threading


def test_automatic_collection_is_off_and_the_gui_thread_collects(app) -> None:
    from desktop.ui.kit.gc_guard import MainThreadCollector

    assert not gc.isenabled()  # no collection can start on the database worker
    from PySide6.QtWidgets import QApplication

    collector = QApplication.instance().findChild(MainThreadCollector)
    assert collector is not None
    seen: list[str] = []

    class Cycle:
        def __del__(self) -> None:
            seen.append(threading.current_thread().name)

    for _ in range(1000):  # garbage cycles: more than generation 0's threshold of objects
        a, b = Cycle(), Cycle()
        a.other, b.other = b, a
    del a, b
    app.wait(lambda: bool(seen), timeout=5000)
    assert set(seen) == {threading.main_thread().name}
