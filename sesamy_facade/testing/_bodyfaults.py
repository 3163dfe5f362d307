"""Ways to break a response body, for `Faults.corrupt_next`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ._http import Reply, dumps

__all__ = ["UNDOCUMENTED_ENUM_VALUE", "corrupt"]

UNDOCUMENTED_ENUM_VALUE = "UNDOCUMENTED_VALUE"
_REQUIRED_CANDIDATES = ("id", "userId", "sku", "createdAt")
_ERROR_PAGE = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    b"<body><h1>502 Bad Gateway</h1><p>upstream unavailable</p></body></html>"
)


def _first_object(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict) and isinstance(value.get("data"), list):
        value = value["data"]
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, dict) else None


def _enum_holder(obj: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
    # Which field is an enum depends on the schema; recognise the schema by the
    # fields only it has (Contract, Entitlement, Checkout, Grant, AccessList, ...).
    if "contractDuration" in obj:
        return obj, "contractDuration"
    if "hasAccess" in obj and "type" in obj:
        return obj, "type"
    if "checkoutUrl" in obj or ("poId" in obj and "source" in obj):
        return obj, "status"
    if "settings" in obj and isinstance(obj["settings"], dict):
        return obj["settings"], "template"
    if {"name", "type", "status"} <= obj.keys():
        return obj, "type"
    if "manageUrl" in obj and "status" in obj and "id" not in obj:
        return obj, "status"
    return None


def _bad_enum(value: Any) -> bool:
    target = _first_object(value)
    holder = _enum_holder(target) if target is not None else None
    if holder is None:
        return False
    holder[0][holder[1]] = UNDOCUMENTED_ENUM_VALUE
    return True


def _missing_required(value: Any) -> bool:
    target = _first_object(value)
    if target is None:
        return False
    for name in _REQUIRED_CANDIDATES:
        if name in target:
            del target[name]
            return True
    return False


def _rewrite(reply: Reply, change: Callable[[Any], bool]) -> Reply:
    try:
        value = json.loads(reply.body)
    except ValueError:
        return reply
    if change(value):
        reply.body = dumps(value)
    return reply


def corrupt(reply: Reply, kind: str) -> Reply:
    """Return `reply` broken in the way `kind` names."""
    if kind == "malformed_json":
        reply.body = b'{"data": [' + reply.body[:40]
        reply.headers["Content-Type"] = "application/json"
    elif kind == "empty":
        reply.body = b""
    elif kind == "html":
        reply.body = _ERROR_PAGE
        reply.headers["Content-Type"] = "text/html; charset=utf-8"
    elif kind == "wrong_content_type":
        reply.headers["Content-Type"] = "text/plain; charset=utf-8"
    elif kind == "truncated":
        reply.connection_fault = reply.connection_fault or "truncated"
    elif kind == "bad_enum":
        reply = _rewrite(reply, _bad_enum)
    elif kind == "missing_required":
        reply = _rewrite(reply, _missing_required)
    return reply
