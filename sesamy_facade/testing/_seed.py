"""
Deterministic seed data: the same seed and sizes give the same records and ids.

Each vendor draws from its own `random.Random`, seeded with the fake's seed and the
vendor id, so adding a vendor never changes another vendor's data. Records are
spread over 2024 in creation order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ._records import Bill, Contract, Doc, Entitlement, Product, Transaction, User, iso
from ._state import VendorState

__all__ = ["SeedSize", "seed_vendor"]

_START = 1_704_067_200  # 2024-01-01T00:00:00Z
_SPAN = 365 * 24 * 3600
_MONTH = 30 * 24 * 3600

_FIRST_NAMES = ("Alva", "Bo", "Cleo", "Dag", "Ebba", "Frej", "Greta", "Hugo", "Ines")
_LAST_NAMES = ("Lind", "Berg", "Holm", "Nyberg", "Ek", "Sjo", "Dahl", "Falk", "Ros")
_KINDS = ("article", "audiobook", "ebook", "bundle", "podcast", "pass", "publication")
# (status, cumulative weight): most contracts are active.
_CONTRACT_STATUSES = (
    ("ACTIVE", 0.70),
    ("CANCELED", 0.85),
    ("EXPIRED", 0.95),
    ("PAST_DUE", 1.0),
)
_BILL_STATUSES = (
    ("PAID", 0.80),
    ("PENDING", 0.85),
    ("DRAFT", 0.89),
    ("EXPIRED", 0.92),
    ("CANCELED", 0.95),
    ("RETRYING", 0.97),
    ("VOIDED", 1.0),
)


@dataclass(frozen=True, slots=True)
class SeedSize:
    """How much to create for each vendor."""

    users: int = 50
    contracts: int = 100
    products: int = 12
    paywalls: int = 2
    access_lists: int = 2
    grants_per_list: int = 5


def _pick(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random()
    for status, bound in table:
        if roll < bound:
            return status
    return table[-1][0]


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(digits * 4):0{digits}x}"


def _seed_products(state: VendorState, rng: random.Random, count: int) -> None:
    for index in range(count):
        recurring = index % 3 == 0
        kind = "pass" if recurring else _KINDS[index % len(_KINDS)]
        state.products.add(
            Product(
                sku=f"{state.vendor['id']}-sku-{index:03d}",
                title=f"{'Subscription' if recurring else 'Title'} {index}",
                product_type="SUBSCRIPTION" if recurring else kind.upper(),
                kind=kind,
                price=float(rng.choice((49, 79, 99, 129, 199))),
                recurring=recurring,
                created=_START - (count - index) * 3600,
            )
        )


def _seed_users(state: VendorState, rng: random.Random, count: int) -> list[User]:
    users = []
    for index in range(count):
        user_id = f"user-{_hex(rng, 16)}"
        first = _FIRST_NAMES[index % len(_FIRST_NAMES)]
        last = _LAST_NAMES[(index // len(_FIRST_NAMES)) % len(_LAST_NAMES)]
        user = User(
            user_id,
            f"{first.lower()}.{index}@{state.vendor['id']}.example.com",
            first,
            last,
            _START - (count - index),
        )
        if index % 4 == 0:
            user.tags = ["newsletter"]
            user.metadata = {"favouriteSection": "sports"}
        user.spotify = index % 5 == 0
        users.append(state.add_user(user))
    return users


@dataclass
class _Batch:
    """Rows created by one seeding pass, added to their tables at once."""

    contracts: list[Contract] = field(default_factory=list)
    bills: list[Bill] = field(default_factory=list)
    transactions: list[Transaction] = field(default_factory=list)
    entitlements: list[Entitlement] = field(default_factory=list)

    def store(self, state: VendorState) -> None:
        state.contracts.extend(self.contracts)
        state.bills.extend(self.bills)
        state.transactions.extend(self.transactions)
        state.entitlements.extend(self.entitlements)


def _seed_billing(
    batch: _Batch, rng: random.Random, contract: Contract, created: int
) -> None:
    status = "OVERDUE" if contract.status == "PAST_DUE" else _pick(rng, _BILL_STATUSES)
    bill = Bill(
        f"bill_{rng.getrandbits(80):020x}",
        contract.user_id,
        contract.id,
        contract.product,
        status,
        created,
    )
    batch.bills.append(bill)
    if status in ("PAID", "VOIDED", "OVERDUE"):
        outcome = "FAILED" if status == "OVERDUE" else "SUCCEEDED"
        tx_id = f"txn_{rng.getrandbits(80):020x}"
        batch.transactions.append(
            Transaction(tx_id, bill, bill.price, False, outcome, created)
        )
    if status == "VOIDED":
        tx_id = f"txn_{rng.getrandbits(80):020x}"
        batch.transactions.append(
            Transaction(tx_id, bill, -bill.price, True, "SUCCEEDED", created)
        )


def _seed_contracts(
    state: VendorState, rng: random.Random, users: list[User], count: int
) -> None:
    products = state.products.rows
    per_user = max(1, -(-count // max(1, len(users))))
    batch = _Batch()
    for index in range(count):
        created = _START + (index * _SPAN) // max(count, 1)
        product = products[int(rng.random() * len(products))]
        status = _pick(rng, _CONTRACT_STATUSES)
        next_bill = (
            created + _MONTH if product.recurring and status != "EXPIRED" else None
        )
        contract = Contract(
            f"{rng.getrandbits(128):032x}",
            users[min(index // per_user, len(users) - 1)].user_id,
            product,
            status,
            created,
            next_bill,
        )
        if status == "CANCELED" and next_bill:
            contract.will_cancel = next_bill
            contract.cancel_requested = created + 3600
            contract.next_bill = None
        batch.contracts.append(contract)
        _seed_billing(batch, rng, contract, created)
        if contract.is_active:
            ent_id = f"ent_{rng.getrandbits(80):020x}"
            batch.entitlements.append(
                Entitlement(ent_id, contract.user_id, product, contract.id, created)
            )
    batch.store(state)


def _paywall(vendor_id: str, ident: str, products: list[Product]) -> Doc:
    subscriptions = [
        {
            "id": f"{ident}-{p.sku}",
            "sku": p.sku,
            "poId": p.option_id,
            "title": p.title,
            "description": f"<p>{p.title}</p>",
            "price": p.price,
            "discountCode": "",
            "periodText": "month",
            "tag": "",
            "selected": index == 0,
            "features": ["All articles", "No ads"],
        }
        for index, p in enumerate(products)
    ]
    doc = {
        "id": ident,
        "vendorId": vendor_id,
        "currency": "EUR",
        "version": 2,
        "settings": {
            "template": "BOXES",
            "useDefaultLogo": True,
            "useDefaultCurrency": True,
            "useDefaultColor": True,
        },
        "showLoginButton": True,
        "subscriptions": subscriptions,
        "features": ["Cancel any time"],
        "headline": "Read everything",
        "footerPaymentMethods": ["card"],
        "url": f"https://{vendor_id}.example.com/paywall/{ident}",
    }
    return Doc(ident, doc)


def _seed_access(state: VendorState, rng: random.Random, size: SeedSize) -> None:
    vendor_id = state.vendor["id"]
    sku = state.products.rows[0].sku if state.products.rows else "none"
    for index in range(size.access_lists):
        list_id = f"al_{_hex(rng, 16)}"
        state.access_lists.add(
            Doc(
                list_id,
                {
                    "id": list_id,
                    "name": f"Partner list {index}",
                    "description": "Seeded access list",
                    "type": "MANUAL",
                    "status": "ACTIVE",
                    "excludeFromStats": False,
                },
            )
        )
        for number in range(size.grants_per_list):
            grant_id = f"gr_{_hex(rng, 16)}"
            grant = {
                "id": grant_id,
                "source": "MANUAL",
                "email": f"reader{number}.{index}@{vendor_id}.example.com",
                "sku": sku,
                "poId": "one-time",
                "status": "ACTIVE",
                "startsAt": iso(_START),
                "endsAt": iso(_START + _SPAN),
            }
            state.grants.add(Doc(grant_id, grant, parent=list_id))


def seed_vendor(state: VendorState, seed: int, size: SeedSize) -> None:
    """Fill a vendor's tables deterministically from `seed`."""
    rng = random.Random(f"{seed}:{state.vendor['id']}")
    _seed_products(state, rng, max(1, size.products))
    users = _seed_users(state, rng, size.users)
    if users:
        _seed_contracts(state, rng, users, size.contracts)
    recurring = [p for p in state.products.rows if p.recurring][:3]
    for index in range(size.paywalls):
        ident = f"pw_{state.vendor['id']}_{index}"
        state.paywalls.add(_paywall(state.vendor["id"], ident, recurring))
    _seed_access(state, rng, size)
