"""Bearer tokens: where they come from, how long they are reused, how they are sent."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import logging
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import Any, TypeAlias, TypeGuard

import httpx

from ._jwt import expires_at
from ._responses import error_envelope, requested_wait
from ._retry import Retry, RetryState
from .errors import APIStatusError, AuthenticationError

__all__ = [
    "AsyncBearerAuth",
    "AuthSource",
    "ClientCredentials",
    "SyncBearerAuth",
    "TokenProvider",
    "TokenRetry",
    "check_header_value",
]

logger = logging.getLogger("sesamy_facade")

TokenCallable: TypeAlias = Callable[[], str] | Callable[[], Awaitable[str]]
AuthSource: TypeAlias = "str | ClientCredentials | TokenCallable"

# A token is not reused this close to its expiry: the request it goes out with
# still has to cross the network and be checked by the API.
EXPIRY_MARGIN = 30.0

# Answers that say the credentials themselves are wrong: asking again cannot help.
_REFUSALS = frozenset({400, 401, 403})


@dataclass(frozen=True)
class ClientCredentials:
    """
    OAuth 2.0 client credentials for server-to-server access (Management API).

    The facade exchanges them at `token_url` for a bearer token, caches it until
    shortly before it expires, and fetches a new one when the API refuses it.

    Args:
        client_id: The client ID issued by Sesamy.
        client_secret: The client secret; never shown in `repr`, logs or errors.
        token_url: The OAuth 2.0 token endpoint.
        audience: The API the token is for.
    """

    client_id: str
    client_secret: str = field(repr=False)
    token_url: str = "https://token.sesamy.com/oauth/token"
    audience: str = "https://api.sesamy.com"

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(client_id={self.client_id!r}, client_secret='***', "
            f"token_url={self.token_url!r}, audience={self.audience!r})"
        )


def check_header_value(name: str, value: str) -> str:
    """
    Refuse a header value that could split the request.

    Raises:
        ValueError: The value holds a CR, LF or NUL character.
    """
    if "\r" in value or "\n" in value or "\0" in value:
        raise ValueError(f"the {name} header value must not contain CR, LF or NUL")
    return value


@dataclass(frozen=True, slots=True)
class TokenRetry:
    """
    How a token fetch retries: the client's own `Retry` and `max_retries`.

    A client-credentials grant only issues a token, so it is safe to repeat: it is
    retried after connection failures, timeouts, 408, 429 and 5xx, never after
    400, 401 or 403 (the credentials were refused).
    """

    retry: Retry = field(default_factory=Retry)
    max_retries: int = 2


class _TokenCache:
    """The current token and the moment it stops being reused."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._token: str | None = None
        self._reuse_until: float | None = None

    def valid(self) -> str | None:
        if self._reuse_until is not None and self._clock() >= self._reuse_until:
            return None
        return self._token

    def store(self, token: str, reuse_until: float | None) -> None:
        self._token, self._reuse_until = token, reuse_until

    def drop(self, token: str) -> None:
        # Compare first: of several requests refused with the same token, only
        # the first drops it, and the others reuse the replacement.
        if self._token == token:
            self._token, self._reuse_until = None, None


class _Source:
    """Where fresh tokens come from; a fixed string is not refreshable."""

    refreshable = True

    def fetch_sync(
        self, http: httpx.Client, policy: TokenRetry
    ) -> tuple[str, float | None]:
        raise NotImplementedError

    async def fetch_async(
        self, http: httpx.AsyncClient, policy: TokenRetry
    ) -> tuple[str, float | None]:
        raise NotImplementedError


class _StaticSource(_Source):
    refreshable = False

    def __init__(self, token: str) -> None:
        self._token = check_header_value("Authorization", token)

    def fetch_sync(
        self, http: httpx.Client, policy: TokenRetry
    ) -> tuple[str, float | None]:
        return self._token, None

    async def fetch_async(
        self, http: httpx.AsyncClient, policy: TokenRetry
    ) -> tuple[str, float | None]:
        return self._token, None


