"""
One classification rule per test: a deep copy of a real snapshot, mutated once,
compared with the snapshot it came from.
"""

import copy
from typing import Any

import pytest

from scripts._specdiff import RULES, Change, Severity, compare

from .conftest import Spec


def single(old: Spec, new: Spec) -> Change:
    """The one change between two documents (fails if there are more or none)."""
    changes = compare(old, new)
    assert len(changes) == 1, changes
    return changes[0]


def rules(old: Spec, new: Spec) -> dict[str, Severity]:
    """Rule id -> severity of every change."""
    return {change.rule: change.severity for change in compare(old, new)}


def schema(spec: Spec, name: str) -> dict[str, Any]:
    """A component schema."""
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def operation(spec: Spec, method: str, path: str) -> dict[str, Any]:
    """An operation object."""
    found: dict[str, Any] = spec["paths"][path][method]
    return found


def parameter(spec: Spec, method: str, path: str, name: str) -> dict[str, Any]:
    """A parameter of an operation, by name."""
    params = operation(spec, method, path)["parameters"]
    found: dict[str, Any] = next(p for p in params if p["name"] == name)
    return found


BILLS = "/management/bills"
CONTRACTS_200 = "GET /contracts → 200 application/json → [] → "
TALLY_BODY = "POST /tallies → request body → application/json → "


# --- no drift ----------------------------------------------------------------------


def test_identical_documents_have_no_drift(client: Spec, management: Spec) -> None:
    assert compare(client, copy.deepcopy(client)) == []
    assert compare(management, copy.deepcopy(management)) == []


def test_differences_only_in_x_extensions_are_not_drift(client: Spec) -> None:
    new = copy.deepcopy(client)
    del new["x-sesamy-provenance"]
    for item in new["paths"].values():
        item["x-note"] = "path item"
        for op in item.values():
            if isinstance(op, dict):
                op.pop("x-sesamy-inferred", None)
                op["x-new"] = {"anything": [1, 2]}
    schema(new, "Contract")["x-sesamy-origin"] = "sdk"
    schema(new, "Contract")["properties"]["price"]["x-unit"] = "cents"
    new["components"]["securitySchemes"]["OpenID"]["x-audience"] = "api"
    new["info"]["x-logo"] = {"url": "https://example.invalid/logo.png"}

    assert compare(client, new) == []


# --- breaking ----------------------------------------------------------------------


def test_operation_removed_while_its_path_stays(client: Spec) -> None:
    new = copy.deepcopy(client)
    del new["paths"]["/profile/{userId}"]["patch"]

    change = single(client, new)

    assert change.rule == "api-removed"
    assert change.severity is Severity.BREAKING
    assert change.location == "PATCH /profile/{userId}"
    assert change.operations == ("updateProfile",)


def test_path_removed(client: Spec) -> None:
    new = copy.deepcopy(client)
    del new["paths"]["/vendors"]

    change = single(client, new)

    assert (change.rule, change.severity) == ("api-path-removed", Severity.BREAKING)
    assert change.location == "GET /vendors"
    assert change.operations == ("listVendors",)


def test_new_required_request_parameter(client: Spec) -> None:
    new = copy.deepcopy(client)
    operation(new, "get", "/contracts")["parameters"] = [
        {
            "name": "vendorId",
            "in": "query",
            "required": True,
            "schema": {"type": "string"},
        }
    ]

    change = single(client, new)

    assert change.rule == "new-required-request-parameter"
    assert change.severity is Severity.BREAKING
    assert change.location == "GET /contracts → query parameter vendorId"


def test_new_required_request_body_property(client: Spec) -> None:
    new = copy.deepcopy(client)
    insert = schema(new, "TallyInsert")
    insert["properties"]["unit"] = {"type": "string"}
    insert["required"].append("unit")

    change = single(client, new)

    assert change.rule == "new-required-request-property"
    assert change.severity is Severity.BREAKING
    assert change.location == TALLY_BODY + "TallyInsert.unit"
    assert change.schema == "TallyInsert.unit"
    assert change.operations == ("createTally", "pushTallyValue", "updateTally")


def test_request_parameter_became_required(management: Spec) -> None:
    new = copy.deepcopy(management)
    parameter(new, "get", BILLS, "status")["required"] = True

    change = single(management, new)

    assert change.rule == "request-parameter-became-required"
    assert change.severity is Severity.BREAKING
    assert change.location == "GET /management/bills → query parameter status"


