"""A scriptable loopback HTTP server for the facade's tests (stdlib only)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TOKEN_PATH = "/oauth/token"


@dataclass
class Reply:
    """
    One scripted answer: status, body (JSON unless bytes/str), headers, delay.

    A `held` answer is sent only when the server stops (at the end of the test):
    for a client timeout, it is an answer that cannot come in time however
    slowly the machine runs.
    """

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    held: bool = False

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if self.body is None:
            return b"", headers
        if isinstance(self.body, bytes):
            return self.body, headers
        if isinstance(self.body, str):
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
            return self.body.encode(), headers
        headers.setdefault("Content-Type", "application/json")
        return json.dumps(self.body).encode(), headers


@dataclass
class Recorded:
    """What the server received."""

    method: str
    raw_path: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}


Handler = Callable[[Recorded], Reply]


class LoopbackServer:
    """
    Answers scripted replies per (method, path) and records every request.

    `script(method, path, *replies)` queues replies; the last one repeats. A
    `handler` callable computes replies. POST /oauth/token issues numbered tokens
    (`token-1`, `token-2`, ...) unless scripted, and counts token requests.
    """

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.token_requests = 0
        self.token_delay = 0.0
        self.token_expires_in: float | None = 3600
        self._scripts: dict[tuple[str, str], list[Reply] | Handler] = {}
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._released = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.02,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def token_url(self) -> str:
        return self.url + TOKEN_PATH

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._released.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    @staticmethod
    def reply(
        status: int = 200,
        body: Any = None,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        held: bool = False,
    ) -> Reply:
        return Reply(status, body, headers or {}, delay, held)

    def script(self, method: str, path: str, *replies: Reply) -> None:
        self._scripts[(method, path)] = list(replies)

    def handle(self, method: str, path: str, handler: Handler) -> None:
        self._scripts[(method, path)] = handler

    def received(
        self, method: str | None = None, path: str | None = None
    ) -> list[Recorded]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method)
            and (path is None or r.path == path)
        ]

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> list[Recorded]:
        """
        The requests received, once at least `count` have arrived.

        Asserting on `requests` right after the client returned races the
        server's own threads; this waits for the arrivals the test expects
        (bounded by `timeout`) instead of for a length of time.
        """
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.requests) >= count, timeout)
            return list(self.requests)

    def _answer(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            self._arrived.notify_all()
            script = self._scripts.get((request.method, request.path))
            if isinstance(script, list):
                return script.pop(0) if len(script) > 1 else script[0]
        if script is not None:
            return script(request)
        if request.method == "POST" and request.path == TOKEN_PATH:
            return self._issue_token()
        return Reply(599, {"error": {"code": "unscripted", "message": request.path}})

    def _issue_token(self) -> Reply:
        with self._lock:
            self.token_requests += 1
            number = self.token_requests
        time.sleep(self.token_delay)
        body: dict[str, Any] = {
            "access_token": f"token-{number}",
            "token_type": "Bearer",
        }
        if self.token_expires_in is not None:
            body["expires_in"] = self.token_expires_in
        return Reply(200, body)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = Recorded(
                    method=self.command,
                    raw_path=parts.path,
                    path=parts.path,
                    query=parse_qs(parts.query),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                reply = server._answer(recorded)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.held:
                    server._released.wait(timeout=30)
                payload, headers = reply.encoded()
                try:
                    self.send_response(reply.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve  # noqa: N815

        return _Handler
