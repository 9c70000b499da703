"""docs/DATA-PROTECTION.md (and its English version) carry the access policy as a table
generated from the catalogue and the server's policy: the test fails when a table is stale."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest

from sync.protocol import catalogue

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def policy_table():
    spec = importlib.util.spec_from_file_location("policy_table", ROOT / "scripts/policy_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_policy_table_in_the_document_is_current(policy_table, lang) -> None:
    text = policy_table.DOCS[lang].read_text(encoding="utf-8")
    assert policy_table.rendered(lang, text) == text, (
        "stale: run .venv/bin/python scripts/policy_table.py"
    )
    assert policy_table.main(["--check"]) == 0


def test_a_change_to_the_catalogue_makes_the_table_stale(policy_table, monkeypatch) -> None:
    text = policy_table.DOCS["da"].read_text(encoding="utf-8")
    company = catalogue.CATALOGUE["company"]
    hidden_phone = dataclasses.replace(
        company,
        fields=tuple(
            dataclasses.replace(f, mentor_visible=False) if f.name == "phone" else f
            for f in company.fields
        ),
        _by_name={},
    )
    monkeypatch.setitem(policy_table.CATALOGUE, "company", hidden_phone)
    assert policy_table.rendered("da", text) != text
    assert "| Virksomhed (`company`) |" in policy_table.table("da")
    assert "Telefon" in policy_table.table("da").split("`company`")[1].split("\n")[0]


def test_every_record_type_has_a_row(policy_table) -> None:
    for lang in ("da", "en"):
        rows = policy_table.table(lang)
        for name in catalogue.CATALOGUE:
            assert f"(`{name}`)" in rows
