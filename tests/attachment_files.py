"""Synthetic files to attach in tests: a real PDF, PNG and JPEG made in memory."""

from __future__ import annotations

import io
import os

from PIL import Image
from reportlab.pdfgen import canvas


def pdf_bytes(text: str = "Underskrevet blanket (testdata)") -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def png_bytes(size: tuple[int, int] = (64, 48)) -> bytes:
    # Random pixels: the file does not compress away, so its bytes are distinctive.
    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def jpeg_bytes(size: tuple[int, int] = (64, 48)) -> bytes:
    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=95)
    return out.getvalue()


def big_pdf(size: int) -> bytes:
    """A file of exactly `size` bytes that starts and ends as a PDF does."""
    head, tail = b"%PDF-1.4\n", b"\n%%EOF\n"
    return head + os.urandom(size - len(head) - len(tail)) + tail


# A Windows program (its "MZ" header) saved under a .pdf name.
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + os.urandom(4096)
