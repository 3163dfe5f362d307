"""
Classify every difference between two OpenAPI 3 documents.

`compare(old, new)` walks both documents operation by operation and returns one
`Change` per difference, each with a rule id, a severity, a location and the
operationIds it affects. It reads nothing and writes nothing.

The rules follow oasdiff's (the reference classifier; it is written in Go and not
installable here), measured against what our *generated* client does:

- `breaking`: a caller or the generated client can fail. Two rules are stricter
  than oasdiff's, on purpose: a response enum value added (oasdiff: warning) is
  breaking because the generated `from_dict` raises `ValueError` on a value it
  does not know; security added (oasdiff: info) is breaking because requests
  with the old credentials or scopes get refused. An operationId or tag change is
  breaking for this project: it renames the generated module the facade calls.
- `warning`: compatible on the wire, but something callers may read or send went
  away (a response optional property, a request parameter), or a difference this
  module cannot classify (it is reported rather than dropped).
- `compatible`: additions and relaxations: a new operation, a new optional request
  parameter or property, a new response property, a request enum value added, a
  response enum value removed.
- `info`: documentation only: description, summary, title, example, deprecation.

`RULES` maps every rule id to its severity. Vendor extensions (`x-...` keys) are
ignored everywhere. Operations are matched by method and path template with the
parameter names blanked out, so a renamed path parameter is one change.
Schemas are followed through `$ref`s and walked recursively (properties, items,
additionalProperties, anyOf/oneOf/allOf); a change inside a component schema is
reported once, with every operation whose request or response reaches it.

Known limits: an `enum` or a type that appears where there was none (or goes
away) is not classified by itself; anyOf/oneOf/allOf branches are paired by
`$ref` name, then by position, so reordered inline branches read as changes;
components other than schemas and securitySchemes (parameters, responses,
requestBodies, headers) are compared only where an operation references them.
"""

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Final, Literal

__all__ = ["RULES", "Change", "Severity", "compare", "worst"]

Document = Mapping[str, Any]
Direction = Literal["request", "response"]
Subject = Literal["parameter", "body", "property"]


class Severity(StrEnum):
    """How much a change matters to existing callers, worst first."""

    BREAKING = "breaking"
    WARNING = "warning"
    COMPATIBLE = "compatible"
    INFO = "info"


_B, _W, _C, _I = Severity.BREAKING, Severity.WARNING, Severity.COMPATIBLE, Severity.INFO

RULES: Final[Mapping[str, Severity]] = {
    # Operations and paths.
    "api-path-removed": _B,
    "api-removed": _B,
    "endpoint-added": _C,
    "request-path-parameter-renamed": _B,
    "operation-id-changed": _B,
    "operation-tag-changed": _B,
    # Request parameters.
    "new-required-request-parameter": _B,
    "new-optional-request-parameter": _C,
    "request-parameter-removed": _W,
    "request-parameter-became-required": _B,
    "request-parameter-became-optional": _C,
    "request-parameter-type-changed": _B,
    "request-parameter-enum-value-removed": _B,
    "request-parameter-enum-value-added": _C,
    "request-parameter-became-not-nullable": _B,
    "request-parameter-became-nullable": _C,
    # Request bodies and their properties.
    "request-body-added-required": _B,
    "request-body-added-optional": _C,
    "request-body-removed": _W,
    "request-body-became-required": _B,
    "request-body-became-optional": _C,
    "request-body-media-type-removed": _B,
    "request-body-media-type-added": _C,
    "request-body-type-changed": _B,
    "request-body-enum-value-removed": _B,
    "request-body-enum-value-added": _C,
    "request-body-became-not-nullable": _B,
    "request-body-became-nullable": _C,
    "new-required-request-property": _B,
    "new-optional-request-property": _C,
    "request-property-removed": _W,
    "request-property-became-required": _B,
    "request-property-became-optional": _C,
    "request-property-type-changed": _B,
    "request-property-enum-value-removed": _B,
    "request-property-enum-value-added": _C,
    "request-property-became-not-nullable": _B,
    "request-property-became-nullable": _C,
    "request-schema-variant-removed": _B,
    "request-schema-variant-added": _C,
    "request-schema-all-of-added": _B,
    "request-schema-all-of-removed": _C,
    # Responses and their properties.
    "response-success-status-removed": _B,
    "response-success-status-added": _C,
    "response-non-success-status-removed": _C,
    "response-non-success-status-added": _C,
    "response-media-type-removed": _B,
    "response-non-success-media-type-removed": _C,
    "response-media-type-added": _C,
    "response-body-type-changed": _B,
    "response-body-became-nullable": _B,
    "response-body-became-not-nullable": _C,
    "response-body-enum-value-added": _B,
    "response-body-enum-value-removed": _C,
    "response-required-property-removed": _B,
    "response-optional-property-removed": _W,
    "response-required-property-added": _C,
    "response-optional-property-added": _C,
    "response-property-became-optional": _B,
    "response-property-became-required": _C,
    "response-property-type-changed": _B,
    "response-property-became-nullable": _B,
    "response-property-became-not-nullable": _C,
    "response-property-enum-value-added": _B,
    "response-property-enum-value-removed": _C,
    "response-schema-variant-added": _B,
    "response-schema-variant-removed": _C,
    "response-schema-all-of-removed": _B,
    "response-schema-all-of-added": _C,
    # Security.
    "api-security-removed": _B,
    "api-security-added": _B,
    "api-security-scope-removed": _B,
    "api-security-scope-added": _B,
    "api-security-changed": _B,
    "api-global-security-removed": _B,
    "api-global-security-added": _B,
    "api-global-security-scope-removed": _B,
    "api-global-security-scope-added": _B,
    "api-global-security-changed": _B,
    "security-scheme-changed": _B,
    "security-scheme-removed": _W,
    "security-scheme-added": _C,
    # Components no operation reaches (the generator still makes models of them).
    "component-schema-removed": _W,
    "component-schema-added": _C,
    "unreached-schema-changed": _I,
    # Document level, and whatever the rules above do not cover.
    "servers-changed": _W,
    "openapi-version-changed": _W,
    "schema-keyword-changed": _W,
    "unclassified-change": _W,
    # Documentation.
    "description-changed": _I,
    "summary-changed": _I,
    "title-changed": _I,
    "example-changed": _I,
    "deprecated-changed": _I,
    "info-changed": _I,
    "tags-changed": _I,
}

