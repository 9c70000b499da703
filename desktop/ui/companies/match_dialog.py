"""The match list: for a need, the team's citizens ranked; for a citizen, the open needs ranked.
Each suggestion shows its score and why. Nothing is sent or shared: the consultant decides, and
the list never shows a company anything (it stays on this screen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain import formatting as fmt
from desktop.domain.labels import label
from desktop.domain.matching import MatchResult, Reason, Suggestion
from desktop.ui.kit.i18n import vocab
from desktop.ui.kit.models import Column, RowTableModel
from desktop.ui.kit.widgets import Heading, Muted, Table
from sync.protocol import vocabulary as v


class _Tr(QObject):
    """The reasons and missing-data notes in the UI's language (the domain words them in
    Danish; the UI words each code itself, with the domain's arguments)."""

    def reason(self, r: Reason) -> str:
        a = r.args
        texts = {
            "hours_fit": self.tr("Timerne passer (%1 t/uge, borgeren kan %2)"),
            "hours_over": self.tr("Flere timer end borgeren kan (%1 t/uge mod %2)"),
            "no_function_hit": self.tr("Ingen krav rammer funktioner i screeningen"),
            "accommodations_offered": self.tr("Skånehensyn tilbydes: %1"),
            "accommodations_missing": self.tr("Skånehensyn tilbydes ikke: %1"),
            "own_list": self.tr("På borgerens egen liste"),
            "own_list_dream": self.tr("Borgerens drømmevirksomhed"),
            "work_wish": self.tr("Passer med ønsket «%1»"),
            "distance_same": self.tr("Samme postnummer (%1)"),
            "distance_near": self.tr("Samme område (%1 og %2)"),
            "distance_region": self.tr("Samme landsdel (%1 og %2)"),
            "distance_far": self.tr("Langt væk (%1 og %2)"),
        }
        text = texts.get(r.code)
        if text is None:
            return r.text
        if r.code.startswith("accommodations_"):  # codes: worded in the UI's language
            a = (", ".join(vocab(label(v.AccommodationCategory, c)).casefold() for c in a),)
        for i, arg in enumerate(a, start=1):
            text = text.replace(f"%{i}", arg)
        return text

    def missing(self, text: str) -> str:
        known = {
            "Borgeren har ingen screening: funktioner kan ikke vurderes": self.tr(
                "Borgeren har ingen screening: funktioner kan ikke vurderes"
            ),
            "Borgeren har ingen egen liste (ønskeliste)": self.tr(
                "Borgeren har ingen egen liste (ønskeliste)"
            ),
            "Borgerens timer pr. uge er ikke kendt (ingen aftale, plan eller møde)": self.tr(
                "Borgerens timer pr. uge er ikke kendt (ingen aftale, plan eller møde)"
            ),
            "Borgeren har intet forløb i teamet": self.tr("Borgeren har intet forløb i teamet"),
        }
        if text in known:
            return known[text]
        if text.endswith(" borger(e) uden screening og egen liste er ikke med"):
            n = text.split(" ", 1)[0]
            return self.tr("%1 borger(e) uden screening og egen liste er ikke med").replace("%1", n)
        return text


class MatchModel(RowTableModel):
    def __init__(self, *, by_need: bool, words: _Tr, parent: QObject | None = None) -> None:
        self.words = words
        if by_need:
            who = Column(
                self.tr("Borger"), lambda s: s.citizen.name, lambda s: s.citizen.name.casefold()
            )
            columns = [who]
        else:
            columns = [
                Column(self.tr("Behov"), lambda s: s.need.title, lambda s: s.need.title.casefold()),
                Column(
                    self.tr("Virksomhed"),
                    lambda s: s.need.company_name,
                    lambda s: s.need.company_name.casefold(),
                ),
                Column(
                    self.tr("Timer"),
                    lambda s: fmt.number(s.need.hours_per_week),
                    lambda s: s.need.hours_per_week or 0,
                    align_right=True,
                ),
            ]
        super().__init__(
            [
                Column(self.tr("Nr."), lambda s: str(s.rank), lambda s: s.rank, align_right=True),
                *columns,
                Column(
                    self.tr("Point"),
                    lambda s: fmt.number(s.item.score),
                    lambda s: s.item.score,
                    align_right=True,
                ),
                Column(
                    self.tr("Hvorfor"),
                    lambda s: "; ".join(words.reason(r) for r in s.item.reasons),
                    tooltip=lambda s: "\n".join(
                        f"{fmt.number(r.points)}: {words.reason(r)}" for r in s.item.reasons
                    ),
                ),
            ],
            parent,
        )


class _Row:
    """A suggestion with its rank, shaped as the table models expect (an `id`)."""

    def __init__(self, rank: int, item: Suggestion, by_need: bool) -> None:
        self.rank = rank
        self.item = item
        self.id = item.citizen.citizen_id if by_need else item.need.need_id
        self.citizen = item.citizen
        self.need = item.need


class MatchDialog(QDialog):
    def __init__(
        self, context: Any, *, title: str, by_need: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchDialog")
        self._context = context
        self.by_need = by_need
        self.words = _Tr(self)
        self.setWindowTitle(self.tr("Match"))
        self.heading = Heading(title, self, size=1.2)
        self.intro = Muted(
            self.tr(
                "Forslag rangeret efter point; konsulenten vurderer og beslutter. Intet"
                " sendes eller deles automatisk."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.missing = Muted("", self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a4b00;")
        self.model = MatchModel(by_need=by_need, words=self.words, parent=self)
        self.table = Table(self.model, self.tr("Forslag"), self)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(True)
        # The selected suggestion's reasons in full, one a line with its points.
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Hvorfor dette forslag"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._show_details())
        self.count = Muted("", self)
        close = QPushButton(self.tr("&Luk"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.missing)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.resize(1200, 560)
        # The laptop handed to a citizen or company shows only their meeting: out of sight
        # until it comes back (hidden, not closed, so nothing typed in a form here is lost).
        self._hidden_for_handover = False
        context.handover_changed.connect(self._handover)

    def _show_details(self) -> None:
        row = self.table.current_row()
        if row is None:
            self.details.setText("")
            return
        who = row.citizen.name if self.by_need else f"{row.need.title}, {row.need.company_name}"
        lines = [f"{who}: {fmt.number(row.item.score)} " + self.tr("point")]
        lines += [f"  {fmt.number(r.points):>5}  {self.words.reason(r)}" for r in row.item.reasons]
        self.details.setText("\n".join(lines))

    def show_result(self, result: MatchResult) -> None:
        notes = [self.words.missing(m) for m in result.missing]
        if not result.ranked:
            notes.insert(0, self.tr("Ingen rangering: der mangler noget at matche på."))
        self.missing.setText("\n".join(notes))
        self.missing.setVisible(bool(notes))
        rows = [_Row(i, s, self.by_need) for i, s in enumerate(result.suggestions, start=1)]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self._show_details()
        excluded = (
            self.tr("; %1 udeladt, fordi et krav rammer en funktion i screeningen").replace(
                "%1", str(result.excluded)
            )
            if result.excluded
            else ""
        )
        self.count.setText(self.tr("%1 forslag").replace("%1", str(len(rows))) + excluded)

    def _handover(self, on: bool) -> None:
        if on and self.isVisible():
            self._hidden_for_handover = True
            self.hide()
        elif not on and self._hidden_for_handover:
            self._hidden_for_handover = False
            self.show()
