"""
The resources of the Client API: one class per noun, sync and async.

Each method sends one operation (named in its docstring); the async classes mirror
the sync ones, and a test keeps their signatures identical.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

from ._core import AsyncEngine, SyncEngine, TimeoutArg, make_body
from ._core import AsyncResource as _AsyncResource
from ._core import SyncResource as _SyncResource
from ._core import given_query as _query
from ._operations import CLIENT_OPERATIONS as _OPS
from ._pagination import DEFAULT_PAGE_SIZE, AsyncPager, SyncPager

if TYPE_CHECKING:
    from sesamy_client_api.models.add_tag_body import AddTagBody
    from sesamy_client_api.models.amendment import Amendment
    from sesamy_client_api.models.bill import Bill
    from sesamy_client_api.models.cancel_contract_response_200 import (
        CancelContractResponse200,
    )
    from sesamy_client_api.models.checkout import Checkout
    from sesamy_client_api.models.confirm_amendment_response_200 import (
        ConfirmAmendmentResponse200,
    )
    from sesamy_client_api.models.contract import Contract
    from sesamy_client_api.models.create_amendment_body import CreateAmendmentBody
    from sesamy_client_api.models.create_checkout_request import CreateCheckoutRequest
    from sesamy_client_api.models.create_fulfillment_body import CreateFulfillmentBody
    from sesamy_client_api.models.entitlement import Entitlement
    from sesamy_client_api.models.entitlement_type import EntitlementType
    from sesamy_client_api.models.get_entitlement_access_response_200 import (
        GetEntitlementAccessResponse200,
    )
    from sesamy_client_api.models.get_spotify_link_response_200 import (
        GetSpotifyLinkResponse200,
    )
    from sesamy_client_api.models.get_vendor_response_200 import GetVendorResponse200
    from sesamy_client_api.models.list_user_metadata_response_200 import (
        ListUserMetadataResponse200,
    )
    from sesamy_client_api.models.list_vendors_response_200_item import (
        ListVendorsResponse200Item,
    )
    from sesamy_client_api.models.payment_issue import PaymentIssue
    from sesamy_client_api.models.paywall import Paywall
    from sesamy_client_api.models.product import Product
    from sesamy_client_api.models.profile import Profile
    from sesamy_client_api.models.subscription import Subscription
    from sesamy_client_api.models.tally import Tally
    from sesamy_client_api.models.tally_insert import TallyInsert
    from sesamy_client_api.models.transaction import Transaction
    from sesamy_client_api.models.unlink_spotify_response_200 import (
        UnlinkSpotifyResponse200,
    )
    from sesamy_client_api.models.update_checkout_body import UpdateCheckoutBody
    from sesamy_client_api.models.update_profile_body import UpdateProfileBody
    from sesamy_client_api.models.user_fulfillment import UserFulfillment

    from ._bodies import (
        AddTagBodyFields,
        CreateAmendmentBodyFields,
        CreateCheckoutRequestFields,
        CreateFulfillmentBodyFields,
        TallyInsertFields,
        UpdateCheckoutBodyFields,
        UpdateProfileBodyFields,
    )

__all__ = [
    "AsyncBills",
    "AsyncCheckouts",
    "AsyncClientResources",
    "AsyncContracts",
    "AsyncEntitlements",
    "AsyncFulfillments",
    "AsyncPaymentIssues",
    "AsyncPaywalls",
    "AsyncProducts",
    "AsyncProfileResource",
    "AsyncProxy",
    "AsyncSubscriptions",
    "AsyncTags",
    "AsyncTallies",
    "AsyncTransactions",
    "AsyncUserMetadata",
    "AsyncVendorResource",
    "AsyncVendors",
    "Bills",
    "Checkouts",
    "Contracts",
    "Entitlements",
    "Fulfillments",
    "PaymentIssues",
    "Paywalls",
    "Products",
    "ProfileResource",
    "Proxy",
    "Subscriptions",
    "SyncClientResources",
    "Tags",
    "Tallies",
    "Transactions",
    "UserMetadata",
    "VendorResource",
    "Vendors",
]


class Contracts(_SyncResource):
    """The `contracts` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Contract]:
        """
        List all contracts.

        Operation `listContracts`: `GET /contracts`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listContracts"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    def get(self, contract_id: str, *, timeout: TimeoutArg = None) -> Contract:
        """
        Get a contract by ID.

        Operation `getContract`: `GET /contracts/{contract_id}`.

        Args:
            contract_id: The unique identifier of the contract.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getContract"]
        return cast("Contract", self._engine.call(op, (contract_id,), timeout=timeout))

    def cancel(
        self, contract_id: str, *, timeout: TimeoutArg = None
    ) -> CancelContractResponse200:
        """
        Cancel a contract.

        Operation `cancelContract`: `POST /contracts/{contract_id}/cancel`.

        Args:
            contract_id: The unique identifier of the contract.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["cancelContract"]
        return cast(
            "CancelContractResponse200",
            self._engine.call(op, (contract_id,), timeout=timeout),
        )

    @overload
    def create_amendment(
        self,
        contract_id: str,
        *,
        body: CreateAmendmentBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Amendment: ...
    @overload
    def create_amendment(
        self,
        contract_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateAmendmentBodyFields],
    ) -> Amendment: ...
    def create_amendment(
        self,
        contract_id: str,
        *,
        body: CreateAmendmentBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Amendment:
        """
        Create an amendment.

        Operation `createAmendment`: `POST /contracts/{contract_id}/amendments`.

        Args:
            contract_id: The unique identifier of the contract.
            body: The whole body as a `CreateAmendmentBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateAmendmentBody` in snake_case, typed by
                `CreateAmendmentBodyFields`.
        """
        op = _OPS["createAmendment"]
        return cast(
            "Amendment",
            self._engine.call(
                op, (contract_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def confirm_amendment(
        self, contract_id: str, amendment_id: str, *, timeout: TimeoutArg = None
    ) -> ConfirmAmendmentResponse200:
        """
        Confirm an amendment.

        Operation `confirmAmendment`:
        `POST /contracts/{contract_id}/amendments/{amendment_id}/confirm`.

        Args:
            contract_id: The unique identifier of the contract.
            amendment_id: The unique identifier of the amendment.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["confirmAmendment"]
        return cast(
            "ConfirmAmendmentResponse200",
            self._engine.call(op, (contract_id, amendment_id), timeout=timeout),
        )


