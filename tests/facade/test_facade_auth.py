"""Bearer tokens: every auth mode, caching, refresh, 401 replay, token errors."""

from __future__ import annotations

import asyncio
import logging
import sys
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


# Token endpoint retries: the client's `max_retries` and `Retry` apply to token
# fetches too; refused credentials are never asked again.

TOKEN = "/oauth/token"
ISSUED = {"access_token": "issued-token", "expires_in": 3600}


def _token_requests(server: Any) -> int:
    return len(server.received("POST", TOKEN))


def test_token_endpoint_503_then_a_token_is_ridden_out(server: Any) -> None:
    server.script("POST", TOKEN, server.reply(503), server.reply(200, ISSUED))
    server.script("GET", METADATA, server.reply(200, {}))
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        client.user_metadata.list()
    assert _token_requests(server) == 2
    assert _bearers(server) == ["Bearer issued-token"]


@pytest.mark.anyio
async def test_async_token_endpoint_503_then_a_token_is_ridden_out(
    server: Any,
) -> None:
    server.script("POST", TOKEN, server.reply(503), server.reply(200, ISSUED))
    server.script("GET", METADATA, server.reply(200, {}))
    async with AsyncSesamyClient(_credentials(server), base_url=server.url) as client:
        await client.user_metadata.list()
    assert _token_requests(server) == 2
    assert _bearers(server) == ["Bearer issued-token"]


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_token_endpoint_failing_is_asked_max_retries_plus_one_times(
    server: Any, status: int
) -> None:
    server.script("POST", TOKEN, server.reply(status, b"<html>down</html>"))
    with (
        SesamyManagement(_credentials(server), base_url=server.url, max_retries=3) as m,
        pytest.raises(AuthenticationError) as caught,
    ):
        m.users.get("u1")
    assert _token_requests(server) == 4
    assert caught.value.status_code == status
    assert server.received("GET") == []
    _assert_no_secret(caught.value)


@pytest.mark.anyio
async def test_async_token_endpoint_failing_is_asked_max_retries_plus_one_times(
    server: Any,
) -> None:
    server.script("POST", TOKEN, server.reply(500))
    async with AsyncSesamyManagement(
        _credentials(server), base_url=server.url, max_retries=3
    ) as m:
        with pytest.raises(AuthenticationError, match="500"):
            await m.users.get("u1")
    assert _token_requests(server) == 4


def test_token_fetch_follows_the_max_retries_of_with_options(server: Any) -> None:
    server.script("POST", TOKEN, server.reply(503))
    with SesamyManagement(_credentials(server), base_url=server.url) as mgmt:
        with pytest.raises(AuthenticationError):
            mgmt.with_options(max_retries=0).users.get("u1")
        assert _token_requests(server) == 1


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, "invalid_request"), (401, "invalid_client"), (403, "unauthorized_client")],
)
def test_refused_credentials_are_asked_once(
    server: Any, status: int, error: str
) -> None:
    body = {"error": error, "error_description": "Client authentication failed"}
    server.script("POST", TOKEN, server.reply(status, body))
    with (
        SesamyManagement(_credentials(server), base_url=server.url) as mgmt,
        pytest.raises(AuthenticationError, match="refused the credentials") as caught,
    ):
        mgmt.users.get("u1")
    assert _token_requests(server) == 1
    assert (caught.value.status_code, caught.value.code) == (status, error)
    assert "Client authentication failed" in str(caught.value)


@pytest.mark.anyio
async def test_async_refused_credentials_are_asked_once(server: Any) -> None:
    server.script("POST", TOKEN, server.reply(401, {"error": "invalid_client"}))
    async with AsyncSesamyManagement(_credentials(server), base_url=server.url) as m:
        with pytest.raises(AuthenticationError):
            await m.users.get("u1")
    assert _token_requests(server) == 1


