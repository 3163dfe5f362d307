"""The typed keyword bodies (`_bodies`) stay in step with the generated models."""

from __future__ import annotations

import enum
import inspect
import sys
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
from sesamy_facade._core import _enum_fields, make_body
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


def _enum_properties(model: Any) -> dict[str, type[enum.Enum]]:
    """The model's init parameters annotated with one of its module's enums."""
    namespace = vars(sys.modules[model.__module__])
    found = {}
    for name, parameter in _init_parameters(model).items():
        for part in str(parameter.annotation).split("|"):
            candidate = namespace.get(part.strip())
            if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                found[name] = candidate
    return found


ENUM_PROPERTIES = [
    (name, prop, enum_type)
    for name, model in sorted(MODELS.items())
    for prop, enum_type in _enum_properties(model).items()
    if prop not in SHADOWED.get(name, set())
]
GRANT_OPERATION = MANAGEMENT_OPERATIONS["createGrant"]
GRANT_FIELDS = {"email": "a", "sku": "s", "po_id": "p", "source": "x"}


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


def test_the_body_models_have_enum_properties_to_check() -> None:
    # Guards the parametrised tests below against silently checking nothing.
    assert ("CreateGrantFields", "status") in {(n, p) for n, p, _ in ENUM_PROPERTIES}


@pytest.mark.parametrize(
    ("name", "prop", "enum_type"),
    ENUM_PROPERTIES,
    ids=[f"{name}.{prop}" for name, prop, _ in ENUM_PROPERTIES],
)
def test_enum_property_takes_the_enum_or_a_literal_of_its_exact_values(
    name: str, prop: str, enum_type: type[enum.Enum]
) -> None:
    annotation = getattr(_bodies, name).__annotations__[prop]
    if typing.get_origin(annotation) is typing.Required:
        [annotation] = typing.get_args(annotation)
    namespace = {**vars(_bodies), enum_type.__name__: enum_type}
    resolved = eval(annotation.__forward_arg__, namespace)
    enum_part, literal = typing.get_args(resolved)
    assert enum_part is enum_type
    assert typing.get_origin(literal) is typing.Literal
    assert set(typing.get_args(literal)) == {member.value for member in enum_type}


def test_make_body_turns_a_plain_string_into_the_generated_enum() -> None:
    grant = make_body(GRANT_OPERATION, None, {**GRANT_FIELDS, "status": "ACTIVE"})
    enum_type = _enum_properties(type(grant))["status"]
    assert grant.status is enum_type("ACTIVE")
    assert grant.to_dict()["status"] == "ACTIVE"


def test_make_body_keeps_an_enum_member_as_it_is() -> None:
    enum_type = _enum_properties(body_class(GRANT_OPERATION))["status"]
    member = enum_type("CANCELED")
    grant = make_body(GRANT_OPERATION, None, {**GRANT_FIELDS, "status": member})
    assert grant.status is member


def test_make_body_refuses_an_unknown_enum_value_naming_the_allowed_ones() -> None:
    with pytest.raises(ValueError, match="ACTVE") as raised:
        make_body(GRANT_OPERATION, None, {**GRANT_FIELDS, "status": "ACTVE"})
    message = str(raised.value)
    assert message.startswith("createGrant: status ")
    assert all(value in message for value in ("ACTIVE", "CANCELED", "INACTIVE"))


def test_make_body_converts_an_optional_enum_property_of_an_update() -> None:
    update = MANAGEMENT_OPERATIONS["updateAccessList"]
    body = make_body(update, None, {"type_": "MANUAL", "status": "DRAFT"})
    assert body.to_dict() == {"type": "MANUAL", "status": "DRAFT"}


def test_the_enum_properties_of_a_model_are_looked_up_once() -> None:
    fields = {**GRANT_FIELDS, "status": "ACTIVE"}
    make_body(GRANT_OPERATION, None, fields)
    before = _enum_fields.cache_info()
    make_body(GRANT_OPERATION, None, fields)
    after = _enum_fields.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
