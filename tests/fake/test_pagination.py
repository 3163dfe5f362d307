"""Walking pages yields every matching item exactly once, in a stable order."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sesamy_facade.testing import FakeSesamy

from .conftest import client_for

FAKE = FakeSesamy(seed=5, users=40, contracts_per_user=4)
STATUSES = sorted({c["status"] for c in FAKE.records("contracts")})
USERS = FAKE.user_ids()
ADMIN_TOKEN = FAKE.issue_token("vendor-a", sub="backoffice@clients")
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _walk(
    client: httpx.Client, path: str, limit: int, params: dict[str, str]
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for page in range(10_000):
        query = {**params, "limit": str(limit), "offset": str(page * limit)}
        response = client.get(path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        chunk = body["data"] if FAKE.list_shape == "envelope" else body
        items.extend(chunk)
        if FAKE.list_shape == "envelope":
            pagination = body["pagination"]
            assert pagination["limit"] == limit
            assert pagination["offset"] == page * limit
            if not pagination["hasMore"]:
                return items
        elif len(chunk) < limit:
            return items
    raise AssertionError("pagination never ended")


@pytest.fixture(scope="module", params=["array", "envelope"])
def admin(request: pytest.FixtureRequest) -> httpx.Client:
    FAKE.list_shape = request.param
    return client_for(FAKE, ADMIN_TOKEN)


@SETTINGS
@given(
    limit=st.integers(min_value=1, max_value=70),
    status=st.none() | st.sampled_from(STATUSES),
    user_id=st.none() | st.sampled_from(USERS),
)
def test_walking_contract_pages_yields_each_matching_contract_once(
    admin: httpx.Client, limit: int, status: str | None, user_id: str | None
) -> None:
    params = {"status": status, "userId": user_id}
    query = {k: v for k, v in params.items() if v is not None}
    expected = [
        c["id"]
        for c in FAKE.records("contracts")
        if all(c[k] == v for k, v in query.items())
    ]

    walked = [c["id"] for c in _walk(admin, "/management/contracts", limit, query)]

    assert walked == expected


@SETTINGS
@given(
    limit=st.integers(min_value=1, max_value=90),
    field=st.sampled_from(["createdAt", "price", "status", "userId"]),
    descending=st.booleans(),
)
def test_sorted_contract_pages_are_ordered_and_complete(
    admin: httpx.Client, limit: int, field: str, descending: bool
) -> None:
    sort = f"-{field}" if descending else field

    walked = _walk(admin, "/management/contracts", limit, {"sort": sort})

    values = [c[field] for c in walked]
    assert values == sorted(values, reverse=descending)
    assert sorted(c["id"] for c in walked) == sorted(
        c["id"] for c in FAKE.records("contracts")
    )


@SETTINGS
@given(
    limit=st.integers(min_value=1, max_value=60),
    status=st.none() | st.sampled_from(["PAID", "PENDING", "OVERDUE", "VOIDED"]),
)
def test_walking_bill_pages_yields_each_matching_bill_once(
    admin: httpx.Client, limit: int, status: str | None
) -> None:
    query = {} if status is None else {"status": status}
    expected = [
        b["id"]
        for b in FAKE.records("bills")
        if status is None or b["status"] == status
    ]

    walked = [b["id"] for b in _walk(admin, "/management/bills", limit, query)]

    assert walked == expected


@SETTINGS
@given(limit=st.integers(min_value=1, max_value=12), user_id=st.sampled_from(USERS))
def test_client_bill_pages_are_the_users_visible_bills_newest_first(
    admin: httpx.Client, limit: int, user_id: str
) -> None:
    user = client_for(FAKE, FAKE.issue_token("vendor-a", sub=user_id))
    expected = [
        b["id"]
        for b in reversed(FAKE.records("bills"))
        if b["userId"] == user_id and b["status"] not in ("DRAFT", "EXPIRED")
    ]

    walked = [b["id"] for b in _walk(user, "/bills", limit, {})]

    assert walked == expected


def test_a_limit_above_the_maximum_is_a_validation_error_naming_limit(
    admin: httpx.Client,
) -> None:
    response = admin.get("/management/contracts", params={"limit": 1001})

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["details"]["field"] == "limit"


def test_sorting_by_an_unknown_field_is_a_validation_error_naming_sort(
    admin: httpx.Client,
) -> None:
    response = admin.get("/management/contracts", params={"sort": "-shoeSize"})

    assert response.status_code == 400
    assert response.json()["error"]["details"]["field"] == "sort"


def test_snake_case_sort_fields_from_the_docs_are_accepted(admin: httpx.Client) -> None:
    response = admin.get("/management/contracts", params={"sort": "-created_at"})

    assert response.status_code == 200


def test_envelope_reports_the_total_and_whether_more_pages_follow() -> None:
    fake = FakeSesamy(seed=1, users=5, contracts_per_user=3, list_shape="envelope")
    admin = client_for(fake, fake.issue_token("vendor-a", sub="ops@clients"))

    body = admin.get("/management/contracts", params={"limit": 10}).json()

    assert body["pagination"] == {
        "total": 15,
        "limit": 10,
        "offset": 0,
        "hasMore": True,
    }
