"""
Benchmark the facade against raw httpx and the generated client (`make bench`).

Serves the fake Sesamy API from a child process on 127.0.0.1 and measures, in one
run: listing contracts in pages (with and without added latency), single gets,
peak memory while iterating, import time, and `regen --offline` time. Prints the
results as Markdown and writes them into docs/benchmarks.md.

    python -m scripts.bench [--quick] [--output PATH | --no-write]
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts._bench_contenders import GETTERS, LISTERS, PREFETCH, Contender, first_ids
from scripts._bench_probes import (
    ROOT,
    import_times,
    memory_peak,
    regen_times,
)
from scripts._bench_report import Report, Scenario, Timing, Verdict, render, write_into
from scripts._bench_server import ServedFake

__all__ = ["FULL", "QUICK", "Sizes", "main", "run"]

DEFAULT_OUTPUT = ROOT / "docs" / "benchmarks.md"


@dataclass(frozen=True, slots=True)
class Sizes:
    """How much work each measurement does."""

    items: int = 20_000  # contracts listed per run
    # Peak memory at two sizes. httpx keeps each response in a reference cycle,
    # so bodies are freed by the cyclic collector; the peak settles only after
    # some 15,000 items, and the smaller size must be past that to compare.
    memory_items: tuple[int, int] = (20_000, 200_000)
    gets: int = 2_000  # single gets per run
    page_size: int = 100
    latency: float = 0.020  # seconds added per request in the latency scenario
    reps: int = 5  # runs per contender, 0 ms scenarios
    latency_reps: int = 3  # runs per contender with latency (little variance)
    import_runs: int = 7
    regen_runs: int = 2  # 0 skips regen

    def describe(self) -> str:
        """The repetitions, for the report."""
        return (
            f"{self.reps} runs per contender, {self.latency_reps} with latency, "
            f"{self.import_runs} interpreters per import"
        )


FULL = Sizes()
QUICK = Sizes(
    items=2_000,
    memory_items=(20_000, 40_000),
    gets=200,
    reps=3,
    latency_reps=2,
    import_runs=3,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the process exit status."""
    args = _parse_args(argv)
    sizes = QUICK if args.quick else FULL
    command = "python -m scripts.bench" + (" --quick" if args.quick else "")
    report = run(sizes, command, progress=_progress)
    body = render(report)
    print(body)
    if not args.no_write:
        write_into(args.output, body, "Benchmarks")
        _progress(f"wrote {args.output}")
    return 0


def run(
    sizes: Sizes, command: str, progress: Callable[[str], None] = lambda _: None
) -> Report:
    """Measure everything once at these sizes."""
    started = time.perf_counter()
    report = Report(command=command, reps=sizes.describe(), load=[_load()])
    with ServedFake(sizes.items) as fake:
        report.scenarios += _http_scenarios(fake, sizes, progress)
    progress("peak memory")
    with ServedFake(max(sizes.memory_items)) as big:
        report.memory = [memory_peak(big.url, big.token, n) for n in sizes.memory_items]
    progress("import times")
    report.imports = [
        import_times(module, sizes.import_runs) for module in ("httpx", "sesamy_facade")
    ]
    if sizes.regen_runs:
        progress("regen --offline")
        report.regen = regen_times(sizes.regen_runs)
    report.verdicts = _verdicts(report, sizes)
    report.seconds = time.perf_counter() - started
    report.load.append(_load())
    return report


def _load() -> float:
    # Other work on the machine slows every contender; the report says how much
    # there was.
    return os.getloadavg()[0]


def _http_scenarios(
    fake: ServedFake, sizes: Sizes, progress: Callable[[str], None]
) -> list[Scenario]:
    pages = f"pages of {sizes.page_size}"
    listing = f"Listing {sizes.items:,} contracts, {pages}"
    progress(f"{listing}, 0 ms")
    plain = _scenario(
        f"{listing}, no added latency",
        "items",
        LISTERS,
        (fake.url, fake.token, sizes.page_size),
        sizes.items,
        sizes.reps,
        warm_up=True,
    )

    latency_ms = sizes.latency * 1000
    progress(f"{listing}, {latency_ms:.0f} ms")
    fake.set_latency(sizes.latency)
    try:
        slow = _scenario(
            f"{listing}, {latency_ms:.0f} ms added per request",
            "items",
            LISTERS,
            (fake.url, fake.token, sizes.page_size),
            sizes.items,
            sizes.latency_reps,
        )
    finally:
        fake.set_latency(0)

    progress(f"{sizes.gets:,} single gets")
    ids = first_ids(fake.url, fake.token, sizes.gets)
    gets = _scenario(
        f"{sizes.gets:,} sequential `get` calls, no added latency",
        "calls",
        GETTERS,
        (fake.url, fake.token, ids),
        len(ids),
        sizes.reps,
        warm_up=True,
    )
    return [plain, slow, gets]


