"""Any true-ish CI value makes the suite strict (PostgreSQL required), not only CI=true."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import is_ci

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("value", ["1", "true", "TRUE", "True", "yes", "Yes", "on", "ON", " 1 "])
def test_true_ish_values_count_as_ci(value):
    assert is_ci(value)


@pytest.mark.parametrize("value", [None, "", "0", "false", "no", "off", "False", "nope"])
def test_false_or_missing_values_do_not(value, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert not is_ci(value)


def test_the_environment_is_read_when_no_value_is_given(monkeypatch):
    monkeypatch.setenv("CI", "yes")
    assert is_ci()
    monkeypatch.setenv("CI", "0")
    assert not is_ci()


@pytest.mark.parametrize("value", ["1", "yes"])
def test_postgres_fixture_fails_rather_than_skips_under_a_true_ish_ci(value, tmp_path):
    # A PostgreSQL URL nobody answers: under CI the fixture must fail, never skip.
    test = tmp_path / "test_needs_pg.py"
    test.write_text(
        textwrap.dedent("""
        def test_needs(postgres_url):
            pass
    """)
    )
    (tmp_path / "conftest.py").write_text("from tests.conftest import postgres_url  # noqa\\n")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test)],
        cwd=REPO_ROOT,
        env={
            **__import__("os").environ,
            "CI": value,
            "PYTHONPATH": str(REPO_ROOT),
            "TREPART_TEST_POSTGRES_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "1 error" in result.stdout and "skipped" not in result.stdout, result.stdout
    assert "required under CI" in result.stdout
