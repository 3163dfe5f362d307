"""The committed OpenAPI snapshots are faithful to the public material behind them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
# The first 2,000 characters of each published document, as a web archive stored them.
HEADS = ROOT / "openapi" / "published-heads"
APIS = ("client", "management")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Counts of what `../shared/reference/sesamy-api.md` and the SDK types list.
EXPECTED_OPERATIONS = {"client": 42, "management": 33}
EXPECTED_SCHEMAS = {"client": 21, "management": 18}


def _load(api: str) -> dict[str, Any]:
    text = (ROOT / "openapi" / f"{api}.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


@pytest.mark.parametrize("api", APIS)
def test_snapshot_is_a_valid_openapi_document(api: str) -> None:
    validate(_load(api))


@pytest.mark.parametrize("api", APIS)
def test_snapshot_starts_exactly_like_the_published_document(api: str) -> None:
    head = (HEADS / f"{api}-spec.head.txt").read_text(encoding="utf-8").rstrip("\n")
    compact = json.dumps(_load(api), separators=(",", ":"), ensure_ascii=False)

    assert compact[: len(head)] == head


@pytest.mark.parametrize("api", APIS)
def test_snapshot_has_every_known_operation_and_schema(api: str) -> None:
    document = _load(api)

    assert len(_operations(document)) == EXPECTED_OPERATIONS[api]
    assert len(document["components"]["schemas"]) == EXPECTED_SCHEMAS[api]


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_a_unique_id_a_tag_and_a_summary(api: str) -> None:
    operations = _operations(_load(api))
    ids = [operation["operationId"] for _, _, operation in operations]

    assert len(ids) == len(set(ids))
    for _, _, operation in operations:
        assert len(operation["tags"]) == 1
        assert operation["summary"]


def test_management_paths_carry_their_prefix() -> None:
    assert all(path.startswith("/management/") for path in _load("management")["paths"])


def test_published_correction_of_contract_is_applied() -> None:
    properties = _load("client")["components"]["schemas"]["Contract"]["properties"]

    assert properties["cancelRequestedAt"] == {"type": "string", "nullable": True}


def test_every_inference_is_marked_and_explained() -> None:
    for api in APIS:
        document = _load(api)
        provenance = document["x-sesamy-provenance"]
        assert provenance["notes"]
        for _, _, operation in _operations(document):
            for note in operation.get("x-sesamy-inferred", []):
                assert isinstance(note, str)
                assert len(note) > 10
