"""
Build, send and read one operation's requests; the sync and async engines.

Everything that is not I/O lives in plain functions here (request building,
parsing, error mapping); `SyncEngine` and `AsyncEngine` are thin shells that send,
sleep and loop.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import json
import logging
import math
import re
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ._auth import AsyncBearerAuth, SyncBearerAuth, TokenProvider, TokenRetry
from ._deadline import aread_within, read_within
from ._operations import Operation, body_class, get_kwargs, model_class
from ._pagination import AsyncPager, PagerState, SyncPager
from ._responses import (
    RateLimit,
    non_json_media_type,
    rate_limit_of,
    status_error,
    transport_error,
    wire_path,
)
from ._retry import Retry, RetryState
from .errors import UnexpectedResponseError

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncEngine",
    "AsyncResource",
    "Settings",
    "SyncEngine",
    "SyncResource",
    "TimeoutArg",
    "checked_timeout",
    "given_query",
    "make_body",
]

logger = logging.getLogger("sesamy_facade")

TimeoutArg: TypeAlias = float | httpx.Timeout | None
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

_ENUM_ERROR = re.compile(r"^'(?P<value>.*)' is not a valid (?P<enum>\w+)$")
_DOT_SEGMENTS = frozenset({".", ".."})


@dataclass(frozen=True, slots=True)
class Settings:
    """What every request of one client shares."""

    base_url: str
    headers: dict[str, str]
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = 2
    retry: Retry = field(default_factory=Retry)


class Observed:
    """State shared by a client and its `with_options` copies."""

    def __init__(self) -> None:
        self.rate_limit: RateLimit | None = None


class _Enum:
    """Stands in for a generated enum, so a plain string passes through unchanged."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value


def make_body(operation: Operation, body: Any, fields: Mapping[str, Any]) -> Any:
    """
    The generated body model for an operation from `body=` or keyword fields.

    A plain string for an enum property becomes the generated enum, so callers
    need not import it: `status="ACTIVE"`.

    Raises:
        TypeError: Both or neither forms were given wrongly, or a keyword is not a
            property of the body.
        ValueError: A string is not one of its enum property's values.
    """
    cls = body_class(operation)
    if body is not None:
        if fields:
            raise TypeError("pass either body= or keyword arguments, not both")
        return _coerce_body(operation, cls, body)

    allowed = _init_names(cls)
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise TypeError(
            f"{operation.operation_id} has no body property {', '.join(unknown)}; "
            f"it takes {', '.join(sorted(allowed))}"
        )
    enums = _enum_fields(cls)
    if enums:
        fields = _with_enums(operation, enums, fields)
    try:
        return cls(**fields)
    except TypeError as exc:
        raise TypeError(f"{operation.operation_id}: {exc}") from exc


def checked_timeout(value: object) -> httpx.Timeout:
    """
    A timeout given in seconds or as an `httpx.Timeout`, checked before any request.

    Raises:
        TypeError: Neither a number nor an `httpx.Timeout`.
        ValueError: Not a positive, finite number of seconds.
    """
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("timeout must be a number of seconds or an httpx.Timeout")
    if not math.isfinite(value) or value <= 0:
        raise ValueError("timeout must be a positive, finite number of seconds")
    return httpx.Timeout(value)


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    settings: Settings,
    operation: Operation,
    path_args: tuple[str, ...],
    query: Mapping[str, Any],
    body: Any,
    timeout: TimeoutArg,
) -> httpx.Request:
    """The request for one call: generated `_get_kwargs`, our URL and headers."""
    for value in path_args:
        _check_path_value(value)
    kwargs = _request_kwargs(operation, path_args, query, body)
    headers = settings.headers
    if "headers" in kwargs:
        headers = {**headers, **kwargs["headers"]}
    return http.build_request(
        operation.method,
        settings.base_url + _escape_dot_segments(kwargs["url"]),
        params=kwargs.get("params"),
        json=kwargs.get("json"),
        content=kwargs.get("content"),
        headers=headers,
        timeout=settings.timeout if timeout is None else checked_timeout(timeout),
    )


