"""Window geometry is remembered, without personal data in the settings file."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.records import Citizen


def test_geometry_is_remembered_without_personal_data(app_factory, vault_dir: Path) -> None:
    app = app_factory(vault_dir)
    app.window.resize(795, 533)
    names = [c.name for c in app.store.list(Citizen)]
    app.window.save_geometry()
    ini = (vault_dir / "ui.ini").read_bytes()
    assert ini and not any(n.encode() in ini for n in names)
    from tests.ui.conftest import stop_app

    stop_app(app)
    again = app_factory(vault_dir)
    assert (again.window.width(), again.window.height()) == (795, 533)


def test_a_named_dialog_remembers_where_it_was(app) -> None:
    """The print preview opens again at the size and place it was closed at (clamped to the
    screen); the remembered geometry sits in the data dir's ui.ini, not in the vault."""
    from desktop.ui.kit.pdf_preview import DocumentPreviewDialog

    first = DocumentPreviewDialog(app.window, title="Aftale", copy_label="Virksomhedens kopi")
    first.show()
    app.idle()
    first.setGeometry(40, 50, 600, 500)
    app.idle()
    remembered = first.geometry()
    first.close()
    first.deleteLater()
    app.idle()
    again = DocumentPreviewDialog(app.window, title="Aftale", copy_label="Borgerens kopi")
    again.show()
    app.idle()
    assert again.geometry().size() == remembered.size()
    again.close()