def test_request_property_became_required(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "TallyInsert")["required"].append("policies")

    change = single(client, new)

    assert change.rule == "request-property-became-required"
    assert change.severity is Severity.BREAKING
    assert change.location == TALLY_BODY + "TallyInsert.policies"


def test_request_parameter_type_changed(management: Spec) -> None:
    new = copy.deepcopy(management)
    parameter(new, "get", BILLS, "limit")["schema"] = {"type": "string"}

    change = single(management, new)

    assert change.rule == "request-parameter-type-changed"
    assert change.severity is Severity.BREAKING
    assert change.location == "GET /management/bills → query parameter limit"
    assert change.message == "type number -> string"


def test_request_property_type_changed(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "TallyInsert")["properties"]["policies"]["properties"]["ttl"] = {
        "type": "integer"
    }

    change = single(client, new)

    assert change.rule == "request-property-type-changed"
    assert change.severity is Severity.BREAKING
    assert change.location == TALLY_BODY + "TallyInsert.policies.ttl"


def test_response_property_type_changed(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "Contract")["properties"]["price"] = {"type": "string"}

    change = single(client, new)

    assert change.rule == "response-property-type-changed"
    assert change.severity is Severity.BREAKING
    assert change.location == CONTRACTS_200 + "Contract.price"


def test_response_property_format_change_is_a_type_change(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "Contract")["properties"]["createdAt"]["format"] = "date-time"

    change = single(client, new)

    assert change.rule == "response-property-type-changed"
    assert change.message.startswith("type string -> string (date-time);")


def test_response_body_type_changed(client: Spec) -> None:
    new = copy.deepcopy(client)
    content = operation(new, "get", "/contracts")["responses"]["200"]["content"]
    content["application/json"]["schema"] = {"type": "object"}

    change = single(client, new)

    assert change.rule == "response-body-type-changed"
    assert change.severity is Severity.BREAKING
    assert change.location == "GET /contracts → 200 application/json"
    assert change.message.startswith("type array -> object;")


def test_request_parameter_enum_value_removed(management: Spec) -> None:
    new = copy.deepcopy(management)
    parameter(new, "get", BILLS, "status")["schema"]["enum"].remove("VOIDED")

    change = single(management, new)

    assert change.rule == "request-parameter-enum-value-removed"
    assert change.severity is Severity.BREAKING
    assert change.message.startswith('value "VOIDED" removed;')


def test_request_property_enum_value_removed(client: Spec) -> None:
    new = copy.deepcopy(client)
    policies = schema(new, "TallyInsert")["properties"]["policies"]
    policies["properties"]["overflow"]["enum"].remove("block")

    change = single(client, new)

    assert change.rule == "request-property-enum-value-removed"
    assert change.severity is Severity.BREAKING
    assert change.location == TALLY_BODY + "TallyInsert.policies.overflow"


def test_response_required_property_removed(client: Spec) -> None:
    new = copy.deepcopy(client)
    contract = schema(new, "Contract")
    del contract["properties"]["userId"]
    contract["required"].remove("userId")

    change = single(client, new)

    assert change.rule == "response-required-property-removed"
    assert change.severity is Severity.BREAKING
    assert change.location == CONTRACTS_200 + "Contract.userId"


def test_response_property_became_optional(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "Contract")["required"].remove("currency")

    change = single(client, new)

    assert change.rule == "response-property-became-optional"
    assert change.severity is Severity.BREAKING
    assert change.location == CONTRACTS_200 + "Contract.currency"


def test_response_property_became_nullable(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "Contract")["properties"]["currency"]["nullable"] = True

    change = single(client, new)

    assert change.rule == "response-property-became-nullable"
    assert change.severity is Severity.BREAKING
    assert change.location == CONTRACTS_200 + "Contract.currency"


def test_response_enum_value_added_is_breaking_for_the_generated_client(
    client: Spec,
) -> None:
    new = copy.deepcopy(client)
    schema(new, "Contract")["properties"]["contractDuration"]["enum"].append("TRIAL")

    change = single(client, new)

    assert change.rule == "response-property-enum-value-added"
    assert change.severity is Severity.BREAKING
    assert change.location == CONTRACTS_200 + "Contract.contractDuration"
    assert "ValueError" in change.message


def test_success_status_removed(client: Spec) -> None:
    new = copy.deepcopy(client)
    responses = operation(new, "delete", "/profile")["responses"]
    responses["200"] = responses.pop("204")

    assert rules(client, new) == {
        "response-success-status-removed": Severity.BREAKING,
        "response-success-status-added": Severity.COMPATIBLE,
    }


