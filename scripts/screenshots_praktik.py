"""Screenshots of the praktik evaluation, retention, projects and support views (issue 13), at
1366x768, with demo data:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_praktik.py \
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


def make_vault(data_dir: Path, cases: int) -> dict[str, str]:
    """The demo vault, and the ids worth showing."""
    from desktop.domain.records import Case, Meeting, Plan, RetentionCheck
    from desktop.services import demo
    from desktop.services.retention import benefit_return
    from desktop.services.session import create_vault
    from desktop.vault import KdfParams

    with create_vault(data_dir, PASSWORD, username="demo.konsulent", role="consultant",
                      team="Team Vest", kdf=KdfParams(memory_kib=8192, iterations=1,
                                                      lanes=1)) as session:
        store = session.store
        demo.generate(store, cases=cases, meetings_per_case=8, today=dt.date.today())
        found: dict[str, str] = {}
        checks = store.list(RetentionCheck)
        for case in store.list(Case):
            mine = [c for c in checks if c.case_id == case.id]
            flag = benefit_return(case, mine) if mine else None
            if flag and flag.current and case.group == "projekt" and "returned" not in found:
                found["returned"] = case.id
        for m in store.list(Meeting):
            if m.kind == "midtvejsevaluering" and m.next_step and "verdict" not in found:
                found["verdict"] = m.id
            if m.kind == "eftervaern" and "aftercare" not in found and any(
                c.meeting_id == m.id and c.job_status for c in checks
            ):
                found["aftercare"] = m.id
        for plan in store.list(Plan):
            if any(p.paid_hours_per_week for p in plan.periods):
                found["paid_plan_case"] = plan.case_id
                break
        return found


def main(argv: list[str] | None = None) -> int:
    args = script_args(__doc__, argv)

    names: list[str] = []
    with tempfile.TemporaryDirectory(prefix="trepart-screens-") as tmp:
        data_dir = Path(tmp) / "data"
        ids = make_vault(data_dir, args.cases)
        app, controller, window = open_demo_app(Path(tmp), data_dir, args.lang)
        shoot = shooter(app, controller, args, names, prefix="praktik-")
        window.today_page.team_button.setChecked(True)
        wait_until(app, lambda: window.today_page.returns.isVisible())
        wait_until(app, lambda: controller.worker.idle)

        shoot("today")

        window.open_case(ids["returned"])
        wait_until(app, lambda: window.case_view is not None
                   and window.case_view.retention_panel.overview is not None)
        view = window.case_view
        view.tabs.setCurrentWidget(view.retention_panel)
        shoot("retention-tab")
        view.tabs.setCurrentWidget(view.support_panel)
        wait_until(app, lambda: view.support_panel.usage is not None)
        shoot("support-tab")

        from desktop.ui.cases.case_editor import CaseEditorDialog
        from desktop.ui.projects.projects_dialog import ProjectsDialog

        def dialog_of(kind: type) -> object:
            return next((w for w in app.topLevelWidgets()
                         if isinstance(w, kind) and w.isVisible()), None)

        window.edit_case(ids["returned"])
        wait_until(app, lambda: dialog_of(CaseEditorDialog) is not None)
        editor = dialog_of(CaseEditorDialog)
        shoot("case-editor", editor)
        editor.controller.close_now()  # type: ignore[attr-defined]

        window.projects_action.trigger()
        wait_until(app, lambda: dialog_of(ProjectsDialog) is not None)
        projects = dialog_of(ProjectsDialog)
        wait_until(app, lambda: projects.model.rowCount() > 0)  # type: ignore[attr-defined]
        shoot("projects", projects)
        projects.close()  # type: ignore[attr-defined]

        for key, name in (("verdict", "meeting-evaluation"), ("aftercare", "meeting-aftercare")):
            window.open_meeting(ids[key])
            wanted = ids[key]
            wait_until(app, lambda wanted=wanted: window.meeting_editor is not None
                       and window.meeting_editor.form.meeting.id == wanted)
            meeting_editor = window.meeting_editor
            box = meeting_editor.verdict if key == "verdict" else meeting_editor.retention_box
            meeting_editor.scroll.ensureWidgetVisible(box)
            shoot(name)
            meeting_editor.close_now()
            app.processEvents()

        window.open_case(ids["paid_plan_case"])
        wait_until(app, lambda: window.case_view is not None
                   and window.case_view.case_id == ids["paid_plan_case"]
                   and window.case_view.plan_editor.has_loaded)
        window.case_view.tabs.setCurrentWidget(window.case_view.plan_editor)
        editor_widget = window.case_view.plan_editor
        chart = editor_widget.chart
        from PySide6.QtWidgets import QScrollArea

        for scroll in editor_widget.findChildren(QScrollArea):
            scroll.ensureWidgetVisible(chart)
        shoot("plan-paid-hours")

        window.close()
        wait_until(app, lambda: controller.worker.idle)
        controller.shutdown()
    for name in names:
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