class _CallableSource(_Source):
    def __init__(self, provide: TokenCallable) -> None:
        self._provide = provide

    def fetch_sync(
        self, http: httpx.Client, policy: TokenRetry
    ) -> tuple[str, float | None]:
        token = self._provide()
        if inspect.isawaitable(token):
            _discard(token)
            raise TypeError("an async token callable needs an async client")
        return _callable_token(token)

    async def fetch_async(
        self, http: httpx.AsyncClient, policy: TokenRetry
    ) -> tuple[str, float | None]:
        token = self._provide()
        if inspect.isawaitable(token):
            token = await token
        return _callable_token(token)


class _CredentialsSource(_Source):
    def __init__(self, credentials: ClientCredentials) -> None:
        self._credentials = credentials

    def fetch_sync(
        self, http: httpx.Client, policy: TokenRetry
    ) -> tuple[str, float | None]:
        request = self._request(http.build_request)
        retry = _retry_state(policy, request)
        while True:
            failure: httpx.HTTPError | None = None
            try:
                response = http.send(request, auth=None)
            except httpx.HTTPError as exc:
                failure = exc
            # Decided outside the `except` block: an error raised inside it would
            # keep the httpx exception, whose request holds the client secret in its
            # form body, reachable as `__context__`.
            if failure is not None:
                wait = _wait_after_failure(retry, request, failure)
            else:
                answered = _wait_after_answer(retry, response)
                if answered is None:
                    return _token_from(response)
                wait = answered
            if wait > 0:
                time.sleep(wait)

    async def fetch_async(
        self, http: httpx.AsyncClient, policy: TokenRetry
    ) -> tuple[str, float | None]:
        request = self._request(http.build_request)
        retry = _retry_state(policy, request)
        while True:
            failure: httpx.HTTPError | None = None
            try:
                response = await http.send(request, auth=None)
            except httpx.HTTPError as exc:
                failure = exc
            # Decided outside the `except` block: an error raised inside it would
            # keep the httpx exception, whose request holds the client secret in its
            # form body, reachable as `__context__`.
            if failure is not None:
                wait = _wait_after_failure(retry, request, failure)
            else:
                answered = _wait_after_answer(retry, response)
                if answered is None:
                    return _token_from(response)
                wait = answered
            if wait > 0:
                await asyncio.sleep(wait)

    def _request(self, build: Callable[..., httpx.Request]) -> httpx.Request:
        # RFC 6749 section 4.4.2: form-encoded client credentials grant.
        form = {
            "grant_type": "client_credentials",
            "client_id": self._credentials.client_id,
            "client_secret": self._credentials.client_secret,
            "audience": self._credentials.audience,
        }
        return build("POST", self._credentials.token_url, data=form)


class TokenProvider:
    """
    Hands out the current token; exactly one fetch of a new one runs at a time.

    Callers that need a token while a fetch runs wait for that fetch's outcome,
    its token or its error (after its retries), rather than start their own.

    Args:
        source: A token, a callable returning one (sync or async), or
            `ClientCredentials`.
    """

    def __init__(self, source: AuthSource) -> None:
        self._source = _source_for(source)
        self._cache = _TokenCache()
        self._thread_lock = threading.Lock()
        self._sync_flight: concurrent.futures.Future[str] | None = None
        self._async_flight: asyncio.Task[str] | None = None

    @property
    def refreshable(self) -> bool:
        """Whether a refused token can be replaced by a fresh one."""
        return self._source.refreshable

    def get_sync(self, http: httpx.Client, policy: TokenRetry | None = None) -> str:
        """
        The current token, fetched through `http` when there is none.

        Raises:
            AuthenticationError: No token could be obtained (after `policy`'s
                retries; the client defaults when it is `None`).
        """
        token = self._cache.valid()
        if token is not None:
            return token

        with self._thread_lock:
            token = self._cache.valid()
            if token is not None:
                return token
            flight = self._sync_flight
            if flight is None:
                flight = self._sync_flight = concurrent.futures.Future()
                leading = True
            else:
                leading = False
        if not leading:
            return flight.result()
        return self._lead_sync(flight, http, policy or TokenRetry())

    async def get_async(
        self, http: httpx.AsyncClient, policy: TokenRetry | None = None
    ) -> str:
        """
        The current token, fetched through `http` when there is none.

        Raises:
            AuthenticationError: No token could be obtained (after `policy`'s
                retries; the client defaults when it is `None`).
        """
        token = self._cache.valid()
        if token is not None:
            return token

        flight = self._async_flight
        if not _in_progress_here(flight):
            coroutine = self._fetch_async(http, policy or TokenRetry())
            flight = self._async_flight = asyncio.ensure_future(coroutine)
            flight.add_done_callback(_consume_error)
        # Shielded: a caller cancelled while waiting must not cancel the fetch that
        # the other callers are waiting for.
        return await asyncio.shield(flight)

    def invalidate(self, token: str) -> None:
        """Stop reusing a token the API refused."""
        self._cache.drop(token)

    def _lead_sync(
        self,
        flight: concurrent.futures.Future[str],
        http: httpx.Client,
        policy: TokenRetry,
    ) -> str:
        try:
            token, reuse_until = self._source.fetch_sync(http, policy)
            self._cache.store(token, reuse_until)
        except BaseException as exc:
            flight.set_exception(exc if isinstance(exc, Exception) else _interrupted())
            raise
        finally:
            with self._thread_lock:
                self._sync_flight = None
        flight.set_result(token)
        return token

    async def _fetch_async(self, http: httpx.AsyncClient, policy: TokenRetry) -> str:
        try:
            token, reuse_until = await self._source.fetch_async(http, policy)
        finally:
            if self._async_flight is asyncio.current_task():
                self._async_flight = None
        self._cache.store(token, reuse_until)
        return token


