"""
Every operation of both APIs: how to build its request and read its answer.

The generated packages are imported only when an operation is first used, so that
`import sesamy_facade` stays cheap.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass, replace
from typing import Any, Literal

__all__ = [
    "CLIENT_OPERATIONS",
    "MANAGEMENT_OPERATIONS",
    "Operation",
    "body_class",
    "get_kwargs",
    "model_class",
]

# What a successful answer holds: one model, a listing of items (a pager), a
# plain list that is not a listing, nothing, text (HTML or XML), or raw JSON.
Kind = Literal["one", "many", "list", "none", "text", "json"]


@dataclass(frozen=True, slots=True)
class Operation:
    """
    One operation of a spec and where its generated pieces live.

    Attributes:
        operation_id: The spec's operationId.
        method: The HTTP method.
        path: The spec's path template.
        module: The generated module under `<package>.api`, e.g.
            `"contracts.list_contracts"`.
        kind: The shape of a successful answer.
        package: The generated package.
        model: The response model under `<package>.models`, e.g.
            `"contract.Contract"`.
        body: The request body model, or `"text"` for a text/plain string.
        paged: Whether the operation declares `limit` and `offset`.
        enums: Query arguments of `_get_kwargs` that take an enum.
    """

    operation_id: str
    method: str
    path: str
    module: str
    kind: Kind
    package: str = ""
    model: str | None = None
    body: str | None = None
    paged: bool = False
    enums: tuple[str, ...] = ()


def get_kwargs(operation: Operation) -> Any:
    """The generated `_get_kwargs` function of an operation."""
    return _attribute(f"{operation.package}.api.{operation.module}", "_get_kwargs")


def model_class(operation: Operation) -> Any:
    """The generated response model class, or `None` for plain JSON items."""
    if operation.model is None:
        return None
    return _model(operation.package, operation.model)


def body_class(operation: Operation) -> Any:
    """The generated request body model class."""
    if operation.body is None or operation.body == "text":
        raise TypeError(f"{operation.operation_id} takes no model body")
    return _model(operation.package, operation.body)


def _model(package: str, dotted: str) -> Any:
    module, name = dotted.rsplit(".", 1)
    return _attribute(f"{package}.models.{module}", name)


@functools.cache
def _attribute(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def _op(
    operation_id: str,
    method: str,
    path: str,
    module: str,
    kind: Kind,
    **more: Any,
) -> Operation:
    return Operation(operation_id, method, path, module, kind, **more)


def _table(package: str, *operations: Operation) -> dict[str, Operation]:
    return {op.operation_id: replace(op, package=package) for op in operations}


# Written from both snapshots and the generated packages' signatures; the facade's
# tests check that it covers every operationId of both snapshots.

CLIENT_OPERATIONS = _table(
    "sesamy_client_api",
    _op(
        "listContracts",
        "GET",
        "/contracts",
        "contracts.list_contracts",
        "many",
        model="contract.Contract",
    ),
    _op(
        "getContract",
        "GET",
        "/contracts/{contract_id}",
        "contracts.get_contract",
        "one",
        model="contract.Contract",
    ),
    _op(
        "cancelContract",
        "POST",
        "/contracts/{contract_id}/cancel",
        "contracts.cancel_contract",
        "one",
        model="cancel_contract_response_200.CancelContractResponse200",
    ),
    _op(
        "createAmendment",
        "POST",
        "/contracts/{contract_id}/amendments",
        "contracts.create_amendment",
        "one",
        model="amendment.Amendment",
        body="create_amendment_body.CreateAmendmentBody",
    ),
    _op(
        "confirmAmendment",
        "POST",
        "/contracts/{contract_id}/amendments/{amendment_id}/confirm",
        "contracts.confirm_amendment",
        "one",
        model="confirm_amendment_response_200.ConfirmAmendmentResponse200",
    ),
    _op("listBills", "GET", "/bills", "bills.list_bills", "many", model="bill.Bill"),
    _op("getBill", "GET", "/bills/{id}", "bills.get_bill", "one", model="bill.Bill"),
    _op(
        "listEntitlements",
        "GET",
        "/entitlements",
        "entitlements.list_entitlements",
        "many",
        model="entitlement.Entitlement",
        enums=("type_",),
    ),
    _op(
        "getEntitlement",
        "GET",
        "/entitlements/{id}",
        "entitlements.get_entitlement",
        "one",
        model="entitlement.Entitlement",
    ),
    _op(
        "getEntitlementAccess",
        "GET",
        "/entitlements/{id}/access",
        "entitlements.get_entitlement_access",
        "one",
        model="get_entitlement_access_response_200.GetEntitlementAccessResponse200",
    ),
    _op(
        "getProfile",
        "GET",
        "/profile/{userId}",
        "profile.get_profile",
        "one",
        model="profile.Profile",
    ),
    _op(
        "updateProfile",
        "PATCH",
        "/profile/{userId}",
        "profile.update_profile",
        "one",
        model="profile.Profile",
        body="update_profile_body.UpdateProfileBody",
    ),
    _op(
        "getSpotifyLink",
        "GET",
        "/profile/spotify-link",
        "profile.get_spotify_link",
        "one",
        model="get_spotify_link_response_200.GetSpotifyLinkResponse200",
    ),
    _op(
        "unlinkSpotify",
        "POST",
        "/profile/unlink-spotify",
        "profile.unlink_spotify",
        "one",
        model="unlink_spotify_response_200.UnlinkSpotifyResponse200",
    ),
    _op("deleteProfile", "DELETE", "/profile", "profile.delete_profile", "none"),
    _op(
        "listSubscriptions",
        "GET",
        "/subscriptions",
        "subscriptions.list_subscriptions",
        "many",
        model="subscription.Subscription",
    ),
    _op(
        "getSubscription",
        "GET",
        "/subscriptions/{id}",
        "subscriptions.get_subscription",
        "one",
        model="subscription.Subscription",
    ),
    _op(
        "getProduct",
        "GET",
        "/products/{sku}",
        "products.get_product",
        "one",
        model="product.Product",
    ),
    _op(
        "autoOnboardProduct",
        "POST",
        "/products/{sku}/auto-onboard",
        "products.auto_onboard_product",
        "list",
        model="entitlement.Entitlement",
    ),
    _op(
        "listUserMetadata",
        "GET",
        "/user-metadata",
        "user_metadata.list_user_metadata",
        "one",
        model="list_user_metadata_response_200.ListUserMetadataResponse200",
    ),
    _op(
        "setUserMetadata",
        "PUT",
        "/user-metadata/{key}",
        "user_metadata.set_user_metadata",
        "none",
        body="text",
    ),
    _op(
        "deleteUserMetadata",
        "DELETE",
        "/user-metadata/{key}",
        "user_metadata.delete_user_metadata",
        "none",
    ),
    _op(
        "listTallies",
        "GET",
        "/tallies",
        "tallies.list_tallies",
        "many",
        model="tally.Tally",
    ),
    _op(
        "createTally",
        "POST",
        "/tallies",
        "tallies.create_tally",
        "one",
        model="tally.Tally",
        body="tally_insert.TallyInsert",
    ),
    _op(
        "getTally",
        "GET",
        "/tallies/{id}",
        "tallies.get_tally",
        "one",
        model="tally.Tally",
    ),
    _op(
        "updateTally",
        "PUT",
        "/tallies/{id}",
        "tallies.update_tally",
        "one",
        model="tally.Tally",
        body="tally_insert.TallyInsert",
    ),
    _op("deleteTally", "DELETE", "/tallies/{id}", "tallies.delete_tally", "none"),
    _op(
        "pushTallyValue",
        "POST",
        "/tallies/{id}/push",
        "tallies.push_tally_value",
        "json",
        body="tally_insert.TallyInsert",
    ),
    _op("listTags", "GET", "/tags", "tags.list_tags", "many"),
    _op(
        "addTag",
        "POST",
        "/tags",
        "tags.add_tag",
        "none",
        body="add_tag_body.AddTagBody",
    ),
    _op("removeTag", "DELETE", "/tags/{tag}", "tags.remove_tag", "none"),
    _op(
        "createCheckout",
        "POST",
        "/checkouts",
        "checkouts.create_checkout",
        "one",
        model="checkout.Checkout",
        body="create_checkout_request.CreateCheckoutRequest",
    ),
    _op(
        "getCheckout",
        "GET",
        "/checkouts/{id}",
        "checkouts.get_checkout",
        "one",
        model="checkout.Checkout",
    ),
    _op(
        "updateCheckout",
        "PATCH",
        "/checkouts/{id}",
        "checkouts.update_checkout",
        "one",
        model="checkout.Checkout",
        body="update_checkout_body.UpdateCheckoutBody",
    ),
    _op(
        "listFulfillments",
        "GET",
        "/fulfillments",
        "fulfillments.list_fulfillments",
        "many",
        model="user_fulfillment.UserFulfillment",
    ),
    _op(
        "createFulfillment",
        "POST",
        "/fulfillments",
        "fulfillments.create_fulfillment",
        "one",
        model="user_fulfillment.UserFulfillment",
        body="create_fulfillment_body.CreateFulfillmentBody",
    ),
    _op(
        "getPaywall",
        "GET",
        "/paywalls/{id}",
        "paywalls.get_paywall",
        "one",
        model="paywall.Paywall",
    ),
    _op(
        "listPaymentIssues",
        "GET",
        "/payment-issues",
        "payment_issues.list_payment_issues",
        "many",
        model="payment_issue.PaymentIssue",
    ),
    _op(
        "listTransactions",
        "GET",
        "/transactions",
        "transactions.list_transactions",
        "many",
        model="transaction.Transaction",
    ),
    _op(
        "getVendor",
        "GET",
        "/vendor",
        "vendors.get_vendor",
        "one",
        model="get_vendor_response_200.GetVendorResponse200",
    ),
    _op(
        "listVendors",
        "GET",
        "/vendors",
        "vendors.list_vendors",
        "many",
        model="list_vendors_response_200_item.ListVendorsResponse200Item",
    ),
    _op("proxyContent", "GET", "/proxy", "proxy.proxy_content", "text"),
)

MANAGEMENT_OPERATIONS = _table(
    "sesamy_management_api",
    _op(
        "listVendors",
        "GET",
        "/management/vendors",
        "vendors.list_vendors",
        "many",
        model="vendor.Vendor",
    ),
    _op(
        "createVendor",
        "POST",
        "/management/vendors",
        "vendors.create_vendor",
        "one",
        model="vendor.Vendor",
        body="create_vendor_body.CreateVendorBody",
    ),
    _op(
        "listBills",
        "GET",
        "/management/bills",
        "bills.list_bills",
        "many",
        model="bill.Bill",
        paged=True,
        enums=("status",),
    ),
    _op(
        "getBill",
        "GET",
        "/management/bills/{id}",
        "bills.get_bill",
        "one",
        model="bill.Bill",
    ),
    _op(
        "listUsers",
        "GET",
        "/management/users",
        "users.list_users",
        "many",
        model="profile.Profile",
        paged=True,
    ),
    _op(
        "createUser",
        "POST",
        "/management/users",
        "users.create_user",
        "one",
        model="profile.Profile",
        body="create_user_body.CreateUserBody",
    ),
    _op(
        "getUser",
        "GET",
        "/management/users/{userId}",
        "users.get_user",
        "one",
        model="profile.Profile",
    ),
    _op(
        "updateUser",
        "PATCH",
        "/management/users/{userId}",
        "users.update_user",
        "one",
        model="profile.Profile",
        body="update_user_body.UpdateUserBody",
    ),
    _op(
        "deleteUser",
        "DELETE",
        "/management/users/{userId}",
        "users.delete_user",
        "none",
    ),
    _op(
        "setUserPassword",
        "POST",
        "/management/users/{userId}/set-password",
        "users.set_user_password",
        "none",
        body="set_user_password_body.SetUserPasswordBody",
    ),
    _op(
        "changeUserLoginIdentifier",
        "POST",
        "/management/users/{userId}/change-login-identifier",
        "users.change_user_login_identifier",
        "none",
        body="change_user_login_identifier_body.ChangeUserLoginIdentifierBody",
    ),
    _op(
        "setUserMetadataValue",
        "PUT",
        "/management/users/{userId}/user_metadata/{key}",
        "users.set_user_metadata_value",
        "none",
        body="text",
    ),
    _op(
        "deleteUserMetadataValue",
        "DELETE",
        "/management/users/{userId}/user_metadata/{key}",
        "users.delete_user_metadata_value",
        "none",
    ),
    _op(
        "listProducts",
        "GET",
        "/management/products",
        "products.list_products",
        "many",
        model="product.Product",
        paged=True,
    ),
    _op(
        "createProduct",
        "POST",
        "/management/products",
        "products.create_product",
        "one",
        model="product.Product",
        body="create_product_body.CreateProductBody",
    ),
    _op(
        "getProduct",
        "GET",
        "/management/products/{sku}",
        "products.get_product",
        "one",
        model="product.Product",
    ),
    _op(
        "updateProduct",
        "PATCH",
        "/management/products/{sku}",
        "products.update_product",
        "one",
        model="product.Product",
        body="update_product_body.UpdateProductBody",
    ),
    _op(
        "listProductFulfillments",
        "GET",
        "/management/products/{sku}/fulfillments",
        "products.list_product_fulfillments",
        "many",
        model="fulfillment.Fulfillment",
    ),
    _op(
        "listContracts",
        "GET",
        "/management/contracts",
        "contracts.list_contracts",
        "many",
        model="contract.Contract",
        paged=True,
    ),
    _op(
        "getContract",
        "GET",
        "/management/contracts/{id}",
        "contracts.get_contract",
        "one",
        model="contract.Contract",
    ),
    _op(
        "listTransactions",
        "GET",
        "/management/transactions",
        "transactions.list_transactions",
        "many",
        model="transaction.Transaction",
        paged=True,
    ),
    _op(
        "listEntitlements",
        "GET",
        "/management/entitlements",
        "entitlements.list_entitlements",
        "many",
        model="entitlement.Entitlement",
        paged=True,
        enums=("type_",),
    ),
    _op(
        "getCustomer",
        "GET",
        "/management/customers/{id}",
        "customers.get_customer",
        "text",
    ),
    _op(
        "listAccessLists",
        "GET",
        "/management/access-lists",
        "access_lists.list_access_lists",
        "many",
        model="access_list.AccessList",
    ),
    _op(
        "createAccessList",
        "POST",
        "/management/access-lists",
        "access_lists.create_access_list",
        "one",
        model="access_list.AccessList",
        body="create_access_list.CreateAccessList",
    ),
    _op(
        "getAccessList",
        "GET",
        "/management/access-lists/{id}",
        "access_lists.get_access_list",
        "one",
        model="access_list.AccessList",
    ),
    _op(
        "replaceAccessList",
        "PUT",
        "/management/access-lists/{id}",
        "access_lists.replace_access_list",
        "one",
        model="access_list.AccessList",
        body="update_access_list.UpdateAccessList",
    ),
    _op(
        "updateAccessList",
        "PATCH",
        "/management/access-lists/{id}",
        "access_lists.update_access_list",
        "one",
        model="access_list.AccessList",
        body="update_access_list.UpdateAccessList",
    ),
    _op(
        "listGrants",
        "GET",
        "/management/access-lists/{id}/grants",
        "grants.list_grants",
        "many",
        model="grant.Grant",
    ),
    _op(
        "createGrant",
        "POST",
        "/management/access-lists/{id}/grants",
        "grants.create_grant",
        "one",
        model="grant.Grant",
        body="create_grant.CreateGrant",
    ),
    _op(
        "getGrant",
        "GET",
        "/management/access-lists/{id}/grants/{grantId}",
        "grants.get_grant",
        "one",
        model="grant.Grant",
    ),
    _op(
        "updateGrant",
        "PUT",
        "/management/access-lists/{id}/grants/{grantId}",
        "grants.update_grant",
        "one",
        model="grant.Grant",
        body="update_grant.UpdateGrant",
    ),
    _op(
        "deleteGrant",
        "DELETE",
        "/management/access-lists/{id}/grants/{grantId}",
        "grants.delete_grant",
        "none",
    ),
)
