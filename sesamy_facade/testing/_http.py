"""Requests, replies, the error envelope and body validation shared by handlers."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ._auth import Principal
from ._state import Filter, Table, VendorState

__all__ = [
    "DEFAULT_LIMIT",
    "ERROR_CODES",
    "MAX_LIMIT",
    "ApiError",
    "Context",
    "F",
    "Reply",
    "check_fields",
    "error_reply",
    "json_reply",
    "no_content",
    "not_found",
    "validation_error",
]

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000

# The documented error codes, by status (Sesamy docs, "Errors").
ERROR_CODES = {
    400: "validation_error",
    401: "authentication_required",
    403: "insufficient_permissions",
    404: "resource_not_found",
    429: "rate_limit_exceeded",
    500: "internal_error",
    503: "service_unavailable",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Reply:
    """A response before it is put on the wire or into an `httpx.Response`."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # A socket-level fault to play instead of (or while) sending the reply.
    connection_fault: str | None = None


class ApiError(Exception):
    """An error answered with the documented envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        details: Mapping[str, Any] | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or ERROR_CODES.get(status, "internal_error")
        self.message = message
        self.details = dict(details or {})


def dumps(value: Any) -> bytes:
    """Serialize compactly, as the API does."""
    return json.dumps(value, separators=(",", ":")).encode()


def json_reply(value: Any, status: int = 200) -> Reply:
    """Answer a JSON value."""
    return Reply(status, dumps(value), {"Content-Type": "application/json"})


def no_content() -> Reply:
    """Answer 204 without a body."""
    return Reply(204)


def error_reply(
    status: int,
    code: str,
    message: str,
    request_id: str,
    details: Mapping[str, Any] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Reply:
    """Answer the documented error envelope."""
    error: dict[str, Any] = {
        "code": code,
        "message": message,
        "details": dict(details or {}),
        "request_id": request_id,
    }
    error.update(extra or {})
    return json_reply({"error": error}, status)


def not_found(kind: str, ident: str) -> ApiError:
    """A 404 naming the missing resource."""
    return ApiError(404, f"{kind} not found", {"resource": kind, "id": ident})


def validation_error(field_name: str, reason: str) -> ApiError:
    """A 400 naming the offending field."""
    return ApiError(400, f"invalid {field_name}: {reason}", {"field": field_name})


@dataclass(frozen=True, slots=True)
class F:
    """
    A body field: its type, whether it is required, its allowed values.

    Types: `str`, `number`, `bool`, `object`, `array`, `email`, `date-time`,
    `scalar` (a string or a number).
    """

    kind: str
    required: bool = False
    enum: tuple[str, ...] = ()


def _is_datetime(value: str) -> bool:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return "T" in value


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "str": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "email": lambda v: isinstance(v, str) and bool(_EMAIL.match(v)),
    "date-time": lambda v: isinstance(v, str) and _is_datetime(v),
    "scalar": lambda v: isinstance(v, str | int | float) and not isinstance(v, bool),
}


def check_fields(
    body: Mapping[str, Any], spec: Mapping[str, F], prefix: str = ""
) -> None:
    """
    Validate `body` against `spec`.

    Raises:
        ApiError: 400 `validation_error` naming the first offending field.
    """
    for name, rule in spec.items():
        path = f"{prefix}{name}"
        if name not in body:
            if rule.required:
                raise validation_error(path, "is required")
            continue
        value = body[name]
        if not _CHECKS[rule.kind](value):
            raise validation_error(path, f"must be {rule.kind}")
        if rule.enum and value not in rule.enum:
            raise validation_error(path, f"must be one of {', '.join(rule.enum)}")


@dataclass
class Context:
    """One authenticated API request as a handler sees it."""

    method: str
    path: str
    query: dict[str, str]
    params: dict[str, str]
    body: bytes
    content_type: str
    principal: Principal
    vendor: VendorState
    list_shape: str
    lookup_vendor: Callable[[str], VendorState | None]
    create_vendor: Callable[[dict[str, Any]], None]
    next_id: Callable[[str], str]

    @property
    def user_id(self) -> str:
        """The end user a Client API call acts for."""
        return self.principal.sub

    def json(self, spec: Mapping[str, F] | None = None) -> dict[str, Any]:
        """
        Return the JSON object body, validated against `spec`.

        Raises:
            ApiError: 400 when the body is not a JSON object or breaks `spec`.
        """
        try:
            value = json.loads(self.body or b"null")
        except ValueError as exc:
            raise validation_error("body", "is not valid JSON") from exc
        if not isinstance(value, dict):
            raise validation_error("body", "must be a JSON object")
        if spec:
            check_fields(value, spec)
        return value

    def text(self) -> str:
        """
        Return the `text/plain` body.

        Raises:
            ApiError: 400 when the body is not UTF-8 text.
        """
        try:
            return self.body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise validation_error("body", "must be UTF-8 text") from exc

    def param(self, name: str) -> str:
        """Return a path parameter."""
        return self.params[name]

    def enum_query(self, name: str, allowed: Iterable[str]) -> str | None:
        """
        Return a query parameter restricted to `allowed` values.

        Raises:
            ApiError: 400 when the value is not allowed.
        """
        value = self.query.get(name)
        if value is not None and value not in set(allowed):
            raise validation_error(name, "is not an allowed value")
        return value

    def page_window(self) -> tuple[int, int]:
        """
        Return `(limit, offset)`, the documented convention on every list.

        Raises:
            ApiError: 400 for a limit outside 1..1000 or a negative offset.
        """
        limit = _int_query(self.query, "limit", DEFAULT_LIMIT)
        offset = _int_query(self.query, "offset", 0)
        if not 1 <= limit <= MAX_LIMIT:
            raise validation_error("limit", f"must be between 1 and {MAX_LIMIT}")
        if offset < 0:
            raise validation_error("offset", "must not be negative")
        return limit, offset

    def listing(
        self,
        table: Table[Any],
        owner: str | None = None,
        filters: Iterable[Filter] = (),
        newest_first: bool = False,
    ) -> Reply:
        """Answer one page of a table's selection in the configured list shape."""
        sort = self._sort(table.sortable)
        rows = table.select(owner, tuple(filters), sort, newest_first)
        return self.page([row.render() for row in self._window(rows)], len(rows))

    def items(self, values: list[Any], sortable: frozenset[str] = frozenset()) -> Reply:
        """Answer one page of a computed list (already in stable order)."""
        sort = self._sort(sortable)
        if sort:
            name = sort.lstrip("-")
            values = sorted(
                values,
                key=lambda v: (v.get(name) is None, _or_zero(v.get(name))),
                reverse=sort.startswith("-"),
            )
        return self.page(self._window(values), len(values))

    def page(self, data: list[Any], total: int) -> Reply:
        """Wrap one page as a bare array or the documented envelope."""
        if self.list_shape == "array":
            return json_reply(data)
        limit, offset = self.page_window()
        pagination = {
            "total": total,
            "limit": limit,
            "offset": offset,
            "hasMore": offset + len(data) < total,
        }
        return json_reply({"data": data, "pagination": pagination})

    def _window(self, rows: list[Any]) -> list[Any]:
        limit, offset = self.page_window()
        return rows[offset : offset + limit]

    def _sort(self, sortable: frozenset[str]) -> str | None:
        sort = self.query.get("sort")
        if not sort:
            return None
        name = _camel(sort.lstrip("-"))
        if name not in sortable:
            raise validation_error("sort", f"cannot sort by {sort.lstrip('-')}")
        return f"-{name}" if sort.startswith("-") else name


def _or_zero(value: Any) -> Any:
    # None sorts last and is compared only with other Nones.
    return 0 if value is None else value


def _camel(name: str) -> str:
    # The docs show `sort=-created_at`; the resources name fields in camelCase.
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _int_query(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        number = float(raw)
    except ValueError as exc:
        raise validation_error(name, "must be an integer") from exc
    if not number.is_integer():
        raise validation_error(name, "must be an integer")
    return int(number)