def parse_result(operation: Operation, response: httpx.Response) -> Any:
    """The typed result of a successful answer."""
    kind = operation.kind
    if kind == "none":
        return None
    if kind == "text":
        return response.text

    body = _decode(operation, response)
    if kind == "one":
        return _parse_one(operation, _unwrap(body), response)
    if kind == "json":
        return body
    items = body.get("data") if isinstance(body, dict) else body
    if not isinstance(items, list):
        raise _unexpected(operation, response, "expected a JSON array")
    return parse_items(operation, items, response)


def parse_items(
    operation: Operation, raw: list[Any], response: httpx.Response
) -> list[Any]:
    """Parse the items of one page with the operation's model."""
    cls = model_class(operation)
    if cls is None:
        return raw
    from_dict = cls.from_dict
    try:
        return [from_dict(item) for item in raw]
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise _mismatch(operation, response, exc, raw) from exc


class _Engine:
    """The parts of an engine that do no I/O."""

    def __init__(
        self,
        settings: Settings,
        provider: TokenProvider,
        observed: Observed,
    ) -> None:
        self.settings = settings
        self.provider = provider
        self.observed = observed

    def _token_retry(self) -> TokenRetry:
        # Token fetches ride out transient failures under the same policy as calls.
        return TokenRetry(self.settings.retry, self.settings.max_retries)

    def _retry_state(self, request: httpx.Request) -> RetryState:
        settings = self.settings
        return RetryState(
            settings.retry, settings.max_retries, request.method, wire_path(request)
        )

    def _settle(self, response: httpx.Response) -> httpx.Response:
        rate_limit = rate_limit_of(response)
        if rate_limit is not None:
            self.observed.rate_limit = rate_limit
        if not response.is_success:
            raise status_error(response)
        return response

    def _pager_state(
        self, operation: Operation, page_size: int, max_items: int | None
    ) -> PagerState[Any]:
        return PagerState(
            operation.operation_id,
            functools.partial(parse_items, operation),
            paged=operation.paged,
            page_size=page_size,
            max_items=max_items,
        )


class SyncEngine(_Engine):
    """Sends requests with an `httpx.Client`: retries, auth, logging, errors."""

    def __init__(
        self,
        http: httpx.Client,
        settings: Settings,
        provider: TokenProvider,
        observed: Observed,
    ) -> None:
        super().__init__(settings, provider, observed)
        self.http = http
        self.auth = SyncBearerAuth(provider, http, self._token_retry())

    def call(
        self,
        operation: Operation,
        path_args: tuple[str, ...] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        timeout: TimeoutArg = None,
    ) -> Any:
        """Send one operation and return its typed result."""
        request = build_request(
            self.http, self.settings, operation, path_args, query or {}, body, timeout
        )
        return parse_result(operation, self.send(request))

    def pager(
        self,
        operation: Operation,
        path_args: tuple[str, ...],
        query: Mapping[str, Any],
        page_size: int,
        max_items: int | None,
        timeout: TimeoutArg,
        prefetch: int = 0,
    ) -> SyncPager[Any]:
        """A lazy pager over a list operation."""
        state = self._pager_state(operation, page_size, max_items)

        def fetch(offset: int, limit: int | None) -> httpx.Response:
            page_query = _page_query(operation, query, offset, limit)
            request = build_request(
                self.http,
                self.settings,
                operation,
                path_args,
                page_query,
                None,
                timeout,
            )
            return self.send(request)

        return SyncPager(state, fetch, prefetch)

    def send(self, request: httpx.Request) -> httpx.Response:
        """
        Send with retries and return a successful response.

        Raises:
            APIStatusError: The final answer was an error status.
            APIConnectionError: The final attempt got no response.
        """
        retry = self._retry_state(request)
        while True:
            try:
                response = self._send_once(request, retry.attempt, retry.deadline)
            except httpx.HTTPError as exc:
                wait = retry.wait_after_exception(exc)
                if wait is None:
                    raise _translated(exc, request) from exc
            else:
                wait = retry.wait_after_response(response)
                if wait is None:
                    return self._settle(response)
            if wait > 0:
                time.sleep(wait)

    def _send_once(
        self, request: httpx.Request, attempt: int, deadline: float | None
    ) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = self._send_within(request, deadline)
        except httpx.HTTPError as exc:
            _log_failure(request, exc, started, attempt)
            raise
        _log_response(request, response, started, attempt)
        return response

    def _send_within(
        self, request: httpx.Request, deadline: float | None
    ) -> httpx.Response:
        if deadline is None:
            return self.http.send(request, auth=self.auth)
        response = self.http.send(request, auth=self.auth, stream=True)
        read_within(response, deadline)
        return response


