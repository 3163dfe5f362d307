"""
Fixtures and hooks of the reliability suite.

- Every test runs with DEBUG logging captured from the root logger (so httpx,
  httpcore and `sesamy_facade` alike); on teardown no record may hold a token,
  a client secret or a bearer credential.
- Retries never sleep (`retries_without_wait`); waits are read from the
  facade's INFO retry lines instead.
- `verify(case_id, kind, outcome, requests)` checks an observation against the
  row in `cases.py`; a test that a row names fails unless it verified that row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Iterator
from typing import Any

import pytest

from sesamy_facade import retries_without_wait
from sesamy_facade.testing import FakeServer, FakeSesamy

from ._run import assert_no_secret, secret
from .cases import BY_ID, CASES

_VERIFIED_KEY = pytest.StashKey[set[tuple[str, str]]]()


class Logs(logging.Handler):
    """Keeps every record; `messages()` renders those of one logger tree."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def messages(self, prefix: str = "sesamy_facade") -> list[str]:
        return [
            r.getMessage()
            for r in self.records
            if r.name == prefix or r.name.startswith(prefix + ".")
        ]

    def rendered(self) -> list[str]:
        return [self.format(record) for record in self.records]


@pytest.fixture(autouse=True)
def logs() -> Iterator[Logs]:
    handler = Logs()
    root = logging.getLogger()
    facade = logging.getLogger("sesamy_facade")
    levels = root.level, facade.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    facade.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(levels[0])
        facade.setLevel(levels[1])
    assert_no_secret(handler.rendered(), "a log record")


@pytest.fixture(autouse=True)
def _no_waits() -> Iterator[None]:
    with retries_without_wait():
        yield


@pytest.fixture
def fake() -> FakeSesamy:
    fake = FakeSesamy(seed=11, users=10, contracts_per_user=2, vendors=("vendor-a",))
    fake.add_client_credentials("reliability-client", secret("s3cr3t-reliability"))
    return fake


@pytest.fixture
def served(fake: FakeSesamy) -> Iterator[FakeServer]:
    with fake.serve() as server:
        yield server


@pytest.fixture
def token(fake: FakeSesamy) -> str:
    """A valid Management API token for vendor-a."""
    return secret(fake.issue_token("vendor-a", sub="reliability@clients"))


@pytest.fixture
def contract_id(fake: FakeSesamy) -> str:
    return str(fake.records("contracts")[0]["id"])


Verify = Callable[..., None]


@pytest.fixture
def verify(request: pytest.FixtureRequest) -> Verify:
    """Check an observation against its row in `cases.py`."""
    item = request.node
    done = item.stash.setdefault(_VERIFIED_KEY, set())

    def check(case_id: str, kind: str, outcome: str, requests: Any) -> None:
        case = BY_ID[case_id]
        assert _test_name(item) == case.test, f"{case_id} is verified by {case.test}"
        assert kind in case.clients, f"{case_id} does not list the {kind} client"
        assert (outcome, str(requests)) == (case.outcome, case.requests), case_id
        done.add((case_id, kind))

    return check


def _test_name(item: pytest.Item) -> str:
    name = getattr(item, "originalname", item.name)
    return f"{item.path.name}::{name}"


def _kind_of(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    return None if callspec is None else callspec.params.get("kind")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if call.when != "call" or not report.passed:
        return report
    verified: set[tuple[str, str]] = item.stash.setdefault(_VERIFIED_KEY, set())
    missing = claimed_by(item) - verified
    if missing:
        report.outcome = "failed"
        report.longrepr = f"cases.py names this test for unverified cases: {missing}"
    return report


def claimed_by(item: pytest.Item) -> set[tuple[str, str]]:
    """
    The (case, client) rows a test instance must verify.

    A test parametrized by `case_id` owns that row only; any other test owns every
    row that names it. A `kind` parameter narrows either to one client.
    """
    callspec = getattr(item, "callspec", None)
    params: dict[str, Any] = {} if callspec is None else callspec.params
    only = params.get("case_id")
    return {
        (case.id, kind)
        for case in CASES
        if case.test == _test_name(item) and only in (None, case.id)
        for kind in case.clients
        if params.get("kind") in (None, kind)
    }
