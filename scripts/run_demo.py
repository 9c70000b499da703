"""`make run`: a demo vault, a local sync server with a demo consultant account, then the app.

Everything is synthetic. The server is a trial server (SQLite file in demo-server/) on
127.0.0.1:8765; the vault is logged in to it once, so the Synkronisering view works at once.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from desktop.cli import DEMO_TEAM, DEMO_USER
from desktop.services import session as sessions
from desktop.services import sync as sync_service

DEMO_SERVER_PASSWORD = "demo-server"


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def _start_server(server_dir: Path, port: int, url: str) -> subprocess.Popen[bytes] | None:
    if _healthy(url):
        print(f"Bruger den kørende server på {url}.")
        return None
    server_dir.mkdir(parents=True, exist_ok=True)
    server = [sys.executable, "-m", "sync.server.cli"]
    env = {**os.environ, "TREPART_USER_PASSWORD": DEMO_SERVER_PASSWORD}
    subprocess.run([*server, "migrate", "--data-dir", str(server_dir)], env=env, check=True)
    users = subprocess.run([*server, "user", "list", "--json", "--data-dir", str(server_dir)],
                           env=env, capture_output=True, text=True, check=True).stdout
    if DEMO_USER not in users:
        subprocess.run([*server, "user", "add", DEMO_USER, "--role", "consultant", "--team",
                        DEMO_TEAM, "--data-dir", str(server_dir)], env=env, check=True)
    log = (server_dir / "server.log").open("ab")
    proc = subprocess.Popen([*server, "serve", "--data-dir", str(server_dir), "--port", str(port)],
                            env=env, stdout=log, stderr=log)
    for _ in range(100):
        if _healthy(url):
            print(f"Demo-server kører på {url} (log: {server_dir / 'server.log'}).")
            return proc
        time.sleep(0.1)
    proc.terminate()
    raise SystemExit(f"Serveren startede ikke; se {server_dir / 'server.log'}.")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=Path("demo-data"))
    parser.add_argument("--server-dir", type=Path, default=Path("demo-server"))
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--no-gui", action="store_true", help="set up and stop (for scripts)")
    args = parser.parse_args()
    password = os.environ.get("TREPART_PASSWORD")
    if not password:
        raise SystemExit("Sæt TREPART_PASSWORD (make run gør det).")
    app = [sys.executable, "-m", "desktop", "--data-dir", str(args.data_dir)]
    if not (args.data_dir / "vault.json").exists():
        subprocess.run([*app[:3], "demo", "--data-dir", str(args.data_dir)], check=True)
    url = f"http://127.0.0.1:{args.port}"
    server = _start_server(args.server_dir, args.port, url)
    try:
        with sessions.open_session(args.data_dir, password) as session:
            if not sync_service.status(session.store).configured:
                sync_service.log_in(session.store, server_url=url, username=DEMO_USER,
                                    password=DEMO_SERVER_PASSWORD)
                print(f"Demo-vaulten er logget ind på {url} som {DEMO_USER}.")
        if args.no_gui:
            return 0
        return subprocess.call(app)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