class AsyncEngine(_Engine):
    """Sends requests with an `httpx.AsyncClient`: retries, auth, logging, errors."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        settings: Settings,
        provider: TokenProvider,
        observed: Observed,
    ) -> None:
        super().__init__(settings, provider, observed)
        self.http = http
        self.auth = AsyncBearerAuth(provider, http, self._token_retry())

    async def call(
        self,
        operation: Operation,
        path_args: tuple[str, ...] = (),
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        timeout: TimeoutArg = None,
    ) -> Any:
        """Send one operation and return its typed result."""
        request = build_request(
            self.http, self.settings, operation, path_args, query or {}, body, timeout
        )
        return parse_result(operation, await self.send(request))

    def pager(
        self,
        operation: Operation,
        path_args: tuple[str, ...],
        query: Mapping[str, Any],
        page_size: int,
        max_items: int | None,
        timeout: TimeoutArg,
        prefetch: int = 0,
    ) -> AsyncPager[Any]:
        """A lazy async pager over a list operation."""
        state = self._pager_state(operation, page_size, max_items)

        async def fetch(offset: int, limit: int | None) -> httpx.Response:
            page_query = _page_query(operation, query, offset, limit)
            request = build_request(
                self.http,
                self.settings,
                operation,
                path_args,
                page_query,
                None,
                timeout,
            )
            return await self.send(request)

        return AsyncPager(state, fetch, prefetch)

    async def send(self, request: httpx.Request) -> httpx.Response:
        """
        Send with retries and return a successful response.

        Raises:
            APIStatusError: The final answer was an error status.
            APIConnectionError: The final attempt got no response.
        """
        retry = self._retry_state(request)
        while True:
            try:
                response = await self._send_once(request, retry.attempt, retry.deadline)
            except httpx.HTTPError as exc:
                wait = retry.wait_after_exception(exc)
                if wait is None:
                    raise _translated(exc, request) from exc
            else:
                wait = retry.wait_after_response(response)
                if wait is None:
                    return self._settle(response)
            if wait > 0:
                await asyncio.sleep(wait)

    async def _send_once(
        self, request: httpx.Request, attempt: int, deadline: float | None
    ) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = await self._send_within(request, deadline)
        except httpx.HTTPError as exc:
            _log_failure(request, exc, started, attempt)
            raise
        _log_response(request, response, started, attempt)
        return response

    async def _send_within(
        self, request: httpx.Request, deadline: float | None
    ) -> httpx.Response:
        if deadline is None:
            return await self.http.send(request, auth=self.auth)
        response = await self.http.send(request, auth=self.auth, stream=True)
        await aread_within(response, deadline)
        return response


def _translated(exc: httpx.HTTPError, request: httpx.Request) -> Exception:
    error = transport_error(exc, request)
    # An httpx error the table does not map (none is expected) goes out as itself.
    return exc if error is exc else error


def _log_response(
    request: httpx.Request, response: httpx.Response, started: float, attempt: int
) -> None:
    logger.debug(
        "%s %s -> %d in %.1f ms (attempt %d)",
        request.method,
        wire_path(request),
        response.status_code,
        (time.perf_counter() - started) * 1000,
        attempt,
    )


def _log_failure(
    request: httpx.Request, exc: Exception, started: float, attempt: int
) -> None:
    logger.debug(
        "%s %s -> %s after %.1f ms (attempt %d)",
        request.method,
        wire_path(request),
        type(exc).__name__,
        (time.perf_counter() - started) * 1000,
        attempt,
    )


def _page_query(
    operation: Operation, query: Mapping[str, Any], offset: int, limit: int | None
) -> Mapping[str, Any]:
    if not operation.paged:
        return query
    return {**query, "limit": limit, "offset": offset}


def _request_kwargs(
    operation: Operation,
    path_args: tuple[str, ...],
    query: Mapping[str, Any],
    body: Any,
) -> dict[str, Any]:
    if operation.body == "text":
        return _text_kwargs(operation, path_args, body)
    for name, value in query.items():
        _check_query_value(operation, name, value)
    if operation.enums:
        query = {
            name: _Enum(value)
            if name in operation.enums and isinstance(value, str)
            else value
            for name, value in query.items()
        }
    extra = {"body": body} if operation.body is not None else {}
    try:
        kwargs: dict[str, Any] = get_kwargs(operation)(*path_args, **query, **extra)
    except AttributeError as exc:
        # A nested body value given as a dict instead of its generated model.
        raise TypeError(
            f"{operation.operation_id}: nested body values must be generated "
            f"model instances ({exc})"
        ) from exc
    return kwargs


def _text_kwargs(
    operation: Operation, path_args: tuple[str, ...], body: Any
) -> dict[str, Any]:
    # Built here rather than by the generated module: for text/plain bodies the
    # generator (0.29.1) emits `body.payload`, which a `str` does not have.
    if not isinstance(body, str):
        raise TypeError(f"{operation.operation_id} sends a str value")
    segments = iter(quote(value, safe="") for value in path_args)
    url = re.sub(r"\{[^}]+\}", lambda _: next(segments), operation.path)
    return {
        "method": operation.method,
        "url": url,
        "content": body.encode("utf-8"),
        "headers": {"Content-Type": "text/plain; charset=utf-8"},
    }


def _check_path_value(value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"path parameters are str, not {type(value).__name__}")
    if not value:
        # An empty segment would address a different resource (often the list).
        raise ValueError("path parameters must not be empty")


def _check_query_value(operation: Operation, name: str, value: object) -> None:
    # Every query parameter of both specs is a string, a number or an enum (a str
    # subclass); anything else would be sent as its Python repr, or repeated.
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return
    raise TypeError(
        f"{operation.operation_id}: {name} takes a str or a number, "
        f"not {type(value).__name__}"
    )


def _escape_dot_segments(url: str) -> str:
    # The generated code quotes each path parameter with safe="", so "/", "?" and
    # "#" cannot leave their segment; "." and ".." survive quoting, and URL
    # normalisation (RFC 3986 section 5.2.4) would resolve them. The templates
    # hold no dot segments of their own, so any found came from a parameter.
    if "/." not in url:
        return url
    return "/".join(
        segment.replace(".", "%2E") if segment in _DOT_SEGMENTS else segment
        for segment in url.split("/")
    )


def _coerce_body(operation: Operation, cls: Any, body: Any) -> Any:
    if isinstance(body, cls):
        return body
    if isinstance(body, Mapping):
        try:
            return cls.from_dict(body)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise ValueError(
                f"{operation.operation_id}: the body mapping does not fit "
                f"{cls.__name__}: {exc!r}"
            ) from exc
    raise TypeError(
        f"{operation.operation_id}: body must be a {cls.__name__} or a mapping"
    )


@functools.cache
def _init_names(cls: type) -> frozenset[str]:
    # Imported here: attrs is needed only once a generated model is, and keeping it
    # out of module scope keeps `import sesamy_facade` cheap.
    import attrs

    return frozenset(a.name for a in attrs.fields(cls) if a.init)


@functools.cache
def _enum_fields(cls: type) -> Mapping[str, type[enum.Enum]]:
    """The init parameters of a generated model whose type is one of its enums."""
    import attrs

    # The generated models import their enums at module level (nested models only
    # under TYPE_CHECKING, which is why typing.get_type_hints cannot be used), so
    # an annotation such as "CreateGrantStatus | Unset" resolves in that module.
    namespace = vars(sys.modules[cls.__module__])
    found = {}
    for attribute in attrs.fields(cls):
        annotation = attribute.type
        if not attribute.init or not isinstance(annotation, str):
            continue
        for name in annotation.split("|"):
            candidate = namespace.get(name.strip())
            if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                found[attribute.name] = candidate
    return found


def _with_enums(
    operation: Operation,
    enums: Mapping[str, type[enum.Enum]],
    fields: Mapping[str, Any],
) -> dict[str, Any]:
    converted = dict(fields)
    for name, enum_type in enums.items():
        value = converted.get(name)
        if isinstance(value, str):
            converted[name] = _enum_member(operation, name, enum_type, value)
    return converted


def _enum_member(
    operation: Operation, name: str, enum_type: type[enum.Enum], value: str
) -> enum.Enum:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_type)
        raise ValueError(
            f"{operation.operation_id}: {name} takes one of {allowed}, not {value!r}"
        ) from None


def _decode(operation: Operation, response: httpx.Response) -> Any:
    media = non_json_media_type(response)
    if media is not None:
        raise _unexpected(operation, response, f"the body is {media}, not JSON")
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise _unexpected(operation, response, "the body is not JSON") from exc


def _unwrap(body: Any) -> Any:
    # The docs describe a success envelope {"data": ..., "meta": {...}}; the spec
    # describes bare objects. Accept both.
    if isinstance(body, dict) and "data" in body and set(body) <= {"data", "meta"}:
        return body["data"]
    return body


def _parse_one(operation: Operation, body: Any, response: httpx.Response) -> Any:
    cls = model_class(operation)
    try:
        return cls.from_dict(body)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise _mismatch(operation, response, exc, body) from exc


def _mismatch(
    operation: Operation, response: httpx.Response, exc: Exception, body: Any
) -> UnexpectedResponseError:
    if isinstance(exc, KeyError) and exc.args:
        name = str(exc.args[0])
        return _unexpected(operation, response, "a required field is missing", name)
    found = _ENUM_ERROR.match(str(exc))
    if found:
        message = f"{found['value']!r} is not a known {found['enum']} value"
        return _unexpected(
            operation, response, message, _key_holding(body, found["value"])
        )
    return _unexpected(operation, response, f"the body does not fit the spec: {exc}")


def _unexpected(
    operation: Operation,
    response: httpx.Response,
    message: str,
    field_name: str | None = None,
) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        message,
        operation=operation.operation_id,
        field=field_name,
        body=response.content,
        response=response,
    )


def _key_holding(value: Any, wanted: str, prefix: str = "") -> str | None:
    """The dotted path of the first key whose value is `wanted`, if any."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _key_holding(item, wanted, f"{prefix}[{index}]")
            if found:
                return found
    if not isinstance(value, dict):
        return None
    for key, item in value.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if item == wanted:
            return path
        found = _key_holding(item, wanted, path)
        if found:
            return found
    return None


def given_query(**values: Any) -> dict[str, Any]:
    """The query arguments that were given (the generated code cannot take None)."""
    return {name: value for name, value in values.items() if value is not None}


class SyncResource:
    """The base of every sync resource: one engine, shared with its client."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine


class AsyncResource:
    """The base of every async resource: one engine, shared with its client."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
