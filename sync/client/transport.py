"""HTTP transport to the Trepart server (httpx), with Danish errors the app can show as they are."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import httpx
from pydantic import ValidationError

from sync.protocol.wire import (
    ErrorBody,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    TeamResponse,
)

log = logging.getLogger(__name__)
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
# Seconds to wait for the server to take the connection, and for each answer. Short: the app
# never waits on the network for long, and a later sync sends what is left.
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0


class SyncError(Exception):
    """Base of sync failures; str() is a Danish message for the user."""


class ServerUnavailable(SyncError):
    """No answer, a dropped connection or a 5xx: worth retrying later."""


class ServerTimedOut(ServerUnavailable):
    """The server took the connection but did not answer in time: not retried within a run."""


class SyncCancelled(SyncError):
    """The user cancelled the sync; what the server acknowledged is kept, the rest still waits."""


class AuthFailed(SyncError):
    """Login refused or the token no longer valid: the user must log in again."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class DeviceRevoked(SyncError):
    """An administrator revoked this device; with `wipe` the vault must be erased now."""

    def __init__(self, message: str, *, wipe: bool) -> None:
        super().__init__(message)
        self.wipe = wipe


class InvalidServerUrl(SyncError):
    pass


class Transport(Protocol):
    def push(self, request: PushRequest) -> PushResponse: ...

    def pull(self, cursor: int, limit: int, *, count: bool = False) -> PullResponse:
        """`count`: ask the server also for about how many records are still to come
        (PullResponse.remaining; None from a server that does not know the question)."""
        ...


def check_server_url(url: str) -> str:
    """https is required, except for a server on this machine (trials, tests)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidServerUrl(f"Serveradressen «{url}» er ikke en gyldig adresse.")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise InvalidServerUrl(
            "Serveren skal bruge https (krypteret forbindelse). Kun en server på denne computer "
            "må bruge http."
        )
    return url.strip().rstrip("/")


def make_client(
    server_url: str,
    *,
    token: str | None = None,
    ca_bundle: Path | None = None,
    timeout: float = READ_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    headers = {"User-Agent": "Trepart"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.Client(
        base_url=check_server_url(server_url),
        headers=headers,
        # The municipality's own CA when configured; the system's proxy settings apply.
        verify=str(ca_bundle) if ca_bundle else True,
        trust_env=True,
        timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT)),
        transport=transport,
    )


def _raise_for(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    try:
        body = ErrorBody.model_validate(response.json())
    except (ValueError, ValidationError):
        body = None
    message = body.message if body else f"Serveren svarede {response.status_code}."
    code = body.code if body else ""
    if response.status_code >= 500:
        raise ServerUnavailable(f"Serveren har en fejl ({response.status_code}). Prøv igen senere.")
    if code == "device_revoked":
        raise DeviceRevoked(message, wipe=bool(body and body.wipe))
    if response.status_code in (401, 403):
        raise AuthFailed(message, code)
    raise SyncError(f"Serveren afviste forespørgslen: {message}")


def _request(client: httpx.Client, method: str, url: str, **kwargs: object) -> httpx.Response:
    try:
        response = client.request(method, url, **kwargs)  # type: ignore[arg-type]
    except httpx.TimeoutException as exc:  # connect, read, write or pool
        raise ServerTimedOut(
            "Serveren svarede ikke i tide. Dine ændringer er gemt og sendes, når serveren svarer "
            "igen."
        ) from exc
    except httpx.TransportError as exc:
        log.info("no connection to the server: %s", type(exc).__name__)
        raise ServerUnavailable(
            "Ingen forbindelse til serveren. Dine ændringer er gemt og sendes, når der er "
            "forbindelse."
        ) from exc
    _raise_for(response)
    return response


def login(
    server_url: str,
    *,
    username: str,
    password: str,
    device_name: str,
    ca_bundle: Path | None = None,
    http_transport: httpx.BaseTransport | None = None,
    timeout: float = READ_TIMEOUT,
) -> LoginResponse:
    with make_client(
        server_url, ca_bundle=ca_bundle, timeout=timeout, transport=http_transport
    ) as client:
        body = LoginRequest(username=username, password=password, device_name=device_name)
        response = _request(client, "POST", "/v1/login", json=body.model_dump())
        return LoginResponse.model_validate(response.json())


class HttpTransport:
    """The Transport over HTTP. One client (connection pool) per sync run."""

    def __init__(
        self,
        server_url: str,
        *,
        token: str,
        ca_bundle: Path | None = None,
        http_transport: httpx.BaseTransport | None = None,
        timeout: float = READ_TIMEOUT,
    ) -> None:
        self._client = make_client(
            server_url, token=token, ca_bundle=ca_bundle, timeout=timeout, transport=http_transport
        )

    def push(self, request: PushRequest) -> PushResponse:
        response = _request(
            self._client,
            "POST",
            "/v1/push",
            content=request.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )
        return PushResponse.model_validate_json(response.content)

    def pull(self, cursor: int, limit: int, *, count: bool = False) -> PullResponse:
        params = {"cursor": cursor, "limit": limit}
        if count:
            params["count"] = 1  # an older server ignores a query parameter it does not know
        response = _request(self._client, "GET", "/v1/pull", params=params)
        return PullResponse.model_validate_json(response.content)

    def team(self) -> TeamResponse:
        """The active users of this device's team (user name and role)."""
        response = _request(self._client, "GET", "/v1/team")
        return TeamResponse.model_validate_json(response.content)

    def access_log(self, citizen_id: str) -> bytes:
        """A citizen's access log as a PDF (administrator, or the citizen's team lead)."""
        response = _request(
            self._client, "GET", "/v1/access-log", params={"citizen_id": citizen_id}
        )
        return response.content

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
