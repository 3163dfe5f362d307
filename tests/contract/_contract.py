"""
Checks of a recorded cassette against an OpenAPI snapshot and the facade.

`request_problems` says whether the recorded requests are the operation the cassette
is named for (method, path template, declared query parameters); `response_problems`
validates the recorded responses with openapi-core. Both take the spec as a dict, so
the consequence tests can hand them a mutated copy. `replay` makes the recorded call
through the facade while vcrpy replays the cassette. Every failure message names the
operation, the JSON location, what the spec expects and what to do.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from xml.etree import ElementTree

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from vcr.errors import (  # type: ignore[import-untyped]
    CannotOverwriteExistingCassetteException,
)
from vcr.persisters.filesystem import (  # type: ignore[import-untyped]
    FilesystemPersister,
)
from vcr.serializers import yamlserializer  # type: ignore[import-untyped]

from scripts._cassettes import (
    APIS,
    CASSETTE_ROOT,
    FACADE_CALL_KEY,
    PLACEHOLDER_ORIGIN,
    REPLAY_TOKEN,
    REPO,
    FacadeCall,
    Scrubber,
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

SPEC_SERVER = "https://api2.sesamy.com"
METHODS = ("get", "put", "post", "delete", "patch")
ADVICE = (
    "What to do: if the API changed, update the snapshot (`make regen`) and the "
    "facade; if the snapshot (or the fake) changed on purpose, the recording is "
    "stale: re-record with `make record`."
)

Spec = dict[str, Any]


@dataclass(frozen=True)
class Exchange:
    """One recorded request and its response, as plain values."""

    method: str
    uri: str
    request_body: bytes
    request_content_type: str
    status: int
    response_headers: dict[str, str]
    response_body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.uri).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.uri).query, keep_blank_values=True)


@dataclass(frozen=True)
class Recording:
    """A cassette: what was called through the facade and the traffic it caused."""

    api: str
    operation_id: str
    path: Path
    call: FacadeCall
    recorded_against: str
    exchanges: tuple[Exchange, ...]

    @property
    def name(self) -> str:
        return f"{self.api} {self.operation_id}"

    @property
    def where(self) -> str:
        return (
            str(self.path.relative_to(REPO))
            if self.path.is_relative_to(REPO)
            else str(self.path)
        )


def cassette_paths() -> list[Path]:
    """Every cassette file, sorted by API and operation."""
    return sorted(path for api in APIS for path in (CASSETTE_ROOT / api).glob("*.yaml"))


@cache
def load(path: Path) -> Recording:
    """Read a cassette file."""
    requests, responses, *rest = FilesystemPersister.load_cassette(
        path, serializer=yamlserializer
    )
    metadata: Mapping[str, Any] = rest[0] if rest else {}
    exchanges = tuple(_exchange(r, s) for r, s in zip(requests, responses, strict=True))
    return Recording(
        api=path.parent.name,
        operation_id=path.stem,
        path=path,
        call=FacadeCall.from_metadata(metadata[FACADE_CALL_KEY]),
        recorded_against=str(metadata.get("recorded_against", "unknown")),
        exchanges=exchanges,
    )


def _exchange(request: Any, response: Mapping[str, Any]) -> Exchange:
    headers = {k.lower(): str(v[0]) for k, v in response.get("headers", {}).items()}
    request_headers = {k.lower(): str(v) for k, v in request.headers.items()}
    body = request.body or b""
    return Exchange(
        method=request.method.upper(),
        uri=request.uri,
        request_body=body if isinstance(body, bytes) else str(body).encode(),
        request_content_type=request_headers.get("content-type", ""),
        status=int(response["status"]["code"]),
        response_headers=headers,
        response_body=response.get("body", {}).get("string") or b"",
    )


# --- the snapshot ----------------------------------------------------------------


@cache
def snapshot(api: str) -> Spec:
    """The committed snapshot of an API (do not mutate: deep-copy it first)."""
    document: Spec = json.loads((REPO / "openapi" / f"{api}.json").read_text("utf-8"))
    return document


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a spec and how its path template matches a path."""

    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    literal_segments: int
    parameters: tuple[Mapping[str, Any], ...]


