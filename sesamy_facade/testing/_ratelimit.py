"""Token-bucket rate limiting with the documented `X-RateLimit-*` headers."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Decision", "RateLimit", "RateLimiter"]


@dataclass(frozen=True, slots=True)
class RateLimit:
    """
    A token bucket: `burst` requests at once, refilled at `per_minute`.

    Sesamy documents 300/minute with a burst of 500 for the Client API and
    100/minute with a burst of 200 for the Management API.
    """

    per_minute: int
    burst: int

    def __post_init__(self) -> None:
        if self.per_minute <= 0 or self.burst <= 0:
            raise ValueError("per_minute and burst must be positive")


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of taking one token, with the headers to send."""

    allowed: bool
    limit: int
    remaining: int
    reset_at: int
    retry_after: int

    def headers(self) -> dict[str, str]:
        """Return the `X-RateLimit-*` headers (and `Retry-After` on refusal)."""
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset_at),
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.retry_after)
        return headers


class RateLimiter:
    """Buckets keyed by caller (token or vendor), all sharing one `RateLimit`."""

    def __init__(
        self, limit: RateLimit, clock: Callable[[], float] = time.time
    ) -> None:
        self._limit = limit
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, key: str) -> Decision:
        """Take one token from the bucket of `key`."""
        rate = self._limit.per_minute / 60.0
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(key, (float(self._limit.burst), now))
            tokens = min(float(self._limit.burst), tokens + (now - last) * rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[key] = (tokens, now)
        until_full = (self._limit.burst - tokens) / rate
        until_one = 0.0 if allowed else (1.0 - tokens) / rate
        return Decision(
            allowed=allowed,
            limit=self._limit.per_minute,
            remaining=int(tokens),
            reset_at=math.ceil(now + until_full),
            retry_after=max(1, math.ceil(until_one)),
        )
