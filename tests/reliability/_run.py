"""
Run one facade call on the sync or the async client and record what happened.

An action is written once, `lambda client: client.contracts.get(id)`: on the sync
client it returns the value (or a pager, which is drained); on the async client a
coroutine (awaited) or an async pager (drained with `async for`).
"""

from __future__ import annotations

import asyncio
import inspect
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from sesamy_facade import (
    AsyncSesamyClient,
    AsyncSesamyManagement,
    SesamyClient,
    SesamyManagement,
)

Kind = Literal["sync", "async"]
Api = Literal["client", "management"]
KINDS: tuple[Kind, ...] = ("sync", "async")

# Every token and client secret the suite hands out, so that logs, errors and
# reprs can be searched for them.
SECRETS: set[str] = set()


def secret(value: str) -> str:
    """Remember a token or secret the suite uses; return it."""
    SECRETS.add(value)
    return value


@dataclass
class Outcome:
    """What one call ended with."""

    value: Any
    error: BaseException | None
    elapsed: float

    @property
    def name(self) -> str:
        """`ok`, or the class name of the exception raised."""
        return "ok" if self.error is None else type(self.error).__name__


def _sync_class(api: Api) -> Any:
    return SesamyManagement if api == "management" else SesamyClient


def _async_class(api: Api) -> Any:
    return AsyncSesamyManagement if api == "management" else AsyncSesamyClient


def call(
    kind: Kind,
    action: Callable[[Any], Any],
    *,
    auth: Any,
    base_url: str,
    api: Api = "management",
    **options: Any,
) -> Outcome:
    """Build a client of `kind`, run `action` on it, close it; never raises."""
    started = time.perf_counter()
    if kind == "sync":
        value, error = _run_sync(_sync_class(api), action, auth, base_url, options)
    else:
        coroutine = _run_async(_async_class(api), action, auth, base_url, options)
        value, error = asyncio.run(coroutine)
    outcome = Outcome(value, error, time.perf_counter() - started)
    if error is not None:
        assert_no_secret(exception_texts(error), "exception")
    return outcome


def _run_sync(
    cls: Any, action: Callable[[Any], Any], auth: Any, base_url: str, options: Any
) -> tuple[Any, BaseException | None]:
    try:
        with cls(auth, base_url=base_url, **options) as client:
            result = action(client)
            if isinstance(result, Iterable) and not isinstance(result, str | bytes):
                result = list(result)
            return result, None
    except Exception as exc:  # noqa: BLE001 - the outcome under test
        return None, exc


async def _run_async(
    cls: Any, action: Callable[[Any], Any], auth: Any, base_url: str, options: Any
) -> tuple[Any, BaseException | None]:
    try:
        async with cls(auth, base_url=base_url, **options) as client:
            result = action(client)
            if inspect.isawaitable(result):
                result = await result
            if hasattr(result, "__aiter__"):
                result = [item async for item in result]
            return result, None
    except Exception as exc:  # noqa: BLE001 - the outcome under test
        return None, exc


def chain(error: BaseException) -> Iterator[BaseException]:
    """The exception and every cause and context behind it."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def exception_texts(error: BaseException) -> list[str]:
    """`str` and `repr` of the exception and of each exception it chains."""
    return [text for exc in chain(error) for text in (str(exc), repr(exc))]


# A bearer credential, not a `WWW-Authenticate: Bearer realm=...` challenge nor
# httpx's masked `Bearer [secure]`.
_BEARER = re.compile(r"(?i)bearer\s+(?!realm\b)[A-Za-z0-9\-._~+/]{8,}")


# A JSON Web Token: every token the fake issues is one, known to the suite or not.
_JWT = re.compile(r"eyJ[\w-]{4,}\.eyJ[\w-]{4,}\.[\w-]+")
_CLIENT_SECRET = re.compile(r"client_secret=(?!<|\*)[^&\s'\"]+")


def assert_no_secret(texts: Iterable[str], where: str) -> None:
    """Fail if any text holds a known secret, a JWT or a bearer credential."""
    for text in texts:
        for value in SECRETS:
            assert value not in text, f"a secret appears in {where}: {text[:200]!r}"
        for pattern in (_BEARER, _JWT, _CLIENT_SECRET):
            found = pattern.search(text)
            assert not found, f"{found} in {where}: {text[:200]!r}"


def retry_waits(messages: Iterable[str]) -> list[float]:
    """The waits of the facade's INFO retry lines ("Retrying ... in 1.00 s ...")."""
    found = (re.search(r"^Retrying .* in ([0-9.]+) s ", m) for m in messages)
    return [float(m.group(1)) for m in found if m]


def attempts(messages: Iterable[str]) -> int:
    """How many attempts the facade's DEBUG lines report (one per attempt)."""
    return sum(1 for m in messages if re.search(r"\(attempt \d+\)$", m))


def token_attempts(messages: Iterable[str]) -> int:
    """How many token endpoint attempts the facade's DEBUG lines report."""
    return sum(1 for m in messages if re.search(r"\(token endpoint, attempt \d+\)$", m))
