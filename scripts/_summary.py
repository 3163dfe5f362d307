"""Describe what changed between the committed snapshot and a new spec."""

from collections.abc import Mapping
from typing import Any

__all__ = ["summarize"]

Document = Mapping[str, Any]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def summarize(name: str, old: Document | None, new: Document) -> list[str]:
    """
    Summarize the change from `old` to `new` in a few lines for a terminal.

    Operations are named "METHOD /path", schemas by their name under
    components/schemas. `old` is None when there is no snapshot yet.
    """
    operations, schemas = _operations(new), _schemas(new)
    if old is None:
        counts = f"{len(operations)} operations, {len(schemas)} schemas"
        return [f"{name}: new snapshot ({counts})"]
    if old == new:
        return [f"{name}: unchanged"]

    changes = _changes("operation", _operations(old), operations)
    changes += _changes("schema", _schemas(old), schemas)
    if not changes:
        keys = ", ".join(_changed_top_level_keys(old, new))
        return [f"{name}: changed outside operations and schemas ({keys})"]
    return [f"{name}: changed", *changes]


def _operations(document: Document) -> dict[str, Any]:
    """Each operation keyed "METHOD /path", with the path-level parameters."""
    operations = {}
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters")
        for method in _METHODS:
            if method in item:
                key = f"{method.upper()} {path}"
                operations[key] = {"operation": item[method], "parameters": shared}
    return operations


def _schemas(document: Document) -> dict[str, Any]:
    """The named schemas under components/schemas."""
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    return schemas


def _changes(kind: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """One indented line per added (+), removed (-) or changed (~) entry."""
    added = [f"  + {kind} {key}" for key in new if key not in old]
    removed = [f"  - {kind} {key}" for key in old if key not in new]
    changed = [
        f"  ~ {kind} {key}" for key in new if key in old and old[key] != new[key]
    ]
    return added + removed + changed


def _changed_top_level_keys(old: Document, new: Document) -> list[str]:
    """Top-level keys whose values differ, in the new document's order."""
    keys = list(new) + [key for key in old if key not in new]
    return [key for key in keys if old.get(key) != new.get(key)]
