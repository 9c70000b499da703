"""The "Parter" block: citizen, company and jobcenter side by side, each field checked against
the catalogue's visibility rules for the copy being printed (CPR only on the jobcenter's copy).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.documents.layout import FRAME_WIDTH, SHADE, Styles
from desktop.documents.model import CopyFor, Organisation, Parties
from desktop.documents.visibility import may_print_on
from desktop.domain.records import Citizen, Company
from sync.protocol.catalogue import CITIZEN, COMPANY
from sync.protocol.vocabulary import Party

# Contact details worth printing on an agreement; the rest of the records (target group,
# functional limitations, notes) belongs in the case file, not on paper handed out.
CITIZEN_FIELDS = ("cpr", "address", "phone", "email")
COMPANY_FIELDS = ("cvr", "p_number", "address", "phone", "email")


def party_names(
    parties: Parties, document_parties: Mapping[str, Any] | None, organisation: Organisation
) -> dict[str, str]:
    """Each party's name, preferring what the signed document itself says."""
    stored = document_parties or {}
    citizen = _name(stored.get(Party.CITIZEN.value)) or (
        parties.citizen.name if parties.citizen else ""
    )
    company = _name(stored.get(Party.COMPANY.value)) or (
        parties.company.name if parties.company else ""
    )
    jobcenter = _name(stored.get(Party.JOBCENTER.value)) or organisation.name
    return {
        Party.CITIZEN.value: citizen,
        Party.COMPANY.value: company,
        Party.JOBCENTER.value: jobcenter,
    }


def company_contact(parties: Parties, document_parties: Mapping[str, Any] | None) -> str:
    stored = (document_parties or {}).get(Party.COMPANY.value) or {}
    if isinstance(stored, Mapping) and stored.get("contact"):
        return str(stored["contact"])
    if parties.company and parties.company.contacts:
        return str(parties.company.contacts[0].get("name", ""))
    return ""


def jobcenter_contact(parties: Parties, document_parties: Mapping[str, Any] | None) -> str:
    stored = (document_parties or {}).get(Party.JOBCENTER.value) or {}
    if isinstance(stored, Mapping) and stored.get("contact"):
        return str(stored["contact"])
    return ""  # case.consultant is a login name ("demo.konsulent"), never a printed name


def parties_table(
    parties: Parties,
    document_parties: Mapping[str, Any] | None,
    organisation: Organisation,
    copy_for: CopyFor,
    s: Styles,
) -> Table:
    names = party_names(parties, document_parties, organisation)
    citizen_rows = _record_rows(parties.citizen, CITIZEN_FIELDS, copy_for)
    company_rows = _record_rows(parties.company, COMPANY_FIELDS, copy_for)
    contact = company_contact(parties, document_parties)
    if contact:
        company_rows.insert(0, ("Kontaktperson", contact))
    consultant = jobcenter_contact(parties, document_parties)
    jobcenter_rows = [("Konsulent", consultant)] if consultant else []

    columns = [
        (Party.CITIZEN.label, names[Party.CITIZEN.value], citizen_rows),
        (Party.COMPANY.label, names[Party.COMPANY.value], company_rows),
        (Party.JOBCENTER.label, names[Party.JOBCENTER.value], jobcenter_rows),
    ]
    cells = []
    for heading, name, rows in columns:
        cell = [
            Paragraph(escape(heading).upper(), s.label),
            Paragraph(f"<b>{escape(name) or '–'}</b>", s.cell),
        ]
        cell += [
            Paragraph(f'<font color="#5f6b7a">{escape(label)}</font> {escape(value)}', s.small_cell)
            for label, value in rows
        ]
        cells.append(cell)
    width = FRAME_WIDTH / 3
    table = Table([cells], colWidths=[width] * 3, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEAFTER", (0, 0), (1, 0), 2, "white"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return table


def _record_rows(
    record: Citizen | Company | None, names: tuple[str, ...], copy_for: CopyFor
) -> list[tuple[str, str]]:
    if record is None:
        return []
    rt = CITIZEN if isinstance(record, Citizen) else COMPANY
    rows = []
    for name in names:
        spec = rt.field(name)
        value = getattr(record, name, None)
        if value and may_print_on(rt.name, spec, copy_for):
            rows.append((spec.label, str(value)))
    return rows


def _name(entry: Any) -> str:
    if isinstance(entry, Mapping):
        return str(entry.get("name") or "")
    if isinstance(entry, str):
        return entry
    return ""
