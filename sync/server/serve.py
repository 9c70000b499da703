"""Running the server: one uvicorn process, or several workers sharing the port.

With several workers on Linux every worker binds its own socket with SO_REUSEPORT, so the
kernel spreads new connections evenly over them. (uvicorn's own --workers shares one socket,
and a few long-lived keep-alive connections can then all land on one busy worker.)
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import time
from types import FrameType
from typing import Any

import uvicorn

APP = "sync.server.main:create_app_from_env"
log = logging.getLogger("trepart.server.serve")


def _uvicorn_options(forwarded_allow_ips: str) -> dict[str, Any]:
    return {
        "factory": True,
        "log_config": None,  # the app sets up JSON logging (sync.server.logs)
        "access_log": False,  # replaced by the app's own request log
        "proxy_headers": True,
        "forwarded_allow_ips": forwarded_allow_ips,
        # uvicorn's default of 5 s equals httpx's client default, so a device syncing every few
        # seconds can send on a connection at the moment the server closes it.
        "timeout_keep_alive": 30,
    }


def run_server(*, host: str, port: int, workers: int, forwarded_allow_ips: str) -> None:
    """Serve until stopped. Settings reach the workers through TREPART_SERVER_* variables."""
    options = _uvicorn_options(forwarded_allow_ips)
    if workers <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(APP, host=host, port=port, workers=workers, **options)
        return
    _supervise(host=host, port=port, workers=workers, options=options)


def _worker(host: str, port: int, options: dict[str, Any]) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    server = uvicorn.Server(uvicorn.Config(APP, host=host, port=port, **options))
    server.run(sockets=[sock])


def _supervise(*, host: str, port: int, workers: int, options: dict[str, Any]) -> None:
    ctx = multiprocessing.get_context("spawn")
    stopping = False

    def start() -> multiprocessing.process.BaseProcess:
        proc = ctx.Process(target=_worker, args=(host, port, options), daemon=False)
        proc.start()
        return proc

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    procs = [start() for _ in range(workers)]
    log.info("workers started", extra={"workers": workers, "port": port})
    try:
        while not stopping:
            for i, proc in enumerate(procs):
                if not proc.is_alive() and not stopping:
                    # A worker that died (out of memory, say) is replaced; the others go on.
                    log.warning("worker stopped; starting a new one", extra={"exit": proc.exitcode})
                    procs[i] = start()
            time.sleep(0.5)
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.terminate()  # SIGTERM: uvicorn finishes the requests in flight
        for proc in procs:
            proc.join(timeout=30)
            if proc.is_alive():
                proc.kill()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
