"""
Compact records for the bulky resources, rendered to API dicts on demand.

A seeded fake may hold hundreds of thousands of contracts, so these keep slots and
integer timestamps and build the JSON object only when a response needs it.
"""

from __future__ import annotations

import time
from typing import Any, ClassVar

__all__ = [
    "Bill",
    "Contract",
    "Doc",
    "Entitlement",
    "Product",
    "Transaction",
    "User",
    "iso",
]

JSON = dict[str, Any]


def iso(ts: int) -> str:
    """Render epoch seconds as an RFC 3339 UTC timestamp."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


class _Row:
    """A record whose API fields can be read by their JSON names."""

    __slots__ = ()
    FIELDS: ClassVar[dict[str, str]] = {}

    @property
    def key(self) -> str:
        """The record's identifier."""
        raise NotImplementedError

    @property
    def owner(self) -> str:
        """The user (or parent) the record belongs to; empty if none."""
        return ""

    def field(self, name: str) -> Any:
        """Return the value behind the JSON field `name` (for filters and sorts)."""
        return getattr(self, self.FIELDS[name])

    def render(self) -> JSON:
        """Return the record as the API answers it."""
        raise NotImplementedError


class Doc(_Row):
    """A small resource kept as its API dict, with an owner for scoping."""

    __slots__ = ("doc", "id", "parent")

    def __init__(self, ident: str, doc: JSON, parent: str = "") -> None:
        self.id = ident
        self.doc = doc
        self.parent = parent

    @property
    def key(self) -> str:
        """The record's identifier."""
        return self.id

    @property
    def owner(self) -> str:
        """The owning user or parent resource."""
        return self.parent

    def field(self, name: str) -> Any:
        """Return the value of the JSON field `name`."""
        return self.doc.get(name)

    def render(self) -> JSON:
        """Return the stored API dict."""
        return self.doc


class User(_Row):
    """A user of one vendor, answered as `Profile`."""

    __slots__ = (
        "created",
        "email",
        "extra",
        "first_name",
        "last_name",
        "metadata",
        "spotify",
        "tags",
        "updated",
        "user_id",
    )
    FIELDS: ClassVar[dict[str, str]] = {
        "userId": "user_id",
        "email": "email",
        "firstName": "first_name",
        "lastName": "last_name",
        "createdAt": "created",
        "updatedAt": "updated",
    }

    def __init__(
        self, user_id: str, email: str, first: str, last: str, created: int
    ) -> None:
        self.user_id = user_id
        self.email = email
        self.first_name = first
        self.last_name = last
        self.created = created
        self.updated = created
        self.tags: list[str] | None = None
        self.metadata: dict[str, str | float] | None = None
        self.extra: JSON | None = None
        self.spotify = False

    @property
    def key(self) -> str:
        """The user id."""
        return self.user_id

    @property
    def owner(self) -> str:
        """A user owns itself."""
        return self.user_id

    def field(self, name: str) -> Any:
        """Return the JSON field `name`; `name` searches first and last name."""
        if name == "name":
            return f"{self.first_name} {self.last_name}"
        return getattr(self, self.FIELDS[name])

    def render(self) -> JSON:
        """Return the user as a `Profile`."""
        profile: JSON = {
            "userId": self.user_id,
            "sub": self.user_id,
            "email": self.email,
            "emailVerified": True,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "given_name": self.first_name,
            "family_name": self.last_name,
            "name": f"{self.first_name} {self.last_name}",
            "locale": "en",
            "tags": list(self.tags or ()),
            "user_metadata": dict(self.metadata or {}),
            "createdAt": iso(self.created),
            "updatedAt": iso(self.updated),
        }
        if self.extra:
            profile.update(self.extra)
        return profile


class Product(_Row):
    """A product (SKU) of one vendor, with the pricing the fake invents for it."""

    __slots__ = (
        "created",
        "extra",
        "kind",
        "language",
        "option_id",
        "price",
        "product_type",
        "recurring",
        "sku",
        "title",
        "updated",
    )
    FIELDS: ClassVar[dict[str, str]] = {
        "sku": "sku",
        "title": "title",
        "productType": "product_type",
        "language": "language",
        "createdAt": "created",
        "updatedAt": "updated",
    }

    def __init__(
        self,
        sku: str,
        title: str,
        product_type: str,
        kind: str,
        price: float,
        recurring: bool,
        created: int,
    ) -> None:
        self.sku = sku
        self.title = title
        self.product_type = product_type
        self.kind = kind
        self.price = price
        self.recurring = recurring
        self.language = "en"
        self.option_id = "monthly" if recurring else "one-time"
        self.created = created
        self.updated = created
        self.extra: JSON | None = None

    @property
    def key(self) -> str:
        """The SKU."""
        return self.sku

    @property
    def cover(self) -> str:
        """The cover image URL."""
        return f"https://assets.sesamy.test/covers/{self.sku}.jpg"

    def render(self) -> JSON:
        """Return the product as a `Product`."""
        product: JSON = {
            "sku": self.sku,
            "title": self.title,
            "productType": self.product_type,
            "cover": self.cover,
            "language": self.language,
            "publisherContentId": f"content-{self.sku}",
            "createdAt": iso(self.created),
            "updatedAt": iso(self.updated),
        }
        if self.extra:
            product.update(self.extra)
        return product