def spec_operations(spec: Spec) -> list[SpecOperation]:
    """Every operation of a spec."""
    found = []
    for template, item in spec["paths"].items():
        shared = tuple(item.get("parameters", ()))
        for method, operation in item.items():
            if method not in METHODS:
                continue
            found.append(
                SpecOperation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    template=template,
                    pattern=_template_pattern(template),
                    literal_segments=template.count("/") - template.count("{"),
                    parameters=shared + tuple(operation.get("parameters", ())),
                )
            )
    return found


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(
        f"(?P<p{index}>[^/]+)" if part.startswith("{") else re.escape(part)
        for index, part in enumerate(parts)
    )
    return re.compile(f"^{regex}$")


def match_operation(spec: Spec, method: str, path: str) -> SpecOperation | None:
    """The operation a request reaches; literal segments win over templated ones."""
    candidates = [
        op
        for op in spec_operations(spec)
        if op.method == method and op.pattern.match(path)
    ]
    return max(candidates, key=lambda op: op.literal_segments, default=None)


# --- request checks ----------------------------------------------------------------


def request_problems(spec: Spec, recording: Recording) -> list[str]:
    """What in the recorded requests does not fit the spec (empty when all fits)."""
    problems = []
    for number, exchange in enumerate(recording.exchanges, start=1):
        where = f"request {number} ({exchange.method} {exchange.path})"
        problems += [
            f"{where}: {p}" for p in _request_problems(spec, recording, exchange)
        ]
    if not recording.exchanges:
        problems.append("the cassette holds no request")
    return problems


def _request_problems(
    spec: Spec, recording: Recording, exchange: Exchange
) -> list[str]:
    operation = match_operation(spec, exchange.method, exchange.path)
    if operation is None:
        return [
            f"no operation of the {recording.api} snapshot answers "
            f"{exchange.method} {exchange.path}"
        ]
    if operation.operation_id != recording.operation_id:
        return [
            f"this is operation {operation.operation_id} "
            f"({operation.method} {operation.template}), not {recording.operation_id}"
        ]
    return _parameter_problems(operation, exchange)


def _parameter_problems(operation: SpecOperation, exchange: Exchange) -> list[str]:
    declared = {p["name"]: p for p in operation.parameters if p.get("in") == "query"}
    sent = [name for name, _ in exchange.query]
    problems = [
        f"query parameter {name!r} is not declared by {operation.operation_id} "
        f"(declared: {sorted(declared) or 'none'})"
        for name in sent
        if name not in declared
    ]
    problems += [
        f"required query parameter {name!r} is missing"
        for name, parameter in declared.items()
        if parameter.get("required") and name not in sent
    ]
    path_names = re.findall(r"\{([^}]+)\}", operation.template)
    in_path = {p["name"] for p in operation.parameters if p.get("in") == "path"}
    problems += [
        f"path parameter {name!r} of {operation.template} is not declared"
        for name in path_names
        if name not in in_path
    ]
    match = operation.pattern.match(exchange.path)
    if match and any(not value for value in match.groupdict().values()):
        problems.append(f"a path parameter of {operation.template} is empty")
    return problems


# --- response checks ---------------------------------------------------------------


def _xml_as_text(value: bytes | str, **_: Any) -> str:
    # The snapshot declares XML as `type: string`; openapi-core would parse it into an
    # Element. Check that it is well-formed, then validate it as the string it is.
    text = value.decode() if isinstance(value, bytes) else value
    ElementTree.fromstring(text)
    return text


def validator(spec: Spec) -> OpenAPI:
    """An openapi-core validator for a spec."""
    config = Config(extra_media_type_deserializers={"application/xml": _xml_as_text})
    return OpenAPI.from_dict(spec, config=config)


@cache
def snapshot_validator(api: str) -> OpenAPI:
    """The validator of a committed snapshot, built once."""
    return validator(snapshot(api))


def response_problems(
    spec: Spec, recording: Recording, openapi: OpenAPI | None = None
) -> list[str]:
    """What in the recorded responses does not fit the spec (empty when all fits)."""
    openapi = openapi or validator(spec)
    problems = []
    for number, exchange in enumerate(recording.exchanges, start=1):
        where = (
            f"response {number} ({exchange.method} {exchange.path} "
            f"-> {exchange.status})"
        )
        try:
            openapi.validate_response(*_mock(spec, exchange))
        except Exception as exc:  # noqa: BLE001 - every openapi-core error is a finding
            problems += [f"{where}: {line}" for line in describe(exc)]
    return problems


