"""
Handlers of the Management API: every call acts within the token's vendor.

Records of another vendor answer 404, as if they did not exist.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from ._client_api import ENTITLEMENT_TYPES, apply_profile
from ._http import (
    Context,
    F,
    Reply,
    json_reply,
    no_content,
    not_found,
    validation_error,
)
from ._records import Doc, Product, User, iso
from ._routes import Router
from ._state import Filter

__all__ = ["router"]

router = Router("management")

BILL_STATUSES = (
    "DRAFT",
    "PENDING",
    "PAID",
    "RETRYING",
    "OVERDUE",
    "CANCELED",
    "EXPIRED",
    "DELETED",
    "VOIDED",
)
ACCESS_LIST_TYPES = (
    "CSV_FILE_OLD",
    "CSV_FILE",
    "CSV_TRANSACTIONS",
    "CLAIMED",
    "MANUAL",
    "HOOK",
    "BASIC_API",
)
ACCESS_LIST_STATUSES = ("DRAFT", "ACTIVE", "CANCELED")
GRANT_STATUSES = ("ACTIVE", "INACTIVE", "CANCELED")

_ACCESS_LIST = {
    "id": F("str"),
    "name": F("str"),
    "description": F("str"),
    "type": F("str", enum=ACCESS_LIST_TYPES),
    "status": F("str", enum=ACCESS_LIST_STATUSES),
    "excludeFromStats": F("bool"),
}
_GRANT = {
    "email": F("email"),
    "userId": F("str"),
    "publisherUserId": F("str"),
    "sku": F("str"),
    "poId": F("str"),
    "status": F("str", enum=GRANT_STATUSES),
    "startsAt": F("date-time"),
    "endsAt": F("date-time"),
    "firstName": F("str"),
    "lastName": F("str"),
    "phone": F("str"),
    "deliveryAddress": F("object"),
    "billingAddress": F("object"),
    "publisherPurchaseId": F("str"),
    "notes": F("str"),
    "extraFields": F("object"),
    "excludeFromStats": F("bool"),
    "source": F("str"),
}
_PRODUCT = {
    "cover": F("str"),
    "language": F("str"),
    "sku": F("str"),
    "title": F("str"),
    "productType": F("str"),
    "publisherContentId": F("str"),
}
_PROFILE_PATCH = {
    name: F("str")
    for name in (
        "userId",
        "firstName",
        "lastName",
        "email",
        "locale",
        "nickname",
        "picture",
        "name",
        "mobilePhone",
        "workPhone",
        "homePhone",
        "company",
        "given_name",
        "family_name",
        "phone_number",
    )
} | {
    "emailVerified": F("bool"),
    "tags": F("array"),
    "user_metadata": F("object"),
    "billingAddress": F("object"),
    "deliveryAddress": F("object"),
}


def _now() -> int:
    return int(time.time())


def _eq(ctx: Context, query_name: str, field_name: str | None = None) -> list[Filter]:
    value = ctx.query.get(query_name)
    return [Filter((field_name or query_name,), "eq", value)] if value else []


# --- Vendors ------------------------------------------------------------------


@router("GET", "/management/vendors", "listVendors", "vendors")
def list_vendors(ctx: Context) -> Reply:
    """The token's vendor and the vendors it created."""
    vendors = [ctx.vendor.vendor]
    for child_id in ctx.vendor.child_vendors:
        child = ctx.lookup_vendor(child_id)
        if child is not None:
            vendors.append(child.vendor)
    return ctx.items(vendors, frozenset({"id", "name"}))


@router("POST", "/management/vendors", "createVendor", "vendors")
def create_vendor(ctx: Context) -> Reply:
    """A new, empty vendor; its id must be unused."""
    body = ctx.json(
        {
            "name": F("str", required=True),
            "id": F("str", required=True),
            "website": F("str"),
            "country": F("str"),
        }
    )
    if not body["id"] or ctx.lookup_vendor(body["id"]) is not None:
        raise validation_error("id", "is already taken")
    fields = ("id", "name", "website", "country")
    vendor: dict[str, Any] = {k: body[k] for k in fields if k in body}
    ctx.create_vendor(vendor)
    ctx.vendor.child_vendors.append(vendor["id"])
    return json_reply(vendor, 201)


