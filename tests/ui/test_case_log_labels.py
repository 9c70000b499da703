"""The case's Log tab shows what changed by the fields' labels, in the UI's language."""

from __future__ import annotations

from desktop.services.cases import AuditRow, audit_field_labels
from desktop.ui.kit.models import AuditModel


def test_the_log_shows_labels_not_field_names(qapp) -> None:
    model = AuditModel()
    detail = "accommodations_working,notes"
    model.set_rows([AuditRow(at=None, username="demo.konsulent", action_label="Ændret",
                             record_label="Møde", detail=detail,
                             field_labels=audit_field_labels("meeting", detail))])
    shown = model.data(model.index(0, 4))
    assert "accommodations_working" not in shown
    assert "Virker skånehensynene?" in shown and "Referat" in shown
