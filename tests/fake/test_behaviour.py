"""The fake keeps state the way the documentation describes Sesamy doing."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from sesamy_facade.testing import FakeSesamy

from .conftest import SPEC_SERVER, client_for


@pytest.fixture
def user(fake: FakeSesamy) -> httpx.Client:
    return client_for(fake, fake.issue_token("vendor-a", sub=fake.user_ids()[0]))


@pytest.fixture
def admin(fake: FakeSesamy) -> httpx.Client:
    return client_for(fake, fake.issue_token("vendor-a", sub="ops@clients"))


# --- Seed ----------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_records_and_ids() -> None:
    first = FakeSesamy(seed=9, users=5, contracts_per_user=2)
    second = FakeSesamy(seed=9, users=5, contracts_per_user=2)

    assert first.records("contracts") == second.records("contracts")
    assert first.user_ids("vendor-b") == second.user_ids("vendor-b")


def test_another_seed_gives_other_ids() -> None:
    first = FakeSesamy(seed=1, users=5, contracts_per_user=2)
    second = FakeSesamy(seed=2, users=5, contracts_per_user=2)

    assert first.user_ids() != second.user_ids()


def test_seeded_creates_exactly_the_requested_contracts_per_vendor() -> None:
    fake = FakeSesamy.seeded(contracts=1001, contracts_per_user=3)

    assert len(fake.records("contracts", "vendor-a")) == 1001
    assert len(fake.records("contracts", "vendor-b")) == 1001
    assert len(fake.user_ids()) == 334


def test_seeding_a_hundred_thousand_contracts_takes_seconds() -> None:
    started = time.perf_counter()
    fake = FakeSesamy.seeded(contracts=100_000, vendors=("vendor-a",))

    assert time.perf_counter() - started < 10
    assert len(fake.user_ids()) == 50_000


# --- Errors --------------------------------------------------------------------------


def test_an_unknown_path_is_answered_404_in_the_envelope(user: httpx.Client) -> None:
    response = user.get("/no-such-thing")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "resource_not_found"


def test_a_missing_required_body_field_is_a_validation_error_naming_it(
    admin: httpx.Client, fake: FakeSesamy
) -> None:
    list_id = fake.records("access_lists")[0]["id"]

    response = admin.post(
        f"/management/access-lists/{list_id}/grants",
        json={"sku": "x", "poId": "p", "status": "ACTIVE", "source": "API"},
    )

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["details"]["field"] == "email"


def test_an_enum_field_outside_its_values_is_a_validation_error(
    admin: httpx.Client,
) -> None:
    response = admin.post(
        "/management/access-lists",
        json={"name": "L", "type": "SOMETHING", "status": "ACTIVE"},
    )

    assert response.status_code == 400
    assert response.json()["error"]["details"]["field"] == "type"


def test_a_body_that_is_not_json_is_a_validation_error(user: httpx.Client) -> None:
    response = user.post(
        "/tallies", content=b"{oops", headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400
    assert response.json()["error"]["details"]["field"] == "body"


def test_an_unknown_filter_value_from_an_enum_is_a_validation_error(
    admin: httpx.Client,
) -> None:
    response = admin.get("/management/bills", params={"status": "LOST"})

    assert response.status_code == 400
    assert response.json()["error"]["details"]["field"] == "status"


# --- State ---------------------------------------------------------------------------


def test_cancelling_a_contract_stops_renewal_but_keeps_it_listed(
    fake: FakeSesamy,
) -> None:
    contract = next(
        c
        for c in fake.records("contracts")
        if c["contractDuration"] == "RECURRING" and c["nextBillAt"]
    )
    user = client_for(fake, fake.issue_token("vendor-a", sub=contract["userId"]))

    user.post(f"/contracts/{contract['id']}/cancel")
    after = user.get(f"/contracts/{contract['id']}").json()

    assert after["willCancelAt"] == contract["nextBillAt"]
    assert after["cancelRequestedAt"] is not None
    assert after["nextBillAt"] is None
    assert after["isActive"] == contract["isActive"]


def test_a_confirmed_amendment_adds_its_discount_to_the_contract(
    fake: FakeSesamy, user: httpx.Client
) -> None:
    contract_id = user.get("/contracts").json()[0]["id"]
    amendment = user.post(
        f"/contracts/{contract_id}/amendments", json={"discountCode": "SPRING"}
    ).json()

    before = user.get(f"/contracts/{contract_id}").json()["appliedDiscounts"]
    user.post(f"/contracts/{contract_id}/amendments/{amendment['id']}/confirm")
    after = user.get(f"/contracts/{contract_id}").json()["appliedDiscounts"]

    assert before == []
    assert [d["code"] for d in after] == ["SPRING"]


def test_a_deleted_user_is_gone_from_the_management_api(
    fake: FakeSesamy, admin: httpx.Client
) -> None:
    user_id = fake.user_ids()[3]

    deleted = admin.delete(f"/management/users/{user_id}")

    assert deleted.status_code == 204
    assert admin.get(f"/management/users/{user_id}").status_code == 404
    assert user_id not in fake.user_ids()


def test_a_created_user_can_be_found_by_search(admin: httpx.Client) -> None:
    created = admin.post(
        "/management/users", json={"email": "Zed.Reader@example.com", "name": "Zed R"}
    ).json()

    found = admin.get("/management/users", params={"search": "zed.reader"}).json()

    assert [u["userId"] for u in found] == [created["userId"]]


def test_a_taken_email_cannot_be_used_for_another_user(
    fake: FakeSesamy, admin: httpx.Client
) -> None:
    taken = fake.records("users")[0]["email"]

    response = admin.post("/management/users", json={"email": taken})

    assert response.status_code == 400
    assert response.json()["error"]["details"]["field"] == "email"


def test_user_metadata_set_by_the_client_api_shows_in_the_profile(
    fake: FakeSesamy, user: httpx.Client, admin: httpx.Client
) -> None:
    user.put("/user-metadata/theme", content=b"dark")

    profile = admin.get(f"/management/users/{fake.user_ids()[0]}").json()

    assert profile["user_metadata"]["theme"] == "dark"
    assert user.get("/user-metadata").json()["theme"] == "dark"


def test_a_fifo_tally_keeps_only_its_newest_values(user: httpx.Client) -> None:
    tally = user.post(
        "/tallies", json={"value": 1, "policies": {"maxItems": 2, "overflow": "fifo"}}
    ).json()

    user.post(f"/tallies/{tally['id']}/push", json={"value": 2})
    values = user.post(f"/tallies/{tally['id']}/push", json={"value": 3}).json()

    assert values == [2, 3]


def test_another_users_tally_is_not_found(fake: FakeSesamy, user: httpx.Client) -> None:
    tally = user.post("/tallies", json={"value": 1}).json()
    other = client_for(fake, fake.issue_token("vendor-a", sub=fake.user_ids()[1]))

    assert other.get(f"/tallies/{tally['id']}").status_code == 404


def test_a_created_vendor_is_listed_and_accepts_its_own_tokens(
    fake: FakeSesamy, admin: httpx.Client
) -> None:
    admin.post("/management/vendors", json={"id": "vendor-z", "name": "Zeta"})

    listed = {v["id"] for v in admin.get("/management/vendors").json()}
    own = client_for(fake, fake.issue_token("vendor-z", sub="ops@clients"))

    assert listed == {"vendor-a", "vendor-z"}
    assert own.get("/management/contracts").json() == []


def test_auto_onboarding_grants_the_product_once(
    fake: FakeSesamy, user: httpx.Client
) -> None:
    sku = fake.records("products")[5]["sku"]

    user.post(f"/products/{sku}/auto-onboard")
    again = user.post(f"/products/{sku}/auto-onboard").json()

    assert len(again) == 1
    assert again[0]["sku"] == sku


def test_the_management_contract_filter_by_user_returns_only_theirs(
    fake: FakeSesamy, admin: httpx.Client
) -> None:
    user_id = fake.user_ids()[2]

    listed = admin.get("/management/contracts", params={"userId": user_id}).json()

    assert len(listed) == 3
    assert {c["userId"] for c in listed} == {user_id}


def test_the_transport_serves_async_clients(fake: FakeSesamy) -> None:
    async def fetch() -> int:
        headers = {"Authorization": f"Bearer {fake.issue_token()}"}
        async with httpx.AsyncClient(
            transport=fake.transport(), base_url=SPEC_SERVER, headers=headers
        ) as http:
            return len((await http.get("/contracts")).json())

    assert asyncio.run(fetch()) == 3


def test_the_fakes_repr_holds_no_signing_key() -> None:
    fake = FakeSesamy(users=1, contracts_per_user=1, signing_key=b"sekrit-key-123")

    assert "sekrit" not in repr(fake)
