"""Signatures on paper: each party's captured strokes, with printed name, role and date.

Strokes are drawn as vector paths (one PDF form XObject per signature, named after the party),
exactly as captured: [[x, y], ...] per stroke in a 0..1 box, y pointing down as on the screen.
A signature given on paper shows its scan when one is attached.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents import fonts
from desktop.documents.layout import FRAME_WIDTH, INK, MUTED, RULE, SIGNATURE_INK, Styles
from desktop.domain import formatting as fmt
from desktop.domain.lifecycle import REQUIRED_PARTIES
from desktop.domain.records import Signature
from sync.protocol.vocabulary import Party, SignatureMethod

log = logging.getLogger(__name__)

BOX_HEIGHT = 20 * mm
GAP = 6 * mm


def form_name(party: str) -> str:
    """The XObject a party's signature strokes are drawn in (tests look for it)."""
    return f"signature-{party}"


class SignatureStrokes(Flowable):
    """The signature itself above a signing line: strokes, a scan, or nothing yet."""

    def __init__(self, party: str, signature: Signature | None, width: float) -> None:
        super().__init__()
        self.party = party
        self.signature = signature
        self.width = width
        self.height = BOX_HEIGHT + 1.5 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        sig = self.signature
        box_y = 1.5 * mm
        if sig is not None and sig.method == SignatureMethod.PAPER.value:
            self._draw_paper(sig, box_y)
        elif sig is not None and sig.strokes:
            self._draw_strokes(sig.strokes, box_y)
        canvas.setStrokeColor(RULE if sig is None else INK)
        canvas.setLineWidth(0.6)
        canvas.line(0, 0, self.width, 0)

    def _draw_strokes(self, strokes: Sequence[Sequence[Sequence[float]]], box_y: float) -> None:
        canvas = self.canv
        name = form_name(self.party)
        w, h = self.width, BOX_HEIGHT
        if not canvas.hasForm(name):
            canvas.beginForm(name, 0, 0, w, h)
            canvas.setStrokeColor(SIGNATURE_INK)
            canvas.setLineWidth(1.1)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            for stroke in strokes:
                points = [(float(p[0]), float(p[1])) for p in stroke if len(p) >= 2]
                if len(points) < 2:
                    continue
                path = canvas.beginPath()
                x0, y0 = points[0]
                path.moveTo(_clamp(x0) * w, (1 - _clamp(y0)) * h)
                for x, y in points[1:]:
                    path.lineTo(_clamp(x) * w, (1 - _clamp(y)) * h)
                canvas.drawPath(path, stroke=1, fill=0)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(0, box_y)
        canvas.doForm(name)
        canvas.restoreState()

    def _draw_paper(self, sig: Signature, box_y: float) -> None:
        canvas = self.canv
        image = _scan(sig.attachment)
        if image is None:
            regular, _ = fonts.register()
            canvas.setFont(regular, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(0, box_y + 3 * mm, "Underskrevet på papir; originalen er arkiveret.")
            return
        iw, ih = image.getSize()
        scale = min(self.width / iw, BOX_HEIGHT / ih) if iw and ih else 0
        canvas.drawImage(image, 0, box_y, iw * scale, ih * scale, mask="auto")


def signature_cell(
    party: str, sig: Signature | None, width: float, fallback_name: str, s: Styles
) -> list[Flowable]:
    """Party, signature, then printed name, role, date and how it was signed."""
    name = sig.signer_name if sig is not None else fallback_name
    cell: list[Flowable] = [
        Paragraph(escape(_party_label(party)).upper(), s.label),
        SignatureStrokes(party, sig, width),
        Spacer(1, 1.5 * mm),
        Paragraph(f"<b>{escape(name) or '&nbsp;'}</b>", s.cell),
    ]
    if sig is not None and sig.signer_role:
        cell.append(Paragraph(escape(sig.signer_role), s.small))
    if sig is not None and sig.signed_at is not None:
        how = "på papir" if sig.method == SignatureMethod.PAPER.value else "på skærmen"
        cell.append(Paragraph(f"Underskrevet {fmt.datetime(sig.signed_at)} {how}", s.small))
    else:
        cell.append(Paragraph("Ikke underskrevet", s.small))
    return cell


def signature_row(
    signatures: Sequence[Signature], fallback_names: dict[str, str], s: Styles
) -> Table:
    """The three parties side by side, in the order citizen, company, jobcenter."""
    by_party = {sig.party: sig for sig in sorted(signatures, key=_signed_order)}
    width = (FRAME_WIDTH - 2 * GAP) / 3
    cells = [
        signature_cell(p, by_party.get(p), width, fallback_names.get(p, ""), s)
        for p in REQUIRED_PARTIES
    ]
    table = Table([cells], colWidths=[width + GAP, width + GAP, width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (1, -1), GAP),
                ("RIGHTPADDING", (2, 0), (2, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _signed_order(sig: Signature) -> tuple[str, str]:
    # If a party somehow signed twice for the same content, the latest signature is shown.
    return (sig.signed_at.isoformat() if sig.signed_at else "", sig.id)


def _party_label(party: str) -> str:
    try:
        return Party(party).label
    except ValueError:
        return party


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def _scan(attachment: str | None) -> ImageReader | None:
    if not attachment:
        return None
    data = attachment.split(",", 1)[1] if attachment.startswith("data:") else attachment
    try:
        return ImageReader(io.BytesIO(base64.b64decode(data, validate=False)))
    except (binascii.Error, ValueError, OSError) as exc:
        log.warning("Scanningen af en papirunderskrift kan ikke vises: %s", type(exc).__name__)
        return None
    except Exception:  # Pillow raises assorted errors on damaged images
        log.warning("Scanningen af en papirunderskrift kan ikke vises")
        return None