_ORDER = {severity: rank for rank, severity in enumerate(Severity)}

# What a breaking or warning change does to callers, appended to its message.
# Behaviour of openapi-python-client 0.29 models: a missing required field raises
# KeyError, an unknown enum value ValueError, an absent optional field reads UNSET.
_CONSEQUENCES: Final[Mapping[str, str]] = {
    "api-path-removed": "calls to it fail",
    "api-removed": "calls to it fail",
    "request-path-parameter-renamed": "the generated function's argument is renamed",
    "new-required-request-parameter": "calls without it are refused",
    "new-required-request-property": "calls without it are refused",
    "request-parameter-became-required": "calls without it are refused",
    "request-property-became-required": "calls without it are refused",
    "request-body-added-required": "calls without it are refused",
    "request-body-became-required": "calls without it are refused",
    "request-parameter-enum-value-removed": "calls sending it are refused",
    "request-property-enum-value-removed": "calls sending it are refused",
    "request-body-enum-value-removed": "calls sending it are refused",
    "response-required-property-removed": "the generated client raises KeyError",
    "response-property-became-optional": "the generated client raises KeyError",
    "response-property-became-nullable": "callers may read None",
    "response-body-became-nullable": "callers may read None",
    "response-property-enum-value-added": "the generated client raises ValueError",
    "response-body-enum-value-added": "the generated client raises ValueError",
    "response-property-type-changed": "the generated model expects the old type",
    "response-body-type-changed": "the generated client expects the old type",
    "response-success-status-removed": "the generated client returns parsed=None",
    "response-media-type-removed": "the generated client returns parsed=None",
    "response-optional-property-removed": "code reading it sees UNSET until regen "
    "removes the attribute",
    "request-parameter-removed": "the server may ignore or refuse it",
    "request-property-removed": "the server may ignore or refuse it",
}


@dataclass(frozen=True)
class Change:
    """
    One classified difference.

    `location` reads like a path through the document, from the first operation
    that reaches the change: `GET /contracts → 200 application/json → [] →
    Contract.cancelRequestedAt`. `schema` is the component-relative part
    (`Contract.cancelRequestedAt`) when the change sits inside a component
    schema, else None. `operations` are the affected operationIds, as the old
    document names them (the new one for added operations).
    """

    rule: str
    location: str
    message: str
    operations: tuple[str, ...] = ()
    schema: str | None = None

    @property
    def severity(self) -> Severity:
        """The rule's severity."""
        return RULES[self.rule]


def worst(changes: Iterable[Change]) -> Severity | None:
    """The most severe severity among `changes`, or None when there are none."""
    severities = [change.severity for change in changes]
    return min(severities, key=_ORDER.__getitem__) if severities else None


def compare(old: Document, new: Document) -> list[Change]:
    """
    Classify every difference from `old` to `new`.

    Args:
        old: the OpenAPI 3 document callers were built against (the snapshot).
        new: the document to compare it with (the published spec).

    Returns:
        The changes, worst severity first, then by location and rule.
    """
    comparison = _Comparison(old, new)
    comparison.run()
    return comparison.changes()


# --- locations ---------------------------------------------------------------------

_ARROW = " → "