def test_success_media_type_removed(client: Spec) -> None:
    new = copy.deepcopy(client)
    content = operation(new, "get", "/contracts")["responses"]["200"]["content"]
    content["application/xml"] = content.pop("application/json")

    found = [c for c in compare(client, new) if c.rule == "response-media-type-removed"]

    assert [(c.severity, c.location) for c in found] == [
        (Severity.BREAKING, "GET /contracts → 200")
    ]
    assert rules(client, new)["response-media-type-added"] is Severity.COMPATIBLE


def test_path_parameter_renamed_is_one_change_not_remove_and_add(client: Spec) -> None:
    new = copy.deepcopy(client)
    item = new["paths"].pop("/contracts/{contract_id}")
    item["get"]["parameters"][0]["name"] = "id"
    new["paths"]["/contracts/{id}"] = item

    change = single(client, new)

    assert change.rule == "request-path-parameter-renamed"
    assert change.severity is Severity.BREAKING
    assert change.location == "GET /contracts/{contract_id}"
    assert change.operations == ("getContract",)


def test_operation_security_scope_removed(client: Spec) -> None:
    new = copy.deepcopy(client)
    operation(new, "get", "/contracts")["security"] = [
        {"OpenID": ["openid", "email", "profile"]}
    ]

    change = single(client, new)

    assert change.rule == "api-security-scope-removed"
    assert change.severity is Severity.BREAKING
    assert change.location == "GET /contracts → security"
    assert change.message == "OpenID scope 'entitlements' removed"


def test_operation_security_scheme_added(client: Spec) -> None:
    new = copy.deepcopy(client)
    operation(new, "get", "/vendors")["security"] = [
        {"OpenID": ["openid", "email", "profile", "entitlements"], "Basic": []}
    ]

    change = single(client, new)

    assert (change.rule, change.severity) == ("api-security-added", Severity.BREAKING)
    assert change.operations == ("listVendors",)


def test_global_security_scope_added_affects_every_inheriting_operation(
    management: Spec,
) -> None:
    new = copy.deepcopy(management)
    new["security"][0]["OpenID"].append("vendor")

    change = single(management, new)

    assert change.rule == "api-global-security-scope-added"
    assert change.severity is Severity.BREAKING
    assert change.location == "security (global)"
    assert len(change.operations) == 33


def test_global_security_scheme_removed(client: Spec) -> None:
    new = copy.deepcopy(client)
    new["security"] = [{"Basic": []}]

    assert rules(client, new) == {
        "api-global-security-removed": Severity.BREAKING,
        "api-global-security-added": Severity.BREAKING,
    }


def test_security_scheme_definition_changed(client: Spec) -> None:
    new = copy.deepcopy(client)
    scheme = new["components"]["securitySchemes"]["OpenID"]
    scheme["openIdConnectUrl"] = "https://auth.example.invalid/.well-known/openid"

    change = single(client, new)

    assert (change.rule, change.severity) == (
        "security-scheme-changed",
        Severity.BREAKING,
    )
    assert len(change.operations) == 42


def test_operation_id_changed_renames_the_generated_module(client: Spec) -> None:
    new = copy.deepcopy(client)
    operation(new, "get", "/contracts")["operationId"] = "getContracts"

    change = single(client, new)

    assert (change.rule, change.severity) == ("operation-id-changed", Severity.BREAKING)
    assert change.operations == ("listContracts",)


# --- warning -----------------------------------------------------------------------


def test_response_optional_property_removed_is_a_warning(client: Spec) -> None:
    new = copy.deepcopy(client)
    del schema(new, "Contract")["properties"]["expiresAt"]

    change = single(client, new)

    assert change.rule == "response-optional-property-removed"
    assert change.severity is Severity.WARNING
    assert change.location == CONTRACTS_200 + "Contract.expiresAt"


def test_request_parameter_removed_is_a_warning(management: Spec) -> None:
    new = copy.deepcopy(management)
    params = operation(new, "get", BILLS)["parameters"]
    params.remove(parameter(new, "get", BILLS, "q"))

    change = single(management, new)

    assert change.rule == "request-parameter-removed"
    assert change.severity is Severity.WARNING
    assert change.location == "GET /management/bills → query parameter q"


def test_request_property_removed_is_a_warning(client: Spec) -> None:
    new = copy.deepcopy(client)
    del schema(new, "TallyInsert")["properties"]["policies"]

    change = single(client, new)

    assert (change.rule, change.severity) == (
        "request-property-removed",
        Severity.WARNING,
    )


