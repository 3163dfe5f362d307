"""A token endpoint failure keeps no reference to the request holding the secret."""

from __future__ import annotations

import socket

import pytest

from sesamy_facade import ClientCredentials, SesamyManagement, retries_without_wait
from sesamy_facade.errors import AuthenticationError

SECRET = "s3cret-that-must-stay-put"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_unreachable_token_endpoint_error_has_no_cause_or_context() -> None:
    port = _closed_port()
    credentials = ClientCredentials(
        "client", SECRET, token_url=f"http://127.0.0.1:{port}/oauth/token"
    )
    client = SesamyManagement(credentials, base_url=f"http://127.0.0.1:{port}")

    with retries_without_wait(), client, pytest.raises(AuthenticationError) as caught:
        client.contracts.get("c1")

    error = caught.value
    assert error.__cause__ is None
    assert error.__context__ is None
    assert SECRET not in repr(error)
