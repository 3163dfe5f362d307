"""
The request pipeline shared by the in-process transport and the HTTP server.

`begin` records a request and takes its faults; the caller waits out any latency
(with `time.sleep` or `asyncio.sleep`); `finish` answers it: token endpoint, route
match, authentication, rate limit, permission, handler, then body faults.
"""

from __future__ import annotations

import base64
import email.utils
import hmac
import logging
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._auth import Principal, TokenError, decode_token, encode_token
from ._bodyfaults import corrupt
from ._client_api import router as client_router
from ._faults import Faults, Plan
from ._http import ERROR_CODES, ApiError, Context, Reply, error_reply, json_reply
from ._management_api import router as management_router
from ._ratelimit import Decision, RateLimiter
from ._routes import Route, match
from ._state import State, VendorState

__all__ = ["ROUTES", "App", "Exchange", "RecordedRequest", "RequestLog"]

logger = logging.getLogger("sesamy_facade.testing")

TOKEN_PATH = "/oauth/token"
TOKEN_LIFETIME = 86_400  # seconds, as token.sesamy.com answers (docs)

# Literal paths before templated ones, so /profile/spotify-link is not a userId.
ROUTES: list[Route] = sorted(
    client_router.routes + management_router.routes,
    key=lambda r: r.template.count("{"),
)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the fake received it, without its Authorization header."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class RequestLog:
    """The most recent requests, oldest first (thread-safe, bounded)."""

    def __init__(self, maxlen: int) -> None:
        self._entries: deque[RecordedRequest] = deque(maxlen=maxlen)
        self._lock = threading.Lock()

    def append(self, entry: RecordedRequest) -> None:
        """Record one request."""
        with self._lock:
            self._entries.append(entry)

    def clear(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._entries.clear()

    def snapshot(self) -> list[RecordedRequest]:
        """Return the recorded requests as a list, oldest first."""
        with self._lock:
            return list(self._entries)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.snapshot())

    def __getitem__(self, index: int) -> RecordedRequest:
        return self.snapshot()[index]

    def __repr__(self) -> str:
        return f"<RequestLog {len(self)} requests>"


@dataclass
class Exchange:
    """One request between `begin` and `finish`."""

    method: str
    target: str
    path: str
    headers: dict[str, str]
    body: bytes
    plan: Plan
    request_id: str
    started: float = field(default_factory=time.perf_counter)


@dataclass(frozen=True, slots=True)
class Credentials:
    """A client registered for the client-credentials grant."""

    secret: str
    vendor_id: str
    permissions: tuple[str, ...] | None

    def __repr__(self) -> str:
        return f"Credentials(vendor_id={self.vendor_id!r}, secret=<hidden>)"


@dataclass
class Settings:
    """What `App` needs from its owner."""

    state: State
    key: bytes
    faults: Faults
    credentials: dict[str, Credentials]
    limiters: dict[str, RateLimiter | None]
    list_shape: str
    all_permissions: tuple[str, ...]
    log: RequestLog
    create_vendor: Any


