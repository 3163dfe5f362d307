"""
Every exception the facade raises on purpose.

```
SesamyError
├── APIStatusError                  the API (or the token endpoint) said no
│   ├── ValidationError             400, 422
│   ├── AuthenticationError         401, and every token endpoint failure
│   ├── PermissionDeniedError       403
│   ├── NotFoundError               404
│   ├── ConflictError               409
│   ├── RateLimitError              429, or a Retry-After longer than allowed
│   └── ServerError                 5xx
│       └── ServiceUnavailableError 503
├── APIConnectionError              no response: refused, reset, DNS, TLS
│   └── APITimeoutError             no response in time
├── UnexpectedResponseError         a 2xx body that does not match the spec
└── PaginationError                 the server pages in a way that cannot end
```

Status errors carry what the error envelope
`{"error": {"code", "message", "details", "request_id", "retry_after"}}` holds, and
stay useful when the body is HTML or empty. `AuthenticationError` is also raised when
the token endpoint fails, sometimes with no response at all, so every status field
may be `None`. Argument errors made by the caller (a bad `page_size`, a header value
with a line break) are `ValueError`/`TypeError`, never a `SesamyError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ConflictError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "SesamyError",
    "UnexpectedResponseError",
    "ValidationError",
]


class SesamyError(Exception):
    """Base class of every error the facade raises about the API."""


class APIStatusError(SesamyError):
    """
    The API answered with an error status.

    Attributes:
        response: The `httpx.Response`, or `None` when there was none (a token
            endpoint that could not be reached).
        status_code: The HTTP status, or `None` without a response.
        code: The envelope's machine-readable `error.code`, e.g.
            `"resource_not_found"`.
        message: The envelope's human-readable message, or the HTTP reason phrase.
        details: The envelope's `error.details` mapping (empty when absent).
        request_id: `error.request_id` or the `X-Request-Id` header.
        retry_after: Seconds the server asked to wait, when it said so.
        method: The request method, e.g. `"GET"`.
        path: The request path without the query string.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        status_code: int | None = None,
        code: str | None = None,
        details: dict[str, Any] | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.message = message
        self.response = response
        self.status_code = status_code
        self.code = code
        self.details = details if details is not None else {}
        self.request_id = request_id
        self.retry_after = retry_after
        self.method = method
        self.path = path
        super().__init__(self._summary())

    def _summary(self) -> str:
        where = f"{self.method} {self.path}: " if self.method and self.path else ""
        status = f"{self.status_code} " if self.status_code is not None else ""
        code = f"{self.code}: " if self.code else ""
        request = f" (request {self.request_id})" if self.request_id else ""
        return f"{where}{status}{code}{self.message}{request}"


class ValidationError(APIStatusError):
    """The request was rejected as invalid (400 or 422)."""


class AuthenticationError(APIStatusError):
    """The credentials were refused (401) or no token could be obtained."""


class PermissionDeniedError(APIStatusError):
    """The token is valid but lacks the permission (403)."""


class NotFoundError(APIStatusError):
    """The resource does not exist, or is not visible to this vendor (404)."""


class ConflictError(APIStatusError):
    """The request conflicts with the resource's current state (409)."""


class RateLimitError(APIStatusError):
    """Too many requests (429), or the server asked for a longer wait than allowed."""


class ServerError(APIStatusError):
    """The server failed (5xx)."""


class ServiceUnavailableError(ServerError):
    """The service is temporarily unavailable (503)."""


class APIConnectionError(SesamyError):
    """
    No response was received: connection refused or reset, DNS or TLS failure.

    Attributes:
        method: The request method.
        path: The request path without the query string.
    """

    def __init__(
        self, message: str, *, method: str | None = None, path: str | None = None
    ) -> None:
        self.message = message
        self.method = method
        self.path = path
        where = f"{method} {path}: " if method and path else ""
        super().__init__(f"{where}{message}")


class APITimeoutError(APIConnectionError):
    """No response was received within the timeout."""


class UnexpectedResponseError(SesamyError):
    """
    A successful response whose body does not match the API's spec.

    Raised for a body that is not JSON or is labelled as another media type, an
    enum value the spec does not list, a missing required field or a value of
    the wrong shape.

    Attributes:
        operation: The operationId, e.g. `"getContract"`.
        field: The offending field when known (a missing key, an enum value).
        body: The raw response body.
        response: The `httpx.Response`.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        field: str | None = None,
        body: bytes = b"",
        response: httpx.Response | None = None,
    ) -> None:
        self.message = message
        self.operation = operation
        self.field = field
        self.body = body
        self.response = response
        where = f" (field {field!r})" if field else ""
        super().__init__(f"{operation}: {message}{where}")


class PaginationError(SesamyError):
    """The server's paging cannot be followed to an end (e.g. it ignores `offset`)."""
