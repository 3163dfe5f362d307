"""
`make record` (scripts/record_cassettes.py): repeatable, scrubbed, careful with real
environments. Everything runs against the fake on 127.0.0.1, into a temporary folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts import record_cassettes
from scripts._cassettes import PLACEHOLDER_ORIGIN, SCRUBBED
from sesamy_facade.testing import FakeSesamy

from ._contract import load
from .test_cassette_hygiene import leaks

SAMPLE = "client:createTally,client:listContracts,management:setUserPassword"


def _record(out: Path, *args: str, env: dict[str, str] | None = None) -> int:
    return record_cassettes.main([*args, "--out", str(out)], env=env or {})


@pytest.fixture
def fake() -> FakeSesamy:
    fake = FakeSesamy(seed=0, users=4, contracts_per_user=3)
    fake.add_client_credentials("live-recorder", "live-secret-value")
    return fake


@pytest.fixture
def live_env(fake: FakeSesamy) -> Iterator[dict[str, str]]:
    """Real-mode settings that point at a fake on loopback instead of Sesamy."""
    with fake.serve() as server:
        yield {
            "SESAMY_RECORD_BASE_URL": server.url,
            "SESAMY_TOKEN": fake.issue_token("vendor-a"),
            "SESAMY_CLIENT_ID": "live-recorder",
            "SESAMY_CLIENT_SECRET": "live-secret-value",
            "SESAMY_RECORD_TOKEN_URL": server.token_url,
        }


def test_recording_twice_against_the_fake_gives_identical_cassettes(
    tmp_path: Path,
) -> None:
    assert _record(tmp_path / "a", "--only", SAMPLE) == 0
    assert _record(tmp_path / "b", "--only", SAMPLE) == 0

    first = {
        p.relative_to(tmp_path / "a"): p.read_text()
        for p in (tmp_path / "a").rglob("*.yaml")
    }
    second = {
        p.relative_to(tmp_path / "b"): p.read_text()
        for p in (tmp_path / "b").rglob("*.yaml")
    }
    assert len(first) == 3
    assert first == second


def test_a_recorded_cassette_holds_the_call_but_no_password_token_or_port(
    tmp_path: Path,
) -> None:
    _record(tmp_path, "--only", "management:setUserPassword")
    path = tmp_path / "management" / "setUserPassword.yaml"

    recording = load(path)

    assert leaks(path.read_text()) == []
    assert recording.call.kwargs == {"body": {"password": SCRUBBED}}
    assert [e.uri.startswith(PLACEHOLDER_ORIGIN) for e in recording.exchanges] == [True]
    assert b'"password": "<scrubbed>"' in recording.exchanges[0].request_body


def test_an_unknown_operation_records_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _record(tmp_path, "--only", "client:noSuchOperation") == 1

    assert "nothing to record" in capsys.readouterr().err
    assert not tmp_path.exists() or not any(tmp_path.rglob("*.yaml"))


def test_live_mode_records_against_the_given_environment(
    tmp_path: Path, live_env: dict[str, str]
) -> None:
    assert _record(tmp_path, "--only", "getContract", env=live_env) == 0

    recordings = [load(p) for p in sorted(tmp_path.rglob("*.yaml"))]
    assert [(r.api, r.recorded_against) for r in recordings] == [
        ("client", "live"),
        ("management", "live"),
    ]
    assert all(
        e.uri.startswith(PLACEHOLDER_ORIGIN) for r in recordings for e in r.exchanges
    )
    text = "".join(p.read_text() for p in tmp_path.rglob("*.yaml"))
    assert leaks(text) == []
    assert "live-secret-value" not in text


def test_live_mode_leaves_out_writes_unless_asked(
    tmp_path: Path, live_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = _record(tmp_path, "--skip", _all_but("getVendor", "addTag"), env=live_env)

    assert code == 1
    assert "client:addTag: changes data; pass --writes" in capsys.readouterr().err
    assert [p.stem for p in tmp_path.rglob("*.yaml")] == ["getVendor"]


def test_live_mode_leaves_out_destructive_operations_not_named(
    tmp_path: Path, live_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    skip = _all_but("deleteProfile")

    code = _record(tmp_path, "--writes", "--skip", skip, env=live_env)

    assert code == 1
    assert "client:deleteProfile: destructive" in capsys.readouterr().err
    assert not any(tmp_path.rglob("*.yaml"))


def test_live_mode_needs_the_target_of_a_destructive_operation_named(
    tmp_path: Path, live_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = _record(tmp_path, "--only", "management:deleteUser", env=live_env)

    assert code == 1
    assert "set SESAMY_RECORD_USER_ID" in capsys.readouterr().err
    assert not any(tmp_path.rglob("*.yaml"))


def test_live_mode_records_a_destructive_operation_named_with_its_target(
    tmp_path: Path, live_env: dict[str, str], fake: FakeSesamy
) -> None:
    target = fake.user_ids()[2]
    env = {**live_env, "SESAMY_RECORD_USER_ID": target}

    code = _record(tmp_path, "--only", "management:deleteUser", env=env)

    assert code == 0
    assert load(tmp_path / "management" / "deleteUser.yaml").call.args == (target,)
    assert target not in fake.user_ids()


def test_a_call_that_fails_leaves_no_cassette_behind(
    tmp_path: Path, live_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    env = {**live_env, "SESAMY_RECORD_USER_ID": "user-unknown-to-the-fake"}

    code = _record(tmp_path, "--only", "management:deleteUser", env=env)

    assert code == 1
    assert "management:deleteUser: failed: NotFoundError" in capsys.readouterr().err
    assert not any(tmp_path.rglob("*.yaml"))


def _all_but(*operation_ids: str) -> str:
    names = [
        f"{api}:{op}"
        for api, scenarios in record_cassettes.SCENARIOS.items()
        for op in scenarios
        if op not in operation_ids
    ]
    return ",".join(names)
