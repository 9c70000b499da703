"""schemathesis against the published OpenAPI schema: no input makes the server answer 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from sync.protocol.vocabulary import Role
from tests.server.helpers import World

EXAMPLES = 100


@pytest.mark.slow
def test_openapi_fuzz_finds_no_server_errors(world: World) -> None:
    device = world.device("kim", Role.CONSULTANT, "nord")
    app = world.client.app
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result
        operations.append(result.ok())
    assert {op.path for op in operations} >= {"/v1/login", "/v1/push", "/v1/pull", "/v1/me"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES, deadline=None, database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(
                headers=device.headers,
                checks=[not_a_server_error, status_code_conformance, response_schema_conformance],
            )

        check()
