"""Retries, backoff, Retry-After, rate-limit headers and request logging."""

from __future__ import annotations

import email.utils
import logging
import re
import time
from collections.abc import Callable
from typing import Any

import pytest

from sesamy_facade import AsyncSesamyClient, Retry, SesamyClient
from sesamy_facade._retry import backoff
from sesamy_facade.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
)

TAGS = "/tags"


def _client(server: Any, **options: Any) -> SesamyClient:
    return SesamyClient("t", base_url=server.url, **options)


def _waits(caplog: pytest.LogCaptureFixture) -> list[float]:
    found = (re.search(r" in ([0-9.]+) s ", r.getMessage()) for r in caplog.records)
    return [float(m.group(1)) for m in found if m]


@pytest.mark.parametrize(
    ("method", "path", "status", "attempts"),
    [
        ("GET", "/tags", 503, 3),
        ("GET", "/tags", 500, 3),
        ("GET", "/tags", 502, 3),
        ("GET", "/tags", 504, 3),
        ("GET", "/tags", 408, 3),
        ("GET", "/tags", 429, 3),
        ("GET", "/tags", 404, 1),
        ("GET", "/tags", 400, 1),
        ("DELETE", "/tags/a", 503, 3),
        ("PUT", "/user-metadata/k", 503, 3),
        ("POST", "/tags", 503, 1),
        ("POST", "/tags", 500, 1),
        ("POST", "/tags", 429, 3),
    ],
)
def test_retry_matrix(
    server: Any, method: str, path: str, status: int, attempts: int
) -> None:
    server.script(method, path, server.reply(status))
    calls: dict[str, Callable[[SesamyClient], object]] = {
        "GET": lambda c: list(c.tags.list()),
        "DELETE": lambda c: c.tags.remove("a"),
        "PUT": lambda c: c.user_metadata.set("k", "v"),
        "POST": lambda c: c.tags.add(tag="a"),
    }
    with _client(server) as client, pytest.raises(APIStatusError):
        calls[method](client)
    assert len(server.received(method, path)) == attempts


def test_retry_succeeds_when_the_server_recovers(server: Any) -> None:
    server.script("GET", TAGS, server.reply(503), server.reply(200, ["a"]))
    with _client(server) as client:
        assert list(client.tags.list()) == ["a"]
    assert len(server.requests) == 2


def test_max_retries_bounds_the_attempts(server: Any) -> None:
    server.script("GET", TAGS, server.reply(503))
    with _client(server, max_retries=5) as client, pytest.raises(ServerError):
        list(client.tags.list())
    assert len(server.requests) == 6


def test_max_retries_zero_sends_once(server: Any) -> None:
    server.script("GET", TAGS, server.reply(503))
    with _client(server, max_retries=0) as client, pytest.raises(ServerError):
        list(client.tags.list())
    assert len(server.requests) == 1


def test_connect_failure_is_retried_even_for_post(dead_url: str) -> None:
    attempts: list[str] = []
    with SesamyClient("t", base_url=dead_url, max_retries=2) as client:
        hooks = client._engine.http.event_hooks["request"]
        hooks.append(lambda r: attempts.append(r.method))
        with pytest.raises(APIConnectionError):
            client.tags.add(tag="a")
    assert attempts == ["POST"] * 3


def test_read_timeout_is_retried_for_get(server: Any) -> None:
    server.script("GET", TAGS, server.reply(200, [], held=True), server.reply(200, []))
    with _client(server, timeout=0.1) as client:
        assert list(client.tags.list()) == []
    assert len(server.requests) == 2


def test_read_timeout_is_not_retried_for_post(server: Any) -> None:
    server.script("POST", TAGS, server.reply(204, held=True))
    with _client(server, timeout=0.1) as client, pytest.raises(APITimeoutError):
        client.tags.add(tag="a")
    # The client gave up after 0.1 s, maybe before the server's thread recorded
    # the request: wait for it rather than count too early.
    assert len(server.wait_for_requests(1)) == 1