# --- Bills, contracts, transactions, entitlements ------------------------------


@router("GET", "/management/bills", "listBills", "bills")
def list_bills(ctx: Context) -> Reply:
    """
    The vendor's bills, oldest first.

    `q` searches the bill id, contract id, user id and item title; `from` keeps
    bills created at or after an RFC 3339 timestamp.
    """
    filters = _eq(ctx, "contractId") + _eq(ctx, "userId")
    status = ctx.enum_query("status", BILL_STATUSES)
    if status:
        filters.append(Filter(("status",), "eq", status))
    if ctx.query.get("q"):
        fields = ("id", "contractId", "userId", "title")
        filters.append(Filter(fields, "search", ctx.query["q"]))
    if ctx.query.get("from"):
        filters.append(Filter(("createdAt",), "ge", _epoch(ctx.query["from"])))
    return ctx.listing(ctx.vendor.bills, filters=filters)


def _epoch(text: str) -> int:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise validation_error("from", "must be an RFC 3339 date or timestamp") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


@router("GET", "/management/bills/{id}", "getBill", "bills")
def get_bill(ctx: Context) -> Reply:
    """One bill of the vendor."""
    bill = ctx.vendor.bills.get(ctx.param("id"))
    if bill is None:
        raise not_found("bill", ctx.param("id"))
    return json_reply(bill.render())


@router("GET", "/management/contracts", "listContracts", "contracts")
def list_contracts(ctx: Context) -> Reply:
    """The vendor's contracts, oldest first, filtered by `userId` and `status`."""
    owner = ctx.query.get("userId") or None
    filters = _eq(ctx, "status")
    return ctx.listing(ctx.vendor.contracts, owner=owner, filters=filters)


@router("GET", "/management/contracts/{id}", "getContract", "contracts")
def get_contract(ctx: Context) -> Reply:
    """One contract of the vendor."""
    contract = ctx.vendor.contracts.get(ctx.param("id"))
    if contract is None:
        raise not_found("contract", ctx.param("id"))
    return json_reply(contract.render())


@router("GET", "/management/transactions", "listTransactions", "transactions")
def list_transactions(ctx: Context) -> Reply:
    """
    The vendor's transactions, filtered by `userId`, `type`, `status`.

    `type` is `PAYMENT` or `REFUND`; `status` is `SUCCEEDED` or `FAILED`.
    """
    owner = ctx.query.get("userId") or None
    filters = _eq(ctx, "type") + _eq(ctx, "status")
    return ctx.listing(ctx.vendor.transactions, owner=owner, filters=filters)


@router("GET", "/management/entitlements", "listEntitlements", "entitlements")
def list_entitlements(ctx: Context) -> Reply:
    """The vendor's entitlements, filtered by `userId`, `type`, `sku`."""
    owner = ctx.query.get("userId") or None
    filters = _eq(ctx, "sku")
    kind = ctx.enum_query("type", ENTITLEMENT_TYPES)
    if kind:
        filters.append(Filter(("type",), "eq", kind))
    return ctx.listing(ctx.vendor.entitlements, owner=owner, filters=filters)


# --- Users --------------------------------------------------------------------


def _user(ctx: Context) -> User:
    user = ctx.vendor.users.get(ctx.param("userId"))
    if user is None:
        raise not_found("user", ctx.param("userId"))
    return user


def _claim_email(ctx: Context, email: str, user: User | None = None) -> None:
    holder = ctx.vendor.users_by_email.get(email.lower())
    if holder is not None and holder is not user:
        raise validation_error("email", "is already in use")
    if user is not None:
        ctx.vendor.users_by_email.pop(user.email.lower(), None)
        user.email = email
        ctx.vendor.users_by_email[email.lower()] = user


@router("GET", "/management/users", "listUsers", "users")
def list_users(ctx: Context) -> Reply:
    """The vendor's users; `search` matches email, name and id."""
    filters = []
    if ctx.query.get("search"):
        fields = ("email", "name", "userId")
        filters.append(Filter(fields, "search", ctx.query["search"]))
    return ctx.listing(ctx.vendor.users, filters=filters)


