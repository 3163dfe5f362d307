"""The typed keyword bodies (`_bodies`) stay in step with the generated models."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Iterator
from typing import Any

import pytest

from sesamy_facade import (
    FACADE_METHODS,
    AsyncSesamyClient,
    AsyncSesamyManagement,
    SesamyClient,
    SesamyManagement,
    _bodies,
)
from sesamy_facade._operations import (
    CLIENT_OPERATIONS,
    MANAGEMENT_OPERATIONS,
    body_class,
)

OPERATIONS = {"client": CLIENT_OPERATIONS, "management": MANAGEMENT_OPERATIONS}
CLIENTS: dict[str, tuple[Any, Any]] = {
    "client": (SesamyClient, AsyncSesamyClient),
    "management": (SesamyManagement, AsyncSesamyManagement),
}

# Body properties that the method's own path argument shadows: a keyword of that
# name is the path, so the TypedDict leaves the property out and it is sent only
# with body=. A new collision after a regen must be added here on purpose.
SHADOWED = {
    "UpdateProfileBodyFields": {"user_id"},
    "UpdateUserBodyFields": {"user_id"},
    "UpdateProductBodyFields": {"sku"},
}

BODY_OPERATIONS = [
    (api, operation_id)
    for api, operations in OPERATIONS.items()
    for operation_id, operation in sorted(operations.items())
    if operation.body not in (None, "text")
]
MODELS = {
    f"{body_class(OPERATIONS[api][oid]).__name__}Fields": body_class(
        OPERATIONS[api][oid]
    )
    for api, oid in BODY_OPERATIONS
}


def _init_parameters(model: Any) -> dict[str, inspect.Parameter]:
    parameters = dict(inspect.signature(model.__init__).parameters)
    del parameters["self"]
    return parameters


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, tuple[Any, ...]]]:
    """One sync and one async client per API, whose methods are inspected."""
    made = {
        api: tuple(cls("token", base_url="http://127.0.0.1:9") for cls in pair)
        for api, pair in CLIENTS.items()
    }
    yield made
    for sync_client, _ in made.values():
        sync_client.close()


def _method(clients: Any, api: str, operation_id: str, flavour: int) -> Any:
    obj = clients[api][flavour]
    for name in FACADE_METHODS[api][operation_id].split("."):
        obj = getattr(obj, name)
    return obj


def _fields_name(api: str, operation_id: str) -> str:
    return f"{body_class(OPERATIONS[api][operation_id]).__name__}Fields"


def test_there_is_one_typed_dict_per_body_model() -> None:
    assert sorted(_bodies.__all__) == sorted(MODELS)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_typed_dict_keys_are_the_model_init_parameters(name: str) -> None:
    expected = set(_init_parameters(MODELS[name])) - SHADOWED.get(name, set())
    assert set(getattr(_bodies, name).__annotations__) == expected


@pytest.mark.parametrize("name", sorted(MODELS))
def test_typed_dict_requires_the_init_parameters_without_default(name: str) -> None:
    expected = {
        param_name
        for param_name, param in _init_parameters(MODELS[name]).items()
        if param.default is inspect.Parameter.empty
    } - SHADOWED.get(name, set())
    assert getattr(_bodies, name).__required_keys__ == expected


@pytest.mark.parametrize(("api", "operation_id"), BODY_OPERATIONS)
@pytest.mark.parametrize("flavour", [0, 1], ids=["sync", "async"])
def test_keyword_overload_unpacks_the_typed_dict_of_the_operations_body(
    clients: Any, api: str, operation_id: str, flavour: int
) -> None:
    method = _method(clients, api, operation_id, flavour)
    keyword_overloads = [
        signature
        for signature in map(inspect.signature, typing.get_overloads(method.__func__))
        if "fields" in signature.parameters
    ]
    assert len(keyword_overloads) == 1
    [signature] = keyword_overloads
    assert "body" not in signature.parameters
    fields = signature.parameters["fields"]
    assert fields.kind is inspect.Parameter.VAR_KEYWORD
    assert fields.annotation == f"Unpack[{_fields_name(api, operation_id)}]"


@pytest.mark.parametrize(("api", "operation_id"), BODY_OPERATIONS)
@pytest.mark.parametrize("flavour", [0, 1], ids=["sync", "async"])
def test_body_overload_takes_the_whole_body_and_no_keywords(
    clients: Any, api: str, operation_id: str, flavour: int
) -> None:
    method = _method(clients, api, operation_id, flavour)
    body_overloads = [
        signature
        for signature in map(inspect.signature, typing.get_overloads(method.__func__))
        if "body" in signature.parameters
    ]
    assert len(body_overloads) == 1
    [signature] = body_overloads
    assert "fields" not in signature.parameters
    assert signature.parameters["body"].default is inspect.Parameter.empty


@pytest.mark.parametrize(("api", "operation_id"), BODY_OPERATIONS)
def test_only_the_listed_properties_are_shadowed_by_method_parameters(
    clients: Any, api: str, operation_id: str
) -> None:
    model = body_class(OPERATIONS[api][operation_id])
    own = set(inspect.signature(_method(clients, api, operation_id, 0)).parameters)
    collisions = own & set(_init_parameters(model))
    assert collisions == SHADOWED.get(_fields_name(api, operation_id), set())
