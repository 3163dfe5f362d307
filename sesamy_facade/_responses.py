"""Turn responses and transport failures into results, errors and rate limits."""

from __future__ import annotations

import datetime
import email.utils
import json
import math
import time
from dataclasses import dataclass
from typing import Any

import httpx

from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    ValidationError,
)

__all__ = [
    "RateLimit",
    "error_envelope",
    "non_json_media_type",
    "rate_limit_of",
    "requested_wait",
    "status_error",
    "transport_error",
    "wire_path",
]

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}

# Checked in order: the first class the exception is an instance of wins, so the
# narrow timeout classes come before the transport errors they derive from.
_TransportRow = tuple[type[httpx.HTTPError], type[APIConnectionError]]
_TRANSPORT_ERRORS: tuple[_TransportRow, ...] = (
    (httpx.TimeoutException, APITimeoutError),
    (httpx.TransportError, APIConnectionError),
)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """
    The rate limit the API reported on its latest response.

    Attributes:
        limit: Requests allowed per window (`X-RateLimit-Limit`).
        remaining: Requests left in the window (`X-RateLimit-Remaining`).
        reset: When the window resets, epoch seconds (`X-RateLimit-Reset`).
    """

    limit: int | None
    remaining: int | None
    reset: float | None


def rate_limit_of(response: httpx.Response) -> RateLimit | None:
    """The `X-RateLimit-*` headers of a response, or `None` if it has none."""
    headers = response.headers
    if "x-ratelimit-limit" not in headers and "x-ratelimit-remaining" not in headers:
        return None
    return RateLimit(
        limit=_int_or_none(headers.get("x-ratelimit-limit")),
        remaining=_int_or_none(headers.get("x-ratelimit-remaining")),
        reset=_float_or_none(headers.get("x-ratelimit-reset")),
    )


def error_envelope(response: httpx.Response) -> dict[str, Any]:
    """The `error` object of an error body, or `{}` for HTML, empty or odd bodies."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}

    if not isinstance(body, dict):
        return {}
    error = body.get("error")
    if isinstance(error, dict):
        return error
    # OAuth 2.0 token endpoints answer {"error": "...", "error_description": "..."}
    # (RFC 6749 section 5.2); keep both readable the same way.
    if isinstance(error, str):
        return {"code": error, "message": body.get("error_description")}
    return {}


def non_json_media_type(response: httpx.Response) -> str | None:
    """
    The media type of a body labelled as something other than JSON, else `None`.

    Every JSON operation of both specs declares `application/json`; a body
    labelled `text/html` or `text/plain` comes from something else (a proxy, a
    login page), even when it happens to parse. No label at all is let through.
    """
    value = response.headers.get("content-type")
    if value is None:
        return None
    media = value.partition(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        return None
    return media or None


def requested_wait(response: httpx.Response, now: float | None = None) -> float | None:
    """
    Seconds the server asked the client to wait, or `None` if it did not say.

    `Retry-After` (seconds or an HTTP date, RFC 9110 section 10.2.3) wins; a 429
    body's `error.retry_after` and then `X-RateLimit-Reset` (epoch seconds) follow.
    """
    now = time.time() if now is None else now
    header = _retry_after_header(response.headers.get("retry-after"), now)
    if header is not None:
        return header
    if response.status_code != 429:
        return None

    body_wait = _float_or_none(error_envelope(response).get("retry_after"))
    if body_wait is not None:
        return max(0.0, body_wait)
    reset = _float_or_none(response.headers.get("x-ratelimit-reset"))
    return None if reset is None else max(0.0, reset - now)


def status_error(response: httpx.Response) -> APIStatusError:
    """The error for an error response, its class chosen by status."""
    status = response.status_code
    envelope = error_envelope(response)
    fallback = ServerError if status >= 500 else APIStatusError
    cls = _STATUS_ERRORS.get(status, fallback)
    details = envelope.get("details")
    return cls(
        _text(envelope.get("message")) or response.reason_phrase or "HTTP error",
        response=response,
        status_code=status,
        code=_text(envelope.get("code")),
        details=details if isinstance(details, dict) else None,
        request_id=_text(envelope.get("request_id"))
        or response.headers.get("x-request-id"),
        retry_after=requested_wait(response),
        method=response.request.method,
        path=wire_path(response.request),
    )


def transport_error(exc: httpx.HTTPError, request: httpx.Request) -> Exception:
    """The facade error for an httpx failure; unknown ones are returned unchanged."""
    for source, target in _TRANSPORT_ERRORS:
        if isinstance(exc, source):
            message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            return target(message, method=request.method, path=wire_path(request))
    return exc


def _retry_after_header(value: str | None, now: float) -> float | None:
    if value is None:
        return None
    seconds = _float_or_none(value)
    if seconds is not None:
        return max(0.0, seconds)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        # RFC 9110 section 5.6.7: an HTTP date is always UTC; Python reads the
        # "-0000" zone as unknown and would otherwise take it for local time.
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - now)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _int_or_none(value: object) -> int | None:
    number = _float_or_none(value)
    return None if number is None else int(number)


def _float_or_none(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    # A header of "nan" or "1e400" is malformed, not a number to act on.
    return number if math.isfinite(number) else None


def wire_path(request: httpx.Request) -> str:
    """
    The request's path as sent, still percent-encoded and without its query.

    Logs and error messages show this form, so that an id holding a line break or
    a slash can neither forge a log line nor look like another path.
    """
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii")
