"""
Report how Sesamy's specs drifted from the committed snapshots, and what it breaks.

Compares openapi/client.json and openapi/management.json with the published specs,
classifies every difference as breaking, warning, compatible or info (the rules are
listed in scripts/_specdiff.py), and names the facade methods and the cassettes each
change touches. It also checks that generated/ is what the snapshots generate.

Each spec comes from, in order of precedence (as for `make regen`): `--client-spec`
/ `--management-spec` (a URL or a file path), the `SESAMY_CLIENT_SPEC` /
`SESAMY_MANAGEMENT_SPEC` environment variables, or the published URL.

Exit status, the highest that applies:
  0  no drift, and generated/ matches the snapshots
  1  drift, none of it breaking (warning, compatible, info); or generated/ out of sync
  2  breaking drift
  3  a source unreachable or invalid, or the generated/ check could not run. That API
     is reported as "skipped: <reason>", never as passed; the other one is still
     compared and reported, but the status stays 3 so that CI cannot read a check
     that did not happen as a pass.
"""

import argparse
import contextlib
import importlib
import io
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts._pipeline import FETCH_TIMEOUT
from scripts._project import APIS, DEFAULT_ROOT, Api
from scripts._specdiff import Change, Severity, compare, worst
from scripts._specs import SpecError, load_spec

__all__ = [
    "EXIT_BREAKING",
    "EXIT_DRIFT",
    "EXIT_NO_DRIFT",
    "EXIT_SKIPPED",
    "Affected",
    "ApiReport",
    "GeneratedReport",
    "Report",
    "main",
]

EXIT_NO_DRIFT = 0
EXIT_DRIFT = 1
EXIT_BREAKING = 2
EXIT_SKIPPED = 3

_EXIT_MEANING = {
    EXIT_NO_DRIFT: "no drift",
    EXIT_DRIFT: "drift, none of it breaking",
    EXIT_BREAKING: "breaking drift",
    EXIT_SKIPPED: "something could not be checked",
}

_CATALOG_MODULE = "sesamy_facade._catalog"

Catalog = Mapping[str, Mapping[str, object]]


@dataclass(frozen=True)
class Affected:
    """
    What in this repository an operation's change reaches.

    `facade_methods` is None when the facade catalog could not be imported, and
    empty when the catalog has no method for the operation.
    """

    operation_id: str
    facade_methods: tuple[str, ...] | None
    cassettes: tuple[str, ...]


@dataclass(frozen=True)
class ApiReport:
    """One API: the changes found, or why it was skipped."""

    api: str
    snapshot: str
    source: str
    skipped: str | None = None
    changes: tuple[Change, ...] = ()
    affected: Mapping[str, Affected] | None = None

    @property
    def status(self) -> str:
        """`skipped`, `no-drift`, `breaking-drift` or `compatible-drift`."""
        if self.skipped is not None:
            return "skipped"
        if not self.changes:
            return "no-drift"
        if worst(self.changes) is Severity.BREAKING:
            return "breaking-drift"
        return "compatible-drift"

    @property
    def exit_code(self) -> int:
        """This API's share of the exit status."""
        return {
            "skipped": EXIT_SKIPPED,
            "no-drift": EXIT_NO_DRIFT,
            "breaking-drift": EXIT_BREAKING,
            "compatible-drift": EXIT_DRIFT,
        }[self.status]


@dataclass(frozen=True)
class GeneratedReport:
    """Whether generated/ matches the snapshots."""

    status: str
    detail: tuple[str, ...] = ()

    @property
    def exit_code(self) -> int:
        """Out of sync is drift; a check that failed to run is not a pass."""
        return {"out-of-sync": EXIT_DRIFT, "failed": EXIT_SKIPPED}.get(
            self.status, EXIT_NO_DRIFT
        )


@dataclass(frozen=True)
class Report:
    """Everything drift-check found."""

    apis: tuple[ApiReport, ...]
    generated: GeneratedReport
    notes: tuple[str, ...]

    @property
    def exit_code(self) -> int:
        """The highest status that applies."""
        codes = [api.exit_code for api in self.apis]
        return max([*codes, self.generated.exit_code])