@router("POST", "/management/users", "createUser", "users")
def create_user(ctx: Context) -> Reply:
    """A new user; the email must be unused within the vendor."""
    body = ctx.json(
        {
            "email": F("email", required=True),
            "name": F("str"),
            "firstName": F("str"),
            "lastName": F("str"),
        }
    )
    _claim_email(ctx, body["email"])
    first, _, last = str(body.get("name", "")).partition(" ")
    user = User(
        ctx.next_id("user-"),
        body["email"],
        body.get("firstName", first),
        body.get("lastName", last),
        _now(),
    )
    ctx.vendor.add_user(user)
    return json_reply(user.render(), 201)


@router("GET", "/management/users/{userId}", "getUser", "users")
def get_user(ctx: Context) -> Reply:
    """One user of the vendor."""
    return json_reply(_user(ctx).render())


@router("PATCH", "/management/users/{userId}", "updateUser", "users")
def update_user(ctx: Context) -> Reply:
    """Merge a partial profile into the user; `userId` cannot change."""
    user = _user(ctx)
    body = ctx.json(_PROFILE_PATCH)
    body.pop("userId", None)
    if "email" in body:
        _claim_email(ctx, body.pop("email"), user)
    apply_profile(user, body)
    ctx.vendor.users.touch()
    return json_reply(user.render())


@router("DELETE", "/management/users/{userId}", "deleteUser", "users")
def delete_user(ctx: Context) -> Reply:
    """Delete the user; their contracts and bills stay for the vendor's books."""
    user = _user(ctx)
    ctx.vendor.users_by_email.pop(user.email.lower(), None)
    ctx.vendor.users.remove(user)
    return no_content()


@router("POST", "/management/users/{userId}/set-password", "setUserPassword", "users")
def set_user_password(ctx: Context) -> Reply:
    """Accept a new password of at least 8 characters (the fake stores none)."""
    _user(ctx)
    password = ctx.json({"password": F("str", required=True)})["password"]
    if len(password) < 8:
        raise validation_error("password", "must have at least 8 characters")
    return no_content()


@router(
    "POST",
    "/management/users/{userId}/change-login-identifier",
    "changeUserLoginIdentifier",
    "users",
)
def change_user_login_identifier(ctx: Context) -> Reply:
    """Change the user's login email; it must be unused within the vendor."""
    user = _user(ctx)
    email = ctx.json({"email": F("email", required=True)})["email"]
    _claim_email(ctx, email, user)
    user.updated = _now()
    ctx.vendor.users.touch()
    return no_content()


@router(
    "PUT",
    "/management/users/{userId}/user_metadata/{key}",
    "setUserMetadataValue",
    "users",
)
def set_user_metadata_value(ctx: Context) -> Reply:
    """Store the text body under `key` in the user's metadata."""
    user = _user(ctx)
    user.metadata = {**(user.metadata or {}), ctx.param("key"): ctx.text()}
    ctx.vendor.users.touch()
    return no_content()


@router(
    "DELETE",
    "/management/users/{userId}/user_metadata/{key}",
    "deleteUserMetadataValue",
    "users",
)
def delete_user_metadata_value(ctx: Context) -> Reply:
    """Remove `key` from the user's metadata; 404 when it is not set."""
    user = _user(ctx)
    key = ctx.param("key")
    if key not in (user.metadata or {}):
        raise not_found("user metadata", key)
    user.metadata = {k: v for k, v in (user.metadata or {}).items() if k != key}
    ctx.vendor.users.touch()
    return no_content()


@router("GET", "/management/customers/{id}", "getCustomer", "customers")
def get_customer(ctx: Context) -> Reply:
    """A user of the vendor as an XML customer record."""
    user = ctx.vendor.users.get(ctx.param("id"))
    if user is None:
        raise not_found("customer", ctx.param("id"))
    fields = {
        "id": user.user_id,
        "email": user.email,
        "firstName": user.first_name,
        "lastName": user.last_name,
        "createdAt": iso(user.created),
    }
    inner = "".join(f"<{k}>{escape(str(v))}</{k}>" for k, v in fields.items())
    document = f'<?xml version="1.0" encoding="UTF-8"?><customer>{inner}</customer>'
    return Reply(200, document.encode(), {"Content-Type": "application/xml"})


