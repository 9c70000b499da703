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
        started = time.perf_counter()
        shown = run(binary, "--data-dir", str(data), "--start-check", env=env)
        elapsed = time.perf_counter() - started
        if "unlock window shown" not in shown:
            raise SystemExit(f"FEJL: oplåsningsvinduet blev ikke vist: {shown}")
        print(f"ok  GUI to the unlock window in {elapsed:.2f} s (process start to exit)")
    print(f"bundle {args.dist}: {size_mb(args.dist):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
