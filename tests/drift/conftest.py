"""
Fixtures for the drift-check tests: fresh copies of the real snapshots, the drift
variants seen in Sesamy's public material, and a loopback server for specs.
"""

import copy
import json
import threading
from collections.abc import Callable, Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

REPO = Path(__file__).resolve().parents[2]

Spec = dict[str, Any]


@cache
def _snapshot(name: str) -> Spec:
    """The committed snapshot, parsed once per session (never handed out as is)."""
    document: Spec = json.loads((REPO / "openapi" / f"{name}.json").read_text("utf-8"))
    return document


@pytest.fixture
def client() -> Spec:
    """A private, mutable copy of openapi/client.json."""
    return copy.deepcopy(_snapshot("client"))


@pytest.fixture
def management() -> Spec:
    """A private, mutable copy of openapi/management.json."""
    return copy.deepcopy(_snapshot("management"))


@pytest.fixture
def client_sdk_types() -> Spec:
    """
    The client spec as SDK 1.22.0's types describe it: Contract without
    cancelRequestedAt, which the published client spec has.
    """
    spec = copy.deepcopy(_snapshot("client"))
    del spec["components"]["schemas"]["Contract"]["properties"]["cancelRequestedAt"]
    return spec


@pytest.fixture
def management_bill_with_contract_id() -> Spec:
    """
    The management spec as one archived rendering shows Bill: with contractId.
    The other rendering, like the snapshot, has no contractId.
    """
    spec = copy.deepcopy(_snapshot("management"))
    bill = spec["components"]["schemas"]["Bill"]["properties"]
    bill["contractId"] = {"type": "string", "example": "a1b2c3d4e5f6g7h8i9j0"}
    return spec


class _SpecHandler(BaseHTTPRequestHandler):
    """Answers GET with the body registered for the path, 404 otherwise."""

    bodies: ClassVar[dict[str, bytes]]

    def do_GET(self) -> None:
        body = self.bodies.get(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Keep the test output quiet."""


Serve = Callable[[str, Spec | bytes], str]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Serve documents on 127.0.0.1; `serve("/spec", doc)` returns the URL."""

    class Handler(_SpecHandler):
        bodies: ClassVar[dict[str, bytes]] = {}

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A short poll interval keeps shutdown() from waiting half a second per test.
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()

    def add(path: str, document: Spec | bytes) -> str:
        body = (
            document if isinstance(document, bytes) else json.dumps(document).encode()
        )
        Handler.bodies[path] = body
        return f"http://127.0.0.1:{server.server_address[1]}{path}"

    yield add
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
