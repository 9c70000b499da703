"""Issue 16: the progress line of a sync ("Henter 48.000 af ca. 240.000 poster – ca. 20 s
tilbage") in the UI's language, and the case list's notice while an initial sync loads (search
finds only what has arrived). An empty laptop against a real server (in process), SQLite and
PostgreSQL."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import QLocale

from desktop.services import demo
from desktop.services import session as sessions
from desktop.services import sync as sync_service
from desktop.services.sync import progress_text
from desktop.ui.kit import i18n
from desktop.ui.syncing.progress import progress_line
from sync.client import SyncProgress
from sync.protocol.vocabulary import Role
from sync.server.main import create_app
from tests.e2e.conftest import (  # noqa: F401  (fixtures)
    SERVER_PASSWORD,
    SERVER_URL,
    InProcessTransport,
    Server,
    empty_server_engine,
    make_device,
    server_db,
)
from tests.ui.conftest import PASSWORD, make_vault, start_app, stop_app

USER = "demo.konsulent"
PAGE = 15  # the server's largest page here: an initial sync of several pages
NOTICE = "søgningen finder foreløbig kun navne på dem, der er hentet"

LINES = [
    (SyncProgress("push", 3, 40), None),
    (SyncProgress("push", 3, None), None),
    (SyncProgress("pull", 48000, None), None),
    (SyncProgress("pull", 1, None), None),
    (SyncProgress("pull", 48000, 240000, approximate=True), None),
    (SyncProgress("pull", 48000, 240000, approximate=True), 18.0),
    (SyncProgress("pull", 48000, 240000, approximate=True), 200.0),
    (SyncProgress("pull", 5, 7), None),
]


@pytest.fixture
def server(server_db: str, tmp_path: Path) -> Iterator[Server]:  # noqa: F811
    engine, settings = empty_server_engine(server_db, tmp_path)
    settings = settings.model_copy(update={"max_page": PAGE, "default_page": PAGE})
    with TestClient(create_app(settings, engine=engine)) as client:
        yield Server(engine=engine, settings=settings, client=client)
    engine.dispose()


@pytest.fixture
def translated(qapp: Any) -> Iterator[Any]:
    yield lambda language: i18n.install_translators(qapp, language)
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(QLocale.c())


def test_the_line_says_in_danish_what_the_service_says_and_reads_in_english(translated) -> None:
    assert translated("da") == "da"
    for p, seconds in LINES:
        assert progress_line(p, seconds) == progress_text(p, seconds)
    assert translated("en") == "en"
    p = SyncProgress("pull", 48000, 240000, approximate=True)
    assert progress_line(p, 18.0) == "Receiving 48,000 of about 240,000 records – about 20 s left"
    assert progress_line(SyncProgress("pull", 1, None)) == "Receiving 1 record"
    assert progress_line(SyncProgress("push", 3, 40)) == "Sending 3 of 40"
    assert progress_line(p, 200.0).endswith("– about 3 min left")


def test_an_empty_laptop_shows_of_how_many_and_the_case_list_says_search_is_not_complete(
    qtbot, tmp_path, server, make_device, translated  # noqa: F811
) -> None:
    translated("da")  # as the app starts (desktop.app.main): the Danish plural forms
    bo = make_device("bo")
    demo.generate(bo.store, cases=6, meetings_per_case=4)
    bo.sync()
    server.add_user(USER, Role.CONSULTANT)
    app = start_app(qtbot, make_vault(tmp_path / "empty", cases=0))
    try:
        window = app.window
        window.sync.http_transport = server.transport()
        window.sync.sleep = lambda s: None
        lines: list[str] = []
        window.sync.progress.connect(lines.append)
        shown: list[tuple[bool, str]] = []  # (loading, the case list's count line) as it changed
        page = window.cases_page
        app.context.sync_status.changed.connect(
            lambda status: shown.append((status.loading, page.count.text())))
        window.show_page(4)
        sync_page = window.sync_page
        sync_page.url_edit.setText(SERVER_URL)
        sync_page.username_edit.setText(USER)
        sync_page.password_edit.setText(SERVER_PASSWORD)
        sync_page.login_button.click()
        app.wait(lambda: app.context.sync_status.status.configured)
        app.wait(lambda: not window.sync.running and app.context.sync_status.status.online)
        app.idle()
        app.wait(lambda: not app.context.sync_status.status.loading)

        pulled = [t for t in lines if t.startswith("Henter")]
        counted = [re.fullmatch(r"Henter ([\d.]+) af ca\. ([\d.]+) poster", t) for t in pulled]
        assert len(pulled) > 2 and all(counted), pulled
        totals = {int(m.group(2).replace(".", "")) for m in counted if m}
        done = [int(m.group(1).replace(".", "")) for m in counted if m]
        assert done == sorted(done) and done[-1] in totals  # counted up to the total
        # While the load ran, the case list said search is not complete yet; after, not.
        assert any(loading and NOTICE in text for loading, text in shown), shown
        assert NOTICE not in page.count.text()
        assert shown[-1][0] is False
    finally:
        stop_app(app)


class SlowPulls(InProcessTransport):
    """Each pull answered after a pause, so the initial sync is still loading while the test
    looks at the case list."""

    def handle_request(self, request: Any) -> Any:
        if request.url.path == "/v1/pull":
            time.sleep(0.4)
        return super().handle_request(request)


def test_while_an_initial_sync_loads_the_case_list_fills_and_finds_names(
    qtbot, tmp_path, server, make_device, translated, monkeypatch  # noqa: F811
) -> None:
    from desktop.ui.syncing.controller import SyncController

    translated("da")
    bo = make_device("bo")
    demo.generate(bo.store, cases=6, meetings_per_case=4)
    bo.sync()
    server.add_user(USER, Role.CONSULTANT)
    data_dir = make_vault(tmp_path / "empty", cases=0)
    with sessions.open_session(data_dir, PASSWORD) as session:
        sync_service.log_in(session.store, server_url=SERVER_URL, username=USER,
                            password=SERVER_PASSWORD, http_transport=server.transport())
    # The sync after unlocking goes to the server here, its pulls slowed down.
    monkeypatch.setattr(SyncController, "default_http_transport", SlowPulls(server.client))
    app = start_app(qtbot, data_dir, unlock=False)
    try:
        controller = app.controller
        controller.unlock_window.panel.password.setText(PASSWORD)
        page_found: list[tuple[str, int]] = []
        controller.unlock_window.panel.submit()
        app.wait(lambda: controller.window is not None)
        window = controller.window
        page = window.cases_page
        page._loading_timer.setInterval(100)
        window.show_page(1)
        status = app.context.sync_status
        app.wait(lambda: status.status.loading and page.model.rowCount() > 0, timeout=30_000)
        assert NOTICE in page.count.text()
        name = page.model._all[0].citizen_name
        page.search.setText(name.split()[0])
        app.wait(lambda: page.model.rowCount() > 0 and page._applied_text == page.search.text())
        page_found.append((page.count.text(), page.model.rowCount()))
        assert status.status.loading, "the load ended before the search was seen"
        assert NOTICE in page_found[0][0]
        shown = [page.model.row_at(page.model.index(i, 0)) for i in range(page.model.rowCount())]
        assert all(name.split()[0] in row.citizen_name + " " + row.company_name + " " + row.title
                   for row in shown)
        app.wait(lambda: not window.sync.running and not status.status.loading, timeout=60_000)
        app.wait(lambda: NOTICE not in page.count.text())
    finally:
        stop_app(app)
