"""5xx answers: GET recovers within `max_retries` or gives up; POST is sent once."""

from __future__ import annotations

import pytest

from sesamy_facade.errors import ServerError
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import KINDS, Kind, call
from .cases import cases_for
from .conftest import Verify

_TIMES = {"once": 1, "twice": 2, "always": 10}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "case_id", cases_for("test_server_errors.py::test_get_is_retried_on_5xx")
)
def test_get_is_retried_on_5xx(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    _, status, times = case_id.split("-")
    fake.faults.fail_next(*[int(status)] * _TIMES[times], method="GET")

    outcome = call(
        kind, lambda c: c.contracts.get(contract_id), auth=token, base_url=served.url
    )

    if times == "always":
        assert isinstance(outcome.error, ServerError)
        assert outcome.error.status_code == int(status)
    else:
        assert outcome.value.id == contract_id
    verify(case_id, kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_get_recovers_within_a_larger_max_retries(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fake.faults.fail_next(503, 503, 503, 503)

    outcome = call(
        kind,
        lambda c: c.contracts.get(contract_id),
        auth=token,
        base_url=served.url,
        max_retries=4,
    )

    assert outcome.value.id == contract_id
    verify(
        "get-503-recovers-within-max-retries", kind, outcome.name, len(fake.requests)
    )


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("case_id", "status"), [("post-503", 503), ("post-500", 500)])
def test_post_is_sent_once_on_5xx(
    kind: Kind,
    case_id: str,
    status: int,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    verify: Verify,
) -> None:
    fake.faults.fail_next(status, status, status, method="POST")

    outcome = call(
        kind,
        lambda c: c.users.create(email="new@example.test"),
        auth=token,
        base_url=served.url,
    )

    assert isinstance(outcome.error, ServerError)
    assert fake.faults.pending == 2
    verify(case_id, kind, outcome.name, len(fake.requests))
