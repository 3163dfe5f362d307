"""
Small purpose-built loopback servers for faults the fake cannot produce.

`RawServer` hands each accepted connection to a behaviour function that speaks
raw HTTP/1.1 on the socket: reset before answering, answer a truncated body with
a consistent length, trickle a body, answer an HTML token page. Every handler
thread waits on the server's stop event with a timeout, so nothing outlives the
test that started it.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

Behaviour = Callable[["Connection"], None]


@dataclass
class Connection:
    """One accepted connection and what the behaviour needs to answer it."""

    sock: socket.socket
    server: RawServer
    number: int

    def read_request(self) -> bytes:
        """Read one request (head and Content-Length body); count it."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.sock.recv(65536)
            if not chunk:
                return b""
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                break
            body += chunk
        self.server.count_request(head.split(b"\r\n")[0].decode("latin-1"), body)
        return head

    def send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        """Send a complete response and ask the client to close."""
        lines = [f"HTTP/1.1 {status} X", *(f"{k}: {v}" for k, v in headers.items())]
        if not any(k.lower() == "content-length" for k in headers):
            lines.append(f"Content-Length: {len(body)}")
        lines.append("Connection: close")
        self.sock.sendall("\r\n".join(lines).encode() + b"\r\n\r\n" + body)

    def send_json(self, status: int, value: Any, **headers: str) -> None:
        """Send a JSON response."""
        body = json.dumps(value).encode()
        self.send(status, body, {"Content-Type": "application/json", **headers})

    def reset(self) -> None:
        """Close with RST instead of FIN (SO_LINGER with a zero timeout)."""
        linger = struct.pack("ii", 1, 0)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        self.sock.close()

    def wait(self, seconds: float) -> bool:
        """Sleep until `seconds` pass or the server stops; True if it stopped."""
        return self.server.stopping.wait(seconds)


@dataclass
class RawServer:
    """
    A loopback TCP server; the n-th connection gets `behaviours[n]` (the last repeats).

    `requests` lists the request lines received; `bodies` their bodies.
    """

    behaviours: Sequence[Behaviour]
    requests: list[str] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._connections = 0
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(128)
        self._sock.settimeout(0.05)
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        """The root URL, e.g. `http://127.0.0.1:5000`."""
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def count_request(self, line: str, body: bytes) -> None:
        """Record one request line and body."""
        with self._lock:
            self.requests.append(line)
            self.bodies.append(body)

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self._acceptor.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
        self._sock.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                number = self._connections
                self._connections += 1
            behaviour = self.behaviours[min(number, len(self.behaviours) - 1)]
            connection = Connection(sock, self, number)
            thread = threading.Thread(
                target=self._serve, args=(behaviour, connection), daemon=True
            )
            self._threads.append(thread)
            thread.start()

    @staticmethod
    def _serve(behaviour: Behaviour, connection: Connection) -> None:
        try:
            behaviour(connection)
        except OSError:
            pass  # the client gave up first; that is what some tests provoke
        finally:
            connection.sock.close()


def answer_json(status: int, value: Any, **headers: str) -> Behaviour:
    """A behaviour answering one JSON response."""

    def behaviour(conn: Connection) -> None:
        if conn.read_request():
            conn.send_json(status, value, **headers)

    return behaviour


def answer_raw(status: int, body: bytes, content_type: str) -> Behaviour:
    """A behaviour answering one response with exactly this body."""

    def behaviour(conn: Connection) -> None:
        if conn.read_request():
            conn.send(status, body, {"Content-Type": content_type})

    return behaviour


def reset_before_response(conn: Connection) -> None:
    """Read the request, then reset the connection without answering."""
    if conn.read_request():
        conn.reset()


def trickle(total: int, every: float) -> Behaviour:
    """Announce `total` body bytes, then send one every `every` seconds."""

    def behaviour(conn: Connection) -> None:
        if not conn.read_request():
            return
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            f"Content-Length: {total}\r\nConnection: close\r\n\r\n"
        )
        conn.sock.sendall(head.encode())
        for _ in range(total):
            if conn.wait(every):
                return
            conn.sock.sendall(b" ")

    return behaviour


def never_answer(conn: Connection) -> None:
    """Read the request and never answer (until the server stops, at most 30 s)."""
    if conn.read_request():
        conn.wait(30)


def closed_port() -> str:
    """A loopback URL where nothing listens: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class TokenServer:
    """
    A client-credentials token endpoint that hands out the given tokens in turn.

    The n-th answer claims `expires_in[n]` seconds (or `expires_in` for all); the
    last token and lifetime repeat. `requests` counts token requests; `delay` slows
    each answer down (to pile callers up).
    """

    def __init__(
        self,
        tokens: list[str],
        expires_in: float | list[float] = 3600,
        delay: float = 0.0,
    ) -> None:
        self._tokens = tokens
        self._expires_in = expires_in
        self._delay = delay
        self._server = RawServer([self._answer])

    @property
    def token_url(self) -> str:
        """The token endpoint's URL."""
        return self._server.url + "/oauth/token"

    @property
    def requests(self) -> int:
        """How many token requests arrived."""
        return len(self._server.requests)

    @property
    def bodies(self) -> list[bytes]:
        """The form bodies received."""
        return self._server.bodies

    def _answer(self, conn: Connection) -> None:
        if not conn.read_request():
            return
        number = self.requests
        if self._delay and conn.wait(self._delay):
            return
        token = self._tokens[min(number - 1, len(self._tokens) - 1)]
        lifetimes = self._expires_in
        if isinstance(lifetimes, list):
            lifetimes = lifetimes[min(number - 1, len(lifetimes) - 1)]
        body = {"access_token": token, "token_type": "Bearer"}
        conn.send_json(200, {**body, "expires_in": lifetimes})

    def __enter__(self) -> TokenServer:
        self._server.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._server.__exit__(None, None, None)
