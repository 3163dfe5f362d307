"""Prefetching pagers: the sync pager's background thread, and what both share."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sesamy_facade import AsyncSesamyManagement, SesamyManagement
from sesamy_facade.errors import PaginationError, ValidationError

USERS = "/management/users"
WORKER = "sesamy-facade-prefetch"


def _users(count: int) -> list[dict[str, Any]]:
    return [
        {"userId": f"u{n}", "createdAt": "2026-01-01", "updatedAt": "2026-01-01"}
        for n in range(count)
    ]


def _ids(count: int) -> list[str]:
    return [f"u{n}" for n in range(count)]


def _reply(status: int, body: Any) -> Any:
    return sys.modules["sesamy_facade_tests_server"].Reply(status, body)


def _bare_pages(items: list[dict[str, Any]]) -> Callable[[Any], Any]:
    def handler(request: Any) -> Any:
        offset = int(request.query["offset"][0])
        limit = int(request.query["limit"][0])
        return _reply(200, items[offset : offset + limit])

    return handler


def _envelope_pages(items: list[dict[str, Any]]) -> Callable[[Any], Any]:
    def handler(request: Any) -> Any:
        offset = int(request.query["offset"][0])
        limit = int(request.query["limit"][0])
        page = items[offset : offset + limit]
        pagination = {
            "total": len(items),
            "limit": limit,
            "offset": offset,
            "hasMore": offset + len(page) < len(items),
        }
        return _reply(200, {"data": page, "pagination": pagination})

    return handler


def _offsets(requests: list[Any]) -> list[int]:
    return [int(r.query["offset"][0]) for r in requests if r.path == USERS]


def _workers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == WORKER]


@pytest.fixture
def mgmt(server: Any) -> Iterator[Any]:
    with SesamyManagement("t", base_url=server.url) as client:
        yield client


@pytest.fixture(autouse=True)
def _no_worker_outlives_a_test() -> Iterator[None]:
    yield
    assert _workers() == []


def test_sync_prefetch_yields_every_item_once_in_order(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _envelope_pages(_users(95)))

    ids = [user.user_id for user in mgmt.users.list(page_size=10, prefetch=3)]

    assert ids == _ids(95)
    assert sorted(_offsets(server.requests)) == list(range(0, 100, 10))


def test_sync_prefetch_stays_at_most_n_pages_ahead(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _envelope_pages(_users(75)))
    prefetch = 2
    ahead: list[int] = []

    for page in mgmt.users.list(page_size=10, prefetch=prefetch).pages():
        index = page.offset // 10
        # While page k is read, pages k + 1 .. k + N may be requested (from the
        # second page on: the first one shows whether speculating pays).
        allowed = min(index + prefetch if index else 0, 7)
        received = server.wait_for_requests(allowed + 1)
        # Nothing past that may follow; a pager that went further would have
        # sent it by now, since the caller is not asking for anything.
        late = server.wait_for_requests(allowed + 2, timeout=0.05)
        assert max(_offsets(late)) == max(_offsets(received)) == allowed * 10
        ahead.append(len(received) - 1 - index)

    assert ahead == [0, 2, 2, 2, 2, 2, 1, 0]


def test_sync_prefetch_error_is_raised_after_the_earlier_pages(
    server: Any, mgmt: Any
) -> None:
    envelope = _envelope_pages(_users(50))

    def fails_at_the_third_page(request: Any) -> Any:
        if request.query["offset"] == ["20"]:
            return _reply(400, {"error": {"code": "bad", "message": "no"}})
        return envelope(request)

    server.handle("GET", USERS, fails_at_the_third_page)
    seen: list[str] = []

    def read_all() -> None:
        seen.extend(user.user_id for user in mgmt.users.list(page_size=10, prefetch=4))

    with pytest.raises(ValidationError):
        read_all()

    assert seen == _ids(20)
    # The thread stops sending once a page failed: the caller stops there.
    assert sorted(_offsets(server.requests)) == [0, 10, 20]


def test_sync_prefetch_with_max_items_requests_only_the_pages_needed(
    server: Any, mgmt: Any
) -> None:
    server.handle("GET", USERS, _bare_pages(_users(100)))

    pager = mgmt.users.list(page_size=10, max_items=25, prefetch=4)

    assert [user.user_id for user in pager] == _ids(25)
    assert sorted(_offsets(server.requests)) == [0, 10, 20]


def test_sync_prefetch_still_refuses_a_server_ignoring_offset(
    server: Any, mgmt: Any
) -> None:
    server.script("GET", USERS, server.reply(200, _users(10)))

    with pytest.raises(PaginationError, match="ignore `offset`"):
        list(mgmt.users.list(page_size=10, prefetch=2))


def _leave_by_break(pager: Any) -> None:
    for user in pager:
        if user.user_id == "u15":
            assert _workers()
            break


def _leave_by_close(pager: Any) -> None:
    items = iter(pager)
    assert [next(items).user_id for _ in range(16)] == _ids(16)
    assert _workers()
    pager.close()
    # The rest of the page being read, and nothing after it.
    assert [user.user_id for user in items] == _ids(20)[16:]


def _leave_by_with(pager: Any) -> None:
    with pager:
        items = iter(pager)
        assert [next(items).user_id for _ in range(16)] == _ids(16)
        assert _workers()


def _leave_by_dropping(pager: Any) -> None:
    items = iter(pager)
    assert [next(items).user_id for _ in range(16)] == _ids(16)
    assert _workers()
    del items
    gc.collect()


@pytest.mark.parametrize(
    "leave",
    [_leave_by_break, _leave_by_close, _leave_by_with, _leave_by_dropping],
    ids=["break", "close", "with", "dropped"],
)
def test_sync_prefetch_early_exit_leaves_no_thread(
    server: Any, mgmt: Any, leave: Callable[[Any], None]
) -> None:
    server.handle("GET", USERS, _bare_pages(_users(100)))

    leave(mgmt.users.list(page_size=10, prefetch=3))

    assert _workers() == []
    # At most the page being read and three ahead were requested.
    assert max(_offsets(server.requests)) <= 40


def test_sync_pager_without_prefetch_starts_no_thread(server: Any, mgmt: Any) -> None:
    server.handle("GET", USERS, _bare_pages(_users(30)))

    for _user in mgmt.users.list(page_size=10):
        assert _workers() == []


def test_sync_speculative_pages_past_the_end_are_neither_yielded_nor_raised(
    server: Any, mgmt: Any
) -> None:
    bare = _bare_pages(_users(25))

    def fails_past_the_end(request: Any) -> Any:
        if int(request.query["offset"][0]) >= 30:
            return _reply(400, {"error": {"code": "bad", "message": "too far"}})
        return bare(request)

    server.handle("GET", USERS, fails_past_the_end)

    pages = list(mgmt.users.list(page_size=10, prefetch=4).pages())

    assert [(page.offset, len(page.items)) for page in pages] == [
        (0, 10),
        (10, 10),
        (20, 5),
    ]


@pytest.mark.anyio
async def test_async_speculative_pages_past_the_end_are_neither_yielded_nor_raised(
    server: Any,
) -> None:
    bare = _bare_pages(_users(25))

    def fails_past_the_end(request: Any) -> Any:
        if int(request.query["offset"][0]) >= 30:
            return _reply(400, {"error": {"code": "bad", "message": "too far"}})
        return bare(request)

    server.handle("GET", USERS, fails_past_the_end)

    async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
        pager = mgmt.users.list(page_size=10, prefetch=4)
        pages = [page async for page in pager.pages()]

    assert [(page.offset, len(page.items)) for page in pages] == [
        (0, 10),
        (10, 10),
        (20, 5),
    ]


@pytest.mark.parametrize(
    ("prefetch", "error"),
    [(-1, ValueError), (1.5, TypeError), (True, TypeError), ("2", TypeError)],
)
def test_bad_prefetch_is_refused_before_any_request(
    server: Any, mgmt: Any, prefetch: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match="prefetch"):
        mgmt.users.list(prefetch=prefetch)

    assert server.requests == []


@pytest.mark.anyio
async def test_async_bad_prefetch_is_refused_before_any_request(server: Any) -> None:
    async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
        with pytest.raises(ValueError, match="prefetch"):
            mgmt.users.list(prefetch=-1)

    assert server.requests == []
