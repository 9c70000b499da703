"""The fast track's waiting threshold: a user setting (1-365 days, default 14) that the
organisation defaults file may give or lock (key fast_track_wait_days), and a bad value in the
file is reported in Danish while the app keeps its own defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services import organisation
from desktop.services.settings import AppSettings, load_settings, locked_settings, save_settings
from tests.services.test_organisation import use


def test_the_threshold_is_a_setting_kept_in_range(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(organisation.ENV_FILE, raising=False)
    monkeypatch.setattr(organisation, "candidate_paths", lambda: [tmp_path / "none.toml"])
    organisation.reset()
    assert AppSettings().fast_track_wait_days == 14
    assert AppSettings(fast_track_wait_days=0).normalised().fast_track_wait_days == 1
    assert AppSettings(fast_track_wait_days=9999).normalised().fast_track_wait_days == 365
    save_settings(tmp_path, AppSettings(fast_track_wait_days=21))
    assert load_settings(tmp_path).fast_track_wait_days == 21


def test_the_organisation_gives_or_locks_the_threshold(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "vault"
    data.mkdir()
    use(tmp_path / "org.toml", "fast_track_wait_days = 10\n", monkeypatch)
    assert load_settings(data).fast_track_wait_days == 10
    (data / "settings.json").write_text(json.dumps({"fast_track_wait_days": 30}))
    assert load_settings(data).fast_track_wait_days == 30
    use(tmp_path / "org.toml", 'fast_track_wait_days = 10\nlocked = ["fast_track_wait_days"]\n',
        monkeypatch)
    assert load_settings(data).fast_track_wait_days == 10
    assert locked_settings() == {"fast_track_wait_days"}
    org = use(tmp_path / "org.toml", "fast_track_wait_days = 0\n", monkeypatch)
    assert org.problem and "fast_track_wait_days" in org.problem
    assert load_settings(data).fast_track_wait_days == 30  # the file is ignored as a whole
    organisation.reset()
