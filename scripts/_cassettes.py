"""
The contract tests' cassettes: where they live, how they are scrubbed, how to replay.

Each cassette (`tests/cassettes/<api>/<operationId>.yaml`) holds the HTTP traffic of
one facade call and, under the cassette's `metadata`, the call itself
(`facade_call`: the facade method, its arguments), so that the contract tests can
make the same call while vcrpy replays the traffic.

Recording and replaying share one configuration (`cassette_vcr`): vcrpy matches a
live request against the recording only after the same filters ran on it.

What the filters do to every request before it is stored or matched:
- The origin it was sent to (the fake's `http://127.0.0.1:<port>`, or a real
  environment's) becomes `PLACEHOLDER_ORIGIN`, so a cassette never depends on a port
  or a host, and a replayed client that escaped vcrpy could not reach anything.
- The token endpoint (`.../oauth/token`) is not recorded at all: the facade fetches
  its client-credentials token there, and replay uses a fixed bearer token instead.
- Headers are cut down to `Content-Type`, and `Authorization` becomes
  `Bearer <scrubbed>`; JSON values under secret keys (`SECRET_KEYS`), form fields
  `client_id`/`client_secret`, and every JWT-looking string become `<scrubbed>`.

And to every response: headers are cut down to `KEPT_RESPONSE_HEADERS` (no cookies,
no dates, no server banners), `X-Request-Id` becomes `req_recorded`, the same body
scrubbing applies, and `Content-Length` follows the scrubbed body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import vcr  # type: ignore[import-untyped]

from sesamy_facade import AsyncPager, SyncPager

__all__ = [
    "APIS",
    "CASSETTE_ROOT",
    "FACADE_CALL_KEY",
    "KEPT_RESPONSE_HEADERS",
    "PLACEHOLDER_ORIGIN",
    "REPLAY_TOKEN",
    "REPO",
    "SCRUBBED",
    "SECRET_KEYS",
    "FacadeCall",
    "Scrubber",
    "cassette_path",
    "cassette_vcr",
    "facade_method",
    "invoke",
    "scrub_json",
    "scrub_text",
]

REPO = Path(__file__).resolve().parents[1]
CASSETTE_ROOT = REPO / "tests" / "cassettes"
APIS = ("client", "management")

# RFC 2606 reserves `.invalid`: a name that can never resolve, so a replayed request
# that slipped past vcrpy fails instead of reaching a network.
PLACEHOLDER_ORIGIN = "https://api.sesamy.invalid"
REPLAY_TOKEN = "replay-token"
SCRUBBED = "<scrubbed>"
FACADE_CALL_KEY = "facade_call"
TOKEN_PATH_SUFFIX = "/oauth/token"

# `token` is the content-access token of getEntitlementAccess: a credential too.
SECRET_KEYS = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "password",
        "token",
    }
)
SECRET_FORM_FIELDS = ("client_id", "client_secret", "password")
KEPT_REQUEST_HEADERS = frozenset({"content-type", "authorization"})
KEPT_RESPONSE_HEADERS = frozenset(
    {
        "content-type",
        "content-length",
        "location",
        "retry-after",
        "x-request-id",
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
    }
)
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "body")

_JWT = re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"(?i)\bbearer\s+(?!<scrubbed>)[^\s\"',]+")


def cassette_path(api: str, operation_id: str) -> Path:
    """Where the cassette of one operation lives."""
    return CASSETTE_ROOT / api / f"{operation_id}.yaml"


@dataclass(frozen=True)
class FacadeCall:
    """One facade call as stored in its cassette: which method, which arguments."""

    api: str
    operation_id: str
    method: str
    args: tuple[str, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)

    def to_metadata(self) -> dict[str, Any]:
        """The call as plain data, with secret values scrubbed."""
        return {
            "api": self.api,
            "operation_id": self.operation_id,
            "method": self.method,
            "args": [scrub_text(arg) for arg in self.args],
            "kwargs": scrub_json(self.kwargs),
        }

    @classmethod
    def from_metadata(cls, data: Mapping[str, Any]) -> FacadeCall:
        """Read a call back from a cassette's metadata."""
        return cls(
            api=str(data["api"]),
            operation_id=str(data["operation_id"]),
            method=str(data["method"]),
            args=tuple(str(arg) for arg in data.get("args", ())),
            kwargs=dict(data.get("kwargs") or {}),
        )


def facade_method(client: object, dotted: str) -> Callable[..., Any]:
    """The bound facade method at a dotted path such as `contracts.list`."""
    target: Any = client
    for name in dotted.split("."):
        target = getattr(target, name)
    if not callable(target):
        raise TypeError(f"{dotted} is not a method of {type(client).__name__}")
    return target  # type: ignore[no-any-return]


