"""
Typed body keywords: right calls type-check and run, wrong ones are rejected by mypy.

`make lint` runs mypy --strict over this file, so its calls are the proof that a
correct call type-checks; the tests below also run them over loopback HTTP. The
last group runs mypy on a small file of its own to prove that it rejects mistakes.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, assert_type

import pytest
from sesamy_management_api.models.create_grant_status import CreateGrantStatus
from sesamy_management_api.models.grant import Grant
from sesamy_management_api.models.grant_address import GrantAddress
from sesamy_management_api.models.profile import Profile
from sesamy_management_api.models.set_user_password_body import SetUserPasswordBody

from sesamy_facade import AsyncSesamyManagement, SesamyClient, SesamyManagement

ROOT = Path(__file__).resolve().parents[2]
_STAMPS = {"createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z"}
GRANT = {
    "id": "g1",
    "source": "api",
    "email": "ada@example.com",
    "sku": "sku-1",
    "poId": "po-1",
    "status": "ACTIVE",
}
ACCESS_LIST = {"id": "l1", "name": "Partners", "type": "MANUAL", "status": "DRAFT"}


def test_typed_keywords_send_enum_datetime_and_nested_values(server: Any) -> None:
    server.script(
        "POST", "/management/access-lists/l1/grants", server.reply(200, GRANT)
    )
    with SesamyManagement("t", base_url=server.url) as mgmt:
        grant = mgmt.access_lists.grants.create(
            "l1",
            email="ada@example.com",
            sku="sku-1",
            po_id="po-1",
            status=CreateGrantStatus.ACTIVE,
            source="api",
            starts_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
            delivery_address=GrantAddress(city="Malmö"),
        )
    assert_type(grant, Grant)
    assert json.loads(server.requests[0].body) == {
        "email": "ada@example.com",
        "sku": "sku-1",
        "poId": "po-1",
        "status": "ACTIVE",
        "source": "api",
        "startsAt": "2026-01-01T00:00:00+00:00",
        "deliveryAddress": {"city": "Malmö"},
    }


def test_a_plain_string_for_a_body_enum_is_sent_as_that_value(server: Any) -> None:
    server.script(
        "POST", "/management/access-lists/l1/grants", server.reply(200, GRANT)
    )
    with SesamyManagement("t", base_url=server.url) as mgmt:
        mgmt.access_lists.grants.create(
            "l1", email="a", sku="s", po_id="p", status="ACTIVE", source="x"
        )
    assert json.loads(server.requests[0].body)["status"] == "ACTIVE"


def test_an_unknown_body_enum_value_is_refused_before_sending(server: Any) -> None:
    with (
        SesamyManagement("t", base_url=server.url) as mgmt,
        pytest.raises(ValueError, match=r"^createGrant: status takes one of") as raised,
    ):
        mgmt.access_lists.grants.create(  # type: ignore[call-overload]
            "l1", email="a", sku="s", po_id="p", status="ACTVE", source="x"
        )
    assert "'INACTIVE'" in str(raised.value)
    assert server.requests == []


def test_body_alone_type_checks_where_properties_are_required(server: Any) -> None:
    server.script("POST", "/management/users/u1/set-password", server.reply(204))
    with SesamyManagement("t", base_url=server.url) as mgmt:
        mgmt.users.set_password("u1", body=SetUserPasswordBody(password="pw-1"))
    assert json.loads(server.requests[0].body) == {"password": "pw-1"}


def test_a_number_is_a_tally_value(server: Any) -> None:
    tally = {"id": "t1", "value": [3], **_STAMPS}
    server.script("POST", "/tallies", server.reply(200, tally))
    with SesamyClient("t", base_url=server.url) as client:
        client.tallies.create(value=3)
    assert json.loads(server.requests[0].body) == {"value": 3}


@pytest.mark.anyio
async def test_async_plain_string_for_a_body_enum_is_sent(server: Any) -> None:
    server.script(
        "PATCH", "/management/access-lists/l1", server.reply(200, ACCESS_LIST)
    )
    async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
        await mgmt.access_lists.update("l1", type_="MANUAL", status="DRAFT")
    body = json.loads(server.requests[0].body)
    assert (body["type"], body["status"]) == ("MANUAL", "DRAFT")


@pytest.mark.anyio
async def test_async_typed_keywords_send_the_body(server: Any) -> None:
    server.script(
        "POST", "/management/users", server.reply(200, {"userId": "u1", **_STAMPS})
    )
    async with AsyncSesamyManagement("t", base_url=server.url) as mgmt:
        user = await mgmt.users.create(email="ada@example.com", first_name="Ada")
    assert_type(user, Profile)
    assert json.loads(server.requests[0].body) == {
        "email": "ada@example.com",
        "firstName": "Ada",
    }


# Each line of the program mypy checks ends with its mark: `ok` lines must pass,
# every other mark names the mistake mypy must reject on that line.
PROGRAM = """\
import datetime