def test_retry_after_seconds_is_honoured(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sesamy_facade")
    server.script(
        "GET",
        TAGS,
        server.reply(503, headers={"Retry-After": "7"}),
        server.reply(200, []),
    )
    with _client(server) as client:
        list(client.tags.list())
    assert _waits(caplog) == [7.0]


def test_retry_after_http_date_is_honoured(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sesamy_facade")
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    server.script(
        "GET",
        TAGS,
        server.reply(429, headers={"Retry-After": when}),
        server.reply(200, []),
    )
    with _client(server) as client:
        list(client.tags.list())
    [wait] = _waits(caplog)
    assert 17 <= wait <= 20


def test_retry_after_in_a_429_body_is_honoured(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sesamy_facade")
    body = {"error": {"code": "rate_limit_exceeded", "retry_after": 3}}
    server.script("POST", TAGS, server.reply(429, body), server.reply(204))
    with _client(server) as client:
        client.tags.add(tag="a")
    assert _waits(caplog) == [3.0]


def test_rate_limit_reset_header_is_honoured(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sesamy_facade")
    reset = str(int(time.time()) + 12)
    server.script(
        "GET",
        TAGS,
        server.reply(429, headers={"X-RateLimit-Reset": reset}),
        server.reply(200, []),
    )
    with _client(server) as client:
        list(client.tags.list())
    [wait] = _waits(caplog)
    assert 10 <= wait <= 12


def test_wait_beyond_max_retry_after_raises_at_once(server: Any) -> None:
    server.script("GET", TAGS, server.reply(429, headers={"Retry-After": "120"}))
    retry = Retry(max_retry_after=30)
    with (
        _client(server, retry=retry) as client,
        pytest.raises(RateLimitError) as caught,
    ):
        list(client.tags.list())
    assert caught.value.retry_after == 120
    assert len(server.requests) == 1


def test_long_retry_after_on_503_raises_its_own_error(server: Any) -> None:
    server.script("GET", TAGS, server.reply(503, headers={"Retry-After": "600"}))
    with _client(server) as client, pytest.raises(ServiceUnavailableError) as caught:
        list(client.tags.list())
    assert caught.value.retry_after == 600


def test_retry_timeout_budget_stops_retrying(server: Any) -> None:
    server.script("GET", TAGS, server.reply(503, headers={"Retry-After": "5"}))
    retry = Retry(retry_timeout=1.0)
    with (
        _client(server, retry=retry, max_retries=10) as client,
        pytest.raises(ServiceUnavailableError),
    ):
        list(client.tags.list())
    assert len(server.requests) == 1


def test_backoff_grows_exponentially_to_the_cap_without_jitter() -> None:
    waits = backoff(Retry(wait_initial=0.5, wait_max=3.0, wait_jitter=0.0))
    assert [next(waits) for _ in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_full_jitter_stays_between_zero_and_the_cap() -> None:
    retry = Retry(wait_initial=1.0, wait_max=4.0, wait_jitter=1.0)
    assert [next(backoff(retry, lambda: 0.0)) for _ in range(2)] == [0.0, 0.0]
    high = backoff(retry, lambda: 1.0)
    assert [next(high) for _ in range(4)] == [1.0, 2.0, 4.0, 4.0]


def test_retry_settings_are_validated() -> None:
    with pytest.raises(ValueError, match="wait_jitter"):
        Retry(wait_jitter=2.0)


def test_rate_limit_headers_are_readable(server: Any) -> None:
    headers = {
        "X-RateLimit-Limit": "300",
        "X-RateLimit-Remaining": "299",
        "X-RateLimit-Reset": "1700000000",
    }
    server.script("GET", TAGS, server.reply(200, [], headers))
    with _client(server) as client:
        before = client.rate_limit
        list(client.tags.list())
        limit = client.rate_limit
    assert before is None
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.reset) == (300, 299, 1700000000.0)


def test_each_request_is_logged_once_at_debug(
    server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="sesamy_facade")
    server.script("GET", TAGS, server.reply(503), server.reply(200, ["secret-tag"]))
    with SesamyClient("tok-123", base_url=server.url) as client:
        list(client.tags.list())
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert [re.sub(r"[0-9.]+ ms", "N ms", m) for m in debug] == [
        "GET /tags -> 503 in N ms (attempt 1)",
        "GET /tags -> 200 in N ms (attempt 2)",
    ]
    assert len(info) == 1
    assert "503" in info[0]
    assert "attempt 2 of 3" in info[0]
    everything = " ".join(debug + info)
    assert "tok-123" not in everything
    assert "secret-tag" not in everything


@pytest.mark.anyio
async def test_async_retries_follow_the_same_rules(server: Any) -> None:
    server.script("GET", TAGS, server.reply(503))
    server.script("POST", TAGS, server.reply(503))
    async with AsyncSesamyClient("t", base_url=server.url) as client:
        with pytest.raises(ServerError):
            [tag async for tag in client.tags.list()]
        with pytest.raises(ServerError):
            await client.tags.add(tag="a")
    assert len(server.received("GET")) == 3
    assert len(server.received("POST")) == 1


@pytest.mark.anyio
async def test_async_rate_limit_wait_beyond_max_raises(server: Any) -> None:
    server.script("GET", TAGS, server.reply(429, headers={"Retry-After": "999"}))
    async with AsyncSesamyClient("t", base_url=server.url) as client:
        with pytest.raises(RateLimitError):
            [tag async for tag in client.tags.list()]
    assert len(server.requests) == 1
