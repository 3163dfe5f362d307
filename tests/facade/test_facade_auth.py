"""Bearer tokens: every auth mode, caching, refresh, 401 replay, token errors."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from sesamy_facade import (
    AsyncSesamyClient,
    AsyncSesamyManagement,
    ClientCredentials,
    SesamyClient,
    SesamyManagement,
)
from sesamy_facade.errors import AuthenticationError

SECRET = "very-secret-value"
METADATA = "/user-metadata"


def _credentials(server: Any) -> ClientCredentials:
    return ClientCredentials("cid", SECRET, token_url=server.token_url)


def _bearers(server: Any) -> list[str]:
    return [r.headers.get("authorization", "") for r in server.received("GET")]


def test_static_token_is_sent_as_bearer(server: Any) -> None:
    server.script("GET", METADATA, server.reply(200, {}))
    with SesamyClient("abc", base_url=server.url) as client:
        client.user_metadata.list()
    assert _bearers(server) == ["Bearer abc"]


def test_token_callable_is_called_once_and_reused(server: Any) -> None:
    calls: list[int] = []

    def provide() -> str:
        calls.append(1)
        return "from-callable"

    server.script("GET", METADATA, server.reply(200, {}))
    with SesamyClient(provide, base_url=server.url) as client:
        client.user_metadata.list()
        client.user_metadata.list()
    assert len(calls) == 1
    assert _bearers(server) == ["Bearer from-callable"] * 2


def test_jwt_from_callable_is_not_reused_near_its_expiry(
    server: Any, jwt: Callable[..., str]
) -> None:
    tokens = iter([jwt(exp=time.time() + 10), jwt(exp=time.time() + 3600)])
    issued: list[str] = []

    def provide() -> str:
        issued.append(next(tokens))
        return issued[-1]

    server.script("GET", METADATA, server.reply(200, {}))
    with SesamyClient(provide, base_url=server.url) as client:
        client.user_metadata.list()
        client.user_metadata.list()
        client.user_metadata.list()
    assert _bearers(server) == [f"Bearer {issued[0]}"] + [f"Bearer {issued[1]}"] * 2


@pytest.mark.anyio
async def test_async_token_callable_is_awaited(server: Any) -> None:
    async def provide() -> str:
        await asyncio.sleep(0)
        return "async-token"

    server.script("GET", METADATA, server.reply(200, {}))
    async with AsyncSesamyClient(provide, base_url=server.url) as client:
        await client.user_metadata.list()
    assert _bearers(server) == ["Bearer async-token"]


def test_async_token_callable_on_a_sync_client_is_refused(server: Any) -> None:
    async def provide() -> str:
        return "never"

    with (
        SesamyClient(provide, base_url=server.url) as client,
        pytest.raises(TypeError, match="async client"),
    ):
        client.user_metadata.list()
    assert server.requests == []


def test_token_with_a_line_break_is_refused_before_sending(server: Any) -> None:
    with (
        SesamyClient(lambda: "abc\r\nX-Evil: 1", base_url=server.url) as client,
        pytest.raises(ValueError, match="CR, LF"),
    ):
        client.user_metadata.list()
    assert server.requests == []


def test_client_credentials_post_the_grant_form(server: Any) -> None:
    server.script("GET", METADATA, server.reply(200, {}))
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        client.user_metadata.list()
    form = server.received("POST", "/oauth/token")[0].form()
    assert form == {
        "grant_type": "client_credentials",
        "client_id": "cid",
        "client_secret": SECRET,
        "audience": "https://api.sesamy.com",
    }
    assert _bearers(server) == ["Bearer token-1"]


def test_client_credentials_token_is_cached(server: Any) -> None:
    server.script("GET", METADATA, server.reply(200, {}))
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        for _ in range(3):
            client.user_metadata.list()
    assert server.token_requests == 1


def test_client_credentials_token_is_refreshed_before_it_expires(server: Any) -> None:
    server.token_expires_in = 1
    server.script("GET", METADATA, server.reply(200, {}))
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        client.user_metadata.list()
        time.sleep(1.0)
        client.user_metadata.list()
    assert _bearers(server) == ["Bearer token-1", "Bearer token-2"]


def test_64_threads_share_one_token_request(server: Any) -> None:
    server.token_delay = 0.2
    server.script("GET", METADATA, server.reply(200, {}))
    errors: list[BaseException] = []
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        barrier = threading.Barrier(64)

        def work() -> None:
            barrier.wait()
            try:
                client.user_metadata.list()
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(64)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert errors == []
    assert server.token_requests == 1
    assert set(_bearers(server)) == {"Bearer token-1"}


@pytest.mark.anyio
async def test_64_tasks_share_one_token_request(server: Any) -> None:
    server.token_delay = 0.2
    server.script("GET", METADATA, server.reply(200, {}))
    async with AsyncSesamyClient(_credentials(server), base_url=server.url) as client:
        await asyncio.gather(*(client.user_metadata.list() for _ in range(64)))
    assert server.token_requests == 1
    assert len(_bearers(server)) == 64


def test_401_drops_the_token_and_replays_once(server: Any) -> None:
    server.script("GET", METADATA, server.reply(401), server.reply(200, {}))
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        client.user_metadata.list()
    assert _bearers(server) == ["Bearer token-1", "Bearer token-2"]


def test_second_401_after_replay_raises(server: Any) -> None:
    server.script("GET", METADATA, server.reply(401))
    with (
        SesamyClient(_credentials(server), base_url=server.url) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.user_metadata.list()
    assert len(server.received("GET")) == 2
    assert caught.value.status_code == 401


def test_401_with_a_static_token_is_not_replayed(server: Any) -> None:
    server.script("GET", METADATA, server.reply(401))
    with (
        SesamyClient("fixed", base_url=server.url) as client,
        pytest.raises(AuthenticationError),
    ):
        client.user_metadata.list()
    assert len(server.received("GET")) == 1


@pytest.mark.anyio
async def test_async_401_drops_the_token_and_replays_once(server: Any) -> None:
    server.script("GET", METADATA, server.reply(401), server.reply(200, {}))
    async with AsyncSesamyClient(_credentials(server), base_url=server.url) as client:
        await client.user_metadata.list()
    assert _bearers(server) == ["Bearer token-1", "Bearer token-2"]


def _assert_no_secret(exc: BaseException) -> None:
    seen = [str(exc), repr(exc), *map(str, exc.args)]
    cause = exc.__cause__ or exc.__context__
    assert all(SECRET not in text for text in seen)
    assert cause is None or SECRET not in repr(vars(cause))


def test_token_endpoint_error_becomes_authentication_error(server: Any) -> None:
    server.script(
        "POST",
        "/oauth/token",
        server.reply(401, {"error": "invalid_client", "error_description": "Bad"}),
    )
    with (
        SesamyManagement(_credentials(server), base_url=server.url) as mgmt,
        pytest.raises(AuthenticationError) as caught,
    ):
        mgmt.users.get("u1")
    error = caught.value
    assert (error.status_code, error.code) == (401, "invalid_client")
    assert "Bad" in str(error)
    assert error.response is None
    _assert_no_secret(error)
    assert server.received("GET") == []


def test_token_endpoint_non_json_answer_becomes_authentication_error(
    server: Any,
) -> None:
    server.script("POST", "/oauth/token", server.reply(500, b"<html>oops</html>"))
    with (
        SesamyManagement(_credentials(server), base_url=server.url) as mgmt,
        pytest.raises(AuthenticationError, match="500") as caught,
    ):
        mgmt.users.get("u1")
    _assert_no_secret(caught.value)


def test_token_endpoint_without_access_token_is_an_authentication_error(
    server: Any,
) -> None:
    server.script("POST", "/oauth/token", server.reply(200, {"token_type": "Bearer"}))
    with (
        SesamyManagement(_credentials(server), base_url=server.url) as mgmt,
        pytest.raises(AuthenticationError, match="access_token"),
    ):
        mgmt.users.get("u1")


def test_unreachable_token_endpoint_becomes_authentication_error(
    server: Any, dead_url: str
) -> None:
    credentials = ClientCredentials("cid", SECRET, token_url=dead_url + "/oauth/token")
    with (
        SesamyManagement(credentials, base_url=server.url) as mgmt,
        pytest.raises(AuthenticationError, match="could not be reached") as caught,
    ):
        mgmt.users.get("u1")
    assert caught.value.status_code is None
    assert caught.value.__cause__ is None
    _assert_no_secret(caught.value)


@pytest.mark.anyio
async def test_async_token_endpoint_error_becomes_authentication_error(
    server: Any,
) -> None:
    server.script("POST", "/oauth/token", server.reply(400, {"error": "invalid_grant"}))
    async with AsyncSesamyManagement(_credentials(server), base_url=server.url) as m:
        with pytest.raises(AuthenticationError) as caught:
            await m.users.get("u1")
    assert caught.value.code == "invalid_grant"
    _assert_no_secret(caught.value)


def test_secret_and_token_never_reach_the_logs(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("GET", METADATA, server.reply(401), server.reply(200, {}))
    caplog.set_level(logging.DEBUG, logger="sesamy_facade")
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        client.user_metadata.list()
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /user-metadata" in text
    assert SECRET not in text
    assert "token-1" not in text
    assert "token-2" not in text


def test_token_claims_are_decoded(server: Any, jwt: Callable[..., str]) -> None:
    token = jwt(sub="u1", vendor_id="acme", exp=4102444800)
    with SesamyClient(token, base_url=server.url) as client:
        claims = client.token_claims()
    assert claims == {"sub": "u1", "vendor_id": "acme", "exp": 4102444800}


@pytest.mark.anyio
async def test_async_token_claims_fetch_a_token_first(
    server: Any, jwt: Callable[..., str]
) -> None:
    server.script(
        "POST", "/oauth/token", server.reply(200, {"access_token": jwt(sub="svc")})
    )
    async with AsyncSesamyClient(_credentials(server), base_url=server.url) as client:
        assert await client.token_claims() == {"sub": "svc"}


def test_token_claims_of_an_opaque_token_raise_value_error(server: Any) -> None:
    with (
        SesamyClient("opaque", base_url=server.url) as client,
        pytest.raises(ValueError, match="not a JWT"),
    ):
        client.token_claims()
