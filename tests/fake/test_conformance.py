"""Every operation of both snapshots answers a body that conforms to its schema."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from sesamy_facade.testing import FakeSesamy

from .conftest import (
    APIS,
    client_for,
    operations,
    success_schema,
    unwrap_envelope,
    validate_response,
)


@dataclass
class Harness:
    """A fake with one well-furnished user and clients for both APIs."""

    fake: FakeSesamy
    user: httpx.Client
    admin: httpx.Client
    user_id: str

    def first(self, path: str, client: httpx.Client | None = None) -> dict[str, Any]:
        response = (client or self.user).get(path)
        response.raise_for_status()
        body = response.json()
        items: list[dict[str, Any]] = body["data"] if isinstance(body, dict) else body
        assert items, f"{path} listed nothing"
        return items[0]

    def contract(self, **wanted: Any) -> dict[str, Any]:
        for contract in self.fake.records("contracts"):
            if contract["userId"] == self.user_id and all(
                contract.get(k) == v for k, v in wanted.items()
            ):
                return contract
        raise AssertionError(f"no contract with {wanted}")


def _furnished_user(fake: FakeSesamy) -> str:
    # The user whose contracts cover the most cases (past due, recurring, ...).
    def score(user_id: str) -> tuple[bool, ...]:
        contracts = [c for c in fake.records("contracts") if c["userId"] == user_id]
        return (
            any(c["status"] == "PAST_DUE" for c in contracts),
            any(c["contractDuration"] == "RECURRING" for c in contracts),
            any(c["isActive"] for c in contracts),
        )

    best = max(fake.user_ids(), key=score)
    assert all(score(best)), "seed gives no user with every kind of contract"
    return best


def _harness(shape: str) -> Harness:
    fake = FakeSesamy(seed=11, users=6, contracts_per_user=25, list_shape=shape)  # type: ignore[arg-type]
    user_id = _furnished_user(fake)
    user = client_for(fake, fake.issue_token("vendor-a", sub=user_id))
    admin = client_for(fake, fake.issue_token("vendor-a", sub="backoffice@clients"))
    return Harness(fake, user, admin, user_id)


Case = Callable[[Harness], httpx.Response]

# --- Client API cases -----------------------------------------------------------


def _tally(h: Harness) -> dict[str, Any]:
    body = {"value": "article-1", "policies": {"maxItems": 3, "overflow": "fifo"}}
    response = h.user.post("/tallies", json=body)
    assert response.status_code == 201
    tally: dict[str, Any] = response.json()
    return tally


def _checkout(h: Harness) -> dict[str, Any]:
    sku = h.fake.records("products")[1]["sku"]
    body = {"items": [{"sku": sku}], "redirectUrl": "https://example.com/done"}
    response = h.user.post("/checkouts", json=body)
    assert response.status_code == 201
    checkout: dict[str, Any] = response.json()
    return checkout


def _amendment(h: Harness) -> tuple[str, dict[str, Any]]:
    contract_id = h.contract(contractDuration="RECURRING")["id"]
    body = {"amendmentType": "DISCOUNT_CODE", "discountCode": "SPRING"}
    response = h.user.post(f"/contracts/{contract_id}/amendments", json=body)
    assert response.status_code == 201
    amendment: dict[str, Any] = response.json()
    return contract_id, amendment


def _subscription_id(h: Harness) -> str:
    return str(h.contract(contractDuration="RECURRING")["id"])


def _entitlement_id(h: Harness) -> str:
    return str(h.first("/entitlements")["id"])


CLIENT_CASES: dict[str, Case] = {
    "listContracts": lambda h: h.user.get("/contracts"),
    "getContract": lambda h: h.user.get(f"/contracts/{h.contract()['id']}"),
    "cancelContract": lambda h: h.user.post(
        f"/contracts/{h.contract(contractDuration='RECURRING')['id']}/cancel"
    ),
    "createAmendment": lambda h: h.user.post(
        f"/contracts/{h.contract()['id']}/amendments",
        json={"amendmentType": "DISCOUNT_CODE", "discountCode": "SPRING"},
    ),
    "confirmAmendment": lambda h: (
        lambda pair: h.user.post(
            f"/contracts/{pair[0]}/amendments/{pair[1]['id']}/confirm"
        )
    )(_amendment(h)),
    "listBills": lambda h: h.user.get("/bills"),
    "getBill": lambda h: h.user.get(f"/bills/{h.first('/bills')['id']}"),
    "listEntitlements": lambda h: h.user.get("/entitlements"),
    "getEntitlement": lambda h: h.user.get(f"/entitlements/{_entitlement_id(h)}"),
    "getEntitlementAccess": lambda h: h.user.get(
        f"/entitlements/{_entitlement_id(h)}/access"
    ),
    "getProfile": lambda h: h.user.get(f"/profile/{h.user_id}"),
    "updateProfile": lambda h: h.user.patch(
        f"/profile/{h.user_id}", json={"nickname": "reader", "locale": "sv"}
    ),
    "getSpotifyLink": lambda h: h.user.get("/profile/spotify-link"),
    "unlinkSpotify": lambda h: h.user.post("/profile/unlink-spotify"),
    "deleteProfile": lambda h: h.user.delete("/profile"),
    "listSubscriptions": lambda h: h.user.get("/subscriptions"),
    "getSubscription": lambda h: h.user.get(f"/subscriptions/{_subscription_id(h)}"),
    "getProduct": lambda h: h.user.get(
        f"/products/{h.fake.records('products')[0]['sku']}"
    ),
    "autoOnboardProduct": lambda h: h.user.post(
        f"/products/{h.fake.records('products')[2]['sku']}/auto-onboard"
    ),
    "listUserMetadata": lambda h: h.user.get("/user-metadata"),
    "setUserMetadata": lambda h: h.user.put(
        "/user-metadata/theme",
        content=b"dark",
        headers={"Content-Type": "text/plain"},
    ),
    "deleteUserMetadata": lambda h: (
        h.user.put(
            "/user-metadata/theme",
            content=b"dark",
            headers={"Content-Type": "text/plain"},
        ),
        h.user.delete("/user-metadata/theme"),
    )[1],
    "listTallies": lambda h: (_tally(h), h.user.get("/tallies"))[1],
    "createTally": lambda h: h.user.post("/tallies", json={"value": 3}),
    "getTally": lambda h: h.user.get(f"/tallies/{_tally(h)['id']}"),
    "updateTally": lambda h: h.user.put(
        f"/tallies/{_tally(h)['id']}", json={"value": "article-9"}
    ),
    "deleteTally": lambda h: h.user.delete(f"/tallies/{_tally(h)['id']}"),
    "pushTallyValue": lambda h: h.user.post(
        f"/tallies/{_tally(h)['id']}/push", json={"value": 42}
    ),
    "listTags": lambda h: (
        h.user.post("/tags", json={"tag": "sports"}),
        h.user.get("/tags"),
    )[1],
    "addTag": lambda h: h.user.post("/tags", json={"tag": "sports"}),
    "removeTag": lambda h: (
        h.user.post("/tags", json={"tag": "sports"}),
        h.user.delete("/tags/sports"),
    )[1],
    "createCheckout": lambda h: h.user.post(
        "/checkouts",
        json={
            "items": [{"sku": h.fake.records("products")[0]["sku"]}],
            "redirectUrl": "https://example.com/done",
        },
    ),
    "getCheckout": lambda h: h.user.get(f"/checkouts/{_checkout(h)['id']}"),
    "updateCheckout": lambda h: h.user.patch(
        f"/checkouts/{_checkout(h)['id']}",
        json={"email": "reader@example.com", "requestedDiscountCodes": ["SPRING"]},
    ),
    "listFulfillments": lambda h: (
        h.user.post(
            "/fulfillments", json={"sku": h.fake.records("products")[1]["sku"]}
        ),
        h.user.get("/fulfillments"),
    )[1],
    "createFulfillment": lambda h: h.user.post(
        "/fulfillments", json={"sku": h.fake.records("products")[1]["sku"], "copies": 2}
    ),
    "getPaywall": lambda h: h.user.get(
        f"/paywalls/{h.fake.records('paywalls')[0]['id']}"
    ),
    "listPaymentIssues": lambda h: h.user.get("/payment-issues"),
    "listTransactions": lambda h: h.user.get("/transactions"),
    "getVendor": lambda h: h.user.get("/vendor"),
    "listVendors": lambda h: h.user.get("/vendors"),
    "proxyContent": lambda h: h.user.get(
        "/proxy", params={"url": "https://example.com/article", "selector": "main"}
    ),
}

# --- Management API cases ---------------------------------------------------------


def _user_id(h: Harness) -> str:
    return str(h.fake.user_ids()[1])


def _access_list_id(h: Harness) -> str:
    return str(h.fake.records("access_lists")[0]["id"])


def _grant_path(h: Harness) -> str:
    list_id = _access_list_id(h)
    grant = h.first(f"/management/access-lists/{list_id}/grants", h.admin)
    return f"/management/access-lists/{list_id}/grants/{grant['id']}"


def _with_metadata(h: Harness) -> str:
    path = f"/management/users/{_user_id(h)}/user_metadata/plan"
    h.admin.put(path, content=b"gold", headers={"Content-Type": "text/plain"})
    return path


MANAGEMENT_CASES: dict[str, Case] = {
    "listVendors": lambda h: h.admin.get("/management/vendors"),
    "createVendor": lambda h: h.admin.post(
        "/management/vendors",
        json={"name": "Vendor C", "id": "vendor-c", "country": "SE"},
    ),
    "listBills": lambda h: h.admin.get("/management/bills", params={"status": "PAID"}),
    "getBill": lambda h: h.admin.get(
        f"/management/bills/{h.fake.records('bills')[0]['id']}"
    ),
    "listUsers": lambda h: h.admin.get("/management/users", params={"limit": 5}),
    "createUser": lambda h: h.admin.post(
        "/management/users", json={"email": "new.reader@example.com", "name": "New R"}
    ),
    "getUser": lambda h: h.admin.get(f"/management/users/{_user_id(h)}"),
    "updateUser": lambda h: h.admin.patch(
        f"/management/users/{_user_id(h)}", json={"firstName": "Renamed"}
    ),
    "deleteUser": lambda h: h.admin.delete(f"/management/users/{_user_id(h)}"),
    "setUserPassword": lambda h: h.admin.post(
        f"/management/users/{_user_id(h)}/set-password",
        json={"password": "correct horse battery"},
    ),
    "changeUserLoginIdentifier": lambda h: h.admin.post(
        f"/management/users/{_user_id(h)}/change-login-identifier",
        json={"email": "changed@example.com"},
    ),
    "setUserMetadataValue": lambda h: h.admin.put(
        f"/management/users/{_user_id(h)}/user_metadata/plan",
        content=b"gold",
        headers={"Content-Type": "text/plain"},
    ),
    "deleteUserMetadataValue": lambda h: h.admin.delete(_with_metadata(h)),
    "listProducts": lambda h: h.admin.get("/management/products"),
    "createProduct": lambda h: h.admin.post(
        "/management/products",
        json={"sku": "new-sku", "title": "New", "productType": "ARTICLE"},
    ),
    "getProduct": lambda h: h.admin.get(
        f"/management/products/{h.fake.records('products')[0]['sku']}"
    ),
    "updateProduct": lambda h: h.admin.patch(
        f"/management/products/{h.fake.records('products')[0]['sku']}",
        json={"title": "Renamed"},
    ),
    "listProductFulfillments": lambda h: (
        h.user.post(
            "/fulfillments", json={"sku": h.fake.records("products")[1]["sku"]}
        ),
        h.admin.get(
            f"/management/products/{h.fake.records('products')[1]['sku']}/fulfillments"
        ),
    )[1],
    "listContracts": lambda h: h.admin.get(
        "/management/contracts", params={"status": "ACTIVE", "limit": 10}
    ),
    "getContract": lambda h: h.admin.get(
        f"/management/contracts/{h.fake.records('contracts')[0]['id']}"
    ),
    "listTransactions": lambda h: h.admin.get("/management/transactions"),
    "listEntitlements": lambda h: h.admin.get("/management/entitlements"),
    "getCustomer": lambda h: h.admin.get(f"/management/customers/{_user_id(h)}"),
    "listAccessLists": lambda h: h.admin.get("/management/access-lists"),
    "createAccessList": lambda h: h.admin.post(
        "/management/access-lists",
        json={"name": "Partners", "type": "MANUAL", "status": "DRAFT"},
    ),
    "getAccessList": lambda h: h.admin.get(
        f"/management/access-lists/{_access_list_id(h)}"
    ),
    "replaceAccessList": lambda h: h.admin.put(
        f"/management/access-lists/{_access_list_id(h)}",
        json={"name": "Replaced", "status": "CANCELED"},
    ),
    "updateAccessList": lambda h: h.admin.patch(
        f"/management/access-lists/{_access_list_id(h)}",
        json={"description": "Patched"},
    ),
    "listGrants": lambda h: h.admin.get(
        f"/management/access-lists/{_access_list_id(h)}/grants"
    ),
    "createGrant": lambda h: h.admin.post(
        f"/management/access-lists/{_access_list_id(h)}/grants",
        json={
            "email": "partner@example.com",
            "sku": h.fake.records("products")[0]["sku"],
            "poId": "one-time",
            "status": "ACTIVE",
            "source": "MANUAL",
            "startsAt": "2025-01-01T00:00:00Z",
        },
    ),
    "getGrant": lambda h: h.admin.get(_grant_path(h)),
    "updateGrant": lambda h: h.admin.put(_grant_path(h), json={"status": "INACTIVE"}),
    "deleteGrant": lambda h: h.admin.delete(_grant_path(h)),
}

CASES = {"client": CLIENT_CASES, "management": MANAGEMENT_CASES}
ALL_OPERATIONS = [
    (api, operation_id, method, template)
    for api in APIS
    for operation_id, method, template in operations(api)
]


@pytest.mark.parametrize("api", APIS)
def test_every_operation_of_the_snapshot_has_a_conformance_case(api: str) -> None:
    missing = {op for op, _, _ in operations(api)} - set(CASES[api])
    stale = set(CASES[api]) - {op for op, _, _ in operations(api)}

    assert not missing, f"operations without a case: {sorted(missing)}"
    assert not stale, f"cases for no operation: {sorted(stale)}"


def test_the_snapshots_hold_the_documented_operation_counts() -> None:
    assert len(operations("client")) == 42
    assert len(operations("management")) == 33


@pytest.mark.parametrize("shape", ["array", "envelope"])
@pytest.mark.parametrize(
    ("api", "operation_id", "method", "template"),
    ALL_OPERATIONS,
    ids=[f"{api}.{op}" for api, op, _, _ in ALL_OPERATIONS],
)
def test_operation_answers_a_response_that_conforms_to_the_snapshot(
    shape: str, api: str, operation_id: str, method: str, template: str
) -> None:
    harness = _harness(shape)

    response = CASES[api][operation_id](harness)

    assert response.request.method == method
    assert 200 <= response.status_code < 300, response.text
    schema = success_schema(api, method, template)
    is_list = method == "GET" and schema is not None and schema.get("type") == "array"
    if is_list and shape == "envelope":
        response = unwrap_envelope(response)
    if is_list:
        assert response.json(), f"{operation_id} listed nothing to validate"
    validate_response(api, response)