def main(argv: Sequence[str] | None = None) -> int:
    """Run drift-check; return the process exit status."""
    args = _parse_args(argv)
    root: Path = args.root
    catalog, catalog_note = _load_catalog()
    apis = tuple(
        _compare_api(api, _source(api, args), root, args.timeout, catalog)
        for api in APIS
    )
    generated = (
        GeneratedReport("not-checked", ("--no-generated",))
        if args.no_generated
        else _check_generated(root)
    )
    report = Report(apis, generated, (catalog_note,) if catalog_note else ())
    print(render_json(report) if args.json else render_text(report))
    return report.exit_code


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="drift-check",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--client-spec", metavar="URL_OR_PATH")
    parser.add_argument("--management-spec", metavar="URL_OR_PATH")
    parser.add_argument(
        "--json", action="store_true", help="print a machine-readable report"
    )
    parser.add_argument(
        "--no-generated",
        action="store_true",
        help="skip the check that generated/ matches the snapshots",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=FETCH_TIMEOUT,
        help="seconds for each phase of fetching a spec (default: %(default)g)",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=DEFAULT_ROOT,
        help="project root holding openapi/, generated/, tests/cassettes/",
    )
    return parser.parse_args(argv)


def _source(api: Api, args: argparse.Namespace) -> str:
    """Where to read `api`'s spec from: argument, environment, or default URL."""
    given: str | None = getattr(args, f"{api.name}_spec")
    return given or os.environ.get(api.env_var) or api.default_url


# --- comparing ---------------------------------------------------------------------


def _compare_api(
    api: Api, source: str, root: Path, timeout: float, catalog: Catalog | None
) -> ApiReport:
    """Load the snapshot and the source, compare, and map changes to the repo."""
    snapshot = api.snapshot(root).relative_to(root).as_posix()
    try:
        old = load_spec(str(api.snapshot(root)), timeout=timeout)
    except SpecError as exc:
        return ApiReport(api.name, snapshot, source, skipped=f"{snapshot}: {exc}")
    try:
        new = load_spec(source, timeout=timeout)
    except SpecError as exc:
        return ApiReport(api.name, snapshot, source, skipped=f"{source}: {exc}")

    changes = tuple(compare(old, new))
    operation_ids = sorted({op for change in changes for op in change.operations})
    affected = {op: _affected(api, op, root, catalog) for op in operation_ids}
    return ApiReport(api.name, snapshot, source, None, changes, affected)


def _affected(
    api: Api, operation_id: str, root: Path, catalog: Catalog | None
) -> Affected:
    """The facade methods and recorded cassettes for one operation."""
    cassette = root / "tests" / "cassettes" / api.name / f"{operation_id}.yaml"
    cassettes = (cassette.relative_to(root).as_posix(),) if cassette.is_file() else ()
    if catalog is None:
        return Affected(operation_id, None, cassettes)
    methods = catalog.get(api.name, {}).get(operation_id)
    return Affected(operation_id, _method_names(methods), cassettes)


def _method_names(methods: object) -> tuple[str, ...]:
    """The catalog holds one method name per operation, or several."""
    if isinstance(methods, str):
        return (methods,)
    if isinstance(methods, Sequence | frozenset | set):
        return tuple(sorted(str(method) for method in methods))
    return ()


def _load_catalog() -> tuple[Catalog | None, str | None]:
    """The facade's operationId -> method map, or None and a note saying why not."""
    fallback = "facade methods are not listed, only operationIds"
    try:
        module = importlib.import_module(_CATALOG_MODULE)
    # The facade is developed alongside this script; a broken or missing catalog
    # must not hide the drift report, so any import failure becomes a note.
    except Exception as exc:  # noqa: BLE001
        return None, f"{_CATALOG_MODULE} not importable ({exc!r}); {fallback}"

    catalog = getattr(module, "FACADE_METHODS", None)
    if not isinstance(catalog, Mapping):
        return None, f"{_CATALOG_MODULE} has no FACADE_METHODS mapping; {fallback}"
    return catalog, None


