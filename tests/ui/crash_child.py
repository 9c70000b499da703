"""Child process for the crash test: the real application, offscreen, typing into a meeting
form until the draft is autosaved; then it waits to be killed (SIGKILL, no clean-up at all)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402

from desktop.app import Application, create_application  # noqa: E402
from desktop.vault import KdfParams  # noqa: E402

NOTES = "Referat fra bageriet: borgeren trives med de faste morgenopgaver."


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
    window.new_meeting(case_id, "opfoelgning")
    wait(app, lambda: window.meeting_editor is not None)
    editor = window.meeting_editor
    saved = []
    editor.draft_saved.connect(lambda: saved.append(True))
    editor.fields["notes"].setFocus()
    QTest.keyClicks(editor.fields["notes"], NOTES)
    QTest.keyClicks(editor.fields["place"], "Kantinen")
    wait(app, lambda: bool(saved))
    print(f"DRAFT-SAVED {editor.form.meeting.id}", flush=True)
    while True:  # keep running, as a user would, until killed
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
