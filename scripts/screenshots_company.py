"""Screenshots of the company side (issue 14) at 1366x768, with demo data: the company page's
profile, needs and contact history tabs, the need form with its Danish messages, the match list
(a need's citizens, a citizen's needs) and the dialogforum:

    .venv/bin/python scripts/screenshots_company.py [--out docs/screenshots] [--lang da]

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
    """The demo vault, and the ids worth showing: the company with the most needs, and a
    citizen whose own list names a company."""
    from desktop.domain.records import Case, CompanyNeed
    from desktop.services import demo
    from desktop.services.session import create_vault
    from desktop.vault import KdfParams

    with create_vault(data_dir, PASSWORD, username="demo.konsulent", role="consultant",
                      team="Team Vest", kdf=KdfParams(memory_kib=8192, iterations=1,
                                                      lanes=1)) as session:
        store = session.store
        demo.generate(store, cases=cases, meetings_per_case=6, today=dt.date.today())
        counts: dict[str, int] = {}
        for need in store.list(CompanyNeed):
            counts[need.company_id] = counts.get(need.company_id, 0) + 1
        company = max(counts, key=lambda c: counts[c])
        citizen = next(c.citizen_id for c in store.list(Case) if c.wishes)
        return {"company": company, "citizen": citizen}


def main(argv: list[str] | None = None) -> int:
    args = script_args(__doc__, argv)

    names: list[str] = []
    with tempfile.TemporaryDirectory(prefix="trepart-screens-") as tmp:
        data_dir = Path(tmp) / "data"
        ids = make_vault(data_dir, args.cases)
        app, controller, window = open_demo_app(Path(tmp), data_dir, args.lang)
        shoot = shooter(app, controller, args, names, prefix="company-side-")
        wait_until(app, lambda: controller.worker.idle)

        from desktop.ui.companies.match_dialog import MatchDialog
        from desktop.ui.companies.need_editor import NeedDialog
        from desktop.ui.companies.network_dialog import NetworkDialog
        from desktop.ui.people.citizen_editor import CitizenDialog
        from desktop.ui.people.company_editor import CompanyDialog

        def dialog_of(kind: type, **wanted: object) -> object:
            return next((w for w in app.topLevelWidgets()
                         if isinstance(w, kind) and w.isVisible()
                         and all(getattr(w, k) == val for k, val in wanted.items())), None)

        window.open_company(ids["company"])
        wait_until(app, lambda: dialog_of(CompanyDialog) is not None)
        company = dialog_of(CompanyDialog)
        side = company.company_side  # type: ignore[attr-defined]
        wait_until(app, lambda: side.page is not None)
        company.resize(1366, 768)  # type: ignore[attr-defined]
        shoot("company-profile", company)
        for index, name in ((2, "company-needs"), (3, "company-contacts")):
            company.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            shoot(name, company)

        company.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
        side.need_table.selectRow(0)
        side.match_need()
        wait_until(app, lambda: dialog_of(MatchDialog, by_need=True) is not None)
        match = dialog_of(MatchDialog, by_need=True)
        wait_until(app, lambda: match.model.rowCount() > 0)  # type: ignore[attr-defined]
        match.resize(1366, 700)  # type: ignore[attr-defined]
        shoot("match-need-to-citizens", match)
        match.close()  # type: ignore[attr-defined]

        side.new_need()
        wait_until(app, lambda: dialog_of(NeedDialog) is not None)
        need = dialog_of(NeedDialog)
        fields = need.fields.widgets  # type: ignore[attr-defined]
        fields["title"].setText("Lagermedhjælper i sæsonen")
        fields["hours_per_week"].setText("40")
        fields["start_date"].set_value(dt.date.today() - dt.timedelta(days=3))
        need.save()  # type: ignore[attr-defined]
        need.resize(960, 720)  # type: ignore[attr-defined]
        shoot("need-form-problems", need)
        need.controller.close_now()  # type: ignore[attr-defined]
        company.controller.close_now()  # type: ignore[attr-defined]
        app.processEvents()

        window.open_citizen(ids["citizen"])
        wait_until(app, lambda: dialog_of(CitizenDialog) is not None)
        citizen = dialog_of(CitizenDialog)
        citizen.match_button.click()  # type: ignore[attr-defined]
        wait_until(app, lambda: dialog_of(MatchDialog, by_need=False) is not None)
        needs = dialog_of(MatchDialog, by_need=False)
        wait_until(app, lambda: needs.model.rowCount() > 0)  # type: ignore[attr-defined]
        needs.resize(1366, 700)  # type: ignore[attr-defined]
        shoot("match-citizen-to-needs", needs)
        needs.close()  # type: ignore[attr-defined]
        citizen.controller.close_now()  # type: ignore[attr-defined]

        window.menus.show_network()
        wait_until(app, lambda: dialog_of(NetworkDialog) is not None)
        network = dialog_of(NetworkDialog)
        wait_until(app, lambda: network.current() is not None)  # type: ignore[attr-defined]
        network.resize(1366, 700)  # type: ignore[attr-defined]
        shoot("network", network)
        network.close()  # type: ignore[attr-defined]

        window.close()
        wait_until(app, lambda: controller.worker.idle)
        controller.shutdown()
    for name in names:
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
