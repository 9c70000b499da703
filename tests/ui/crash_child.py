"""Child process for the crash test: the real application, offscreen, typing into a meeting
form until the draft is autosaved; then it waits to be killed (SIGKILL, no clean-up at all)."""

from __future__ import annotations

from PySide6.QtTest import QTest

from tests.ui.crash import start_unlocked, wait, wait_to_be_killed

NOTES = "Referat fra bageriet: borgeren trives med de faste morgenopgaver."


def main() -> None:
    app, controller, case_id = start_unlocked()
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
    wait_to_be_killed(app)


if __name__ == "__main__":
    main()