def test_unclassified_parameter_keyword_is_reported_as_a_warning(
    management: Spec,
) -> None:
    new = copy.deepcopy(management)
    parameter(new, "get", BILLS, "status")["style"] = "form"

    change = single(management, new)

    assert (change.rule, change.severity) == ("unclassified-change", Severity.WARNING)
    assert change.message == "'style' changed: null -> \"form\""


def test_schema_constraint_is_reported_as_a_warning(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "Contract")["properties"]["currency"]["maxLength"] = 3

    change = single(client, new)

    assert (change.rule, change.severity) == (
        "schema-keyword-changed",
        Severity.WARNING,
    )


# --- compatible --------------------------------------------------------------------


def test_new_operation_is_compatible(client: Spec) -> None:
    new = copy.deepcopy(client)
    new["paths"]["/contracts"]["post"] = {
        "operationId": "createContract",
        "tags": ["Contracts"],
        "responses": {"201": {"description": "Created"}},
    }

    change = single(client, new)

    assert (change.rule, change.severity) == ("endpoint-added", Severity.COMPATIBLE)
    assert change.operations == ("createContract",)


def test_new_optional_request_parameter_is_compatible(client: Spec) -> None:
    new = copy.deepcopy(client)
    operation(new, "get", "/contracts")["parameters"] = [
        {"name": "status", "in": "query", "schema": {"type": "string"}}
    ]

    change = single(client, new)

    assert change.rule == "new-optional-request-parameter"
    assert change.severity is Severity.COMPATIBLE


def test_new_optional_request_property_is_compatible(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "TallyInsert")["properties"]["unit"] = {"type": "string"}

    change = single(client, new)

    assert change.rule == "new-optional-request-property"
    assert change.severity is Severity.COMPATIBLE


def test_new_response_property_is_compatible(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "Bill")["properties"]["dueAt"] = {"type": "string"}

    change = single(client, new)

    assert change.rule == "response-optional-property-added"
    assert change.severity is Severity.COMPATIBLE
    assert change.operations == ("getBill", "listBills")


def test_request_enum_value_added_is_compatible(management: Spec) -> None:
    new = copy.deepcopy(management)
    parameter(new, "get", BILLS, "status")["schema"]["enum"].append("REFUNDED")

    change = single(management, new)

    assert change.rule == "request-parameter-enum-value-added"
    assert change.severity is Severity.COMPATIBLE


def test_response_enum_value_removed_is_compatible(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "Contract")["properties"]["contractDuration"]["enum"].remove(
        "PERPETUAL"
    )

    change = single(client, new)

    assert change.rule == "response-property-enum-value-removed"
    assert change.severity is Severity.COMPATIBLE


# --- info --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "rule"),
    [("summary", "summary-changed"), ("description", "description-changed")],
)
def test_operation_documentation_change_is_info(
    client: Spec, field: str, rule: str
) -> None:
    new = copy.deepcopy(client)
    operation(new, "get", "/contracts")[field] = "Reworded."

    change = single(client, new)

    assert (change.rule, change.severity) == (rule, Severity.INFO)
    assert change.location == "GET /contracts"


def test_schema_example_change_is_info(client: Spec) -> None:
    new = copy.deepcopy(client)
    schema(new, "Contract")["properties"]["id"]["example"] = "0000"

    change = single(client, new)

    assert (change.rule, change.severity) == ("example-changed", Severity.INFO)
    assert change.location == CONTRACTS_200 + "Contract.id"


# --- schema walking ----------------------------------------------------------------


def test_recursive_schemas_are_walked_once_per_reference_pair(client: Spec) -> None:
    node = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Node"},
            },
        },
    }
    client["components"]["schemas"]["Node"] = node
    client["paths"]["/nodes"] = {
        "get": {
            "operationId": "getNodes",
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Node"}
                        }
                    },
                }
            },
        }
    }
    new = copy.deepcopy(client)
    schema(new, "Node")["properties"]["name"]["type"] = "number"

    change = single(client, new)

    assert change.rule == "response-property-type-changed"
    assert change.location == "GET /nodes → 200 application/json → Node.name"


def test_a_component_change_lists_every_operation_that_reaches_it(
    management: Spec,
) -> None:
    new = copy.deepcopy(management)
    schema(new, "Bill")["properties"]["price"]["type"] = "string"

    change = single(management, new)

    assert change.schema == "Bill.price"
    assert change.operations == ("getBill", "listBills")


def test_every_rule_has_a_severity() -> None:
    assert set(RULES.values()) <= set(Severity)
    assert all(rule == rule.lower() and " " not in rule for rule in RULES)
