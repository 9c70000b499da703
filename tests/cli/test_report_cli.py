"""`trepart report`: the evaluator's pseudonymised CSV from the command line."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

from sync.evaluation.export import COLUMNS
from tests.cli.test_vault_cli import trepart


def test_report_writes_the_csv_and_refuses_bad_dates(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    trepart("demo", "--data-dir", str(data_dir), "--cases", "20", check=True)
    out = tmp_path / "effekt.csv"
    result = trepart("report", "--data-dir", str(data_dir), "--from", "2000-01-01",
                     "--to", "2099-12-31", "--out", str(out), "--group", "reference",
                     check=True)
    assert f"skrevet pseudonymiseret til {out}" in result.stdout
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and {r["gruppe"] for r in rows} == {"reference"}
    assert tuple(rows[0]) == COLUMNS
    assert int(result.stdout.split()[0]) == len(rows)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    empty = trepart("report", "--data-dir", str(data_dir), "--from", "1990-01-01",
                    "--to", "1990-12-31", "--out", str(tmp_path / "tom.csv"), check=True)
    assert "Der er ingen forløb i perioden 01.01.1990–31.12.1990" in empty.stdout

    bad = trepart("report", "--data-dir", str(data_dir), "--from", "2026-02-01",
                  "--to", "2026-01-01", "--out", str(tmp_path / "x.csv"))
    assert bad.returncode == 2 and "før startdatoen" in bad.stderr
    assert not (tmp_path / "x.csv").exists()
    typo = trepart("report", "--data-dir", str(data_dir), "--from", "1.2.2026",
                   "--to", "2026-01-01", "--out", str(tmp_path / "x.csv"))
    assert typo.returncode == 2 and "ÅÅÅÅ-MM-DD" in typo.stderr
