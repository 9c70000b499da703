"""The praktik evaluation and efterværn parts of the meeting form.

A halfway or end evaluation (kinds midtvejsevaluering, slutevaluering) records a structured
verdict: does the citizen manage the tasks, does the company benefit, next step, and the hours of
a hiring; the plan's agreed consequence is shown and can be taken into the decisions. An
efterværn meeting records where the citizen stands (job status, hours, on benefits) as a
retention check tied to the meeting. Both are field tables like the rest of the form.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.kit.field_table import FormField, FormTable, Kind
from desktop.ui.kit.widgets import Muted
from desktop.ui.kit.yes_no import YesNoBox
from sync.protocol import vocabulary as v

_HOURS_HINT = QT_TRANSLATE_NOOP("FormField", "fx 12,5")

# The verdict's fields, part of MEETING_FORM (section "evaluation").
VERDICT_FIELDS = (
    FormField(
        "manages_tasks",
        Kind.CHOICE,
        enum=v.Assessment,
        empty=QT_TRANSLATE_NOOP("FormField", "(ikke vurderet)"),
        section="evaluation",
    ),
    FormField(
        "company_benefit",
        Kind.CHOICE,
        enum=v.Assessment,
        empty=QT_TRANSLATE_NOOP("FormField", "(ikke vurderet)"),
        section="evaluation",
    ),
    FormField(
        "next_step",
        Kind.CHOICE,
        enum=v.NextStep,
        empty=QT_TRANSLATE_NOOP("FormField", "(ikke besluttet)"),
        section="evaluation",
    ),
    FormField(
        "hire_hours_per_week",
        Kind.HOURS,
        placeholder=_HOURS_HINT,
        width=120,
        section="evaluation",
        hint=QT_TRANSLATE_NOOP("FormField", "Skal udfyldes ved ansættelse: 0-37 timer pr. uge."),
    ),
)

# The job status recorded at an efterværn meeting: a retention check's own fields.
RETENTION_AT_MEETING = FormTable(
    "retention_check",
    (
        FormField(
            "job_status",
            Kind.CHOICE,
            enum=v.JobStatus,
            empty=QT_TRANSLATE_NOOP("FormField", "(ikke oplyst)"),
        ),
        FormField("hours_per_week", Kind.HOURS, placeholder=_HOURS_HINT, width=120),
        FormField("on_benefits", Kind.CUSTOM),
    ),
    not_on_form={
        "case_id": "the meeting's case",
        "checked_on": "the meeting's date",
        "meeting_id": "the meeting itself",
        "note": "the meeting's own notes say the rest",
    },
    prefix="retention.",
)
RETENTION_FACTORIES = {"on_benefits": YesNoBox}


class VerdictBox(QGroupBox):
    """The evaluation's group: the plan's consequence (offered) above the verdict fields."""

    use_consequence = Signal(str)

    def __init__(self, consequence: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Evaluering af praktikken"), parent)
        self.setObjectName("verdictBox")
        self.consequence = consequence
        layout = QVBoxLayout(self)
        layout.addWidget(
            Muted(
                self.tr(
                    "Klarer borgeren opgaverne, har virksomheden gavn af praktikken, og virker "
                    "skånehensynene? Næste skridt afgør, hvad der står i beslutningerne."
                ),
                self,
            )
        )
        row = QHBoxLayout()
        if consequence:
            self.consequence_label = Muted(
                self.tr("Planens aftalte konsekvens: %1").replace("%1", consequence), self
            )
        else:
            self.consequence_label = Muted(
                self.tr("Forløbet har ingen trepartsplan med en aftalt konsekvens."), self
            )
        self.consequence_label.setWordWrap(True)
        self.consequence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.consequence_label, 1)
        self.use_button = QPushButton(self.tr("Brug i beslutningerne"), self)
        self.use_button.setToolTip(
            self.tr("Sæt planens aftalte konsekvens ind i mødets beslutninger")
        )
        self.use_button.setVisible(bool(consequence))
        self.use_button.clicked.connect(lambda: self.use_consequence.emit(self.consequence))
        row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)


class RetentionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Jobstatus ved efterværn"), parent)
        self.setObjectName("retentionBox")
        layout = QVBoxLayout(self)
        layout.addWidget(
            Muted(
                self.tr(
                    "Hvor står borgeren nu? Gemmes som en fastholdelsesopfølgning på forløbet. "
                    "Uden jobstatus tælles opfølgningen som ukendt, aldrig som i job."
                ),
                self,
            )
        )
        self.form = QFormLayout()
        layout.addLayout(self.form)
