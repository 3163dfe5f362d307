"""Refused tokens and token endpoints that fail: refresh once, or fail cleanly."""

from __future__ import annotations

import pytest

from sesamy_facade import ClientCredentials
from sesamy_facade.errors import AuthenticationError
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import KINDS, Kind, call, retry_waits, secret, token_attempts
from ._servers import (
    Behaviour,
    RawServer,
    TokenServer,
    answer_json,
    answer_raw,
    closed_port,
    never_answer,
    reset_before_response,
)
from .conftest import Logs, Verify

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
    logs: Logs,
    verify: Verify,
) -> None:
    with RawServer([never_answer]) as server:
        hangs = case_id.endswith("hangs")
        url = server.url if hangs else closed_port()
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
    assert outcome.elapsed < 10  # a hang guard, not a performance bound
    if hangs:
        counts = _counts(len(server.requests), fake)
    else:
        tries = token_attempts(logs.messages())
        counts = f"{tries} token attempts + {len(fake.requests)} API"
    verify(case_id, kind, outcome.name, counts)


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


_TRANSIENT: dict[str, Behaviour] = {
    "token-endpoint-503-once": answer_raw(503, b"<html>Busy</html>", "text/html"),
    "token-endpoint-429-retry-after": answer_json(
        429, {"error": "slow_down"}, **{"Retry-After": "2"}
    ),
    "token-endpoint-reset-once": reset_before_response,
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case_id", list(_TRANSIENT))
def test_transient_token_endpoint_failure_is_ridden_out(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    logs: Logs,
    verify: Verify,
) -> None:
    issued = answer_json(200, {"access_token": token, "expires_in": 3600})
    with RawServer([_TRANSIENT[case_id], issued]) as server:
        outcome = call(
            kind,
            lambda c: c.contracts.get(contract_id),
            auth=_credentials(server.url + "/oauth/token"),
            base_url=served.url,
        )

    assert outcome.value.id == contract_id
    if case_id.endswith("retry-after"):
        assert retry_waits(logs.messages()) == [2.0]
    verify(case_id, kind, outcome.name, _counts(len(server.requests), fake))


_OAUTH_ERRORS = {
    "token-endpoint-400": (400, "invalid_request"),
    "token-endpoint-401": (401, "invalid_client"),
    "token-endpoint-403": (403, "unauthorized_client"),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case_id", list(_OAUTH_ERRORS))
def test_refused_credentials_are_not_retried(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    contract_id: str,
    verify: Verify,
) -> None:
    status, error = _OAUTH_ERRORS[case_id]
    body = {"error": error, "error_description": "Client authentication failed"}
    with RawServer([answer_json(status, body)]) as server:
        outcome = call(
            kind,
            lambda c: c.contracts.get(contract_id),
            auth=_credentials(server.url + "/oauth/token"),
            base_url=served.url,
        )

    assert isinstance(outcome.error, AuthenticationError)
    assert (outcome.error.status_code, outcome.error.code) == (status, error)
    assert "Client authentication failed" in str(outcome.error)
    verify(case_id, kind, outcome.name, _counts(len(server.requests), fake))
