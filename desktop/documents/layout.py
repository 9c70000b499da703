"""A4 page furniture shared by every document: header, footer with verification code and QR,
"Side 1 af 3", paragraph styles and the small building blocks (sections, key-value tables).
"""

from __future__ import annotations

import functools
import io
import itertools
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import fonts
from desktop.documents.model import CopyFor, Organisation

log = logging.getLogger(__name__)

# ASCII85 on top of Flate makes every stream a quarter larger and costs time; no PDF reader of
# this century needs it.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 34 * mm
MARGIN_BOTTOM = 32 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
QR_SIZE = 19 * mm
LABEL_WIDTH = 52 * mm

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c5ccd6")
SHADE = colors.HexColor("#eef1f5")
ACCENT = colors.HexColor("#1d4e89")
SIGNATURE_INK = colors.HexColor("#14286e")
DRAFT_RED = colors.HexColor("#b42318")


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    small_cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle


def styles() -> Styles:
    regular, bold = fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, textColor=INK)
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=bold,
            fontSize=17,
            leading=21,
            spaceAfter=1 * mm,
            textColor=ACCENT,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=9.5, textColor=MUTED, spaceAfter=3 * mm
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=4.5 * mm,
            spaceAfter=1.5 * mm,
            textColor=ACCENT,
        ),
        body=body,
        label=ParagraphStyle(
            "label", parent=body, fontName=bold, fontSize=8.5, leading=12, textColor=MUTED
        ),
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        small_cell=ParagraphStyle("small_cell", parent=body, fontSize=8.5, leading=11.5),
        cell_head=ParagraphStyle(
            "cell_head", parent=body, fontName=bold, fontSize=8.5, leading=11, textColor=MUTED
        ),
        cell_right=ParagraphStyle(
            "cell_right", parent=body, fontSize=9, leading=12, alignment=TA_RIGHT
        ),
    )


def text(value: str | None) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    if not value:
        return ""
    return escape(value.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


def section(title: str, s: Styles) -> Paragraph:
    return Paragraph(escape(title), s.heading)


def key_values(rows: Sequence[tuple[str, str | Flowable | None]], s: Styles) -> Table | None:
    """Label-value rows (labels from the catalogue); None when no row has a value."""
    rows = [(label, value) for label, value in rows if value]
    if not rows:
        return None
    data = [
        [
            Paragraph(escape(label), s.label),
            para(value, s.cell) if isinstance(value, str) else value,
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=(LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, SHADE),
            ]
        )
    )
    return table


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    s: Styles,
    *,
    right_align: Iterable[int] = (),
    align: str = "LEFT",
) -> Table:
    """A ruled table with a shaded header row; every cell wraps."""
    right = set(right_align)
    centred = align == "CENTER"
    cell_style = _centred(s.cell) if centred else s.cell
    head_style = _centred(s.cell_head) if centred else s.cell_head

    def cell(col: int, value: str) -> Paragraph:
        return para(value, s.cell_right if col in right else cell_style)

    head = [Paragraph(escape(h), head_style) for h in header]
    body = [[cell(i, v) for i, v in enumerate(row)] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ]
        )
    )
    return table


