"""A listing the facade cannot fetch whole raises instead of returning part of it."""

from __future__ import annotations

import httpx
import pytest

from sesamy_facade import SesamyClient, SesamyManagement
from sesamy_facade.errors import PaginationError
from sesamy_facade.testing import FakeSesamy


def test_a_server_capping_pages_below_page_size_is_refused() -> None:
    fake = FakeSesamy(users=125, contracts_per_user=2, list_shape="envelope")
    token = fake.issue_token("vendor-a")
    upstream = fake.transport()

    def cap_at_fifty(request: httpx.Request) -> httpx.Response:
        capped = request.url.copy_set_param("limit", "50")
        forwarded = httpx.Request("GET", capped, headers=request.headers)
        response = upstream.handle_request(forwarded)
        response.read()
        return response

    http = httpx.Client(transport=httpx.MockTransport(cap_at_fifty))
    with (
        SesamyManagement(token, base_url="http://127.0.0.1:9", http_client=http) as m,
        pytest.raises(PaginationError, match="page_size=50"),
    ):
        list(m.contracts.list(page_size=100))


def test_an_unpaged_operation_reporting_more_items_is_refused() -> None:
    fake = FakeSesamy(users=1, contracts_per_user=150, list_shape="envelope")
    user_id = fake.user_ids("vendor-a")[0]
    token = fake.issue_token("vendor-a", sub=user_id)
    http = httpx.Client(transport=fake.transport())

    with (
        SesamyClient(token, base_url="http://127.0.0.1:9", http_client=http) as c,
        pytest.raises(PaginationError, match="declares no paging"),
    ):
        list(c.contracts.list())


def test_the_same_unpaged_listing_within_one_page_is_returned_whole() -> None:
    fake = FakeSesamy(users=1, contracts_per_user=30, list_shape="envelope")
    user_id = fake.user_ids("vendor-a")[0]
    token = fake.issue_token("vendor-a", sub=user_id)
    http = httpx.Client(transport=fake.transport())

    with SesamyClient(token, base_url="http://127.0.0.1:9", http_client=http) as c:
        contracts = list(c.contracts.list())

    assert len({contract.id for contract in contracts}) == 30
