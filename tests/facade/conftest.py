"""Fixtures for the facade's tests: a loopback server, JWTs, zero-wait retries."""

from __future__ import annotations

import base64
import importlib.util
import json
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sesamy_facade import retries_without_wait

# Loaded by path under a name of its own, so that no other tests folder's helper
# module of the same name can stand in for it.
_SPEC = importlib.util.spec_from_file_location(
    "sesamy_facade_tests_server", Path(__file__).with_name("_server.py")
)
assert _SPEC is not None
assert _SPEC.loader is not None
_server = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = _server
_SPEC.loader.exec_module(_server)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[Any]:
    loopback = _server.LoopbackServer().start()
    yield loopback
    loopback.stop()


@pytest.fixture(autouse=True)
def _no_waits() -> Iterator[None]:
    with retries_without_wait():
        yield


@pytest.fixture
def clear_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (
        "SESAMY_TOKEN",
        "SESAMY_CLIENT_ID",
        "SESAMY_CLIENT_SECRET",
        "SESAMY_ENVIRONMENT",
        "SESAMY_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def dead_url() -> str:
    """A loopback URL where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def make_jwt(**claims: Any) -> str:
    def part(value: dict[str, Any]) -> str:
        raw = json.dumps(value).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.signature"


@pytest.fixture
def jwt() -> Callable[..., str]:
    return make_jwt


def contract(contract_id: str = "c1") -> dict[str, Any]:
    """A client API Contract with every required field."""
    return {
        "id": contract_id,
        "name": "Premium",
        "userId": "u1",
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
        "price": 9.0,
        "nextBillAt": "2026-02-01T00:00:00Z",
        "nextPrice": 9.0,
        "currency": "SEK",
        "items": [],
        "status": "ACTIVE",
        "isActive": True,
        "willCancelAt": None,
        "appliedDiscounts": [],
    }


def entitlement(entitlement_id: str = "e1", kind: str = "article") -> dict[str, Any]:
    """An Entitlement (same shape in both APIs)."""
    return {
        "id": entitlement_id,
        "sku": "sku-1",
        "title": "An article",
        "type": kind,
        "hasAccess": True,
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
    }


def profile(user_id: str = "u1") -> dict[str, Any]:
    """A management API Profile (a user)."""
    return {
        "userId": user_id,
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
    }


@pytest.fixture
def bodies() -> Any:
    class Bodies:
        contract = staticmethod(contract)
        entitlement = staticmethod(entitlement)
        profile = staticmethod(profile)

    return Bodies
