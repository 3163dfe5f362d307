"""
Every cassette against the current snapshots and the current facade, replay only.

For each operation's cassette: the recorded request is that operation of the snapshot,
the recorded response validates against the snapshot (openapi-core), and the facade,
replaying the cassette, parses it into the type its method declares.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest
from vcr.errors import (  # type: ignore[import-untyped]
    CannotOverwriteExistingCassetteException,
)

from scripts._cassettes import (
    PLACEHOLDER_ORIGIN,
    REPLAY_TOKEN,
    Scrubber,
    cassette_path,
    cassette_vcr,
    facade_method,
    invoke,
)
from sesamy_facade import (
    AsyncPager,
    AsyncSesamyClient,
    AsyncSesamyManagement,
    SesamyClient,
    SesamyManagement,
)

from ._contract import (
    ADVICE,
    Recording,
    cassette_paths,
    failure_message,
    load,
    request_problems,
    response_problems,
    snapshot,
    snapshot_validator,
)

pytestmark = pytest.mark.block_network

CASSETTES = cassette_paths()
IDS = [f"{path.parent.name}.{path.stem}" for path in CASSETTES]
SYNC = {"client": SesamyClient, "management": SesamyManagement}
ASYNC = {"client": AsyncSesamyClient, "management": AsyncSesamyManagement}
MODELS = {
    "client": "sesamy_client_api.models",
    "management": "sesamy_management_api.models",
}
# PEP 484's numeric tower: an int is acceptable where a float is declared.
BUILTINS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (float, int),
    "bool": (bool,),
}


def _replay() -> Any:
    return cassette_vcr(Scrubber(), "none")


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
    client = SYNC[recording.api](
        REPLAY_TOKEN, base_url=PLACEHOLDER_ORIGIN, max_retries=0
    )

    with client, _replay().use_cassette(str(path)) as cassette:
        result = _parsed(recording, lambda: invoke(client, recording.call))
        unplayed = len(cassette.data) - cassette.play_count

    assert unplayed == 0, _message(recording, f"{unplayed} recorded requests unsent")
    _assert_declared_type(
        recording, facade_method(client, recording.call.method), result
    )


@pytest.mark.anyio
@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
async def test_async_facade_replays_the_recording_into_the_type_it_declares(
    path: Path,
) -> None:
    recording = load(path)
    client = ASYNC[recording.api](
        REPLAY_TOKEN, base_url=PLACEHOLDER_ORIGIN, max_retries=0
    )
    method = facade_method(client, recording.call.method)

    async with client:
        with _replay().use_cassette(str(path)) as cassette:
            try:
                result = await _ainvoke(method, recording)
            except CannotOverwriteExistingCassetteException:
                raise
            except Exception as exc:  # noqa: BLE001 - any parse error is the finding
                pytest.fail(_message(recording, f"{type(exc).__name__}: {exc}"))
            unplayed = len(cassette.data) - cassette.play_count

    assert unplayed == 0, _message(recording, f"{unplayed} recorded requests unsent")
    _assert_declared_type(recording, method, result)


def test_a_request_the_cassette_does_not_hold_fails_instead_of_reaching_a_network() -> (
    None
):
    path = cassette_path("client", "getContract")

    with (
        SesamyClient(
            REPLAY_TOKEN, base_url=PLACEHOLDER_ORIGIN, max_retries=0
        ) as client,
        _replay().use_cassette(str(path)),
        pytest.raises(CannotOverwriteExistingCassetteException),
    ):
        client.contracts.get("a-contract-never-recorded")


def test_the_replayed_facade_returns_the_recorded_values() -> None:
    path = cassette_path("client", "getContract")
    recording = load(path)
    recorded = json.loads(recording.exchanges[0].response_body)

    with (
        SesamyClient(
            REPLAY_TOKEN, base_url=PLACEHOLDER_ORIGIN, max_retries=0
        ) as client,
        _replay().use_cassette(str(path)),
    ):
        contract = client.contracts.get(*recording.call.args)

    assert (contract.id, contract.price) == (recorded["id"], recorded["price"])


# --- helpers -------------------------------------------------------------------------


def _message(recording: Recording, finding: str) -> str:
    return (
        f"{recording.name} ({recording.where}): replaying through the facade "
        f"({recording.call.method}): {finding}\n{ADVICE}"
    )


def _parsed(recording: Recording, run: Any) -> Any:
    try:
        return run()
    except CannotOverwriteExistingCassetteException:
        raise
    except Exception as exc:  # noqa: BLE001 - any parse error is the finding
        pytest.fail(_message(recording, f"{type(exc).__name__}: {exc}"))


async def _ainvoke(method: Any, recording: Recording) -> Any:
    result = method(*recording.call.args, **recording.call.kwargs)
    if isinstance(result, AsyncPager):
        return [item async for item in result]
    return await result


def _assert_declared_type(recording: Recording, method: Any, result: Any) -> None:
    declared = inspect.signature(method).return_annotation
    models = importlib.import_module(MODELS[recording.api])
    assert _conforms(result, str(declared), models), _message(
        recording, f"returned {type(result).__name__}, not the declared {declared}"
    )
    expected_items = _recorded_items(recording)
    if expected_items is not None and isinstance(result, list):
        assert len(result) == expected_items, _message(
            recording, f"parsed {len(result)} items of {expected_items} recorded"
        )


def _recorded_items(recording: Recording) -> int | None:
    """How many list items the responses held, or None when they are no listing."""
    counts = []
    for exchange in recording.exchanges:
        try:
            body = json.loads(exchange.response_body or b"null")
        except ValueError:
            return None
        if isinstance(body, dict) and isinstance(body.get("data"), list):
            body = body["data"]
        if not isinstance(body, list):
            return None
        counts.append(len(body))
    return sum(counts)


def _split_union(annotation: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    return [*parts, annotation[start:].strip()]


def _conforms(value: Any, annotation: str, models: Any) -> bool:
    """Whether a value has the type a facade method's (string) annotation names."""
    options = _split_union(annotation)
    if len(options) > 1:
        return any(_conforms(value, option, models) for option in options)

    generic = re.fullmatch(
        r"(?:SyncPager|AsyncPager|builtins\.list|list)\[(.*)\]", annotation
    )
    if generic:
        inner = generic.group(1)
        return isinstance(value, list) and all(
            _conforms(v, inner, models) for v in value
        )
    if annotation.startswith("dict["):
        return isinstance(value, dict)
    if annotation == "None":
        return value is None
    if annotation == "Any":
        return True
    if annotation in BUILTINS:
        return isinstance(value, BUILTINS[annotation])
    return isinstance(value, getattr(models, annotation))
