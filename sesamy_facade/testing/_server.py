"""
Real HTTP on loopback: a `ThreadingHTTPServer` in a background thread.

HTTP/1.1 with keep-alive and exact Content-Length; daemon threads; the server
stops, and any injected hang ends, when the context exits.
"""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from ._app import App
from ._http import Reply

__all__ = ["FakeServer"]

_IDLE_TIMEOUT = 30.0  # seconds an idle keep-alive connection is kept


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.app = app
        self.stopping = threading.Event()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host's FQDN, which can stall on a
        # machine without DNS; the name is not needed.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = _IDLE_TIMEOUT
    # The head and the body go out in two writes; with Nagle's algorithm on, the
    # body waits for the client's delayed ACK (about 40 ms on Linux) on every
    # keep-alive response.
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:
        """Serve GET."""
        self._serve()

    # http.server dispatches on these names.
    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Silence the default stderr log; the app logs one line per request."""

    def _serve(self) -> None:
        body = self._read_body()
        app = self.server.app
        exchange = app.begin(self.command, self.path, dict(self.headers.items()), body)
        if exchange.plan.latency:
            self.server.stopping.wait(exchange.plan.latency)
        reply = app.finish(exchange)
        self._write(reply, exchange.plan.max_hang)
        app.log_done(exchange, reply)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes:
        # RFC 9112 section 7.1: size line, data, CRLF; a zero size ends the body.
        chunks: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailer fields are ignored
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _write(self, reply: Reply, max_hang: float) -> None:
        fault = reply.connection_fault
        if fault == "drop":
            self.close_connection = True
            return
        if fault == "hang":
            self.server.stopping.wait(max_hang)
            self.close_connection = True
            return
        self._send_head(reply)
        if fault is None:
            self.wfile.write(reply.body)
            return
        self.wfile.write(reply.body[: len(reply.body) // 2])
        self.wfile.flush()
        self.close_connection = True
        if fault == "reset":
            self._reset()

    def _send_head(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.status != 204:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        linger = struct.pack("ii", 1, 0)
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        self.connection.close()


class FakeServer:
    """A running fake on loopback; use as a context manager."""

    def __init__(self, app: App, host: str, port: int) -> None:
        self._server = _Server((host, port), app)
        self.host = host
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fake-sesamy-{self.port}",
            daemon=True,
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """The API root, e.g. `http://127.0.0.1:8080`."""
        return f"http://{self.host}:{self.port}"

    @property
    def token_url(self) -> str:
        """The client-credentials token endpoint."""
        return f"{self.url}/oauth/token"

    def close(self) -> None:
        """Stop serving, end injected hangs and release the port."""
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<FakeServer {self.url}>"
