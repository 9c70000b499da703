"""Crash tests with a real process: a child app types into a form until its draft is stored,
then it is killed with SIGKILL (no atexit, no Qt clean-up, no lock release).

The parent side: `draft_of_killed_child(child_script, vault_dir, case_id)` returns the record id
the child printed. The child side: `start_unlocked()`, `wait()` and `wait_to_be_killed()`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


def draft_of_killed_child(child: Path, vault_dir: Path, password: str, case_id: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT),
                                                        os.environ.get("PYTHONPATH")])))
    process = subprocess.Popen([sys.executable, str(child), str(vault_dir), password, case_id],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = ""
        while not line.startswith(("DRAFT-SAVED", "TIMEOUT")):
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                pytest.fail(f"child died: {process.stderr.read()[-2000:]}")
        assert line.startswith("DRAFT-SAVED"), line
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    return line.split()[1]


# -- the child's side ----------------------------------------------------------------------
def wait(app: Any, condition: Callable[[], Any], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            print("TIMEOUT", flush=True)
            sys.exit(2)
        app.processEvents()
        time.sleep(0.005)


def start_unlocked() -> tuple[Any, Any, str]:
    """The real application on the vault in argv[1], unlocked with argv[2]; argv[3] is the case."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import Application, create_application
    from desktop.vault import KdfParams

    data_dir, password, case_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = create_application(["crash-child"])
    controller = Application(data_dir, kdf=KdfParams(memory_kib=8, iterations=1, lanes=1),
                             offer_drafts=False)
    assert controller.start()
    panel = controller.unlock_window.panel
    panel.password.setText(password)
    panel.submit()
    wait(app, lambda: controller.window is not None)
    return app, controller, case_id


def wait_to_be_killed(app: Any) -> None:
    while True:  # keep running, as a user would, until killed
        app.processEvents()
        time.sleep(0.01)