class SyncBearerAuth(httpx.Auth):
    """Sends the bearer token; replays a request once with a new token after a 401."""

    def __init__(
        self,
        provider: TokenProvider,
        http: httpx.Client,
        policy: TokenRetry | None = None,
    ) -> None:
        self._provider = provider
        self._http = http
        self._policy = policy or TokenRetry()

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._provider.get_sync(self._http, self._policy)
        response = yield _authorize(request, token)
        if not _should_replay(self._provider, response):
            return

        response.read()
        self._provider.invalidate(token)
        yield _authorize(request, self._provider.get_sync(self._http, self._policy))


class AsyncBearerAuth(httpx.Auth):
    """Sends the bearer token; replays a request once with a new token after a 401."""

    def __init__(
        self,
        provider: TokenProvider,
        http: httpx.AsyncClient,
        policy: TokenRetry | None = None,
    ) -> None:
        self._provider = provider
        self._http = http
        self._policy = policy or TokenRetry()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._provider.get_async(self._http, self._policy)
        response = yield _authorize(request, token)
        if not _should_replay(self._provider, response):
            return

        await response.aread()
        self._provider.invalidate(token)
        token = await self._provider.get_async(self._http, self._policy)
        yield _authorize(request, token)


def _source_for(source: AuthSource) -> _Source:
    if isinstance(source, str):
        return _StaticSource(source)
    if isinstance(source, ClientCredentials):
        return _CredentialsSource(source)
    if callable(source):
        return _CallableSource(source)
    raise TypeError(
        "auth must be a token string, a callable returning one, or ClientCredentials"
    )


def _authorize(request: httpx.Request, token: str) -> httpx.Request:
    check_header_value("Authorization", token)
    request.headers["Authorization"] = f"Bearer {token}"
    return request


def _should_replay(provider: TokenProvider, response: httpx.Response) -> bool:
    if response.status_code != 401 or not provider.refreshable:
        return False
    logger.info("Token refused with 401; fetching a new one and replaying once")
    return True


def _callable_token(token: object) -> tuple[str, float | None]:
    if not isinstance(token, str):
        raise TypeError(f"the token callable returned {type(token).__name__}, not str")
    if not token:
        raise AuthenticationError("the token callable returned an empty token")
    exp = expires_at(token)
    return token, None if exp is None else exp - EXPIRY_MARGIN


def _token_from(response: httpx.Response) -> tuple[str, float | None]:
    """The token and its reuse deadline from a token endpoint answer."""
    path = response.request.url.path
    if response.status_code != 200:
        raise _refused(response)

    try:
        body: Any = response.json()
    except ValueError:
        body = None
    token = body.get("access_token") if isinstance(body, dict) else None
    if not isinstance(token, str) or not token:
        raise AuthenticationError(
            "the token endpoint answered without an access_token",
            status_code=response.status_code,
            method="POST",
            path=path,
        )
    if not _fits_header(token):
        # Not the caller's mistake, so not the ValueError the header check raises.
        raise AuthenticationError(
            "the token endpoint answered an access_token with CR, LF or NUL",
            status_code=response.status_code,
            method="POST",
            path=path,
        )
    return token, _reuse_until(token, body.get("expires_in"))


