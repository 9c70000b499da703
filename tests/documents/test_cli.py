"""`trepart export` and `trepart verify`, run in-process against a real encrypted vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli
from desktop.services import documents as service
from desktop.services import session as sessions
from desktop.vault import KdfParams

PASSWORD = "Korrekt-Hest-9"
FAST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)


@pytest.fixture
def vault_dir(tmp_path: Path, seed_records, monkeypatch) -> Path:
    data_dir = tmp_path / "vault"
    with sessions.create_vault(
        data_dir,
        PASSWORD,
        username="demo.konsulent",
        role="consultant",
        team="Team Vest",
        kdf=FAST_KDF,
    ) as session:
        service.setup_demo_organisation(session.store, directory=data_dir / "demo-organisation")
        seed_records(session.store)
    monkeypatch.setenv("TREPART_PASSWORD", PASSWORD)
    return data_dir


def _export(vault_dir: Path, out: Path, capsys) -> tuple[int, str]:
    code = cli.main(["export", "--data-dir", str(vault_dir), "--out", str(out)])
    return code, capsys.readouterr().out


def test_export_writes_every_signed_version_and_repeats_byte_for_byte(vault_dir, tmp_path, capsys):
    code, out = _export(vault_dir, tmp_path / "one", capsys)
    assert code == 0
    assert "2 forseglede PDF-filer skrevet" in out
    first = {p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()}
    assert len(first) == 2 and all(n.endswith(".pdf") for n in first)
    code, _ = _export(vault_dir, tmp_path / "two", capsys)
    assert code == 0
    second = {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    assert second == first


def test_verify_says_who_sealed_when_and_that_it_is_unaltered(vault_dir, tmp_path, capsys):
    _export(vault_dir, tmp_path / "out", capsys)
    pdf = next((tmp_path / "out").glob("*-aftale-v2.pdf"))
    cert = vault_dir / "demo-organisation" / "organisation-seal-certificate.pem"

    assert cli.main(["verify", str(pdf), "--trust", str(cert)]) == 0
    out = capsys.readouterr().out
    assert "Forseglet af:     Demo Kommune organisationssegl (DEMO)" in out
    assert "Uændret:          ja" in out
    assert "Gyldigt segl" in out

    assert cli.main(["verify", str(pdf), "--data-dir", str(vault_dir)]) == 0
    assert "Betroet segl:     ja" in capsys.readouterr().out


def test_verify_fails_for_a_tampered_or_untrusted_file(vault_dir, tmp_path, capsys):
    _export(vault_dir, tmp_path / "out", capsys)
    pdf = next((tmp_path / "out").glob("*-trepartsplan-v1.pdf"))
    cert = vault_dir / "demo-organisation" / "organisation-seal-certificate.pem"

    assert cli.main(["verify", str(pdf)]) == 1
    out = capsys.readouterr().out
    assert "ikke blandt de betroede" in out and "--trust" in out

    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    assert cli.main(["verify", str(tampered), "--trust", str(cert)]) == 1
    assert "Uændret:          NEJ" in capsys.readouterr().out

    assert cli.main(["verify", str(tmp_path / "missing.pdf")]) == 1
    assert "kan ikke læses" in capsys.readouterr().err


def test_export_without_a_certificate_reports_each_skipped_version(
    tmp_path, seed_records, monkeypatch, capsys
):
    data_dir = tmp_path / "vault"
    with sessions.create_vault(
        data_dir, PASSWORD, username="k", role="consultant", team=None, kdf=FAST_KDF
    ) as session:
        seed_records(session.store)
    monkeypatch.setenv("TREPART_PASSWORD", PASSWORD)
    code = cli.main(["export", "--data-dir", str(data_dir), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 1
    assert "0 forseglede PDF-filer" in captured.out
    assert captured.err.count("certifikat er ikke sat op") == 2