# --- Products -----------------------------------------------------------------


def _product(ctx: Context) -> Product:
    product = ctx.vendor.products.get(ctx.param("sku"))
    if product is None:
        raise not_found("product", ctx.param("sku"))
    return product


def _apply_product(product: Product, body: dict[str, Any]) -> None:
    for name, value in body.items():
        if name == "title":
            product.title = value
        elif name == "productType":
            product.product_type = value
        elif name == "language":
            product.language = value
        elif name in ("cover", "publisherContentId"):
            product.extra = {**(product.extra or {}), name: value}
    product.updated = _now()


@router("GET", "/management/products", "listProducts", "products")
def list_products(ctx: Context) -> Reply:
    """The vendor's products; `search` matches SKU and title."""
    filters = []
    if ctx.query.get("search"):
        filters.append(Filter(("sku", "title"), "search", ctx.query["search"]))
    return ctx.listing(ctx.vendor.products, filters=filters)


@router("POST", "/management/products", "createProduct", "products")
def create_product(ctx: Context) -> Reply:
    """A new product; the SKU must be unused within the vendor."""
    spec = _PRODUCT | {
        "sku": F("str", required=True),
        "title": F("str", required=True),
        "productType": F("str", required=True),
    }
    body = ctx.json(spec)
    if not body["sku"] or ctx.vendor.products.get(body["sku"]) is not None:
        raise validation_error("sku", "is already taken")
    recurring = body["productType"].upper() == "SUBSCRIPTION"
    kind = body["productType"].lower()
    kind = kind if kind in ENTITLEMENT_TYPES else ("pass" if recurring else "article")
    product = Product(
        body["sku"], body["title"], body["productType"], kind, 99.0, recurring, _now()
    )
    _apply_product(product, body)
    ctx.vendor.products.add(product)
    return json_reply(product.render(), 201)


@router("GET", "/management/products/{sku}", "getProduct", "products")
def get_product(ctx: Context) -> Reply:
    """One product of the vendor."""
    return json_reply(_product(ctx).render())


@router("PATCH", "/management/products/{sku}", "updateProduct", "products")
def update_product(ctx: Context) -> Reply:
    """Merge fields into a product; its SKU cannot change."""
    product = _product(ctx)
    body = ctx.json(_PRODUCT)
    if body.get("sku", product.sku) != product.sku:
        raise validation_error("sku", "cannot change")
    _apply_product(product, body)
    ctx.vendor.products.touch()
    return json_reply(product.render())


@router(
    "GET",
    "/management/products/{sku}/fulfillments",
    "listProductFulfillments",
    "products",
)
def list_product_fulfillments(ctx: Context) -> Reply:
    """Every fulfillment of one product, across the vendor's users."""
    product = _product(ctx)
    sku = Filter(("sku",), "eq", product.sku)
    return ctx.listing(ctx.vendor.fulfillments, filters=[sku])


# --- Access lists and grants ------------------------------------------------------


def _access_list(ctx: Context) -> Doc:
    found = ctx.vendor.access_lists.get(ctx.param("id"))
    if found is None:
        raise not_found("access list", ctx.param("id"))
    return found


@router("GET", "/management/access-lists", "listAccessLists", "access-lists")
def list_access_lists(ctx: Context) -> Reply:
    """The vendor's access lists."""
    return ctx.listing(ctx.vendor.access_lists)


@router("POST", "/management/access-lists", "createAccessList", "access-lists")
def create_access_list(ctx: Context) -> Reply:
    """A new access list."""
    spec = _ACCESS_LIST | {
        "name": F("str", required=True),
        "type": F("str", required=True, enum=ACCESS_LIST_TYPES),
        "status": F("str", required=True, enum=ACCESS_LIST_STATUSES),
    }
    body = ctx.json(spec)
    ident = ctx.next_id("al_")
    access_list = {k: v for k, v in body.items() if k in spec} | {"id": ident}
    ctx.vendor.access_lists.add(Doc(ident, access_list))
    return json_reply(access_list, 201)


