"""Pagination: bare arrays and envelopes, sizes, filters, misbehaving servers."""

from __future__ import annotations

import asyncio
import sys
import threading
from typing import Any

import pytest

from sesamy_facade import (
    AsyncSesamyManagement,
    SesamyClient,
    SesamyManagement,
)
from sesamy_facade.errors import PaginationError, UnexpectedResponseError

USERS = "/management/users"


def _users(count: int) -> list[dict[str, Any]]:
    return [
        {"userId": f"u{n}", "createdAt": "2026-01-01", "updatedAt": "2026-01-01"}
        for n in range(count)
    ]


def _bare_pages(items: list[dict[str, Any]]) -> Any:
    def handler(request: Any) -> Any:
        offset = int(request.query.get("offset", ["0"])[0])
        limit = int(request.query.get("limit", ["100"])[0])
        return _reply(200, items[offset : offset + limit])

    return handler


def _envelope_pages(items: list[dict[str, Any]], with_total: bool = True) -> Any:
    def handler(request: Any) -> Any:
        offset = int(request.query["offset"][0])
        limit = int(request.query["limit"][0])
        page = items[offset : offset + limit]
        pagination: dict[str, Any] = {
            "limit": limit,
            "offset": offset,
            "hasMore": offset + len(page) < len(items),
        }
        if with_total:
            pagination["total"] = len(items)
        return _reply(200, {"data": page, "pagination": pagination})

    return handler


def _reply(status: int, body: Any) -> Any:
    return sys.modules["sesamy_facade_tests_server"].Reply(status, body)


def _offsets(server: Any) -> list[tuple[int, int]]:
    return [
        (int(r.query["offset"][0]), int(r.query["limit"][0]))
        for r in server.received("GET", USERS)
    ]


@pytest.fixture
def mgmt(server: Any) -> Any:
    with SesamyManagement("t", base_url=server.url) as client:
        yield client


def test_bare_arrays_are_paged_until_a_short_page(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _bare_pages(_users(25)))
    ids = [user.user_id for user in mgmt.users.list(page_size=10)]
    assert ids == [f"u{n}" for n in range(25)]
    assert _offsets(server) == [(0, 10), (10, 10), (20, 10)]


def test_bare_arrays_stop_on_an_empty_page(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _bare_pages(_users(20)))
    assert len(list(mgmt.users.list(page_size=10))) == 20
    assert _offsets(server) == [(0, 10), (10, 10), (20, 10)]


def test_envelope_stops_when_has_more_is_false(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _envelope_pages(_users(20)))
    assert len(list(mgmt.users.list(page_size=10))) == 20
    assert _offsets(server) == [(0, 10), (10, 10)]


def test_pages_report_offset_limit_total_and_has_more(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _envelope_pages(_users(15)))
    pages = list(mgmt.users.list(page_size=10).pages())
    assert [(p.offset, p.limit, p.total, p.has_more) for p in pages] == [
        (0, 10, 15, True),
        (10, 10, 15, False),
    ]
    assert [len(p.items) for p in pages] == [10, 5]
    assert pages[0].response.status_code == 200


def test_max_items_stops_early_and_shrinks_the_limit(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _bare_pages(_users(50)))
    assert len(list(mgmt.users.list(page_size=10, max_items=15))) == 15
    assert _offsets(server) == [(0, 10), (10, 10)]
    server.requests.clear()
    assert len(list(mgmt.users.list(page_size=100, max_items=3))) == 3
    assert _offsets(server) == [(0, 3)]


