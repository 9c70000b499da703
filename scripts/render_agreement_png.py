"""Render page 1 of the example skånehensyn agreement to docs/agreement-page1.png (README).

The agreement is the fictitious example in desktop/documents/examples.py, printed as the
company's copy (so no CPR number), with the demo logo. The PDF is rendered in memory and piped
to poppler's pdftoppm (Debian/Ubuntu: apt-get install poppler-utils).

Usage: .venv/bin/python scripts/render_agreement_png.py [--out docs/agreement-page1.png] [--dpi 110]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.documents import CopyFor, Organisation, examples, render_agreement  # noqa: E402
from desktop.documents.logo import demo_logo_png  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "agreement-page1.png")
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args(argv)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm mangler: installer poppler-utils.", file=sys.stderr)
        return 1
    organisation = Organisation(name="Jobcenter Demo Kommune", logo=demo_logo_png())
    pdf = render_agreement(examples.agreement_document(), organisation, CopyFor.COMPANY)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    stem = args.out.with_suffix("")
    subprocess.run(
        [
            pdftoppm,
            "-png",
            "-r",
            str(args.dpi),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            "-",
            str(stem),
        ],
        input=pdf,
        check=True,
    )
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
