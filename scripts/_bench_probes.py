"""
Measurements that need a fresh interpreter: peak memory, import time, regen time.

Each runs in a child process so that nothing the benchmark itself imported or
allocated shows up in it. The memory child is
`SESAMY_BENCH_TOKEN=... python -m scripts._bench_probes memory URL N`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ImportTimes",
    "MemoryPeak",
    "RegenTimes",
    "import_times",
    "memory_peak",
    "regen_times",
]

ROOT = Path(__file__).resolve().parent.parent
_CHILD_TIMEOUT = 600.0  # seconds
_TOKEN_VARIABLE = "SESAMY_BENCH_TOKEN"


@dataclass(frozen=True, slots=True)
class MemoryPeak:
    """What iterating `items` contracts through the facade's sync pager held."""

    items: int
    traced_peak: int  # bytes: tracemalloc peak above the state before iterating
    rss_growth: int  # bytes: peak RSS above the RSS before iterating
    seconds: float  # wall time under tracemalloc (slower than untraced)


@dataclass(frozen=True, slots=True)
class ImportTimes:
    """Median wall time of one import in a fresh interpreter, in seconds."""

    module: str
    median: float
    runs: int
    generated_loaded: bool  # whether the import pulled in a generated package


@dataclass(frozen=True, slots=True)
class RegenTimes:
    """`scripts.regen --offline` on a copy of the project."""

    seconds: list[float]
    identical: bool  # whether every run wrote byte-identical packages


# --- Peak memory -------------------------------------------------------------------


def memory_peak(url: str, token: str, items: int) -> MemoryPeak:
    """Iterate `items` contracts in a child process and report what it held."""
    # The token goes by environment, not argv, which any local user can read.
    command = [sys.executable, "-m", "scripts._bench_probes", "memory"]
    output = _child([*command, url, str(items)], {_TOKEN_VARIABLE: token})
    return MemoryPeak(**json.loads(output))


def _measure_memory(url: str, token: str, items: int) -> MemoryPeak:
    """The child's side: warm up, then trace one full iteration."""
    from sesamy_facade import SesamyManagement

    with SesamyManagement(token, base_url=url) as mgmt:
        # One page first, so imports and the connection are not counted.
        for _ in mgmt.contracts.list(page_size=100, max_items=100):
            pass
        rss_before = _rss_now()
        tracemalloc.start()
        baseline, _ = tracemalloc.get_traced_memory()
        started = time.perf_counter()
        count = 0
        for _ in mgmt.contracts.list(page_size=100, max_items=items):
            count += 1
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    if count != items:
        raise RuntimeError(f"iterated {count} contracts, wanted {items}")
    rss_growth = _peak_rss() - rss_before
    return MemoryPeak(items, peak - baseline, max(0, rss_growth), seconds)


def _rss_now() -> int:
    # /proc/self/statm: size, resident, ... in pages (Linux).
    with Path("/proc/self/statm").open() as statm:
        resident = int(statm.read().split()[1])
    return resident * os.sysconf("SC_PAGE_SIZE")


def _peak_rss() -> int:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# --- Import time -------------------------------------------------------------------

_IMPORT_SNIPPET = """
import sys, time
started = time.perf_counter()
import {module}
elapsed = time.perf_counter() - started
generated = any(m.split(".")[0].endswith("_api") and m.startswith("sesamy_")
                for m in sys.modules)
print(elapsed, int(generated))
"""


def import_times(module: str, runs: int) -> ImportTimes:
    """The median time of `import module` over `runs` fresh interpreters."""
    snippet = _IMPORT_SNIPPET.format(module=module)
    _child([sys.executable, "-c", snippet])  # warm the bytecode cache
    samples = []
    generated = False
    for _ in range(runs):
        seconds, loaded = _child([sys.executable, "-c", snippet]).split()
        samples.append(float(seconds))
        generated = generated or loaded == "1"
    return ImportTimes(module, statistics.median(samples), runs, generated)


# --- Regen -------------------------------------------------------------------------


def regen_times(runs: int) -> RegenTimes:
    """Time `scripts.regen --offline` on a copy of openapi/; compare the outputs."""
    seconds = []
    digests = set()
    with tempfile.TemporaryDirectory(prefix="sesamy-bench-regen-") as tmp:
        root = Path(tmp)
        shutil.copytree(ROOT / "openapi", root / "openapi")
        (root / "generated").mkdir()
        for _ in range(runs):
            command = [sys.executable, "-m", "scripts.regen", "--offline"]
            started = time.perf_counter()
            _child([*command, "--root", str(root)])
            seconds.append(time.perf_counter() - started)
            digests.add(_tree_digest(root / "generated"))
    return RegenTimes(seconds, len(digests) == 1)


def _tree_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(directory).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def _child(command: list[str], env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=_CHILD_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command[:4])} failed ({result.returncode}): "
            f"{result.stderr.strip()[-2000:]}"
        )
    return result.stdout.strip()


def _main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "memory":
        print(f"usage: {_TOKEN_VARIABLE}=... python -m {__spec__.name} memory URL N")
        return 2
    peak = _measure_memory(argv[1], os.environ[_TOKEN_VARIABLE], int(argv[2]))
    print(json.dumps(dataclasses.asdict(peak)))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
