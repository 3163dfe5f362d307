"""Many callers at once, and a long run under transient faults."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from sesamy_facade import (
    AsyncSesamyManagement,
    ClientCredentials,
    SesamyManagement,
)
from sesamy_facade.errors import AuthenticationError
from sesamy_facade.testing import FakeSesamy

from ._run import KINDS, Kind, secret
from ._servers import Connection, RawServer, TokenServer
from .conftest import Verify

CALLERS = 64
_CASE = {"sync": "64-threads-expired-token", "async": "64-tasks-expired-token"}


@pytest.mark.parametrize("kind", KINDS)
def test_concurrent_callers_share_one_token_refresh(
    kind: Kind, fake: FakeSesamy, contract_id: str, verify: Verify
) -> None:
    tokens = [secret(fake.issue_token("vendor-a", sub=f"c{n}@clients")) for n in (1, 2)]
    # The first token is reused for 0.45 s; the second for an hour. The token
    # endpoint answers slowly, so that every caller reaches the lock meanwhile.
    with (
        fake.serve() as server,
        TokenServer(tokens, expires_in=[0.5, 3600], delay=0.2) as token_server,
    ):
        credentials = ClientCredentials(
            "load", secret("l0ad-s3cret"), token_url=token_server.token_url
        )
        run = _threads if kind == "sync" else _tasks
        ids = run(credentials, server.url, contract_id)
        token_requests = token_server.requests - 1
        api_requests = len(fake.requests) - 1

    assert ids == [contract_id] * CALLERS
    verify(_CASE[kind], kind, "ok", f"{token_requests} token + {api_requests} API")


def _threads(credentials: ClientCredentials, url: str, contract_id: str) -> list[str]:
    with SesamyManagement(credentials, base_url=url) as client:
        client.contracts.get(contract_id)
        time.sleep(0.6)
        barrier = threading.Barrier(CALLERS)
        results: list[str] = []

        def work() -> None:
            barrier.wait(timeout=10)
            results.append(client.contracts.get(contract_id).id)

        threads = [threading.Thread(target=work) for _ in range(CALLERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    return results


def _tasks(credentials: ClientCredentials, url: str, contract_id: str) -> list[str]:
    async def main() -> list[str]:
        async with AsyncSesamyManagement(credentials, base_url=url) as client:
            await client.contracts.get(contract_id)
            await asyncio.sleep(0.6)
            calls = (client.contracts.get(contract_id) for _ in range(CALLERS))
            found = await asyncio.gather(*calls)
        return [contract.id for contract in found]

    return asyncio.run(main())


_DOWN_CASE = {
    "sync": "64-threads-token-endpoint-down",
    "async": "64-tasks-token-endpoint-down",
}


def _slow_503(conn: Connection) -> None:
    # Slow enough (3 attempts, 0.6 s in all) that every caller arrives meanwhile.
    if conn.read_request() and not conn.wait(0.2):
        conn.send(503, b"", {})


@pytest.mark.parametrize("kind", KINDS)
def test_concurrent_callers_share_one_failed_token_fetch(
    kind: Kind, fake: FakeSesamy, contract_id: str, verify: Verify
) -> None:
    with fake.serve() as server, RawServer([_slow_503]) as token_server:
        credentials = ClientCredentials(
            "load", secret("l0ad-s3cret"), token_url=token_server.url + "/oauth/token"
        )
        run = _failing_threads if kind == "sync" else _failing_tasks
        errors = run(credentials, server.url, contract_id)
        token_requests = len(token_server.requests)

    assert len(errors) == CALLERS
    assert all(isinstance(error, AuthenticationError) for error in errors)
    outcome = type(errors[0]).__name__
    counts = f"{token_requests} token + {len(fake.requests)} API"
    verify(_DOWN_CASE[kind], kind, outcome, counts)


def _failing_threads(
    credentials: ClientCredentials, url: str, contract_id: str
) -> list[BaseException]:
    errors: list[BaseException] = []
    with SesamyManagement(credentials, base_url=url) as client:
        barrier = threading.Barrier(CALLERS)

        def work() -> None:
            barrier.wait(timeout=10)
            try:
                client.contracts.get(contract_id)
            except Exception as exc:  # noqa: BLE001 - the outcome under test
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(CALLERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    return errors


def _failing_tasks(
    credentials: ClientCredentials, url: str, contract_id: str
) -> list[BaseException]:
    async def main() -> list[BaseException]:
        async with AsyncSesamyManagement(credentials, base_url=url) as client:
            calls = (client.contracts.get(contract_id) for _ in range(CALLERS))
            found = await asyncio.gather(*calls, return_exceptions=True)
        return [item for item in found if isinstance(item, BaseException)]

    return asyncio.run(main())


SOAK_CONTRACTS = 1_900
SOAK_CEILING = 120.0  # seconds; only a guard against hangs


@pytest.mark.soak
def test_soak_every_item_exactly_once_under_transient_faults(verify: Verify) -> None:
    fake = FakeSesamy.seeded(
        contracts=SOAK_CONTRACTS, vendors=("vendor-a",), max_recorded_requests=20_000
    )
    expected = [row["id"] for row in fake.records("contracts")]
    token = secret(fake.issue_token("vendor-a", sub="soak@clients"))
    fake.faults.fail_randomly(0.05, statuses=(429, 500, 502, 503, 504), seed=5)

    started = time.perf_counter()
    with fake.serve() as server:
        listings, errors = _soak(token, server.url)
    elapsed = time.perf_counter() - started

    total = len(fake.requests)
    print(f"soak: {total} requests, 5 listings, {elapsed:.1f} s")
    assert errors == []
    assert listings == [expected] * 5
    assert elapsed < SOAK_CEILING
    measured = "9,800-10,300" if 9_800 <= total <= 10_300 else str(total)
    verify("soak", "sync", "ok", measured)


def _soak(token: str, url: str) -> tuple[list[list[str]], list[BaseException]]:
    listings: list[list[str]] = []
    errors: list[BaseException] = []

    def guarded(work: Callable[[], list[str]]) -> Callable[[], None]:
        def run() -> None:
            try:
                listings.append(work())
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                errors.append(exc)

        return run

    def sync_listing() -> list[str]:
        with SesamyManagement(token, base_url=url, max_retries=6) as client:
            return [c.id for c in client.contracts.list(page_size=1)]

    async def async_listing(client: Any) -> list[str]:
        pager = client.contracts.list(page_size=1, prefetch=2)
        return [c.id async for c in pager]

    def async_listings() -> list[str]:
        async def main() -> list[list[str]]:
            async with AsyncSesamyManagement(token, base_url=url, max_retries=6) as c:
                return list(await asyncio.gather(*(async_listing(c) for _ in "ab")))

        first, second = asyncio.run(main())
        listings.append(first)
        return second

    workers = [guarded(sync_listing) for _ in range(3)] + [guarded(async_listings)]
    threads = [threading.Thread(target=work) for work in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SOAK_CEILING)
    assert not any(thread.is_alive() for thread in threads), "the soak hung"
    return listings, errors
