"""Every form is a field table: every catalogue field of its record type is on the form or
listed, with a reason, as not on it; and the form builds an input for every field on it."""

from __future__ import annotations

import pytest

from desktop.ui.cases.case_editor import CASE_FORM
from desktop.ui.cases.mentor_picker import MentorPicker
from desktop.ui.companies.contact_editor import CONTACT_FORM, ActionList
from desktop.ui.companies.need_editor import NEED_FACTORIES, NEED_FORM
from desktop.ui.companies.network_dialog import (
    MEETING_FORM as NETWORK_MEETING_FORM,
)
from desktop.ui.companies.network_dialog import (
    MEMBER_FORM,
    NETWORK_FORM,
    AttendanceChecks,
)
from desktop.ui.kit.citizen_form import CITIZEN_FORM
from desktop.ui.kit.field_table import FormField, FormFields, FormTable, Kind
from desktop.ui.kit.fields import ProblemLabel, ProblemRouter
from desktop.ui.meetings.meeting_editor import MEETING_FORM, ParticipantList
from desktop.ui.people.company_editor import COMPANY_FACTORIES, COMPANY_FORM
from sync.protocol.catalogue import CATALOGUE

TABLES = {t.record_type: t for t in (
    CITIZEN_FORM, COMPANY_FORM, CASE_FORM, MEETING_FORM,
    NEED_FORM, CONTACT_FORM, NETWORK_FORM, MEMBER_FORM, NETWORK_MEETING_FORM,
)}
FACTORIES = {**COMPANY_FACTORIES, **NEED_FACTORIES, "participants": ParticipantList,
             "mentors": lambda owner: MentorPicker((), owner), "actions": ActionList,
             "attendance": AttendanceChecks}


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_every_catalogue_field_is_on_the_form_or_listed_as_not(table: FormTable) -> None:
    assert table.missing() == [], (
        f"{table.record_type}: add these to its form table or to not_on_form with a reason"
    )
    assert not set(table.names) & set(table.not_on_form), "a field both on and off the form"
    assert all(why.strip() for why in table.not_on_form.values())


def test_a_new_catalogue_field_fails_the_check_until_the_form_has_it() -> None:
    without_place = FormTable(
        "meeting", tuple(f for f in MEETING_FORM.fields if f.name != "place"),
        MEETING_FORM.not_on_form,
    )
    assert without_place.missing() == ["place"]


def test_a_form_field_the_catalogue_does_not_know_is_refused() -> None:
    with pytest.raises(KeyError):
        FormTable("meeting", (FormField("no_such_field"),))


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_the_form_builds_an_input_for_every_field_and_none_for_hidden_ones(qtbot, table) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    router = ProblemRouter(ProblemLabel(owner))
    spec = CATALOGUE[table.record_type]
    mentor_hidden = frozenset(n for n in table.names if not spec.field(n).mentor_visible)
    fields = FormFields(owner, table, router=router, watch=lambda _w: None,
                        hidden=mentor_hidden, factories=FACTORIES)
    assert set(fields.widgets) == set(table.names) - mentor_hidden
    assert set(router.boxes) == {table.prefix + n for n in fields.widgets}
    for name in mentor_hidden:
        assert name not in fields


def test_hand_over_follows_the_catalogue_not_names(qtbot) -> None:
    """Unprintable fields leave the screen (value kept), party_written fields stay editable,
    everything else is read-only; leaving hand-over restores it all."""
    from PySide6.QtWidgets import QWidget

    from desktop.domain.records import Meeting

    owner = QWidget()
    qtbot.addWidget(owner)
    fields = FormFields(owner, MEETING_FORM, router=ProblemRouter(ProblemLabel(owner)),
                        watch=lambda _w: None, factories=FACTORIES)
    spec = CATALOGUE["meeting"]
    meeting = Meeting(id="m1", case_id="c1").replace(
        notes="Referat", health_notes="Helbred 42", party_comments="")
    fields.load(meeting)
    fields.enter_handover()
    for name, widget in fields.widgets.items():
        fs = spec.field(name)
        if not fs.printable:
            assert not fields.boxes[name].isVisibleTo(owner) and not widget.value()
        elif fs.party_written:
            assert not widget.isReadOnly()
    assert fields["notes"].isReadOnly()
    assert {n for n in fields.widgets if spec.field(n).party_written} == {
        "party_comments", "party_accommodations_view"}
    read, _ = fields.read(meeting)
    assert read.health_notes == "Helbred 42"  # kept for saving though off screen
    fields.leave_handover()
    assert fields["health_notes"].value() == "Helbred 42" and not fields["notes"].isReadOnly()


def test_hours_that_cannot_be_read_are_a_problem_and_keep_nothing(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.domain.records import Meeting

    owner = QWidget()
    qtbot.addWidget(owner)
    fields = FormFields(owner, MEETING_FORM, router=ProblemRouter(ProblemLabel(owner)),
                        watch=lambda _w: None, factories=FACTORIES)
    fields["planned_hours"].setText("mange")
    fields["actual_hours"].setText("7,5")
    meeting, problems = fields.read(Meeting(id="m1", case_id="c1"))
    assert [p.field for p in problems if p.field.endswith("hours")] == ["planned_hours"]
    assert meeting.actual_hours == 7.5 and meeting.planned_hours is None
    assert MEETING_FORM.get("planned_hours").kind is Kind.HOURS
