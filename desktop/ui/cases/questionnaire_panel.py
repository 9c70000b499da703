"""The case page's questionnaire tab: the start and end questionnaires side by side with the change
between them, filled in with the consultant or by the citizen alone in hand-over (the laptop
handed over: only the questionnaire on the screen, the consultant's password gives Trepart back).
A half-filled questionnaire is saved as it is and shown as a draft."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting as fmt
from desktop.domain.problems import Problem
from desktop.domain.records import Questionnaire
from desktop.services import questionnaires as q_service
from desktop.services.changes import Changes
from desktop.services.questionnaires import ANCHORS, SCORES, CaseQuestionnaires
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.form import RecordFormDialog
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.widgets import Heading, Muted
from sync.protocol import vocabulary as v
from sync.protocol.catalogue import CATALOGUE

QUESTIONNAIRE_FORM = FormTable(
    "questionnaire",
    (
        FormField("kind", Kind.CHOICE, mnemonic="s", enum=v.QuestionnaireKind),
        FormField("answered_on", Kind.DATE, mnemonic="b"),
        FormField("filled_by", Kind.CHOICE, mnemonic="u", enum=v.FilledBy),
        FormField("wellbeing", Kind.CUSTOM, mnemonic="h"),
        FormField("confidence", Kind.CUSTOM, mnemonic="i"),
        FormField("hours_managed", Kind.CUSTOM, mnemonic="k"),
        FormField("own_assessment", Kind.CUSTOM, mnemonic="v"),
        FormField(
            "comment",
            Kind.TEXT,
            mnemonic="d",
            lines=3,
            hint=QT_TRANSLATE_NOOP("FormField", "Skriv gerne med dine egne ord."),
        ),
    ),
    not_on_form={"case_id": "the case the tab belongs to"},
)
# Fixed while the citizen holds the laptop: which questionnaire, the date, who filled it in.
CONSULTANT_ONLY = ("kind", "answered_on", "filled_by")


# The anchors' Danish texts (desktop.services.questionnaires.ANCHORS) for the translations.
_ANCHOR_TEXTS = (
    QT_TRANSLATE_NOOP("Questionnaire", "Meget dårligt"),
    QT_TRANSLATE_NOOP("Questionnaire", "Dårligt"),
    QT_TRANSLATE_NOOP("Questionnaire", "Hverken godt eller dårligt"),
    QT_TRANSLATE_NOOP("Questionnaire", "Godt"),
    QT_TRANSLATE_NOOP("Questionnaire", "Meget godt"),
    QT_TRANSLATE_NOOP("Questionnaire", "Slet ikke sikker"),
    QT_TRANSLATE_NOOP("Questionnaire", "Lidt sikker"),
    QT_TRANSLATE_NOOP("Questionnaire", "Nogenlunde sikker"),
    QT_TRANSLATE_NOOP("Questionnaire", "Ret sikker"),
    QT_TRANSLATE_NOOP("Questionnaire", "Helt sikker"),
    QT_TRANSLATE_NOOP("Questionnaire", "Slet ikke"),
    QT_TRANSLATE_NOOP("Questionnaire", "Nogenlunde"),
    QT_TRANSLATE_NOOP("Questionnaire", "Rigtig godt"),
)


def anchor(question: str, score: int) -> str:
    text = ANCHORS[question][score - 1]
    assert text in _ANCHOR_TEXTS, text
    return QCoreApplication.translate("Questionnaire", text)


class ScaleBox(QWidget):
    """A 1-5 scale with its Danish anchors; no choice is "not answered yet" (None)."""

    changed = Signal()

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that a choice can be taken back (None)
        self.buttons: list[QRadioButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for score in range(1, 6):
            b = QRadioButton(f"{score} · {anchor(question, score)}", self)
            b.setAccessibleName(
                QCoreApplication.translate("Questionnaire", "%1 af 5: %2")
                .replace("%1", str(score))
                .replace("%2", anchor(question, score))
            )
            self.group.addButton(b, score)
            self.buttons.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, score: int, checked: bool) -> None:
        if checked:
            for b in self.buttons:
                if b is not self.group.button(score) and b.isChecked():
                    b.blockSignals(True)
                    b.setChecked(False)
                    b.blockSignals(False)
        self.changed.emit()

    def value(self) -> int | None:
        for score, b in enumerate(self.buttons, start=1):
            if b.isChecked():
                return score
        return None

    def set_value(self, value: int | None) -> None:
        for score, b in enumerate(self.buttons, start=1):
            b.blockSignals(True)
            b.setChecked(value == score)
            b.blockSignals(False)

    def set_read_only(self, read_only: bool) -> bool:
        changed = self.isEnabled() == read_only
        self.setEnabled(not read_only)
        return changed

    def setFocus(self, *args: Any) -> None:  # noqa: N802 (Qt's name)
        target = next((b for b in self.buttons if b.isChecked()), self.buttons[0])
        target.setFocus(*args)


class QuestionnaireDialog(RecordFormDialog):
    """A start or end questionnaire. In hand-over the citizen answers the four questions and the
    comment; which questionnaire, the date and "filled in by" stay as the consultant set them."""

    def __init__(self, context: Any, questionnaire: Questionnaire, *, is_new: bool,
                 handover: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("questionnaireDialog")
        self.questionnaire = questionnaire
        self.is_new = is_new
        self.handover = handover
        kind = vocab(v.QuestionnaireKind(questionnaire.kind).label)
        self.setWindowTitle(self.tr("Spørgeskema: %1").replace("%1", kind))
        self.fields = FormFields(
            self, QUESTIONNAIRE_FORM, router=self.router, watch=self.watch,
            factories={n: (lambda owner, n=n: ScaleBox(n, owner)) for n in SCORES},
        )
        self.fields["kind"].setEnabled(False)  # chosen with the button that opened the form
        form = QFormLayout()
        self.fields.add_to(form)
        layout = QVBoxLayout(self)
        self.lead = Muted(
            self.tr(
                "Sæt ét kryds ved hvert spørgsmål: 1 er det laveste, 5 det højeste. Et skema, "
                "der ikke er helt udfyldt, gemmes som kladde og kan gøres færdigt senere."
            ),
            self,
        )
        layout.addWidget(self.lead)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.buttons_row())
        self.fields.load(questionnaire)
        if handover:
            self.fields.widgets["filled_by"].set_value(v.FilledBy.CITIZEN.value)
            for name in CONSULTANT_ONLY:
                widget = self.fields.widgets[name]
                widget.setEnabled(False)
            self.lead.setText(
                self.tr(
                    "Svar med dine egne ord og kryds. Konsulenten ser dine svar bagefter. Tryk "
                    "Gem, når du er færdig, og giv så computeren tilbage."
                )
            )
            self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.controller.mark_clean("")
        if handover:
            self.controller.edited()  # "filled in by the citizen" is a change to save
        self.resize(1000, 560)
        self.fields["wellbeing"].setFocus()

    def read(self) -> tuple[Questionnaire, list[Problem]]:
        value, problems = self.fields.read(self.questionnaire)
        return value.replace(kind=self.questionnaire.kind), problems

    def validate(self, value: Questionnaire) -> list[Problem]:
        return q_service.validate_questionnaire(value)

    def save_job(self, value: Questionnaire) -> Callable[[Any], Any]:
        viewer = self._context.base_viewer if self.handover else self._context.viewer
        return lambda store: q_service.save_questionnaire(
            store, viewer=viewer, questionnaire=value
        )


class QuestionnairePanel(QWidget):
    """The questionnaire tab: start, end and the change per question."""

    def __init__(self, context: Any, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionnairePanel")
        self._context = context
        self.case_id = case_id
        self.data: CaseQuestionnaires | None = None
        self.dialog: QuestionnaireDialog | None = None
        self.intro = Muted(
            self.tr(
                "De samme fire spørgsmål ved forløbets start og slut (skala 1–5). Forskellen "
                "viser, hvordan borgeren selv oplever forløbet."
            ),
            self,
        )
        self.grid = QGridLayout()
        self.cells: dict[tuple[int, int], QLabel] = {}
        heads = (self.tr("Spørgsmål"), self.tr("Start"), self.tr("Slut"), self.tr("Ændring"))
        for col, text in enumerate(heads):
            self.grid.addWidget(Heading(text, self, size=1.0), 0, col)
        spec = CATALOGUE["questionnaire"]
        for row, name in enumerate(SCORES, start=1):
            question = QLabel(vocab(spec.field(name).label), self)
            question.setWordWrap(True)
            self.grid.addWidget(question, row, 0)
            for col in (1, 2, 3):
                cell = QLabel("–", self)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.cells[(row, col)] = cell
                self.grid.addWidget(cell, row, col)
        self.grid.setColumnStretch(0, 3)
        for col in (1, 2, 3):
            self.grid.setColumnStretch(col, 1)
        self.state = Muted("", self)
        self.start_button = QPushButton(self.tr("&Udfyld startskema …"), self)
        self.start_button.clicked.connect(lambda: self.open_kind(v.QuestionnaireKind.START.value))
        self.end_button = QPushButton(self.tr("Udf&yld slutskema …"), self)
        self.end_button.clicked.connect(lambda: self.open_kind(v.QuestionnaireKind.END.value))
        self.handover_button = QPushButton(self.tr("Lad borgeren s&vare selv …"), self)
        self.handover_button.setToolTip(
            self.tr("Overdrag skærmen: borgeren ser kun spørgeskemaet, din adgangskode afslutter")
        )
        self.handover_button.clicked.connect(self.hand_over)
        buttons = QHBoxLayout()
        for b in (self.start_button, self.end_button, self.handover_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.state)
        layout.addStretch(1)
        layout.addLayout(buttons)
        context.changed.connect(self.on_changes)

    def load(self) -> None:
        viewer = self._context.viewer
        case_id = self.case_id
        self._context.op(
            self,
            lambda store: q_service.case_questionnaires(store, viewer=viewer, case_id=case_id),
        ).success(self.show_data).run()

    def show_data(self, data: CaseQuestionnaires) -> None:
        self.data = data
        change = data.change
        for row, name in enumerate(SCORES, start=1):
            for col, q in ((1, change.start), (2, change.end)):
                score = getattr(q, name) if q is not None else None
                self.cells[(row, col)].setText("–" if score is None else str(score))
            diff = change.change[name] if change.change else None
            self.cells[(row, 3)].setText("–" if diff is None else f"{diff:+d}")
        parts = []
        for q, text in ((change.start, self.tr("Startskema")), (change.end, self.tr("Slutskema"))):
            if q is None:
                parts.append(self.tr("%1: ikke udfyldt").replace("%1", text))
            elif not q.complete:
                parts.append(
                    self.tr("%1: kladde (ikke alle spørgsmål besvaret), %2")
                    .replace("%1", text).replace("%2", fmt.date(q.answered_on))
                )
            else:
                parts.append(
                    self.tr("%1: besvaret %2").replace("%1", text)
                    .replace("%2", fmt.date(q.answered_on))
                )
        if data.reference:
            parts = [self.tr("Forløbet er i referencegruppen: der udfyldes ingen spørgeskemaer.")]
        self.state.setText(" · ".join(parts))
        may_edit = bool(self._context.viewer.may_edit_people) and not data.reference
        for b in (self.start_button, self.end_button, self.handover_button):
            b.setVisible(may_edit)

    def on_changes(self, changes: Changes) -> None:
        if not self._context.unlocked:
            return
        if changes.everything or (
            changes.touches("questionnaire", "case") and changes.touches_case(self.case_id)
        ):
            self.load()

    def _existing(self, kind: str) -> Questionnaire | None:
        if self.data is None:
            return None
        q = self.data.change.start if kind == v.QuestionnaireKind.START.value else (
            self.data.change.end)
        return q

    def open_kind(self, kind: str, *, handover: bool = False) -> QuestionnaireDialog:
        found = self._existing(kind)
        q = found or q_service.new_questionnaire(self.case_id, kind)
        self.dialog = QuestionnaireDialog(
            self._context, q, is_new=found is None, handover=handover, parent=self
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if handover:
            # Behind the questionnaire only this tab (the citizen's own scores), and the form
            # covers the whole window: nothing else of the case is on the screen.
            tabs = self.parentWidget()
            while tabs is not None and not isinstance(tabs, QTabWidget):
                tabs = tabs.parentWidget()
            if tabs is not None:
                tabs.setCurrentWidget(self)
            host = self._context.handover_host
            if host is not None:
                host.begin_signing()
                self.dialog.finished.connect(lambda _r: host.ask_back())
            self.dialog.setGeometry(self.window().geometry())
            self.dialog.showMaximized()
        else:
            self.dialog.show()
        return self.dialog

    def hand_over(self) -> None:
        """The end questionnaire once the start one is complete, else the start one."""
        start = self._existing(v.QuestionnaireKind.START.value)
        kind = (
            v.QuestionnaireKind.END.value
            if start is not None and start.complete
            else v.QuestionnaireKind.START.value
        )
        self.open_kind(kind, handover=True)