def _mock(spec: Spec, exchange: Exchange) -> tuple[MockRequest, MockResponse]:
    request = MockRequest(
        SPEC_SERVER,
        exchange.method.lower(),
        exchange.path,
        args=dict(exchange.query),
        data=exchange.request_body or None,
        content_type=exchange.request_content_type or "application/json",
    )
    content_type = exchange.response_headers.get("content-type", "application/json")
    response = MockResponse(
        _unwrapped(spec, exchange),
        status_code=exchange.status,
        headers=exchange.response_headers,
        content_type=content_type.split(";")[0],
    )
    return request, response


def _unwrapped(spec: Spec, exchange: Exchange) -> bytes:
    """The body; for a list answered in Sesamy's documented envelope, its `data`."""
    operation = match_operation(spec, exchange.method, exchange.path)
    if operation is None or not _answers_array(spec, operation):
        return exchange.response_body
    try:
        body = json.loads(exchange.response_body)
    except ValueError:
        return exchange.response_body
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        return json.dumps(body["data"]).encode()
    return exchange.response_body


def _answers_array(spec: Spec, operation: SpecOperation) -> bool:
    responses = spec["paths"][operation.template][operation.method.lower()]["responses"]
    for status, response in responses.items():
        if not status.startswith("2"):
            continue
        for media in (response.get("content") or {}).values():
            return bool(media.get("schema", {}).get("type") == "array")
    return False


# --- messages ------------------------------------------------------------------------


def describe(exc: BaseException) -> list[str]:
    """Lines naming each offending location, what the spec expects and what was sent."""
    schema_errors = _schema_errors(exc)
    if not schema_errors:
        return [f"{type(exc).__name__}: {exc}"]
    return [_describe_schema_error(error) for error in schema_errors]


def _schema_errors(exc: BaseException) -> Sequence[Any]:
    seen: BaseException | None = exc
    while seen is not None:
        errors = getattr(seen, "schema_errors", None)
        if errors:
            return list(errors)
        seen = seen.__cause__ or seen.__context__
    return []


def location(path: Sequence[Any]) -> str:
    """A JSON path such as `$[0].status` from jsonschema's path elements."""
    return "$" + "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in path
    )


def _describe_schema_error(error: Any) -> str:
    path = list(error.absolute_path)
    if error.validator == "required":
        found = re.match(r"^'(.+)' is a required property$", error.message)
        name = found.group(1) if found else "?"
        return (
            f"{location([*path, name])}: the spec requires this property; "
            "the recording lacks it"
        )
    expected = _expected(error.validator, error.validator_value)
    recorded = _short(error.instance)
    return f"{location(path)}: the spec expects {expected}; recorded {recorded}"


def _expected(keyword: str, value: Any) -> str:
    if keyword == "type":
        return f"type {value!r}"
    if keyword == "enum":
        return f"one of {value!r}"
    if keyword == "nullable":
        return "a non-null value"
    return f"{keyword} {_short(value)}"


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def failure_message(recording: Recording, kind: str, problems: Sequence[str]) -> str:
    """The whole message of a failed check: operation, findings, what to do."""
    lines = [
        f"{recording.name}: the recorded {kind} does not match the {recording.api} "
        f"snapshot ({recording.where}, recorded against {recording.recorded_against})",
        *(f"  {problem}" for problem in problems),
        ADVICE,
    ]
    return "\n".join(lines)


def recordings() -> Iterator[Recording]:
    """Every cassette, loaded."""
    for path in cassette_paths():
        yield load(path)


# --- replay through the facade -------------------------------------------------------

SYNC_CLIENTS: dict[str, type[Any]] = {
    "client": SesamyClient,
    "management": SesamyManagement,
}
ASYNC_CLIENTS: dict[str, type[Any]] = {
    "client": AsyncSesamyClient,
    "management": AsyncSesamyManagement,
}
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


class ReplayError(AssertionError):
    """The facade could not turn a recording into the value its method declares."""


def replay_vcr() -> Any:
    """Replay only: a request the cassette does not hold raises, never goes out."""
    return cassette_vcr(Scrubber(), "none")


