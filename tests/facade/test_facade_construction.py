"""Construction, configuration, headers, the escape hatch and the catalog."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

import sesamy_facade
from sesamy_facade import (
    FACADE_METHODS,
    AsyncSesamyClient,
    AsyncSesamyManagement,
    ClientCredentials,
    SesamyClient,
    SesamyManagement,
)
from sesamy_facade.errors import APITimeoutError

ROOT = Path(__file__).resolve().parents[2]
CONTRACT: dict[str, Any] = {
    "id": "c1",
    "name": "Premium",
    "userId": "u1",
    "createdAt": "2026-01-01T00:00:00Z",
    "updatedAt": "2026-01-01T00:00:00Z",
    "price": 9.0,
    "nextBillAt": "2026-02-01T00:00:00Z",
    "nextPrice": 9.0,
    "currency": "SEK",
    "items": [],
    "status": "ACTIVE",
    "isActive": True,
    "willCancelAt": None,
    "appliedDiscounts": [],
}


def _operation_ids(api: str) -> set[str]:
    spec = json.loads((ROOT / "openapi" / f"{api}.json").read_text())
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in {"get", "put", "post", "patch", "delete"}
    }


def _resolve(obj: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


@pytest.mark.parametrize(
    ("api", "sync_cls", "async_cls"),
    [
        ("client", SesamyClient, AsyncSesamyClient),
        ("management", SesamyManagement, AsyncSesamyManagement),
    ],
)
def test_catalog_maps_every_operation_to_a_method_on_sync_and_async(
    api: str, sync_cls: Any, async_cls: Any
) -> None:
    assert set(FACADE_METHODS[api]) == _operation_ids(api)
    for cls in (sync_cls, async_cls):
        client = cls("token", base_url="http://127.0.0.1:9")
        for operation_id, dotted in FACADE_METHODS[api].items():
            method = _resolve(client, dotted)
            assert callable(method), operation_id
            assert operation_id in (method.__doc__ or ""), dotted


@pytest.mark.parametrize(
    ("sync_cls", "async_cls"),
    [(SesamyClient, AsyncSesamyClient), (SesamyManagement, AsyncSesamyManagement)],
)
def test_async_methods_take_the_same_arguments_as_sync_ones(
    sync_cls: Any, async_cls: Any
) -> None:
    api = "client" if sync_cls is SesamyClient else "management"
    sync_client = sync_cls("token", base_url="http://127.0.0.1:9")
    async_client = async_cls("token", base_url="http://127.0.0.1:9")
    for dotted in FACADE_METHODS[api].values():
        sync_params = inspect.signature(_resolve(sync_client, dotted)).parameters
        async_params = inspect.signature(_resolve(async_client, dotted)).parameters
        assert list(sync_params) == list(async_params), dotted


def test_import_loads_no_generated_module() -> None:
    code = (
        "import sys, sesamy_facade; "
        "print([m for m in sys.modules if m.startswith('sesamy_client_api') "
        "or m.startswith('sesamy_management_api')])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_missing_credentials_raise_a_clear_error(clear_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="SESAMY_TOKEN"):
        SesamyClient()


def test_token_comes_from_the_environment(
    clear_env: pytest.MonkeyPatch, server: Any
) -> None:
    clear_env.setenv("SESAMY_TOKEN", "env-token")
    clear_env.setenv("SESAMY_BASE_URL", server.url)
    server.script("GET", "/user-metadata", server.reply(200, {}))
    with SesamyClient() as client:
        client.user_metadata.list()
    assert server.received("GET", "/user-metadata")[0].headers["authorization"] == (
        "Bearer env-token"
    )


def test_client_credentials_come_from_the_environment(
    clear_env: pytest.MonkeyPatch,
) -> None:
    clear_env.setenv("SESAMY_CLIENT_ID", "cid")
    clear_env.setenv("SESAMY_CLIENT_SECRET", "csecret")
    client = SesamyManagement()
    assert "client_id='cid'" in repr(client)
    assert "csecret" not in repr(client)


def test_half_of_the_client_credentials_is_an_error(
    clear_env: pytest.MonkeyPatch,
) -> None:
    clear_env.setenv("SESAMY_CLIENT_ID", "cid")
    with pytest.raises(ValueError, match="SESAMY_CLIENT_SECRET"):
        SesamyManagement()


@pytest.mark.parametrize(
    ("environment", "url"),
    [
        (None, "https://api2.sesamy.com"),
        ("production", "https://api2.sesamy.com"),
        ("staging", "https://staging-api.sesamy.com"),
    ],
)
def test_environment_selects_the_host(
    clear_env: pytest.MonkeyPatch, environment: str | None, url: str
) -> None:
    assert SesamyClient("t", environment=environment).base_url == url


def test_environment_comes_from_the_environment_variable(
    clear_env: pytest.MonkeyPatch,
) -> None:
    clear_env.setenv("SESAMY_ENVIRONMENT", "staging")
    assert SesamyClient("t").base_url == "https://staging-api.sesamy.com"


def test_base_url_overrides_the_environment(clear_env: pytest.MonkeyPatch) -> None:
    client = SesamyClient("t", environment="staging", base_url="http://h:1/")
    assert client.base_url == "http://h:1"


def test_unknown_environment_is_refused(clear_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="unknown environment 'qa'"):
        SesamyClient("t", environment="qa")


def test_repr_hides_the_token() -> None:
    assert "s3cret" not in repr(SesamyClient("s3cret", base_url="http://h"))


def test_repr_of_client_credentials_masks_the_secret() -> None:
    text = repr(ClientCredentials("cid", "s3cret"))
    assert "s3cret" not in text
    assert "cid" in text


def test_requests_carry_identifying_headers(server: Any) -> None:
    server.script("GET", "/user-metadata", server.reply(200, {}))
    with SesamyClient("t", base_url=server.url) as client:
        client.user_metadata.list()
    headers = server.received("GET", "/user-metadata")[0].headers
    version = sesamy_facade.__version__
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert headers["user-agent"] == (
        f"sesamy-facade/{version} python/{python} httpx/{httpx.__version__}"
    )
    assert headers["x-sesamy-client"] == f"sesamy-facade/{version}"


def test_close_closes_the_own_pool() -> None:
    client = SesamyClient("t", base_url="http://127.0.0.1:9")
    with client:
        pass
    assert client._engine.http.is_closed


def test_injected_http_client_is_used_and_left_open(server: Any) -> None:
    seen: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    server.script("GET", "/user-metadata", server.reply(200, {}))
    with SesamyClient("t", base_url=server.url, http_client=http) as client:
        client.user_metadata.list()
    assert seen == ["/user-metadata"]
    assert not http.is_closed
    http.close()


def test_generated_escape_hatch_shares_auth_and_pool(server: Any) -> None:
    from sesamy_client_api.api.contracts import get_contract

    server.script("GET", "/contracts/c1", server.reply(200, CONTRACT))
    with SesamyClient("t", base_url=server.url) as client:
        response = get_contract.sync_detailed("c1", client=client.generated)
        assert client.generated.get_httpx_client() is client._engine.http
    assert response.status_code == 200
    assert server.received()[0].headers["authorization"] == "Bearer t"


def test_generated_escape_hatch_works_with_an_injected_client(server: Any) -> None:
    from sesamy_client_api.api.contracts import get_contract

    server.script("GET", "/contracts/c1", server.reply(200, CONTRACT))
    with (
        httpx.Client() as http,
        SesamyClient("t", base_url=server.url, http_client=http) as client,
    ):
        get_contract.sync_detailed("c1", client=client.generated)
    assert server.received()[0].headers["authorization"] == "Bearer t"


@pytest.mark.anyio
async def test_async_generated_escape_hatch_shares_auth(server: Any) -> None:
    from sesamy_client_api.api.contracts import get_contract

    server.script("GET", "/contracts/c1", server.reply(200, CONTRACT))
    async with AsyncSesamyClient("t", base_url=server.url) as client:
        contract = await get_contract.asyncio("c1", client=client.generated)
    assert contract is not None
    assert server.received()[0].headers["authorization"] == "Bearer t"


def test_per_call_timeout_applies(server: Any) -> None:
    server.script("GET", "/user-metadata", server.reply(200, {}, held=True))
    with (
        SesamyClient("t", base_url=server.url, max_retries=0) as client,
        pytest.raises(APITimeoutError, match="GET /user-metadata"),
    ):
        client.user_metadata.list(timeout=0.1)


def test_with_options_copies_the_client_with_another_timeout(server: Any) -> None:
    late = server.reply(200, {}, held=True)
    server.script("GET", "/user-metadata", late, server.reply(200, {}))
    with SesamyClient("t", base_url=server.url, max_retries=0) as client:
        quick = client.with_options(timeout=0.1)
        with pytest.raises(APITimeoutError):
            quick.user_metadata.list()
        assert client.user_metadata.list() is not None


@pytest.mark.anyio
async def test_async_per_call_timeout_applies(server: Any) -> None:
    server.script("GET", "/user-metadata", server.reply(200, {}, held=True))
    async with AsyncSesamyClient("t", base_url=server.url, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.user_metadata.list(timeout=0.1)


def test_default_timeout_is_five_seconds_to_connect_thirty_to_read() -> None:
    timeout = SesamyClient("t", base_url="http://h")._settings.timeout
    assert (timeout.connect, timeout.read) == (5.0, 30.0)
