"""Shared fixtures for the fake Sesamy API: specs, validators, clients."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import httpx
import pytest
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from sesamy_facade.testing import FakeSesamy

ROOT = Path(__file__).resolve().parents[2]
SPEC_SERVER = "https://api2.sesamy.com"
APIS = ("client", "management")
METHODS = ("get", "put", "post", "delete", "patch")


@cache
def spec_document(api: str) -> dict[str, Any]:
    path = ROOT / "openapi" / f"{api}.json"
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _xml_as_text(value: bytes | str, **_: Any) -> str:
    # The snapshot declares XML as `type: string`; openapi-core would parse it into
    # an Element. Check it is well-formed, then validate it as the string it is.
    text = value.decode() if isinstance(value, bytes) else value
    ElementTree.fromstring(text)
    return text


@cache
def openapi(api: str) -> OpenAPI:
    config = Config(extra_media_type_deserializers={"application/xml": _xml_as_text})
    return OpenAPI.from_dict(spec_document(api), config=config)


def operations(api: str) -> list[tuple[str, str, str]]:
    """(operationId, METHOD, path template) of every operation in a snapshot."""
    return [
        (operation["operationId"], method.upper(), path)
        for path, item in spec_document(api)["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def success_schema(api: str, method: str, template: str) -> dict[str, Any] | None:
    operation = spec_document(api)["paths"][template][method.lower()]
    for status, response in operation["responses"].items():
        if status.startswith("2"):
            content = response.get("content") or {}
            for media in content.values():
                schema: dict[str, Any] = media["schema"]
                return schema
    return None


def validate_response(api: str, response: httpx.Response) -> None:
    """Validate an httpx response against the snapshot with openapi-core."""
    request = response.request
    query = dict(request.url.params.multi_items())
    mock_request = MockRequest(
        SPEC_SERVER,
        request.method.lower(),
        request.url.path,
        args=query,
        headers=dict(request.headers),
        data=request.content or None,
        content_type=request.headers.get("content-type", "application/json"),
    )
    content_type = response.headers.get("content-type", "application/json")
    mock_response = MockResponse(
        response.content,
        status_code=response.status_code,
        headers=dict(response.headers),
        content_type=content_type.split(";")[0],
    )
    openapi(api).validate_response(mock_request, mock_response)


def unwrap_envelope(response: httpx.Response) -> httpx.Response:
    """Check the documented list envelope and return a response of its `data`."""
    body = response.json()
    assert set(body) == {"data", "pagination"}
    pagination = body["pagination"]
    assert set(pagination) == {"total", "limit", "offset", "hasMore"}
    assert isinstance(pagination["total"], int)
    assert isinstance(pagination["hasMore"], bool)
    assert isinstance(body["data"], list)
    return httpx.Response(
        response.status_code,
        headers={"content-type": "application/json"},
        content=json.dumps(body["data"]).encode(),
        request=response.request,
    )


def client_for(fake: FakeSesamy, token: str) -> httpx.Client:
    return httpx.Client(
        transport=fake.transport(),
        base_url=SPEC_SERVER,
        headers={"Authorization": f"Bearer {token}"},
    )


@pytest.fixture
def fake() -> FakeSesamy:
    return FakeSesamy(seed=7, users=10, contracts_per_user=3)


@pytest.fixture
def server_fake() -> Iterator[tuple[FakeSesamy, str]]:
    fake = FakeSesamy(seed=3, users=6, contracts_per_user=3)
    with fake.serve() as server:
        yield fake, server.url
