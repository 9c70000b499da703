"""Child process for the agreement crash test: the real application, offscreen, typing a new
agreement into the Skånehensyn tab until its draft is in the store (autosaved, nothing saved by
hand); then it waits to be killed (SIGKILL, no clean-up at all)."""

from __future__ import annotations

import time

from PySide6.QtTest import QTest

from desktop.services import drafts as draft_service
from tests.ui.crash import start_unlocked, wait, wait_to_be_killed

BAD_DAY = "Borgeren ringer til Bo på lageret inden kl. 8 og tager en rolig opgave."


def main() -> None:
    app, controller, case_id = start_unlocked()
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
    wait_to_be_killed(app)


if __name__ == "__main__":
    main()