@dataclass(frozen=True)
class _Where:
    """Where the walk is: the operation, segments outside the schema, schema path."""

    operation: str
    prefix: tuple[str, ...]
    path: str = ""
    component: str | None = None

    def text(self) -> str:
        """The location as printed."""
        return _ARROW.join((*self.prefix, self.path) if self.path else self.prefix)

    def key(self) -> str:
        """Same for one spot in a component schema, whichever operation reached it."""
        return f"#{self.path}" if self.component else self.text()

    def segment(self, name: str) -> "_Where":
        """A step outside any schema: a response, a media type, a parameter."""
        return replace(self, prefix=(*self.prefix, name))

    def prop(self, name: str) -> "_Where":
        """A property of the current schema."""
        return replace(self, path=f"{self.path}.{name}" if self.path else name)

    def suffix(self, text: str) -> "_Where":
        """Array items (`[]`), a map's values (`{*}`), a branch (`/anyOf[0]`)."""
        return replace(self, path=self.path + text)

    def enter(self, component: str) -> "_Where":
        """A `$ref` to a component schema: its name starts a new segment."""
        prefix = (*self.prefix, self.path) if self.path else self.prefix
        return replace(self, prefix=prefix, path=component, component=component)


@dataclass(frozen=True)
class _Flow:
    """Which way data goes, and what the schema at hand describes."""

    direction: Direction
    subject: Subject

    def rule(self, suffix: str) -> str:
        """`request-parameter-` + suffix, `response-property-` + suffix, ..."""
        return f"{self.direction}-{self.subject}-{suffix}"

    def into_property(self) -> "_Flow":
        """The flow one property deeper."""
        return replace(self, subject="property")


@dataclass
class _Finding:
    """A change seen from one operation, before grouping across operations."""

    rule: str
    location: str
    message: str
    key: str
    schema: str | None
    operations: list[str] = field(default_factory=list)


# --- documents ---------------------------------------------------------------------

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE_PARAM = re.compile(r"\{([^}/]*)\}")
_SCHEMA_PREFIX = "#/components/schemas/"
_MAX_REF_HOPS = 32
_MAX_VALUE = 80
_DOC_RULES = {
    "description": "description-changed",
    "summary": "summary-changed",
    "title": "title-changed",
    "example": "example-changed",
    "examples": "example-changed",
    "externalDocs": "description-changed",
    "deprecated": "deprecated-changed",
}


@dataclass(frozen=True)
class _Operation:
    """One operation of a document, with the path item it sits in."""

    method: str
    path: str
    item: Mapping[str, Any]
    spec: Mapping[str, Any]

    @property
    def label(self) -> str:
        """`GET /contracts/{contract_id}`."""
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str:
        """The operationId, or the label when the document gives none."""
        given = self.spec.get("operationId")
        return given if isinstance(given, str) and given else self.label

    @property
    def path_params(self) -> list[str]:
        """Path parameter names in template order."""
        return _TEMPLATE_PARAM.findall(self.path)


def _normalized(path: str) -> str:
    """`/contracts/{contract_id}` -> `/contracts/{}`."""
    return _TEMPLATE_PARAM.sub("{}", path)


def _operations(document: Document) -> dict[tuple[str, str], _Operation]:
    """Every operation, keyed by method and normalized path template."""
    found: dict[tuple[str, str], _Operation] = {}
    for path, item in _mapping(document.get("paths")).items():
        if not path.startswith("/") or not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            spec = item.get(method)
            if isinstance(spec, Mapping):
                found[(method, _normalized(path))] = _Operation(
                    method, path, item, spec
                )
    return found


def _mapping(value: object) -> Mapping[str, Any]:
    """`value` if it is a mapping, else an empty one."""
    return value if isinstance(value, Mapping) else {}


def _strip_extensions(value: object) -> object:
    """A copy without `x-` keys, for comparing parts no rule looks inside."""
    if isinstance(value, Mapping):
        return {
            k: _strip_extensions(v)
            for k, v in value.items()
            if not (isinstance(k, str) and k.startswith("x-"))
        }
    if isinstance(value, list):
        return [_strip_extensions(v) for v in value]
    return value


def _shown(value: object) -> str:
    """A short JSON rendering of a value for a message."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 3] + "..."


def _is_success(status: str) -> bool:
    """2xx statuses, including the `2XX` range; `default` is not a success."""
    return status.startswith("2")


def _effective_security(document: Document, operation: _Operation) -> object:
    """An operation's own security, or the document's global one."""
    if "security" in operation.spec:
        return operation.spec["security"]
    return document.get("security")


def _scopes(requirements: object) -> dict[str, set[str]]:
    """Scheme name -> every scope any alternative asks of it."""
    result: dict[str, set[str]] = {}
    if not isinstance(requirements, list):
        return result
    for alternative in requirements:
        for scheme, scopes in _mapping(alternative).items():
            result.setdefault(scheme, set()).update(scopes or ())
    return result


def _type_of(schema: Mapping[str, Any]) -> tuple[tuple[str, ...], str | None] | None:
    """The declared (types without null, format), or None when none is declared."""
    declared = schema.get("type")
    if isinstance(declared, str):
        types: tuple[str, ...] = (declared,)
    elif isinstance(declared, list):
        types = tuple(sorted(t for t in declared if t != "null"))
    elif "properties" in schema:
        types = ("object",)
    elif "items" in schema:
        types = ("array",)
    else:
        return None
    return types, schema.get("format")


def _type_text(signature: tuple[tuple[str, ...], str | None]) -> str:
    """`string`, `string (date-time)`, `integer | string`."""
    types, fmt = signature
    text = " | ".join(types)
    return f"{text} ({fmt})" if fmt else text


def _nullable(schema: Mapping[str, Any]) -> bool:
    """OpenAPI 3.0 `nullable: true` or a 3.1 type list with `null`."""
    declared = schema.get("type")
    if isinstance(declared, list) and "null" in declared:
        return True
    return schema.get("nullable") is True


# --- the walk ----------------------------------------------------------------------

_SCHEMA_KEYS = frozenset(
    {
        "$ref",
        "type",
        "format",
        "nullable",
        "enum",
        "properties",
        "required",
        "items",
        "additionalProperties",
        "anyOf",
        "oneOf",
        "allOf",
        *_DOC_RULES,
    }
)
_PARAMETER_KEYS = frozenset({"name", "in", "required", "schema", *_DOC_RULES})
_BODY_KEYS = frozenset({"required", "content", *_DOC_RULES})
_RESPONSE_KEYS = frozenset({"content", *_DOC_RULES})
_OPERATION_KEYS = frozenset(
    {
        "operationId",
        "tags",
        "parameters",
        "requestBody",
        "responses",
        "security",
        *_DOC_RULES,
    }
)
_DOCUMENT_KEYS = frozenset(
    {"openapi", "info", "servers", "security", "components", "paths", "tags"}
)
_COMPOSITIONS = ("anyOf", "oneOf", "allOf")

_RefPair = tuple[str | None, str | None]


class _Comparison:
    """One walk over an old and a new document, collecting findings."""

    def __init__(self, old: Document, new: Document) -> None:
        self.old = old
        self.new = new
        self.findings: dict[tuple[str, str, str], _Finding] = {}
        self.reached: set[str] = set()

    # Collecting.

    def add(self, rule: str, where: _Where, message: str) -> None:
        """Record a finding, merged with the same one seen from another operation."""
        if rule not in RULES:
            raise KeyError(f"unknown rule {rule!r}")
        consequence = _CONSEQUENCES.get(rule)
        if consequence:
            message = f"{message}; {consequence}"
        key = (rule, where.key(), message)
        finding = self.findings.get(key)
        if finding is None:
            schema = where.path if where.component else None
            finding = _Finding(rule, where.text(), message, where.key(), schema)
            self.findings[key] = finding
        if where.operation and where.operation not in finding.operations:
            finding.operations.append(where.operation)

    def changes(self) -> list[Change]:
        """The findings as sorted, immutable changes."""
        changes = [
            Change(f.rule, f.location, f.message, tuple(sorted(f.operations)), f.schema)
            for f in self.findings.values()
        ]
        return sorted(changes, key=lambda c: (_ORDER[c.severity], c.location, c.rule))

    # Document level.

    def run(self) -> None:
        """Compare the whole documents."""
        self.compare_top_level()
        self.compare_operations()
        self.compare_global_security()
        self.compare_security_schemes()
        self.compare_component_schemas()

    def compare_top_level(self) -> None:
        """`openapi`, `info`, `servers`, `tags` and unknown top-level keys."""
        top = _Where("", ("document",))
        for key, rule in (
            ("openapi", "openapi-version-changed"),
            ("info", "info-changed"),
            ("servers", "servers-changed"),
            ("tags", "tags-changed"),
        ):
            old, new = self.old.get(key), self.new.get(key)
            if _strip_extensions(old) != _strip_extensions(new):
                self.add(
                    rule, top.segment(key), f"{key}: {_shown(old)} -> {_shown(new)}"
                )
        self.other_keys(self.old, self.new, _DOCUMENT_KEYS, top)

    def compare_operations(self) -> None:
        """Match operations by method and path template; compare each pair."""
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        new_paths = {path for _, path in new_ops}
        for key, old_op in old_ops.items():
            new_op = new_ops.get(key)
            if new_op is not None:
                self.compare_operation(old_op, new_op)
                continue
            rule = "api-removed" if key[1] in new_paths else "api-path-removed"
            where = _Where(old_op.operation_id, (old_op.label,))
            what = "operation" if rule == "api-removed" else "path"
            self.add(rule, where, f"the {what} was removed")
        for key, new_op in new_ops.items():
            if key not in old_ops:
                where = _Where(new_op.operation_id, (new_op.label,))
                self.add("endpoint-added", where, "a new operation")

    def compare_operation(self, old: _Operation, new: _Operation) -> None:
        """Everything about one operation present in both documents."""
        where = _Where(old.operation_id, (old.label,))
        self.compare_path_names(old, new, where)
        self.compare_identity(old.spec, new.spec, where)
        self.compare_docs(old.spec, new.spec, where)
        self.compare_parameters(old, new, where)
        self.compare_request_body(old.spec, new.spec, where)
        self.compare_responses(old.spec, new.spec, where)
        self.compare_operation_security(old, new, where)
        self.other_keys(old.spec, new.spec, _OPERATION_KEYS, where)

    def compare_path_names(
        self, old: _Operation, new: _Operation, where: _Where
    ) -> None:
        """A path parameter renamed renames the generated function's argument."""
        for old_name, new_name in zip(old.path_params, new.path_params, strict=True):
            if old_name != new_name:
                message = (
                    f"path parameter '{old_name}' is now '{new_name}' ({new.path})"
                )
                self.add("request-path-parameter-renamed", where, message)

    def compare_identity(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: _Where
    ) -> None:
        """The operationId and tags name the generated module the facade imports."""
        for key, rule in (
            ("operationId", "operation-id-changed"),
            ("tags", "operation-tag-changed"),
        ):
            if old.get(key) != new.get(key):
                message = (
                    f"{key} {_shown(old.get(key))} -> {_shown(new.get(key))}: "
                    "the generated module is renamed"
                )
                self.add(rule, where, message)

    def compare_docs(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: _Where
    ) -> None:
        """Description, summary, title, examples, deprecation: info only."""
        for key, rule in _DOC_RULES.items():
            if _strip_extensions(old.get(key)) != _strip_extensions(new.get(key)):
                self.add(rule, where, f"{key} changed")

    def other_keys(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        known: frozenset[str],
        where: _Where,
        rule: str = "unclassified-change",
    ) -> None:
        """Report differences in keys no rule covers, rather than drop them."""
        for key in sorted((old.keys() | new.keys()) - known):
            if key.startswith("x-"):
                continue
            old_value, new_value = old.get(key), new.get(key)
            if _strip_extensions(old_value) != _strip_extensions(new_value):
                shown = f"{_shown(old_value)} -> {_shown(new_value)}"
                self.add(rule, where, f"'{key}' changed: {shown}")

    # Parameters.

    def parameters(self, side: Document, op: _Operation) -> dict[tuple[str, str], Any]:
        """Path-item and operation parameters, resolved, keyed by location."""
        positions = {name: str(i) for i, name in enumerate(op.path_params)}
        merged: dict[tuple[str, str], Any] = {}
        for raw in [*op.item.get("parameters", ()), *op.spec.get("parameters", ())]:
            param = _mapping(self.resolve(side, raw))
            where_in, name = str(param.get("in")), str(param.get("name"))
            if where_in == "path":
                # Renames are reported once by compare_path_names; match by position.
                name = positions.get(name, name)
            elif where_in == "header":
                name = name.lower()
            merged[(where_in, name)] = param
        return merged

    def compare_parameters(
        self, old: _Operation, new: _Operation, where: _Where
    ) -> None:
        """Parameters removed, added, or changed."""
        old_params = self.parameters(self.old, old)
        new_params = self.parameters(self.new, new)
        for key, param in old_params.items():
            label = f"{param.get('in')} parameter {param.get('name')}"
            if key not in new_params:
                self.add("request-parameter-removed", where.segment(label), "removed")
                continue
            self.compare_parameter(param, new_params[key], where.segment(label))
        for key, param in new_params.items():
            if key in old_params:
                continue
            label = f"{param.get('in')} parameter {param.get('name')}"
            required = param.get("required") is True
            rule = f"new-{'required' if required else 'optional'}-request-parameter"
            self.add(rule, where.segment(label), "added")

    def compare_parameter(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: _Where
    ) -> None:
        """One parameter present in both documents."""
        was, now = old.get("required") is True, new.get("required") is True
        if was != now:
            state = "required" if now else "optional"
            self.add(f"request-parameter-became-{state}", where, f"now {state}")
        flow = _Flow("request", "parameter")
        self.schema(old.get("schema", {}), new.get("schema", {}), where, flow, set())
        self.compare_docs(old, new, where)
        self.other_keys(old, new, _PARAMETER_KEYS, where)

    # Request bodies.

    def compare_request_body(
        self, old_op: Mapping[str, Any], new_op: Mapping[str, Any], where: _Where
    ) -> None:
        """The request body: presence, required, media types, schemas."""
        old = self.resolve(self.old, old_op.get("requestBody"))
        new = self.resolve(self.new, new_op.get("requestBody"))
        where = where.segment("request body")
        if not isinstance(old, Mapping) and not isinstance(new, Mapping):
            return
        if not isinstance(new, Mapping):
            self.add("request-body-removed", where, "the request body was removed")
            return
        if not isinstance(old, Mapping):
            state = "required" if new.get("required") is True else "optional"
            self.add(
                f"request-body-added-{state}", where, f"a new {state} request body"
            )
            return
        self.compare_body(old, new, where)

    def compare_body(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: _Where
    ) -> None:
        """A request body present in both documents."""
        was, now = old.get("required") is True, new.get("required") is True
        if was != now:
            state = "required" if now else "optional"
            self.add(f"request-body-became-{state}", where, f"the body is now {state}")
        old_content, new_content = (
            _mapping(old.get("content")),
            _mapping(new.get("content")),
        )
        for media in old_content.keys() - new_content.keys():
            self.add(
                "request-body-media-type-removed", where, f"{media} no longer accepted"
            )
        for media in new_content.keys() - old_content.keys():
            self.add("request-body-media-type-added", where, f"{media} now accepted")
        flow = _Flow("request", "body")
        for media in old_content.keys() & new_content.keys():
            self.media(
                old_content[media], new_content[media], where.segment(media), flow
            )
        self.compare_docs(old, new, where)
        self.other_keys(old, new, _BODY_KEYS, where)

    def media(self, old: object, new: object, where: _Where, flow: _Flow) -> None:
        """One media type's schema, on both sides."""
        old_schema = _mapping(old).get("schema", {})
        new_schema = _mapping(new).get("schema", {})
        self.schema(old_schema, new_schema, where, flow, set())

    # Responses.

    def compare_responses(
        self, old_op: Mapping[str, Any], new_op: Mapping[str, Any], where: _Where
    ) -> None:
        """Statuses removed or added; each common status compared."""
        old = _mapping(old_op.get("responses"))
        new = _mapping(new_op.get("responses"))
        statuses = [s for s in old if not s.startswith("x-")]
        for status in statuses:
            kind = "success" if _is_success(status) else "non-success"
            if status not in new:
                self.add(f"response-{kind}-status-removed", where, f"{status} removed")
                continue
            self.compare_response(status, old[status], new[status], where)
        for status in new:
            if status not in old and not status.startswith("x-"):
                kind = "success" if _is_success(status) else "non-success"
                self.add(f"response-{kind}-status-added", where, f"{status} added")

    def compare_response(
        self, status: str, old: object, new: object, where: _Where
    ) -> None:
        """One status present in both documents."""
        old_response = _mapping(self.resolve(self.old, old))
        new_response = _mapping(self.resolve(self.new, new))
        old_content = _mapping(old_response.get("content"))
        new_content = _mapping(new_response.get("content"))
        removed_rule = (
            "response-media-type-removed"
            if _is_success(status)
            else "response-non-success-media-type-removed"
        )
        for media in old_content.keys() - new_content.keys():
            self.add(removed_rule, where.segment(status), f"{media} no longer answered")
        for media in new_content.keys() - old_content.keys():
            self.add(
                "response-media-type-added", where.segment(status), f"{media} added"
            )
        flow = _Flow("response", "body")
        for media in old_content.keys() & new_content.keys():
            at = where.segment(f"{status} {media}")
            self.media(old_content[media], new_content[media], at, flow)
        self.compare_docs(old_response, new_response, where.segment(status))
        self.other_keys(
            old_response, new_response, _RESPONSE_KEYS, where.segment(status)
        )

    # Schemas.

    def resolve(self, side: Document, value: object) -> object:
        """Follow `$ref`s within `side` (a bounded number of hops)."""
        for _ in range(_MAX_REF_HOPS):
            ref = _mapping(value).get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#/"):
                return value
            value = _pointer(side, ref)
        return value

    def schema(
        self,
        old: object,
        new: object,
        where: _Where,
        flow: _Flow,
        seen: set[_RefPair],
    ) -> None:
        """Compare two schemas, following `$ref`s; stop on a recursive pair."""
        pair = (_component(old), _component(new))
        if pair != (None, None):
            if pair in seen:
                return
            seen = seen | {pair}
            self.reached.update(name for name in pair if name)
            where = where.enter(_pair_label(pair))
        old_schema = _mapping(self.resolve(self.old, old))
        new_schema = _mapping(self.resolve(self.new, new))
        self.schema_body(old_schema, new_schema, where, flow, seen)

    def schema_body(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        where: _Where,
        flow: _Flow,
        seen: set[_RefPair],
    ) -> None:
        """Two resolved schemas: type first; if it stands, everything inside."""
        if self.type_changed(old, new, where, flow):
            return
        self.nullability(old, new, where, flow)
        self.enum(old, new, where, flow)
        self.properties(old, new, where, flow, seen)
        if "items" in old or "items" in new:
            self.schema(
                old.get("items", {}),
                new.get("items", {}),
                where.suffix("[]"),
                flow,
                seen,
            )
        self.additional_properties(old, new, where, flow, seen)
        for keyword in _COMPOSITIONS:
            self.composition(keyword, old, new, where, flow, seen)
        self.compare_docs(old, new, where)
        self.other_keys(old, new, _SCHEMA_KEYS, where, "schema-keyword-changed")

    def type_changed(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: _Where, flow: _Flow
    ) -> bool:
        """Report a changed type or format; True if there was one."""
        old_type, new_type = _type_of(old), _type_of(new)
        if old_type is None or new_type is None or old_type == new_type:
            return False
        message = f"type {_type_text(old_type)} -> {_type_text(new_type)}"
        self.add(flow.rule("type-changed"), where, message)
        return True

    def nullability(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: _Where, flow: _Flow
    ) -> None:
        """`nullable` switched on or off."""
        was, now = _nullable(old), _nullable(new)
        if was == now:
            return
        state = "nullable" if now else "not-nullable"
        self.add(flow.rule(f"became-{state}"), where, f"now {state.replace('-', ' ')}")

    def enum(
        self, old: Mapping[str, Any], new: Mapping[str, Any], where: _Where, flow: _Flow
    ) -> None:
        """Enum values added or removed (only where both sides have an enum)."""
        old_values, new_values = old.get("enum"), new.get("enum")
        if not isinstance(old_values, list) or not isinstance(new_values, list):
            return
        for value in old_values:
            if value not in new_values:
                self.add(
                    flow.rule("enum-value-removed"),
                    where,
                    f"value {_shown(value)} removed",
                )
        for value in new_values:
            if value not in old_values:
                self.add(
                    flow.rule("enum-value-added"), where, f"value {_shown(value)} added"
                )

    def properties(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        where: _Where,
        flow: _Flow,
        seen: set[_RefPair],
    ) -> None:
        """Object properties removed, added, made required or optional, changed."""
        old_props = _mapping(old.get("properties"))
        new_props = _mapping(new.get("properties"))
        old_required = set(old.get("required", ()))
        new_required = set(new.get("required", ()))
        for name in old_props:
            if name not in new_props:
                self.property_removed(
                    name, name in old_required, where.prop(name), flow
                )
        for name in new_props:
            if name not in old_props:
                self.property_added(name, name in new_required, where.prop(name), flow)
        for name in old_props:
            if name not in new_props:
                continue
            was, now = name in old_required, name in new_required
            if was != now:
                self.required_changed(now, where.prop(name), flow)
            self.schema(
                old_props[name],
                new_props[name],
                where.prop(name),
                flow.into_property(),
                seen,
            )

    def property_removed(
        self, name: str, required: bool, where: _Where, flow: _Flow
    ) -> None:
        """A property gone from the new schema."""
        if flow.direction == "request":
            self.add(
                "request-property-removed", where, f"request property '{name}' removed"
            )
            return
        kind = "required" if required else "optional"
        self.add(
            f"response-{kind}-property-removed",
            where,
            f"the {kind} response property '{name}' was removed",
        )

    def property_added(
        self, name: str, required: bool, where: _Where, flow: _Flow
    ) -> None:
        """A property new in the new schema."""
        kind = "required" if required else "optional"
        if flow.direction == "request":
            message = f"new {kind} request property '{name}'"
            self.add(f"new-{kind}-request-property", where, message)
            return
        message = f"new {kind} response property '{name}'"
        self.add(f"response-{kind}-property-added", where, message)

    def required_changed(self, now_required: bool, where: _Where, flow: _Flow) -> None:
        """A property kept but made required or optional."""
        state = "required" if now_required else "optional"
        self.add(f"{flow.direction}-property-became-{state}", where, f"now {state}")

    def additional_properties(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        where: _Where,
        flow: _Flow,
        seen: set[_RefPair],
    ) -> None:
        """Map values, when both sides describe them with a schema."""
        old_values, new_values = (
            old.get("additionalProperties"),
            new.get("additionalProperties"),
        )
        if isinstance(old_values, Mapping) and isinstance(new_values, Mapping):
            self.schema(
                old_values, new_values, where.suffix("{*}"), flow.into_property(), seen
            )
            return
        if old_values != new_values:
            message = (
                f"additionalProperties {_shown(old_values)} -> {_shown(new_values)}"
            )
            self.add("schema-keyword-changed", where, message)

    def composition(
        self,
        keyword: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        where: _Where,
        flow: _Flow,
        seen: set[_RefPair],
    ) -> None:
        """The branches of anyOf / oneOf / allOf: paired, added, removed."""
        old_branches = list(old.get(keyword) or ())
        new_branches = list(new.get(keyword) or ())
        pairs, removed, added = _pair_branches(old_branches, new_branches)
        family = "all-of" if keyword == "allOf" else "variant"
        for index in removed:
            at = where.suffix(f"/{keyword}[{index}]")
            self.add(
                f"{flow.direction}-schema-{family}-removed",
                at,
                f"{keyword} branch removed",
            )
        for index in added:
            at = where.suffix(f"/{keyword}[{index}]")
            self.add(
                f"{flow.direction}-schema-{family}-added", at, f"{keyword} branch added"
            )
        for old_index, new_index in pairs:
            at = where.suffix(f"/{keyword}[{old_index}]")
            self.schema(
                old_branches[old_index], new_branches[new_index], at, flow, seen
            )

    # Security.

    def compare_operation_security(
        self, old: _Operation, new: _Operation, where: _Where
    ) -> None:
        """Own security on either side: compare what each side requires."""
        if "security" not in old.spec and "security" not in new.spec:
            return
        old_security = _effective_security(self.old, old)
        new_security = _effective_security(self.new, new)
        self.security(
            old_security, new_security, where.segment("security"), "api-security"
        )

    def compare_global_security(self) -> None:
        """The document-wide requirement, for operations that inherit it."""
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        inheriting = [
            op.operation_id
            for key, op in old_ops.items()
            if "security" not in op.spec
            and "security" not in _mapping(new_ops.get(key, _NO_OP).spec)
        ]
        base = _Where("", ("security (global)",))
        for operation in inheriting or [""]:
            self.security(
                self.old.get("security"),
                self.new.get("security"),
                replace(base, operation=operation),
                "api-global-security",
            )

    def security(self, old: object, new: object, where: _Where, family: str) -> None:
        """Schemes and scopes removed or added; a reshuffle of alternatives."""
        old_scopes, new_scopes = _scopes(old), _scopes(new)
        for scheme in sorted(old_scopes.keys() - new_scopes.keys()):
            self.add(
                f"{family}-removed", where, f"scheme '{scheme}' no longer required"
            )
        for scheme in sorted(new_scopes.keys() - old_scopes.keys()):
            self.add(f"{family}-added", where, f"scheme '{scheme}' now required")
        for scheme in sorted(old_scopes.keys() & new_scopes.keys()):
            for scope in sorted(old_scopes[scheme] - new_scopes[scheme]):
                self.add(
                    f"{family}-scope-removed",
                    where,
                    f"{scheme} scope '{scope}' removed",
                )
            for scope in sorted(new_scopes[scheme] - old_scopes[scheme]):
                self.add(
                    f"{family}-scope-added", where, f"{scheme} scope '{scope}' added"
                )
        if old_scopes == new_scopes and _strip_extensions(old) != _strip_extensions(
            new
        ):
            self.add(f"{family}-changed", where, f"{_shown(old)} -> {_shown(new)}")

    def compare_security_schemes(self) -> None:
        """components.securitySchemes: how tokens are obtained and sent."""
        old = _mapping(_mapping(self.old.get("components")).get("securitySchemes"))
        new = _mapping(_mapping(self.new.get("components")).get("securitySchemes"))
        for name in old:
            where = _Where("", ("components", f"securitySchemes.{name}"))
            if name not in new:
                self.add("security-scheme-removed", where, f"scheme '{name}' removed")
                continue
            old_scheme, new_scheme = _scheme_shape(old[name]), _scheme_shape(new[name])
            if old_scheme != new_scheme:
                message = f"{_shown(old_scheme)} -> {_shown(new_scheme)}"
                for operation in self.operations_using(name):
                    self.add(
                        "security-scheme-changed",
                        replace(where, operation=operation),
                        message,
                    )
        for name in new.keys() - old.keys():
            where = _Where("", ("components", f"securitySchemes.{name}"))
            self.add("security-scheme-added", where, f"scheme '{name}' added")

    def operations_using(self, scheme: str) -> list[str]:
        """OperationIds whose (old) security names `scheme`; [""] if none does."""
        using = [
            op.operation_id
            for op in _operations(self.old).values()
            if scheme in _scopes(_effective_security(self.old, op))
        ]
        return using or [""]

    # Components no operation reaches.

    def compare_component_schemas(self) -> None:
        """Schemas added, removed, or changed where no operation reached them."""
        old = _mapping(_mapping(self.old.get("components")).get("schemas"))
        new = _mapping(_mapping(self.new.get("components")).get("schemas"))
        for name in old:
            where = _Where("", ("components", f"schemas.{name}"))
            if name not in new:
                self.add("component-schema-removed", where, f"schema '{name}' removed")
            elif name not in self.reached and _strip_extensions(
                old[name]
            ) != _strip_extensions(new[name]):
                message = (
                    "changed; no operation reaches it, only its generated model changes"
                )
                self.add("unreached-schema-changed", where, message)
        for name in new:
            if name not in old:
                where = _Where("", ("components", f"schemas.{name}"))
                self.add("component-schema-added", where, f"schema '{name}' added")


