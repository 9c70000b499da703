"""The Qt user interface: the only package (with desktop.app) that imports PySide6."""

# First of all: protect the interpreter from the bindings' reference leak (see compat).
from desktop.ui.kit import compat as _compat  # noqa: F401
