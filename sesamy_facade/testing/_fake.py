"""`FakeSesamy`: the stateful fake of both Sesamy APIs."""

from __future__ import annotations

import gc
import math
import secrets
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from ._app import App, Credentials, RequestLog, Settings
from ._auth import ALL_PERMISSIONS, encode_token
from ._faults import Faults
from ._ratelimit import RateLimit, RateLimiter
from ._seed import SeedSize, seed_vendor
from ._server import FakeServer
from ._state import State, VendorState
from ._transport import FakeTransport

__all__ = ["FakeSesamy"]

ListShape = Literal["array", "envelope"]
_KINDS = (
    "users",
    "products",
    "contracts",
    "bills",
    "transactions",
    "entitlements",
    "tallies",
    "checkouts",
    "fulfillments",
    "paywalls",
    "access_lists",
    "grants",
)


class FakeSesamy:
    """
    A stateful, in-memory fake of Sesamy's Client API and Management API.

    Serve it in-process with `transport()` or over real HTTP with `serve()`.
    Client API calls act for the token's `sub` within its `vendor_id`; Management
    API calls act within the token's vendor; one vendor never sees another's data.

    Args:
        seed: makes the seeded data (and its ids) repeatable.
        users: users per vendor.
        contracts_per_user: contracts per user (the last user may get fewer).
        contracts: contracts per vendor; overrides `users * contracts_per_user`.
        products: products per vendor (every third is a subscription).
        vendors: the vendor ids to seed.
        list_shape: `"array"` (as the published specs say) or `"envelope"`
            (`{"data": [...], "pagination": {...}}`, as the docs say).
        rate_limit: the Client API's token bucket (per token); None disables it.
        management_rate_limit: the Management API's (per vendor); None disables it.
        paywalls: paywalls per vendor.
        access_lists: access lists per vendor.
        grants_per_list: grants in each access list.
        signing_key: the HS256 key; a random one when None.
        max_recorded_requests: how many requests `requests` keeps.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        users: int = 50,
        contracts_per_user: int = 2,
        contracts: int | None = None,
        products: int = 12,
        vendors: Sequence[str] = ("vendor-a", "vendor-b"),
        list_shape: ListShape = "array",
        rate_limit: RateLimit | None = None,
        management_rate_limit: RateLimit | None = None,
        paywalls: int = 2,
        access_lists: int = 2,
        grants_per_list: int = 5,
        signing_key: bytes | None = None,
        max_recorded_requests: int = 10_000,
    ) -> None:
        if list_shape not in ("array", "envelope"):
            raise ValueError("list_shape must be 'array' or 'envelope'")
        if not vendors:
            raise ValueError("at least one vendor is needed")
        self.seed = seed
        self.faults = Faults()
        self._key = signing_key or secrets.token_bytes(32)
        self._state = State()
        self._credentials: dict[str, Credentials] = {}
        self._log = RequestLog(max_recorded_requests)
        size = SeedSize(
            users=users,
            contracts=users * contracts_per_user if contracts is None else contracts,
            products=products,
            paywalls=paywalls,
            access_lists=access_lists,
            grants_per_list=grants_per_list,
        )
        self._seed(vendors, size)
        self._settings = Settings(
            state=self._state,
            key=self._key,
            faults=self.faults,
            credentials=self._credentials,
            limiters={
                "client": RateLimiter(rate_limit) if rate_limit else None,
                "management": (
                    RateLimiter(management_rate_limit)
                    if management_rate_limit
                    else None
                ),
            },
            list_shape=list_shape,
            all_permissions=ALL_PERMISSIONS,
            log=self._log,
            create_vendor=self._add_vendor,
        )
        self._app = App(self._settings)

    def _seed(self, vendors: Sequence[str], size: SeedSize) -> None:
        # Seeding allocates many small objects that never form cycles; pausing the
        # cyclic collector meanwhile halves the time a large seed takes.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            for vendor_id in vendors:
                vendor = self._add_vendor({"id": vendor_id, "name": vendor_id.title()})
                seed_vendor(vendor, self.seed, size)
        finally:
            if was_enabled:
                gc.enable()

    @classmethod
    def seeded(
        cls, *, contracts: int, contracts_per_user: int = 2, **options: Any
    ) -> FakeSesamy:
        """
        Return a fake with `contracts` contracts per vendor.

        Users are sized to fit (`contracts / contracts_per_user`, rounded up); each
        contract also gets a bill, most get a transaction and active ones an
        entitlement. 200,000 contracts take a few seconds to create.

        Args:
            contracts: contracts per vendor.
            contracts_per_user: how many contracts each user holds.
            options: any other constructor argument (`vendors`, `seed`, ...).
        """
        users = max(1, math.ceil(contracts / max(1, contracts_per_user)))
        return cls(
            users=users,
            contracts_per_user=contracts_per_user,
            contracts=contracts,
            **options,
        )

    @property
    def list_shape(self) -> ListShape:
        """How list operations answer: `"array"` or `"envelope"` (settable)."""
        shape: ListShape = (
            "envelope" if self._settings.list_shape == "envelope" else "array"
        )
        return shape

    @list_shape.setter
    def list_shape(self, shape: ListShape) -> None:
        if shape not in ("array", "envelope"):
            raise ValueError("list_shape must be 'array' or 'envelope'")
        self._settings.list_shape = shape

    @property
    def vendor_ids(self) -> list[str]:
        """Every vendor the fake knows, seeded or created through the API."""
        with self._state.lock:
            return list(self._state.vendors)

    @property
    def requests(self) -> RequestLog:
        """
        The requests received so far (bounded), oldest first.

        Each has `method`, `path` (raw, with the query), `headers` (lower-case
        names, without Authorization) and `body` (empty for the token endpoint).
        """
        return self._log

    def issue_token(
        self,
        vendor_id: str = "vendor-a",
        sub: str | None = None,
        permissions: Iterable[str] | None = None,
        expires_in: int = 3600,
    ) -> str:
        """
        Return a signed HS256 token for `sub` within `vendor_id`.

        Args:
            vendor_id: the tenant the token acts in.
            sub: the user (Client API) or client; the vendor's first user if None.
            permissions: e.g. `["read:contracts"]`; every permission when None.
            expires_in: lifetime in seconds (negative for an expired token).

        Raises:
            KeyError: for an unknown vendor.
        """
        if sub is None:
            users = self.user_ids(vendor_id)
            sub = users[0] if users else f"{vendor_id}@clients"
        elif vendor_id not in self._state.vendors:
            raise KeyError(vendor_id)
        granted = ALL_PERMISSIONS if permissions is None else tuple(permissions)
        return encode_token(
            self._key,
            sub=sub,
            vendor_id=vendor_id,
            permissions=granted,
            expires_in=expires_in,
        )

    def add_client_credentials(
        self,
        client_id: str,
        client_secret: str,
        vendor_id: str = "vendor-a",
        permissions: Iterable[str] | None = None,
    ) -> None:
        """
        Register a client for `POST /oauth/token` (`grant_type=client_credentials`).

        Raises:
            KeyError: for an unknown vendor.
        """
        if vendor_id not in self._state.vendors:
            raise KeyError(vendor_id)
        granted = None if permissions is None else tuple(permissions)
        self._credentials[client_id] = Credentials(client_secret, vendor_id, granted)

    def transport(self) -> FakeTransport:
        """Return an in-process transport for `httpx.Client` and `httpx.AsyncClient`."""
        return FakeTransport(self._app)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
        """
        Serve the fake over HTTP on a background thread.

        Use as a context manager; `server.url` is the API root and
        `server.url + "/oauth/token"` the token endpoint. Port 0 picks a free one.
        """
        return FakeServer(self._app, host, port)

    def user_ids(self, vendor_id: str = "vendor-a") -> list[str]:
        """
        Return the ids of a vendor's users, oldest first.

        Raises:
            KeyError: for an unknown vendor.
        """
        with self._state.lock:
            return [u.user_id for u in self._state.vendors[vendor_id].users.rows]

    def records(self, kind: str, vendor_id: str = "vendor-a") -> list[dict[str, Any]]:
        """
        Return a vendor's records of one kind as the API renders them, oldest first.

        Kinds: users, products, contracts, bills, transactions, entitlements,
        tallies, checkouts, fulfillments, paywalls, access_lists, grants.

        Raises:
            KeyError: for an unknown vendor or kind.
        """
        if kind not in _KINDS:
            raise KeyError(kind)
        with self._state.lock:
            table = getattr(self._state.vendors[vendor_id], kind)
            return [dict(row.render()) for row in table.rows]

    def _add_vendor(self, vendor: dict[str, Any]) -> VendorState:
        state = VendorState(vendor=dict(vendor))
        state.vendor.setdefault(
            "logo", f"https://assets.sesamy.test/{vendor['id']}.png"
        )
        self._state.vendors[vendor["id"]] = state
        return state

    def __repr__(self) -> str:
        return (
            f"<FakeSesamy vendors={self.vendor_ids!r} "
            f"list_shape={self._settings.list_shape!r}>"
        )