class Contract(_Row):
    """A subscription or one-time purchase of one user."""

    __slots__ = (
        "cancel_requested",
        "created",
        "discounts",
        "id",
        "next_bill",
        "product",
        "status",
        "updated",
        "user_id",
        "will_cancel",
    )
    FIELDS: ClassVar[dict[str, str]] = {
        "id": "id",
        "userId": "user_id",
        "status": "status",
        "createdAt": "created",
        "updatedAt": "updated",
        "price": "price",
        "name": "name",
    }
    ACTIVE_STATUSES: ClassVar[frozenset[str]] = frozenset({"ACTIVE", "PAST_DUE"})

    def __init__(
        self,
        ident: str,
        user_id: str,
        product: Product,
        status: str,
        created: int,
        next_bill: int | None,
    ) -> None:
        self.id = ident
        self.user_id = user_id
        self.product = product
        self.status = status
        self.created = created
        self.updated = created
        self.next_bill = next_bill
        self.will_cancel: int | None = None
        self.cancel_requested: int | None = None
        self.discounts: list[JSON] | None = None

    @property
    def key(self) -> str:
        """The contract id."""
        return self.id

    @property
    def owner(self) -> str:
        """The user holding the contract."""
        return self.user_id

    @property
    def price(self) -> float:
        """The contract's price (its product's)."""
        return self.product.price

    @property
    def name(self) -> str:
        """The contract's name (its product's title)."""
        return self.product.title

    @property
    def is_active(self) -> bool:
        """Whether the contract currently grants access."""
        return self.status in self.ACTIVE_STATUSES

    @property
    def manage_url(self) -> str:
        """Where the user manages the contract."""
        return f"https://account.sesamy.test/contracts/{self.id}"

    def _item(self) -> JSON:
        product = self.product
        return {
            "sku": product.sku,
            "purchaseOptionId": product.option_id,
            "purchaseOptionName": "Monthly" if product.recurring else "One-time",
            "name": product.title,
            "cover": product.cover,
            "purchaseType": "RECURRING" if product.recurring else "SINGLE",
        }

    def render(self) -> JSON:
        """Return the contract as a `Contract`."""
        recurring = self.product.recurring
        billing = recurring and self.next_bill is not None
        contract: JSON = {
            "id": self.id,
            "name": self.product.title,
            "userId": self.user_id,
            "createdAt": iso(self.created),
            "updatedAt": iso(self.updated),
            "price": self.product.price,
            "nextBillAt": iso(self.next_bill) if billing and self.next_bill else None,
            "nextPrice": self.product.price if billing else None,
            "currency": "EUR",
            "manageUrl": self.manage_url,
            "contractDuration": "RECURRING" if recurring else "PERPETUAL",
            "items": [self._item()],
            "status": self.status,
            "isActive": self.is_active,
            "willCancelAt": iso(self.will_cancel) if self.will_cancel else None,
            "cancelRequestedAt": (
                iso(self.cancel_requested) if self.cancel_requested else None
            ),
            "paymentData": {"method": "card", "brand": "visa", "description": "4242"},
            "appliedDiscounts": list(self.discounts or ()),
        }
        if recurring:
            contract["recurringInterval"] = "MONTH"
            contract["recurringTime"] = 1
        return contract


