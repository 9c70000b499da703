"""OpenAPI descriptions of the error answers the routes share."""

from __future__ import annotations

from typing import Any

from sync.protocol.wire import ErrorBody

_E: dict[str, Any] = {"model": ErrorBody}

AUTH: dict[int | str, dict[str, Any]] = {
    401: {**_E, "description": "Ukendt eller spærret enhed (code device_revoked, wipe)"},
    403: {**_E, "description": "Brugeren er deaktiveret (code user_disabled)"},
}
BODY: dict[int | str, dict[str, Any]] = {
    413: {**_E, "description": "Forespørgslen er for stor"},
}