def _scenario(
    title: str,
    unit: str,
    contenders: Sequence[Contender],
    args: tuple[str, str, Any],
    expected: int,
    reps: int,
    *,
    warm_up: bool = False,
) -> Scenario:
    """Time each contender `reps` times, rotating the order to spread drift."""
    seconds: dict[str, list[float]] = {c.name: [] for c in contenders}
    cpu: dict[str, list[float]] = {c.name: [] for c in contenders}
    if warm_up:
        # Imports, bytecode and the server's selection cache, outside the clock.
        for contender in contenders:
            _timed(contender, args, expected)
    for rep in range(reps):
        shift = rep % len(contenders)
        for contender in [*contenders[shift:], *contenders[:shift]]:
            wall, process = _timed(contender, args, expected)
            seconds[contender.name].append(wall)
            cpu[contender.name].append(process)
    timings = [
        Timing(c.name, c.label, expected, seconds[c.name], cpu[c.name])
        for c in contenders
    ]
    return Scenario(title, unit, timings)


def _timed(
    contender: Contender, args: tuple[str, str, Any], expected: int
) -> tuple[float, float]:
    gc.collect()
    wall, process = time.perf_counter(), time.process_time()
    count = contender.run(*args)
    wall, process = time.perf_counter() - wall, time.process_time() - process
    if count != expected:
        raise RuntimeError(f"{contender.name} saw {count} items, expected {expected}")
    return wall, process


def _verdicts(report: Report, sizes: Sizes) -> list[Verdict]:
    plain, slow = report.scenarios[0], report.scenarios[1]
    to_raw = plain.ratio("facade")
    to_generated = plain.ratio("facade", to="generated")
    speedup = (
        slow.by_name("facade_async").median / slow.by_name("facade_prefetch").median
    )
    verdicts = [
        Verdict(
            "facade sync listing <= 1.3x raw httpx + json.loads (0 ms)",
            f"{to_raw:.2f}x",
            to_raw <= 1.3,
        ),
        *(
            Verdict(
                f"opt-in: facade sync listing, prefetch={prefetch}, <= 1.3x raw "
                "httpx + json.loads (0 ms)",
                f"{ratio:.2f}x",
                ratio <= 1.3,
            )
            for prefetch, ratio in (
                (1, plain.ratio("facade_sync_prefetch_1")),
                (PREFETCH, plain.ratio("facade_sync_prefetch")),
            )
        ),
        Verdict(
            "facade sync listing <= 1.05x generated client alone (0 ms)",
            f"{to_generated:.2f}x",
            to_generated <= 1.05,
        ),
        Verdict(
            f"async prefetch={PREFETCH} >= 3x faster than sequential "
            f"({sizes.latency * 1000:.0f} ms)",
            f"{speedup:.2f}x",
            speedup >= 3,
        ),
    ]
    small, large = report.memory
    growth = large.traced_peak / small.traced_peak - 1
    verdicts.append(
        Verdict(
            f"peak memory at {large.items:,} items within 10 % of {small.items:,}",
            f"{growth:+.1%} (tracemalloc)",
            abs(growth) <= 0.10,
        )
    )
    httpx_import, facade_import = report.imports
    import_ratio = facade_import.median / httpx_import.median
    verdicts.append(
        Verdict(
            "`import sesamy_facade` <= 3x `import httpx`",
            f"{import_ratio:.2f}x",
            import_ratio <= 3,
        )
    )
    if report.regen is not None:
        verdicts.append(
            Verdict(
                "`regen --offline` twice gives identical bytes",
                "identical" if report.regen.identical else "different",
                report.regen.identical,
            )
        )
    return verdicts


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.bench", description=__doc__.split("\n\n")[0].strip()
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"smaller sizes ({dataclasses.asdict(QUICK)})",
    )
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    target.add_argument(
        "--no-write", action="store_true", help="print only; leave the docs alone"
    )
    return parser.parse_args(argv)


def _progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