class Bill(_Row):
    """A bill for one contract."""

    __slots__ = ("contract_id", "created", "id", "product", "status", "user_id")
    FIELDS: ClassVar[dict[str, str]] = {
        "id": "id",
        "userId": "user_id",
        "contractId": "contract_id",
        "status": "status",
        "createdAt": "created",
        "updatedAt": "created",
        "price": "price",
    }

    def __init__(
        self,
        ident: str,
        user_id: str,
        contract_id: str,
        product: Product,
        status: str,
        created: int,
    ) -> None:
        self.id = ident
        self.user_id = user_id
        self.contract_id = contract_id
        self.product = product
        self.status = status
        self.created = created

    @property
    def key(self) -> str:
        """The bill id."""
        return self.id

    @property
    def owner(self) -> str:
        """The billed user."""
        return self.user_id

    @property
    def price(self) -> float:
        """The billed amount."""
        return self.product.price

    def field(self, name: str) -> Any:
        """Return the JSON field `name`; `title` and `sku` come from the item."""
        if name == "title":
            return self.product.title
        if name == "sku":
            return self.product.sku
        return getattr(self, self.FIELDS[name])

    def render(self) -> JSON:
        """Return the bill as a `Bill`."""
        product = self.product
        return {
            "id": self.id,
            "items": [
                {
                    "sku": product.sku,
                    "title": product.title,
                    "purchaseOptionId": product.option_id,
                }
            ],
            "price": product.price,
            "currency": "EUR",
            "receiptUrl": f"https://receipts.sesamy.test/{self.id}.pdf",
            "paymentProvider": "STRIPE",
            "paymentMethod": "CARD",
            "status": self.status,
            "contractId": self.contract_id,
            "userId": self.user_id,
            "updatedAt": iso(self.created),
            "createdAt": iso(self.created),
        }


class Transaction(_Row):
    """A payment or refund for one bill."""

    __slots__ = (
        "amount",
        "bill_id",
        "contract_id",
        "created",
        "id",
        "is_refund",
        "status",
        "user_id",
    )
    FIELDS: ClassVar[dict[str, str]] = {
        "id": "id",
        "userId": "user_id",
        "contractId": "contract_id",
        "billId": "bill_id",
        "amount": "amount",
        "status": "status",
        "type": "type",
        "createdAt": "created",
        "updatedAt": "created",
    }

    def __init__(
        self,
        ident: str,
        bill: Bill,
        amount: float,
        is_refund: bool,
        status: str,
        created: int,
    ) -> None:
        self.id = ident
        self.user_id = bill.user_id
        self.contract_id = bill.contract_id
        self.bill_id = bill.id
        self.amount = amount
        self.is_refund = is_refund
        self.status = status
        self.created = created

    @property
    def key(self) -> str:
        """The transaction id."""
        return self.id

    @property
    def owner(self) -> str:
        """The paying user."""
        return self.user_id

    @property
    def type(self) -> str:
        """`PAYMENT` or `REFUND`."""
        return "REFUND" if self.is_refund else "PAYMENT"

    def render(self) -> JSON:
        """Return the transaction as a `Transaction`."""
        return {
            "id": self.id,
            "amount": self.amount,
            "currency": "EUR",
            "contractId": self.contract_id,
            "isRefund": self.is_refund,
            "userId": self.user_id,
            "billId": self.bill_id,
            "type": self.type,
            "status": self.status,
            "updatedAt": iso(self.created),
            "createdAt": iso(self.created),
        }


class Entitlement(_Row):
    """Access of one user to one product, granted by a contract."""

    __slots__ = ("contract_id", "created", "has_access", "id", "product", "user_id")
    FIELDS: ClassVar[dict[str, str]] = {
        "id": "id",
        "userId": "user_id",
        "sku": "sku",
        "type": "type",
        "purchaseOption": "purchase_option",
        "title": "title",
        "hasAccess": "has_access",
        "createdAt": "created",
        "updatedAt": "created",
    }

    def __init__(
        self,
        ident: str,
        user_id: str,
        product: Product,
        contract_id: str,
        created: int,
        has_access: bool = True,
    ) -> None:
        self.id = ident
        self.user_id = user_id
        self.product = product
        self.contract_id = contract_id
        self.created = created
        self.has_access = has_access

    @property
    def key(self) -> str:
        """The entitlement id."""
        return self.id

    @property
    def owner(self) -> str:
        """The entitled user."""
        return self.user_id

    @property
    def sku(self) -> str:
        """The product's SKU."""
        return self.product.sku

    @property
    def type(self) -> str:
        """The `EntitlementType` of the product."""
        return self.product.kind

    @property
    def title(self) -> str:
        """The product's title."""
        return self.product.title

    @property
    def purchase_option(self) -> str:
        """The purchase option the access was bought with."""
        return self.product.option_id

    def render(self) -> JSON:
        """Return the entitlement as an `Entitlement`."""
        product = self.product
        return {
            "id": self.id,
            "sku": product.sku,
            "purchaseOption": product.option_id,
            "cover": product.cover,
            "title": product.title,
            "url": f"https://content.sesamy.test/{product.sku}",
            "publisherContentId": f"content-{product.sku}",
            "type": product.kind,
            "origin": {"type": "PAYMENTS", "contractId": self.contract_id},
            "hasAccess": self.has_access,
            "userId": self.user_id,
            "createdAt": iso(self.created),
            "updatedAt": iso(self.created),
        }
