"""Hostile or mistaken arguments: encoded in place, or refused before sending."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from sesamy_facade.errors import NotFoundError
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import KINDS, Kind, call
from .cases import BY_ID, cases_for
from .conftest import Verify

_PATH_VALUES = {
    "path-slash": "a/b",
    "path-dotdot": "../x",
    "path-dotdot-alone": "..",
    "path-percent": "%2F",
    "path-question": "a?b=c",
    "path-hash": "a#b",
    "path-crlf": "a\r\nX-Evil: 1",
    "path-unicode": "ünï ✓",
}
CONTRACTS = "/management/contracts/"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case_id", list(_PATH_VALUES))
def test_path_parameter_stays_in_its_segment(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    verify: Verify,
) -> None:
    value = _PATH_VALUES[case_id]

    outcome = call(
        kind, lambda c: c.contracts.get(value), auth=token, base_url=served.url
    )

    assert isinstance(outcome.error, NotFoundError)
    [received] = fake.requests
    assert received.path.startswith(CONTRACTS)
    segment = received.path.removeprefix(CONTRACTS)
    assert not set(segment) & set("/?#\r\n ")
    assert unquote(segment) == value
    assert f"`{segment}`" in BY_ID[case_id].note
    verify(case_id, kind, outcome.name, len(fake.requests))


def test_query_value_arrives_intact(
    fake: FakeSesamy, served: FakeServer, token: str, verify: Verify
) -> None:
    value = "a&b=c#d e+f%"

    outcome = call(
        "sync", lambda c: c.users.list(search=value), auth=token, base_url=served.url
    )

    assert outcome.value == []
    [received] = fake.requests
    query = parse_qs(urlsplit(received.path).query)
    assert query["search"] == [value]
    assert query["limit"] == ["100"]
    verify("query-reserved", "sync", outcome.name, len(fake.requests))


_LINE_BREAK = "tok\r\nX-Evil: 1"
_TOKENS: dict[str, Any] = {
    "header-crlf-static-token": _LINE_BREAK,
    "header-crlf-callable-token": lambda: _LINE_BREAK,
}


@pytest.mark.parametrize("case_id", list(_TOKENS))
def test_header_value_with_a_line_break_is_refused_before_sending(
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    contract_id: str,
    verify: Verify,
) -> None:
    outcome = call(
        "sync",
        lambda c: c.contracts.get(contract_id),
        auth=_TOKENS[case_id],
        base_url=served.url,
    )

    assert isinstance(outcome.error, ValueError)
    assert "CR, LF" in str(outcome.error)
    verify(case_id, "sync", outcome.name, len(fake.requests))


_BAD_CALLS: dict[str, Callable[[Any], Any]] = {
    "arg-page-size-zero": lambda c: c.contracts.list(page_size=0),
    "arg-page-size-negative": lambda c: c.contracts.list(page_size=-5),
    "arg-page-size-str": lambda c: c.contracts.list(page_size="10"),
    "arg-page-size-float": lambda c: c.contracts.list(page_size=2.5),
    "arg-max-items-negative": lambda c: c.contracts.list(max_items=-1),
    "arg-max-items-str": lambda c: c.contracts.list(max_items="3"),
    "arg-id-none": lambda c: c.contracts.get(None),
    "arg-id-dict": lambda c: c.contracts.get({"id": "c1"}),
    "arg-id-int": lambda c: c.contracts.get(7),
    "arg-id-empty": lambda c: c.contracts.get(""),
    "arg-filter-dict": lambda c: c.contracts.list(user_id={"a": 1}),
    "arg-filter-list": lambda c: c.contracts.list(status=["a"]),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "case_id",
    cases_for("test_bad_input.py::test_bad_argument_is_refused_before_any_request"),
)
def test_bad_argument_is_refused_before_any_request(
    kind: Kind,
    case_id: str,
    fake: FakeSesamy,
    served: FakeServer,
    token: str,
    verify: Verify,
) -> None:
    outcome = call(kind, _BAD_CALLS[case_id], auth=token, base_url=served.url)

    assert isinstance(outcome.error, TypeError | ValueError)
    assert str(outcome.error)
    verify(case_id, kind, outcome.name, len(fake.requests))


def test_huge_max_items_is_just_no_limit(
    fake: FakeSesamy, served: FakeServer, token: str, verify: Verify
) -> None:
    outcome = call(
        "sync",
        lambda c: c.contracts.list(page_size=8, max_items=10**12),
        auth=token,
        base_url=served.url,
    )

    assert [c.id for c in outcome.value] == [c["id"] for c in fake.records("contracts")]
    verify("max-items-huge", "sync", outcome.name, len(fake.requests))
