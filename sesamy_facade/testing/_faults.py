"""
Fault injection for tests: latency, error statuses, broken bodies, broken sockets.

Faults wait in one first-in, first-out queue; each request takes the first queued
fault whose matcher accepts it. Latency rules apply on top of that, and a random
mode (seeded) answers a share of requests with transient errors.

Socket faults (`drop`, `reset`, `hang`) and `truncated` bodies need a socket. Over
the in-process transport they raise what httpx raises over a real socket instead:
`drop` raises `httpx.RemoteProtocolError` before any response, `reset` and
`truncated` raise `httpx.ReadError` / `httpx.RemoteProtocolError` while the body
is read, and `hang` raises `httpx.ReadTimeout` at once (the transport cannot know
the client's timeout).
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "BODY_FAULTS",
    "CONNECTION_FAULTS",
    "BodyFault",
    "ConnectionFault",
    "Faults",
    "Plan",
    "StatusFault",
]

BodyFault = Literal[
    "malformed_json",
    "truncated",
    "empty",
    "html",
    "wrong_content_type",
    "bad_enum",
    "missing_required",
]
ConnectionFault = Literal["drop", "reset", "hang"]
BODY_FAULTS: tuple[str, ...] = (
    "malformed_json",
    "truncated",
    "empty",
    "html",
    "wrong_content_type",
    "bad_enum",
    "missing_required",
)
CONNECTION_FAULTS: tuple[str, ...] = ("drop", "reset", "hang")


@dataclass(frozen=True, slots=True)
class _Matcher:
    method: str | None
    path: str | None

    def accepts(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


@dataclass(frozen=True, slots=True)
class StatusFault:
    """An error status to answer, with the documented envelope."""

    status: int
    retry_after: int | None = None
    retry_after_http_date: bool = False
    rate_limit_reset: int | None = None


@dataclass
class _Rule:
    matcher: _Matcher
    status: StatusFault | None = None
    body: str | None = None
    connection: str | None = None


@dataclass
class _Latency:
    seconds: float
    matcher: _Matcher
    remaining: int | None


@dataclass
class _Random:
    probability: float
    statuses: tuple[int, ...]
    matcher: _Matcher
    rng: random.Random
    retry_after: int | None


@dataclass
class Plan:
    """What to do to one request."""

    latency: float = 0.0
    status: StatusFault | None = None
    body: str | None = None
    connection: str | None = None
    max_hang: float = 10.0
    notes: list[str] = field(default_factory=list)


class Faults:
    """
    Thread-safe fault injection for one fake.

    Every method takes an optional matcher: `method` (e.g. `"GET"`) and `path`, an
    `fnmatch` pattern on the request path without its query (`"/contracts*"`,
    `"/management/*"`).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[_Rule] = []
        self._latencies: list[_Latency] = []
        self._random: _Random | None = None
        self.max_hang = 10.0

    def add_latency(
        self,
        seconds: float,
        *,
        method: str | None = None,
        path: str | None = None,
        count: int | None = None,
    ) -> None:
        """
        Delay matching requests by `seconds` before answering.

        Args:
            seconds: the added delay.
            method: only requests with this method.
            path: only paths matching this `fnmatch` pattern.
            count: only the next `count` matching requests (all when None).
        """
        with self._lock:
            rule = _Latency(seconds, _Matcher(method, path), count)
            self._latencies.append(rule)

    def fail_next(
        self,
        *statuses: int,
        method: str | None = None,
        path: str | None = None,
        retry_after: int | None = 1,
        retry_after_http_date: bool = False,
        rate_limit_reset: int | None = None,
    ) -> None:
        """
        Answer the next matching requests with these statuses, one each, in order.

        Each gets the documented error envelope for its status. A 429 carries
        `Retry-After` (seconds, or an HTTP-date if `retry_after_http_date`; omitted
        when `retry_after` is None) and `error.retry_after`; `rate_limit_reset`
        (seconds from now) adds `X-RateLimit-Reset`.

        Args:
            statuses: HTTP statuses, e.g. `503, 503`.
            method: only requests with this method.
            path: only paths matching this `fnmatch` pattern.
            retry_after: seconds to announce on 429 (and 503) answers.
            retry_after_http_date: announce `Retry-After` as an HTTP-date.
            rate_limit_reset: seconds from now for `X-RateLimit-Reset`.
        """
        matcher = _Matcher(method, path)
        fault = [
            StatusFault(s, retry_after, retry_after_http_date, rate_limit_reset)
            for s in statuses
        ]
        with self._lock:
            self._queue.extend(_Rule(matcher, status=f) for f in fault)

    def corrupt_next(
        self,
        kind: BodyFault,
        *,
        count: int = 1,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """
        Break the body of the next `count` matching responses.

        Kinds: `malformed_json`, `truncated` (Content-Length larger than what is
        sent, then the connection closes), `empty`, `html` (an HTML error page,
        `text/html`), `wrong_content_type` (the JSON body as `text/plain`),
        `bad_enum` (an enum field of the first object gets a value the spec does
        not list; no change where the object has no enum field), `missing_required`
        (the first object loses `id`, or else `userId`, `sku`, `createdAt`).

        Raises:
            ValueError: for an unknown kind.
        """
        if kind not in BODY_FAULTS:
            raise ValueError(f"unknown body fault {kind!r}")
        matcher = _Matcher(method, path)
        with self._lock:
            self._queue.extend(_Rule(matcher, body=kind) for _ in range(count))

    def disconnect_next(
        self,
        kind: ConnectionFault,
        *,
        count: int = 1,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """
        Break the connection of the next `count` matching requests.

        Kinds: `drop` (close the socket without answering), `reset` (send the
        headers and half the body, then reset the connection), `hang` (never
        answer; the server gives up after `max_hang` seconds and closes).

        Raises:
            ValueError: for an unknown kind.
        """
        if kind not in CONNECTION_FAULTS:
            raise ValueError(f"unknown connection fault {kind!r}")
        matcher = _Matcher(method, path)
        with self._lock:
            self._queue.extend(_Rule(matcher, connection=kind) for _ in range(count))

    def fail_randomly(
        self,
        probability: float,
        *,
        statuses: Iterable[int] = (503,),
        seed: int = 0,
        method: str | None = None,
        path: str | None = None,
        retry_after: int | None = 1,
    ) -> None:
        """
        Answer a share of matching requests with a transient error, for soak tests.

        The choice comes from a `random.Random(seed)`, so a run is repeatable when
        requests arrive in the same order. `probability=0` turns the mode off.

        Raises:
            ValueError: when `probability` is outside 0..1.
        """
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        mode = _Random(
            probability,
            tuple(statuses),
            _Matcher(method, path),
            random.Random(seed),
            retry_after,
        )
        with self._lock:
            self._random = mode if probability > 0 else None

    def clear(self) -> None:
        """Forget every queued fault, latency and random mode."""
        with self._lock:
            self._queue.clear()
            self._latencies.clear()
            self._random = None

    @property
    def pending(self) -> int:
        """How many queued faults have not happened yet."""
        with self._lock:
            return len(self._queue)

    def plan(self, method: str, path: str) -> Plan:
        """Take the faults that apply to one request (used by the fake)."""
        with self._lock:
            plan = Plan(
                latency=self._take_latency(method, path), max_hang=self.max_hang
            )
            rule = self._take_rule(method, path)
            if rule is not None:
                plan.status, plan.body = rule.status, rule.body
                plan.connection = rule.connection
            elif self._random is not None:
                plan.status = self._roll(self._random, method, path)
        return plan

    def _take_latency(self, method: str, path: str) -> float:
        total = 0.0
        for rule in self._latencies:
            if rule.remaining == 0 or not rule.matcher.accepts(method, path):
                continue
            total += rule.seconds
            if rule.remaining is not None:
                rule.remaining -= 1
        self._latencies = [r for r in self._latencies if r.remaining != 0]
        return total

    def _take_rule(self, method: str, path: str) -> _Rule | None:
        for index, rule in enumerate(self._queue):
            if rule.matcher.accepts(method, path):
                return self._queue.pop(index)
        return None

    @staticmethod
    def _roll(mode: _Random, method: str, path: str) -> StatusFault | None:
        if not mode.matcher.accepts(method, path):
            return None
        if mode.rng.random() >= mode.probability:
            return None
        return StatusFault(mode.rng.choice(mode.statuses), mode.retry_after)
