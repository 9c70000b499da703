"""Run the packaged laptop app (dist/trepart/trepart, not the venv) the way IT and a consultant
would, so a missing data file or hidden import fails here and not on a laptop:
--version, demo, vault check, export, verify, and a start to the unlock window (offscreen).
Also checks that the bundle holds none of the server's packages, and reports its size and the
time from process start to the unlock window.

    python packaging/check_bundle.py [--dist dist/trepart]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The server's dependencies (and the server itself) must not be in a laptop build.
FORBIDDEN = ("fastapi", "starlette", "uvicorn", "psycopg", "pydantic_settings", "argon2",
             "uvloop", "pytest")
PASSWORD = "pakke-kontrol-1"


def run(binary: Path, *args: str, env: dict[str, str]) -> str:
    proc = subprocess.run([str(binary), *args], env=env, capture_output=True, text=True,
                          timeout=300)
    if proc.returncode != 0:
        raise SystemExit(
            f"FEJL: trepart {' '.join(args)} -> {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
        )
    return proc.stdout


def size_mb(folder: Path) -> float:
    # Qt's frameworks hold symlinks: each file counted once.
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
               ) / 1e6


def start_times(binary: Path, data: Path, env: dict[str, str]) -> float:
    """Median seconds from process start to the unlock window shown (and the process gone)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        shown = run(binary, "--data-dir", str(data), "--start-check", env=env)
        times.append(time.perf_counter() - started)
        if "unlock window shown" not in shown:
            raise SystemExit(f"FEJL: oplåsningsvinduet blev ikke vist: {shown}")
    return sorted(times)[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", type=Path, default=Path("dist/trepart"))
    args = parser.parse_args()
    binary = args.dist / ("trepart.exe" if os.name == "nt" else "trepart")
    if not binary.exists():
        raise SystemExit(f"FEJL: {binary} findes ikke; kør først `make package`")
    internal = args.dist / "_internal"
    found = [name for name in FORBIDDEN if (internal / name).exists()
             or any(internal.glob(f"{name}-*.dist-info"))]
    if found:
        raise SystemExit(f"FEJL: pakken indeholder serverens afhængigheder: {found}")
    # The bundle only: no source tree, no venv on the path.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(TREPART_PASSWORD=PASSWORD, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data, out = Path(tmp) / "vault", Path(tmp) / "export"
        version = run(binary, "--version", env=env).strip()
        print(f"ok  {version}")
        run(binary, "demo", "--data-dir", str(data), "--cases", "3", env=env)
        print("ok  demo")
        run(binary, "vault", "check", "--data-dir", str(data), env=env)
        print("ok  vault check")
        run(binary, "export", "--data-dir", str(data), "--out", str(out), env=env)
        pdfs = sorted(out.rglob("*.pdf"))
        if not pdfs:
            raise SystemExit("FEJL: export skrev ingen PDF")
        print(f"ok  export ({len(pdfs)} PDF)")
        run(binary, "verify", str(pdfs[0]), "--data-dir", str(data), env=env)
        print("ok  verify")
        packaged = start_times(binary, data, env)
        print(f"ok  GUI to the unlock window in {packaged:.2f} s (process start to exit, "
              "median of 3)")
        # The same start from the venv (`make run`'s app), side by side, as the baseline.
        venv = Path(sys.executable).parent / "trepart"
        if venv.exists():
            baseline = start_times(venv, data, dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            print(f"    venv: {baseline:.2f} s; packaged / venv = {packaged / baseline:.2f}x")
    print(f"bundle {args.dist}: {size_mb(args.dist):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
