"""When to retry a request, and how long to wait before the next attempt."""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx

from ._responses import requested_wait, status_error

__all__ = ["Retry", "RetryState", "backoff", "retries_without_wait"]

logger = logging.getLogger("sesamy_facade")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRIED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Failures that happen before any byte of the request left: safe for every method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have reached the server: idempotent methods only.
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

_waits_disabled = False


@dataclass(frozen=True, slots=True)
class Retry:
    """
    How the facade waits between attempts.

    The number of retries is the client's `max_retries`; these settings shape the
    waits. Backoff is exponential: the n-th retry waits up to
    `min(wait_max, wait_initial * 2**n)` seconds, of which the fraction
    `wait_jitter` is random (1.0 is "full jitter", 0.0 a fixed wait).

    Args:
        retry_timeout: Total time budget in seconds for all attempts of one call;
            no retry starts whose wait would end past it, and a response body
            still arriving when it runs out is abandoned (`APITimeoutError`).
            An attempt waiting for its first byte is bounded by the timeout
            instead. `None`: no budget.
        wait_initial: The first backoff cap in seconds.
        wait_max: The largest backoff cap in seconds.
        wait_jitter: The random fraction of each wait, from 0.0 to 1.0.
        max_retry_after: The longest server-requested wait (`Retry-After`) the
            facade sleeps through; a longer one raises at once with
            `retry_after` set.
    """

    retry_timeout: float | None = None
    wait_initial: float = 0.5
    wait_max: float = 8.0
    wait_jitter: float = 1.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.wait_jitter <= 1.0:
            raise ValueError("wait_jitter must be between 0.0 and 1.0")
        if min(self.wait_initial, self.wait_max, self.max_retry_after) < 0:
            raise ValueError("waits must not be negative")
        if self.retry_timeout is not None and self.retry_timeout < 0:
            raise ValueError("retry_timeout must not be negative")


def backoff(
    retry: Retry, uniform: Callable[[], float] = random.random
) -> Iterator[float]:
    """Yield the wait before each retry: capped exponential growth with jitter."""
    cap = retry.wait_initial
    while True:
        bounded = min(cap, retry.wait_max)
        jitter = bounded * retry.wait_jitter
        yield bounded - jitter + jitter * uniform()
        cap *= 2


@contextlib.contextmanager
def retries_without_wait() -> Iterator[None]:
    """
    Make every retry wait zero seconds inside the block (for tests).

    Attempts are still counted and logged; only the sleeping is skipped.
    """
    global _waits_disabled  # a process-wide testing switch by design
    previous, _waits_disabled = _waits_disabled, True
    try:
        yield
    finally:
        _waits_disabled = previous


def should_retry_status(method: str, status: int, *, repeatable: bool = False) -> bool:
    """
    Whether an answer with this status is worth another attempt.

    `repeatable` marks a request that is safe to repeat whatever its method.
    """
    if status == 429:
        # A 429 means the request was not processed, so even a POST may repeat.
        return True
    # Sesamy documents no idempotency key, so a POST or PATCH that got any other
    # answer may already have taken effect; it is not retried after a response.
    idempotent = repeatable or method in IDEMPOTENT_METHODS
    return idempotent and status in RETRIED_STATUSES


def should_retry_exception(
    method: str, exc: httpx.HTTPError, *, repeatable: bool = False
) -> bool:
    """Whether a transport failure is worth another attempt."""
    if isinstance(exc, _NOT_SENT):
        return True
    idempotent = repeatable or method in IDEMPOTENT_METHODS
    return idempotent and isinstance(exc, _MAYBE_SENT)


class RetryState:
    """
    The retry bookkeeping of one call, shared by the sync and async loops.

    Each `wait_after_*` method answers the seconds to sleep before the next
    attempt, or `None` when the caller should stop and settle with what it has.
    `path` only names the request in the INFO retry line; `repeatable` marks a
    request that is safe to repeat whatever its method (a token request).
    """

    def __init__(
        self,
        retry: Retry,
        max_retries: int,
        method: str,
        path: str,
        clock: Callable[[], float] = time.monotonic,
        *,
        repeatable: bool = False,
    ) -> None:
        self.attempt = 1
        self._retry = retry
        self._max_retries = max_retries
        self._method = method
        self._path = path
        self._repeatable = repeatable
        self._clock = clock
        self._waits = backoff(retry)
        budget = retry.retry_timeout
        self.deadline = None if budget is None else clock() + budget
        """When the call's budget runs out (`clock()` time), if it has one."""

    def wait_after_response(self, response: httpx.Response) -> float | None:
        """
        The wait before retrying after this response.

        Raises:
            APIStatusError: The server asked for a wait beyond `max_retry_after`
                (a `RateLimitError` for a 429), with `retry_after` set.
        """
        status = response.status_code
        if not should_retry_status(self._method, status, repeatable=self._repeatable):
            return None

        requested = requested_wait(response)
        if requested is not None and requested > self._retry.max_retry_after:
            raise status_error(response)
        wait = next(self._waits) if requested is None else requested
        return self._admit(wait, str(response.status_code))

    def wait_after_exception(self, exc: httpx.HTTPError) -> float | None:
        """The wait before retrying after a transport failure."""
        if not should_retry_exception(self._method, exc, repeatable=self._repeatable):
            return None
        return self._admit(next(self._waits), type(exc).__name__)

    def _admit(self, wait: float, cause: str) -> float | None:
        if self.attempt > self._max_retries:
            return None
        if self.deadline is not None and self._clock() + wait > self.deadline:
            return None

        self.attempt += 1
        logger.info(
            "Retrying %s %s in %.2f s (attempt %d of %d) after %s",
            self._method,
            self._path,
            wait,
            self.attempt,
            self._max_retries + 1,
            cause,
        )
        return 0.0 if _waits_disabled else wait
