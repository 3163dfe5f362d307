"""
Read a response body within the call's time budget (`Retry.retry_timeout`).

httpx's read timeout bounds the wait for each chunk, not the whole body, so a
server that sends one byte every few seconds never trips it. With a budget set,
the engines stream the body through these wrappers, which give up between chunks
once the budget is spent.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx

__all__ = ["aread_within", "read_within"]

_MESSAGE = "the call's retry_timeout ran out while the response body was read"


class _SyncDeadline(httpx.SyncByteStream):
    def __init__(
        self, stream: httpx.SyncByteStream, deadline: float, request: httpx.Request
    ) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout(_MESSAGE, request=self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncDeadline(httpx.AsyncByteStream):
    def __init__(
        self, stream: httpx.AsyncByteStream, deadline: float, request: httpx.Request
    ) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout(_MESSAGE, request=self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def read_within(response: httpx.Response, deadline: float) -> None:
    """
    Read a streamed response's body, or close it once `deadline` has passed.

    Raises:
        httpx.ReadTimeout: The deadline (`time.monotonic()`) passed first.
    """
    assert isinstance(response.stream, httpx.SyncByteStream)
    response.stream = _SyncDeadline(response.stream, deadline, response.request)
    try:
        response.read()
    except BaseException:
        response.close()
        raise


async def aread_within(response: httpx.Response, deadline: float) -> None:
    """
    Read a streamed response's body, or close it once `deadline` has passed.

    Raises:
        httpx.ReadTimeout: The deadline (`time.monotonic()`) passed first.
    """
    assert isinstance(response.stream, httpx.AsyncByteStream)
    response.stream = _AsyncDeadline(response.stream, deadline, response.request)
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise
