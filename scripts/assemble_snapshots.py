"""
Assemble the OpenAPI snapshots in `openapi/` from public material.

The published spec documents (`https://api2.sesamy.com/spec` and
`https://api2.sesamy.com/management/spec`) cannot be downloaded from the machines
this project is built on. This script rebuilds them as faithfully as the public
material allows:

- component schemas are translated from the TypeScript types that openapi-typescript
  generated from the two published documents, shipped in `@sesamy/sdk@1.22.0`
  (`dist/sdk.d.ts`: interface `components` is the client spec, `components_2` the
  management spec);
- the top-level form (key order, info, server, security schemes) follows the first
  2,000 characters of each published document kept by a public web archive;
- operations follow the calls the official SDK makes and the rendered documentation.

Everything that was inferred rather than seen is marked with `x-sesamy-inferred` on
the operation it concerns and summarised under `x-sesamy-provenance` at the end of
each document. `make regen` replaces both files with the published documents
whenever the hosts are reachable; this script is only how the first snapshots were
made, and it is kept so that they can be rebuilt and reviewed.

Usage: python scripts/assemble_snapshots.py path/to/sdk.d.ts [--out openapi]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["main", "parse_components"]

JSON = dict[str, Any]

SNAPSHOT_DATE = "2026-12-03"
SDK_SOURCE = "@sesamy/sdk@1.22.0 dist/sdk.d.ts"


# --- A small parser for the subset of TypeScript openapi-typescript emits ----------

_TOKEN = re.compile(
    r"""
    (?P<comment>/\*\*.*?\*/)
  | (?P<string>"[^"]*")
  | (?P<ident>[A-Za-z_$][A-Za-z0-9_$]*)
  | (?P<punct>\[\]|[{}()\[\];:?|,<>])
  | (?P<space>\s+)
    """,
    re.VERBOSE | re.DOTALL,
)


class _Tokens:
    """A cursor over the tokens of a type expression, with pending doc comments."""

    def __init__(self, text: str) -> None:
        self.items: list[tuple[str, str]] = []
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup or ""
            if kind != "space":
                self.items.append((kind, match.group()))
        self.pos = 0

    def peek(self) -> str:
        return self.items[self.pos][1] if self.pos < len(self.items) else ""

    def take(self, expected: str | None = None) -> str:
        _kind, value = self.items[self.pos]
        if expected is not None and value != expected:
            raise ValueError(f"expected {expected!r}, found {value!r}")
        self.pos += 1
        return value

    def take_comment(self) -> str | None:
        if self.pos < len(self.items) and self.items[self.pos][0] == "comment":
            return self.take()
        return None


def _doc_tags(comment: str | None) -> JSON:
    """The description, example, enum flag and format of a `/** ... */` comment."""
    if comment is None:
        return {}
    lines = [re.sub(r"^\s*\*\s?", "", line) for line in comment[3:-2].splitlines()]
    tags: JSON = {}
    current: str | None = None
    buffer: list[str] = []
    for line in [line.strip() for line in lines] + ["@end"]:
        if line.startswith("@") or line.startswith("Format:"):
            if current is not None:
                tags[current] = "\n".join(buffer).strip()
            if line.startswith("Format:"):
                tags["format"] = line.split(":", 1)[1].strip()
                current, buffer = None, []
                continue
            name, _, rest = line[1:].partition(" ")
            current, buffer = name, [rest]
        elif current is not None:
            buffer.append(line)
    return tags


def _apply_doc(schema: JSON, tags: JSON) -> JSON:
    """Place description and example after the type keys, as the published form does."""
    if "format" in tags:
        schema = _insert_after_type(schema, "format", tags["format"])
    if "description" in tags:
        schema["description"] = tags["description"]
    if "example" in tags:
        schema["example"] = _example_value(tags["example"], schema)
    return schema


def _insert_after_type(schema: JSON, key: str, value: Any) -> JSON:
    result: JSON = {}
    for existing_key, existing_value in schema.items():
        result[existing_key] = existing_value
        if existing_key == "type":
            result[key] = value
    if key not in result:
        result[key] = value
    return result


def _example_value(raw: str, schema: JSON) -> Any:
    kind = schema.get("type")
    if kind in ("number", "integer", "boolean", "array", "object") and raw:
        return json.loads(raw)
    return raw


def _parse_union(tokens: _Tokens) -> JSON:
    if tokens.peek() == "|":
        tokens.take()
    members = [_parse_postfix(tokens)]
    while tokens.peek() == "|":
        tokens.take()
        members.append(_parse_postfix(tokens))
    return _union_schema(members)


def _union_schema(members: list[JSON]) -> JSON:
    nullable = any(member.get("x-null") for member in members)
    members = [member for member in members if not member.get("x-null")]
    literals = [member.get("x-literal") for member in members]
    if members and all(literal is not None for literal in literals):
        schema: JSON = {"type": "string", "enum": literals}
    elif len(members) == 1:
        schema = members[0]
    else:
        schema = {"anyOf": members}
    if nullable:
        schema = _insert_after_type(schema, "nullable", True)
    return schema


def _parse_postfix(tokens: _Tokens) -> JSON:
    schema = _parse_primary(tokens)
    while tokens.peek() == "[]":
        tokens.take()
        schema = {"type": "array", "items": _finish_literal(schema)}
    return schema


def _finish_literal(schema: JSON) -> JSON:
    if "x-literal" in schema:
        return {"type": "string", "enum": [schema["x-literal"]]}
    return schema


def _parse_primary(tokens: _Tokens) -> JSON:
    token = tokens.take()
    if token == "(":
        inner = _parse_union(tokens)
        tokens.take(")")
        return inner
    if token == "{":
        return _parse_object(tokens)
    if token.startswith('"'):
        return {"x-literal": token[1:-1]}
    if token in ("string", "number", "boolean"):
        return {"type": token}
    if token == "null":
        return {"x-null": True}
    if token == "unknown":
        return {}
    if token in ("components", "components_2"):
        return _parse_reference(tokens)
    raise ValueError(f"unsupported type token {token!r}")


def _parse_reference(tokens: _Tokens) -> JSON:
    tokens.take("[")
    tokens.take('"schemas"')
    tokens.take("]")
    tokens.take("[")
    name = tokens.take()[1:-1]
    tokens.take("]")
    return {"$ref": f"#/components/schemas/{name}"}


def _parse_object(tokens: _Tokens) -> JSON:
    properties: JSON = {}
    required: list[str] = []
    additional: JSON | None = None
    while True:
        comment = tokens.take_comment()
        if tokens.peek() == "}":
            tokens.take()
            break
        if tokens.peek() == "[":
            additional = _parse_index_signature(tokens)
            continue
        name = tokens.take()
        optional = tokens.peek() == "?"
        if optional:
            tokens.take()
        tokens.take(":")
        value = _finish_literal(_parse_union(tokens))
        tokens.take(";")
        properties[name] = _apply_doc(value, _doc_tags(comment))
        if not optional:
            required.append(name)
    schema: JSON = {"type": "object"}
    if properties:
        schema["properties"] = properties
    if required:
        schema["required"] = required
    if additional is not None:
        schema["additionalProperties"] = additional
    return schema


def _parse_index_signature(tokens: _Tokens) -> JSON:
    tokens.take("[")
    tokens.take()
    tokens.take(":")
    tokens.take("string")
    tokens.take("]")
    tokens.take(":")
    value = _finish_literal(_parse_union(tokens))
    tokens.take(";")
    return value


def parse_components(declarations: str, interface: str) -> JSON:
    """Translate `declare interface <interface> { schemas: {...} }` into schemas."""
    start = declarations.index(f"declare interface {interface} {{")
    body_start = declarations.index("schemas: {", start) + len("schemas: ")
    tokens = _Tokens(declarations[body_start:])
    tokens.take("{")
    schemas: JSON = {}
    while True:
        comment = tokens.take_comment()
        if tokens.peek() == "}":
            break
        name = tokens.take()
        tokens.take(":")
        schema = _finish_literal(_parse_union(tokens))
        tokens.take(";")
        schemas[name] = _apply_doc(schema, _doc_tags(comment))
    return schemas


# --- Operations ----------------------------------------------------------------------


def _ref(name: str) -> JSON:
    return {"$ref": f"#/components/schemas/{name}"}


def _array_of(schema: JSON) -> JSON:
    return {"type": "array", "items": schema}


def _object(properties: JSON, required: list[str] | None = None) -> JSON:
    schema: JSON = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def _partial(schemas: JSON, name: str, drop: tuple[str, ...] = ()) -> JSON:
    """A copy of a component with every property optional (TypeScript `Partial<T>`)."""
    schema: JSON = copy.deepcopy(schemas[name])
    schema.pop("required", None)
    for key in drop:
        schema["properties"].pop(key, None)
    return schema


def _path_param(name: str, description: str, example: str | None = None) -> JSON:
    schema: JSON = {"type": "string"}
    if example is not None:
        schema["example"] = example
    return {
        "schema": schema,
        "required": True,
        "description": description,
        "name": name,
        "in": "path",
    }


def _query_param(
    name: str, schema: JSON, description: str | None = None, example: Any = None
) -> JSON:
    param_schema = dict(schema)
    if example is not None:
        param_schema["example"] = example
    param: JSON = {"schema": param_schema, "required": False}
    if description is not None:
        param["description"] = description
    param.update({"name": name, "in": "query"})
    return param


_STRING: JSON = {"type": "string"}
_PAGE_PARAMS = [
    _query_param("limit", {"type": "number"}, "Maximum number of items to return"),
    _query_param("offset", {"type": "number"}, "Number of items to skip"),
]
_SUCCESS: JSON = _object({"success": {"type": "boolean"}}, ["success"])


class _Operation:
    """One operation as it will appear in a path item."""

    def __init__(
        self,
        method: str,
        path: str,
        operation_id: str,
        tag: str,
        summary: str,
        *,
        description: str | None = None,
        parameters: list[JSON] | None = None,
        body: JSON | None = None,
        body_type: str = "application/json",
        status: str = "200",
        response: JSON | None = None,
        response_type: str = "application/json",
        inferred: list[str] | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.operation: JSON = {"operationId": operation_id, "tags": [tag]}
        self.operation["summary"] = summary
        if description is not None:
            self.operation["description"] = description
        if parameters:
            self.operation["parameters"] = parameters
        if body is not None:
            self.operation["requestBody"] = {
                "required": True,
                "content": {body_type: {"schema": body}},
            }
        answer: JSON = {"description": _STATUS_TEXT[status]}
        if response is not None:
            answer["content"] = {response_type: {"schema": response}}
        self.operation["responses"] = {status: answer}
        if inferred:
            self.operation["x-sesamy-inferred"] = inferred


_STATUS_TEXT = {"200": "OK", "201": "Created", "204": "No Content"}

_CREATED_STATUS = (
    "status 201 for a creation: the documentation lists 201 among the status codes"
    " in use but does not say which operations return it"
)
_NO_CONTENT = (
    "status 204 without a body: the SDK resolves this call to nothing (Promise<void>)"
)
_SDK_SHAPE = "response shape from the SDK's declared return type"
_PARTIAL_BODY = "request body: the SDK sends a Partial<{}> of the component"


def client_operations(schemas: JSON) -> list[_Operation]:
    """Every Client API operation, in the order the rendered documentation uses."""
    contract_id = _path_param(
        "contract_id",
        "The unique identifier of the contract",
        "1d78271264b9c76d5842911dd70b4353",
    )
    entitlement_id = _path_param("id", "The unique identifier of the entitlement")
    tally_id = _path_param("id", "The unique identifier of the tally")
    checkout_id = _path_param("id", "The unique identifier of the checkout")
    user_id = _path_param("userId", "The unique identifier of the user")
    vendor = _object({"name": _STRING, "id": _STRING, "logo": _STRING}, ["name", "id"])
    return [
        _Operation(
            "get",
            "/contracts",
            "listContracts",
            "Contracts",
            "List all contracts",
            description=(
                "Retrieves all contracts for the current user. Includes subscription"
                " plans and one-time purchases with active entitlements."
            ),
            response=_array_of(_ref("Contract")),
        ),
        _Operation(
            "get",
            "/contracts/{contract_id}",
            "getContract",
            "Contracts",
            "Get a contract by ID",
            parameters=[contract_id],
            response=_ref("Contract"),
        ),
        _Operation(
            "post",
            "/contracts/{contract_id}/cancel",
            "cancelContract",
            "Contracts",
            "Cancel a contract",
            description=(
                "Cancels a contract. Subscriptions stop renewing at the end of the"
                " current period."
            ),
            parameters=[contract_id],
            response=_SUCCESS,
            inferred=[_SDK_SHAPE],
        ),
        _Operation(
            "post",
            "/contracts/{contract_id}/amendments",
            "createAmendment",
            "Contracts",
            "Create an amendment",
            description=(
                "Creates an amendment for a contract, such as applying a discount code."
            ),
            parameters=[contract_id],
            body=_object({"amendmentType": _STRING, "discountCode": _STRING}),
            status="201",
            response=_ref("Amendment"),
            inferred=[
                "request body properties: the SDK sends an untyped object; these"
                " two follow the Amendment schema and the documented use",
                _CREATED_STATUS,
            ],
        ),
        _Operation(
            "post",
            "/contracts/{contract_id}/amendments/{amendment_id}/confirm",
            "confirmAmendment",
            "Contracts",
            "Confirm an amendment",
            parameters=[
                contract_id,
                _path_param(
                    "amendment_id",
                    "The unique identifier of the amendment",
                    "amendment123",
                ),
            ],
            response=_SUCCESS,
            inferred=["path parameter name amendment_id", _SDK_SHAPE],
        ),
        _Operation(
            "get",
            "/bills",
            "listBills",
            "Bills",
            "List all bills",
            description=(
                "Retrieves all bills for the current user, excluding draft and"
                " expired bills. Results are sorted by creation date (newest first)."
            ),
            response=_array_of(_ref("Bill")),
        ),
        _Operation(
            "get",
            "/bills/{id}",
            "getBill",
            "Bills",
            "Get a bill by ID",
            parameters=[_path_param("id", "The unique identifier of the bill")],
            response=_ref("Bill"),
        ),
        _Operation(
            "get",
            "/entitlements",
            "listEntitlements",
            "Entitlements",
            "List all entitlements",
            description=(
                "Retrieves all entitlements for the current user with optional"
                " filtering by type, SKU, or purchase option ID."
            ),
            parameters=[
                _query_param("type", _ref("EntitlementType"), example="article"),
                _query_param("sku", _STRING, example="premium-article-123"),
                _query_param("purchase-option-id", _STRING, example="one-time"),
                _query_param(
                    "wait-for-entitlement-after",
                    _STRING,
                    "If specified the request waits for an entitlement created"
                    " after this time",
                ),
            ],
            response=_array_of(_ref("Entitlement")),
            inferred=["description of wait-for-entitlement-after (cut off)"],
        ),
        _Operation(
            "get",
            "/entitlements/{id}",
            "getEntitlement",
            "Entitlements",
            "Get an entitlement by ID",
            parameters=[entitlement_id],
            response=_ref("Entitlement"),
        ),
        _Operation(
            "get",
            "/entitlements/{id}/access",
            "getEntitlementAccess",
            "Entitlements",
            "Get access information for an entitlement",
            parameters=[entitlement_id],
            response=_object(
                {"id": _STRING, "url": _STRING, "token": _STRING},
                ["id", "url", "token"],
            ),
            inferred=[_SDK_SHAPE],
        ),
        _Operation(
            "get",
            "/profile/{userId}",
            "getProfile",
            "Profile",
            "Get user profile",
            parameters=[user_id],
            response=_ref("Profile"),
        ),
        _Operation(
            "patch",
            "/profile/{userId}",
            "updateProfile",
            "Profile",
            "Update user profile",
            parameters=[user_id],
            body=_partial(schemas, "Profile"),
            response=_ref("Profile"),
            inferred=[_PARTIAL_BODY.format("Profile")],
        ),
        _Operation(
            "get",
            "/profile/spotify-link",
            "getSpotifyLink",
            "Profile",
            "Spotify link status",
            response=_object(
                {"isSpotifyLinked": {"type": "boolean"}}, ["isSpotifyLinked"]
            ),
            inferred=[_SDK_SHAPE],
        ),
        _Operation(
            "post",
            "/profile/unlink-spotify",
            "unlinkSpotify",
            "Profile",
            "Unlink Spotify",
            response=_SUCCESS,
            inferred=[_SDK_SHAPE],
        ),
        _Operation(
            "delete",
            "/profile",
            "deleteProfile",
            "Profile",
            "Delete the user's profile",
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "get",
            "/subscriptions",
            "listSubscriptions",
            "Subscriptions",
            "List subscriptions",
            response=_array_of(_ref("Subscription")),
        ),
        _Operation(
            "get",
            "/subscriptions/{id}",
            "getSubscription",
            "Subscriptions",
            "Get a subscription by ID",
            parameters=[_path_param("id", "The unique identifier of the subscription")],
            response=_ref("Subscription"),
        ),
        _Operation(
            "get",
            "/products/{sku}",
            "getProduct",
            "Products",
            "Get a product by SKU",
            parameters=[_path_param("sku", "The SKU of the product")],
            response=_ref("Product"),
        ),
        _Operation(
            "post",
            "/products/{sku}/auto-onboard",
            "autoOnboardProduct",
            "Products",
            "Auto-onboard a product",
            parameters=[_path_param("sku", "The SKU of the product")],
            response=_array_of(_ref("Entitlement")),
            inferred=[_SDK_SHAPE],
        ),
        _Operation(
            "get",
            "/user-metadata",
            "listUserMetadata",
            "UserMetadata",
            "Get all user metadata",
            response={"type": "object", "additionalProperties": _ref("UserMetadata")},
            inferred=[_SDK_SHAPE],
        ),
        _Operation(
            "put",
            "/user-metadata/{key}",
            "setUserMetadata",
            "UserMetadata",
            "Set one user metadata value",
            parameters=[_path_param("key", "The metadata key")],
            body=_STRING,
            body_type="text/plain",
            status="204",
            inferred=["request body: the SDK sends the raw value as text", _NO_CONTENT],
        ),
        _Operation(
            "delete",
            "/user-metadata/{key}",
            "deleteUserMetadata",
            "UserMetadata",
            "Delete one user metadata value",
            parameters=[_path_param("key", "The metadata key")],
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "get",
            "/tallies",
            "listTallies",
            "Tallies",
            "List tallies",
            response=_array_of(_ref("Tally")),
        ),
        _Operation(
            "post",
            "/tallies",
            "createTally",
            "Tallies",
            "Create a tally",
            body=_ref("TallyInsert"),
            status="201",
            response=_ref("Tally"),
            inferred=[_CREATED_STATUS],
        ),
        _Operation(
            "get",
            "/tallies/{id}",
            "getTally",
            "Tallies",
            "Get a tally by ID",
            parameters=[tally_id],
            response=_ref("Tally"),
        ),
        _Operation(
            "put",
            "/tallies/{id}",
            "updateTally",
            "Tallies",
            "Update a tally",
            parameters=[tally_id],
            body=_ref("TallyInsert"),
            response=_ref("Tally"),
            inferred=["request body TallyInsert: the SDK sends a Partial<Tally>"],
        ),
        _Operation(
            "delete",
            "/tallies/{id}",
            "deleteTally",
            "Tallies",
            "Delete a tally",
            parameters=[tally_id],
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "post",
            "/tallies/{id}/push",
            "pushTallyValue",
            "Tallies",
            "Push a value to a tally",
            parameters=[tally_id],
            body=_ref("TallyInsert"),
            response=_ref("TallyValue"),
        ),
        _Operation(
            "get",
            "/tags",
            "listTags",
            "Tags",
            "List the user's tags",
            response=_array_of(_STRING),
        ),
        _Operation(
            "post",
            "/tags",
            "addTag",
            "Tags",
            "Add a tag to the user",
            body=_object({"tag": _STRING}, ["tag"]),
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "delete",
            "/tags/{tag}",
            "removeTag",
            "Tags",
            "Remove a tag from the user",
            parameters=[_path_param("tag", "The tag to remove")],
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "post",
            "/checkouts",
            "createCheckout",
            "Checkouts",
            "Create a checkout session",
            body=_ref("CreateCheckoutRequest"),
            status="201",
            response=_ref("Checkout"),
            inferred=[_CREATED_STATUS],
        ),
        _Operation(
            "get",
            "/checkouts/{id}",
            "getCheckout",
            "Checkouts",
            "Get a checkout session by ID",
            parameters=[checkout_id],
            response=_ref("Checkout"),
        ),
        _Operation(
            "patch",
            "/checkouts/{id}",
            "updateCheckout",
            "Checkouts",
            "Update a checkout session",
            parameters=[checkout_id],
            body=_partial(schemas, "CreateCheckoutRequest"),
            response=_ref("Checkout"),
            inferred=[_PARTIAL_BODY.format("Checkout") + "'s writable part"],
        ),
        _Operation(
            "get",
            "/fulfillments",
            "listFulfillments",
            "Fulfillments",
            "List the user's fulfillments",
            response=_array_of(_ref("UserFulfillment")),
        ),
        _Operation(
            "post",
            "/fulfillments",
            "createFulfillment",
            "Fulfillments",
            "Request a fulfillment",
            body=_object(
                {"sku": _STRING, "itemId": _STRING, "copies": {"type": "number"}},
                ["sku"],
            ),
            status="201",
            response=_ref("UserFulfillment"),
            inferred=[
                "request body properties: the SDK sends an untyped object; these"
                " follow the UserFulfillment schema",
                _CREATED_STATUS,
            ],
        ),
        _Operation(
            "get",
            "/paywalls/{id}",
            "getPaywall",
            "Paywalls",
            "Get a paywall by ID or URL",
            parameters=[_path_param("id", "The paywall's ID or URL")],
            response=_ref("Paywall"),
        ),
        _Operation(
            "get",
            "/payment-issues",
            "listPaymentIssues",
            "PaymentIssues",
            "List payment issues",
            response=_array_of(_ref("PaymentIssue")),
        ),
        _Operation(
            "get",
            "/transactions",
            "listTransactions",
            "Transactions",
            "List transactions",
            parameters=[_query_param("q", _STRING, "Search query")],
            response=_array_of(_ref("Transaction")),
        ),
        _Operation(
            "get",
            "/vendor",
            "getVendor",
            "Vendors",
            "Get vendor settings",
            response=vendor,
            inferred=[_SDK_SHAPE],
        ),
        _Operation(
            "get",
            "/vendors",
            "listVendors",
            "Vendors",
            "List vendors",
            response=_array_of(vendor),
            inferred=[_SDK_SHAPE],
        ),
        _Operation(
            "get",
            "/proxy",
            "proxyContent",
            "Proxy",
            "Proxy content from an external URL",
            parameters=[
                {**_query_param("url", _STRING, "The URL to proxy"), "required": True},
                _query_param("selector", _STRING, "A CSS selector"),
                _query_param("cache", _STRING, "Cache setting"),
            ],
            response=_STRING,
            response_type="text/html",
            inferred=["parameters and HTML response from the SDK's call"],
        ),
    ]


def management_operations(schemas: JSON) -> list[_Operation]:
    """Every Management API operation, in the order the rendered documentation uses."""
    user_id = _path_param("userId", "The unique identifier of the user")
    metadata_key = _path_param("key", "The metadata key")
    sku = _path_param("sku", "The SKU of the product")
    list_id = _path_param("id", "The unique identifier of the access list")
    grant_id = _path_param("grantId", "The unique identifier of the grant")
    search = _query_param("search", _STRING, "Free-text search")
    bill_statuses = [
        "DRAFT",
        "PENDING",
        "PAID",
        "RETRYING",
        "OVERDUE",
        "CANCELED",
        "EXPIRED",
        "DELETED",
        "VOIDED",
    ]
    product_body = _partial(schemas, "Product", drop=("createdAt", "updatedAt"))
    product_body["required"] = ["sku", "title", "productType"]
    return [
        _Operation(
            "get",
            "/management/vendors",
            "listVendors",
            "Vendors",
            "A list of vendors",
            response=_array_of(_ref("Vendor")),
        ),
        _Operation(
            "post",
            "/management/vendors",
            "createVendor",
            "Vendors",
            "Create a vendor",
            body=_object(
                {
                    "name": _STRING,
                    "id": _STRING,
                    "website": _STRING,
                    "country": _STRING,
                },
                ["name", "id"],
            ),
            status="201",
            response=_ref("Vendor"),
            inferred=["which body properties are required", _CREATED_STATUS],
        ),
        _Operation(
            "get",
            "/management/bills",
            "listBills",
            "Bills",
            "Retrieve the users bills",
            parameters=[
                _query_param("q", _STRING, "Search query"),
                _query_param(
                    "limit", {"type": "number"}, "Maximum number of items to return"
                ),
                _query_param("offset", {"type": "number"}, "Number of items to skip"),
                _query_param("from", _STRING, "Only bills created from this time"),
                _query_param("status", {"type": "string", "enum": bill_statuses}),
                _query_param("contractId", _STRING, "Only bills of this contract"),
                _query_param("userId", _STRING, "Only bills of this user"),
            ],
            response=_array_of(_ref("Bill")),
            inferred=["offset and userId: sent by the SDK, not shown in the docs"],
        ),
        _Operation(
            "get",
            "/management/bills/{id}",
            "getBill",
            "Bills",
            "Get a bill by ID",
            parameters=[_path_param("id", "The unique identifier of the bill")],
            response=_ref("Bill"),
        ),
        _Operation(
            "get",
            "/management/users",
            "listUsers",
            "Users",
            "List users",
            parameters=[*_PAGE_PARAMS, search],
            response=_array_of(_ref("Profile")),
            inferred=["users are answered as Profile, the only user schema"],
        ),
        _Operation(
            "post",
            "/management/users",
            "createUser",
            "Users",
            "Create a user",
            body=_object(
                {
                    "email": {"type": "string", "format": "email"},
                    "name": _STRING,
                    "firstName": _STRING,
                    "lastName": _STRING,
                },
                ["email"],
            ),
            status="201",
            response=_ref("Profile"),
            inferred=[
                "request body: the SDK documents 'email, name, etc.'",
                "users are answered as Profile, the only user schema",
                _CREATED_STATUS,
            ],
        ),
        _Operation(
            "get",
            "/management/users/{userId}",
            "getUser",
            "Users",
            "Get a user",
            parameters=[user_id],
            response=_ref("Profile"),
            inferred=["users are answered as Profile, the only user schema"],
        ),
        _Operation(
            "patch",
            "/management/users/{userId}",
            "updateUser",
            "Users",
            "Update a user",
            parameters=[user_id],
            body=_partial(schemas, "Profile"),
            response=_ref("Profile"),
            inferred=[
                _PARTIAL_BODY.format("Profile"),
                "users are answered as Profile, the only user schema",
            ],
        ),
        _Operation(
            "delete",
            "/management/users/{userId}",
            "deleteUser",
            "Users",
            "Delete a user",
            parameters=[user_id],
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "post",
            "/management/users/{userId}/set-password",
            "setUserPassword",
            "Users",
            "Set a user's password",
            parameters=[user_id],
            body=_object({"password": _STRING}, ["password"]),
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "post",
            "/management/users/{userId}/change-login-identifier",
            "changeUserLoginIdentifier",
            "Users",
            "Change a user's login email",
            parameters=[user_id],
            body=_object({"email": {"type": "string", "format": "email"}}, ["email"]),
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "put",
            "/management/users/{userId}/user_metadata/{key}",
            "setUserMetadataValue",
            "Users",
            "Set a user metadata value",
            parameters=[user_id, metadata_key],
            body=_STRING,
            body_type="text/plain",
            status="204",
            inferred=[
                "request body: the SDK sends the raw value as text/plain",
                _NO_CONTENT,
            ],
        ),
        _Operation(
            "delete",
            "/management/users/{userId}/user_metadata/{key}",
            "deleteUserMetadataValue",
            "Users",
            "Delete a user metadata value",
            parameters=[user_id, metadata_key],
            status="204",
            inferred=[_NO_CONTENT],
        ),
        _Operation(
            "get",
            "/management/products",
            "listProducts",
            "Products",
            "List products",
            parameters=[*_PAGE_PARAMS, search],
            response=_array_of(_ref("Product")),
        ),
        _Operation(
            "post",
            "/management/products",
            "createProduct",
            "Products",
            "Create a product",
            body=product_body,
            status="201",
            response=_ref("Product"),
            inferred=[
                "request body: Product without its timestamps; required fields"
                " chosen from the Product schema",
                _CREATED_STATUS,
            ],
        ),
        _Operation(
            "get",
            "/management/products/{sku}",
            "getProduct",
            "Products",
            "Get a product by SKU",
            parameters=[sku],
            response=_ref("Product"),
        ),
        _Operation(
            "patch",
            "/management/products/{sku}",
            "updateProduct",
            "Products",
            "Update a product",
            parameters=[sku],
            body=_partial(schemas, "Product", drop=("createdAt", "updatedAt")),
            response=_ref("Product"),
            inferred=[_PARTIAL_BODY.format("Product")],
        ),
        _Operation(
            "get",
            "/management/products/{sku}/fulfillments",
            "listProductFulfillments",
            "Products",
            "List a product's fulfillments",
            parameters=[sku],
            response=_array_of(_ref("Fulfillment")),
            inferred=["response items: the SDK declares any[]"],
        ),
        _Operation(
            "get",
            "/management/contracts",
            "listContracts",
            "Contracts",
            "List contracts",
            parameters=[
                *_PAGE_PARAMS,
                _query_param("userId", _STRING, "Only contracts of this user"),
                _query_param("status", _STRING, "Only contracts with this status"),
            ],
            response=_array_of(_ref("Contract")),
        ),
        _Operation(
            "get",
            "/management/contracts/{id}",
            "getContract",
            "Contracts",
            "Get a contract by ID",
            parameters=[_path_param("id", "The unique identifier of the contract")],
            response=_ref("Contract"),
        ),
        _Operation(
            "get",
            "/management/transactions",
            "listTransactions",
            "Transactions",
            "List transactions",
            parameters=[
                *_PAGE_PARAMS,
                _query_param("userId", _STRING, "Only transactions of this user"),
                _query_param("type", _STRING, "Only transactions of this type"),
                _query_param("status", _STRING, "Only transactions with this status"),
            ],
            response=_array_of(_ref("Transaction")),
        ),
        _Operation(
            "get",
            "/management/entitlements",
            "listEntitlements",
            "Entitlements",
            "List entitlements",
            parameters=[
                *_PAGE_PARAMS,
                _query_param("userId", _STRING, "Only entitlements of this user"),
                _query_param("type", _ref("EntitlementType")),
                _query_param("sku", _STRING, "Only entitlements for this SKU"),
            ],
            response=_array_of(_ref("Entitlement")),
            inferred=["limit and offset: the documented convention for lists"],
        ),
        _Operation(
            "get",
            "/management/customers/{id}",
            "getCustomer",
            "Customers",
            "Get customer information (XML)",
            parameters=[_path_param("id", "The unique identifier of the customer")],
            response=_STRING,
            response_type="application/xml",
            inferred=["XML response from the SDK's description"],
        ),
        _Operation(
            "get",
            "/management/access-lists",
            "listAccessLists",
            "AccessLists",
            "List access lists",
            response=_array_of(_ref("AccessList")),
        ),
        _Operation(
            "post",
            "/management/access-lists",
            "createAccessList",
            "AccessLists",
            "Create an access list",
            body=_ref("CreateAccessList"),
            status="201",
            response=_ref("AccessList"),
            inferred=[_CREATED_STATUS],
        ),
        _Operation(
            "get",
            "/management/access-lists/{id}",
            "getAccessList",
            "AccessLists",
            "Get an access list by ID",
            parameters=[list_id],
            response=_ref("AccessList"),
        ),
        _Operation(
            "put",
            "/management/access-lists/{id}",
            "replaceAccessList",
            "AccessLists",
            "Replace an access list",
            parameters=[list_id],
            body=_ref("UpdateAccessList"),
            response=_ref("AccessList"),
        ),
        _Operation(
            "patch",
            "/management/access-lists/{id}",
            "updateAccessList",
            "AccessLists",
            "Partially update an access list",
            parameters=[list_id],
            body=_ref("UpdateAccessList"),
            response=_ref("AccessList"),
        ),
        _Operation(
            "get",
            "/management/access-lists/{id}/grants",
            "listGrants",
            "Grants",
            "List the grants of an access list",
            parameters=[list_id],
            response=_array_of(_ref("Grant")),
        ),
        _Operation(
            "post",
            "/management/access-lists/{id}/grants",
            "createGrant",
            "Grants",
            "Create a grant",
            parameters=[list_id],
            body=_ref("CreateGrant"),
            status="201",
            response=_ref("Grant"),
            inferred=[_CREATED_STATUS],
        ),
        _Operation(
            "get",
            "/management/access-lists/{id}/grants/{grantId}",
            "getGrant",
            "Grants",
            "Get a grant",
            parameters=[list_id, grant_id],
            response=_ref("Grant"),
        ),
        _Operation(
            "put",
            "/management/access-lists/{id}/grants/{grantId}",
            "updateGrant",
            "Grants",
            "Update a grant",
            parameters=[list_id, grant_id],
            body=_ref("UpdateGrant"),
            response=_ref("Grant"),
        ),
        _Operation(
            "delete",
            "/management/access-lists/{id}/grants/{grantId}",
            "deleteGrant",
            "Grants",
            "Delete a grant",
            parameters=[list_id, grant_id],
            status="204",
            inferred=[_NO_CONTENT],
        ),
    ]


# --- Documents -------------------------------------------------------------------


def _paths(operations: list[_Operation]) -> JSON:
    paths: JSON = {}
    for operation in operations:
        paths.setdefault(operation.path, {})[operation.method] = operation.operation
    return paths


def _published_corrections(schemas: JSON) -> list[str]:
    """Apply what the published client spec shows and SDK 1.22.0's types lack."""
    contract = schemas["Contract"]
    properties: JSON = {}
    for name, value in contract["properties"].items():
        properties[name] = value
        if name == "willCancelAt":
            properties["cancelRequestedAt"] = {"type": "string", "nullable": True}
    contract["properties"] = properties
    return [
        "Contract.cancelRequestedAt (string, nullable) is taken from the published"
        " spec head, which is newer than SDK 1.22.0's types; whether it is required"
        " cannot be seen (the head is cut off inside Contract.required), so it is"
        " optional here",
    ]


def _document(scopes: list[str], schemas: JSON, paths: JSON, notes: list[str]) -> JSON:
    return {
        "openapi": "3.0.0",
        "info": {"version": "1.0.0", "title": "API"},
        "servers": [
            {"url": "https://api2.sesamy.com", "description": "Current environment"}
        ],
        "security": [{"OpenID": scopes}],
        "components": {
            "securitySchemes": {
                "OpenID": {
                    "type": "openIdConnect",
                    "openIdConnectUrl": (
                        "https://token.sesamy.com/.well-known/openid-configuration"
                    ),
                },
                "Basic": {"type": "http", "scheme": "basic"},
            },
            "schemas": schemas,
        },
        "paths": paths,
        "x-sesamy-provenance": {
            "assembled": SNAPSHOT_DATE,
            "schemas": f"translated from {SDK_SOURCE}",
            "form": "first 2,000 characters of the published document",
            "operations": (
                "calls made by the SDK and the rendered documentation; per-operation"
                " inferences are listed under x-sesamy-inferred"
            ),
            "notes": notes,
        },
    }


_USER_METADATA_NOTE = (
    "UserMetadata is 'string | number | unknown | unknown' in the SDK's types: two"
    " branches had no type that openapi-typescript could render, so they are empty"
    " schemas here"
)
_PARTIAL_NOTE = (
    "request bodies the SDK types as Partial<T> are inline copies of T with no"
    " required properties"
)


def build(declarations: str) -> tuple[JSON, JSON]:
    """Both snapshot documents, client first."""
    client_schemas = parse_components(declarations, "components")
    management_schemas = parse_components(declarations, "components_2")
    client_notes = _published_corrections(client_schemas)
    client = _document(
        ["openid", "email", "profile", "entitlements"],
        client_schemas,
        _paths(client_operations(client_schemas)),
        [*client_notes, _USER_METADATA_NOTE, _PARTIAL_NOTE],
    )
    management = _document(
        ["openid", "email", "profile"],
        management_schemas,
        _paths(management_operations(management_schemas)),
        [_USER_METADATA_NOTE, _PARTIAL_NOTE],
    )
    return client, management


def main(argv: list[str] | None = None) -> int:
    """Write `client.json` and `management.json` into the output directory."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sdk_types", type=Path, help="path to @sesamy/sdk dist/sdk.d.ts"
    )
    parser.add_argument("--out", type=Path, default=Path("openapi"))
    args = parser.parse_args(argv)
    client, management = build(args.sdk_types.read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, document in (("client", client), ("management", management)):
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        (args.out / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"wrote {args.out / name}.json: {len(document['paths'])} paths")
    return 0


if __name__ == "__main__":
    sys.exit(main())