_NO_OP = _Operation("", "", {}, {})


def _scheme_shape(scheme: object) -> object:
    """A security scheme without its description and extensions."""
    shape = {k: v for k, v in _mapping(scheme).items() if k != "description"}
    return _strip_extensions(shape)


def _pointer(document: Document, ref: str) -> object:
    """Resolve a local JSON pointer (`#/components/schemas/Contract`); {} if absent."""
    value: object = document
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        value = _mapping(value).get(part)
    return value if value is not None else {}


def _component(schema: object) -> str | None:
    """`Contract` for `{"$ref": "#/components/schemas/Contract"}`, else None."""
    ref = _mapping(schema).get("$ref")
    if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX):
        return ref[len(_SCHEMA_PREFIX) :]
    return None


def _pair_label(pair: _RefPair) -> str:
    """One name for a component pair: `Contract`, or `Old→New` when it changed."""
    old, new = pair
    if old and new and old != new:
        return f"{old}→{new}"
    return old or new or ""


def _pair_branches(
    old: list[Any], new: list[Any]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair branches by component name, then by position; the rest are removed/added."""
    pairs: list[tuple[int, int]] = []
    free_old, free_new = list(range(len(old))), list(range(len(new)))
    for i in list(free_old):
        name = _component(old[i])
        match = next((j for j in free_new if name and _component(new[j]) == name), None)
        if match is not None:
            pairs.append((i, match))
            free_old.remove(i)
            free_new.remove(match)
    unnamed_old = [i for i in free_old if _component(old[i]) is None]
    unnamed_new = [j for j in free_new if _component(new[j]) is None]
    for i, j in zip(unnamed_old, unnamed_new, strict=False):
        pairs.append((i, j))
        free_old.remove(i)
        free_new.remove(j)
    return sorted(pairs), free_old, free_new
