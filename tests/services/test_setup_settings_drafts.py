"""First run (password strength, identity, recovery information), settings and drafts."""

from __future__ import annotations

from pathlib import Path

from desktop.services import drafts, setup
from desktop.services.settings import AppSettings, load_settings, save_settings
from desktop.vault import KdfParams, Vault, generate_recovery_keypair

FAST = KdfParams(memory_kib=8, iterations=1, lanes=1)


def test_password_strength() -> None:
    weak = setup.password_strength("sommer2025")
    assert not weak.acceptable and weak.hints
    assert not setup.password_strength("kort").acceptable
    strong = setup.password_strength("Fire heste spiser havre ved åen")
    assert strong.acceptable and strong.score >= 3


def test_identity_validation() -> None:
    ok = setup.Identity(username="mette.mentor", role="mentor", team=None)
    assert setup.validate_identity(ok) == []
    bad = setup.Identity(username="Mette Mentor!", role="boss", team=None)
    assert {p.field for p in setup.validate_identity(bad)} == {"username", "role"}


def test_create_first_vault_with_recovery_key(tmp_path: Path) -> None:
    _private, public = generate_recovery_keypair()
    identity = setup.Identity(username="kari.konsulent", role="consultant", team="Team Øst")
    session, info = setup.create_first_vault(tmp_path / "data", "Fire heste spiser havre",
                                             identity=identity, recovery_public_key_pem=public,
                                             kdf=FAST)
    with session:
        assert session.store.actor.username == "kari.konsulent"
        assert info.has_recovery and info.key_fingerprint
        assert info.vault_id in info.as_text()
        assert "trepart vault recover" in info.as_text()
    assert Vault.open(tmp_path / "data").has_recovery


def test_recovery_key_is_found_in_the_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(setup.RECOVERY_KEY_ENV, raising=False)
    monkeypatch.setattr(setup.platformdirs, "site_config_dir", lambda *a: str(tmp_path / "x"))
    monkeypatch.setattr(setup.platformdirs, "user_config_dir", lambda *a: str(tmp_path / "y"))
    assert setup.find_recovery_key(tmp_path) is None
    (tmp_path / "recovery-public.pem").write_bytes(b"x")
    assert setup.find_recovery_key(tmp_path) == tmp_path / "recovery-public.pem"


def test_settings_round_trip_and_bounds(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == AppSettings()
    save_settings(tmp_path, AppSettings(language="en", idle_lock_minutes=0, autosave_seconds=999))
    loaded = load_settings(tmp_path)
    assert loaded.language == "en" and loaded.idle_lock_minutes == 1
    assert loaded.autosave_seconds == 60
    (tmp_path / "settings.json").write_text("{not json")
    assert load_settings(tmp_path) == AppSettings()


def test_drafts_listing_respects_mentor_scope(world, mentor, consultant) -> None:
    for case in (world.mentored, world.other):
        drafts.save_draft(world.store, key=f"meeting:{case.id}", record_type="meeting",
                          record_id=case.id, case_id=case.id, payload={"title": case.id})
    assert len(drafts.list_drafts(world.store, viewer=consultant)) == 2
    mine = drafts.list_drafts(world.store, viewer=mentor)
    assert [d.case_id for d in mine] == [world.mentored.id]
    assert drafts.load_draft(world.store, key=mine[0].key) == {"title": world.mentored.id}
    drafts.discard_draft(world.store, key=mine[0].key)
    assert len(drafts.list_drafts(world.store, viewer=consultant)) == 1
