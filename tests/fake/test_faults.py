"""Each injected fault does what it says, over real HTTP and in-process."""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from collections.abc import Iterator

import httpx
import pytest
from openapi_core.validation.response.exceptions import InvalidData

from sesamy_facade.testing import FakeSesamy

from .conftest import SPEC_SERVER, validate_response


@pytest.fixture
def served() -> Iterator[tuple[FakeSesamy, httpx.Client]]:
    fake = FakeSesamy(seed=2, users=4, contracts_per_user=3)
    fake.faults.max_hang = 2.0
    token = fake.issue_token("vendor-a", sub=fake.user_ids()[0])
    with (
        fake.serve() as server,
        httpx.Client(
            base_url=server.url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=3,
        ) as http,
    ):
        yield fake, http


# --- Statuses ----------------------------------------------------------------------


def test_queued_statuses_answer_in_order_then_normal_service_resumes(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.fail_next(503, 500)

    statuses = [http.get("/contracts").status_code for _ in range(3)]

    assert statuses == [503, 500, 200]


def test_an_injected_status_carries_the_documented_error_envelope(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.fail_next(503)

    response = http.get("/contracts")

    error = response.json()["error"]
    assert error["code"] == "service_unavailable"
    assert error["request_id"] == response.headers["X-Request-Id"]


def test_an_injected_429_announces_retry_after_in_seconds(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.fail_next(429, retry_after=7, rate_limit_reset=30)

    response = http.get("/contracts")

    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert response.json()["error"]["retry_after"] == 7
    reset = int(response.headers["X-RateLimit-Reset"])
    assert 25 <= reset - time.time() <= 31


def test_an_injected_429_can_announce_retry_after_as_an_http_date(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.fail_next(429, retry_after=120, retry_after_http_date=True)

    response = http.get("/contracts")

    moment = email.utils.parsedate_to_datetime(response.headers["Retry-After"])
    assert 110 <= moment.timestamp() - time.time() <= 121


def test_an_injected_429_can_omit_retry_after(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.fail_next(429, retry_after=None)

    response = http.get("/contracts")

    assert response.status_code == 429
    assert "Retry-After" not in response.headers
    assert "retry_after" not in response.json()["error"]


def test_a_matcher_aims_a_fault_at_one_method_and_path(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.fail_next(503, method="POST", path="/tags")

    listed = http.get("/contracts")
    other_post = http.post("/tallies", json={"value": 1})
    aimed = http.post("/tags", json={"tag": "a"})

    assert (listed.status_code, other_post.status_code) == (200, 201)
    assert aimed.status_code == 503
    assert fake.faults.pending == 0


def test_random_mode_fails_about_the_requested_share_repeatably() -> None:
    def failures() -> list[int]:
        fake = FakeSesamy(users=1, contracts_per_user=1)
        fake.faults.fail_randomly(0.2, statuses=(503,), seed=4)
        http = httpx.Client(
            transport=fake.transport(),
            base_url=SPEC_SERVER,
            headers={"Authorization": f"Bearer {fake.issue_token()}"},
        )
        return [i for i in range(300) if http.get("/vendor").status_code == 503]

    first, second = failures(), failures()

    assert first == second
    assert 30 <= len(first) <= 90


# --- Latency -------------------------------------------------------------------------


def test_latency_delays_matching_requests_only(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    # Margins wide enough for a loaded machine: only the gap is under test.
    fake.faults.add_latency(1.0, path="/contracts")

    started = time.perf_counter()
    http.get("/vendor")
    quick = time.perf_counter() - started
    started = time.perf_counter()
    http.get("/contracts")
    slow = time.perf_counter() - started

    assert quick < 0.8
    assert slow >= 1.0


def test_latency_under_an_async_client_does_not_block_the_event_loop() -> None:
    fake = FakeSesamy(users=1, contracts_per_user=1)
    fake.faults.add_latency(1.0)

    async def run() -> float:
        headers = {"Authorization": f"Bearer {fake.issue_token()}"}
        async with httpx.AsyncClient(
            transport=fake.transport(), base_url=SPEC_SERVER, headers=headers
        ) as http:
            started = time.perf_counter()
            await asyncio.gather(*(http.get("/vendor") for _ in range(5)))
            return time.perf_counter() - started

    # Five delayed requests one after another would take 5 s.
    assert asyncio.run(run()) < 3.5


# --- Bodies --------------------------------------------------------------------------


def test_malformed_json_fault_answers_unparseable_json(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.corrupt_next("malformed_json")

    response = http.get("/contracts")

    assert response.headers["Content-Type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_empty_body_fault_answers_no_bytes(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.corrupt_next("empty")

    response = http.get("/contracts")

    assert response.status_code == 200
    assert response.content == b""


def test_html_fault_answers_an_html_page(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.corrupt_next("html")

    response = http.get("/contracts")

    assert response.headers["Content-Type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")


def test_wrong_content_type_fault_keeps_the_json_under_text_plain(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.corrupt_next("wrong_content_type")

    response = http.get("/contracts")

    assert response.headers["Content-Type"].startswith("text/plain")
    assert isinstance(response.json(), list)


def test_bad_enum_fault_makes_the_response_break_the_schema(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.corrupt_next("bad_enum", path="/contracts")

    broken = http.get("/contracts")
    fine = http.get("/contracts")

    assert broken.json()[0]["contractDuration"] == "UNDOCUMENTED_VALUE"
    with pytest.raises(InvalidData):
        validate_response("client", _as_spec_host(broken))
    validate_response("client", _as_spec_host(fine))


def test_missing_required_fault_removes_a_required_field(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.corrupt_next("missing_required")

    broken = http.get("/vendor")

    assert "id" not in broken.json()
    with pytest.raises(InvalidData):
        validate_response("client", _as_spec_host(broken))


def test_truncated_fault_sends_less_than_its_content_length(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.corrupt_next("truncated")

    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/contracts")
    assert http.get("/contracts").status_code == 200


def _as_spec_host(response: httpx.Response) -> httpx.Response:
    request = response.request
    url = request.url.copy_with(scheme="https", host="api2.sesamy.com", port=None)
    moved = httpx.Request(request.method, url, headers=request.headers)
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
        request=moved,
    )


# --- Connections ---------------------------------------------------------------


def test_drop_fault_closes_the_connection_without_an_answer(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.disconnect_next("drop")

    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/contracts")
    assert http.get("/contracts").status_code == 200


def test_reset_fault_breaks_the_connection_mid_body(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.disconnect_next("reset")

    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        http.get("/contracts")
    assert http.get("/contracts").status_code == 200


def test_hang_fault_never_answers_until_the_client_gives_up(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.disconnect_next("hang")

    started = time.perf_counter()
    with pytest.raises(httpx.ReadTimeout):
        http.get("/contracts", timeout=0.5)

    assert time.perf_counter() - started >= 0.5
    assert http.get("/contracts").status_code == 200


def test_the_server_shuts_down_promptly_while_a_request_hangs() -> None:
    fake = FakeSesamy(users=1, contracts_per_user=1)
    fake.faults.max_hang = 30.0
    fake.faults.disconnect_next("hang")
    server = fake.serve()
    token = {"Authorization": f"Bearer {fake.issue_token()}"}
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{server.url}/vendor", headers=token, timeout=0.3)

    started = time.perf_counter()
    server.close()

    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("drop", httpx.RemoteProtocolError),
        ("reset", httpx.ReadError),
        ("hang", httpx.ReadTimeout),
    ],
)
def test_in_process_connection_faults_raise_what_httpx_raises_on_a_socket(
    kind: str, error: type[Exception]
) -> None:
    fake = FakeSesamy(users=1, contracts_per_user=1)
    fake.faults.disconnect_next(kind)  # type: ignore[arg-type]
    http = httpx.Client(
        transport=fake.transport(),
        base_url=SPEC_SERVER,
        headers={"Authorization": f"Bearer {fake.issue_token()}"},
    )

    with pytest.raises(error):
        http.get("/contracts")


def test_in_process_truncated_body_raises_remote_protocol_error_async() -> None:
    fake = FakeSesamy(users=1, contracts_per_user=1)
    fake.faults.corrupt_next("truncated")

    async def fetch() -> None:
        headers = {"Authorization": f"Bearer {fake.issue_token()}"}
        async with httpx.AsyncClient(
            transport=fake.transport(), base_url=SPEC_SERVER, headers=headers
        ) as http:
            await http.get("/contracts")

    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(fetch())


def test_clear_forgets_every_queued_fault(
    served: tuple[FakeSesamy, httpx.Client],
) -> None:
    fake, http = served
    fake.faults.fail_next(503)
    fake.faults.disconnect_next("drop")
    fake.faults.add_latency(5)

    fake.faults.clear()

    assert http.get("/contracts").status_code == 200
