"""Replace files and directories whole, and compare directory trees."""

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["TreeDiff", "compare_trees", "replace_dir", "write_if_changed"]

# Written by Python when the package is imported; never part of generated output.
_IGNORED_PARTS = frozenset({"__pycache__"})


@dataclass
class TreeDiff:
    """Files (relative POSIX paths) that differ between two trees."""

    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.extra)


def write_if_changed(path: Path, text: str) -> bool:
    """Atomically write `text` to `path` unless it already holds exactly that."""
    data = text.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return False

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    partial.replace(path)
    return True


def replace_dir(source: Path, target: Path) -> None:
    """
    Put a copy of `source` at `target`, replacing whatever was there.

    The copy is staged beside `target` and renamed into place, so `target` is never
    a half-written mix, and no file of the old tree survives.
    """
    staged = target.with_name(f".{target.name}.new")
    retired = target.with_name(f".{target.name}.old")
    for leftover in (staged, retired):
        shutil.rmtree(leftover, ignore_errors=True)

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, staged)
    if not target.exists():
        staged.rename(target)
        return

    target.rename(retired)
    staged.rename(target)
    shutil.rmtree(retired)


def compare_trees(expected: Path, actual: Path) -> TreeDiff:
    """Compare every file's bytes; `actual` may be missing altogether."""
    want, have = _files(expected), _files(actual)
    return TreeDiff(
        changed=sorted(p for p in want.keys() & have.keys() if want[p] != have[p]),
        missing=sorted(want.keys() - have.keys()),
        extra=sorted(have.keys() - want.keys()),
    )


def _files(root: Path) -> dict[str, bytes]:
    """Each file under `root`, by relative POSIX path."""
    files = {}
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in _IGNORED_PARTS)
        for name in names:
            path = Path(directory, name)
            files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files