@router("GET", "/management/access-lists/{id}", "getAccessList", "access-lists")
def get_access_list(ctx: Context) -> Reply:
    """One access list."""
    return json_reply(_access_list(ctx).doc)


@router("PUT", "/management/access-lists/{id}", "replaceAccessList", "access-lists")
def replace_access_list(ctx: Context) -> Reply:
    """
    Replace an access list's fields.

    Optional fields absent from the body are removed; the required `name`,
    `type` and `status` keep their value when absent, since the body schema
    (`UpdateAccessList`) requires none of them.
    """
    found = _access_list(ctx)
    body = ctx.json(_ACCESS_LIST)
    kept = {k: found.doc[k] for k in ("name", "type", "status")}
    found.doc = kept | {k: v for k, v in body.items() if k in _ACCESS_LIST}
    found.doc["id"] = found.id
    ctx.vendor.access_lists.touch()
    return json_reply(found.doc)


@router("PATCH", "/management/access-lists/{id}", "updateAccessList", "access-lists")
def update_access_list(ctx: Context) -> Reply:
    """Merge fields into an access list; its id cannot change."""
    found = _access_list(ctx)
    body = ctx.json(_ACCESS_LIST)
    found.doc.update({k: v for k, v in body.items() if k in _ACCESS_LIST})
    found.doc["id"] = found.id
    ctx.vendor.access_lists.touch()
    return json_reply(found.doc)


def _grant(ctx: Context) -> Doc:
    access_list = _access_list(ctx)
    found = ctx.vendor.grants.get(ctx.param("grantId"), owner=access_list.id)
    if found is None:
        raise not_found("grant", ctx.param("grantId"))
    return found


def _check_grant_window(grant: dict[str, Any]) -> None:
    if "startsAt" in grant and "endsAt" in grant:
        starts = _epoch(grant["startsAt"])
        if _epoch(grant["endsAt"]) < starts:
            raise validation_error("endsAt", "must not be before startsAt")


@router("GET", "/management/access-lists/{id}/grants", "listGrants", "grants")
def list_grants(ctx: Context) -> Reply:
    """The grants of one access list."""
    access_list = _access_list(ctx)
    return ctx.listing(ctx.vendor.grants, owner=access_list.id)


@router("POST", "/management/access-lists/{id}/grants", "createGrant", "grants")
def create_grant(ctx: Context) -> Reply:
    """A new grant in an access list."""
    access_list = _access_list(ctx)
    required = ("email", "sku", "poId", "status", "source")
    spec = _GRANT | {
        name: F(_GRANT[name].kind, True, _GRANT[name].enum) for name in required
    }
    body = ctx.json(spec)
    grant = {k: v for k, v in body.items() if k in spec}
    _check_grant_window(grant)
    ident = ctx.next_id("gr_")
    grant["id"] = ident
    ctx.vendor.grants.add(Doc(ident, grant, parent=access_list.id))
    return json_reply(grant, 201)


@router("GET", "/management/access-lists/{id}/grants/{grantId}", "getGrant", "grants")
def get_grant(ctx: Context) -> Reply:
    """One grant of an access list."""
    return json_reply(_grant(ctx).doc)


@router(
    "PUT", "/management/access-lists/{id}/grants/{grantId}", "updateGrant", "grants"
)
def update_grant(ctx: Context) -> Reply:
    """Merge fields into a grant (the body schema `UpdateGrant` requires none)."""
    found = _grant(ctx)
    body = ctx.json(_GRANT)
    merged = found.doc | {k: v for k, v in body.items() if k in _GRANT}
    _check_grant_window(merged)
    found.doc = merged
    ctx.vendor.grants.touch()
    return json_reply(found.doc)


@router(
    "DELETE", "/management/access-lists/{id}/grants/{grantId}", "deleteGrant", "grants"
)
def delete_grant(ctx: Context) -> Reply:
    """Delete a grant."""
    ctx.vendor.grants.remove(_grant(ctx))
    return no_content()
