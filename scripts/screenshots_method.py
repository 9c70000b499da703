"""Screenshots of the screening, fast track, own list and questionnaire forms (issue 13, items
1-4), at 1366x768, with demo data:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_method.py \
        [--out docs/screenshots] [--lang da]

Makes a throwaway demo vault in a temporary folder, so it never touches real data.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshots import (  # noqa: E402
    PASSWORD,
    open_demo_app,
    script_args,
    shooter,
    wait_until,
)


def make_vault(data_dir: Path, cases: int) -> str:
    """The demo vault, and a project case with a full checklist, list and questionnaires."""
    from desktop.domain.records import Case, Questionnaire, SchemeApplication
    from desktop.services import demo
    from desktop.services.session import create_vault
    from desktop.vault import KdfParams

    with create_vault(data_dir, PASSWORD, username="demo.konsulent", role="consultant",
                      team="Team Vest", kdf=KdfParams(memory_kib=8192, iterations=1,
                                                      lanes=1)) as session:
        store = session.store
        demo.generate(store, cases=cases, meetings_per_case=8, today=dt.date.today())
        best, score = "", -1
        for case in store.list(Case):
            if case.group == "reference":
                continue
            qs = store.list(Questionnaire, where={"case_id": case.id})
            apps = store.list(SchemeApplication, where={"case_id": case.id})
            points = len(apps) + 3 * sum(1 for q in qs if q.complete) + len(case.wishes or [])
            if points > score:
                best, score = case.id, points
        return best


def main(argv: list[str] | None = None) -> int:
    args = script_args(__doc__, argv)

    names: list[str] = []
    with tempfile.TemporaryDirectory(prefix="trepart-screens-") as tmp:
        data_dir = Path(tmp) / "data"
        case_id = make_vault(data_dir, args.cases)
        app, controller, window = open_demo_app(Path(tmp), data_dir, args.lang)
        shoot = shooter(app, controller, args, names, prefix="method-")
        window.today_page.team_button.setChecked(True)
        wait_until(app, lambda: window.today_page.waiting.isVisible())
        wait_until(app, lambda: controller.worker.idle)

        def dialog_of(kind: type) -> object:
            return next((w for w in app.topLevelWidgets()
                         if isinstance(w, kind) and w.isVisible()), None)

        shoot("today")
        window.open_case(case_id)
        wait_until(app, lambda: window.case_view is not None
                   and window.case_view.questionnaire_panel.data is not None
                   and window.case_view.fast_track_panel.checklist is not None)
        view = window.case_view
        shoot("case-overview")
        for panel, name in ((view.fast_track_panel, "fast-track-tab"),
                            (view.wishes_panel, "own-list-tab"),
                            (view.questionnaire_panel, "questionnaire-tab")):
            view.tabs.setCurrentWidget(panel)
            shoot(name)

        from desktop.ui.cases.fast_track_panel import ApplicationDialog
        from desktop.ui.cases.questionnaire_panel import QuestionnaireDialog
        from desktop.ui.cases.wishes_panel import WishesDialog
        from desktop.ui.people.screening_dialog import ScreeningDialog

        view.tabs.setCurrentWidget(view.fast_track_panel)
        view.fast_track_panel.table.select_id("hjaelpemidler")
        view.fast_track_panel.edit_current()
        wait_until(app, lambda: dialog_of(ApplicationDialog) is not None)
        dialog = dialog_of(ApplicationDialog)
        shoot("scheme-dialog", dialog)
        dialog.controller.close_now()  # type: ignore[attr-defined]

        view.tabs.setCurrentWidget(view.wishes_panel)
        view.wishes_panel.edit()
        wait_until(app, lambda: dialog_of(WishesDialog) is not None)
        dialog = dialog_of(WishesDialog)
        shoot("own-list-dialog", dialog)
        dialog.controller.close_now()  # type: ignore[attr-defined]

        view.tabs.setCurrentWidget(view.questionnaire_panel)
        view.questionnaire_panel.open_kind("start")
        wait_until(app, lambda: dialog_of(QuestionnaireDialog) is not None)
        dialog = dialog_of(QuestionnaireDialog)
        shoot("questionnaire-dialog", dialog)
        dialog.controller.close_now()  # type: ignore[attr-defined]
        app.processEvents()

        view.questionnaire_panel.open_kind("slut", handover=True)
        wait_until(app, lambda: dialog_of(QuestionnaireDialog) is not None)
        dialog = dialog_of(QuestionnaireDialog)
        shoot("questionnaire-handover", dialog)
        dialog.controller.close_now()  # type: ignore[attr-defined]
        wait_until(app, lambda: window.handover.return_dialog is not None)
        window.handover.return_dialog.accepted.emit()  # the consultant's password, in effect
        app.processEvents()

        window.new_screening()
        wait_until(app, lambda: dialog_of(ScreeningDialog) is not None)
        dialog = dialog_of(ScreeningDialog)
        dialog.fields["consent_to_record"].setChecked(True)  # type: ignore[attr-defined]
        dialog.fields["impairment"].set_value("ja")  # type: ignore[attr-defined]
        dialog.fields["functions"].boxes["tempo"].setChecked(True)  # type: ignore[attr-defined]
        shoot("screening-dialog", dialog)
        dialog.controller.close_now()  # type: ignore[attr-defined]

        window.show_settings()
        from desktop.ui.shell.settings_dialog import SettingsDialog

        wait_until(app, lambda: dialog_of(SettingsDialog) is not None)
        settings = dialog_of(SettingsDialog)
        shoot("settings", settings)
        settings.reject()  # type: ignore[attr-defined]

        window.close()
        wait_until(app, lambda: controller.worker.idle)
        controller.shutdown()
    for name in names:
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
