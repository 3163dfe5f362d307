"""
Check that generated/ is exactly what the committed snapshots generate.

Regenerates both packages from openapi/*.json into a temporary directory, by the
same code path as `make regen-offline`, and compares every file byte for byte
(ignoring `__pycache__`). Exit status 1 names each differing, missing or extra file.
"""

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from scripts._pipeline import Built, PipelineError, generate_all, load_all
from scripts._project import APIS, DEFAULT_ROOT
from scripts._tree import TreeDiff, compare_trees

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check; return the process exit status."""
    root = _parse_args(argv).root
    sources = [(api, str(api.snapshot(root))) for api in APIS]
    try:
        with tempfile.TemporaryDirectory(prefix="sesamy-check-") as workdir:
            built = generate_all(load_all(sources), root, Path(workdir))
            stale = [r for r in built if not _matches(r, root)]
    except PipelineError as exc:
        print(f"check-generated: {exc}", file=sys.stderr)
        return 1

    if stale:
        print("check-generated: run `make regen-offline` to update generated/")
        return 1
    print("check-generated: OK, generated/ matches openapi/*.json")
    return 0


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="check-generated")
    parser.add_argument(
        "--root",
        type=Path,
        default=DEFAULT_ROOT,
        help="project root holding openapi/ and generated/ (default: this checkout)",
    )
    return parser.parse_args(argv)


def _matches(result: Built, root: Path) -> bool:
    """Compare one package with its fresh generation; print what differs."""
    committed = result.loaded.api.package_dir(root)
    diff = compare_trees(result.generated.package_dir, committed)
    if diff:
        shown = committed.relative_to(root).as_posix()
        print(f"check-generated: {shown} is not what the snapshot generates:")
        _print_diff(diff)
    return not diff


def _print_diff(diff: TreeDiff) -> None:
    """One line per file, grouped by kind of difference."""
    for label, paths in (
        ("changed", diff.changed),
        ("missing", diff.missing),
        ("extra", diff.extra),
    ):
        for path in paths:
            print(f"  {label}: {path}")


if __name__ == "__main__":
    sys.exit(main())
