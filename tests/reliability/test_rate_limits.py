"""429 answers: every form of the requested wait, a wait too long, POST, giving up."""

from __future__ import annotations

import email.utils
import time

import pytest

from sesamy_facade import Retry
from sesamy_facade.errors import RateLimitError
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import KINDS, Kind, call, retry_waits
from ._servers import Connection, RawServer, answer_json
from .conftest import Logs, Verify

RATE_LIMITED = {"error": {"code": "rate_limit_exceeded", "message": "slow down"}}


@pytest.mark.parametrize("kind", KINDS)
def test_retry_after_seconds_sets_the_wait(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    logs: Logs,
    verify: Verify,
) -> None:
    fake.faults.fail_next(429, retry_after=2)

    outcome = call(
        kind, lambda c: c.contracts.get(contract_id), auth=token, base_url=served.url
    )

    assert outcome.value.id == contract_id
    assert retry_waits(logs.messages()) == [2.0]
    verify("429-retry-after-seconds", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_retry_after_http_date_sets_the_wait(
    kind: Kind, logs: Logs, verify: Verify
) -> None:
    def limited(conn: Connection) -> None:
        if conn.read_request():
            when = email.utils.formatdate(time.time() + 3, usegmt=True)
            conn.send_json(429, RATE_LIMITED, **{"Retry-After": when})

    with RawServer([limited, answer_json(200, ["a"])]) as server:
        outcome = call(
            kind, lambda c: c.tags.list(), auth="t", base_url=server.url, api="client"
        )

    assert outcome.value == ["a"]
    [wait] = retry_waits(logs.messages())
    assert 1.0 <= wait <= 3.0
    verify("429-retry-after-date", kind, outcome.name, len(server.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_body_retry_after_sets_the_wait(kind: Kind, logs: Logs, verify: Verify) -> None:
    body = {"error": {**RATE_LIMITED["error"], "retry_after": 2}}
    replies = [answer_json(429, body), answer_json(200, ["a"])]
    with RawServer(replies) as server:
        outcome = call(
            kind, lambda c: c.tags.list(), auth="t", base_url=server.url, api="client"
        )

    assert outcome.value == ["a"]
    assert retry_waits(logs.messages()) == [2.0]
    verify("429-body-retry-after", kind, outcome.name, len(server.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_rate_limit_reset_sets_the_wait(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    logs: Logs,
    verify: Verify,
) -> None:
    fake.faults.fail_next(429, retry_after=None, rate_limit_reset=4)

    outcome = call(
        kind, lambda c: c.contracts.get(contract_id), auth=token, base_url=served.url
    )

    assert outcome.value.id == contract_id
    [wait] = retry_waits(logs.messages())
    assert 2.0 <= wait <= 4.0
    verify("429-ratelimit-reset", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_wait_beyond_the_maximum_raises_at_once(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fake.faults.fail_next(429, retry_after=120)

    outcome = call(
        kind,
        lambda c: c.contracts.get(contract_id),
        auth=token,
        base_url=served.url,
        retry=Retry(max_retry_after=30),
    )

    assert isinstance(outcome.error, RateLimitError)
    assert outcome.error.retry_after == 120
    assert outcome.elapsed < 30  # far below the 120 s asked for: it did not wait
    verify("429-beyond-max", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_429_every_time_gives_up_after_max_retries(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fake.faults.fail_next(429, 429, 429, 429, retry_after=1)

    outcome = call(
        kind, lambda c: c.contracts.get(contract_id), auth=token, base_url=served.url
    )

    assert isinstance(outcome.error, RateLimitError)
    assert outcome.error.status_code == 429
    verify("429-always", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_post_is_retried_after_429(
    kind: Kind, fake: FakeSesamy, served: FakeServer, token: str, verify: Verify
) -> None:
    fake.faults.fail_next(429, method="POST", retry_after=1)

    outcome = call(
        kind,
        lambda c: c.users.create(email="new@example.test"),
        auth=token,
        base_url=served.url,
    )

    assert outcome.value.email == "new@example.test"
    posts = [r for r in fake.requests if r.method == "POST"]
    verify("429-post", kind, outcome.name, len(posts))
