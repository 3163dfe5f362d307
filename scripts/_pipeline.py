"""The steps regen and check-generated share: load every spec, then generate."""

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts._generate import Generated, GenerateError, generate_package
from scripts._project import Api
from scripts._specs import SpecError, load_spec, normalize

__all__ = ["Built", "Loaded", "PipelineError", "generate_all", "load_all"]

# Seconds for each phase (connect, read) of fetching a published spec.
FETCH_TIMEOUT = 30.0


class PipelineError(Exception):
    """One API's spec could not be used; the message names the API and source."""


@dataclass(frozen=True)
class Loaded:
    """A validated spec and its normalized text."""

    api: Api
    source: str
    document: dict[str, Any]
    text: str


@dataclass(frozen=True)
class Built:
    """A loaded spec and the package generated from it."""

    loaded: Loaded
    generated: Generated


def load_all(sources: Sequence[tuple[Api, str]]) -> list[Loaded]:
    """Load and validate every spec before anything is generated or written."""
    return [_load(api, source) for api, source in sources]


def generate_all(loaded: Sequence[Loaded], root: Path, workdir: Path) -> list[Built]:
    """
    Generate each API's package into its own fresh directory under `workdir`.

    The generator runs are separate processes, so they run side by side; a failure
    is raised in API order, whichever finished first.
    """
    with ThreadPoolExecutor(max_workers=len(loaded) or 1) as pool:
        generated = list(pool.map(lambda spec: _generate(spec, root, workdir), loaded))
    return [
        Built(spec, package) for spec, package in zip(loaded, generated, strict=True)
    ]


def _load(api: Api, source: str) -> Loaded:
    """Load one spec, naming the API and source in any failure."""
    try:
        document = load_spec(source, timeout=FETCH_TIMEOUT)
    except SpecError as exc:
        raise PipelineError(f"{api.name} spec from {source}: {exc}") from None
    return Loaded(api, source, document, normalize(document))


def _generate(spec: Loaded, root: Path, workdir: Path) -> Generated:
    """Generate one package from the normalized text, which is what gets committed."""
    api_dir = workdir / spec.api.name
    api_dir.mkdir()
    spec_path = api_dir / f"{spec.api.name}.json"
    spec_path.write_text(spec.text, encoding="utf-8")

    config = spec.api.config(root)
    if not config.is_file():
        raise PipelineError(f"{spec.api.name}: generator config {config} not found")
    try:
        return generate_package(spec_path, config, api_dir / spec.api.package)
    except GenerateError as exc:
        raise PipelineError(f"{spec.api.name} spec from {spec.source}: {exc}") from None
