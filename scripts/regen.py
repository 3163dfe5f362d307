"""
Regenerate the low-level clients from Sesamy's OpenAPI specs.

Each spec comes from, in order of precedence: `--client-spec` /
`--management-spec` (a URL or a file path), the `SESAMY_CLIENT_SPEC` /
`SESAMY_MANAGEMENT_SPEC` environment variables, or the published URL.
`--offline` uses the committed snapshots in openapi/ instead.

Both specs are validated and both packages generated before anything in
openapi/ or generated/ is touched; on any failure one line on stderr names
the source and the reason, and both directories stay exactly as they were.
"""

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scripts._pipeline import Built, PipelineError, generate_all, load_all
from scripts._project import APIS, DEFAULT_ROOT, Api
from scripts._summary import summarize
from scripts._tree import replace_dir, write_if_changed

__all__ = ["main"]

# Enough to see what the generator skipped without burying the summary.
_MAX_WARNING_LINES = 20


def main(argv: Sequence[str] | None = None) -> int:
    """Run regen; return the process exit status."""
    args = _parse_args(argv)
    root: Path = args.root
    sources = [(api, _source(api, args, root)) for api in APIS]
    try:
        with tempfile.TemporaryDirectory(prefix="sesamy-regen-") as workdir:
            built = generate_all(load_all(sources), root, Path(workdir))
            for result in built:
                _report(result, root, offline=args.offline)
            _install(built, root, write_snapshots=not args.offline)
    except PipelineError as exc:
        print(f"regen: {exc}", file=sys.stderr)
        return 1
    return 0


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="regen", description=__doc__.split("\n\n")[0].strip()
    )
    parser.add_argument("--client-spec", metavar="URL_OR_PATH")
    parser.add_argument("--management-spec", metavar="URL_OR_PATH")
    parser.add_argument(
        "--offline",
        action="store_true",
        help="regenerate from the committed snapshots in openapi/",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=DEFAULT_ROOT,
        help="project root holding openapi/ and generated/ (default: this checkout)",
    )
    args = parser.parse_args(argv)
    if args.offline and (args.client_spec or args.management_spec):
        parser.error("--offline reads the snapshots; it takes no --*-spec")
    return args


def _source(api: Api, args: argparse.Namespace, root: Path) -> str:
    """Where to read `api`'s spec from: argument, environment, or default URL."""
    if args.offline:
        return str(api.snapshot(root))
    given: str | None = getattr(args, f"{api.name}_spec")
    return given or os.environ.get(api.env_var) or api.default_url


def _report(result: Built, root: Path, *, offline: bool) -> None:
    """Print what changed against the snapshot, and the generator's warnings."""
    api = result.loaded.api
    if offline:
        print(f"{api.name}: regenerated from {_shown(api.snapshot(root), root)}")
    else:
        old = _committed(api.snapshot(root))
        print("\n".join(summarize(api.name, old, result.loaded.document)))

    warnings = result.generated.warnings
    if warnings:
        print(f"{api.name}: the generator warned (some pieces may be missing):")
        for line in warnings[:_MAX_WARNING_LINES]:
            print(f"  ! {line}")
        if len(warnings) > _MAX_WARNING_LINES:
            print(f"  ! ... {len(warnings) - _MAX_WARNING_LINES} more lines")


def _committed(snapshot: Path) -> dict[str, Any] | None:
    """The committed snapshot, or None when there is none (or it is unreadable)."""
    try:
        document = json.loads(snapshot.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) else None


def _install(built: Sequence[Built], root: Path, *, write_snapshots: bool) -> None:
    """Write changed snapshots and swap in each generated package whole."""
    written = []
    for result in built:
        api = result.loaded.api
        if write_snapshots and write_if_changed(api.snapshot(root), result.loaded.text):
            written.append(_shown(api.snapshot(root), root))
        replace_dir(result.generated.package_dir, api.package_dir(root))

    packages = ", ".join(_shown(r.loaded.api.package_dir(root), root) for r in built)
    snapshots = f"wrote {', '.join(written)}" if written else "no snapshot changed"
    print(f"regen: {snapshots}; replaced {packages}")


def _shown(path: Path, root: Path) -> str:
    """A path relative to the project root, for messages."""
    return path.relative_to(root).as_posix()


if __name__ == "__main__":
    sys.exit(main())
