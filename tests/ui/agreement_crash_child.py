"""Child process for the agreement crash test: the real application, offscreen, typing a new
agreement into the Skånehensyn tab until its draft is in the store (autosaved, nothing saved by
hand); then it waits to be killed (SIGKILL, no clean-up at all)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from desktop.app import Application, create_application  # noqa: E402
from desktop.services import drafts as draft_service  # noqa: E402
from desktop.vault import KdfParams  # noqa: E402

BAD_DAY = "Borgeren ringer til Bo på lageret inden kl. 8 og tager en rolig opgave."


def wait(app, condition, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            print("TIMEOUT", flush=True)
            sys.exit(2)
        app.processEvents()
        time.sleep(0.005)


def main() -> None:
    data_dir, password, case_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = create_application(["crash-child"])
    controller = Application(data_dir, kdf=KdfParams(memory_kib=8, iterations=1, lanes=1),
                             offer_drafts=False)
    assert controller.start()
    panel = controller.unlock_window.panel
    panel.password.setText(password)
    panel.submit()
    wait(app, lambda: controller.window is not None)
    window = controller.window
    window.open_case(case_id)
    wait(app, lambda: window.case_view is not None
         and window.case_view.agreement_editor.has_loaded)
    view = window.case_view
    editor = view.agreement_editor
    view.tabs.setCurrentWidget(editor)
    editor.create_button.click()
    wait(app, lambda: editor.document is not None)
    key = f"agreement:{editor.document.id}"
    editor.bad_day_plan.setFocus()
    QTest.keyClicks(editor.bad_day_plan, BAD_DAY)
    QTest.keyClicks(editor.hours_per_week, "12")

    stored: list[dict] = []

    def look() -> None:
        stored.clear()
        controller.context.op(
            None, lambda store: draft_service.load_draft(store, key=key)
        ).success(lambda payload: stored.append(payload or {})).run()

    def typed_is_kept() -> bool:
        if not stored:
            return False
        record = stored[0].get("record") or {}
        if record.get("bad_day_plan") == BAD_DAY and record.get("hours_per_week") == 12.0:
            return True
        look()
        return False

    look()
    wait(app, lambda: typed_is_kept() or (time.sleep(0.05) or False))
    print(f"DRAFT-SAVED {editor.document.id}", flush=True)
    while True:  # keep running, as a user would, until killed
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
