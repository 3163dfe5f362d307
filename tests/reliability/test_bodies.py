"""Successful statuses with bodies that do not match the spec."""

from __future__ import annotations

from typing import Any

import pytest

from sesamy_facade.errors import UnexpectedResponseError
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import KINDS, Kind, call
from ._servers import RawServer, answer_raw
from .cases import cases_for
from .conftest import Verify

_FIELDS = {"body-bad-enum": "contractDuration", "body-missing-required": "id"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "case_id", cases_for("test_bodies.py::test_broken_body_raises_unexpected_response")
)
def test_broken_body_raises_unexpected_response(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fault: Any = case_id.removeprefix("body-").replace("-", "_")
    fake.faults.corrupt_next(fault)

    outcome = call(
        kind, lambda c: c.contracts.get(contract_id), auth=token, base_url=served.url
    )

    error = outcome.error
    assert isinstance(error, UnexpectedResponseError)
    assert error.operation == "getContract"
    assert str(error).startswith("getContract: ")
    assert error.field == _FIELDS.get(case_id)
    assert isinstance(error.__cause__, ValueError | KeyError | type(None))
    verify(case_id, kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_body_short_of_its_content_length_is_a_transport_error(
    kind: Kind,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    contract_id: str,
    verify: Verify,
) -> None:
    fake.faults.corrupt_next("truncated")

    outcome = call(
        kind, lambda c: c.contracts.get(contract_id), auth=token, base_url=served.url
    )

    assert outcome.value.id == contract_id
    verify("body-truncated-transport", kind, outcome.name, len(fake.requests))


@pytest.mark.parametrize("kind", KINDS)
def test_truncated_json_raises_unexpected_response(kind: Kind, verify: Verify) -> None:
    with RawServer([answer_raw(200, b'["a", "b', "application/json")]) as server:
        outcome = call(
            kind, lambda c: c.tags.list(), auth="t", base_url=server.url, api="client"
        )

    assert isinstance(outcome.error, UnexpectedResponseError)
    assert outcome.error.operation == "listTags"
    assert outcome.error.body == b'["a", "b'
    verify("body-truncated-json", kind, outcome.name, len(server.requests))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case_id", ["list-page-2-malformed", "list-bad-enum"])
def test_broken_page_in_a_listing_names_the_list_operation(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    verify: Verify,
) -> None:
    def break_next_page() -> None:
        fault: Any = "malformed_json" if case_id == "list-page-2-malformed" else None
        fake.faults.corrupt_next(fault or "bad_enum")

    def action(client: Any) -> Any:
        pages = client.contracts.list(page_size=5).pages()
        if case_id == "list-bad-enum":
            break_next_page()
            return pages
        if kind == "sync":
            next(pages)
            break_next_page()
            return pages

        async def rest() -> list[Any]:
            await anext(pages)
            break_next_page()
            return [page async for page in pages]

        return rest()

    outcome = call(kind, action, auth=token, base_url=served.url)

    assert isinstance(outcome.error, UnexpectedResponseError)
    assert outcome.error.operation == "listContracts"
    if case_id == "list-bad-enum":
        assert str(outcome.error.field).endswith("contractDuration")
    verify(case_id, kind, outcome.name, len(fake.requests))
