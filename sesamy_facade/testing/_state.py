"""
The fake's state: per-vendor tables with stable order and cached selections.

Every table keeps its rows in creation order, which is also (creation time, id)
order, so offset pagination over an unchanged table never repeats or skips a row.
A selection (owner, filters, sort) is cached until the table changes, so walking a
200,000-row listing page by page filters and sorts it once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from ._records import Bill, Contract, Doc, Entitlement, Product, Transaction, User

__all__ = ["Filter", "Row", "State", "Table", "VendorState"]

_CACHE_SIZE = 64


class Row(Protocol):
    """What a table needs from a record."""

    @property
    def key(self) -> str:
        """The record's identifier."""

    @property
    def owner(self) -> str:
        """The user or parent the record belongs to."""

    def field(self, name: str) -> Any:
        """The value of a JSON field."""

    def render(self) -> dict[str, Any]:
        """The API dict."""


R = TypeVar("R", bound=Row)


@dataclass(frozen=True, slots=True)
class Filter:
    """
    One condition on a listing.

    `op` is `eq` (any of `fields` equals `value`), `not_in` (the field is none of
    the values in the tuple `value`), `ge` (the field is at least `value`) or
    `search` (case-insensitive substring of any of `fields`).
    """

    fields: tuple[str, ...]
    op: str
    value: Any

    def matches(self, row: Row) -> bool:
        """Whether `row` satisfies the condition."""
        if self.op == "search":
            needle = str(self.value).lower()
            return any(needle in str(row.field(f) or "").lower() for f in self.fields)
        if self.op == "not_in":
            return row.field(self.fields[0]) not in self.value
        if self.op == "ge":
            found = row.field(self.fields[0])
            return found is not None and found >= self.value
        return any(row.field(f) == self.value for f in self.fields)


def _sort_key(field_name: str) -> Any:
    def key(row: Row) -> tuple[bool, Any]:
        value = row.field(field_name)
        return (value is None, value if value is not None else 0)

    return key


class Table(Generic[R]):
    """Rows of one resource of one vendor, in creation order."""

    def __init__(self, sortable: frozenset[str] = frozenset()) -> None:
        self.sortable = sortable
        self.rows: list[R] = []
        self.by_key: dict[str, R] = {}
        self.by_owner: dict[str, list[R]] = {}
        self.version = 0
        self._cache: OrderedDict[tuple[Any, ...], list[R]] = OrderedDict()

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, row: R) -> R:
        """Append a new row."""
        self.rows.append(row)
        self.by_key[row.key] = row
        self.by_owner.setdefault(row.owner, []).append(row)
        self.touch()
        return row

    def extend(self, rows: list[R]) -> None:
        """Append many new rows at once (seeding)."""
        self.rows.extend(rows)
        by_owner = self.by_owner
        for row in rows:
            self.by_key[row.key] = row
            owned = by_owner.get(row.owner)
            if owned is None:
                by_owner[row.owner] = [row]
            else:
                owned.append(row)
        self.touch()

    def remove(self, row: R) -> None:
        """Delete a row."""
        self.rows.remove(row)
        del self.by_key[row.key]
        self.by_owner[row.owner].remove(row)
        self.touch()

    def get(self, key: str, owner: str | None = None) -> R | None:
        """Return the row `key`, or None if absent or owned by someone else."""
        row = self.by_key.get(key)
        if row is None or (owner is not None and row.owner != owner):
            return None
        return row

    def touch(self) -> None:
        """Record that a row changed, dropping cached selections."""
        self.version += 1
        self._cache.clear()

    def select(
        self,
        owner: str | None = None,
        filters: tuple[Filter, ...] = (),
        sort: str | None = None,
        newest_first: bool = False,
    ) -> list[R]:
        """Return the matching rows in the requested order (cached until a change)."""
        cache_key = (owner, filters, sort, newest_first)
        cached = self._cache.get(cache_key)
        if cached is not None:
            self._cache.move_to_end(cache_key)
            return cached
        selected = self._compute(owner, filters, sort, newest_first)
        self._cache[cache_key] = selected
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return selected

    def _compute(
        self,
        owner: str | None,
        filters: tuple[Filter, ...],
        sort: str | None,
        newest_first: bool,
    ) -> list[R]:
        base = self.rows if owner is None else self.by_owner.get(owner, [])
        selected = [r for r in base if all(f.matches(r) for f in filters)]
        if newest_first:
            selected.reverse()
        if sort:
            descending = sort.startswith("-")
            selected.sort(key=_sort_key(sort.lstrip("-")), reverse=descending)
        return selected


def _doc_table(*sortable: str) -> Table[Doc]:
    return Table(frozenset(sortable))


@dataclass
class VendorState:
    """Everything one vendor owns."""

    vendor: dict[str, Any]
    users: Table[User] = field(
        default_factory=lambda: Table(frozenset(User.FIELDS) | {"name"})
    )
    products: Table[Product] = field(
        default_factory=lambda: Table(frozenset(Product.FIELDS))
    )
    contracts: Table[Contract] = field(
        default_factory=lambda: Table(frozenset(Contract.FIELDS))
    )
    bills: Table[Bill] = field(default_factory=lambda: Table(frozenset(Bill.FIELDS)))
    transactions: Table[Transaction] = field(
        default_factory=lambda: Table(frozenset(Transaction.FIELDS))
    )
    entitlements: Table[Entitlement] = field(
        default_factory=lambda: Table(frozenset(Entitlement.FIELDS))
    )
    amendments: Table[Doc] = field(default_factory=_doc_table)
    tallies: Table[Doc] = field(
        default_factory=lambda: _doc_table("id", "createdAt", "updatedAt")
    )
    checkouts: Table[Doc] = field(default_factory=_doc_table)
    fulfillments: Table[Doc] = field(
        default_factory=lambda: _doc_table(
            "id", "sku", "status", "createdAt", "updatedAt", "numericId"
        )
    )
    paywalls: Table[Doc] = field(default_factory=_doc_table)
    access_lists: Table[Doc] = field(
        default_factory=lambda: _doc_table("id", "name", "type", "status")
    )
    grants: Table[Doc] = field(
        default_factory=lambda: _doc_table(
            "id", "email", "sku", "status", "startsAt", "endsAt"
        )
    )
    child_vendors: list[str] = field(default_factory=list)
    users_by_email: dict[str, User] = field(default_factory=dict)

    def add_user(self, user: User) -> User:
        """Add a user and index its login email."""
        self.users_by_email[user.email.lower()] = user
        return self.users.add(user)


class State:
    """All vendors, behind one lock that every request holds while it runs."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.vendors: dict[str, VendorState] = {}
        self.counter = 0

    def next_id(self, prefix: str) -> str:
        """Return a fresh identifier for a record created through the API."""
        self.counter += 1
        return f"{prefix}{self.counter:012x}"
