"""Load an OpenAPI document from a URL or a file, validate it, normalize it."""

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import Unresolvable

__all__ = ["SpecError", "is_url", "load_spec", "normalize"]

Document = dict[str, Any]

_MAX_DETAIL = 160

_JSON_KINDS = {list: "array", str: "string", int: "number", float: "number"}


class SpecError(Exception):
    """A spec could not be read, or is not a valid OpenAPI 3 document."""


def is_url(source: str) -> bool:
    """Whether the source names an HTTP(S) URL rather than a local file."""
    return urlsplit(source).scheme in ("http", "https")


def load_spec(source: str, *, timeout: float) -> Document:
    """
    Read, parse and validate the OpenAPI document at `source`.

    Args:
        source: an http(s) URL, fetched with a GET, or a local file path.
        timeout: seconds allowed for each phase of the HTTP request.

    Raises:
        SpecError: with a one-line reason, for any way the document is unusable.
    """
    text = _fetch(source, timeout) if is_url(source) else _read(Path(source))
    document = _parse(text)
    _validate(document)
    return document


def normalize(document: Document) -> str:
    """
    Serialize a document in the committed, diff-friendly form.

    The document's own key order is kept: the published specs order their keys
    meaningfully (openapi, info, servers, ..., paths), and sorting would scatter them.
    """
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _fetch(url: str, timeout: float) -> str:
    """GET the document; translate every transport failure into a SpecError."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.TimeoutException:
        raise SpecError(f"timed out after {timeout:g} s") from None
    except httpx.TransportError as exc:
        raise SpecError(f"unreachable ({_os_reason(exc)})") from None
    except httpx.InvalidURL as exc:
        raise SpecError(f"invalid URL ({exc})") from None

    if response.is_error:
        raise SpecError(f"HTTP {response.status_code} {response.reason_phrase}")
    return response.text


def _os_reason(exc: Exception) -> str:
    """'[Errno 111] Connection refused' -> 'connection refused'."""
    reason = re.sub(r"^\[Errno -?\d+\]\s*", "", str(exc)) or type(exc).__name__
    return reason[:1].lower() + reason[1:]


def _read(path: Path) -> str:
    """Read a local file as UTF-8 text."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError("file not found") from None
    except UnicodeDecodeError:
        raise SpecError("not UTF-8 text") from None
    except OSError as exc:
        raise SpecError(_os_reason(exc)) from None


def _parse(text: str) -> Document:
    """Parse JSON text whose top level must be an object."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise SpecError(f"not JSON ({exc.msg} at {where})") from None

    if not isinstance(document, dict):
        kind = _JSON_KINDS.get(type(document), "literal")
        raise SpecError(f"not an OpenAPI document (top level is a JSON {kind})")
    return document


def _validate(document: Document) -> None:
    """Check the document against the OpenAPI 3.0/3.1 schema."""
    # The generator reads only OpenAPI 3; the validator would accept Swagger 2 too.
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecError("not an OpenAPI 3 document (no 'openapi: 3.x' field)")

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        detail = _shorten(exc.message)
        raise SpecError(
            f"invalid OpenAPI document: {detail} at {exc.json_path}"
        ) from None
    except Unresolvable as exc:
        ref = _shorten(exc.ref)
        raise SpecError(
            f"invalid OpenAPI document: unresolvable $ref {ref!r}"
        ) from None


def _shorten(text: str) -> str:
    """Cut a validator message that embeds a large piece of the document."""
    first_line = text.splitlines()[0] if text else ""
    if len(first_line) <= _MAX_DETAIL:
        return first_line
    return first_line[: _MAX_DETAIL - 3] + "..."
