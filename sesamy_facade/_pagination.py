"""Lazy iteration over list operations, paged by `limit`/`offset` where declared."""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import json
import queue
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from ._responses import non_json_media_type
from .errors import PaginationError, UnexpectedResponseError

__all__ = ["AsyncPager", "Page", "PagerState", "SyncPager"]

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100

ParseItems = Callable[[list[Any], httpx.Response], list[T]]
SyncFetch = Callable[[int, int | None], httpx.Response]
AsyncFetch = Callable[[int, int | None], Awaitable[httpx.Response]]
F = TypeVar("F")
_Pending = collections.deque[tuple[int, F]]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """
    One page of a list operation.

    Attributes:
        items: The parsed items (cut short where `max_items` ends).
        offset: The offset this page was requested at.
        limit: The `limit` sent, or `None` for operations that do not page.
        total: The total the server reported (envelope responses only).
        has_more: The server's `hasMore` (envelope responses only).
        response: The raw `httpx.Response`.
    """

    items: list[T]
    offset: int
    limit: int | None
    total: int | None
    has_more: bool | None
    response: httpx.Response


class PagerState(Generic[T]):
    """
    What is known about a listing so far; shared by the sync and async pagers.

    Decides the `limit` to send, which offsets may still hold items, and when the
    listing has ended. Refuses to follow a server that ignores `offset`.
    """

    def __init__(
        self,
        operation: str,
        parse_items: ParseItems[T],
        *,
        paged: bool,
        page_size: int,
        max_items: int | None,
    ) -> None:
        _check_sizes(page_size, max_items)
        self.operation = operation
        self.paged = paged
        self.limit: int | None = None
        if paged:
            wanted = page_size if max_items is None else min(page_size, max_items)
            self.limit = max(1, wanted)
        self.done = max_items == 0
        self.total: int | None = None
        self._parse_items = parse_items
        self._max_items = max_items
        self._remaining = max_items
        self._speculate = False
        self._previous: tuple[object, bytes] | None = None

    @property
    def may_prefetch(self) -> bool:
        """Whether pages beyond the next may be requested before it arrives."""
        return self._speculate and not self.done

    def may_fetch(self, offset: int) -> bool:
        """Whether a page at this offset could still hold wanted items."""
        if self.done or (not self.paged and offset > 0):
            return False
        if self.total is not None and offset >= self.total:
            return False
        return self._max_items is None or offset < self._max_items

    def accept(self, response: httpx.Response, offset: int) -> Page[T]:
        """
        Parse one page (pages arrive in offset order) and update what is known.

        Raises:
            UnexpectedResponseError: The body is neither an array nor an envelope.
            PaginationError: The server answered the same page for a new offset,
                or promised more items but sent none.
        """
        raw, pagination = self._split(response)
        self._check_progress(raw, response, offset)
        items = self._parse_items(raw, response)
        total, has_more = _envelope_counts(pagination)
        if total is not None:
            self.total = total
        if self._remaining is not None:
            items = items[: self._remaining]
            self._remaining -= len(items)

        self._update_done(len(raw), offset, total, has_more)
        self._speculate = self._speculate or pagination is None or total is not None
        return Page(items, offset, self.limit, total, has_more, response)

    def _split(
        self, response: httpx.Response
    ) -> tuple[list[Any], dict[str, Any] | None]:
        media = non_json_media_type(response)
        if media is not None:
            raise UnexpectedResponseError(
                f"the body is {media}, not JSON",
                operation=self.operation,
                body=response.content,
                response=response,
            )
        try:
            body = json.loads(response.content)
        except ValueError as exc:
            raise UnexpectedResponseError(
                "the body is not JSON",
                operation=self.operation,
                body=response.content,
                response=response,
            ) from exc
        if isinstance(body, list):
            return body, None
        if isinstance(body, dict) and isinstance(body.get("data"), list):
            pagination = body.get("pagination")
            return body["data"], pagination if isinstance(pagination, dict) else {}
        raise UnexpectedResponseError(
            "expected a JSON array or an envelope {data: [...], pagination: {...}}",
            operation=self.operation,
            body=response.content,
            response=response,
        )

    def _check_progress(
        self, raw: list[Any], response: httpx.Response, offset: int
    ) -> None:
        fingerprint = (_first_id(raw), response.content)
        previous, self._previous = self._previous, fingerprint
        if offset == 0 or previous is None or not raw:
            return
        same_first = fingerprint[0] is not None and fingerprint[0] == previous[0]
        if same_first or fingerprint[1] == previous[1]:
            raise PaginationError(
                f"{self.operation}: the page at offset {offset} repeats the previous "
                "page; the server seems to ignore `offset`, so paging was stopped"
            )

    def _update_done(
        self, count: int, offset: int, total: int | None, has_more: bool | None
    ) -> None:
        if has_more is True and count == 0:
            raise PaginationError(
                f"{self.operation}: the server reports more items but sent none"
            )
        more = has_more is True or (total is not None and offset + count < total)
        if more and not self.paged:
            # The spec declares no limit/offset for this operation, so there is no
            # way to ask for the rest: refuse rather than return a partial list.
            raise PaginationError(
                f"{self.operation}: the server sent {count} items and reports more, "
                "but this operation declares no paging parameters to fetch them"
            )
        if more and self.limit is not None and count < self.limit:
            # Offsets advance by `limit`; a server capping pages below it would
            # make the next request skip items.
            raise PaginationError(
                f"{self.operation}: the server sent {count} items for limit "
                f"{self.limit} and reports more; it caps pages, so use page_size="
                f"{count} or less"
            )
        reached_total = total is not None and offset + count >= total
        if (
            has_more is False
            or reached_total
            or self._remaining == 0
            or not self.paged
            or count == 0
        ):
            self.done = True
        elif has_more is None:
            # A bare array (or an envelope without hasMore) ends on a short page.
            self.done = self.limit is not None and count < self.limit


