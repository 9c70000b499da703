"""Screenshots of the application with demo data, for the README and for looking at the UI.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--cases 120] [--lang da]

Runs offscreen (QT_QPA_PLATFORM=offscreen) unless a display is set, e.g. under
`xvfb-run -s "-screen 0 1600x1000x24"`. Makes a throwaway demo vault in a temporary folder, so
it never touches real data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "demo-skærmbilleder"


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
        data_dir = Path(tmp) / "data"
        make_demo_vault(data_dir, args.cases)
        save_settings(data_dir, AppSettings(language=args.lang))
        app = create_application(["screenshots"])
        install_translators(app, args.lang)
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

        window.meeting_editor._close_now()
        window.close()
        wait_until(app, lambda: controller.worker.idle)
        controller.shutdown()
    for name in ("unlock", "main-window", "cases", "case", "meeting"):
        print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
