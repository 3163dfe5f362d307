"""Every operation of both APIs reaches its documented method and path."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sesamy_facade import (
    FACADE_METHODS,
    AsyncSesamyClient,
    AsyncSesamyManagement,
    SesamyClient,
    SesamyManagement,
)
from sesamy_facade._operations import CLIENT_OPERATIONS, MANAGEMENT_OPERATIONS
from sesamy_facade.errors import APIStatusError

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = {"client": CLIENT_OPERATIONS, "management": MANAGEMENT_OPERATIONS}
SYNC = {"client": SesamyClient, "management": SesamyManagement}
ASYNC = {"client": AsyncSesamyClient, "management": AsyncSesamyManagement}
CASES = [(api, oid) for api in FACADE_METHODS for oid in sorted(FACADE_METHODS[api])]


def _spec(api: str) -> dict[str, Any]:
    return json.loads((ROOT / "openapi" / f"{api}.json").read_text())  # type: ignore[no-any-return]


def _minimal(schema: dict[str, Any], schemas: dict[str, Any]) -> Any:
    """The smallest value of a schema that has every required property."""
    if "$ref" in schema:
        return _minimal(schemas[schema["$ref"].rsplit("/", 1)[-1]], schemas)
    if "anyOf" in schema:
        return _minimal(schema["anyOf"][0], schemas)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        required = schema.get("required", [])
        return {
            name: _minimal(prop, schemas)
            for name, prop in schema.get("properties", {}).items()
            if name in required
        }
    defaults: dict[Any, Any] = {"number": 1, "integer": 1, "boolean": True, "array": []}
    return defaults.get(kind, "x")


def _arguments(api: str, operation_id: str) -> tuple[list[str], dict[str, Any]]:
    operation = OPERATIONS[api][operation_id]
    args = [f"p{n}" for n in range(operation.path.count("{"))]
    kwargs: dict[str, Any] = {}
    if operation.body == "text":
        args.append("value")
    elif operation.body is not None:
        spec = _spec(api)
        [found] = [
            op
            for item in spec["paths"].values()
            for op in item.values()
            if op.get("operationId") == operation_id
        ]
        schema = found["requestBody"]["content"]["application/json"]["schema"]
        kwargs["body"] = _minimal(schema, spec["components"]["schemas"])
    if operation_id == "proxyContent":
        args.append("https://example.test/")
    return args, kwargs


def _expected(api: str, operation_id: str, args: list[str]) -> tuple[str, str]:
    operation = OPERATIONS[api][operation_id]
    values = iter(args)
    return operation.method, re.sub(
        r"\{[^}]+\}", lambda _: next(values), operation.path
    )


def _method(client: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        client = getattr(client, name)
    return client


def _call(method: Any, args: list[str], kwargs: dict[str, Any]) -> None:
    result = method(*args, **kwargs)
    list(result)


async def _call_async(
    method: Any, args: list[str], kwargs: dict[str, Any], kind: str
) -> None:
    result = method(*args, **kwargs)
    if kind == "many":
        [item async for item in result]
    else:
        await result


@pytest.fixture(scope="module")
def shared_server() -> Iterator[Any]:
    # One server for the module: these tests only read the request they caused.
    loopback = sys.modules["sesamy_facade_tests_server"].LoopbackServer().start()
    yield loopback
    loopback.stop()


@pytest.fixture
def server(shared_server: Any) -> Any:
    shared_server.requests.clear()
    return shared_server


@pytest.mark.parametrize(("api", "operation_id"), CASES)
def test_operation_sends_its_method_and_path(
    server: Any, api: str, operation_id: str
) -> None:
    args, kwargs = _arguments(api, operation_id)
    with SYNC[api]("t", base_url=server.url, max_retries=0) as client:
        method = _method(client, FACADE_METHODS[api][operation_id])
        with pytest.raises(APIStatusError):
            _call(method, args, kwargs)
    sent = server.requests[0]
    assert (sent.method, sent.path) == _expected(api, operation_id, args)


@pytest.mark.anyio
@pytest.mark.parametrize(("api", "operation_id"), CASES)
async def test_async_operation_sends_its_method_and_path(
    server: Any, api: str, operation_id: str
) -> None:
    args, kwargs = _arguments(api, operation_id)
    async with ASYNC[api]("t", base_url=server.url, max_retries=0) as client:
        method = _method(client, FACADE_METHODS[api][operation_id])
        kind = OPERATIONS[api][operation_id].kind
        with pytest.raises(APIStatusError):
            await _call_async(method, args, kwargs, kind)
    sent = server.requests[0]
    assert (sent.method, sent.path) == _expected(api, operation_id, args)
