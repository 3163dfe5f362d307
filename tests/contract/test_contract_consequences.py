"""
The contract checks catch drift: a snapshot changed in a way the recorded traffic
breaks fails them, naming the operation, the location and what to do; a compatible
change passes.

Each test changes a deep copy of the committed snapshot, never the file.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ._contract import (
    ADVICE,
    Recording,
    ReplayError,
    cassette_paths,
    failure_message,
    load,
    replay,
    request_problems,
    response_problems,
    snapshot,
    validator,
)

pytestmark = pytest.mark.block_network

Spec = dict[str, Any]


@pytest.fixture
def client_spec() -> Spec:
    return copy.deepcopy(snapshot("client"))


def _recording(api: str, operation_id: str) -> Recording:
    [path] = [
        p for p in cassette_paths() if (p.parent.name, p.stem) == (api, operation_id)
    ]
    return load(path)


def _recorded_contract() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(
        _recording("client", "getContract").exchanges[0].response_body
    )
    return body


def _contract_schema(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["Contract"]
    return schema


def _response_failure(spec: Spec, operation_id: str) -> str:
    recording = _recording("client", operation_id)
    problems = response_problems(spec, recording)
    assert problems, f"{operation_id} still validates against the changed spec"
    return failure_message(recording, "response", problems)


def test_a_property_the_responses_lack_made_required_fails_the_contract(
    client_spec: Spec,
) -> None:
    schema = _contract_schema(client_spec)
    absent = sorted(set(schema["properties"]) - set(_recorded_contract()))
    assert absent, "the recorded contract has every property; pick another schema"
    schema["required"] = [*schema.get("required", []), absent[0]]

    message = _response_failure(client_spec, "getContract")

    assert "client getContract" in message
    assert f"$.{absent[0]}: the spec requires this property" in message
    assert ADVICE in message


def test_a_changed_property_type_fails_the_contract_at_each_listed_item(
    client_spec: Spec,
) -> None:
    _contract_schema(client_spec)["properties"]["price"] = {"type": "string"}

    message = _response_failure(client_spec, "listContracts")

    assert "client listContracts" in message
    assert "$[0].price: the spec expects type 'string'; recorded " in message
    assert "make record" in message


def test_a_narrowed_enum_fails_the_contract_naming_the_recorded_value(
    client_spec: Spec,
) -> None:
    recorded = _recorded_contract()["contractDuration"]
    duration = _contract_schema(client_spec)["properties"]["contractDuration"]
    duration["enum"] = [value for value in duration["enum"] if value != recorded]

    message = _response_failure(client_spec, "getContract")

    assert (
        f"$.contractDuration: the spec expects one of {duration['enum']!r}" in message
    )
    assert f"recorded {recorded!r}" in message


def test_a_changed_success_status_fails_the_contract(client_spec: Spec) -> None:
    responses = client_spec["paths"]["/contracts/{contract_id}"]["get"]["responses"]
    responses["201"] = responses.pop("200")

    message = _response_failure(client_spec, "getContract")

    assert "response 1 (GET /contracts/" in message
    assert "-> 200): ResponseNotFound" in message


def test_a_removed_operation_fails_the_request_check(client_spec: Spec) -> None:
    del client_spec["paths"]["/contracts/{contract_id}"]["get"]
    recording = _recording("client", "getContract")

    problems = request_problems(client_spec, recording)

    assert problems
    assert "no operation of the client snapshot answers GET /contracts/" in problems[0]


def test_a_renamed_query_parameter_fails_the_request_check(client_spec: Spec) -> None:
    parameters = client_spec["paths"]["/proxy"]["get"]["parameters"]
    for parameter in parameters:
        if parameter["name"] == "selector":
            parameter["name"] = "cssSelector"
    recording = _recording("client", "proxyContent")

    problems = request_problems(client_spec, recording)

    assert any("query parameter 'selector' is not declared" in p for p in problems)


def test_a_new_optional_property_keeps_every_recording_valid(
    client_spec: Spec,
) -> None:
    _contract_schema(client_spec)["properties"]["loyaltyTier"] = {"type": "string"}
    openapi = validator(client_spec)

    failures = {
        path.stem: response_problems(client_spec, load(path), openapi)
        for path in cassette_paths()
        if path.parent.name == "client"
    }

    assert {name: p for name, p in failures.items() if p} == {}


def test_a_recorded_value_the_generated_models_refuse_fails_the_replay(
    tmp_path: Path,
) -> None:
    original = _recording("client", "getContract")
    recorded = _recorded_contract()["contractDuration"]
    copied = tmp_path / "client" / "getContract.yaml"
    copied.parent.mkdir()
    text = original.path.read_text("utf-8")
    copied.write_text(text.replace(f'"{recorded}"', '"LIFETIME"'), "utf-8")

    with pytest.raises(ReplayError) as failure:
        replay(load(copied))

    message = str(failure.value)
    assert "client getContract" in message
    assert "(contracts.get): UnexpectedResponseError" in message
    assert "'LIFETIME' is not a known" in message
    assert ADVICE in message
