"""
No token, client secret or Authorization value in logs, errors, reprs or cassettes.

Every test of this suite already runs with DEBUG records of the root logger
searched on teardown (see `conftest.logs`); this test drives one client through
the paths most likely to leak and searches everything it can reach.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sesamy_facade import ClientCredentials, SesamyManagement
from sesamy_facade.errors import (
    AuthenticationError,
    ServerError,
    SesamyError,
    UnexpectedResponseError,
)
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import assert_no_secret, exception_texts, secret
from ._servers import TokenServer, closed_port
from .conftest import Logs, Verify

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"


def _reprs(error: BaseException) -> Iterator[str]:
    yield from exception_texts(error)
    response = getattr(error, "response", None)
    if response is not None:
        yield repr(response)
        yield repr(response.request)
        yield repr(response.headers)
        yield repr(response.request.headers)


def _failing_calls(
    client: SesamyManagement, fake: FakeSesamy, contract_id: str
) -> list[SesamyError]:
    errors: list[SesamyError] = []
    faults = fake.faults
    steps: list[tuple[Any, type[SesamyError]]] = [
        (lambda: faults.fail_next(503, 503, 503), ServerError),
        (lambda: faults.corrupt_next("missing_required"), UnexpectedResponseError),
        (lambda: faults.fail_next(401, 401), AuthenticationError),
    ]
    for arrange, expected in steps:
        arrange()
        with pytest.raises(expected) as caught:
            client.contracts.get(contract_id)
        errors.append(caught.value)
    return errors


def test_no_secret_in_logs_errors_or_reprs(
    fake: FakeSesamy,
    served: FakeServer,
    contract_id: str,
    logs: Logs,
    verify: Verify,
) -> None:
    issued = [secret(fake.issue_token("vendor-a", sub=f"s{n}@clients")) for n in (1, 2)]
    client_secret = secret("s3cr3t-used-for-the-leak-hunt")
    texts: list[str] = []
    with TokenServer(issued) as tokens:
        credentials = ClientCredentials("leak-hunt", client_secret, tokens.token_url)
        with SesamyManagement(credentials, base_url=served.url) as client:
            assert client.contracts.get(contract_id).id == contract_id
            errors: list[BaseException] = [*_failing_calls(client, fake, contract_id)]
            texts += [repr(client), str(client), repr(credentials), str(credentials)]
        unreachable = ClientCredentials("leak-hunt", client_secret, closed_port())
        with SesamyManagement(unreachable, base_url=served.url) as client:
            with pytest.raises(AuthenticationError) as caught:
                client.contracts.get(contract_id)
            errors.append(caught.value)
            texts.append(repr(client))
        requests_made = tokens.requests
    for client_id, given in (
        ("reliability-client", "s3cr3t-reliability"),
        ("reliability-client", client_secret),
    ):
        fake_tokens = ClientCredentials(client_id, given, served.token_url)
        with SesamyManagement(fake_tokens, base_url=served.url) as client:
            try:
                client.contracts.get(contract_id)
            except AuthenticationError as exc:
                errors.append(exc)
    assert isinstance(errors[-1], AuthenticationError)
    assert errors[-1].code == "invalid_client"

    for error in errors:
        texts.extend(_reprs(error))
    assert_no_secret(texts, "an error or a repr")
    records = logs.rendered()
    assert_no_secret(records, "a log record")
    assert any("token endpoint" in r for r in records)
    assert any("Retrying GET" in r for r in records)
    assert any(r.startswith("httpcore.") for r in records)
    assert requests_made == 2
    verify("secrets-everywhere", "sync", "ok", "-")


def test_cassettes_hold_no_secret(verify: Verify) -> None:
    files = sorted(p for p in CASSETTES.rglob("*") if p.is_file())
    if not files:
        pytest.skip("no cassettes recorded yet")

    for path in files:
        assert_no_secret([path.read_text("utf-8")], f"cassette {path.name}")
    verify("cassettes-scrubbed", "sync", "ok", "-")