class App:
    """Turns requests into replies against the fake's state."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def begin(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> Exchange:
        """Record a request and take the faults that apply to it."""
        lowered = {k.lower(): v for k, v in headers.items()}
        path = urlsplit(target).path or "/"
        recorded = {k: v for k, v in lowered.items() if k != "authorization"}
        kept_body = b"" if path == TOKEN_PATH else body
        self.settings.log.append(RecordedRequest(method, target, recorded, kept_body))
        plan = self.settings.faults.plan(method, path)
        request_id = f"req_{uuid.uuid4().hex[:24]}"
        return Exchange(method, target, path, lowered, body, plan, request_id)

    def finish(self, exchange: Exchange) -> Reply:
        """Answer a request begun with `begin`."""
        plan = exchange.plan
        if plan.connection in ("drop", "hang"):
            reply = Reply(0, connection_fault=plan.connection)
        elif plan.status is not None:
            reply = _status_fault(plan, exchange.request_id)
        else:
            reply = self._answer(exchange)
            reply.connection_fault = plan.connection
        if plan.body is not None:
            reply = corrupt(reply, plan.body)
        reply.headers["X-Request-Id"] = exchange.request_id
        return reply

    def log_done(self, exchange: Exchange, reply: Reply) -> None:
        """Log one line for a finished request (never headers or bodies)."""
        elapsed = (time.perf_counter() - exchange.started) * 1000
        outcome = reply.connection_fault or str(reply.status)
        logger.debug(
            "%s %s %s %.1fms", exchange.method, exchange.path, outcome, elapsed
        )

    def _answer(self, exchange: Exchange) -> Reply:
        if exchange.path == TOKEN_PATH and exchange.method == "POST":
            return self._token(exchange)
        found = match(ROUTES, exchange.method, exchange.path)
        if found is None:
            return self._error(exchange, ApiError(404, "no such operation"))
        route, params = found
        try:
            principal = self._authenticate(exchange)
        except TokenError as exc:
            reply = self._error(exchange, ApiError(401, str(exc)))
            reply.headers["WWW-Authenticate"] = 'Bearer realm="sesamy"'
            return reply
        decision = self._rate(route, principal)
        if decision is not None and not decision.allowed:
            reply = self._error(
                exchange,
                ApiError(429, "rate limit exceeded"),
                {"retry_after": decision.retry_after},
            )
        else:
            reply = self._dispatch(exchange, route, params, principal)
        if decision is not None:
            reply.headers.update(decision.headers())
        return reply

    def _authenticate(self, exchange: Exchange) -> Principal:
        header = exchange.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise TokenError("a bearer token is required")
        principal = decode_token(self.settings.key, token.strip())
        if principal.vendor_id not in self.settings.state.vendors:
            raise TokenError("the token's vendor is unknown")
        return principal

    def _rate(self, route: Route, principal: Principal) -> Decision | None:
        limiter = self.settings.limiters.get(route.api)
        if limiter is None:
            return None
        # Client API: one bucket per token; Management API: one per vendor.
        key = principal.token_id if route.api == "client" else principal.vendor_id
        return limiter.take(f"{route.api}:{key}")

    def _dispatch(
        self,
        exchange: Exchange,
        route: Route,
        params: dict[str, str],
        principal: Principal,
    ) -> Reply:
        access = "read" if exchange.method == "GET" else "write"
        needed = f"{access}:{route.resource}"
        if needed not in principal.permissions:
            error = ApiError(403, f"the token lacks {needed}", {"required": needed})
            return self._error(exchange, error)
        state = self.settings.state
        with state.lock:
            ctx = self._context(exchange, params, principal, state.vendors)
            try:
                return route.handler(ctx)
            except ApiError as exc:
                return self._error(exchange, exc)
            except Exception:  # any handler bug is a documented 500
                logger.exception("handler %s failed", route.operation_id)
                return self._error(exchange, ApiError(500, "internal error"))

    def _context(
        self,
        exchange: Exchange,
        params: dict[str, str],
        principal: Principal,
        vendors: dict[str, VendorState],
    ) -> Context:
        query = {
            k: v[0]
            for k, v in parse_qs(
                urlsplit(exchange.target).query, keep_blank_values=True
            ).items()
        }
        return Context(
            method=exchange.method,
            path=exchange.path,
            query=query,
            params=params,
            body=exchange.body,
            content_type=exchange.headers.get("content-type", ""),
            principal=principal,
            vendor=vendors[principal.vendor_id],
            list_shape=self.settings.list_shape,
            lookup_vendor=vendors.get,
            create_vendor=self.settings.create_vendor,
            next_id=self.settings.state.next_id,
        )

    def _error(
        self,
        exchange: Exchange,
        error: ApiError,
        extra: Mapping[str, Any] | None = None,
    ) -> Reply:
        return error_reply(
            error.status,
            error.code,
            error.message,
            exchange.request_id,
            error.details,
            extra,
        )

    def _token(self, exchange: Exchange) -> Reply:
        form = {k: v[0] for k, v in parse_qs(exchange.body.decode("latin-1")).items()}
        client_id, secret = _basic_credentials(exchange.headers)
        client_id = form.get("client_id", client_id)
        secret = form.get("client_secret", secret)
        if form.get("grant_type") != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type", "use client_credentials")
        registered = self.settings.credentials.get(client_id or "")
        if registered is None or not hmac.compare_digest(
            registered.secret.encode(), (secret or "").encode()
        ):
            return _oauth_error(401, "invalid_client", "Unauthorized")
        permissions = registered.permissions or self.settings.all_permissions
        token = encode_token(
            self.settings.key,
            sub=f"{client_id}@clients",
            vendor_id=registered.vendor_id,
            permissions=permissions,
            expires_in=TOKEN_LIFETIME,
        )
        return json_reply(
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": TOKEN_LIFETIME,
            }
        )


def _basic_credentials(headers: Mapping[str, str]) -> tuple[str | None, str | None]:
    # RFC 6749 section 2.3.1: clients may authenticate with HTTP Basic instead.
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None, None
    try:
        decoded = base64.b64decode(value).decode()
    except (ValueError, UnicodeDecodeError):
        return None, None
    client_id, _, secret = decoded.partition(":")
    return client_id, secret


def _oauth_error(status: int, code: str, description: str) -> Reply:
    # OAuth 2.0 errors use their own shape (RFC 6749 section 5.2), not the envelope.
    return json_reply({"error": code, "error_description": description}, status)


def _status_fault(plan: Plan, request_id: str) -> Reply:
    fault = plan.status
    assert fault is not None
    code = ERROR_CODES.get(fault.status)
    if code is None:
        code = "internal_error" if fault.status >= 500 else "validation_error"
    extra: dict[str, Any] = {}
    headers: dict[str, str] = {}
    if fault.retry_after is not None and fault.status in (429, 503):
        extra["retry_after"] = fault.retry_after
        headers["Retry-After"] = _retry_after(
            fault.retry_after, fault.retry_after_http_date
        )
    if fault.rate_limit_reset is not None:
        headers["X-RateLimit-Reset"] = str(int(time.time()) + fault.rate_limit_reset)
    message = f"injected fault: HTTP {fault.status}"
    reply = error_reply(fault.status, code, message, request_id, None, extra)
    reply.headers.update(headers)
    return reply


def _retry_after(seconds: int, http_date: bool) -> str:
    if not http_date:
        return str(seconds)
    # RFC 9110 section 10.2.3: Retry-After may be an HTTP-date instead of seconds.
    return email.utils.formatdate(time.time() + seconds, usegmt=True)
