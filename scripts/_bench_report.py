"""
The benchmark's results as Markdown, and docs/benchmarks.md kept up to date.

The script owns the part of docs/benchmarks.md between the two markers below;
everything outside them (the analysis, what was changed and why) is written by
hand and kept as it is.
"""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from scripts._bench_probes import ImportTimes, MemoryPeak, RegenTimes

__all__ = [
    "BEGIN",
    "END",
    "Report",
    "Timing",
    "Verdict",
    "machine",
    "render",
    "write_into",
]

BEGIN = "<!-- bench:begin (written by `python -m scripts.bench`) -->"
END = "<!-- bench:end -->"
_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Timing:
    """One contender's repeated runs of one scenario."""

    name: str
    label: str
    items: int
    seconds: list[float]
    cpu_seconds: list[float]

    @property
    def median(self) -> float:
        """Median wall time in seconds."""
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        """Median CPU time of the contender's process in seconds."""
        return statistics.median(self.cpu_seconds)

    @property
    def per_second(self) -> float:
        """Items (or calls) per second at the median."""
        return self.items / self.median


@dataclass(frozen=True, slots=True)
class Scenario:
    """The contenders of one scenario, the first being the baseline."""

    title: str
    unit: str
    timings: list[Timing]

    def by_name(self, name: str) -> Timing:
        """The timing of one contender."""
        return next(t for t in self.timings if t.name == name)

    def ratio(self, name: str, to: str = "raw") -> float:
        """Median wall time of `name` over that of `to`."""
        return self.by_name(name).median / self.by_name(to).median


@dataclass(frozen=True, slots=True)
class Verdict:
    """One target: what it asks, what was measured, whether it was reached."""

    target: str
    measured: str
    reached: bool


@dataclass(slots=True)
class Report:
    """Everything one run of the benchmark found."""

    command: str
    reps: str
    scenarios: list[Scenario] = field(default_factory=list)
    memory: list[MemoryPeak] = field(default_factory=list)
    imports: list[ImportTimes] = field(default_factory=list)
    regen: RegenTimes | None = None
    verdicts: list[Verdict] = field(default_factory=list)
    seconds: float = 0.0
    load: list[float] = field(default_factory=list)  # 1-min load at start and end


def machine() -> list[str]:
    """CPU model, cores, OS, Python and library versions."""
    versions = ", ".join(
        f"{name} {_version(name)}"
        for name in ("httpx", "httpcore", "h11", "anyio", "sniffio", "attrs")
    )
    return [
        f"CPU: {_cpu_model()}, {os.cpu_count()} cores",
        f"OS: {platform.system()} {platform.release()} ({platform.machine()})",
        f"Python: {platform.python_implementation()} {platform.python_version()}",
        f"Libraries: {versions}",
    ]


def render(report: Report) -> str:
    """The report as Markdown."""
    lines = [
        f"Produced by `{report.command}` in {report.seconds:.0f} s "
        f"({report.reps}); medians.",
        "",
        *(f"- {line}" for line in machine()),
        f"- Load average (1 min) at start and end: {_loads(report.load)}",
        "",
        "The fake Sesamy API serves over HTTP on 127.0.0.1 from a separate process",
        "(`FakeSesamy.seeded(...).serve()`); every contender reads the same data.",
        "",
        "### Targets",
        "",
        "| target | measured | reached |",
        "|---|---|---|",
        *(
            f"| {v.target} | {v.measured} | {'yes' if v.reached else '**no**'} |"
            for v in report.verdicts
        ),
    ]
    for scenario in report.scenarios:
        lines += ["", *_scenario_table(scenario)]
    if report.memory:
        lines += ["", *_memory_table(report.memory)]
    if report.imports:
        lines += ["", *_import_table(report.imports)]
    if report.regen is not None:
        lines += ["", *_regen_lines(report.regen)]
    return "\n".join(lines) + "\n"


def write_into(path: Path, body: str, title: str) -> None:
    """Replace the generated part of `path` (between the markers) with `body`."""
    generated = f"{BEGIN}\n{body}{END}"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {title}\n\n{generated}\n", encoding="utf-8")
        return
    text = path.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        text = f"{text.rstrip()}\n\n{generated}\n"
    else:
        text = text[:start] + generated + text[end + len(END) :]
    path.write_text(text, encoding="utf-8")


def _scenario_table(scenario: Scenario) -> list[str]:
    raw = scenario.timings[0]
    lines = [
        f"### {scenario.title}",
        "",
        f"| contender | median s | {scenario.unit}/s | x raw | client CPU s "
        "| runs (s) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for timing in scenario.timings:
        runs = ", ".join(f"{s:.3f}" for s in timing.seconds)
        lines.append(
            f"| {timing.label} | {timing.median:.3f} | {timing.per_second:,.0f} "
            f"| {timing.median / raw.median:.2f} | {timing.cpu_median:.3f} "
            f"| {runs} |"
        )
    return lines


def _memory_table(peaks: Sequence[MemoryPeak]) -> list[str]:
    return [
        "### Peak memory while iterating through the facade's sync pager",
        "",
        "A fresh process per size; pages of 100; tracemalloc peak and peak-RSS",
        "growth above the state after one warm-up page.",
        "",
        "| items | tracemalloc peak | peak RSS growth | s (traced) |",
        "|---:|---:|---:|---:|",
        *(
            f"| {p.items:,} | {p.traced_peak / _MIB:.2f} MiB "
            f"| {p.rss_growth / _MIB:.2f} MiB | {p.seconds:.1f} |"
            for p in peaks
        ),
    ]


def _import_table(imports: Sequence[ImportTimes]) -> list[str]:
    base = imports[0].median
    return [
        "### Import time (fresh interpreter, perf_counter around the import)",
        "",
        "| module | median ms | x first | runs | generated packages loaded |",
        "|---|---:|---:|---:|---|",
        *(
            f"| `{i.module}` | {i.median * 1000:.1f} | {i.median / base:.2f} "
            f"| {i.runs} | {'yes' if i.generated_loaded else 'no'} |"
            for i in imports
        ),
    ]


def _regen_lines(regen: RegenTimes) -> list[str]:
    runs = ", ".join(f"{s:.2f}" for s in regen.seconds)
    same = "identical bytes" if regen.identical else "**different bytes**"
    return [
        "### `make regen-offline` (`python -m scripts.regen --offline --root <copy>`)",
        "",
        f"Runs: {runs} s (median {statistics.median(regen.seconds):.2f} s); "
        f"the runs wrote {same}.",
    ]


def _loads(loads: Sequence[float]) -> str:
    return " / ".join(f"{load:.2f}" for load in loads) or "unknown"


def _cpu_model() -> str:
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"