def invoke(client: object, call: FacadeCall) -> Any:
    """Make the call on a sync client; a pager is read to the end, into a list."""
    result = facade_method(client, call.method)(*call.args, **call.kwargs)
    if isinstance(result, SyncPager):
        return list(result)
    if isinstance(result, AsyncPager):
        raise TypeError("invoke() takes a sync client")
    return result


def scrub_text(text: str) -> str:
    """Replace JWT-looking strings and bearer tokens inside free text."""
    text = _JWT.sub(SCRUBBED, text)
    return _BEARER.sub(f"Bearer {SCRUBBED}", text)


def scrub_json(value: Any) -> Any:
    """A copy of a JSON value with secret keys and JWT-looking strings scrubbed."""
    if isinstance(value, dict):
        return {
            key: SCRUBBED
            if key in SECRET_KEYS and item is not None
            else scrub_json(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [scrub_json(item) for item in value]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def _scrub_body(body: bytes, content_type: str) -> bytes:
    """Scrub a JSON, form or text body; other bytes pass unchanged."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return body

    if "json" in content_type:
        try:
            parsed = json.loads(text)
        except ValueError:
            return scrub_text(text).encode()
        scrubbed = scrub_json(parsed)
        if scrubbed == parsed:
            return body
        return json.dumps(scrubbed, separators=(",", ":")).encode()
    if "x-www-form-urlencoded" in content_type:
        return _scrub_form(text).encode()
    return scrub_text(text).encode()


def _scrub_form(text: str) -> str:
    pairs = parse_qsl(text, keep_blank_values=True)
    return urlencode(
        [
            (name, SCRUBBED if name in SECRET_FORM_FIELDS else scrub_text(value))
            for name, value in pairs
        ]
    )


def _header(headers: Mapping[str, Any], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) else value)
    return ""


class Scrubber:
    """
    The `before_record_request` / `before_record_response` hooks of the cassettes.

    Args:
        origins: Where requests are really sent (e.g. `http://127.0.0.1:8123`);
            each is rewritten to `PLACEHOLDER_ORIGIN`.
    """

    def __init__(self, origins: Iterable[str] = ()) -> None:
        self._origins = tuple(origin.rstrip("/") for origin in origins)

    def request(self, request: Any) -> Any:
        """Scrub a vcrpy request; `None` (not recorded) for the token endpoint."""
        if urlsplit(request.uri).path.endswith(TOKEN_PATH_SUFFIX):
            return None

        request.uri = scrub_text(self._placeholder(request.uri))
        kept = {
            name: value
            for name, value in request.headers.items()
            if name.lower() in KEPT_REQUEST_HEADERS
        }
        if any(name.lower() == "authorization" for name in kept):
            kept = {k: v for k, v in kept.items() if k.lower() != "authorization"}
            kept["Authorization"] = f"Bearer {SCRUBBED}"
        request.headers = kept
        body = request.body
        if isinstance(body, bytes) and body:
            request.body = _scrub_body(body, _header(kept, "content-type"))
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """Scrub a vcrpy response dict: headers, body, then `Content-Length`."""
        headers = {
            name.lower(): list(values)
            for name, values in response.get("headers", {}).items()
            if name.lower() in KEPT_RESPONSE_HEADERS
        }
        if "x-request-id" in headers:
            headers["x-request-id"] = ["req_recorded"]
        body = response.get("body", {}).get("string", b"")
        if isinstance(body, str):
            body = body.encode("utf-8")
        if body:
            body = _scrub_body(body, _header(headers, "content-type"))
            response["body"] = {"string": body}
        if "content-length" in headers:
            headers["content-length"] = [str(len(body))]
        response["headers"] = headers
        return response

    def _placeholder(self, uri: str) -> str:
        for origin in self._origins:
            if uri == origin or uri.startswith(origin + "/"):
                return PLACEHOLDER_ORIGIN + uri[len(origin) :]
        return uri


def cassette_vcr(scrubber: Scrubber, record_mode: str) -> Any:
    """
    The vcrpy configuration shared by recording and replay.

    Args:
        scrubber: Rewrites origins and removes secrets before storing or matching.
        record_mode: `"all"` to record, `"none"` to replay only (an unmatched
            request raises `CannotOverwriteExistingCassetteException`).
    """
    return vcr.VCR(
        record_mode=record_mode,
        match_on=MATCH_ON,
        decode_compressed_response=True,
        filter_headers=[("authorization", f"Bearer {SCRUBBED}"), "cookie"],
        filter_query_parameters=[(name, SCRUBBED) for name in SECRET_KEYS],
        filter_post_data_parameters=[(name, SCRUBBED) for name in SECRET_FORM_FIELDS],
        before_record_request=scrubber.request,
        before_record_response=scrubber.response,
    )