def _centred(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_centred", parent=style, alignment=TA_CENTER)


def block(title: str, flowables: Sequence[Flowable | None], s: Styles) -> list[Flowable]:
    """A section heading with its content, or nothing at all when the content is empty."""
    content = [f for f in flowables if f is not None]
    if not content:
        return []
    # Keep a heading with the start of its content; long content may still run over a page.
    return [CondPageBreak(28 * mm), section(title, s), *content]


def keep(flowables: Sequence[Flowable]) -> KeepTogether:
    return KeepTogether(list(flowables))


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What every page's header and footer show."""

    organisation: Organisation
    title: str
    copy_for: CopyFor
    document_id: str
    version: int | None
    verification_code: str
    qr_payload: str
    status_note: str = ""  # e.g. "Kladde: ikke underskrevet"
    code_note: str = "Kontrolkoden er de første cifre af SHA-256 over det underskrevne indhold."
    # An unsigned draft: a KLADDE watermark on every page and no verification code or QR, so a
    # draft can never pass for a signed document.
    draft: bool = False

    @property
    def technical(self) -> bool:
        """Hashes and the command line are for the jobcenter's own copy only."""
        return self.copy_for is CopyFor.JOBCENTER


DRAFT_MARK = "KLADDE"
DRAFT_FOOTER = (
    "KLADDE – ikke underskrevet af alle parter. Udskriften gælder ikke som underskrevet "
    "dokument og har derfor ingen kontrolkode."
)


def copy_heading(copy_for: CopyFor) -> str:
    """Whose copy this is, as the header prints it in large type: "Virksomhedens eksemplar"."""
    return copy_for.label


def check_advice(info: PageInfo) -> str:
    """How a reader without Trepart checks a printed copy, in plain Danish."""
    org = info.organisation
    text = (
        f"Vil du sikre dig, at dokumentet er ægte og ikke ændret? Kontakt {org.name} og oplys "
        "kontrolkoden ovenfor."
    )
    if org.verify_url:
        text += f" Du kan også tjekke dokumentet på {org.verify_url}"
        text += "" if org.verify_url.endswith(".") else "."
    return text


class _Decorator:
    """Draws the header and footer on a finished page, when the page count is known."""

    def __init__(self, info: PageInfo) -> None:
        self.info = info
        self._logo: ImageReader | None = None
        if info.organisation.logo:
            try:
                self._logo = ImageReader(io.BytesIO(info.organisation.logo))
            except Exception:  # a broken logo file must not stop a signed document printing
                log.warning("Organisationens logo kan ikke læses; udskriver uden logo")

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        regular, bold = fonts.register()
        canvas.saveState()
        if self.info.draft:
            self._watermark(canvas, bold)
        self._header(canvas, regular, bold)
        if self.info.draft:
            self._draft_footer(canvas, regular, bold, page, total)
        else:
            self._footer(canvas, regular, bold, page, total)
        canvas.restoreState()

    def _watermark(self, canvas: Canvas, bold: str) -> None:
        """A large diagonal KLADDE across the page, translucent so the text stays readable."""
        canvas.saveState()
        canvas.setFillColor(DRAFT_RED, alpha=0.16)
        canvas.setFont(bold, 120)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(52)
        canvas.drawCentredString(0, -42, DRAFT_MARK)
        canvas.restoreState()

    def _draft_footer(self, canvas: Canvas, regular: str, bold: str, page: int, total: int) -> None:
        info = self.info
        right = PAGE_WIDTH - MARGIN_X
        rule_y = MARGIN_BOTTOM - 4 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, rule_y, right, rule_y)
        y = rule_y - 6 * mm
        canvas.setFont(bold, 8.5)
        canvas.setFillColor(DRAFT_RED)
        canvas.drawString(MARGIN_X, y, DRAFT_MARK)
        canvas.setFillColor(INK)
        canvas.drawRightString(right, y, f"Side {page} af {total}")
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(MUTED)
        lines = simpleSplit(DRAFT_FOOTER, regular, 7.5, FRAME_WIDTH - 25 * mm)
        lines.append(
            f"Dokument-id: {info.document_id}"
            + (f" · version {info.version}" if info.version is not None else "")
        )
        for i, line in enumerate(lines, start=1):
            canvas.drawString(MARGIN_X, y - i * 3.6 * mm, line)

    def _header(self, canvas: Canvas, regular: str, bold: str) -> None:
        info = self.info
        top = PAGE_HEIGHT - 12 * mm
        x = MARGIN_X
        if self._logo is not None:
            w, h = self._logo.getSize()
            height = 14 * mm
            width = min(45 * mm, height * w / h) if h else 0
            height = width * h / w if w else height
            canvas.drawImage(self._logo, x, top - height, width, height, mask="auto")
            x += width + 4 * mm
        canvas.setFillColor(INK)
        canvas.setFont(bold, 11)
        canvas.drawString(x, top - 5 * mm, info.organisation.name)
        # Whose copy this is, big enough to read across a table before it is handed over.
        canvas.setFont(bold, 14)
        canvas.setFillColor(ACCENT)
        canvas.drawString(x, top - 11.5 * mm, copy_heading(info.copy_for))
        right = PAGE_WIDTH - MARGIN_X
        canvas.setFont(bold, 9)
        canvas.setFillColor(INK)
        canvas.drawRightString(right, top - 5 * mm, info.title)
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        version = f"Version {info.version}" if info.version is not None else ""
        note = " · ".join(p for p in (version, info.status_note) if p)
        if note:
            canvas.drawRightString(right, top - 10.5 * mm, note)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, PAGE_HEIGHT - 28 * mm, right, PAGE_HEIGHT - 28 * mm)

    def _footer(self, canvas: Canvas, regular: str, bold: str, page: int, total: int) -> None:
        info = self.info
        right = PAGE_WIDTH - MARGIN_X
        rule_y = MARGIN_BOTTOM - 4 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, rule_y, right, rule_y)
        qr_x = right - QR_SIZE
        qr_y = rule_y - 2 * mm - QR_SIZE
        if not canvas.hasForm("trepart-qr"):
            # One QR XObject per document, placed on every page.
            canvas.beginForm("trepart-qr", 0, 0, QR_SIZE, QR_SIZE)
            draw_qr(canvas, info.qr_payload, 0, 0, QR_SIZE)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(qr_x, qr_y)
        canvas.doForm("trepart-qr")
        canvas.restoreState()

        y = rule_y - 6 * mm
        canvas.setFillColor(INK)
        canvas.setFont(bold, 8.5)
        canvas.drawString(MARGIN_X, y, f"Kontrolkode: {info.verification_code}")
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(MUTED)
        identity = f"Dokument-id: {info.document_id}" + (
            f" · version {info.version}" if info.version is not None else ""
        )
        if info.technical:
            lines = [
                identity,
                info.code_note,
                "Ægthed og uændrethed kan kontrolleres med kommandoen: trepart verify <fil.pdf>",
            ]
        else:
            width = qr_x - 4 * mm - MARGIN_X
            lines = [identity, *simpleSplit(check_advice(info), regular, 7.5, width)]
        for i, line in enumerate(lines, start=1):
            canvas.drawString(MARGIN_X, y - i * 3.6 * mm, line)
        canvas.setFont(bold, 8.5)
        canvas.setFillColor(INK)
        canvas.drawRightString(qr_x - 4 * mm, y, f"Side {page} af {total}")


@functools.lru_cache(maxsize=16)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's dark modules, row by row (error correction level M)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code as one filled path of horizontal runs: far faster than reportlab's widget,
    which builds a shape object per run and encodes twice."""
    modules = qr_modules(payload)
    box = size / len(modules)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        col = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect(x + col * box, y + size - (r + 1) * box, length * box, box)
            col += length
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


def _canvas_maker(info: PageInfo) -> Callable[..., Canvas]:
    decorator = _Decorator(info)

    class _PagedCanvas(Canvas):
        """Holds finished pages back until the end so each can say "Side n af N"."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._held: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                decorator.draw(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _PagedCanvas


def build(story: list[Flowable], info: PageInfo, *, title: str, subject: str) -> bytes:
    """Lay the story out on A4 pages in memory and return the PDF bytes (no file is written)."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author=info.organisation.name,
        creator="Trepart",
        lang="da-DK",
    )
    # No frame padding: tables of FRAME_WIDTH line up with the header and footer rules.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_maker(info))
    return buffer.getvalue()
