"""
Handlers of the Client API: every call acts for the token's `sub` within its vendor.

Another user's records answer 404, as if they did not exist.
"""

from __future__ import annotations

import html
import time
from typing import Any

from ._http import (
    ApiError,
    Context,
    F,
    Reply,
    check_fields,
    json_reply,
    no_content,
    not_found,
    validation_error,
)
from ._records import Contract, Doc, Entitlement, Product, User, iso
from ._routes import Router
from ._state import Filter

__all__ = ["router"]

router = Router("client")

ENTITLEMENT_TYPES = (
    "article",
    "audiobook",
    "ebook",
    "bundle",
    "podcast",
    "pass",
    "publication",
    "physical_issue",
)
# Client bill listings leave these out (docs: "excluding draft and expired bills").
_HIDDEN_BILL_STATUSES = ("DRAFT", "EXPIRED")
_PROFILE_FIELDS = {
    name: F("str")
    for name in (
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
_POLICY_FIELDS = {
    "ttl": F("number"),
    "maxItems": F("number"),
    "unique": F("bool"),
    "overflow": F("str", enum=("fifo", "block")),
    "ipSessionSharing": F("bool"),
}
_TALLY_INSERT = {"value": F("scalar", required=True), "policies": F("object")}
_CHECKOUT_FIELDS = {
    "items": F("array"),
    "redirectUrl": F("str"),
    "address": F("object"),
    "businessAddress": F("object"),
    "email": F("str"),
    "givenName": F("str"),
    "familyName": F("str"),
    "birthDate": F("str"),
    "phoneNumber": F("str"),
    "country": F("str"),
    "referralEmail": F("str"),
    "language": F("str"),
    "isBusiness": F("bool"),
    "price": F("number"),
    "currency": F("str"),
    "anonymousUserId": F("str"),
    "attribution": F("object"),
    "paymentData": F("object"),
    "paymentMethodsFilter": F("array"),
    "fieldSettings": F("object"),
    "giftMode": F("bool"),
    "requireAddress": F("bool"),
    "metadata": F("object"),
}


def _now() -> int:
    return int(time.time())


def _user(ctx: Context) -> User:
    user = ctx.vendor.users.get(ctx.user_id)
    if user is None:
        raise not_found("user", ctx.user_id)
    return user


def _contract(ctx: Context, ident: str) -> Contract:
    contract = ctx.vendor.contracts.get(ident, owner=ctx.user_id)
    if contract is None:
        raise not_found("contract", ident)
    return contract


def _product(ctx: Context, sku: str) -> Product:
    product = ctx.vendor.products.get(sku)
    if product is None:
        raise not_found("product", sku)
    return product


def _owned_doc(ctx: Context, table_name: str, kind: str, ident: str) -> Doc:
    table = getattr(ctx.vendor, table_name)
    doc: Doc | None = table.get(ident, owner=ctx.user_id)
    if doc is None:
        raise not_found(kind, ident)
    return doc


# --- Contracts ---------------------------------------------------------------


@router("GET", "/contracts", "listContracts", "contracts")
def list_contracts(ctx: Context) -> Reply:
    """Every contract of the user, oldest first."""
    return ctx.listing(ctx.vendor.contracts, owner=ctx.user_id)


@router("GET", "/contracts/{contract_id}", "getContract", "contracts")
def get_contract(ctx: Context) -> Reply:
    """One contract of the user."""
    return json_reply(_contract(ctx, ctx.param("contract_id")).render())


@router("POST", "/contracts/{contract_id}/cancel", "cancelContract", "contracts")
def cancel_contract(ctx: Context) -> Reply:
    """Stop renewal at the end of the period (docs); access lasts until then."""
    contract = _contract(ctx, ctx.param("contract_id"))
    now = _now()
    if contract.cancel_requested is None:
        contract.cancel_requested = now
        contract.will_cancel = contract.next_bill or now
        contract.next_bill = None
        contract.updated = now
        ctx.vendor.contracts.touch()
    return json_reply({"success": True})


@router("POST", "/contracts/{contract_id}/amendments", "createAmendment", "contracts")
def create_amendment(ctx: Context) -> Reply:
    """A pending amendment; a discount code is applied once confirmed."""
    contract = _contract(ctx, ctx.param("contract_id"))
    body = ctx.json({"amendmentType": F("str"), "discountCode": F("str")})
    code = body.get("discountCode")
    ident = ctx.next_id("amd_")
    discounts = []
    if code:
        discounts.append(
            {
                "code": code,
                "status": "APPLIED",
                "id": f"disc_{code.lower()}",
                "name": code,
                "description": None,
            }
        )
    amendment = {
        "id": ident,
        "contractId": contract.id,
        "status": "PENDING",
        "appliedDiscounts": discounts,
        "amendmentType": body.get("amendmentType", "DISCOUNT_CODE"),
        "nextBill": {
            "total": contract.price * (0.8 if code else 1.0),
            "currency": "EUR",
            "date": iso(contract.next_bill or _now()),
        },
    }
    ctx.vendor.amendments.add(Doc(ident, amendment, parent=contract.id))
    return json_reply(amendment, 201)


@router(
    "POST",
    "/contracts/{contract_id}/amendments/{amendment_id}/confirm",
    "confirmAmendment",
    "contracts",
)
def confirm_amendment(ctx: Context) -> Reply:
    """Confirm a pending amendment; its discounts join the contract."""
    contract = _contract(ctx, ctx.param("contract_id"))
    amendment = ctx.vendor.amendments.get(ctx.param("amendment_id"), owner=contract.id)
    if amendment is None:
        raise not_found("amendment", ctx.param("amendment_id"))
    if amendment.doc["status"] == "PENDING":
        amendment.doc["status"] = "CONFIRMED"
        contract.discounts = [
            *(contract.discounts or ()),
            *(
                {
                    "code": d["code"],
                    "name": d["name"],
                    "description": d["code"],
                    "id": d["id"],
                }
                for d in amendment.doc["appliedDiscounts"]
            ),
        ]
        contract.updated = _now()
        ctx.vendor.contracts.touch()
    return json_reply({"success": True})


# --- Bills and transactions -------------------------------------------------


@router("GET", "/bills", "listBills", "bills")
def list_bills(ctx: Context) -> Reply:
    """The user's bills without drafts and expired ones, newest first (docs)."""
    shown = Filter(("status",), "not_in", _HIDDEN_BILL_STATUSES)
    return ctx.listing(
        ctx.vendor.bills, owner=ctx.user_id, filters=[shown], newest_first=True
    )


@router("GET", "/bills/{id}", "getBill", "bills")
def get_bill(ctx: Context) -> Reply:
    """One bill of the user."""
    bill = ctx.vendor.bills.get(ctx.param("id"), owner=ctx.user_id)
    if bill is None:
        raise not_found("bill", ctx.param("id"))
    return json_reply(bill.render())


@router("GET", "/transactions", "listTransactions", "transactions")
def list_transactions(ctx: Context) -> Reply:
    """The user's transactions; `q` searches ids of the transaction, bill, contract."""
    filters = []
    if ctx.query.get("q"):
        filters.append(Filter(("id", "billId", "contractId"), "search", ctx.query["q"]))
    return ctx.listing(ctx.vendor.transactions, owner=ctx.user_id, filters=filters)


# --- Entitlements -------------------------------------------------------------


def _entitlement(ctx: Context, ident: str) -> Entitlement:
    found = ctx.vendor.entitlements.get(ident, owner=ctx.user_id)
    if found is None:
        raise not_found("entitlement", ident)
    return found


@router("GET", "/entitlements", "listEntitlements", "entitlements")
def list_entitlements(ctx: Context) -> Reply:
    """
    The user's entitlements, filtered by `type`, `sku`, `purchase-option-id`.

    `wait-for-entitlement-after` is accepted and ignored: the fake grants
    entitlements synchronously, so there is never anything to wait for.
    """
    filters = []
    kind = ctx.enum_query("type", ENTITLEMENT_TYPES)
    if kind:
        filters.append(Filter(("type",), "eq", kind))
    if ctx.query.get("sku"):
        filters.append(Filter(("sku",), "eq", ctx.query["sku"]))
    if ctx.query.get("purchase-option-id"):
        option = ctx.query["purchase-option-id"]
        filters.append(Filter(("purchaseOption",), "eq", option))
    return ctx.listing(ctx.vendor.entitlements, owner=ctx.user_id, filters=filters)


@router("GET", "/entitlements/{id}", "getEntitlement", "entitlements")
def get_entitlement(ctx: Context) -> Reply:
    """One entitlement of the user."""
    return json_reply(_entitlement(ctx, ctx.param("id")).render())


@router("GET", "/entitlements/{id}/access", "getEntitlementAccess", "entitlements")
def get_entitlement_access(ctx: Context) -> Reply:
    """A content URL and an access token for one entitlement."""
    entitlement = _entitlement(ctx, ctx.param("id"))
    if not entitlement.has_access:
        raise ApiError(403, "the entitlement grants no access", {"id": entitlement.id})
    return json_reply(
        {
            "id": entitlement.id,
            "url": f"https://content.sesamy.test/{entitlement.sku}",
            "token": f"access-{entitlement.id}",
        }
    )


# --- Profile ------------------------------------------------------------------


def _own_profile(ctx: Context) -> User:
    # A user reads and edits only their own profile; any other id is unknown.
    if ctx.param("userId") != ctx.user_id:
        raise not_found("user", ctx.param("userId"))
    return _user(ctx)


def apply_profile(user: User, body: dict[str, Any]) -> None:
    """Merge a partial `Profile` into a user."""
    for name, value in body.items():
        if name == "firstName":
            user.first_name = value
        elif name == "lastName":
            user.last_name = value
        elif name == "email":
            user.email = value
        elif name == "tags":
            user.tags = [str(tag) for tag in value]
        elif name == "user_metadata":
            user.metadata = dict(value)
        elif name in _PROFILE_FIELDS:
            user.extra = {**(user.extra or {}), name: value}
    user.updated = _now()


@router("GET", "/profile/spotify-link", "getSpotifyLink", "profile")
def get_spotify_link(ctx: Context) -> Reply:
    """Whether the user linked Spotify."""
    return json_reply({"isSpotifyLinked": _user(ctx).spotify})


@router("POST", "/profile/unlink-spotify", "unlinkSpotify", "profile")
def unlink_spotify(ctx: Context) -> Reply:
    """Forget the Spotify link."""
    _user(ctx).spotify = False
    return json_reply({"success": True})


@router("GET", "/profile/{userId}", "getProfile", "profile")
def get_profile(ctx: Context) -> Reply:
    """The user's own profile."""
    return json_reply(_own_profile(ctx).render())


@router("PATCH", "/profile/{userId}", "updateProfile", "profile")
def update_profile(ctx: Context) -> Reply:
    """Merge a partial profile into the user's own."""
    user = _own_profile(ctx)
    body = ctx.json(_PROFILE_FIELDS | {"userId": F("str")})
    body.pop("userId", None)
    apply_profile(user, body)
    ctx.vendor.users.touch()
    return json_reply(user.render())


@router("DELETE", "/profile", "deleteProfile", "profile")
def delete_profile(ctx: Context) -> Reply:
    """Delete the user; their contracts and bills stay for the vendor's books."""
    ctx.vendor.users.remove(_user(ctx))
    return no_content()


# --- Subscriptions and payment issues ---------------------------------------


def _subscription(contract: Contract) -> dict[str, Any]:
    product = contract.product
    subscription: dict[str, Any] = {
        "id": contract.id,
        "currency": "EUR",
        "cancelAt": iso(contract.will_cancel) if contract.will_cancel else None,
        "createdAt": iso(contract.created),
        "status": contract.status,
        "product": {
            "name": product.title,
            "description": f"{product.title}, billed monthly",
            "image": product.cover,
            "optionId": product.option_id,
            "sku": product.sku,
        },
        "price": product.price,
        "hasAccess": contract.is_active,
        "manageUrl": contract.manage_url,
        "userId": contract.user_id,
    }
    if contract.next_bill:
        subscription["nextPrice"] = product.price
        subscription["nextPaymentAt"] = iso(contract.next_bill)
    return subscription


def _recurring(ctx: Context) -> list[Contract]:
    rows = ctx.vendor.contracts.select(owner=ctx.user_id)
    return [c for c in rows if c.product.recurring]


@router("GET", "/subscriptions", "listSubscriptions", "subscriptions")
def list_subscriptions(ctx: Context) -> Reply:
    """The user's recurring contracts, seen as subscriptions."""
    subscriptions = [_subscription(c) for c in _recurring(ctx)]
    return ctx.items(subscriptions, frozenset({"id", "createdAt", "status", "price"}))


@router("GET", "/subscriptions/{id}", "getSubscription", "subscriptions")
def get_subscription(ctx: Context) -> Reply:
    """One recurring contract of the user, seen as a subscription."""
    contract = ctx.vendor.contracts.get(ctx.param("id"), owner=ctx.user_id)
    if contract is None or not contract.product.recurring:
        raise not_found("subscription", ctx.param("id"))
    return json_reply(_subscription(contract))


@router("GET", "/payment-issues", "listPaymentIssues", "payment-issues")
def list_payment_issues(ctx: Context) -> Reply:
    """One `OVERDUE` issue for each of the user's past-due contracts."""
    rows = ctx.vendor.contracts.select(owner=ctx.user_id)
    issues = [
        {
            "contractId": c.id,
            "createdAt": iso(c.updated),
            "updatedAt": iso(c.updated),
            "nextPaymentAt": iso(c.next_bill or c.updated),
            "manageUrl": c.manage_url,
            "status": "OVERDUE",
        }
        for c in rows
        if c.status == "PAST_DUE"
    ]
    return ctx.items(issues, frozenset({"contractId", "createdAt", "status"}))


# --- Products -----------------------------------------------------------------


@router("GET", "/products/{sku}", "getProduct", "products")
def get_product(ctx: Context) -> Reply:
    """One product of the vendor."""
    return json_reply(_product(ctx, ctx.param("sku")).render())


@router("POST", "/products/{sku}/auto-onboard", "autoOnboardProduct", "products")
def auto_onboard_product(ctx: Context) -> Reply:
    """Grant the user the product (once) and answer their entitlements to it."""
    product = _product(ctx, ctx.param("sku"))
    _user(ctx)
    table = ctx.vendor.entitlements
    sku_filter = (Filter(("sku",), "eq", product.sku),)
    if not table.select(owner=ctx.user_id, filters=sku_filter):
        ident = ctx.next_id("ent_")
        table.add(Entitlement(ident, ctx.user_id, product, "", _now()))
    rows = table.select(owner=ctx.user_id, filters=sku_filter)
    return json_reply([row.render() for row in rows])


# --- User metadata and tags -----------------------------------------------------


@router("GET", "/user-metadata", "listUserMetadata", "user-metadata")
def list_user_metadata(ctx: Context) -> Reply:
    """All metadata of the user, as one object."""
    return json_reply(dict(_user(ctx).metadata or {}))


@router("PUT", "/user-metadata/{key}", "setUserMetadata", "user-metadata")
def set_user_metadata(ctx: Context) -> Reply:
    """Store the text body under `key`."""
    user = _user(ctx)
    user.metadata = {**(user.metadata or {}), ctx.param("key"): ctx.text()}
    ctx.vendor.users.touch()
    return no_content()


@router("DELETE", "/user-metadata/{key}", "deleteUserMetadata", "user-metadata")
def delete_user_metadata(ctx: Context) -> Reply:
    """Remove `key`; 404 when it is not set."""
    user = _user(ctx)
    key = ctx.param("key")
    if key not in (user.metadata or {}):
        raise not_found("user metadata", key)
    user.metadata = {k: v for k, v in (user.metadata or {}).items() if k != key}
    ctx.vendor.users.touch()
    return no_content()


@router("GET", "/tags", "listTags", "tags")
def list_tags(ctx: Context) -> Reply:
    """The user's tags in the order they were added."""
    return ctx.items(list(_user(ctx).tags or ()))


@router("POST", "/tags", "addTag", "tags")
def add_tag(ctx: Context) -> Reply:
    """Add a tag; adding one twice keeps one."""
    user = _user(ctx)
    tag = ctx.json({"tag": F("str", required=True)})["tag"]
    if not tag:
        raise validation_error("tag", "must not be empty")
    if tag not in (user.tags or ()):
        user.tags = [*(user.tags or ()), tag]
        ctx.vendor.users.touch()
    return no_content()


@router("DELETE", "/tags/{tag}", "removeTag", "tags")
def remove_tag(ctx: Context) -> Reply:
    """Remove a tag; 404 when the user does not have it."""
    user = _user(ctx)
    tag = ctx.param("tag")
    if tag not in (user.tags or ()):
        raise not_found("tag", tag)
    user.tags = [t for t in user.tags or () if t != tag]
    ctx.vendor.users.touch()
    return no_content()


# --- Tallies -------------------------------------------------------------------


def _policies(body: dict[str, Any]) -> dict[str, Any]:
    policies = body.get("policies") or {}
    for name, rule in _POLICY_FIELDS.items():
        if name in policies:
            check_fields(policies, {name: rule}, prefix="policies.")
    return dict(policies)


def _push(tally: dict[str, Any], value: str | float) -> None:
    policies = tally.get("policies") or {}
    values: list[Any] = tally["value"]
    if policies.get("unique") and value in values:
        return
    limit = policies.get("maxItems")
    if limit is not None and len(values) >= limit:
        if policies.get("overflow") == "block":
            raise validation_error("value", "the tally is full")
        del values[: len(values) - int(limit) + 1]
    values.append(value)


@router("GET", "/tallies", "listTallies", "tallies")
def list_tallies(ctx: Context) -> Reply:
    """The user's tallies."""
    return ctx.listing(ctx.vendor.tallies, owner=ctx.user_id)


@router("POST", "/tallies", "createTally", "tallies")
def create_tally(ctx: Context) -> Reply:
    """A new tally holding the one value."""
    body = ctx.json(_TALLY_INSERT)
    policies = _policies(body)
    ident = ctx.next_id("tally_")
    now = iso(_now())
    tally: dict[str, Any] = {"id": ident, "value": [], "createdAt": now}
    tally.update(updatedAt=now, policies=policies)
    _push(tally, body["value"])
    if policies.get("ttl"):
        tally["expiresAt"] = iso(_now() + int(policies["ttl"]))
    ctx.vendor.tallies.add(Doc(ident, tally, parent=ctx.user_id))
    return json_reply(tally, 201)


@router("GET", "/tallies/{id}", "getTally", "tallies")
def get_tally(ctx: Context) -> Reply:
    """One tally of the user."""
    return json_reply(_owned_doc(ctx, "tallies", "tally", ctx.param("id")).doc)


@router("PUT", "/tallies/{id}", "updateTally", "tallies")
def update_tally(ctx: Context) -> Reply:
    """Replace the tally's values with the one value (and its policies if given)."""
    tally = _owned_doc(ctx, "tallies", "tally", ctx.param("id")).doc
    body = ctx.json(_TALLY_INSERT)
    if "policies" in body:
        tally["policies"] = _policies(body)
    tally["value"] = []
    _push(tally, body["value"])
    tally["updatedAt"] = iso(_now())
    ctx.vendor.tallies.touch()
    return json_reply(tally)


@router("DELETE", "/tallies/{id}", "deleteTally", "tallies")
def delete_tally(ctx: Context) -> Reply:
    """Delete one tally of the user."""
    ctx.vendor.tallies.remove(_owned_doc(ctx, "tallies", "tally", ctx.param("id")))
    return no_content()


@router("POST", "/tallies/{id}/push", "pushTallyValue", "tallies")
def push_tally_value(ctx: Context) -> Reply:
    """Append a value under the tally's policies; answers the values."""
    tally = _owned_doc(ctx, "tallies", "tally", ctx.param("id")).doc
    body = ctx.json(_TALLY_INSERT)
    _push(tally, body["value"])
    tally["updatedAt"] = iso(_now())
    ctx.vendor.tallies.touch()
    return json_reply(tally["value"])


# --- Checkouts -----------------------------------------------------------------


def _checkout_items(ctx: Context, items: Any) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not items:
        raise validation_error("items", "must be a non-empty array")
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("sku"), str):
            raise validation_error(f"items[{index}].sku", "is required")
        if ctx.vendor.products.get(item["sku"]) is None:
            raise validation_error(f"items[{index}].sku", "is not a product")
    return [dict(item) for item in items]


def _price_checkout(ctx: Context, checkout: dict[str, Any]) -> None:
    products = [ctx.vendor.products.by_key[i["sku"]] for i in checkout["items"]]
    owned_skus = {e.sku for e in ctx.vendor.entitlements.select(owner=ctx.user_id)}
    checkout["type"] = "RECURRING" if any(p.recurring for p in products) else "SINGLE"
    checkout["price"] = sum(p.price for p in products)
    checkout["itemsOwned"] = [
        {"sku": p.sku, "purchaseOptionId": p.option_id, "title": p.title}
        for p in products
        if p.sku in owned_skus
    ]


@router("POST", "/checkouts", "createCheckout", "checkouts")
def create_checkout(ctx: Context) -> Reply:
    """A pending checkout for the user over existing products."""
    spec = _CHECKOUT_FIELDS | {
        "items": F("array", required=True),
        "redirectUrl": F("str", required=True),
    }
    body = ctx.json(spec)
    ident = ctx.next_id("chk_")
    now = iso(_now())
    checkout = {k: v for k, v in body.items() if k in spec}
    checkout["items"] = _checkout_items(ctx, body["items"])
    checkout.update(
        id=ident,
        checkoutUrl=f"https://checkout.sesamy.test/{ident}",
        status="PENDING",
        currency=body.get("currency", "EUR"),
        appliedDiscountCodes=[],
        availablePaymentMethods=[{"provider": "STRIPE", "methods": ["card"]}],
        createdAt=now,
        updatedAt=now,
    )
    _price_checkout(ctx, checkout)
    ctx.vendor.checkouts.add(Doc(ident, checkout, parent=ctx.user_id))
    return json_reply(checkout, 201)


@router("GET", "/checkouts/{id}", "getCheckout", "checkouts")
def get_checkout(ctx: Context) -> Reply:
    """One checkout of the user."""
    return json_reply(_owned_doc(ctx, "checkouts", "checkout", ctx.param("id")).doc)


@router("PATCH", "/checkouts/{id}", "updateCheckout", "checkouts")
def update_checkout(ctx: Context) -> Reply:
    """Merge writable fields into a pending checkout."""
    checkout = _owned_doc(ctx, "checkouts", "checkout", ctx.param("id")).doc
    spec = _CHECKOUT_FIELDS | {
        "requestedDiscountCodes": F("array"),
        "payerEmail": F("str"),
    }
    body = ctx.json(spec)
    if checkout["status"] != "PENDING":
        raise validation_error("status", "only a pending checkout can change")
    if "items" in body:
        body["items"] = _checkout_items(ctx, body["items"])
    for code in body.pop("requestedDiscountCodes", None) or ():
        checkout["appliedDiscountCodes"].append(
            {"code": str(code), "status": "APPLIED", "id": f"disc_{code}"}
        )
    payer = body.pop("payerEmail", None)
    if payer:
        checkout["payer"] = {"id": ctx.user_id, "email": payer}
    checkout.update({k: v for k, v in body.items() if k in spec})
    _price_checkout(ctx, checkout)
    checkout["updatedAt"] = iso(_now())
    ctx.vendor.checkouts.touch()
    return json_reply(checkout)


# --- Fulfillments, paywalls, vendor, proxy -------------------------------------


@router("GET", "/fulfillments", "listFulfillments", "fulfillments")
def list_fulfillments(ctx: Context) -> Reply:
    """The user's fulfillments."""
    return ctx.listing(ctx.vendor.fulfillments, owner=ctx.user_id)


@router("POST", "/fulfillments", "createFulfillment", "fulfillments")
def create_fulfillment(ctx: Context) -> Reply:
    """Request delivery of a product to the user."""
    body = ctx.json(
        {"sku": F("str", required=True), "itemId": F("str"), "copies": F("number")}
    )
    product = ctx.vendor.products.get(body["sku"])
    if product is None:
        raise validation_error("sku", "is not a product")
    ident = ctx.next_id("ful_")
    now = _now()
    fulfillment = {
        "id": ident,
        "numericId": len(ctx.vendor.fulfillments) + 1,
        "status": "PENDING",
        "sku": product.sku,
        "title": product.title,
        "cover": product.cover,
        "deliveryProvider": "POSTNORD",
        "itemId": body.get("itemId", product.sku),
        "copies": body.get("copies", 1),
        "userId": ctx.user_id,
        "deliversAt": iso(now + 3 * 24 * 3600),
        "createdAt": iso(now),
        "updatedAt": iso(now),
    }
    ctx.vendor.fulfillments.add(Doc(ident, fulfillment, parent=ctx.user_id))
    return json_reply(fulfillment, 201)


@router("GET", "/paywalls/{id}", "getPaywall", "paywalls")
def get_paywall(ctx: Context) -> Reply:
    """A paywall by id, or by the URL it is published at (docs)."""
    ident = ctx.param("id")
    paywall = ctx.vendor.paywalls.get(ident)
    if paywall is None:
        paywall = next(
            (p for p in ctx.vendor.paywalls.rows if p.doc.get("url") == ident), None
        )
    if paywall is None:
        raise not_found("paywall", ident)
    return json_reply(paywall.doc)


def _vendor_summary(vendor: dict[str, Any]) -> dict[str, Any]:
    return {k: vendor[k] for k in ("name", "id", "logo") if k in vendor}


@router("GET", "/vendor", "getVendor", "vendors")
def get_vendor(ctx: Context) -> Reply:
    """The token's vendor."""
    return json_reply(_vendor_summary(ctx.vendor.vendor))


@router("GET", "/vendors", "listVendors", "vendors")
def list_vendors(ctx: Context) -> Reply:
    """The vendors the user belongs to: in the fake, the token's vendor only."""
    return ctx.items([_vendor_summary(ctx.vendor.vendor)], frozenset({"id", "name"}))


@router("GET", "/proxy", "proxyContent", "proxy")
def proxy_content(ctx: Context) -> Reply:
    """
    An HTML page standing in for the proxied URL.

    The fake never fetches anything: it answers a page naming the URL and selector.
    """
    url = ctx.query.get("url")
    if not url:
        raise validation_error("url", "is required")
    selector = html.escape(ctx.query.get("selector", "body"))
    page = (
        "<!DOCTYPE html><html><head><title>Proxied content</title></head><body>"
        f'<article data-source="{html.escape(url)}" data-selector="{selector}">'
        "<p>Proxied content from the fake Sesamy API.</p></article></body></html>"
    )
    return Reply(200, page.encode(), {"Content-Type": "text/html; charset=utf-8"})
