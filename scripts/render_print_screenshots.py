"""Pictures of printing for the README: the copy chooser and a KLADDE page.

- docs/screenshots/copy-chooser.png: the "Forhåndsvis / udskriv" chooser, grabbed offscreen
  (QT_QPA_PLATFORM=offscreen is set when no platform is given).
- docs/screenshots/copy-preview.png: the preview window with whose copy it is in large letters.
- docs/kladde-page.png: page 1 of the fictitious example agreement as an unsigned draft, the
  company's copy, rendered in memory and piped to poppler's pdftoppm
  (Debian/Ubuntu: apt-get install poppler-utils).

Usage: .venv/bin/python scripts/render_print_screenshots.py [--dpi 110]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import desktop.ui  # noqa: E402, F401  (first: see desktop.ui.compat)
from desktop.documents import CopyFor, Organisation, examples, render_agreement  # noqa: E402
from desktop.documents.logo import demo_logo_png  # noqa: E402
from sync.protocol.vocabulary import DocumentStatus  # noqa: E402


def kladde_page(out: Path, dpi: int) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm mangler: installer poppler-utils.")
    document = examples.agreement_document()
    draft = dataclasses.replace(
        document,
        agreement=document.agreement.replace(status=DocumentStatus.DRAFT.value),
        signatures=(),
    )
    organisation = Organisation(name="Jobcenter Demo Kommune", logo=demo_logo_png())
    pdf = render_agreement(draft, organisation, CopyFor.COMPANY)
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [pdftoppm, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", "-",
         str(out.with_suffix(""))],
        input=pdf,
        check=True,
    )


def copy_chooser(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.kit.copy_chooser import CopyChooser

    app = QApplication.instance() or QApplication(sys.argv)
    chooser = CopyChooser(None, title="Aftale om skånehensyn, version 2")
    chooser.resize(520, chooser.sizeHint().height())
    chooser.show()
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not chooser.grab().save(str(out)):
        raise SystemExit(f"kunne ikke gemme {out}")
    # The jobcenter's copy, with its extra tick, as a second picture.
    chooser.buttons[CopyFor.JOBCENTER].click()
    chooser.resize(520, chooser.sizeHint().height())
    app.processEvents()
    chooser.grab().save(str(out.with_name(out.stem + "-jobcenter.png")))
    chooser.close()


def copy_preview(out: Path) -> None:
    """The preview window: whose copy it is in large letters above the pages."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.kit.copy_chooser import copy_label
    from desktop.ui.kit.pdf_preview import DocumentPreviewDialog

    _app = QApplication.instance() or QApplication(sys.argv)  # kept alive while grabbing
    organisation = Organisation(name="Jobcenter Demo Kommune", logo=demo_logo_png())
    pdf = render_agreement(examples.agreement_document(), organisation, CopyFor.COMPANY)
    dialog = DocumentPreviewDialog(
        None, title="Aftale om skånehensyn, version 2", copy_label=copy_label(CopyFor.COMPANY)
    )
    dialog.preview.set_pdf(pdf, suggested_name="aftale-virksomhed.pdf")
    dialog.resize(820, 700)
    dialog.show()
    from PySide6.QtTest import QTest

    QTest.qWait(2500)  # QPdfView renders its pages in the background
    dialog.grab().save(str(out))
    dialog.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args(argv)
    kladde_page(ROOT / "docs" / "kladde-page.png", args.dpi)
    copy_chooser(ROOT / "docs" / "screenshots" / "copy-chooser.png")
    copy_preview(ROOT / "docs" / "screenshots" / "copy-preview.png")
    print("docs/kladde-page.png, docs/screenshots/copy-chooser.png, copy-preview.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
