"""
The in-process transport: an `httpx.MockTransport` that runs the fake's pipeline.

It works for `httpx.Client` and `httpx.AsyncClient`; latency faults sleep with
`asyncio.sleep` under the async client so the event loop keeps running.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._app import App, Exchange
from ._http import Reply

__all__ = ["FakeTransport"]


class _BrokenStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Yields part of a body, then fails as a broken socket would."""

    def __init__(self, chunk: bytes, error: Exception) -> None:
        self._chunk = chunk
        self._error = error

    def __iter__(self) -> Iterator[bytes]:
        if self._chunk:
            yield self._chunk
        raise self._error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._chunk:
            yield self._chunk
        raise self._error


class FakeTransport(httpx.MockTransport):
    """Answers every request from the fake without a socket."""

    def __init__(self, app: App) -> None:
        super().__init__(self._unused)
        self._app = app

    @staticmethod
    def _unused(request: httpx.Request) -> httpx.Response:
        raise NotImplementedError  # both handle methods are overridden

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer a request from a sync client."""
        request.read()
        exchange = self._begin(request)
        if exchange.plan.latency:
            time.sleep(exchange.plan.latency)
        return self._finish(request, exchange)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer a request from an async client."""
        await request.aread()
        exchange = self._begin(request)
        if exchange.plan.latency:
            await asyncio.sleep(exchange.plan.latency)
        return self._finish(request, exchange)

    def _begin(self, request: httpx.Request) -> Exchange:
        target = request.url.raw_path.decode("ascii")
        headers = dict(request.headers.items())
        return self._app.begin(request.method, target, headers, request.content)

    def _finish(self, request: httpx.Request, exchange: Exchange) -> httpx.Response:
        reply = self._app.finish(exchange)
        self._app.log_done(exchange, reply)
        return _to_response(request, reply)


def _to_response(request: httpx.Request, reply: Reply) -> httpx.Response:
    fault = reply.connection_fault
    if fault == "drop":
        message = "Server disconnected without sending a response."
        raise httpx.RemoteProtocolError(message, request=request)
    if fault == "hang":
        raise httpx.ReadTimeout("timed out (injected hang)", request=request)
    if fault in ("reset", "truncated"):
        return _broken_response(request, reply, fault)
    return httpx.Response(
        reply.status, headers=reply.headers, content=reply.body, request=request
    )


def _broken_response(
    request: httpx.Request, reply: Reply, fault: str
) -> httpx.Response:
    half = reply.body[: len(reply.body) // 2]
    error: Exception
    if fault == "reset":
        error = httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
    else:
        error = httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body: "
            f"received {len(half)} bytes, expected {len(reply.body)}",
            request=request,
        )
    headers = dict(reply.headers)
    headers["Content-Length"] = str(len(reply.body))
    return httpx.Response(
        reply.status,
        headers=headers,
        stream=_BrokenStream(half, error),
        request=request,
    )
