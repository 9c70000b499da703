"""The guides' pictures are made by `make screenshots`, not by hand: every picture a guide or the
README shows exists and is named by one of the scripts that target runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDES = ["README.md", "docs/BRUGERVEJLEDNING.md", "docs/USER-GUIDE.en.md"]


def _made_by_make_screenshots() -> tuple[set[str], set[str]]:
    """The picture names the scripts of `make screenshots` write, and the prefixes they put before
    a name (f"praktik-{name}")."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nscreenshots:", 1)[1].split("\n\n", 1)[0]
    scripts = re.findall(r"scripts/\w+\.py", recipe)
    assert scripts, "make screenshots runs no script"
    text = "\n".join((ROOT / s).read_text(encoding="utf-8") for s in scripts)
    names = set(re.findall(r"[\"']([\w-]+)(?:\.png)?[\"']", text))
    prefixes = set(re.findall(r"f[\"']/?([\w-]*)\{name\}", text)) | {""}
    prefixes |= set(re.findall(r"prefix=[\"']([\w-]*)[\"']", text))  # shooter(..., prefix=)
    return names, prefixes


def test_every_guide_picture_comes_from_make_screenshots() -> None:
    names, prefixes = _made_by_make_screenshots()
    shown: list[tuple[str, str]] = []
    for guide in GUIDES:
        for path in re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", (ROOT / guide).read_text("utf-8")):
            shown.append((guide, path))
    assert len(shown) >= 10
    for guide, path in shown:
        file = (ROOT / guide).parent / path
        assert file.is_file(), f"{guide} shows {path}, which does not exist"
        made = any(file.stem.startswith(p) and file.stem[len(p):] in names for p in prefixes)
        assert made, f"{guide} shows {path}, which make screenshots does not make"


def test_the_guides_show_first_run_and_hand_over() -> None:
    for guide in GUIDES[1:]:
        text = (ROOT / guide).read_text(encoding="utf-8")
        for picture in ("first-run-identity", "first-run-recovery", "handover"):
            assert f"screenshots/{picture}.png" in text, (guide, picture)
