"""Child process for the window-size test: the real application on one simulated screen
(offscreen, its size from a config file); opens every kind of window and dialog and prints each
one's frame and the screen's available geometry as JSON lines."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from desktop.app import Application, create_application
from desktop.vault import KdfParams


def main() -> None:
    data_dir, password = Path(sys.argv[1]), sys.argv[2]
    app = create_application(["window-fit"])

    def wait(condition, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the UI did not get there in time")
            app.processEvents()
            time.sleep(0.005)

    def report(name: str) -> None:
        app.processEvents()
        for w in app.topLevelWidgets():
            if w.isVisible():
                frame = w.frameGeometry()
                avail = w.screen().availableGeometry()
                print(json.dumps({
                    "step": name, "window": type(w).__name__,
                    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                    "available": [avail.x(), avail.y(), avail.width(), avail.height()],
                }), flush=True)

    controller = Application(data_dir, kdf=KdfParams(memory_kib=8, iterations=1, lanes=1),
                             offer_drafts=False)
    assert controller.start()
    report("unlock")
    panel = controller.unlock_window.panel
    panel.password.setText(password)
    panel.submit()
    wait(lambda: controller.window is not None)
    window = controller.window
    wait(lambda: window.today_page.overview is not None and controller.worker.idle)
    report("main window")

    from desktop.ui.cases.case_editor import CaseEditorDialog
    from desktop.ui.kit.pdf_preview import DocumentPreviewDialog
    from desktop.ui.people.citizen_editor import CitizenDialog
    from desktop.ui.people.company_editor import CompanyDialog
    from desktop.ui.reports.report_view import EffectReportDialog
    from desktop.ui.shell.settings_dialog import SettingsDialog

    def visible(kind):
        return next((w for w in app.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
                    None)

    def step(name, kind, open_it) -> None:
        open_it()
        wait(lambda: visible(kind) is not None and controller.worker.idle)
        report(name)
        dialog = visible(kind)
        controller_ = getattr(dialog, "controller", None)
        if controller_ is not None:
            controller_.close_now()
        else:
            dialog.close()
        app.processEvents()

    window.show_page(1)
    wait(lambda: window.cases_page.model.rowCount() > 0)
    case = window.cases_page.model.row_at(0)
    step("new case", CaseEditorDialog, window.new_case)
    step("edit case", CaseEditorDialog, lambda: window.edit_case(case.id))
    step("new company", CompanyDialog, window.new_company)
    window.show_page(2)
    wait(lambda: window.companies_page.model.rowCount() > 0)
    step("company", CompanyDialog,
         lambda: window.open_company(window.companies_page.model.row_at(0).id))
    window.show_page(3)
    wait(lambda: window.citizens_page.model.rowCount() > 0)
    step("citizen", CitizenDialog,
         lambda: window.open_citizen(window.citizens_page.model.row_at(0).id))
    step("settings", SettingsDialog, window.show_settings)
    step("effect report", EffectReportDialog, window.effect_report_action.trigger)
    step("preview", DocumentPreviewDialog, lambda: DocumentPreviewDialog(
        window, title="Aftale", copy_label="Virksomhedens kopi").show())
    window.open_case(case.id)
    wait(lambda: window.case_view is not None and window.case_view.overview is not None)
    for tab in range(window.case_view.tabs.count()):
        window.case_view.tabs.setCurrentIndex(tab)
        wait(lambda: controller.worker.idle)
        report(f"case tab {tab}")
    window.new_meeting(case.id, "opfoelgning")
    wait(lambda: window.meeting_editor is not None and controller.worker.idle)
    report("meeting")
    window.meeting_editor.close_now()
    print("DONE", flush=True)
    controller.shutdown()


if __name__ == "__main__":
    main()