class SyncPager(Generic[T]):
    """
    A lazy iterator over the items of a list operation.

    Iterating sends requests as items are needed; `pages()` yields whole `Page`
    objects instead. Either can be used once per pager: call the list method
    again to start over.

    With `prefetch` above zero, one background thread per pager requests up to
    that many further pages while the current one is consumed: when the server
    reported a total, or speculatively for bare arrays once a page came back
    full. Items still come in order, and an error is raised where its page
    would have been. Leaving early (`break`, `close()`, `with pager:`, or the
    pager being garbage collected) stops the thread.
    """

    def __init__(
        self, state: PagerState[T], fetch: SyncFetch, prefetch: int = 0
    ) -> None:
        _check_prefetch(prefetch)
        self._state = state
        self._fetch = fetch
        self._prefetch = prefetch
        self._started = False
        self._closed = False
        self._worker: _Worker | None = None
        self._pending: _Pending[concurrent.futures.Future[httpx.Response]]
        self._pending = collections.deque()

    def __enter__(self) -> SyncPager[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[Page[T]]:
        """
        Yield the pages, prefetching as configured.

        Raises:
            RuntimeError: The pager was already iterated.
        """
        _claim(self)
        return self._pages()

    def close(self) -> None:
        """
        Stop prefetching and end the iteration after the page being read.

        Requests not yet sent are dropped; a request the background thread is
        sending is waited for, since httpx cannot abort a sync request from
        another thread (it is bounded by the client's timeout and retries).
        """
        self._closed = True
        for _, future in self._pending:
            future.cancel()
        self._pending.clear()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop()

    def _pages(self) -> Iterator[Page[T]]:
        if not self._prefetch:
            return self._one_at_a_time()
        return self._prefetched()

    def _one_at_a_time(self) -> Iterator[Page[T]]:
        state = self._state
        offset = 0
        while not self._closed and state.may_fetch(offset):
            yield state.accept(self._fetch(offset, state.limit), offset)
            offset += state.limit or 0

    def _prefetched(self) -> Iterator[Page[T]]:
        state = self._state
        next_offset = 0
        try:
            while not (self._closed or state.done):
                next_offset = _schedule(
                    state, self._pending, self._prefetch, next_offset, self._submit
                )
                if not self._pending:
                    return
                offset, future = self._pending.popleft()
                yield state.accept(future.result(), offset)
        finally:
            self.close()

    def _submit(
        self, offset: int, limit: int | None
    ) -> concurrent.futures.Future[httpx.Response]:
        if self._worker is None:
            self._worker = _Worker(self._fetch)
        return self._worker.submit(offset, limit)


_Job = tuple[concurrent.futures.Future[httpx.Response], int, int | None]


class _Worker:
    """The one thread that sends a sync pager's requests, in order, ahead of it."""

    def __init__(self, fetch: SyncFetch) -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._stopped = threading.Event()
        # The thread holds neither the pager nor its generator, so dropping them
        # unclosed lets them be collected, and closing the generator stops it.
        self._thread = threading.Thread(
            target=_work,
            args=(fetch, self._jobs, self._stopped),
            name="sesamy-facade-prefetch",
            daemon=True,
        )
        self._thread.start()

    def submit(
        self, offset: int, limit: int | None
    ) -> concurrent.futures.Future[httpx.Response]:
        """Queue one request; its future holds the response or the error."""
        future: concurrent.futures.Future[httpx.Response] = concurrent.futures.Future()
        self._jobs.put((future, offset, limit))
        return future

    def stop(self) -> None:
        """Stop the thread once its current request, if any, is done."""
        self._stopped.set()
        self._jobs.put(None)
        # Collection may finalise a pager on the worker's own thread.
        if self._thread is not threading.current_thread():
            self._thread.join()


def _work(
    fetch: SyncFetch, jobs: queue.SimpleQueue[_Job | None], stopped: threading.Event
) -> None:
    failed = False
    while True:
        job = jobs.get()
        if job is None or stopped.is_set():
            return
        future, offset, limit = job
        # After a failed page the caller stops there; later pages are not sent.
        if failed or not future.set_running_or_notify_cancel():
            future.cancel()
            continue
        try:
            future.set_result(fetch(offset, limit))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller in order
            future.set_exception(exc)
            failed = True


class AsyncPager(Generic[T]):
    """
    An async lazy iterator over the items of a list operation (`async for`).

    With `prefetch` above zero, up to that many further pages are requested
    while the current one is consumed: when the server reported a total, or
    speculatively for bare arrays. Items still come in order. Leaving early and
    calling `aclose()` (or using `async with`) cancels requests in flight.
    """

    def __init__(
        self, state: PagerState[T], fetch: AsyncFetch, prefetch: int = 0
    ) -> None:
        _check_prefetch(prefetch)
        self._state = state
        self._fetch = fetch
        self._prefetch = prefetch
        self._started = False
        self._pending: _Pending[asyncio.Future[httpx.Response]]
        self._pending = collections.deque()

    async def __aenter__(self) -> AsyncPager[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def pages(self) -> AsyncIterator[Page[T]]:
        """
        Yield the pages, prefetching as configured.

        Raises:
            RuntimeError: The pager was already iterated.
        """
        _claim(self)
        return self._pages()

    async def aclose(self) -> None:
        """Cancel the requests still in flight."""
        pending = [future for _, future in self._pending]
        self._pending.clear()
        for future in pending:
            future.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def _pages(self) -> AsyncIterator[Page[T]]:
        state = self._state
        next_offset = 0
        try:
            # Once the listing has ended, pages requested speculatively beyond its
            # end are not read: their answers (even errors) are not the caller's.
            while not state.done:
                next_offset = _schedule(
                    state, self._pending, self._prefetch, next_offset, self._start
                )
                if not self._pending:
                    return
                offset, future = self._pending.popleft()
                yield state.accept(await future, offset)
        finally:
            await self.aclose()

    def _start(self, offset: int, limit: int | None) -> asyncio.Future[httpx.Response]:
        return asyncio.ensure_future(self._fetch(offset, limit))


def _schedule(
    state: PagerState[Any],
    pending: _Pending[F],
    prefetch: int,
    offset: int,
    start: Callable[[int, int | None], F],
) -> int:
    """Start requests until `prefetch` pages are ahead of the next; the next offset."""
    width = 1 + prefetch if state.may_prefetch else 1
    while len(pending) < width and state.may_fetch(offset):
        pending.append((offset, start(offset, state.limit)))
        offset += state.limit or 1
    return offset


def _claim(pager: SyncPager[Any] | AsyncPager[Any]) -> None:
    if pager._started:
        raise RuntimeError(
            "this pager was already iterated; call the list method again to restart"
        )
    pager._started = True


def _check_prefetch(prefetch: object) -> None:
    if isinstance(prefetch, bool) or not isinstance(prefetch, int):
        raise TypeError("prefetch must be an int")
    if prefetch < 0:
        raise ValueError("prefetch must not be negative")


def _check_sizes(page_size: object, max_items: object) -> None:
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise TypeError("page_size must be an int")
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    if max_items is None:
        return
    if isinstance(max_items, bool) or not isinstance(max_items, int):
        raise TypeError("max_items must be an int or None")
    if max_items < 0:
        raise ValueError("max_items must not be negative")


def _envelope_counts(
    pagination: dict[str, Any] | None,
) -> tuple[int | None, bool | None]:
    if not pagination:
        return None, None
    total = pagination.get("total")
    has_more = pagination.get("hasMore")
    return (
        total if isinstance(total, int) and not isinstance(total, bool) else None,
        has_more if isinstance(has_more, bool) else None,
    )


def _first_id(raw: list[Any]) -> object:
    if raw and isinstance(raw[0], dict):
        return raw[0].get("id")
    return None
