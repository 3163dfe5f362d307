"""
The contenders of the benchmark: one function per way of doing the same work.

Every listing function reads every contract of the vendor in pages of
`page_size` through `GET /management/contracts` and returns how many items it
saw; every `get_*` function fetches each id once and returns how many it got.
Each builds its own client, so a contender pays for its own connection set-up,
once per run, as a caller would.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "GETTERS",
    "LISTERS",
    "Contender",
    "first_ids",
]

_PATH = "/management/contracts"
_TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class Contender:
    """One way of doing the work: a label and a function of (url, token, arg)."""

    name: str
    label: str
    run: Callable[[str, str, Any], int]


# --- Listing ---------------------------------------------------------------------


def list_raw(url: str, token: str, page_size: int) -> int:
    """The physical limit: one keep-alive `httpx.Client` and `json.loads`."""
    headers = {"Authorization": f"Bearer {token}"}
    count = 0
    offset = 0
    with httpx.Client(base_url=url, headers=headers, timeout=_TIMEOUT) as http:
        while True:
            response = http.get(_PATH, params={"limit": page_size, "offset": offset})
            response.raise_for_status()
            items = json.loads(response.content)
            count += len(items)
            if len(items) < page_size:
                return count
            offset += page_size


def list_generated(url: str, token: str, page_size: int) -> int:
    """The generated client alone: `list_contracts.sync_detailed` into models."""
    from sesamy_management_api.api.contracts import list_contracts
    from sesamy_management_api.client import AuthenticatedClient

    count = 0
    offset = 0
    with AuthenticatedClient(base_url=url, token=token, timeout=_timeout()) as client:
        while True:
            response = list_contracts.sync_detailed(
                client=client, limit=page_size, offset=offset
            )
            items = response.parsed
            if response.status_code != 200 or items is None:
                raise RuntimeError(f"listContracts answered {response.status_code}")
            count += len(items)
            if len(items) < page_size:
                return count
            offset += page_size


def list_facade(url: str, token: str, page_size: int) -> int:
    """The facade's sync pager: `mgmt.contracts.list(page_size=...)`."""
    from sesamy_facade import SesamyManagement

    count = 0
    with SesamyManagement(token, base_url=url) as mgmt:
        for _ in mgmt.contracts.list(page_size=page_size):
            count += 1
    return count


def list_facade_sync_prefetch_1(url: str, token: str, page_size: int) -> int:
    """The facade's sync pager, one page requested ahead by its thread."""
    return _list_sync(url, token, page_size, prefetch=1)


def list_facade_sync_prefetch(url: str, token: str, page_size: int) -> int:
    """The facade's sync pager, up to 4 pages requested ahead by its thread."""
    return _list_sync(url, token, page_size, prefetch=PREFETCH)


def _list_sync(url: str, token: str, page_size: int, prefetch: int) -> int:
    from sesamy_facade import SesamyManagement

    count = 0
    with SesamyManagement(token, base_url=url) as mgmt:
        for _ in mgmt.contracts.list(page_size=page_size, prefetch=prefetch):
            count += 1
    return count


def list_facade_async(url: str, token: str, page_size: int) -> int:
    """The facade's async pager, one page at a time."""
    return asyncio.run(_list_async(url, token, page_size, prefetch=0))


def list_facade_prefetch(url: str, token: str, page_size: int) -> int:
    """The facade's async pager requesting up to 4 pages ahead."""
    return asyncio.run(_list_async(url, token, page_size, prefetch=PREFETCH))


PREFETCH = 4


async def _list_async(url: str, token: str, page_size: int, prefetch: int) -> int:
    from sesamy_facade import AsyncSesamyManagement

    count = 0
    async with AsyncSesamyManagement(token, base_url=url) as mgmt:
        pager = mgmt.contracts.list(page_size=page_size, prefetch=prefetch)
        async for _ in pager:
            count += 1
    return count


# --- Single gets -----------------------------------------------------------------


def get_raw(url: str, token: str, ids: Sequence[str]) -> int:
    """One keep-alive `httpx.Client`, one GET and `json.loads` per id."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers, timeout=_TIMEOUT) as http:
        for contract_id in ids:
            response = http.get(f"{_PATH}/{contract_id}")
            response.raise_for_status()
            json.loads(response.content)
    return len(ids)


def get_generated(url: str, token: str, ids: Sequence[str]) -> int:
    """The generated `get_contract.sync_detailed`, parsing into a model."""
    from sesamy_management_api.api.contracts import get_contract
    from sesamy_management_api.client import AuthenticatedClient

    with AuthenticatedClient(base_url=url, token=token, timeout=_timeout()) as client:
        for contract_id in ids:
            response = get_contract.sync_detailed(contract_id, client=client)
            if response.status_code != 200 or response.parsed is None:
                raise RuntimeError(f"getContract answered {response.status_code}")
    return len(ids)


def get_facade(url: str, token: str, ids: Sequence[str]) -> int:
    """The facade: `mgmt.contracts.get(id)`."""
    from sesamy_facade import SesamyManagement

    with SesamyManagement(token, base_url=url) as mgmt:
        for contract_id in ids:
            mgmt.contracts.get(contract_id)
    return len(ids)


def first_ids(url: str, token: str, count: int) -> list[str]:
    """The ids of the vendor's first `count` contracts (one raw request)."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers, timeout=_TIMEOUT) as http:
        ids: list[str] = []
        while len(ids) < count:
            limit = min(1000, count - len(ids))
            params = {"limit": limit, "offset": len(ids)}
            page = http.get(_PATH, params=params).raise_for_status().json()
            if not page:
                break
            ids.extend(item["id"] for item in page)
    return ids


def _timeout() -> httpx.Timeout:
    return httpx.Timeout(_TIMEOUT)


LISTERS = (
    Contender("raw", "raw httpx + json.loads", list_raw),
    Contender("generated", "generated client (models)", list_generated),
    Contender("facade", "facade sync pager", list_facade),
    Contender(
        "facade_sync_prefetch_1",
        "facade sync pager, prefetch=1",
        list_facade_sync_prefetch_1,
    ),
    Contender(
        "facade_sync_prefetch",
        f"facade sync pager, prefetch={PREFETCH}",
        list_facade_sync_prefetch,
    ),
    Contender("facade_async", "facade async, sequential", list_facade_async),
    Contender(
        "facade_prefetch", f"facade async, prefetch={PREFETCH}", list_facade_prefetch
    ),
)

GETTERS = (
    Contender("raw", "raw httpx + json.loads", get_raw),
    Contender("generated", "generated client (models)", get_generated),
    Contender("facade", "facade `contracts.get`", get_facade),
)
