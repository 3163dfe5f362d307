"""
Every cassette against the current snapshots and the current facade, replay only.

For each operation's cassette: the recorded request is that operation of the snapshot,
the recorded response validates against the snapshot (openapi-core), and the facade,
replaying the cassette, parses it into the type its method declares.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from vcr.errors import (  # type: ignore[import-untyped]
    CannotOverwriteExistingCassetteException,
)

from scripts._cassettes import PLACEHOLDER_ORIGIN, REPLAY_TOKEN, cassette_path
from sesamy_facade import SesamyClient

from ._contract import (
    ReplayError,
    cassette_paths,
    failure_message,
    load,
    replay,
    replay_async,
    replay_vcr,
    request_problems,
    response_problems,
    snapshot,
    snapshot_validator,
)

pytestmark = pytest.mark.block_network

CASSETTES = cassette_paths()
IDS = [f"{path.parent.name}.{path.stem}" for path in CASSETTES]


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_recorded_request_is_the_operation_the_cassette_is_named_for(
    path: Path,
) -> None:
    recording = load(path)

    problems = request_problems(snapshot(recording.api), recording)

    assert not problems, failure_message(recording, "request", problems)


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_recorded_response_conforms_to_the_snapshot(path: Path) -> None:
    recording = load(path)
    spec = snapshot(recording.api)

    problems = response_problems(spec, recording, snapshot_validator(recording.api))

    assert not problems, failure_message(recording, "response", problems)


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_facade_replays_the_recording_into_the_type_it_declares(path: Path) -> None:
    recording = load(path)

    try:
        replay(recording)
    except ReplayError as failure:
        pytest.fail(str(failure), pytrace=False)


@pytest.mark.anyio
@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
async def test_async_facade_replays_the_recording_into_the_type_it_declares(
    path: Path,
) -> None:
    recording = load(path)

    try:
        await replay_async(recording)
    except ReplayError as failure:
        pytest.fail(str(failure), pytrace=False)


def test_a_request_the_cassette_does_not_hold_fails_instead_of_reaching_a_network() -> (
    None
):
    path = cassette_path("client", "getContract")

    with (
        SesamyClient(
            REPLAY_TOKEN, base_url=PLACEHOLDER_ORIGIN, max_retries=0
        ) as client,
        replay_vcr().use_cassette(str(path)),
        pytest.raises(CannotOverwriteExistingCassetteException),
    ):
        client.contracts.get("a-contract-never-recorded")


def test_the_contract_tests_cannot_open_a_connection_even_to_loopback() -> None:
    # pytest-recording's block_network marker: replay must never need a socket.
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)


def test_the_replayed_facade_returns_the_recorded_values() -> None:
    recording = load(cassette_path("client", "getContract"))
    recorded = json.loads(recording.exchanges[0].response_body)

    contract = replay(recording)

    assert (contract.id, contract.price) == (recorded["id"], recorded["price"])
