"""
The resources of the Management API: one class per noun, sync and async.

Each method sends one operation (named in its docstring); the async classes mirror
the sync ones, and a test keeps their signatures identical.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

from ._core import AsyncEngine, SyncEngine, TimeoutArg, make_body
from ._core import AsyncResource as _AsyncResource
from ._core import SyncResource as _SyncResource
from ._core import given_query as _query
from ._operations import MANAGEMENT_OPERATIONS as _OPS
from ._pagination import DEFAULT_PAGE_SIZE, AsyncPager, SyncPager

if TYPE_CHECKING:
    from sesamy_management_api.models.access_list import AccessList
    from sesamy_management_api.models.bill import Bill
    from sesamy_management_api.models.change_user_login_identifier_body import (
        ChangeUserLoginIdentifierBody,
    )
    from sesamy_management_api.models.contract import Contract
    from sesamy_management_api.models.create_access_list import CreateAccessList
    from sesamy_management_api.models.create_grant import CreateGrant
    from sesamy_management_api.models.create_product_body import CreateProductBody
    from sesamy_management_api.models.create_user_body import CreateUserBody
    from sesamy_management_api.models.create_vendor_body import CreateVendorBody
    from sesamy_management_api.models.entitlement import Entitlement
    from sesamy_management_api.models.entitlement_type import EntitlementType
    from sesamy_management_api.models.fulfillment import Fulfillment
    from sesamy_management_api.models.grant import Grant
    from sesamy_management_api.models.list_bills_status import ListBillsStatus
    from sesamy_management_api.models.product import Product
    from sesamy_management_api.models.profile import Profile
    from sesamy_management_api.models.set_user_password_body import SetUserPasswordBody
    from sesamy_management_api.models.transaction import Transaction
    from sesamy_management_api.models.update_access_list import UpdateAccessList
    from sesamy_management_api.models.update_grant import UpdateGrant
    from sesamy_management_api.models.update_product_body import UpdateProductBody
    from sesamy_management_api.models.update_user_body import UpdateUserBody
    from sesamy_management_api.models.vendor import Vendor

    from ._bodies import (
        ChangeUserLoginIdentifierBodyFields,
        CreateAccessListFields,
        CreateGrantFields,
        CreateProductBodyFields,
        CreateUserBodyFields,
        CreateVendorBodyFields,
        SetUserPasswordBodyFields,
        UpdateAccessListFields,
        UpdateGrantFields,
        UpdateProductBodyFields,
        UpdateUserBodyFields,
    )

__all__ = [
    "AccessLists",
    "AsyncAccessLists",
    "AsyncBills",
    "AsyncContracts",
    "AsyncCustomers",
    "AsyncEntitlements",
    "AsyncGrants",
    "AsyncManagementResources",
    "AsyncProducts",
    "AsyncTransactions",
    "AsyncUserMetadataValues",
    "AsyncUsers",
    "AsyncVendors",
    "Bills",
    "Contracts",
    "Customers",
    "Entitlements",
    "Grants",
    "Products",
    "SyncManagementResources",
    "Transactions",
    "UserMetadataValues",
    "Users",
    "Vendors",
]


class UserMetadataValues(_SyncResource):
    """The `metadata` operations of the Management API."""

    def set(
        self, user_id: str, key: str, value: str, *, timeout: TimeoutArg = None
    ) -> None:
        """
        Set a user metadata value.

        Operation `setUserMetadataValue`:
        `PUT /management/users/{userId}/user_metadata/{key}`.

        Args:
            user_id: The unique identifier of the user.
            key: The metadata key.
            value: The value, sent as UTF-8 text.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["setUserMetadataValue"]
        self._engine.call(op, (user_id, key), body=value, timeout=timeout)

    def delete(self, user_id: str, key: str, *, timeout: TimeoutArg = None) -> None:
        """
        Delete a user metadata value.

        Operation `deleteUserMetadataValue`:
        `DELETE /management/users/{userId}/user_metadata/{key}`.

        Args:
            user_id: The unique identifier of the user.
            key: The metadata key.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteUserMetadataValue"]
        self._engine.call(op, (user_id, key), timeout=timeout)


class AsyncUserMetadataValues(_AsyncResource):
    """The `metadata` operations of the Management API."""

    async def set(
        self, user_id: str, key: str, value: str, *, timeout: TimeoutArg = None
    ) -> None:
        """
        Set a user metadata value.

        Operation `setUserMetadataValue`:
        `PUT /management/users/{userId}/user_metadata/{key}`.

        Args:
            user_id: The unique identifier of the user.
            key: The metadata key.
            value: The value, sent as UTF-8 text.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["setUserMetadataValue"]
        await self._engine.call(op, (user_id, key), body=value, timeout=timeout)

    async def delete(
        self, user_id: str, key: str, *, timeout: TimeoutArg = None
    ) -> None:
        """
        Delete a user metadata value.

        Operation `deleteUserMetadataValue`:
        `DELETE /management/users/{userId}/user_metadata/{key}`.

        Args:
            user_id: The unique identifier of the user.
            key: The metadata key.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteUserMetadataValue"]
        await self._engine.call(op, (user_id, key), timeout=timeout)


class Grants(_SyncResource):
    """The `grants` operations of the Management API."""

    def list(
        self,
        list_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Grant]:
        """
        List the grants of an access list.

        Operation `listGrants`: `GET /management/access-lists/{id}/grants`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            list_id: The unique identifier of the access list.
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listGrants"]
        return self._engine.pager(
            op, (list_id,), {}, page_size, max_items, timeout, prefetch
        )

    @overload
    def create(
        self,
        list_id: str,
        *,
        body: CreateGrant | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Grant: ...
    @overload
    def create(
        self,
        list_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateGrantFields],
    ) -> Grant: ...
    def create(
        self,
        list_id: str,
        *,
        body: CreateGrant | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Grant:
        """
        Create a grant.

        Operation `createGrant`: `POST /management/access-lists/{id}/grants`.

        Args:
            list_id: The unique identifier of the access list.
            body: The whole body as a `CreateGrant` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateGrant` in snake_case, typed by
                `CreateGrantFields`.
        """
        op = _OPS["createGrant"]
        return cast(
            "Grant",
            self._engine.call(
                op, (list_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def get(self, list_id: str, grant_id: str, *, timeout: TimeoutArg = None) -> Grant:
        """
        Get a grant.

        Operation `getGrant`: `GET /management/access-lists/{id}/grants/{grantId}`.

        Args:
            list_id: The unique identifier of the access list.
            grant_id: The unique identifier of the grant.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getGrant"]
        return cast(
            "Grant", self._engine.call(op, (list_id, grant_id), timeout=timeout)
        )

    @overload
    def update(
        self,
        list_id: str,
        grant_id: str,
        *,
        body: UpdateGrant | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Grant: ...
    @overload
    def update(
        self,
        list_id: str,
        grant_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateGrantFields],
    ) -> Grant: ...
    def update(
        self,
        list_id: str,
        grant_id: str,
        *,
        body: UpdateGrant | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Grant:
        """
        Update a grant.

        Operation `updateGrant`: `PUT /management/access-lists/{id}/grants/{grantId}`.

        Args:
            list_id: The unique identifier of the access list.
            grant_id: The unique identifier of the grant.
            body: The whole body as a `UpdateGrant` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateGrant` in snake_case, typed by
                `UpdateGrantFields`.
        """
        op = _OPS["updateGrant"]
        return cast(
            "Grant",
            self._engine.call(
                op,
                (list_id, grant_id),
                body=make_body(op, body, fields),
                timeout=timeout,
            ),
        )

    def delete(
        self, list_id: str, grant_id: str, *, timeout: TimeoutArg = None
    ) -> None:
        """
        Delete a grant.

        Operation `deleteGrant`:
        `DELETE /management/access-lists/{id}/grants/{grantId}`.

        Args:
            list_id: The unique identifier of the access list.
            grant_id: The unique identifier of the grant.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteGrant"]
        self._engine.call(op, (list_id, grant_id), timeout=timeout)


class AsyncGrants(_AsyncResource):
    """The `grants` operations of the Management API."""

    def list(
        self,
        list_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Grant]:
        """
        List the grants of an access list.

        Operation `listGrants`: `GET /management/access-lists/{id}/grants`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            list_id: The unique identifier of the access list.
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listGrants"]
        return self._engine.pager(
            op, (list_id,), {}, page_size, max_items, timeout, prefetch
        )

    @overload
    async def create(
        self,
        list_id: str,
        *,
        body: CreateGrant | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Grant: ...
    @overload
    async def create(
        self,
        list_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateGrantFields],
    ) -> Grant: ...
    async def create(
        self,
        list_id: str,
        *,
        body: CreateGrant | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Grant:
        """
        Create a grant.

        Operation `createGrant`: `POST /management/access-lists/{id}/grants`.

        Args:
            list_id: The unique identifier of the access list.
            body: The whole body as a `CreateGrant` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateGrant` in snake_case, typed by
                `CreateGrantFields`.
        """
        op = _OPS["createGrant"]
        return cast(
            "Grant",
            await self._engine.call(
                op, (list_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def get(
        self, list_id: str, grant_id: str, *, timeout: TimeoutArg = None
    ) -> Grant:
        """
        Get a grant.

        Operation `getGrant`: `GET /management/access-lists/{id}/grants/{grantId}`.

        Args:
            list_id: The unique identifier of the access list.
            grant_id: The unique identifier of the grant.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getGrant"]
        return cast(
            "Grant", await self._engine.call(op, (list_id, grant_id), timeout=timeout)
        )

    @overload
    async def update(
        self,
        list_id: str,
        grant_id: str,
        *,
        body: UpdateGrant | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Grant: ...
    @overload
    async def update(
        self,
        list_id: str,
        grant_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateGrantFields],
    ) -> Grant: ...
    async def update(
        self,
        list_id: str,
        grant_id: str,
        *,
        body: UpdateGrant | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Grant:
        """
        Update a grant.

        Operation `updateGrant`: `PUT /management/access-lists/{id}/grants/{grantId}`.

        Args:
            list_id: The unique identifier of the access list.
            grant_id: The unique identifier of the grant.
            body: The whole body as a `UpdateGrant` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateGrant` in snake_case, typed by
                `UpdateGrantFields`.
        """
        op = _OPS["updateGrant"]
        return cast(
            "Grant",
            await self._engine.call(
                op,
                (list_id, grant_id),
                body=make_body(op, body, fields),
                timeout=timeout,
            ),
        )

    async def delete(
        self, list_id: str, grant_id: str, *, timeout: TimeoutArg = None
    ) -> None:
        """
        Delete a grant.

        Operation `deleteGrant`:
        `DELETE /management/access-lists/{id}/grants/{grantId}`.

        Args:
            list_id: The unique identifier of the access list.
            grant_id: The unique identifier of the grant.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteGrant"]
        await self._engine.call(op, (list_id, grant_id), timeout=timeout)


class Vendors(_SyncResource):
    """The `vendors` operations of the Management API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Vendor]:
        """
        A list of vendors.

        Operation `listVendors`: `GET /management/vendors`.

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

    @overload
    def create(
        self,
        *,
        body: CreateVendorBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Vendor: ...
    @overload
    def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateVendorBodyFields],
    ) -> Vendor: ...
    def create(
        self,
        *,
        body: CreateVendorBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Vendor:
        """
        Create a vendor.

        Operation `createVendor`: `POST /management/vendors`.

        Args:
            body: The whole body as a `CreateVendorBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateVendorBody` in snake_case, typed by
                `CreateVendorBodyFields`.
        """
        op = _OPS["createVendor"]
        return cast(
            "Vendor",
            self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class AsyncVendors(_AsyncResource):
    """The `vendors` operations of the Management API."""

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Vendor]:
        """
        A list of vendors.

        Operation `listVendors`: `GET /management/vendors`.

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

    @overload
    async def create(
        self,
        *,
        body: CreateVendorBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Vendor: ...
    @overload
    async def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateVendorBodyFields],
    ) -> Vendor: ...
    async def create(
        self,
        *,
        body: CreateVendorBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Vendor:
        """
        Create a vendor.

        Operation `createVendor`: `POST /management/vendors`.

        Args:
            body: The whole body as a `CreateVendorBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateVendorBody` in snake_case, typed by
                `CreateVendorBodyFields`.
        """
        op = _OPS["createVendor"]
        return cast(
            "Vendor",
            await self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class Bills(_SyncResource):
    """The `bills` operations of the Management API."""

    def list(
        self,
        *,
        q: str | None = None,
        from_: str | None = None,
        status: ListBillsStatus | str | None = None,
        contract_id: str | None = None,
        user_id: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Bill]:
        """
        Retrieve the users bills.

        Operation `listBills`: `GET /management/bills`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            q: Search query.
            from_: Only bills created from this time.
            status: Only items with this status.
            contract_id: Only bills of this contract.
            user_id: Only bills of this user.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listBills"]
        return self._engine.pager(
            op,
            (),
            _query(
                q=q,
                from_=from_,
                status=status,
                contract_id=contract_id,
                user_id=user_id,
            ),
            page_size,
            max_items,
            timeout,
            prefetch,
        )

    def get(self, bill_id: str, *, timeout: TimeoutArg = None) -> Bill:
        """
        Get a bill by ID.

        Operation `getBill`: `GET /management/bills/{id}`.

        Args:
            bill_id: The unique identifier of the bill.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getBill"]
        return cast("Bill", self._engine.call(op, (bill_id,), timeout=timeout))


class AsyncBills(_AsyncResource):
    """The `bills` operations of the Management API."""

    def list(
        self,
        *,
        q: str | None = None,
        from_: str | None = None,
        status: ListBillsStatus | str | None = None,
        contract_id: str | None = None,
        user_id: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Bill]:
        """
        Retrieve the users bills.

        Operation `listBills`: `GET /management/bills`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            q: Search query.
            from_: Only bills created from this time.
            status: Only items with this status.
            contract_id: Only bills of this contract.
            user_id: Only bills of this user.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listBills"]
        return self._engine.pager(
            op,
            (),
            _query(
                q=q,
                from_=from_,
                status=status,
                contract_id=contract_id,
                user_id=user_id,
            ),
            page_size,
            max_items,
            timeout,
            prefetch,
        )

    async def get(self, bill_id: str, *, timeout: TimeoutArg = None) -> Bill:
        """
        Get a bill by ID.

        Operation `getBill`: `GET /management/bills/{id}`.

        Args:
            bill_id: The unique identifier of the bill.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getBill"]
        return cast("Bill", await self._engine.call(op, (bill_id,), timeout=timeout))


class Users(_SyncResource):
    """The `users` operations of the Management API."""

    def __init__(self, engine: SyncEngine) -> None:
        super().__init__(engine)
        self.metadata = UserMetadataValues(engine)

    def list(
        self,
        *,
        search: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Profile]:
        """
        List users.

        Operation `listUsers`: `GET /management/users`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            search: Free-text search.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listUsers"]
        return self._engine.pager(
            op, (), _query(search=search), page_size, max_items, timeout, prefetch
        )

    @overload
    def create(
        self,
        *,
        body: CreateUserBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Profile: ...
    @overload
    def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateUserBodyFields],
    ) -> Profile: ...
    def create(
        self,
        *,
        body: CreateUserBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Profile:
        """
        Create a user.

        Operation `createUser`: `POST /management/users`.

        Args:
            body: The whole body as a `CreateUserBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateUserBody` in snake_case, typed by
                `CreateUserBodyFields`.
        """
        op = _OPS["createUser"]
        return cast(
            "Profile",
            self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def get(self, user_id: str, *, timeout: TimeoutArg = None) -> Profile:
        """
        Get a user.

        Operation `getUser`: `GET /management/users/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getUser"]
        return cast("Profile", self._engine.call(op, (user_id,), timeout=timeout))

    @overload
    def update(
        self,
        user_id: str,
        *,
        body: UpdateUserBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Profile: ...
    @overload
    def update(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateUserBodyFields],
    ) -> Profile: ...
    def update(
        self,
        user_id: str,
        *,
        body: UpdateUserBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Profile:
        """
        Update a user.

        Operation `updateUser`: `PATCH /management/users/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            body: The whole body as a `UpdateUserBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateUserBody` in snake_case, typed by
                `UpdateUserBodyFields`.
        """
        op = _OPS["updateUser"]
        return cast(
            "Profile",
            self._engine.call(
                op, (user_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def delete(self, user_id: str, *, timeout: TimeoutArg = None) -> None:
        """
        Delete a user.

        Operation `deleteUser`: `DELETE /management/users/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteUser"]
        self._engine.call(op, (user_id,), timeout=timeout)

    @overload
    def set_password(
        self,
        user_id: str,
        *,
        body: SetUserPasswordBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> None: ...
    @overload
    def set_password(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[SetUserPasswordBodyFields],
    ) -> None: ...
    def set_password(
        self,
        user_id: str,
        *,
        body: SetUserPasswordBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> None:
        """
        Set a user's password.

        Operation `setUserPassword`: `POST /management/users/{userId}/set-password`.

        Args:
            user_id: The unique identifier of the user.
            body: The whole body as a `SetUserPasswordBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `SetUserPasswordBody` in snake_case, typed by
                `SetUserPasswordBodyFields`.
        """
        op = _OPS["setUserPassword"]
        self._engine.call(
            op, (user_id,), body=make_body(op, body, fields), timeout=timeout
        )

    @overload
    def change_login_identifier(
        self,
        user_id: str,
        *,
        body: ChangeUserLoginIdentifierBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> None: ...
    @overload
    def change_login_identifier(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[ChangeUserLoginIdentifierBodyFields],
    ) -> None: ...
    def change_login_identifier(
        self,
        user_id: str,
        *,
        body: ChangeUserLoginIdentifierBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> None:
        """
        Change a user's login email.

        Operation `changeUserLoginIdentifier`:
        `POST /management/users/{userId}/change-login-identifier`.

        Args:
            user_id: The unique identifier of the user.
            body: The whole body as a `ChangeUserLoginIdentifierBody` or a mapping in
                the API's camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `ChangeUserLoginIdentifierBody` in snake_case,
                typed by `ChangeUserLoginIdentifierBodyFields`.
        """
        op = _OPS["changeUserLoginIdentifier"]
        self._engine.call(
            op, (user_id,), body=make_body(op, body, fields), timeout=timeout
        )


class AsyncUsers(_AsyncResource):
    """The `users` operations of the Management API."""

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine)
        self.metadata = AsyncUserMetadataValues(engine)

    def list(
        self,
        *,
        search: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Profile]:
        """
        List users.

        Operation `listUsers`: `GET /management/users`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            search: Free-text search.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listUsers"]
        return self._engine.pager(
            op, (), _query(search=search), page_size, max_items, timeout, prefetch
        )

    @overload
    async def create(
        self,
        *,
        body: CreateUserBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Profile: ...
    @overload
    async def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateUserBodyFields],
    ) -> Profile: ...
    async def create(
        self,
        *,
        body: CreateUserBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Profile:
        """
        Create a user.

        Operation `createUser`: `POST /management/users`.

        Args:
            body: The whole body as a `CreateUserBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateUserBody` in snake_case, typed by
                `CreateUserBodyFields`.
        """
        op = _OPS["createUser"]
        return cast(
            "Profile",
            await self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def get(self, user_id: str, *, timeout: TimeoutArg = None) -> Profile:
        """
        Get a user.

        Operation `getUser`: `GET /management/users/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getUser"]
        return cast("Profile", await self._engine.call(op, (user_id,), timeout=timeout))

    @overload
    async def update(
        self,
        user_id: str,
        *,
        body: UpdateUserBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Profile: ...
    @overload
    async def update(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateUserBodyFields],
    ) -> Profile: ...
    async def update(
        self,
        user_id: str,
        *,
        body: UpdateUserBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Profile:
        """
        Update a user.

        Operation `updateUser`: `PATCH /management/users/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            body: The whole body as a `UpdateUserBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateUserBody` in snake_case, typed by
                `UpdateUserBodyFields`.
        """
        op = _OPS["updateUser"]
        return cast(
            "Profile",
            await self._engine.call(
                op, (user_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def delete(self, user_id: str, *, timeout: TimeoutArg = None) -> None:
        """
        Delete a user.

        Operation `deleteUser`: `DELETE /management/users/{userId}`.

        Args:
            user_id: The unique identifier of the user.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["deleteUser"]
        await self._engine.call(op, (user_id,), timeout=timeout)

    @overload
    async def set_password(
        self,
        user_id: str,
        *,
        body: SetUserPasswordBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> None: ...
    @overload
    async def set_password(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[SetUserPasswordBodyFields],
    ) -> None: ...
    async def set_password(
        self,
        user_id: str,
        *,
        body: SetUserPasswordBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> None:
        """
        Set a user's password.

        Operation `setUserPassword`: `POST /management/users/{userId}/set-password`.

        Args:
            user_id: The unique identifier of the user.
            body: The whole body as a `SetUserPasswordBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `SetUserPasswordBody` in snake_case, typed by
                `SetUserPasswordBodyFields`.
        """
        op = _OPS["setUserPassword"]
        await self._engine.call(
            op, (user_id,), body=make_body(op, body, fields), timeout=timeout
        )

    @overload
    async def change_login_identifier(
        self,
        user_id: str,
        *,
        body: ChangeUserLoginIdentifierBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> None: ...
    @overload
    async def change_login_identifier(
        self,
        user_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[ChangeUserLoginIdentifierBodyFields],
    ) -> None: ...
    async def change_login_identifier(
        self,
        user_id: str,
        *,
        body: ChangeUserLoginIdentifierBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> None:
        """
        Change a user's login email.

        Operation `changeUserLoginIdentifier`:
        `POST /management/users/{userId}/change-login-identifier`.

        Args:
            user_id: The unique identifier of the user.
            body: The whole body as a `ChangeUserLoginIdentifierBody` or a mapping in
                the API's camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `ChangeUserLoginIdentifierBody` in snake_case,
                typed by `ChangeUserLoginIdentifierBodyFields`.
        """
        op = _OPS["changeUserLoginIdentifier"]
        await self._engine.call(
            op, (user_id,), body=make_body(op, body, fields), timeout=timeout
        )


class Products(_SyncResource):
    """The `products` operations of the Management API."""

    def list(
        self,
        *,
        search: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Product]:
        """
        List products.

        Operation `listProducts`: `GET /management/products`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            search: Free-text search.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listProducts"]
        return self._engine.pager(
            op, (), _query(search=search), page_size, max_items, timeout, prefetch
        )

    @overload
    def create(
        self,
        *,
        body: CreateProductBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Product: ...
    @overload
    def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateProductBodyFields],
    ) -> Product: ...
    def create(
        self,
        *,
        body: CreateProductBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Product:
        """
        Create a product.

        Operation `createProduct`: `POST /management/products`.

        Args:
            body: The whole body as a `CreateProductBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateProductBody` in snake_case, typed by
                `CreateProductBodyFields`.
        """
        op = _OPS["createProduct"]
        return cast(
            "Product",
            self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def get(self, sku: str, *, timeout: TimeoutArg = None) -> Product:
        """
        Get a product by SKU.

        Operation `getProduct`: `GET /management/products/{sku}`.

        Args:
            sku: The SKU of the product.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getProduct"]
        return cast("Product", self._engine.call(op, (sku,), timeout=timeout))

    @overload
    def update(
        self,
        sku: str,
        *,
        body: UpdateProductBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Product: ...
    @overload
    def update(
        self,
        sku: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateProductBodyFields],
    ) -> Product: ...
    def update(
        self,
        sku: str,
        *,
        body: UpdateProductBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Product:
        """
        Update a product.

        Operation `updateProduct`: `PATCH /management/products/{sku}`.

        Args:
            sku: The SKU of the product.
            body: The whole body as a `UpdateProductBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateProductBody` in snake_case, typed by
                `UpdateProductBodyFields`.
        """
        op = _OPS["updateProduct"]
        return cast(
            "Product",
            self._engine.call(
                op, (sku,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def fulfillments(
        self,
        sku: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Fulfillment]:
        """
        List a product's fulfillments.

        Operation `listProductFulfillments`:
        `GET /management/products/{sku}/fulfillments`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            sku: The SKU of the product.
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listProductFulfillments"]
        return self._engine.pager(
            op, (sku,), {}, page_size, max_items, timeout, prefetch
        )


class AsyncProducts(_AsyncResource):
    """The `products` operations of the Management API."""

    def list(
        self,
        *,
        search: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Product]:
        """
        List products.

        Operation `listProducts`: `GET /management/products`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            search: Free-text search.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listProducts"]
        return self._engine.pager(
            op, (), _query(search=search), page_size, max_items, timeout, prefetch
        )

    @overload
    async def create(
        self,
        *,
        body: CreateProductBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Product: ...
    @overload
    async def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateProductBodyFields],
    ) -> Product: ...
    async def create(
        self,
        *,
        body: CreateProductBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Product:
        """
        Create a product.

        Operation `createProduct`: `POST /management/products`.

        Args:
            body: The whole body as a `CreateProductBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateProductBody` in snake_case, typed by
                `CreateProductBodyFields`.
        """
        op = _OPS["createProduct"]
        return cast(
            "Product",
            await self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def get(self, sku: str, *, timeout: TimeoutArg = None) -> Product:
        """
        Get a product by SKU.

        Operation `getProduct`: `GET /management/products/{sku}`.

        Args:
            sku: The SKU of the product.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getProduct"]
        return cast("Product", await self._engine.call(op, (sku,), timeout=timeout))

    @overload
    async def update(
        self,
        sku: str,
        *,
        body: UpdateProductBody | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> Product: ...
    @overload
    async def update(
        self,
        sku: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateProductBodyFields],
    ) -> Product: ...
    async def update(
        self,
        sku: str,
        *,
        body: UpdateProductBody | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> Product:
        """
        Update a product.

        Operation `updateProduct`: `PATCH /management/products/{sku}`.

        Args:
            sku: The SKU of the product.
            body: The whole body as a `UpdateProductBody` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateProductBody` in snake_case, typed by
                `UpdateProductBodyFields`.
        """
        op = _OPS["updateProduct"]
        return cast(
            "Product",
            await self._engine.call(
                op, (sku,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def fulfillments(
        self,
        sku: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Fulfillment]:
        """
        List a product's fulfillments.

        Operation `listProductFulfillments`:
        `GET /management/products/{sku}/fulfillments`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            sku: The SKU of the product.
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listProductFulfillments"]
        return self._engine.pager(
            op, (sku,), {}, page_size, max_items, timeout, prefetch
        )


class Contracts(_SyncResource):
    """The `contracts` operations of the Management API."""

    def list(
        self,
        *,
        user_id: str | None = None,
        status: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Contract]:
        """
        List contracts.

        Operation `listContracts`: `GET /management/contracts`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            user_id: Only contracts of this user.
            status: Only contracts with this status.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listContracts"]
        return self._engine.pager(
            op,
            (),
            _query(user_id=user_id, status=status),
            page_size,
            max_items,
            timeout,
            prefetch,
        )

    def get(self, contract_id: str, *, timeout: TimeoutArg = None) -> Contract:
        """
        Get a contract by ID.

        Operation `getContract`: `GET /management/contracts/{id}`.

        Args:
            contract_id: The unique identifier of the contract.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getContract"]
        return cast("Contract", self._engine.call(op, (contract_id,), timeout=timeout))


class AsyncContracts(_AsyncResource):
    """The `contracts` operations of the Management API."""

    def list(
        self,
        *,
        user_id: str | None = None,
        status: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Contract]:
        """
        List contracts.

        Operation `listContracts`: `GET /management/contracts`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            user_id: Only contracts of this user.
            status: Only contracts with this status.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listContracts"]
        return self._engine.pager(
            op,
            (),
            _query(user_id=user_id, status=status),
            page_size,
            max_items,
            timeout,
            prefetch,
        )

    async def get(self, contract_id: str, *, timeout: TimeoutArg = None) -> Contract:
        """
        Get a contract by ID.

        Operation `getContract`: `GET /management/contracts/{id}`.

        Args:
            contract_id: The unique identifier of the contract.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getContract"]
        return cast(
            "Contract", await self._engine.call(op, (contract_id,), timeout=timeout)
        )


class Transactions(_SyncResource):
    """The `transactions` operations of the Management API."""

    def list(
        self,
        *,
        user_id: str | None = None,
        type: str | None = None,  # noqa: A002 - the API's own parameter name
        status: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Transaction]:
        """
        List transactions.

        Operation `listTransactions`: `GET /management/transactions`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            user_id: Only transactions of this user.
            type: Only transactions of this type.
            status: Only transactions with this status.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listTransactions"]
        return self._engine.pager(
            op,
            (),
            _query(user_id=user_id, type_=type, status=status),
            page_size,
            max_items,
            timeout,
            prefetch,
        )


class AsyncTransactions(_AsyncResource):
    """The `transactions` operations of the Management API."""

    def list(
        self,
        *,
        user_id: str | None = None,
        type: str | None = None,  # noqa: A002 - the API's own parameter name
        status: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Transaction]:
        """
        List transactions.

        Operation `listTransactions`: `GET /management/transactions`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            user_id: Only transactions of this user.
            type: Only transactions of this type.
            status: Only transactions with this status.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listTransactions"]
        return self._engine.pager(
            op,
            (),
            _query(user_id=user_id, type_=type, status=status),
            page_size,
            max_items,
            timeout,
            prefetch,
        )


class Entitlements(_SyncResource):
    """The `entitlements` operations of the Management API."""

    def list(
        self,
        *,
        user_id: str | None = None,
        type: EntitlementType | str | None = None,  # noqa: A002 - the API's own parameter name
        sku: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[Entitlement]:
        """
        List entitlements.

        Operation `listEntitlements`: `GET /management/entitlements`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            user_id: Only entitlements of this user.
            type: Only items of this type.
            sku: Only entitlements for this SKU.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listEntitlements"]
        return self._engine.pager(
            op,
            (),
            _query(user_id=user_id, type_=type, sku=sku),
            page_size,
            max_items,
            timeout,
            prefetch,
        )


class AsyncEntitlements(_AsyncResource):
    """The `entitlements` operations of the Management API."""

    def list(
        self,
        *,
        user_id: str | None = None,
        type: EntitlementType | str | None = None,  # noqa: A002 - the API's own parameter name
        sku: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[Entitlement]:
        """
        List entitlements.

        Operation `listEntitlements`: `GET /management/entitlements`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            user_id: Only entitlements of this user.
            type: Only items of this type.
            sku: Only entitlements for this SKU.
            page_size: Items per request (`limit`).
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listEntitlements"]
        return self._engine.pager(
            op,
            (),
            _query(user_id=user_id, type_=type, sku=sku),
            page_size,
            max_items,
            timeout,
            prefetch,
        )


class Customers(_SyncResource):
    """The `customers` operations of the Management API."""

    def get(self, customer_id: str, *, timeout: TimeoutArg = None) -> str:
        """
        Get customer information (XML).

        Operation `getCustomer`: `GET /management/customers/{id}`.

        Args:
            customer_id: The unique identifier of the customer.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getCustomer"]
        return cast("str", self._engine.call(op, (customer_id,), timeout=timeout))


class AsyncCustomers(_AsyncResource):
    """The `customers` operations of the Management API."""

    async def get(self, customer_id: str, *, timeout: TimeoutArg = None) -> str:
        """
        Get customer information (XML).

        Operation `getCustomer`: `GET /management/customers/{id}`.

        Args:
            customer_id: The unique identifier of the customer.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getCustomer"]
        return cast("str", await self._engine.call(op, (customer_id,), timeout=timeout))


class AccessLists(_SyncResource):
    """The `access_lists` operations of the Management API."""

    def __init__(self, engine: SyncEngine) -> None:
        super().__init__(engine)
        self.grants = Grants(engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> SyncPager[AccessList]:
        """
        List access lists.

        Operation `listAccessLists`: `GET /management/access-lists`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed, from a
                background thread; 0 requests one page at a time.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listAccessLists"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    @overload
    def create(
        self,
        *,
        body: CreateAccessList | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> AccessList: ...
    @overload
    def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateAccessListFields],
    ) -> AccessList: ...
    def create(
        self,
        *,
        body: CreateAccessList | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AccessList:
        """
        Create an access list.

        Operation `createAccessList`: `POST /management/access-lists`.

        Args:
            body: The whole body as a `CreateAccessList` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateAccessList` in snake_case, typed by
                `CreateAccessListFields`.
        """
        op = _OPS["createAccessList"]
        return cast(
            "AccessList",
            self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    def get(self, list_id: str, *, timeout: TimeoutArg = None) -> AccessList:
        """
        Get an access list by ID.

        Operation `getAccessList`: `GET /management/access-lists/{id}`.

        Args:
            list_id: The unique identifier of the access list.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getAccessList"]
        return cast("AccessList", self._engine.call(op, (list_id,), timeout=timeout))

    @overload
    def replace(
        self,
        list_id: str,
        *,
        body: UpdateAccessList | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> AccessList: ...
    @overload
    def replace(
        self,
        list_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateAccessListFields],
    ) -> AccessList: ...
    def replace(
        self,
        list_id: str,
        *,
        body: UpdateAccessList | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AccessList:
        """
        Replace an access list.

        Operation `replaceAccessList`: `PUT /management/access-lists/{id}`.

        Args:
            list_id: The unique identifier of the access list.
            body: The whole body as a `UpdateAccessList` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateAccessList` in snake_case, typed by
                `UpdateAccessListFields`.
        """
        op = _OPS["replaceAccessList"]
        return cast(
            "AccessList",
            self._engine.call(
                op, (list_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    @overload
    def update(
        self,
        list_id: str,
        *,
        body: UpdateAccessList | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> AccessList: ...
    @overload
    def update(
        self,
        list_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateAccessListFields],
    ) -> AccessList: ...
    def update(
        self,
        list_id: str,
        *,
        body: UpdateAccessList | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AccessList:
        """
        Partially update an access list.

        Operation `updateAccessList`: `PATCH /management/access-lists/{id}`.

        Args:
            list_id: The unique identifier of the access list.
            body: The whole body as a `UpdateAccessList` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateAccessList` in snake_case, typed by
                `UpdateAccessListFields`.
        """
        op = _OPS["updateAccessList"]
        return cast(
            "AccessList",
            self._engine.call(
                op, (list_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class AsyncAccessLists(_AsyncResource):
    """The `access_lists` operations of the Management API."""

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine)
        self.grants = AsyncGrants(engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: int = 0,
        timeout: TimeoutArg = None,
    ) -> AsyncPager[AccessList]:
        """
        List access lists.

        Operation `listAccessLists`: `GET /management/access-lists`.

        Returns a lazy pager: iterate it for the items, or call `.pages()`.

        Args:
            page_size: Items per request; this operation does not page, so it is
                unused.
            max_items: Stop after this many items; `None` for all.
            prefetch: Pages to request ahead while one is consumed.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["listAccessLists"]
        return self._engine.pager(op, (), {}, page_size, max_items, timeout, prefetch)

    @overload
    async def create(
        self,
        *,
        body: CreateAccessList | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> AccessList: ...
    @overload
    async def create(
        self,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[CreateAccessListFields],
    ) -> AccessList: ...
    async def create(
        self,
        *,
        body: CreateAccessList | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AccessList:
        """
        Create an access list.

        Operation `createAccessList`: `POST /management/access-lists`.

        Args:
            body: The whole body as a `CreateAccessList` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `CreateAccessList` in snake_case, typed by
                `CreateAccessListFields`.
        """
        op = _OPS["createAccessList"]
        return cast(
            "AccessList",
            await self._engine.call(
                op, (), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    async def get(self, list_id: str, *, timeout: TimeoutArg = None) -> AccessList:
        """
        Get an access list by ID.

        Operation `getAccessList`: `GET /management/access-lists/{id}`.

        Args:
            list_id: The unique identifier of the access list.
            timeout: Overrides the client's timeout for this call.
        """
        op = _OPS["getAccessList"]
        return cast(
            "AccessList", await self._engine.call(op, (list_id,), timeout=timeout)
        )

    @overload
    async def replace(
        self,
        list_id: str,
        *,
        body: UpdateAccessList | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> AccessList: ...
    @overload
    async def replace(
        self,
        list_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateAccessListFields],
    ) -> AccessList: ...
    async def replace(
        self,
        list_id: str,
        *,
        body: UpdateAccessList | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AccessList:
        """
        Replace an access list.

        Operation `replaceAccessList`: `PUT /management/access-lists/{id}`.

        Args:
            list_id: The unique identifier of the access list.
            body: The whole body as a `UpdateAccessList` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateAccessList` in snake_case, typed by
                `UpdateAccessListFields`.
        """
        op = _OPS["replaceAccessList"]
        return cast(
            "AccessList",
            await self._engine.call(
                op, (list_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )

    @overload
    async def update(
        self,
        list_id: str,
        *,
        body: UpdateAccessList | Mapping[str, Any],
        timeout: TimeoutArg = None,
    ) -> AccessList: ...
    @overload
    async def update(
        self,
        list_id: str,
        *,
        timeout: TimeoutArg = None,
        **fields: Unpack[UpdateAccessListFields],
    ) -> AccessList: ...
    async def update(
        self,
        list_id: str,
        *,
        body: UpdateAccessList | Mapping[str, Any] | None = None,
        timeout: TimeoutArg = None,
        **fields: Any,
    ) -> AccessList:
        """
        Partially update an access list.

        Operation `updateAccessList`: `PATCH /management/access-lists/{id}`.

        Args:
            list_id: The unique identifier of the access list.
            body: The whole body as a `UpdateAccessList` or a mapping in the API's
                camelCase; instead of the keyword properties.
            timeout: Overrides the client's timeout for this call.
            **fields: Properties of `UpdateAccessList` in snake_case, typed by
                `UpdateAccessListFields`.
        """
        op = _OPS["updateAccessList"]
        return cast(
            "AccessList",
            await self._engine.call(
                op, (list_id,), body=make_body(op, body, fields), timeout=timeout
            ),
        )


class SyncManagementResources:
    """The resources of the Management API, named after its nouns."""

    _engine: SyncEngine

    @functools.cached_property
    def vendors(self) -> Vendors:
        """The `vendors` operations."""
        return Vendors(self._engine)

    @functools.cached_property
    def bills(self) -> Bills:
        """The `bills` operations."""
        return Bills(self._engine)

    @functools.cached_property
    def users(self) -> Users:
        """The `users` operations."""
        return Users(self._engine)

    @functools.cached_property
    def products(self) -> Products:
        """The `products` operations."""
        return Products(self._engine)

    @functools.cached_property
    def contracts(self) -> Contracts:
        """The `contracts` operations."""
        return Contracts(self._engine)

    @functools.cached_property
    def transactions(self) -> Transactions:
        """The `transactions` operations."""
        return Transactions(self._engine)

    @functools.cached_property
    def entitlements(self) -> Entitlements:
        """The `entitlements` operations."""
        return Entitlements(self._engine)

    @functools.cached_property
    def customers(self) -> Customers:
        """The `customers` operations."""
        return Customers(self._engine)

    @functools.cached_property
    def access_lists(self) -> AccessLists:
        """The `access_lists` operations."""
        return AccessLists(self._engine)


class AsyncManagementResources:
    """The resources of the Management API, named after its nouns."""

    _engine: AsyncEngine

    @functools.cached_property
    def vendors(self) -> AsyncVendors:
        """The `vendors` operations."""
        return AsyncVendors(self._engine)

    @functools.cached_property
    def bills(self) -> AsyncBills:
        """The `bills` operations."""
        return AsyncBills(self._engine)

    @functools.cached_property
    def users(self) -> AsyncUsers:
        """The `users` operations."""
        return AsyncUsers(self._engine)

    @functools.cached_property
    def products(self) -> AsyncProducts:
        """The `products` operations."""
        return AsyncProducts(self._engine)

    @functools.cached_property
    def contracts(self) -> AsyncContracts:
        """The `contracts` operations."""
        return AsyncContracts(self._engine)

    @functools.cached_property
    def transactions(self) -> AsyncTransactions:
        """The `transactions` operations."""
        return AsyncTransactions(self._engine)

    @functools.cached_property
    def entitlements(self) -> AsyncEntitlements:
        """The `entitlements` operations."""
        return AsyncEntitlements(self._engine)

    @functools.cached_property
    def customers(self) -> AsyncCustomers:
        """The `customers` operations."""
        return AsyncCustomers(self._engine)

    @functools.cached_property
    def access_lists(self) -> AsyncAccessLists:
        """The `access_lists` operations."""
        return AsyncAccessLists(self._engine)
