"""Refused tokens and token endpoints that fail: refresh once, or fail cleanly."""

from __future__ import annotations

import pytest

from sesamy_facade import ClientCredentials
from sesamy_facade.errors import AuthenticationError
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import KINDS, Kind, call, secret
from ._servers import (
    Behaviour,
    RawServer,
    TokenServer,
    answer_json,
    answer_raw,
    closed_port,
    never_answer,
)
from .conftest import Verify

CLIENT_SECRET = secret("cl1ent-s3cret-for-the-token-endpoint")


def _credentials(token_url: str) -> ClientCredentials:
    return ClientCredentials("reliability-client", CLIENT_SECRET, token_url=token_url)


def _expired(fake: FakeSesamy) -> str:
    return secret(fake.issue_token("vendor-a", sub="a@clients", expires_in=-60))


def _counts(token_requests: int, fake: FakeSesamy) -> str:
    return f"{token_requests} token + {len(fake.requests)} API"


@pytest.mark.parametrize("kind", KINDS)
def test_expired_token_is_refreshed_and_replayed_once(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    with TokenServer([_expired(fake), token]) as tokens:
        outcome = call(
            kind,
            lambda c: c.contracts.get(contract_id),
            auth=_credentials(tokens.token_url),
            base_url=served.url,
        )

    assert outcome.value.id == contract_id
    assert all(b"client_secret=" in body for body in tokens.bodies)
    verify("401-expired-token", kind, outcome.name, _counts(tokens.requests, fake))


@pytest.mark.parametrize("kind", KINDS)
def test_second_401_is_raised_not_replayed_again(
    kind: Kind, fake: FakeSesamy, served: FakeServer, contract_id: str, verify: Verify
) -> None:
    with TokenServer([_expired(fake), _expired(fake)]) as tokens:
        outcome = call(
            kind,
            lambda c: c.contracts.get(contract_id),
            auth=_credentials(tokens.token_url),
            base_url=served.url,
        )

    assert isinstance(outcome.error, AuthenticationError)
    assert outcome.error.status_code == 401
    verify("401-twice", kind, outcome.name, _counts(tokens.requests, fake))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case_id", ["token-endpoint-refused", "token-endpoint-hangs"])
def test_unreachable_token_endpoint_raises_authentication_error(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    contract_id: str,
    verify: Verify,
) -> None:
    with RawServer([never_answer]) as server:
        url = server.url if case_id.endswith("hangs") else closed_port()
        outcome = call(
            kind,
            lambda c: c.contracts.get(contract_id),
            auth=_credentials(url + "/oauth/token"),
            base_url=served.url,
            timeout=0.3,
        )

    assert isinstance(outcome.error, AuthenticationError)
    assert "could not be reached" in str(outcome.error)
    assert outcome.error.__cause__ is None
    assert outcome.elapsed < 3
    verify(case_id, kind, outcome.name, _counts(len(server.requests), fake))


_GARBAGE: dict[str, Behaviour] = {
    "token-endpoint-html": answer_raw(200, b"<html>Sign in</html>", "text/html"),
    "token-endpoint-500": answer_raw(500, b"<html>Oops</html>", "text/html"),
    "token-endpoint-invalid-json": answer_raw(
        200, b'{"access_token": ', "application/json"
    ),
    "token-endpoint-crlf-token": answer_json(
        200, {"access_token": "abc\r\nX-Evil: 1", "expires_in": 3600}
    ),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case_id", list(_GARBAGE))
def test_token_endpoint_garbage_raises_authentication_error(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    contract_id: str,
    verify: Verify,
) -> None:
    with RawServer([_GARBAGE[case_id]]) as server:
        outcome = call(
            kind,
            lambda c: c.contracts.get(contract_id),
            auth=_credentials(server.url + "/oauth/token"),
            base_url=served.url,
        )

    assert isinstance(outcome.error, AuthenticationError)
    assert outcome.error.response is None
    assert "X-Evil" not in str(outcome.error)
    verify(case_id, kind, outcome.name, _counts(len(server.requests), fake))