from sesamy_facade import AsyncSesamyManagement, SesamyManagement
from sesamy_management_api.models.create_grant_status import CreateGrantStatus


def sync_calls(mgmt: SesamyManagement) -> None:
    users, grants = mgmt.users, mgmt.access_lists.grants
    g = grants.create
    when, active = datetime.datetime(2026, 1, 1), CreateGrantStatus.ACTIVE
    users.create(email="ada@example.com", first_name="Ada")  # ok
    users.create(body={"email": "ada@example.com"})  # ok
    g("l1", email="a", sku="s", po_id="p", source="x", status=active)  # ok
    grants.update("l1", "g1", ends_at=when, notes="renewed")  # ok
    users.create(emial="ada@example.com")  # misspelt
    users.create(email=42)  # wrong-type
    grants.update("l1", "g1", ends_at="2026-01-01")  # wrong-type-datetime
    users.create(first_name="Ada")  # missing-required
    users.create(body={"email": "a"}, email="b")  # body-and-keywords
    g("l1", email="a", sku="s", po_id="p", source="x", status="ACTIVE")  # ok
    g("l1", email="a", sku="s", po_id="p", source="x", status="ACTVE")  # enum-misspelt
    g("l1", email="a", sku="s", po_id="p", source="x", status="active")  # enum-case


async def async_calls(mgmt: AsyncSesamyManagement) -> None:
    await mgmt.users.create(email="ada@example.com")  # ok
    await mgmt.users.create(emial="ada@example.com")  # async-misspelt
"""
MISTAKES = [
    "misspelt",
    "wrong-type",
    "wrong-type-datetime",
    "missing-required",
    "body-and-keywords",
    "enum-misspelt",
    "enum-case",
    "async-misspelt",
]
_ERROR = re.compile(r"^[^:]+:(?P<line>\d+): error: (?P<message>.*)$")


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy's error messages on PROGRAM, by the mark of the line they are on."""
    folder = tmp_path_factory.mktemp("typed_bodies")
    program = folder / "calls.py"
    program.write_text(PROGRAM)
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(folder / "cache")]
    # From the repository root, so that pyproject's mypy settings (strict, where
    # the generated packages live) apply as in `make lint`.
    done = subprocess.run(
        [*command, str(program)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    marks = [line.rsplit("# ", 1)[-1] for line in PROGRAM.splitlines()]
    errors: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        found = _ERROR.match(line)
        if found is not None:
            mark = marks[int(found["line"]) - 1]
            errors.setdefault(mark, []).append(found["message"])
    return errors


def test_mypy_accepts_correct_keyword_and_body_calls(
    mypy_errors: dict[str, list[str]],
) -> None:
    assert "ok" not in mypy_errors
    assert set(mypy_errors) <= set(MISTAKES), mypy_errors


def test_mypy_rejects_a_misspelt_keyword(mypy_errors: dict[str, list[str]]) -> None:
    assert any('"emial"' in message for message in mypy_errors["misspelt"])


def test_mypy_rejects_a_misspelt_keyword_on_async_methods(
    mypy_errors: dict[str, list[str]],
) -> None:
    assert any('"emial"' in message for message in mypy_errors["async-misspelt"])


def test_mypy_rejects_a_wrong_value_type(mypy_errors: dict[str, list[str]]) -> None:
    assert any('"int"' in message for message in mypy_errors["wrong-type"])


def test_mypy_rejects_a_string_where_a_datetime_is_expected(
    mypy_errors: dict[str, list[str]],
) -> None:
    assert mypy_errors["wrong-type-datetime"]


def test_mypy_rejects_a_missing_required_property(
    mypy_errors: dict[str, list[str]],
) -> None:
    assert mypy_errors["missing-required"]


def test_mypy_rejects_body_and_keywords_together(
    mypy_errors: dict[str, list[str]],
) -> None:
    assert mypy_errors["body-and-keywords"]


# mypy's message for an overloaded call does not quote the value; the line above
# each of these, the same call with status="ACTIVE", is an `ok` line.
def test_mypy_rejects_a_misspelt_body_enum_value(
    mypy_errors: dict[str, list[str]],
) -> None:
    assert any("No overload variant" in m for m in mypy_errors["enum-misspelt"])


def test_mypy_rejects_a_body_enum_value_in_the_wrong_case(
    mypy_errors: dict[str, list[str]],
) -> None:
    assert any("No overload variant" in m for m in mypy_errors["enum-case"])
