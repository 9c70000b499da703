"""The effect report view: opened from the Forløb menu, shows both groups with their numbers beside
the bars, refuses dates out of order, says when a period has no cases, prints a sealed-or-noted
PDF and exports the pseudonymised CSV; fits 1366x768."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.domain.records import AuditEntry
from desktop.ui.reports.report_view import EffectReportDialog
from sync.evaluation.export import COLUMNS
from tests.ui.conftest import make_vault

SHOTS = Path("/tmp/effect_shots")


def _visible(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def test_report_view_end_to_end(app_factory, tmp_path: Path) -> None:
    app = app_factory(make_vault(tmp_path / "data", cases=24, meetings_per_case=2))
    app.window.effect_report_action.trigger()
    app.wait(lambda: _visible(EffectReportDialog))
    view = _visible(EffectReportDialog)
    view.from_date.set_value(dt.date.today() - dt.timedelta(days=3 * 365))
    view.show_button.click()
    app.wait(lambda: view.report is not None and view.figures.rowCount() > 0)
    app.idle()
    report = view.report
    assert report.groups["projekt"].cases > 0 and report.groups["reference"].cases > 0
    six = report.comparisons[2]
    texts = view.chart.bar_texts()
    assert f"Projekt: {_pct(six.project)} ({six.project.successes} af {six.project.n})" in texts
    assert f"Reference: {_pct(six.reference)} ({six.reference.successes} af {six.reference.n})" \
        in texts
    # The smallest laptop screen (1280x720 at 125 %: 1024x576) holds it; the body scrolls.
    # tests/ui/test_window_fit.py opens it on every simulated screen.
    smallest = view.minimumSizeHint()
    assert smallest.width() <= 1024 and smallest.height() <= 576, smallest
    view.resize(1366, 740)
    if SHOTS.is_dir():
        view.grab().save(str(SHOTS / "report_view.png"))
        view.tables.setCurrentIndex(1)
        view.grab().save(str(SHOTS / "report_view_figures.png"))
        view.tables.setCurrentIndex(0)

    # One group only: the chart has no reference bars.
    view.group.set_value("reference")
    view.show_button.click()
    app.wait(lambda: len(view.chart.bar_texts()) == len(report.comparisons))
    view.group.set_value("begge")

    # Dates out of order: a Danish message, nothing computed, nothing exported.
    view.from_date.set_value(dt.date(2026, 5, 1))
    view.to_date.set_value(dt.date(2026, 1, 1))
    view.show_button.click()
    app.idle()
    assert "slutdato ligger før startdatoen" in view.message.text()
    assert not view.csv_button.isEnabled()

    # A period with no cases says so.
    view.from_date.set_value(dt.date(1990, 1, 1))
    view.to_date.set_value(dt.date(1990, 12, 31))
    view.show_button.click()
    app.wait(lambda: "ingen forløb i perioden" in view.message.text())

    # The PDF, then the CSV.
    view.from_date.set_value(dt.date.today() - dt.timedelta(days=3 * 365))
    view.to_date.set_value(dt.date.today())
    view.show_button.click()
    app.wait(lambda: view.report is not None and not view.report.empty)
    view.pdf_button.click()
    app.wait(lambda: view.preview is not None and view.preview.preview.page_count() >= 1)
    out = tmp_path / "effekt"
    view.ask_csv_path = lambda: out
    view.csv_button.click()
    app.wait(lambda: "skrevet pseudonymiseret" in view.message.text())
    rows = list(csv.DictReader((tmp_path / "effekt.csv").open(encoding="utf-8")))
    assert rows and tuple(rows[0]) == COLUMNS
    actions = [a.action for a in app.store.list(AuditEntry) if a.record_type == "report"]
    assert {"view", "print", "export"} <= set(actions)
    view.preview.close()
    view.close()


def _pct(p) -> str:
    from sync.evaluation.summary import percent

    return percent(p.value)


def test_no_report_for_a_mentor(app_factory, mentor_vault_dir) -> None:
    app = app_factory(mentor_vault_dir)
    assert not app.window.effect_report_action.isEnabled()


def test_the_report_view_has_unique_mnemonics_in_both_languages(qapp, app) -> None:
    from desktop.ui.kit import i18n
    from tests.ui.test_consent_dialog import _assert_unique

    app.window.effect_report_action.trigger()
    app.wait(lambda: _visible(EffectReportDialog))
    view = _visible(EffectReportDialog)
    _assert_unique(view, "effect report (da)")
    view.close()
    try:
        assert i18n.install_translators(qapp, "en") == "en"
        app.window.effect_report_action.trigger()
        app.wait(lambda: _visible(EffectReportDialog))
        view = _visible(EffectReportDialog)
        assert view.pdf_button.text() == "Print / P&DF …"
        _assert_unique(view, "effect report (en)")
        view.close()
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        i18n._language = "da"