def _fits_header(token: str) -> bool:
    try:
        check_header_value("Authorization", token)
    except ValueError:
        return False
    return True


def _reuse_until(token: str, expires_in: object) -> float | None:
    if isinstance(expires_in, int | float) and not isinstance(expires_in, bool):
        return time.time() + expires_in - min(EXPIRY_MARGIN, expires_in / 10)
    exp = expires_at(token)
    return None if exp is None else exp - EXPIRY_MARGIN


def _refused(response: httpx.Response) -> AuthenticationError:
    # The response is left out on purpose: its request holds the client secret.
    envelope = error_envelope(response)
    message = envelope.get("message") or response.reason_phrase or "token refused"
    code = envelope.get("code")
    status = response.status_code
    what = "refused the credentials" if status in _REFUSALS else f"answered {status}"
    return AuthenticationError(
        f"the token endpoint {what}: {message}",
        status_code=status,
        code=code if isinstance(code, str) else None,
        request_id=response.headers.get("x-request-id"),
        retry_after=requested_wait(response),
        method="POST",
        path=response.request.url.path,
    )


def _unreachable(request: httpx.Request, exc: httpx.HTTPError) -> AuthenticationError:
    # Raised outside any `except` block by the callers: the httpx exception's request
    # carries the form body with the client secret, and a chained cause or context
    # would keep it reachable.
    return AuthenticationError(
        f"the token endpoint could not be reached: {type(exc).__name__}: {exc}",
        method="POST",
        path=request.url.path,
    )


def _retry_state(policy: TokenRetry, request: httpx.Request) -> RetryState:
    # The retry line names the endpoint by scheme, host, port and path: never the
    # form body (it holds the secret), nor any user-info of the URL.
    url = request.url
    port = "" if url.port is None else f":{url.port}"
    endpoint = f"{url.scheme}://{url.host}{port}{url.path}"
    return RetryState(
        policy.retry, policy.max_retries, "POST", endpoint, repeatable=True
    )


def _wait_after_failure(
    retry: RetryState, request: httpx.Request, exc: httpx.HTTPError
) -> float:
    _log_attempt(request, type(exc).__name__, retry.attempt)
    wait = retry.wait_after_exception(exc)
    if wait is None:
        raise _unreachable(request, exc) from None
    return wait


def _wait_after_answer(retry: RetryState, response: httpx.Response) -> float | None:
    """The wait before asking again, or `None` to settle with this answer."""
    _log_attempt(response.request, str(response.status_code), retry.attempt)
    if response.status_code in _REFUSALS:
        return None
    try:
        return retry.wait_after_response(response)
    except APIStatusError:
        # It asked for a longer wait than `max_retry_after`. The facade's own error
        # replaces the one raised, whose response holds the secret; it is raised
        # after this block so that the replaced one is not kept as `__context__`.
        pass
    raise _refused(response)


def _log_attempt(request: httpx.Request, result: str, attempt: int) -> None:
    logger.debug(
        "POST %s -> %s (token endpoint, attempt %d)", request.url.path, result, attempt
    )


def _in_progress_here(flight: asyncio.Task[str] | None) -> TypeGuard[asyncio.Task[str]]:
    # A fetch running on another event loop cannot be awaited on this one.
    if flight is None or flight.done():
        return False
    return flight.get_loop() is asyncio.get_running_loop()


def _consume_error(flight: asyncio.Task[str]) -> None:
    # Marks a failed fetch's error as retrieved even when every caller waiting for
    # it was cancelled, so asyncio does not log it as never retrieved.
    if not flight.cancelled():
        flight.exception()


def _interrupted() -> AuthenticationError:
    return AuthenticationError("the token fetch was interrupted")


def _discard(awaitable: Awaitable[Any]) -> None:
    close = getattr(awaitable, "close", None)
    if close is not None:
        close()