def replay_message(recording: Recording, finding: str) -> str:
    """The message of a failed replay: operation, facade method, finding, advice."""
    return (
        f"{recording.name} ({recording.where}): replaying through the facade "
        f"({recording.call.method}): {finding}\n{ADVICE}"
    )


def replay(recording: Recording) -> Any:
    """
    Make the recorded call on a sync client while vcrpy replays the cassette.

    Raises:
        ReplayError: The facade raised, left recorded requests unsent, or
            returned something other than its declared type.
        CannotOverwriteExistingCassetteException: The facade sent a request the
            cassette does not hold.
    """
    client = SYNC_CLIENTS[recording.api](
        REPLAY_TOKEN, base_url=PLACEHOLDER_ORIGIN, max_retries=0
    )
    with client, replay_vcr().use_cassette(str(recording.path)) as cassette:
        try:
            result = invoke(client, recording.call)
        except CannotOverwriteExistingCassetteException:
            raise
        except Exception as exc:  # any parse error is the finding
            raise ReplayError(
                replay_message(recording, f"{type(exc).__name__}: {exc}")
            ) from exc
        _check_all_played(recording, cassette)
    check_declared_type(recording, facade_method(client, recording.call.method), result)
    return result


async def replay_async(recording: Recording) -> Any:
    """`replay` on an async client."""
    client = ASYNC_CLIENTS[recording.api](
        REPLAY_TOKEN, base_url=PLACEHOLDER_ORIGIN, max_retries=0
    )
    method = facade_method(client, recording.call.method)
    async with client:
        with replay_vcr().use_cassette(str(recording.path)) as cassette:
            try:
                result = await _ainvoke(method, recording.call)
            except CannotOverwriteExistingCassetteException:
                raise
            except Exception as exc:  # any parse error is the finding
                raise ReplayError(
                    replay_message(recording, f"{type(exc).__name__}: {exc}")
                ) from exc
            _check_all_played(recording, cassette)
    check_declared_type(recording, method, result)
    return result


async def _ainvoke(method: Any, call: FacadeCall) -> Any:
    result = method(*call.args, **call.kwargs)
    if isinstance(result, AsyncPager):
        return [item async for item in result]
    return await result


def _check_all_played(recording: Recording, cassette: Any) -> None:
    unplayed = len(cassette.data) - cassette.play_count
    if unplayed:
        finding = f"{unplayed} recorded requests were not sent"
        raise ReplayError(replay_message(recording, finding))


def check_declared_type(recording: Recording, method: Any, result: Any) -> None:
    """
    Check a result against the facade method's return annotation.

    Raises:
        ReplayError: The type differs, or a listing lost items on the way.
    """
    declared = str(inspect.signature(method).return_annotation)
    models = importlib.import_module(MODELS[recording.api])
    if not _conforms(result, declared, models):
        finding = f"returned {type(result).__name__}, not the declared {declared}"
        raise ReplayError(replay_message(recording, finding))
    recorded = _recorded_items(recording)
    if recorded is not None and isinstance(result, list) and len(result) != recorded:
        finding = f"parsed {len(result)} items of the {recorded} recorded"
        raise ReplayError(replay_message(recording, finding))


def _recorded_items(recording: Recording) -> int | None:
    """How many list items the responses held, or None when they are no listing."""
    total = 0
    for exchange in recording.exchanges:
        try:
            body = json.loads(exchange.response_body or b"null")
        except ValueError:
            return None
        if isinstance(body, dict) and isinstance(body.get("data"), list):
            body = body["data"]
        if not isinstance(body, list):
            return None
        total += len(body)
    return total


def _split_union(annotation: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(annotation[start:index].strip())
            start = index + 1
    return [*parts, annotation[start:].strip()]


_GENERIC = re.compile(r"(?:SyncPager|AsyncPager|builtins\.list|list)\[(.*)\]")


def _conforms(value: Any, annotation: str, models: Any) -> bool:
    """Whether a value has the type a facade method's (string) annotation names."""
    options = _split_union(annotation)
    if len(options) > 1:
        return any(_conforms(value, option, models) for option in options)

    generic = _GENERIC.fullmatch(annotation)
    if generic:
        inner = generic.group(1)
        return isinstance(value, list) and all(
            _conforms(item, inner, models) for item in value
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
