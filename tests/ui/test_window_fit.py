"""Every window and dialog fits the laptop screen: 1366×768 and 1280×720, at 100 % and at 125 %
scaling (1093×614 and 1024×576 logical pixels), each on a simulated screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import PASSWORD

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("window_fit_child.py")
SCREENS = {
    "1366x768": (1366, 768, 1.0),
    "1280x720": (1280, 720, 1.0),
    "1366x768@125%": (1093, 614, 1.25),
    "1280x720@125%": (1024, 576, 1.25),
}


@pytest.mark.parametrize("screen", SCREENS, ids=SCREENS)
def test_every_window_fits_the_screen(vault_dir: Path, tmp_path: Path, screen: str) -> None:
    width, height, dpr = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": dpr}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT),
                                                        os.environ.get("PYTHONPATH")])))
    run = subprocess.run([sys.executable, str(CHILD), str(vault_dir), PASSWORD],
                         capture_output=True, text=True, env=env, timeout=300)
    assert "DONE" in run.stdout, run.stderr[-3000:]
    rows = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    steps = {r["step"] for r in rows}
    assert {"unlock", "main window", "new case", "company", "citizen", "settings", "preview",
            "meeting", "effect report"} <= steps
    too_big = []
    for r in rows:
        x, y, w, h = r["frame"]
        ax, ay, aw, ah = r["available"]
        assert (aw, ah) == (width, height)
        if x < ax or y < ay or x + w > ax + aw or y + h > ay + ah:
            too_big.append(f"{r['step']}: {r['window']} {w}×{h} at {x},{y}")
    assert too_big == [], f"outside the {screen} screen: {too_big}"


def test_a_remembered_geometry_is_clamped_to_the_current_screen() -> None:
    """A window remembered on a bigger or a second screen comes back inside this one."""
    from PySide6.QtCore import QRect

    from desktop.ui.kit.screen_fit import fitted

    laptop = QRect(0, 0, 1366, 728)
    assert fitted(QRect(2000, 100, 900, 600), laptop) == QRect(466, 100, 900, 600)  # 2nd screen
    assert fitted(QRect(-50, -20, 1920, 1080), laptop) == laptop  # a big monitor's size
    assert fitted(QRect(100, 100, 640, 480), laptop) == QRect(100, 100, 640, 480)  # fits: as is
