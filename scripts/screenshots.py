"""Screenshots of the application with demo data, for the README and for looking at the UI.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--cases 120] [--lang da]

Runs offscreen (QT_QPA_PLATFORM=offscreen) unless a display is set, e.g. under
`xvfb-run -s "-screen 0 1600x1000x24"`. Makes a throwaway demo vault in a temporary folder, so
it never touches real data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "demo-skærmbilleder"


def laptop_screen(tmp: Path, width: int, height: int) -> None:
    """Offscreen, Qt's screen is 800×600 unless told otherwise, and every window is fitted to its
    screen: give it the laptop's size (Xvfb's screen is used as it is when a display is set)."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    config = tmp / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def script_args(doc: str | None, argv: list[str] | None) -> argparse.Namespace:
    """The options every screenshot script takes: --out, --cases, --lang."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--lang", default="da", choices=("da", "en"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def open_demo_app(tmp: Path, data_dir: Path, lang: str) -> tuple[Any, Any, Any]:
    """The app on a demo vault made in `data_dir`, unlocked, its window at 1366×768 on a
    laptop-sized screen: (the QApplication, the controller, the main window)."""
    from desktop.app import Application, create_application
    from desktop.services.settings import AppSettings, save_settings
    from desktop.ui.kit.i18n import install_translators

    save_settings(data_dir, AppSettings(language=lang))
    laptop_screen(tmp, 1366, 768)
    app = create_application(["screenshots"])
    install_translators(app, lang)
    controller = Application(data_dir, offer_drafts=False)
    assert controller.start()
    controller.unlock_window.panel.password.setText(PASSWORD)
    controller.unlock_window.panel.submit()
    wait_until(app, lambda: controller.window is not None)
    window = controller.window
    window.resize(1366, 768)
    return app, controller, window


def shooter(app: Any, controller: Any, args: argparse.Namespace, names: list[str], *,
            prefix: str) -> Callable[..., None]:
    """shoot(name, widget=the main window): waits for the database worker, then saves the
    widget as `<out>/<prefix><name>[-en].png` and notes the path in `names`."""
    suffix = "" if args.lang == "da" else "-en"

    def shoot(name: str, widget: Any = None) -> None:
        wait_until(app, lambda: controller.worker.idle)
        app.processEvents()
        path = args.out / f"{prefix}{name}{suffix}.png"
        (widget or controller.window).grab().save(str(path))
        names.append(str(path))

    return shoot


def make_demo_vault(data_dir: Path, cases: int) -> None:
    from desktop.services import demo
    from desktop.services.session import create_vault
    from desktop.vault import KdfParams

    with create_vault(data_dir, PASSWORD, username="demo.konsulent", role="consultant",
                      team="Team Vest", kdf=KdfParams(memory_kib=8192, iterations=1,
                                                      lanes=1)) as session:
        demo.generate(session.store, cases=cases, meetings_per_case=8, today=dt.date.today())


def wait_until(app: object, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the UI did not get there in time")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def first_run(app: object, data_dir: Path, out: Path) -> list[str]:
    """The first-run wizard on an empty data folder, page by page, with a fictitious user; it is
    cancelled before it creates anything."""
    from desktop.app import Application

    controller = Application(data_dir, offer_drafts=False)
    assert controller.start()
    wizard = controller.wizard
    wizard.resize(720, 560)
    wizard.next()  # welcome
    identity = wizard.identity_page
    identity.username.setText("kari.konsulent")
    identity.team.setText("Team Vest")
    app.processEvents()  # type: ignore[attr-defined]
    wizard.grab().save(str(out / "first-run-identity.png"))
    wizard.next()
    page = wizard.password_page
    page.password.setText("Fire heste spiser havre ved åen")
    page.repeat.setText("Fire heste spiser havre ved åen")
    app.processEvents()  # type: ignore[attr-defined]
    wizard.grab().save(str(out / "first-run-password.png"))
    wizard.next()
    app.processEvents()  # type: ignore[attr-defined]
    wizard.grab().save(str(out / "first-run-recovery.png"))
    wizard.reject()
    app.processEvents()  # type: ignore[attr-defined]
    controller.shutdown()
    return ["first-run-identity", "first-run-password", "first-run-recovery"]


def hand_over(app: object, controller: object, out: Path) -> list[str]:
    """The open meeting handed over to the citizen: the question first, then the window as the
    citizen sees it; the consultant's password ends it."""
    from desktop.ui.kit.password import PasswordCheckDialog
    from desktop.ui.shell.handover import HandOverDialog

    def visible(kind: type) -> object:
        return next((w for w in app.topLevelWidgets()  # type: ignore[attr-defined]
                     if isinstance(w, kind) and w.isVisible()), None)

    window = controller.window  # type: ignore[attr-defined]
    window.meeting_editor.handover_button.click()
    wait_until(app, lambda: visible(HandOverDialog) is not None)
    app.processEvents()  # type: ignore[attr-defined]
    visible(HandOverDialog).grab().save(str(out / "handover-dialog.png"))  # type: ignore[attr-defined]
    visible(HandOverDialog).accept()  # type: ignore[attr-defined]
    wait_until(app, lambda: controller.context.handover)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    window.grab().save(str(out / "handover.png"))
    window.end_handover()
    wait_until(app, lambda: visible(PasswordCheckDialog) is not None)
    check = visible(PasswordCheckDialog)
    check.password.setText(PASSWORD)  # type: ignore[attr-defined]
    check.check()  # type: ignore[attr-defined]
    wait_until(app, lambda: not controller.context.handover)  # type: ignore[attr-defined]
    return ["handover-dialog", "handover"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=120)
    parser.add_argument("--lang", default="da", choices=("da", "en"))
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from desktop.app import Application, create_application
    from desktop.services.settings import AppSettings, save_settings
    from desktop.ui.kit.i18n import install_translators

    with tempfile.TemporaryDirectory(prefix="trepart-screens-") as tmp:
        laptop_screen(Path(tmp), width, height)
        app = create_application(["screenshots"])
        install_translators(app, args.lang)
        names = first_run(app, Path(tmp) / "new", args.out)
        data_dir = Path(tmp) / "data"
        make_demo_vault(data_dir, args.cases)
        save_settings(data_dir, AppSettings(language=args.lang))
        controller = Application(data_dir, offer_drafts=False)
        assert controller.start()
        unlock = controller.unlock_window
        unlock.resize(560, 520)
        app.processEvents()
        unlock.grab().save(str(args.out / "unlock.png"))
        unlock.panel.password.setText(PASSWORD)
        unlock.panel.submit()
        wait_until(app, lambda: controller.window is not None)
        window = controller.window
        window.resize(width, height)
        wait_until(app, lambda: window.today_page.overview is not None)
        wait_until(app, lambda: controller.worker.idle)
        app.processEvents()
        window.grab().save(str(args.out / "main-window.png"))

        window.show_page(1)
        wait_until(app, lambda: window.cases_page.model.total > 0)
        wait_until(app, lambda: controller.context.search_is_ready)
        window.cases_page.search.setText("høreværn")
        wait_until(app, lambda: window.cases_page.model.search_ids is not None)
        app.processEvents()
        window.grab().save(str(args.out / "cases.png"))

        first = window.cases_page.model.row_at(0)
        window.open_case(first.id)
        wait_until(app, lambda: window.case_view is not None
                   and window.case_view.overview is not None)
        wait_until(app, lambda: controller.worker.idle)
        app.processEvents()
        window.grab().save(str(args.out / "case.png"))

        window.case_view.tabs.setCurrentIndex(1)
        meeting = window.case_view.meeting_model.row_at(0)
        window.open_meeting(meeting.id)
        wait_until(app, lambda: window.meeting_editor is not None)
        app.processEvents()
        window.grab().save(str(args.out / "meeting.png"))

        names += ["unlock", "main-window", "cases", "case", "meeting"]
        names += hand_over(app, controller, args.out)
        window.meeting_editor.close_now()

        def dialog_of(kind: type) -> object:
            return next((w for w in app.topLevelWidgets()
                         if isinstance(w, kind) and w.isVisible()), None)

        def shoot_dialog(name: str, kind: type, open_it: Callable[[], None]) -> None:
            open_it()
            wait_until(app, lambda: dialog_of(kind) is not None)
            wait_until(app, lambda: controller.worker.idle)
            app.processEvents()
            dialog = dialog_of(kind)
            dialog.grab().save(str(args.out / f"{name}.png"))  # type: ignore[attr-defined]
            if hasattr(dialog, "controller"):
                dialog.controller.close_now()
            else:
                dialog.close()  # type: ignore[attr-defined]
            app.processEvents()
            names.append(name)

        from desktop.ui.cases.case_editor import CaseEditorDialog
        from desktop.ui.people.citizen_editor import CitizenDialog
        from desktop.ui.people.company_editor import CompanyDialog
        from desktop.ui.shell.settings_dialog import SettingsDialog

        window.show_page(2)
        wait_until(app, lambda: window.companies_page.model.rowCount() > 0)
        company = window.companies_page.model.row_at(0)
        window.show_page(3)
        wait_until(app, lambda: window.citizens_page.model.rowCount() > 0)
        citizen = window.citizens_page.model.row_at(0)
        shoot_dialog("case-editor", CaseEditorDialog, lambda: window.edit_case(first.id))
        shoot_dialog("company", CompanyDialog, lambda: window.open_company(company.id))
        shoot_dialog("citizen", CitizenDialog, lambda: window.open_citizen(citizen.id))
        shoot_dialog("settings", SettingsDialog, window.show_settings)
        for index, name in ((2, "agreement-tab"), (3, "plan-tab")):
            window.open_case(first.id)
            window.case_view.tabs.setCurrentIndex(index)
            wait_until(app, lambda: controller.worker.idle)
            app.processEvents()
            window.grab().save(str(args.out / f"{name}.png"))
            names.append(name)
        window.show_page(4)
        wait_until(app, lambda: controller.worker.idle)
        app.processEvents()
        window.grab().save(str(args.out / "sync.png"))
        names.append("sync")
        window.close()
        wait_until(app, lambda: controller.worker.idle)
        controller.shutdown()
        for name in names:
            print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
