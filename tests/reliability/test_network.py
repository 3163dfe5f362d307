"""No response, a broken one, or a late one: refused, reset, dropped, slow, silent."""

from __future__ import annotations

import pytest

from sesamy_facade import Retry
from sesamy_facade.errors import APIConnectionError, APITimeoutError
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import KINDS, Kind, attempts, call
from ._servers import (
    RawServer,
    answer_json,
    closed_port,
    reset_before_response,
    trickle,
)
from .conftest import Logs, Verify

# Retries that do not wait, bounded by a budget.
BUDGET = 1.5
BUDGETED = Retry(retry_timeout=BUDGET, wait_initial=0.0, wait_max=0.0)

# A silent server: each attempt lasts at least the timeout, so attempts start at
# 0, >= 0.8 and >= 1.6 s and a fourth could start no earlier than 2.4 s, past the
# 2.2 s budget whatever the load; the third starts unless two attempts overrun
# their timeout by 0.6 s in all, a wide margin on a busy machine.
SILENT_TIMEOUT = 0.8
SILENT_BUDGET = 2.2
SILENT_BUDGETED = Retry(retry_timeout=SILENT_BUDGET, wait_initial=0.0, wait_max=0.0)

# Upper bounds on elapsed time are hang guards, not performance assertions.
HANG_GUARD = 5.0


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case_id", ["refused-get", "refused-post"])
def test_refused_connection_is_retried_then_raises(
    kind: Kind, case_id: str, logs: Logs, verify: Verify
) -> None:
    def action(client: object) -> object:
        tags = client.tags  # type: ignore[attr-defined]
        return tags.list() if case_id == "refused-get" else tags.add(tag="a")

    outcome = call(kind, action, auth="t", base_url=closed_port(), api="client")

    assert type(outcome.error) is APIConnectionError
    assert outcome.error.path == "/tags"
    tries = attempts(logs.messages())
    verify(case_id, kind, outcome.name, f"{tries} attempts")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("case_id", "resets"),
    [("reset-before-response-once", 1), ("reset-before-response-always", 5)],
)
def test_reset_before_the_response_is_retried_for_get(
    kind: Kind, case_id: str, resets: int, verify: Verify
) -> None:
    behaviours = [reset_before_response] * resets + [answer_json(200, ["a"])]
    with RawServer(behaviours) as server:
        outcome = call(
            kind, lambda c: c.tags.list(), auth="t", base_url=server.url, api="client"
        )

    if resets == 1:
        assert outcome.value == ["a"]
    else:
        assert type(outcome.error) is APIConnectionError
    verify(case_id, kind, outcome.name, len(server.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_reset_before_the_response_is_not_retried_for_post(
    kind: Kind, verify: Verify
) -> None:
    with RawServer([reset_before_response, answer_json(204, None)]) as server:
        outcome = call(
            kind,
            lambda c: c.tags.add(tag="a"),
            auth="t",
            base_url=server.url,
            api="client",
        )

    assert type(outcome.error) is APIConnectionError
    verify("reset-before-response-post", kind, outcome.name, len(server.requests))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("case_id", "resets"), [("reset-mid-body-once", 1), ("reset-mid-body-always", 5)]
)
def test_reset_in_the_middle_of_the_body_is_retried_for_get(
    kind: Kind,
    case_id: str,
    resets: int,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fake.faults.disconnect_next("reset", count=resets)

    outcome = call(
        kind, lambda c: c.contracts.get(contract_id), auth=token, base_url=served.url
    )

    if resets == 1:
        assert outcome.value.id == contract_id
    else:
        assert type(outcome.error) is APIConnectionError
    verify(case_id, kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_dropped_connection_is_retried_for_get(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fake.faults.disconnect_next("drop")

    outcome = call(
        kind, lambda c: c.contracts.get(contract_id), auth=token, base_url=served.url
    )

    assert outcome.value.id == contract_id
    verify("drop-once", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_read_timeout_is_retried_for_get(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fake.faults.add_latency(0.6, count=1)

    outcome = call(
        kind,
        lambda c: c.contracts.get(contract_id),
        auth=token,
        base_url=served.url,
        timeout=0.2,
    )

    assert outcome.value.id == contract_id
    verify("read-timeout-get", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_read_timeout_is_not_retried_for_post(
    kind: Kind, fake: FakeSesamy, served: FakeServer, token: str, verify: Verify
) -> None:
    fake.faults.add_latency(0.6, count=1)

    outcome = call(
        kind,
        lambda c: c.users.create(email="slow@example.test"),
        auth=token,
        base_url=served.url,
        timeout=0.2,
    )

    assert type(outcome.error) is APITimeoutError
    verify("read-timeout-post", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_server_that_never_answers_is_bounded_by_timeout_and_budget(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fake.faults.max_hang = 5.0
    fake.faults.disconnect_next("hang", count=20)

    outcome = call(
        kind,
        lambda c: c.contracts.get(contract_id),
        auth=token,
        base_url=served.url,
        timeout=SILENT_TIMEOUT,
        max_retries=10,
        retry=SILENT_BUDGETED,
    )

    assert type(outcome.error) is APITimeoutError
    print(f"never answers: gave up after {outcome.elapsed:.2f} s")
    assert outcome.elapsed < SILENT_BUDGET + SILENT_TIMEOUT + HANG_GUARD
    verify("never-answers", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_trickling_body_is_bounded_by_the_budget(kind: Kind, verify: Verify) -> None:
    with RawServer([trickle(600, 0.1)]) as server:
        outcome = call(
            kind,
            lambda c: c.tags.list(),
            auth="t",
            base_url=server.url,
            api="client",
            timeout=0.4,
            max_retries=10,
            retry=BUDGETED,
        )

    assert type(outcome.error) is APITimeoutError
    print(f"trickle: gave up after {outcome.elapsed:.2f} s")
    assert outcome.elapsed < BUDGET + HANG_GUARD
    verify("trickle", kind, outcome.name, len(server.requests))