def test_max_items_zero_sends_nothing(server: Any, mgmt: Any) -> None:
    assert list(mgmt.users.list(max_items=0)) == []
    assert server.requests == []


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"page_size": 0}, ValueError),
        ({"page_size": 2.5}, TypeError),
        ({"page_size": True}, TypeError),
        ({"max_items": -1}, ValueError),
        ({"max_items": "5"}, TypeError),
    ],
)
def test_bad_sizes_are_refused_before_any_request(
    server: Any, mgmt: Any, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        mgmt.users.list(**kwargs)
    assert server.requests == []


def test_filters_persist_across_pages(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _bare_pages(_users(5)))
    list(mgmt.users.list(search="ann", page_size=2))
    searches = [r.query["search"] for r in server.received("GET", USERS)]
    assert searches == [["ann"]] * 3


def test_server_ignoring_offset_raises_pagination_error(server: Any, mgmt: Any) -> None:
    server.script("GET", USERS, server.reply(200, _users(10)))
    with pytest.raises(PaginationError, match="ignore `offset`"):
        list(mgmt.users.list(page_size=10))
    assert len(server.requests) == 2


def test_repeated_first_item_id_raises_pagination_error(
    server: Any, bodies: Any
) -> None:
    def handler(request: Any) -> Any:
        offset = int(request.query["offset"][0])
        first = bodies.entitlement("same")
        return _reply(200, [first, bodies.entitlement(f"e{offset}")])

    server.handle("GET", "/management/entitlements", handler)
    with (
        SesamyManagement("t", base_url=server.url) as mgmt,
        pytest.raises(PaginationError),
    ):
        list(mgmt.entitlements.list(page_size=2))


def test_has_more_without_items_raises_pagination_error(server: Any, mgmt: Any) -> None:
    body = {"data": [], "pagination": {"hasMore": True}}
    server.script("GET", USERS, server.reply(200, body))
    with pytest.raises(PaginationError, match="sent none"):
        list(mgmt.users.list())


def test_operation_without_limit_offset_sends_one_request(
    server: Any, bodies: Any
) -> None:
    server.script("GET", "/contracts", server.reply(200, [bodies.contract("a")]))
    with SesamyClient("t", base_url=server.url) as client:
        contracts = list(client.contracts.list(page_size=1))
    assert [c.id for c in contracts] == ["a"]
    assert server.received("GET", "/contracts")[0].query == {}


def test_unpaged_operation_accepts_the_envelope(server: Any, bodies: Any) -> None:
    body = {"data": [bodies.contract("a"), bodies.contract("b")], "pagination": {}}
    server.script("GET", "/contracts", server.reply(200, body))
    with SesamyClient("t", base_url=server.url) as client:
        assert [c.id for c in client.contracts.list(max_items=1)] == ["a"]


def test_a_pager_iterates_once(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _bare_pages(_users(2)))
    pager = mgmt.users.list()
    list(pager)
    with pytest.raises(RuntimeError, match="already iterated"):
        list(pager)


def test_a_body_that_is_not_a_list_raises(server: Any, mgmt: Any) -> None:
    server.script("GET", USERS, server.reply(200, {"users": []}))
    with pytest.raises(UnexpectedResponseError, match="JSON array"):
        list(mgmt.users.list())


@pytest.mark.anyio
async def test_async_pager_yields_all_items_in_order(server: Any) -> None:
    server.handle("GET", USERS, _bare_pages(_users(25)))
    async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
        ids = [user.user_id async for user in mgmt.users.list(page_size=10)]
    assert ids == [f"u{n}" for n in range(25)]


@pytest.mark.anyio
async def test_async_prefetch_with_total_keeps_order_and_overlaps(
    server: Any,
) -> None:
    envelope = _envelope_pages(_users(50))
    overlapped = threading.Event()
    lock = threading.Lock()
    in_flight = [0]

    def meet(request: Any) -> Any:
        # The first page is sent alone (the total is not known yet); every later
        # page waits at the server until two are there at once, which only a
        # pager with requests in flight side by side can bring about.
        if request.query["offset"] != ["0"]:
            with lock:
                in_flight[0] += 1
                if in_flight[0] >= 2:
                    overlapped.set()
            overlapped.wait(timeout=5)
        return envelope(request)

    server.handle("GET", USERS, meet)
    async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
        pager = mgmt.users.list(page_size=10, prefetch=4)
        ids = [user.user_id async for user in pager]
    assert ids == [f"u{n}" for n in range(50)]
    assert sorted(_offsets(server)) == [(n, 10) for n in range(0, 50, 10)]
    assert overlapped.is_set()


@pytest.mark.anyio
async def test_async_speculative_prefetch_stops_at_the_short_page(
    server: Any,
) -> None:
    server.handle("GET", USERS, _bare_pages(_users(25)))
    async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
        pager = mgmt.users.list(page_size=10, prefetch=2)
        ids = [user.user_id async for user in pager]
    assert ids == [f"u{n}" for n in range(25)]


def _fetch_tasks() -> list[asyncio.Task[Any]]:
    return [
        task
        for task in asyncio.all_tasks()
        if "fetch" in getattr(task.get_coro(), "__qualname__", "") and not task.done()
    ]


@pytest.mark.anyio
async def test_async_early_exit_cancels_prefetched_requests(server: Any) -> None:
    pages = _bare_pages(_users(100))
    release = threading.Event()

    def held_after_two_pages(request: Any) -> Any:
        # Prefetched pages stay unanswered until the test ends, so cancelling
        # them is the only way their requests can finish while the pager closes.
        if int(request.query["offset"][0]) >= 20:
            release.wait(timeout=10)
        return pages(request)

    server.handle("GET", USERS, held_after_two_pages)
    try:
        async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
            pager = mgmt.users.list(page_size=10, prefetch=4)
            async with pager:
                async for user in pager:
                    if user.user_id == "u10":
                        break
                # Reading the second page sent it and four ahead. Wait until the
                # server holds all of them (the pager's tasks only get there
                # while the loop runs), rather than for a length of time.
                await asyncio.to_thread(server.wait_for_requests, 6)
                fetching = _fetch_tasks()
                assert len(fetching) == 4
            assert all(task.cancelled() for task in fetching)
            assert _fetch_tasks() == []
    finally:
        release.set()
    # The first page alone, then the page being read plus four ahead.
    assert sorted(_offsets(server)) == [(n, 10) for n in range(0, 60, 10)]


@pytest.mark.anyio
async def test_async_server_ignoring_offset_raises(server: Any) -> None:
    server.script("GET", USERS, server.reply(200, _users(10)))
    async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
        with pytest.raises(PaginationError):
            async for _user in mgmt.users.list(page_size=10, prefetch=2):
                pass
