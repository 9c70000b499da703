"""Screenshots of the effect report (issue 13): the report view's two tabs and the first page of
its sealed PDF, at 1366x768, from a throwaway demo vault:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_effect.py \
        [--out docs/screenshots] [--lang da]
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


def make_vault(data_dir: Path, cases: int) -> None:
    from desktop.services import demo
    from desktop.services import documents as document_service
    from desktop.services.session import create_vault
    from desktop.vault import KdfParams

    with create_vault(data_dir, PASSWORD, username="demo.konsulent", role="consultant",
                      team="Team Vest", kdf=KdfParams(memory_kib=8192, iterations=1,
                                                      lanes=1)) as session:
        demo.generate(session.store, cases=cases, meetings_per_case=4, today=dt.date.today())
        # A demo seal, so the PDF is sealed as a real organisation's would be.
        document_service.setup_demo_organisation(session.store, directory=data_dir.parent)


def main(argv: list[str] | None = None) -> int:
    args = script_args(__doc__, argv)
    from PySide6.QtCore import QSize

    from desktop.ui.reports.report_view import EffectReportDialog

    names: list[str] = []
    with tempfile.TemporaryDirectory(prefix="trepart-screens-") as tmp:
        data_dir = Path(tmp) / "data"
        make_vault(data_dir, args.cases)
        app, controller, window = open_demo_app(Path(tmp), data_dir, args.lang)
        shoot = shooter(app, controller, args, names, prefix="")
        wait_until(app, lambda: controller.worker.idle)

        window.effect_report_action.trigger()
        wait_until(app, lambda: any(isinstance(w, EffectReportDialog) and w.isVisible()
                                    for w in app.topLevelWidgets()))
        view = next(w for w in app.topLevelWidgets() if isinstance(w, EffectReportDialog))
        view.resize(1366, 740)
        view.from_date.set_value(dt.date.today() - dt.timedelta(days=3 * 365))
        view.show_button.click()
        wait_until(app, lambda: view.report is not None and not view.report.empty)
        shoot("effect-report", view)
        view.tables.setCurrentIndex(1)
        shoot("effect-report-figures", view)
        view.tables.setCurrentIndex(0)

        view.pdf_button.click()
        wait_until(app, lambda: view.preview is not None
                   and view.preview.preview.page_count() >= 1)
        document = view.preview.preview.document
        size = document.pagePointSize(0)
        image = document.render(0, QSize(round(size.width() * 80 / 72),
                                         round(size.height() * 80 / 72)))
        path = args.out / ("effect-report-pdf" + ("" if args.lang == "da" else "-en") + ".png")
        image.save(str(path))
        names.append(str(path))
        view.preview.close()
        view.close()
        window.close()
        wait_until(app, lambda: controller.worker.idle)
        controller.shutdown()
    for name in names:
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
