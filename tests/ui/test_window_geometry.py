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