def _check_generated(root: Path) -> GeneratedReport:
    """Run check-generated quietly and keep what it printed."""
    # Imported here so that drift-check still reports spec drift in a checkout
    # whose check-generated script is missing or broken.
    try:
        from scripts import check_generated
    except ImportError as exc:
        return GeneratedReport("not-checked", (f"scripts.check_generated: {exc}",))

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = check_generated.main(["--root", str(root)])
    if status == 0:
        return GeneratedReport("in-sync")
    # check-generated prints a failure to run on stderr, a difference on stdout.
    if err.getvalue().strip():
        return GeneratedReport("failed", tuple(err.getvalue().strip().splitlines()))
    return GeneratedReport("out-of-sync", tuple(out.getvalue().strip().splitlines()))


# --- rendering ---------------------------------------------------------------------


def render_text(report: Report) -> str:
    """The short human report."""
    lines: list[str] = []
    for api in report.apis:
        lines.extend(_api_text(api))
    lines.append(_generated_text(report.generated))
    lines.extend(f"note: {note}" for note in report.notes)
    code = report.exit_code
    lines.append(f"drift-check: exit {code} ({_EXIT_MEANING[code]})")
    return "\n".join(lines)


def _api_text(api: ApiReport) -> list[str]:
    """One API's section."""
    head = f"{api.api}: {api.snapshot} vs {api.source}"
    if api.skipped is not None:
        return [f"{api.api}: skipped: {api.skipped}"]
    if not api.changes:
        return [f"{head}: no drift"]

    counts = ", ".join(f"{n} {severity}" for severity, n in _counts(api).items() if n)
    total = len(api.changes)
    lines = [f"{head}: {total} change{'' if total == 1 else 's'} ({counts})"]
    for change in api.changes:
        lines.extend(_change_text(change, api.affected or {}))
    return lines


def _change_text(change: Change, affected: Mapping[str, Affected]) -> list[str]:
    """A change: severity and rule, location, message, what it touches."""
    lines = [
        f"  [{change.severity}] {change.rule}",
        f"      at {change.location}",
        f"      {change.message}",
    ]
    for operation_id in change.operations:
        item = affected[operation_id]
        methods = (
            "unknown"
            if item.facade_methods is None
            else ", ".join(item.facade_methods) or "none"
        )
        cassettes = ", ".join(item.cassettes) or "no cassette"
        lines.append(f"      affects {operation_id}: facade {methods}; {cassettes}")
    return lines


def _generated_text(generated: GeneratedReport) -> str:
    """One line (and the check's own lines) for generated/."""
    headline = {
        "in-sync": "generated/: in sync with openapi/*.json",
        "out-of-sync": "generated/: OUT OF SYNC with openapi/*.json",
        "failed": "generated/: skipped: the check failed to run",
        "not-checked": "generated/: not checked",
    }[generated.status]
    if generated.status == "not-checked":
        return f"{headline} ({'; '.join(generated.detail)})"
    return "\n".join([headline, *(f"  {line}" for line in generated.detail)])


def _counts(api: ApiReport) -> dict[str, int]:
    """Changes per severity, every severity present, worst first."""
    return {
        severity.value: sum(1 for c in api.changes if c.severity is severity)
        for severity in Severity
    }


def render_json(report: Report) -> str:
    """The machine-readable report: sorted keys, changes in report order."""
    document = {
        "exit_code": report.exit_code,
        "apis": {api.api: _api_json(api) for api in report.apis},
        "generated": {
            "status": report.generated.status,
            "detail": list(report.generated.detail),
        },
        "notes": list(report.notes),
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False)


def _api_json(api: ApiReport) -> dict[str, Any]:
    """One API, for the JSON report."""
    affected = api.affected or {}
    return {
        "snapshot": api.snapshot,
        "source": api.source,
        "status": api.status,
        "skipped": api.skipped,
        "counts": _counts(api),
        "changes": [
            {
                "rule": change.rule,
                "severity": change.severity.value,
                "location": change.location,
                "schema": change.schema,
                "message": change.message,
                "operations": [
                    {
                        "operation_id": op,
                        "facade_methods": _optional_list(affected[op].facade_methods),
                        "cassettes": list(affected[op].cassettes),
                    }
                    for op in change.operations
                ],
            }
            for change in api.changes
        ],
    }


def _optional_list(items: tuple[str, ...] | None) -> list[str] | None:
    """JSON null when unknown, a list otherwise."""
    return None if items is None else list(items)


if __name__ == "__main__":
    sys.exit(main())
