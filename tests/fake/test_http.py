"""Over real HTTP on loopback: tenancy, authentication, the token endpoint, limits."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator

import httpx
import pytest

from sesamy_facade.testing import AUDIENCE, ISSUER, FakeSesamy, RateLimit


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def served(
    server_fake: tuple[FakeSesamy, str],
) -> Iterator[tuple[FakeSesamy, httpx.Client]]:
    fake, url = server_fake
    with httpx.Client(base_url=url, timeout=5) as http:
        yield fake, http


# --- Tenancy ---------------------------------------------------------------------


def test_a_vendor_lists_only_its_own_contracts(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    token = fake.issue_token("vendor-a", sub="ops@clients")

    listed = http.get("/management/contracts", headers=_bearer(token)).json()

    own = {c["id"] for c in fake.records("contracts", "vendor-a")}
    assert {c["id"] for c in listed} == own
    assert not own & {c["id"] for c in fake.records("contracts", "vendor-b")}


def test_a_vendor_cannot_get_another_vendors_contract(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    token = fake.issue_token("vendor-a", sub="ops@clients")
    foreign = fake.records("contracts", "vendor-b")[0]["id"]

    response = http.get(f"/management/contracts/{foreign}", headers=_bearer(token))

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "resource_not_found"


def test_a_vendor_cannot_read_another_vendors_user(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    token = fake.issue_token("vendor-a", sub="ops@clients")
    foreign = fake.user_ids("vendor-b")[0]

    response = http.get(f"/management/users/{foreign}", headers=_bearer(token))

    assert response.status_code == 404


def test_a_user_cannot_get_another_users_contract(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    first, second = fake.user_ids()[:2]
    theirs = next(c["id"] for c in fake.records("contracts") if c["userId"] == second)
    token = fake.issue_token("vendor-a", sub=first)

    response = http.get(f"/contracts/{theirs}", headers=_bearer(token))

    assert response.status_code == 404


def test_client_contract_listing_holds_only_the_tokens_user(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    user_id = fake.user_ids()[0]
    token = fake.issue_token("vendor-a", sub=user_id)

    listed = http.get("/contracts", headers=_bearer(token)).json()

    assert listed
    assert {c["userId"] for c in listed} == {user_id}


# --- Authentication and permissions ----------------------------------------------


def _assert_envelope(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code
    assert error["request_id"] == response.headers["X-Request-Id"]
    assert isinstance(error["message"], str)
    assert isinstance(error["details"], dict)


def test_a_request_without_a_token_is_refused_with_401(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    _, http = served

    response = http.get("/contracts")

    _assert_envelope(response, 401, "authentication_required")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_malformed_token_is_refused_with_401(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    _, http = served

    response = http.get("/contracts", headers=_bearer("not.a-jwt"))

    _assert_envelope(response, 401, "authentication_required")


def test_an_expired_token_is_refused_with_401(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    token = fake.issue_token("vendor-a", expires_in=-5)

    response = http.get("/contracts", headers=_bearer(token))

    _assert_envelope(response, 401, "authentication_required")


def test_a_token_signed_with_another_key_is_refused_with_401(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    _, http = served
    stranger = FakeSesamy(users=1, contracts_per_user=1, signing_key=b"k" * 32)
    token = stranger.issue_token("vendor-a")

    response = http.get("/contracts", headers=_bearer(token))

    _assert_envelope(response, 401, "authentication_required")


def test_a_token_whose_claims_were_edited_is_refused_with_401(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    header, claims, signature = fake.issue_token("vendor-a").split(".")
    decoded = json.loads(base64.urlsafe_b64decode(claims + "=="))
    decoded["vendor_id"] = "vendor-b"
    forged = base64.urlsafe_b64encode(json.dumps(decoded).encode()).rstrip(b"=")

    response = http.get(
        "/contracts", headers=_bearer(f"{header}.{forged.decode()}.{signature}")
    )

    _assert_envelope(response, 401, "authentication_required")


def test_a_token_without_the_permission_is_refused_with_403(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    token = fake.issue_token("vendor-a", permissions=["read:bills"])

    response = http.get("/contracts", headers=_bearer(token))

    _assert_envelope(response, 403, "insufficient_permissions")
    assert response.json()["error"]["details"]["required"] == "read:contracts"


def test_a_read_permission_does_not_allow_writing(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    token = fake.issue_token("vendor-a", permissions=["read:tags"])

    response = http.post("/tags", json={"tag": "x"}, headers=_bearer(token))

    _assert_envelope(response, 403, "insufficient_permissions")


def test_issued_tokens_carry_the_documented_claims(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, _ = served
    token = fake.issue_token("vendor-b", sub="user-x", permissions=["read:bills"])

    claims = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))

    assert claims["aud"] == AUDIENCE
    assert claims["iss"] == ISSUER
    assert claims["sub"] == "user-x"
    assert claims["vendor_id"] == "vendor-b"
    assert claims["permissions"] == ["read:bills"]
    assert claims["exp"] - claims["iat"] == 3600


# --- Token endpoint ----------------------------------------------------------------


def test_client_credentials_are_exchanged_for_a_working_token(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.add_client_credentials("backend", "s3cret", vendor_id="vendor-b")

    answer = http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "backend",
            "client_secret": "s3cret",
            "audience": AUDIENCE,
        },
    )

    assert answer.status_code == 200
    body = answer.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 86400
    users = http.get("/management/users", headers=_bearer(body["access_token"]))
    assert {u["userId"] for u in users.json()} <= set(fake.user_ids("vendor-b"))


def test_a_wrong_client_secret_is_refused_as_oauth_invalid_client(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.add_client_credentials("backend", "s3cret")

    answer = http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "backend",
            "client_secret": "guess",
        },
    )

    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"
    assert "error_description" in answer.json()


def test_the_token_endpoint_accepts_http_basic_client_authentication(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.add_client_credentials("backend", "s3cret")

    answer = http.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=("backend", "s3cret"),
    )

    assert answer.status_code == 200


def test_recorded_requests_keep_no_authorization_header_nor_token_form(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.add_client_credentials("backend", "s3cret")
    http.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "backend",
            "client_secret": "s3cret",
        },
    )
    http.get("/contracts?limit=5", headers=_bearer(fake.issue_token()))

    token_call, list_call = list(fake.requests)[-2:]

    assert token_call.body == b""
    assert list_call.method == "GET"
    assert list_call.path == "/contracts?limit=5"
    assert "authorization" not in list_call.headers


# --- Rate limits -----------------------------------------------------------------


@pytest.fixture
def limited() -> Iterator[tuple[FakeSesamy, httpx.Client]]:
    fake = FakeSesamy(
        users=3,
        contracts_per_user=1,
        rate_limit=RateLimit(per_minute=60, burst=3),
        management_rate_limit=RateLimit(per_minute=60, burst=2),
    )
    with fake.serve() as server, httpx.Client(base_url=server.url, timeout=5) as http:
        yield fake, http


def test_every_response_carries_the_rate_limit_headers(
    limited: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = limited
    token = _bearer(fake.issue_token())

    answers = [
        http.get("/contracts", headers=token),
        http.get("/contracts/nope", headers=token),
        http.get("/contracts", params={"limit": 0}, headers=token),
    ]

    assert [a.status_code for a in answers] == [200, 404, 400]
    assert [a.headers["X-RateLimit-Remaining"] for a in answers] == ["2", "1", "0"]
    for answer in answers:
        assert answer.headers["X-RateLimit-Limit"] == "60"
        assert int(answer.headers["X-RateLimit-Reset"]) >= int(time.time())


def test_an_exhausted_burst_is_answered_429_with_retry_after(
    limited: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = limited
    token = _bearer(fake.issue_token())

    statuses = [http.get("/contracts", headers=token).status_code for _ in range(3)]
    refused = http.get("/contracts", headers=token)

    assert statuses == [200, 200, 200]
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert error["code"] == "rate_limit_exceeded"
    assert error["retry_after"] == int(refused.headers["Retry-After"]) >= 1
    assert refused.headers["X-RateLimit-Remaining"] == "0"


def test_the_management_api_has_its_own_bucket_per_vendor(
    limited: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = limited
    first = _bearer(fake.issue_token("vendor-a", sub="one@clients"))
    second = _bearer(fake.issue_token("vendor-a", sub="two@clients"))
    other_vendor = _bearer(fake.issue_token("vendor-b", sub="three@clients"))

    http.get("/management/products", headers=first)
    http.get("/management/products", headers=second)
    refused = http.get("/management/products", headers=first)
    elsewhere = http.get("/management/products", headers=other_vendor)
    client_api = http.get("/contracts", headers=first)

    assert refused.status_code == 429
    assert elsewhere.status_code == 200
    assert client_api.status_code == 200


def test_a_bucket_refills_at_the_per_minute_rate() -> None:
    fake = FakeSesamy(
        users=1, contracts_per_user=1, rate_limit=RateLimit(per_minute=600, burst=1)
    )
    token = _bearer(fake.issue_token())
    with fake.serve() as server, httpx.Client(base_url=server.url) as http:
        http.get("/contracts", headers=token)
        refused = http.get("/contracts", headers=token)
        time.sleep(0.15)  # 600/minute is one token every 0.1 s
        again = http.get("/contracts", headers=token)

    assert refused.status_code == 429
    assert again.status_code == 200


# --- Server ------------------------------------------------------------------------


def test_the_server_keeps_connections_alive_between_requests(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    token = _bearer(fake.issue_token())
    ports = set()

    for _ in range(5):
        response = http.get("/vendor", headers=token)
        stream = response.extensions["network_stream"]
        ports.add(stream.get_extra_info("client_addr")[1])

    assert len(ports) == 1


def test_every_response_carries_a_request_id(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served

    ids = {
        http.get("/vendor", headers=_bearer(fake.issue_token())).headers[
            "X-Request-Id"
        ],
        http.get("/nowhere").headers["X-Request-Id"],
        http.post("/oauth/token", data={}).headers["X-Request-Id"],
    }

    assert len(ids) == 3


def test_the_server_releases_its_port_on_exit() -> None:
    fake = FakeSesamy(users=1, contracts_per_user=1)
    with fake.serve() as server:
        url = server.url

    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/vendor", timeout=2)


def test_listing_twenty_thousand_contracts_in_pages_of_100_is_fast() -> None:
    fake = FakeSesamy.seeded(contracts=20_000, vendors=("vendor-a",))
    token = _bearer(fake.issue_token("vendor-a", sub="ops@clients"))
    seen = 0
    with fake.serve() as server, httpx.Client(base_url=server.url) as http:
        started = time.perf_counter()
        for offset in range(0, 20_000, 100):
            page = http.get(
                "/management/contracts",
                params={"limit": 100, "offset": offset},
                headers=token,
            )
            seen += len(page.json())
        elapsed = time.perf_counter() - started

    assert seen == 20_000
    # Client and server share this process and its two cores; the budget is loose.
    assert elapsed < 5.0


def test_the_server_reads_chunked_request_bodies(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served

    def body() -> Iterator[bytes]:
        yield b'{"value": '
        yield b'"streamed"}'

    created = http.post("/tallies", content=body(), headers=_bearer(fake.issue_token()))
    listed = http.get("/tallies", headers=_bearer(fake.issue_token()))

    assert created.status_code == 201
    assert created.json()["value"] == ["streamed"]
    assert listed.status_code == 200
