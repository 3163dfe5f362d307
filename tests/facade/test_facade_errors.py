"""Error mapping, unexpected bodies, request building details."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sesamy_facade import AsyncSesamyClient, SesamyClient, SesamyManagement
from sesamy_facade.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    UnexpectedResponseError,
    ValidationError,
)


@pytest.fixture
def client(server: Any) -> Any:
    with SesamyClient("t", base_url=server.url, max_retries=0) as sesamy:
        yield sesamy


def _envelope(code: str, message: str, **more: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **more}}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, ValidationError),
        (422, ValidationError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServiceUnavailableError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_its_error_class(
    server: Any, client: Any, status: int, error_class: type[APIStatusError]
) -> None:
    server.script("GET", "/contracts/x", server.reply(status, _envelope("c", "m")))
    with pytest.raises(error_class) as caught:
        client.contracts.get("x")
    assert type(caught.value) is error_class
    assert caught.value.status_code == status


def test_error_envelope_fields_are_parsed(server: Any, client: Any) -> None:
    body = _envelope(
        "resource_not_found",
        "Contract not found",
        details={"id": "x"},
        request_id="req_1",
    )
    server.script("GET", "/contracts/x", server.reply(404, body))
    with pytest.raises(NotFoundError) as caught:
        client.contracts.get("x")
    error = caught.value
    assert (error.code, error.message, error.details, error.request_id) == (
        "resource_not_found",
        "Contract not found",
        {"id": "x"},
        "req_1",
    )
    assert (error.method, error.path) == ("GET", "/contracts/x")
    assert str(error) == (
        "GET /contracts/x: 404 resource_not_found: Contract not found (request req_1)"
    )


def test_html_error_body_still_gives_a_useful_error(server: Any, client: Any) -> None:
    server.script(
        "GET",
        "/contracts/x",
        server.reply(502, b"<html>Bad gateway</html>", {"X-Request-Id": "edge-7"}),
    )
    with pytest.raises(ServerError) as caught:
        client.contracts.get("x")
    assert str(caught.value) == "GET /contracts/x: 502 Bad Gateway (request edge-7)"


def test_empty_error_body_still_gives_a_useful_error(server: Any, client: Any) -> None:
    server.script("DELETE", "/tags/a", server.reply(403))
    with pytest.raises(PermissionDeniedError, match="DELETE /tags/a: 403 Forbidden"):
        client.tags.remove("a")


def test_connection_failure_becomes_api_connection_error(dead_url: str) -> None:
    with (
        SesamyClient("t", base_url=dead_url, max_retries=0) as client,
        pytest.raises(APIConnectionError, match="GET /contracts/x: ConnectError") as c,
    ):
        client.contracts.get("x")
    assert c.value.__cause__ is not None


def test_body_that_is_not_json_raises_unexpected_response(
    server: Any, client: Any
) -> None:
    server.script("GET", "/contracts/x", server.reply(200, b"<html>hi</html>"))
    with pytest.raises(UnexpectedResponseError) as caught:
        client.contracts.get("x")
    assert caught.value.operation == "getContract"
    assert caught.value.body == b"<html>hi</html>"


def test_missing_field_names_the_field(server: Any, client: Any, bodies: Any) -> None:
    contract = bodies.contract()
    del contract["currency"]
    server.script("GET", "/contracts/x", server.reply(200, contract))
    with pytest.raises(UnexpectedResponseError) as caught:
        client.contracts.get("x")
    assert caught.value.field == "currency"
    assert "getContract" in str(caught.value)


def test_unknown_enum_value_names_the_field(
    server: Any, client: Any, bodies: Any
) -> None:
    server.script(
        "GET", "/entitlements/e1", server.reply(200, bodies.entitlement(kind="vinyl"))
    )
    with pytest.raises(UnexpectedResponseError, match="vinyl") as caught:
        client.entitlements.get("e1")
    assert caught.value.field == "type"


def test_unknown_enum_in_a_list_raises_unexpected_response(
    server: Any, client: Any, bodies: Any
) -> None:
    items = [bodies.entitlement(), bodies.entitlement("e2", kind="vinyl")]
    server.script("GET", "/entitlements", server.reply(200, items))
    with pytest.raises(UnexpectedResponseError) as caught:
        list(client.entitlements.list())
    assert caught.value.field == "[1].type"


@pytest.mark.anyio
async def test_async_errors_map_the_same_way(server: Any) -> None:
    server.script("GET", "/contracts/x", server.reply(404, _envelope("nf", "gone")))
    async with AsyncSesamyClient("t", base_url=server.url) as client:
        with pytest.raises(NotFoundError, match="GET /contracts/x: 404 nf: gone"):
            await client.contracts.get("x")


def test_success_envelope_is_unwrapped(server: Any, client: Any, bodies: Any) -> None:
    body = {"data": bodies.contract("c9"), "meta": {"timestamp": "now"}}
    server.script("GET", "/contracts/c9", server.reply(200, body))
    assert client.contracts.get("c9").id == "c9"


@pytest.mark.parametrize("contract_id", ["a/b", "../../admin", "a?b=1", "a#frag", ".."])
def test_path_parameters_cannot_escape_their_segment(
    server: Any, client: Any, bodies: Any, contract_id: str
) -> None:
    with pytest.raises(APIStatusError):
        client.contracts.get(contract_id)
    request = server.requests[0]
    assert request.raw_path.startswith("/contracts/")
    assert request.raw_path.count("/") == 2
    assert request.query == {}


def test_empty_path_parameter_is_refused(server: Any, client: Any) -> None:
    with pytest.raises(ValueError, match="empty"):
        client.contracts.get("")
    assert server.requests == []


def test_query_filters_use_the_api_names(server: Any, client: Any, bodies: Any) -> None:
    server.script("GET", "/entitlements", server.reply(200, []))
    list(client.entitlements.list(type="article", purchase_option_id="po"))
    assert server.requests[0].query == {
        "type": ["article"],
        "purchase-option-id": ["po"],
    }


def test_body_is_built_from_keyword_properties(server: Any, client: Any) -> None:
    server.script("POST", "/tags", server.reply(204))
    client.tags.add(tag="vip")
    assert json.loads(server.requests[0].body) == {"tag": "vip"}


def test_body_may_be_a_mapping_in_camel_case(server: Any, bodies: Any) -> None:
    server.script(
        "POST", "/management/users/u1/change-login-identifier", server.reply(204)
    )
    with SesamyManagement("t", base_url=server.url) as mgmt:
        mgmt.users.change_login_identifier("u1", body={"email": "a@b.c"})
    assert json.loads(server.requests[0].body) == {"email": "a@b.c"}


def test_unknown_body_property_is_a_type_error(server: Any, client: Any) -> None:
    with pytest.raises(TypeError, match="no body property colour"):
        client.tags.add(tag="x", colour="red")
    assert server.requests == []


def test_text_body_is_sent_as_utf8_plain_text(server: Any, client: Any) -> None:
    server.script("PUT", "/user-metadata/nick", server.reply(204))
    client.user_metadata.set("nick", "Åsa")
    request = server.requests[0]
    assert request.body == "Åsa".encode()
    assert request.headers["content-type"].startswith("text/plain")


def test_management_metadata_value_is_sent_as_text(server: Any) -> None:
    server.script("PUT", "/management/users/u1/user_metadata/k", server.reply(204))
    with SesamyManagement("t", base_url=server.url) as mgmt:
        mgmt.users.metadata.set("u1", "k", "v")
    assert server.requests[0].body == b"v"


def test_customer_xml_is_returned_as_text(server: Any) -> None:
    xml = "<customer><id>1</id></customer>"
    server.script(
        "GET",
        "/management/customers/1",
        server.reply(200, xml.encode(), {"Content-Type": "application/xml"}),
    )
    with SesamyManagement("t", base_url=server.url) as mgmt:
        assert mgmt.customers.get("1") == xml


def test_proxy_content_sends_url_as_query(server: Any, client: Any) -> None:
    server.script("GET", "/proxy", server.reply(200, "<p>hi</p>"))
    assert client.proxy.content("https://x.test/a", selector="p") == "<p>hi</p>"
    assert server.requests[0].query == {"url": ["https://x.test/a"], "selector": ["p"]}