def test_token_endpoint_retry_after_is_the_wait(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    busy = server.reply(429, {"error": "slow_down"}, {"Retry-After": "7"})
    server.script("POST", TOKEN, busy, server.reply(200, ISSUED))
    server.script("GET", METADATA, server.reply(200, {}))
    caplog.set_level(logging.INFO, logger="sesamy_facade")
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        client.user_metadata.list()
    [line] = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert " in 7.00 s " in line
    assert _token_requests(server) == 2


def test_token_endpoint_retry_after_beyond_the_limit_raises_at_once(
    server: Any,
) -> None:
    busy = server.reply(429, {"error": "slow_down"}, {"Retry-After": "120"})
    server.script("POST", TOKEN, busy)
    with (
        SesamyClient(_credentials(server), base_url=server.url) as client,
        pytest.raises(AuthenticationError, match="429") as caught,
    ):
        client.user_metadata.list()
    assert caught.value.retry_after == 120
    assert caught.value.response is None
    assert _token_requests(server) == 1


def test_unreachable_token_endpoint_is_retried(
    server: Any, dead_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    credentials = ClientCredentials("cid", SECRET, token_url=dead_url + TOKEN)
    caplog.set_level(logging.DEBUG, logger="sesamy_facade")
    with (
        SesamyManagement(credentials, base_url=server.url, max_retries=1) as mgmt,
        pytest.raises(AuthenticationError, match="could not be reached"),
    ):
        mgmt.users.get("u1")
    attempts = [r for r in caplog.records if "(token endpoint, attempt" in r.msg]
    assert len(attempts) == 2


def test_token_retry_logs_one_info_line_naming_host_and_cause(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(
        "POST", TOKEN, server.reply(503), server.reply(502), server.reply(200, ISSUED)
    )
    server.script("GET", METADATA, server.reply(200, {}))
    caplog.set_level(logging.DEBUG, logger="sesamy_facade")
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        client.user_metadata.list()
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(infos) == 2
    assert infos[0].startswith(f"Retrying POST {server.token_url} in ")
    assert infos[0].endswith("after 503")
    assert infos[1].endswith("after 502")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert SECRET not in text
    assert "client_secret" not in text
    assert "issued-token" not in text


def _all_inside(threads: list[threading.Thread], function: str) -> bool:
    """Whether every thread is running `function` (somewhere on its stack)."""
    frames = sys._current_frames()

    def inside(thread: threading.Thread) -> bool:
        frame = frames.get(thread.ident or 0)
        while frame is not None:
            if frame.f_code.co_name == function:
                return True
            frame = frame.f_back
        return False

    return all(inside(thread) for thread in threads)


def test_64_threads_share_one_failed_token_fetch(server: Any) -> None:
    threads: list[threading.Thread] = []
    first = threading.Event()

    def token_endpoint(request: Any) -> Any:
        # The first answer waits until all 64 threads are inside the token lookup,
        # so every one of them joins the fetch in flight, however slow the machine.
        if not first.is_set():
            first.set()
            deadline = time.monotonic() + 20
            while not _all_inside(threads, "get_sync") and time.monotonic() < deadline:
                time.sleep(0.01)
        return server.reply(503)

    server.handle("POST", TOKEN, token_endpoint)
    errors: list[BaseException] = []
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        barrier = threading.Barrier(64)

        def work() -> None:
            barrier.wait()
            try:
                client.user_metadata.list()
            except BaseException as exc:  # noqa: BLE001 - the outcome under test
                errors.append(exc)

        threads.extend(threading.Thread(target=work) for _ in range(64))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert len(errors) == 64
    assert all(isinstance(error, AuthenticationError) for error in errors)
    assert _token_requests(server) == 3


@pytest.mark.anyio
async def test_64_tasks_share_one_failed_token_fetch(server: Any) -> None:
    server.script("POST", TOKEN, server.reply(503, delay=0.1))
    async with AsyncSesamyClient(_credentials(server), base_url=server.url) as client:
        calls = (client.user_metadata.list() for _ in range(64))
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert all(isinstance(result, AuthenticationError) for result in results)
    assert _token_requests(server) == 3


def test_a_failed_token_fetch_is_not_remembered(server: Any) -> None:
    server.script("POST", TOKEN, server.reply(503), server.reply(200, ISSUED))
    server.script("GET", METADATA, server.reply(200, {}))
    with SesamyClient(_credentials(server), base_url=server.url) as client:
        with pytest.raises(AuthenticationError):
            client.with_options(max_retries=0).user_metadata.list()
        client.user_metadata.list()
    assert _bearers(server) == ["Bearer issued-token"]


@pytest.mark.anyio
async def test_a_cancelled_waiter_does_not_cancel_the_shared_token_fetch(
    server: Any,
) -> None:
    answer = threading.Event()

    def issue_when_told(request: Any) -> Any:
        answer.wait(timeout=10)
        return server.reply(200, ISSUED)

    server.handle("POST", TOKEN, issue_when_told)
    server.script("GET", METADATA, server.reply(200, {}))
    async with AsyncSesamyClient(_credentials(server), base_url=server.url) as client:
        first = asyncio.ensure_future(client.user_metadata.list())
        second = asyncio.ensure_future(client.user_metadata.list())
        # Cancel while the shared fetch is held at the token endpoint.
        await asyncio.to_thread(server.wait_for_requests, 1)
        first.cancel()
        answer.set()
        await second
    assert first.cancelled()
    assert _token_requests(server) == 1
    assert _bearers(server) == ["Bearer issued-token"]
