"""The bindings' reference leak on None/True (PySide6 6.12.0, CPython 3.11) cannot crash us."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

HEAVY_USE = """
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
import desktop.ui  # applies the protection

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 0 if parent.isValid() else 3
    def columnCount(self, parent=QModelIndex()): return 0 if parent.isValid() else 3
    def data(self, index, role=Qt.ItemDataRole.DisplayRole): return None

class Source(QObject):
    ping = Signal()

model, source, obj = Model(), Source(), QObject()
index = model.index(0, 0)
for _ in range(60_000):  # far more than None's and True's natural reference counts
    obj.setObjectName("x")
    index.data(Qt.ItemDataRole.ToolTipRole)
    source.ping.emit()
print("survived", flush=True)
"""


def test_heavy_use_of_the_bindings_does_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT),
                                                        os.environ.get("PYTHONPATH")])))
    result = subprocess.run([sys.executable, "-c", HEAVY_USE], capture_output=True, text=True,
                            env=env, timeout=120)
    assert "survived" in result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Fatal Python error" not in result.stderr