class AsyncContracts(_AsyncResource):
    """The `contracts` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Contract]:
        """
        List all contracts.

        Operation `listContracts`: `GET /contracts`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listContracts"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    async def get(self, contract_id: str, *, timeout: TimeoutArg = None) -> Contract:
        """
        Get a contract by ID.

        Operation `getContract`: `GET /contracts/{contract_id}`.

        Args:
            contract_id: The unique identifier of the contract.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getContract"]
        return cast(
            "Contract", await self._engine.call(op, (contract_id,), timeout=timeout)
        )

    async def cancel(
        self, contract_id: str, *, timeout: TimeoutArg = None
    ) -> CancelContractResponse200:
        """
        Cancel a contract.

        Operation `cancelContract`: `POST /contracts/{contract_id}/cancel`.

        Args:
            contract_id: The unique identifier of the contract.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["cancelContract"]
        return cast(
            "CancelContractResponse200",
            await self._engine.call(op, (contract_id,), timeout=timeout),
        )

    @overload
    async def create_amendment(
        self,
        contract_id: str,
        *,
        body: CreateAmendmentBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Amendment: ...
    @overload
    async def create_amendment(
        self,
        contract_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateAmendmentBodyFields],
    ) -> Amendment: ...
    async def create_amendment(
        self,
        contract_id: str,
        *,
        body: CreateAmendmentBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Amendment:
        """
        Create an amendment.

        Operation `createAmendment`: `POST /contracts/{contract_id}/amendments`.

        Args:
            contract_id: The unique identifier of the contract.
            body: The whole body as a `CreateAmendmentBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateAmendmentBody` in snake_case, typed by
                `CreateAmendmentBodyFields`.
        """
        op = _OPS["createAmendment"]
        return cast(
            "Amendment",
            await self._engine.call(
                op, (contract_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def confirm_amendment(
        self, contract_id: str, amendment_id: str, *, timeout: TimeoutArg = None
    ) -> ConfirmAmendmentResponse200:
        """
        Confirm an amendment.

        Operation `confirmAmendment`:
        `POST /contracts/{contract_id}/amendments/{amendment_id}/confirm`.

        Args:
            contract_id: The unique identifier of the contract.
            amendment_id: The unique identifier of the amendment.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["confirmAmendment"]
        return cast(
            "ConfirmAmendmentResponse200",
            await self._engine.call(op, (contract_id, amendment_id), timeout=timeout),
        )


class Bills(_SyncResource):
    """The `bills` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Bill]:
        """
        List all bills.

        Operation `listBills`: `GET /bills`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listBills"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    def get(self, bill_id: str, *, timeout: TimeoutArg = None) -> Bill:
        """
        Get a bill by ID.

        Operation `getBill`: `GET /bills/{id}`.

        Args:
            bill_id: The unique identifier of the bill.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getBill"]
        return cast("Bill", self._engine.call(op, (bill_id,), timeout=timeout))


class AsyncBills(_AsyncResource):
    """The `bills` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Bill]:
        """
        List all bills.

        Operation `listBills`: `GET /bills`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listBills"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    async def get(self, bill_id: str, *, timeout: TimeoutArg = None) -> Bill:
        """
        Get a bill by ID.

        Operation `getBill`: `GET /bills/{id}`.

        Args:
            bill_id: The unique identifier of the bill.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getBill"]
        return cast("Bill", await self._engine.call(op, (bill_id,), timeout=timeout))


class Entitlements(_SyncResource):
    """The `entitlements` operations of the Client API."""

    def list(
        self,
        *,
        type: EntitlementType | str | None = None,  # noqa: A002 - the API's own parameter name
        sku: str | None = None,
        purchase_option_id: str | None = None,
        wait_for_entitlement_after: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Entitlement]:
        """
        List all entitlements.

        Operation `listEntitlements`: `GET /entitlements`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            type: Only items of this type.
            sku: Filter.
            purchase_option_id: Filter.
            wait_for_entitlement_after: If specified the request waits for an
                entitlement created after this time.
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listEntitlements"]
        return self._engine.pager(
            op,
            (),
            _query(
                type_=type,
                sku=sku,
                purchase_option_id=purchase_option_id,
                wait_for_entitlement_after=wait_for_entitlement_after,
            ),
            page_size,
            max_items,
            timeout,
            prefetch,
        )

    def get(self, entitlement_id: str, *, timeout: TimeoutArg = None) -> Entitlement:
        """
        Get an entitlement by ID.

        Operation `getEntitlement`: `GET /entitlements/{id}`.

        Args:
            entitlement_id: The unique identifier of the entitlement.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getEntitlement"]
        return cast(
            "Entitlement", self._engine.call(op, (entitlement_id,), timeout=timeout)
        )

    def access(
        self, entitlement_id: str, *, timeout: TimeoutArg = None
    ) -> GetEntitlementAccessResponse200:
        """
        Get access information for an entitlement.

        Operation `getEntitlementAccess`: `GET /entitlements/{id}/access`.

        Args:
            entitlement_id: The unique identifier of the entitlement.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getEntitlementAccess"]
        return cast(
            "GetEntitlementAccessResponse200",
            self._engine.call(op, (entitlement_id,), timeout=timeout),
        )


class AsyncEntitlements(_AsyncResource):
    """The `entitlements` operations of the Client API."""

    def list(
        self,
        *,
        type: EntitlementType | str | None = None,  # noqa: A002 - the API's own parameter name
        sku: str | None = None,
        purchase_option_id: str | None = None,
        wait_for_entitlement_after: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Entitlement]:
        """
        List all entitlements.

        Operation `listEntitlements`: `GET /entitlements`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            type: Only items of this type.
            sku: Filter.
            purchase_option_id: Filter.
            wait_for_entitlement_after: If specified the request waits for an
                entitlement created after this time.
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listEntitlements"]
        return self._engine.pager(
            op,
            (),
            _query(
                type_=type,
                sku=sku,
                purchase_option_id=purchase_option_id,
                wait_for_entitlement_after=wait_for_entitlement_after,
            ),
            page_size,
            max_items,
            timeout,
            prefetch,
        )

    async def get(
        self, entitlement_id: str, *, timeout: TimeoutArg = None
    ) -> Entitlement:
        """
        Get an entitlement by ID.

        Operation `getEntitlement`: `GET /entitlements/{id}`.

        Args:
            entitlement_id: The unique identifier of the entitlement.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getEntitlement"]
        return cast(
            "Entitlement",
            await self._engine.call(op, (entitlement_id,), timeout=timeout),
        )

    async def access(
        self, entitlement_id: str, *, timeout: TimeoutArg = None
    ) -> GetEntitlementAccessResponse200:
        """
        Get access information for an entitlement.

        Operation `getEntitlementAccess`: `GET /entitlements/{id}/access`.

        Args:
            entitlement_id: The unique identifier of the entitlement.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getEntitlementAccess"]
        return cast(
            "GetEntitlementAccessResponse200",
            await self._engine.call(op, (entitlement_id,), timeout=timeout),
        )


class ProfileResource(_SyncResource):
    """The `profile` operations of the Client API."""

    def get(self, user_id: str, *, timeout: TimeoutArg = None) -> Profile:
        """
        Get user profile.

        Operation `getProfile`: `GET /profile/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getProfile"]
        return cast("Profile", self._engine.call(op, (user_id,), timeout=timeout))

    @overload
    def update(
        self,
        user_id: str,
        *,
        body: UpdateProfileBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Profile: ...
    @overload
    def update(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateProfileBodyFields],
    ) -> Profile: ...
    def update(
        self,
        user_id: str,
        *,
        body: UpdateProfileBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Profile:
        """
        Update user profile.

        Operation `updateProfile`: `PATCH /profile/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            body: The whole body as a `UpdateProfileBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateProfileBody` in snake_case, typed by
                `UpdateProfileBodyFields`.
        """
        op = _OPS["updateProfile"]
        return cast(
            "Profile",
            self._engine.call(
                op, (user_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def spotify_link(self, *, timeout: TimeoutArg = None) -> GetSpotifyLinkResponse200:
        """
        Spotify link status.

        Operation `getSpotifyLink`: `GET /profile/spotify-link`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getSpotifyLink"]
        return cast(
            "GetSpotifyLinkResponse200", self._engine.call(op, (), timeout=timeout)
        )

    def unlink_spotify(self, *, timeout: TimeoutArg = None) -> UnlinkSpotifyResponse200:
        """
        Unlink Spotify.

        Operation `unlinkSpotify`: `POST /profile/unlink-spotify`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["unlinkSpotify"]
        return cast(
            "UnlinkSpotifyResponse200", self._engine.call(op, (), timeout=timeout)
        )

    def delete(self, *, timeout: TimeoutArg = None) -> None:
        """
        Delete the user's profile.

        Operation `deleteProfile`: `DELETE /profile`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteProfile"]
        self._engine.call(op, (), timeout=timeout)


class AsyncProfileResource(_AsyncResource):
    """The `profile` operations of the Client API."""

    async def get(self, user_id: str, *, timeout: TimeoutArg = None) -> Profile:
        """
        Get user profile.

        Operation `getProfile`: `GET /profile/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getProfile"]
        return cast("Profile", await self._engine.call(op, (user_id,), timeout=timeout))

    @overload
    async def update(
        self,
        user_id: str,
        *,
        body: UpdateProfileBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Profile: ...
    @overload
    async def update(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateProfileBodyFields],
    ) -> Profile: ...
    async def update(
        self,
        user_id: str,
        *,
        body: UpdateProfileBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Profile:
        """
        Update user profile.

        Operation `updateProfile`: `PATCH /profile/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            body: The whole body as a `UpdateProfileBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateProfileBody` in snake_case, typed by
                `UpdateProfileBodyFields`.
        """
        op = _OPS["updateProfile"]
        return cast(
            "Profile",
            await self._engine.call(
                op, (user_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def spotify_link(
        self, *, timeout: TimeoutArg = None
    ) -> GetSpotifyLinkResponse200:
        """
        Spotify link status.

        Operation `getSpotifyLink`: `GET /profile/spotify-link`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getSpotifyLink"]
        return cast(
            "GetSpotifyLinkResponse200",
            await self._engine.call(op, (), timeout=timeout),
        )

    async def unlink_spotify(
        self, *, timeout: TimeoutArg = None
    ) -> UnlinkSpotifyResponse200:
        """
        Unlink Spotify.

        Operation `unlinkSpotify`: `POST /profile/unlink-spotify`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["unlinkSpotify"]
        return cast(
            "UnlinkSpotifyResponse200", await self._engine.call(op, (), timeout=timeout)
        )

    async def delete(self, *, timeout: TimeoutArg = None) -> None:
        """
        Delete the user's profile.

        Operation `deleteProfile`: `DELETE /profile`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteProfile"]
        await self._engine.call(op, (), timeout=timeout)


class Subscriptions(_SyncResource):
    """The `subscriptions` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Subscription]:
        """
        List subscriptions.

        Operation `listSubscriptions`: `GET /subscriptions`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listSubscriptions"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    def get(self, subscription_id: str, *, timeout: TimeoutArg = None) -> Subscription:
        """
        Get a subscription by ID.

        Operation `getSubscription`: `GET /subscriptions/{id}`.

        Args:
            subscription_id: The unique identifier of the subscription.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getSubscription"]
        return cast(
            "Subscription", self._engine.call(op, (subscription_id,), timeout=timeout)
        )


class AsyncSubscriptions(_AsyncResource):
    """The `subscriptions` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Subscription]:
        """
        List subscriptions.

        Operation `listSubscriptions`: `GET /subscriptions`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listSubscriptions"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    async def get(
        self, subscription_id: str, *, timeout: TimeoutArg = None
    ) -> Subscription:
        """
        Get a subscription by ID.

        Operation `getSubscription`: `GET /subscriptions/{id}`.

        Args:
            subscription_id: The unique identifier of the subscription.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getSubscription"]
        return cast(
            "Subscription",
            await self._engine.call(op, (subscription_id,), timeout=timeout),
        )


class Products(_SyncResource):
    """The `products` operations of the Client API."""

    def get(self, sku: str, *, timeout: TimeoutArg = None) -> Product:
        """
        Get a product by SKU.

        Operation `getProduct`: `GET /products/{sku}`.

        Args:
            sku: The SKU of the product.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getProduct"]
        return cast("Product", self._engine.call(op, (sku,), timeout=timeout))

    def auto_onboard(
        self, sku: str, *, timeout: TimeoutArg = None
    ) -> builtins.list[Entitlement]:
        """
        Auto-onboard a product.

        Operation `autoOnboardProduct`: `POST /products/{sku}/auto-onboard`.

        Args:
            sku: The SKU of the product.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["autoOnboardProduct"]
        return cast(
            "builtins.list[Entitlement]", self._engine.call(op, (sku,), timeout=timeout)
        )


class AsyncProducts(_AsyncResource):
    """The `products` operations of the Client API."""

    async def get(self, sku: str, *, timeout: TimeoutArg = None) -> Product:
        """
        Get a product by SKU.

        Operation `getProduct`: `GET /products/{sku}`.

        Args:
            sku: The SKU of the product.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getProduct"]
        return cast("Product", await self._engine.call(op, (sku,), timeout=timeout))

    async def auto_onboard(
        self, sku: str, *, timeout: TimeoutArg = None
    ) -> builtins.list[Entitlement]:
        """
        Auto-onboard a product.

        Operation `autoOnboardProduct`: `POST /products/{sku}/auto-onboard`.

        Args:
            sku: The SKU of the product.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["autoOnboardProduct"]
        return cast(
            "builtins.list[Entitlement]",
            await self._engine.call(op, (sku,), timeout=timeout),
        )


class UserMetadata(_SyncResource):
    """The `user_metadata` operations of the Client API."""

    def list(self, *, timeout: TimeoutArg = None) -> ListUserMetadataResponse200:
        """
        Get all user metadata.

        Operation `listUserMetadata`: `GET /user-metadata`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listUserMetadata"]
        return cast(
            "ListUserMetadataResponse200", self._engine.call(op, (), timeout=timeout)
        )

    def set(self, key: str, value: str, *, timeout: TimeoutArg = None) -> None:
        """
        Set one user metadata value.

        Operation `setUserMetadata`: `PUT /user-metadata/{key}`.

        Args:
            key: The metadata key.
            value: The value, sent as UTF-8 text.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["setUserMetadata"]
        self._engine.call(op, (key,), body=value, timeout=timeout)

    def delete(self, key: str, *, timeout: TimeoutArg = None) -> None:
        """
        Delete one user metadata value.

        Operation `deleteUserMetadata`: `DELETE /user-metadata/{key}`.

        Args:
            key: The metadata key.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteUserMetadata"]
        self._engine.call(op, (key,), timeout=timeout)


class AsyncUserMetadata(_AsyncResource):
    """The `user_metadata` operations of the Client API."""

    async def list(self, *, timeout: TimeoutArg = None) -> ListUserMetadataResponse200:
        """
        Get all user metadata.

        Operation `listUserMetadata`: `GET /user-metadata`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listUserMetadata"]
        return cast(
            "ListUserMetadataResponse200",
            await self._engine.call(op, (), timeout=timeout),
        )

    async def set(self, key: str, value: str, *, timeout: TimeoutArg = None) -> None:
        """
        Set one user metadata value.

        Operation `setUserMetadata`: `PUT /user-metadata/{key}`.

        Args:
            key: The metadata key.
            value: The value, sent as UTF-8 text.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["setUserMetadata"]
        await self._engine.call(op, (key,), body=value, timeout=timeout)

    async def delete(self, key: str, *, timeout: TimeoutArg = None) -> None:
        """
        Delete one user metadata value.

        Operation `deleteUserMetadata`: `DELETE /user-metadata/{key}`.

        Args:
            key: The metadata key.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteUserMetadata"]
        await self._engine.call(op, (key,), timeout=timeout)


class Tallies(_SyncResource):
    """The `tallies` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Tally]:
        """
        List tallies.

        Operation `listTallies`: `GET /tallies`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listTallies"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    @overload
    def create(
        self,
        *,
        body: TallyInsert | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Tally: ...
    @overload
    def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[TallyInsertFields],
    ) -> Tally: ...
    def create(
        self,
        *,
        body: TallyInsert | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Tally:
        """
        Create a tally.

        Operation `createTally`: `POST /tallies`.

        Args:
            body: The whole body as a `TallyInsert` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `TallyInsert` in snake_case, typed by
                `TallyInsertFields`.
        """
        op = _OPS["createTally"]
        return cast(
            "Tally",
            self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def get(self, tally_id: str, *, timeout: TimeoutArg = None) -> Tally:
        """
        Get a tally by ID.

        Operation `getTally`: `GET /tallies/{id}`.

        Args:
            tally_id: The unique identifier of the tally.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getTally"]
        return cast("Tally", self._engine.call(op, (tally_id,), timeout=timeout))

    @overload
    def update(
        self,
        tally_id: str,
        *,
        body: TallyInsert | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Tally: ...
    @overload
    def update(
        self,
        tally_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[TallyInsertFields],
    ) -> Tally: ...
    def update(
        self,
        tally_id: str,
        *,
        body: TallyInsert | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Tally:
        """
        Update a tally.

        Operation `updateTally`: `PUT /tallies/{id}`.

        Args:
            tally_id: The unique identifier of the tally.
            body: The whole body as a `TallyInsert` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `TallyInsert` in snake_case, typed by
                `TallyInsertFields`.
        """
        op = _OPS["updateTally"]
        return cast(
            "Tally",
            self._engine.call(
                op, (tally_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def delete(self, tally_id: str, *, timeout: TimeoutArg = None) -> None:
        """
        Delete a tally.

        Operation `deleteTally`: `DELETE /tallies/{id}`.

        Args:
            tally_id: The unique identifier of the tally.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteTally"]
        self._engine.call(op, (tally_id,), timeout=timeout)

    @overload
    def push(
        self,
        tally_id: str,
        *,
        body: TallyInsert | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> builtins.list[float | str]: ...
    @overload
    def push(
        self,
        tally_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[TallyInsertFields],
    ) -> builtins.list[float | str]: ...
    def push(
        self,
        tally_id: str,
        *,
        body: TallyInsert | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> builtins.list[float | str]:
        """
        Push a value to a tally.

        Operation `pushTallyValue`: `POST /tallies/{id}/push`.

        Args:
            tally_id: The unique identifier of the tally.
            body: The whole body as a `TallyInsert` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `TallyInsert` in snake_case, typed by
                `TallyInsertFields`.
        """
        op = _OPS["pushTallyValue"]
        return cast(
            "builtins.list[float | str]",
            self._engine.call(
                op, (tally_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class AsyncTallies(_AsyncResource):
    """The `tallies` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Tally]:
        """
        List tallies.

        Operation `listTallies`: `GET /tallies`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listTallies"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    @overload
    async def create(
        self,
        *,
        body: TallyInsert | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Tally: ...
    @overload
    async def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[TallyInsertFields],
    ) -> Tally: ...
    async def create(
        self,
        *,
        body: TallyInsert | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Tally:
        """
        Create a tally.

        Operation `createTally`: `POST /tallies`.

        Args:
            body: The whole body as a `TallyInsert` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `TallyInsert` in snake_case, typed by
                `TallyInsertFields`.
        """
        op = _OPS["createTally"]
        return cast(
            "Tally",
            await self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def get(self, tally_id: str, *, timeout: TimeoutArg = None) -> Tally:
        """
        Get a tally by ID.

        Operation `getTally`: `GET /tallies/{id}`.

        Args:
            tally_id: The unique identifier of the tally.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getTally"]
        return cast("Tally", await self._engine.call(op, (tally_id,), timeout=timeout))

    @overload
    async def update(
        self,
        tally_id: str,
        *,
        body: TallyInsert | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Tally: ...
    @overload
    async def update(
        self,
        tally_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[TallyInsertFields],
    ) -> Tally: ...
    async def update(
        self,
        tally_id: str,
        *,
        body: TallyInsert | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Tally:
        """
        Update a tally.

        Operation `updateTally`: `PUT /tallies/{id}`.

        Args:
            tally_id: The unique identifier of the tally.
            body: The whole body as a `TallyInsert` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `TallyInsert` in snake_case, typed by
                `TallyInsertFields`.
        """
        op = _OPS["updateTally"]
        return cast(
            "Tally",
            await self._engine.call(
                op, (tally_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def delete(self, tally_id: str, *, timeout: TimeoutArg = None) -> None:
        """
        Delete a tally.

        Operation `deleteTally`: `DELETE /tallies/{id}`.

        Args:
            tally_id: The unique identifier of the tally.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteTally"]
        await self._engine.call(op, (tally_id,), timeout=timeout)

    @overload
    async def push(
        self,
        tally_id: str,
        *,
        body: TallyInsert | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> builtins.list[float | str]: ...
    @overload
    async def push(
        self,
        tally_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[TallyInsertFields],
    ) -> builtins.list[float | str]: ...
    async def push(
        self,
        tally_id: str,
        *,
        body: TallyInsert | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> builtins.list[float | str]:
        """
        Push a value to a tally.

        Operation `pushTallyValue`: `POST /tallies/{id}/push`.

        Args:
            tally_id: The unique identifier of the tally.
            body: The whole body as a `TallyInsert` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `TallyInsert` in snake_case, typed by
                `TallyInsertFields`.
        """
        op = _OPS["pushTallyValue"]
        return cast(
            "builtins.list[float | str]",
            await self._engine.call(
                op, (tally_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class Tags(_SyncResource):
    """The `tags` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[str]:
        """
        List the user's tags.

        Operation `listTags`: `GET /tags`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listTags"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    @overload
    def add(
        self,
        *,
        body: AddTagBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> None: ...
    @overload
    def add(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[AddTagBodyFields],
    ) -> None: ...
    def add(
        self,
        *,
        body: AddTagBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> None:
        """
        Add a tag to the user.

        Operation `addTag`: `POST /tags`.

        Args:
            body: The whole body as a `AddTagBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `AddTagBody` in snake_case, typed by
                `AddTagBodyFields`.
        """
        op = _OPS["addTag"]
        self._engine.call(op, (), body=make_body(op, body, fields), timeout=timeout)

    def remove(self, tag: str, *, timeout: TimeoutArg = None) -> None:
        """
        Remove a tag from the user.

        Operation `removeTag`: `DELETE /tags/{tag}`.

        Args:
            tag: The tag to remove.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["removeTag"]
        self._engine.call(op, (tag,), timeout=timeout)


class AsyncTags(_AsyncResource):
    """The `tags` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[str]:
        """
        List the user's tags.

        Operation `listTags`: `GET /tags`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listTags"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    @overload
    async def add(
        self,
        *,
        body: AddTagBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> None: ...
    @overload
    async def add(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[AddTagBodyFields],
    ) -> None: ...
    async def add(
        self,
        *,
        body: AddTagBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> None:
        """
        Add a tag to the user.

        Operation `addTag`: `POST /tags`.

        Args:
            body: The whole body as a `AddTagBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `AddTagBody` in snake_case, typed by
                `AddTagBodyFields`.
        """
        op = _OPS["addTag"]
        await self._engine.call(
            op, (), body=make_body(op, body, fields), timeout=timeout
        )

    async def remove(self, tag: str, *, timeout: TimeoutArg = None) -> None:
        """
        Remove a tag from the user.

        Operation `removeTag`: `DELETE /tags/{tag}`.

        Args:
            tag: The tag to remove.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["removeTag"]
        await self._engine.call(op, (tag,), timeout=timeout)


class Checkouts(_SyncResource):
    """The `checkouts` operations of the Client API."""

    @overload
    def create(
        self,
        *,
        body: CreateCheckoutRequest | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Checkout: ...
    @overload
    def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateCheckoutRequestFields],
    ) -> Checkout: ...
    def create(
        self,
        *,
        body: CreateCheckoutRequest | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Checkout:
        """
        Create a checkout session.

        Operation `createCheckout`: `POST /checkouts`.

        Args:
            body: The whole body as a `CreateCheckoutRequest` or a mapping in the
                API's camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateCheckoutRequest` in snake_case, typed by
                `CreateCheckoutRequestFields`.
        """
        op = _OPS["createCheckout"]
        return cast(
            "Checkout",
            self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def get(self, checkout_id: str, *, timeout: TimeoutArg = None) -> Checkout:
        """
        Get a checkout session by ID.

        Operation `getCheckout`: `GET /checkouts/{id}`.

        Args:
            checkout_id: The unique identifier of the checkout.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getCheckout"]
        return cast("Checkout", self._engine.call(op, (checkout_id,), timeout=timeout))

    @overload
    def update(
        self,
        checkout_id: str,
        *,
        body: UpdateCheckoutBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Checkout: ...
    @overload
    def update(
        self,
        checkout_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateCheckoutBodyFields],
    ) -> Checkout: ...
    def update(
        self,
        checkout_id: str,
        *,
        body: UpdateCheckoutBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Checkout:
        """
        Update a checkout session.

        Operation `updateCheckout`: `PATCH /checkouts/{id}`.

        Args:
            checkout_id: The unique identifier of the checkout.
            body: The whole body as a `UpdateCheckoutBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateCheckoutBody` in snake_case, typed by
                `UpdateCheckoutBodyFields`.
        """
        op = _OPS["updateCheckout"]
        return cast(
            "Checkout",
            self._engine.call(
                op, (checkout_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class AsyncCheckouts(_AsyncResource):
    """The `checkouts` operations of the Client API."""

    @overload
    async def create(
        self,
        *,
        body: CreateCheckoutRequest | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Checkout: ...
    @overload
    async def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateCheckoutRequestFields],
    ) -> Checkout: ...
    async def create(
        self,
        *,
        body: CreateCheckoutRequest | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Checkout:
        """
        Create a checkout session.

        Operation `createCheckout`: `POST /checkouts`.

        Args:
            body: The whole body as a `CreateCheckoutRequest` or a mapping in the
                API's camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateCheckoutRequest` in snake_case, typed by
                `CreateCheckoutRequestFields`.
        """
        op = _OPS["createCheckout"]
        return cast(
            "Checkout",
            await self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def get(self, checkout_id: str, *, timeout: TimeoutArg = None) -> Checkout:
        """
        Get a checkout session by ID.

        Operation `getCheckout`: `GET /checkouts/{id}`.

        Args:
            checkout_id: The unique identifier of the checkout.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getCheckout"]
        return cast(
            "Checkout", await self._engine.call(op, (checkout_id,), timeout=timeout)
        )

    @overload
    async def update(
        self,
        checkout_id: str,
        *,
        body: UpdateCheckoutBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Checkout: ...
    @overload
    async def update(
        self,
        checkout_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateCheckoutBodyFields],
    ) -> Checkout: ...
    async def update(
        self,
        checkout_id: str,
        *,
        body: UpdateCheckoutBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Checkout:
        """
        Update a checkout session.

        Operation `updateCheckout`: `PATCH /checkouts/{id}`.

        Args:
            checkout_id: The unique identifier of the checkout.
            body: The whole body as a `UpdateCheckoutBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateCheckoutBody` in snake_case, typed by
                `UpdateCheckoutBodyFields`.
        """
        op = _OPS["updateCheckout"]
        return cast(
            "Checkout",
            await self._engine.call(
                op, (checkout_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class Fulfillments(_SyncResource):
    """The `fulfillments` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[UserFulfillment]:
        """
        List the user's fulfillments.

        Operation `listFulfillments`: `GET /fulfillments`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listFulfillments"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    @overload
    def create(
        self,
        *,
        body: CreateFulfillmentBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> UserFulfillment: ...
    @overload
    def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateFulfillmentBodyFields],
    ) -> UserFulfillment: ...
    def create(
        self,
        *,
        body: CreateFulfillmentBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UserFulfillment:
        """
        Request a fulfillment.

        Operation `createFulfillment`: `POST /fulfillments`.

        Args:
            body: The whole body as a `CreateFulfillmentBody` or a mapping in the
                API's camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateFulfillmentBody` in snake_case, typed by
                `CreateFulfillmentBodyFields`.
        """
        op = _OPS["createFulfillment"]
        return cast(
            "UserFulfillment",
            self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class AsyncFulfillments(_AsyncResource):
    """The `fulfillments` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[UserFulfillment]:
        """
        List the user's fulfillments.

        Operation `listFulfillments`: `GET /fulfillments`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listFulfillments"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    @overload
    async def create(
        self,
        *,
        body: CreateFulfillmentBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> UserFulfillment: ...
    @overload
    async def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateFulfillmentBodyFields],
    ) -> UserFulfillment: ...
    async def create(
        self,
        *,
        body: CreateFulfillmentBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> UserFulfillment:
        """
        Request a fulfillment.

        Operation `createFulfillment`: `POST /fulfillments`.

        Args:
            body: The whole body as a `CreateFulfillmentBody` or a mapping in the
                API's camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateFulfillmentBody` in snake_case, typed by
                `CreateFulfillmentBodyFields`.
        """
        op = _OPS["createFulfillment"]
        return cast(
            "UserFulfillment",
            await self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class Paywalls(_SyncResource):
    """The `paywalls` operations of the Client API."""

    def get(self, paywall_id: str, *, timeout: TimeoutArg = None) -> Paywall:
        """
        Get a paywall by ID or URL.

        Operation `getPaywall`: `GET /paywalls/{id}`.

        Args:
            paywall_id: The paywall's ID or URL.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getPaywall"]
        return cast("Paywall", self._engine.call(op, (paywall_id,), timeout=timeout))


class AsyncPaywalls(_AsyncResource):
    """The `paywalls` operations of the Client API."""

    async def get(self, paywall_id: str, *, timeout: TimeoutArg = None) -> Paywall:
        """
        Get a paywall by ID or URL.

        Operation `getPaywall`: `GET /paywalls/{id}`.

        Args:
            paywall_id: The paywall's ID or URL.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getPaywall"]
        return cast(
            "Paywall", await self._engine.call(op, (paywall_id,), timeout=timeout)
        )


class PaymentIssues(_SyncResource):
    """The `payment_issues` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[PaymentIssue]:
        """
        List payment issues.

        Operation `listPaymentIssues`: `GET /payment-issues`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listPaymentIssues"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)


class AsyncPaymentIssues(_AsyncResource):
    """The `payment_issues` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[PaymentIssue]:
        """
        List payment issues.

        Operation `listPaymentIssues`: `GET /payment-issues`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listPaymentIssues"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)


class Transactions(_SyncResource):
    """The `transactions` operations of the Client API."""

    def list(
        self,
        *,
        q: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Transaction]:
        """
        List transactions.

        Operation `listTransactions`: `GET /transactions`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            q: Search query.
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listTransactions"]
        return self._engine.pager(
            op, (), _query(q=q), page_size, max_items, timeout, prefetch
        )


class AsyncTransactions(_AsyncResource):
    """The `transactions` operations of the Client API."""

    def list(
        self,
        *,
        q: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Transaction]:
        """
        List transactions.

        Operation `listTransactions`: `GET /transactions`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            q: Search query.
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listTransactions"]
        return self._engine.pager(
            op, (), _query(q=q), page_size, max_items, timeout, prefetch
        )


class VendorResource(_SyncResource):
    """The `vendor` operations of the Client API."""

    def get(self, *, timeout: TimeoutArg = None) -> GetVendorResponse200:
        """
        Get vendor settings.

        Operation `getVendor`: `GET /vendor`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getVendor"]
        return cast("GetVendorResponse200", self._engine.call(op, (), timeout=timeout))


class AsyncVendorResource(_AsyncResource):
    """The `vendor` operations of the Client API."""

    async def get(self, *, timeout: TimeoutArg = None) -> GetVendorResponse200:
        """
        Get vendor settings.

        Operation `getVendor`: `GET /vendor`.

        Args:
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getVendor"]
        return cast(
            "GetVendorResponse200", await self._engine.call(op, (), timeout=timeout)
        )


class Vendors(_SyncResource):
    """The `vendors` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[ListVendorsResponse200Item]:
        """
        List vendors.

        Operation `listVendors`: `GET /vendors`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listVendors"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)


class AsyncVendors(_AsyncResource):
    """The `vendors` operations of the Client API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[ListVendorsResponse200Item]:
        """
        List vendors.

        Operation `listVendors`: `GET /vendors`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listVendors"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)


class Proxy(_SyncResource):
    """The `proxy` operations of the Client API."""

    def content(
        self,
        url: str,
        *,
        selector: str | None = None,
        cache: str | None = None,
        timeout: TimeoutArg = None,
    ) -> str:
        """
        Proxy content from an external URL.

        Operation `proxyContent`: `GET /proxy`.

        Args:
            url: The URL to proxy.
            selector: A CSS selector.
            cache: Cache setting.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["proxyContent"]
        return cast(
            "str",
            self._engine.call(
                op,
                (),
                _query(url_query=url, selector=selector, cache=cache),
                timeout=timeout,
            ),
        )


class AsyncProxy(_AsyncResource):
    """The `proxy` operations of the Client API."""

    async def content(
        self,
        url: str,
        *,
        selector: str | None = None,
        cache: str | None = None,
        timeout: TimeoutArg = None,
    ) -> str:
        """
        Proxy content from an external URL.

        Operation `proxyContent`: `GET /proxy`.

        Args:
            url: The URL to proxy.
            selector: A CSS selector.
            cache: Cache setting.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["proxyContent"]
        return cast(
            "str",
            await self._engine.call(
                op,
                (),
                _query(url_query=url, selector=selector, cache=cache),
                timeout=timeout,
            ),
        )


class SyncClientResources:
    """The resources of the Client API, named after its nouns."""

    _engine: SyncEngine

    @functools.cached_property
    def contracts(self) -> Contracts:
        """The `contracts` operations."""
        return Contracts(self._engine)

    @functools.cached_property
    def bills(self) -> Bills:
        """The `bills` operations."""
        return Bills(self._engine)

    @functools.cached_property
    def entitlements(self) -> Entitlements:
        """The `entitlements` operations."""
        return Entitlements(self._engine)

    @functools.cached_property
    def profile(self) -> ProfileResource:
        """The `profile` operations."""
        return ProfileResource(self._engine)

    @functools.cached_property
    def subscriptions(self) -> Subscriptions:
        """The `subscriptions` operations."""
        return Subscriptions(self._engine)

    @functools.cached_property
    def products(self) -> Products:
        """The `products` operations."""
        return Products(self._engine)

    @functools.cached_property
    def user_metadata(self) -> UserMetadata:
        """The `user_metadata` operations."""
        return UserMetadata(self._engine)

    @functools.cached_property
    def tallies(self) -> Tallies:
        """The `tallies` operations."""
        return Tallies(self._engine)

    @functools.cached_property
    def tags(self) -> Tags:
        """The `tags` operations."""
        return Tags(self._engine)

    @functools.cached_property
    def checkouts(self) -> Checkouts:
        """The `checkouts` operations."""
        return Checkouts(self._engine)

    @functools.cached_property
    def fulfillments(self) -> Fulfillments:
        """The `fulfillments` operations."""
        return Fulfillments(self._engine)

    @functools.cached_property
    def paywalls(self) -> Paywalls:
        """The `paywalls` operations."""
        return Paywalls(self._engine)

    @functools.cached_property
    def payment_issues(self) -> PaymentIssues:
        """The `payment_issues` operations."""
        return PaymentIssues(self._engine)

    @functools.cached_property
    def transactions(self) -> Transactions:
        """The `transactions` operations."""
        return Transactions(self._engine)

    @functools.cached_property
    def vendor(self) -> VendorResource:
        """The `vendor` operations."""
        return VendorResource(self._engine)

    @functools.cached_property
    def vendors(self) -> Vendors:
        """The `vendors` operations."""
        return Vendors(self._engine)

    @functools.cached_property
    def proxy(self) -> Proxy:
        """The `proxy` operations."""
        return Proxy(self._engine)


class AsyncClientResources:
    """The resources of the Client API, named after its nouns."""

    _engine: AsyncEngine

    @functools.cached_property
    def contracts(self) -> AsyncContracts:
        """The `contracts` operations."""
        return AsyncContracts(self._engine)

    @functools.cached_property
    def bills(self) -> AsyncBills:
        """The `bills` operations."""
        return AsyncBills(self._engine)

    @functools.cached_property
    def entitlements(self) -> AsyncEntitlements:
        """The `entitlements` operations."""
        return AsyncEntitlements(self._engine)

    @functools.cached_property
    def profile(self) -> AsyncProfileResource:
        """The `profile` operations."""
        return AsyncProfileResource(self._engine)

    @functools.cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        """The `subscriptions` operations."""
        return AsyncSubscriptions(self._engine)

    @functools.cached_property
    def products(self) -> AsyncProducts:
        """The `products` operations."""
        return AsyncProducts(self._engine)

    @functools.cached_property
    def user_metadata(self) -> AsyncUserMetadata:
        """The `user_metadata` operations."""
        return AsyncUserMetadata(self._engine)

    @functools.cached_property
    def tallies(self) -> AsyncTallies:
        """The `tallies` operations."""
        return AsyncTallies(self._engine)

    @functools.cached_property
    def tags(self) -> AsyncTags:
        """The `tags` operations."""
        return AsyncTags(self._engine)

    @functools.cached_property
    def checkouts(self) -> AsyncCheckouts:
        """The `checkouts` operations."""
        return AsyncCheckouts(self._engine)

    @functools.cached_property
    def fulfillments(self) -> AsyncFulfillments:
        """The `fulfillments` operations."""
        return AsyncFulfillments(self._engine)

    @functools.cached_property
    def paywalls(self) -> AsyncPaywalls:
        """The `paywalls` operations."""
        return AsyncPaywalls(self._engine)

    @functools.cached_property
    def payment_issues(self) -> AsyncPaymentIssues:
        """The `payment_issues` operations."""
        return AsyncPaymentIssues(self._engine)

    @functools.cached_property
    def transactions(self) -> AsyncTransactions:
        """The `transactions` operations."""
        return AsyncTransactions(self._engine)

    @functools.cached_property
    def vendor(self) -> AsyncVendorResource:
        """The `vendor` operations."""
        return AsyncVendorResource(self._engine)

    @functools.cached_property
    def vendors(self) -> AsyncVendors:
        """The `vendors` operations."""
        return AsyncVendors(self._engine)

    @functools.cached_property
    def proxy(self) -> AsyncProxy:
        """The `proxy` operations."""
        return AsyncProxy(self._engine)
