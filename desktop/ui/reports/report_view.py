"""The effect report view (Forløb > Effektrapport): a period, a group and a project; the project
group against the reference group with 95 % intervals, bars with their numbers beside them, and the
key figures; "Udskriv / PDF" shows the sealed PDF, "Eksportér CSV" writes the evaluator's
pseudonymised file. All work runs on the database worker; every view, print and export is audited
by the service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.services import projects as project_service
from desktop.services import reports
from desktop.ui.kit.fields import ChoiceBox, DateEdit
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.pdf_preview import DocumentPreviewDialog
from desktop.ui.kit.widgets import Heading, Muted, Table
from desktop.ui.reports.proportion_chart import ProportionChart
from sync.evaluation import effect as e
from sync.evaluation.summary import percent

BOTH = "begge"


@dataclass(frozen=True, slots=True)
class FigureRow:
    order: int  # rows keep the report's order; sorting by the first column keeps it
    label: str
    project: str
    reference: str
    difference: str = ""


class FigureModel(RowTableModel):
    def __init__(self, parent: Any = None, *, difference: bool = False) -> None:
        columns = [
            Column(self.tr("Nøgletal"), lambda r: r.label, lambda r: r.order),
            Column(self.tr("Projektgruppe"), lambda r: r.project, align_right=True),
            Column(self.tr("Referencegruppe"), lambda r: r.reference, align_right=True),
        ]
        if difference:
            columns.append(
                Column(self.tr("Forskel (95 %-interval)"), lambda r: r.difference,
                       align_right=True)
            )
        super().__init__(columns, parent)


def _rows(items: list[tuple[str, str, str]] | list[tuple[str, str, str, str]]) -> list[FigureRow]:
    return [FigureRow(i, *item) for i, item in enumerate(items)]


class EffectReportDialog(QDialog):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("effectReport")
        self.setWindowTitle(self.tr("Effektrapport"))
        self._context = context
        self.report: e.EffectReport | None = None
        self.preview: DocumentPreviewDialog | None = None
        today = dt.date.today()

        self.from_date = DateEdit(self)
        self.from_date.set_value(dt.date(today.year - 1, 1, 1))
        self.to_date = DateEdit(self)
        self.to_date.set_value(today)
        self.project = ChoiceBox([], empty=self.tr("Alle projekter"), parent=self)
        self.group = ChoiceBox(
            [
                (BOTH, self.tr("Begge grupper side om side")),
                (e.PROJECT, self.tr("Kun projektgruppen")),
                (e.REFERENCE, self.tr("Kun referencegruppen")),
            ],
            parent=self,
        )
        controls = QGridLayout()
        for col, (text, widget) in enumerate(
            (
                (self.tr("&Fra:"), self.from_date),
                (self.tr("&Til:"), self.to_date),
                (self.tr("&Projekt:"), self.project),
                (self.tr("&Gruppe:"), self.group),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget.line if isinstance(widget, DateEdit) else widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            controls.addWidget(label, 0, 2 * col)
            controls.addWidget(widget, 0, 2 * col + 1)
        self.show_button = QPushButton(self.tr("&Vis rapport"), self)
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)
        controls.addWidget(self.show_button, 0, 8)
        controls.setColumnStretch(9, 1)

        self.message = QLabel(self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.chart = ProportionChart(self)
        self.comparison = FigureModel(self, difference=True)
        self.comparison_table = Table(
            self.comparison, self.tr("Projektgruppe mod referencegruppe"), self
        )
        self.figures = FigureModel(self)
        self.figures_table = Table(self.figures, self.tr("Nøgletal"), self)
        self.note = Muted(
            self.tr(
                "Andele med 95 %-interval (Wilson); forskellen er projekt minus reference med "
                "Newcombes interval. Ukendt status tæller med i nævneren, aldrig som resultat. "
                "Referencegruppen får den sædvanlige indsats; kun resultatdata registreres."
            ),
            self,
        )
        self.note.setWordWrap(True)

        for table in (self.comparison_table, self.figures_table):
            table.setWordWrap(True)
            table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents
            )
            table.setMinimumHeight(240)
        self.comparison_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.figures_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        # Two full-width tabs: each table's numbers stay readable on a 1366x768 screen.
        self.tables = QTabWidget(self)
        comparison_page = QWidget(self.tables)
        comparison_box = QVBoxLayout(comparison_page)
        comparison_box.addWidget(self.comparison_table, 1)
        comparison_box.addWidget(self.note)
        self.tables.addTab(comparison_page, self.tr("Projekt mod reference"))
        self.tables.addTab(self.figures_table, self.tr("Nøgletal"))
        body = QVBoxLayout()
        body.addWidget(Heading(self.tr("Projektgruppe mod referencegruppe"), self))
        body.addWidget(self.chart)
        body.addWidget(self.tables, 1)
        content = QWidget(self)
        content.setLayout(body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.pdf_button = QPushButton(self.tr("&Udskriv / PDF …"), self)
        self.pdf_button.clicked.connect(self.print_report)
        self.csv_button = QPushButton(self.tr("Eksportér &CSV …"), self)
        self.csv_button.setToolTip(
            self.tr(
                "Pseudonymiseret fil til den eksterne evaluator: ét forløb pr. linje, uden navn, "
                "CPR-nummer, adresse, telefon, fritekst og helbredsoplysninger."
            )
        )
        self.csv_button.clicked.connect(self.export_csv)
        self.close_button = QPushButton(self.tr("&Luk"), self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._set_ready(False)
        self.resize(1280, 700)
        self._load_projects()
        self.load()

    # -- loading ------------------------------------------------------------------------------
    def _load_projects(self) -> None:
        viewer = self._context.viewer
        self._context.op(
            self, lambda store: project_service.project_choices(store, viewer=viewer)
        ).success(self._show_projects).run()

    def _show_projects(self, choices: list[tuple[str, str]]) -> None:
        current = self.project.value()
        for code, name in choices:
            self.project.addItem(name, code)
        self.project.set_value(current)

    def _period(self) -> tuple[dt.date, dt.date] | None:
        try:
            start, end = self.from_date.value(), self.to_date.value()
        except ValueError:
            self._say(self.tr("Skriv datoerne som dd.mm.åååå, fx 01.01.2026."), error=True)
            return None
        if start is None or end is None:
            self._say(self.tr("Vælg både en fra- og en til-dato."), error=True)
            return None
        if end < start:
            self._say(
                self.tr("Periodens slutdato ligger før startdatoen. Ret datoerne, så 'fra' "
                        "kommer før 'til'."),
                error=True,
            )
            return None
        return start, end

    def _group(self) -> str | None:
        value = self.group.value()
        return None if value in (None, BOTH) else value

    def load(self) -> None:
        period = self._period()
        if period is None:
            self._set_ready(False)
            return
        start, end = period
        project_id = self.project.value()
        viewer = self._context.viewer
        self._say(self.tr("Beregner …"))
        self._context.op(
            self,
            lambda store: reports.effect_report(
                store, viewer=viewer, period_from=start, period_to=end, project_id=project_id
            ),
        ).success(self._show).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self._set_ready(False)
        self._say(str(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b42318;" if error else "")

    def _set_ready(self, ready: bool) -> None:
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)

    # -- showing ------------------------------------------------------------------------------
    def _show(self, report: e.EffectReport) -> None:
        self.report = report
        self._set_ready(True)
        if report.empty:
            self._say(
                self.tr("Der er ingen forløb i perioden %1–%2 med de valgte afgrænsninger.")
                .replace("%1", fmt.date(report.period_from))
                .replace("%2", fmt.date(report.period_to))
            )
        else:
            self._say("")
        group = self._group()
        both = group is None
        shown = (e.PROJECT, e.REFERENCE) if both else (group,)
        labels = self._comparison_labels()
        rows = []
        for c in report.comparisons:
            first = c.project if group != e.REFERENCE else c.reference
            rows.append((labels[c.key], first, c.reference if both else None))
        self.chart.set_rows(rows)
        self.comparison_table.setColumnHidden(1, e.PROJECT not in shown)
        self.comparison_table.setColumnHidden(2, e.REFERENCE not in shown)
        self.comparison_table.setColumnHidden(3, not both)
        self.comparison.set_rows(
            _rows([
                (labels[c.key], self._proportion(c.project), self._proportion(c.reference),
                 self._difference(c))
                for c in report.comparisons
            ])
        )
        self.figures_table.setColumnHidden(1, e.PROJECT not in shown)
        self.figures_table.setColumnHidden(2, e.REFERENCE not in shown)
        self.figures.set_rows(self._figure_rows(report))
        for table in (self.comparison_table, self.figures_table):
            table.resizeColumnsToContents()

    def _comparison_labels(self) -> dict[str, str]:
        return {
            "employed_at_end": self.tr("I job ved afslutning"),
            "retained_3": self.tr("Fastholdt i job efter 3 måneder"),
            "retained_6": self.tr("Fastholdt i job efter 6 måneder"),
            "retained_12": self.tr("Fastholdt i job efter 12 måneder"),
            "self_support_half": self.tr("Selvforsørgende mindst halvdelen af ugerne"),
        }

    def _proportion(self, p: e.Proportion) -> str:
        if not p.n:
            return self.tr("ingen forløb")
        interval = p.interval
        assert interval is not None
        text = (
            self.tr("%1 (%2 af %3)\n95 %: %4–%5")
            .replace("%1", percent(p.value)).replace("%2", str(p.successes))
            .replace("%3", str(p.n)).replace("%4", percent(interval.low))
            .replace("%5", percent(interval.high))
        )
        if p.unknown:
            text += self.tr(", %1 ukendt").replace("%1", str(p.unknown))
        return text

    def _difference(self, c: e.Comparison) -> str:
        if c.difference is None or c.interval is None:
            return "–"
        return (
            self.tr("%1\n95 %: %2 til %3")
            .replace("%1", percent(c.difference)).replace("%2", percent(c.interval.low))
            .replace("%3", percent(c.interval.high))
        )

    def _figure_rows(self, report: e.EffectReport) -> list[FigureRow]:
        rows: list[tuple[str, str, str]]
        p, r = report.groups[e.PROJECT], report.groups[e.REFERENCE]

        def row(label: str, f: Any) -> tuple[str, str, str]:
            return (label, f(p), f(r))

        def degree(g: e.GroupFigures) -> str:
            ss = g.self_support
            if not ss.weeks:
                return "–"
            return (
                self.tr("%1 af %2 uger (%3 ukendte)")
                .replace("%1", percent(ss.degree)).replace("%2", str(ss.weeks))
                .replace("%3", str(ss.unknown_weeks))
            )

        def days(g: e.GroupFigures) -> str:
            f = g.fast_track
            if not f.decided:
                return self.tr("%1 afventer").replace("%1", str(f.pending))
            return (
                self.tr("median %1 dage (%2 afgjort, %3 afventer)")
                .replace("%1", fmt.number(f.median_days, 1)).replace("%2", str(f.decided))
                .replace("%3", str(f.pending))
            )

        rows = [
            row(self.tr("Forløb i perioden"), lambda g: str(g.cases)),
            row(self.tr("Startet i perioden"), lambda g: str(g.started)),
            row(self.tr("Afsluttet i perioden"), lambda g: str(g.ended)),
            row(self.tr("Selvforsørgelsesgrad"), degree),
        ]
        months = sorted({h.month for g in (p, r) for h in g.hours})
        for month in months:
            def hours(g: e.GroupFigures, m: int = month) -> str:
                point = next((h for h in g.hours if h.month == m), None)
                if point is None:
                    return "–"
                return (
                    self.tr("%1 t (%2)").replace("%1", fmt.number(point.mean_hours, 1))
                    .replace("%2", str(point.checks))
                )

            rows.append(row(self.tr("Timer pr. uge efter %1 mdr.").replace("%1", str(month)),
                            hours))
        q = p.questionnaire
        score_labels = {
            "confidence": self.tr("Spørgeskema: tro på at kunne arbejde, ændring"),
            "hours_managed": self.tr("Spørgeskema: klarer timerne, ændring"),
            "own_assessment": self.tr("Spørgeskema: egen vurdering, ændring"),
        }
        for name, label in score_labels.items():
            value = q.mean_change.get(name)
            rows.append((label, "–" if value is None else fmt.number(value, 2), "–"))
        rows.append(
            (
                self.tr("Spørgeskemaer: par / udeladt (halvt udfyldt)"),
                f"{q.pairs} / {q.incomplete}", "–",
            )
        )
        rows.append(row(self.tr("Dage fra behov til afgørelse"), days))

        def from_screening(g: e.GroupFigures, to_job: bool) -> str:
            sc = g.screening
            median, n = ((sc.median_days_to_job, sc.to_job) if to_job
                         else (sc.median_days_to_contact, sc.to_contact))
            if not n:
                return self.tr("– (%1 screenet)").replace("%1", str(sc.screened))
            return (
                self.tr("median %1 dage (%2 af %3 screenede)")
                .replace("%1", fmt.number(median, 1)).replace("%2", str(n))
                .replace("%3", str(sc.screened))
            )

        rows.append(row(self.tr("Dage fra screening til første virksomhedskontakt"),
                        lambda g: from_screening(g, False)))
        rows.append(row(self.tr("Dage fra screening til jobstart"),
                        lambda g: from_screening(g, True)))
        for t in report.targets:
            rows.append(
                (
                    self.tr("Mål, %1: borgere / i job").replace("%1", t.name),
                    f"{t.enrolled} / {t.target_enrolled if t.target_enrolled is not None else '–'}"
                    f" · {t.into_jobs} / {t.target_jobs if t.target_jobs is not None else '–'}",
                    "",
                )
            )
        return _rows(rows)

    # -- printing and export ------------------------------------------------------------------
    def print_report(self) -> None:
        report = self.report
        if report is None:
            return
        viewer = self._context.viewer
        self._context.op(
            self, lambda store: reports.report_pdf(store, viewer=viewer, report=report)
        ).success(self._show_pdf).failure(self._failed).run()

    def _show_pdf(self, printed: reports.ReportPdf) -> None:
        notes = [] if printed.sealed else [
            self.tr("Rapporten er ikke forseglet: organisationen har intet seglcertifikat.")
        ]
        self.preview = DocumentPreviewDialog(
            self, title=self.tr("Effektrapport"), copy_label=self.tr("Jobcentrets eksemplar"),
            notes=notes,
        )
        self.preview.preview.set_pdf(printed.pdf, suggested_name="effektrapport.pdf")
        self.preview.show()

    def ask_csv_path(self) -> Path | None:
        """The save dialog (replaced in tests)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Eksportér CSV"), self.tr("effekt.csv"), self.tr("CSV-filer (*.csv)")
        )
        return Path(name) if name else None

    def export_csv(self) -> None:
        period = self._period()
        if period is None:
            return
        path = self.ask_csv_path()
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        start, end = period
        group, project_id = self._group(), self.project.value()
        viewer = self._context.viewer
        self._context.op(
            self,
            lambda store: reports.export_csv(
                store, viewer=viewer, out=path, period_from=start, period_to=end, group=group,
                project_id=project_id,
            ),
        ).success(self._exported).failure(self._failed).run()

    def _exported(self, result: reports.ExportResult) -> None:
        self._say(
            self.tr("%1 forløb skrevet pseudonymiseret til %2.")
            .replace("%1", str(result.rows)).replace("%2", str(result.path))
        )
