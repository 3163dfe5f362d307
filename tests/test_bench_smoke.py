"""
`make bench` machinery at tiny sizes: it runs end to end and writes its report.

No timing is asserted: the numbers mean something only at full size on a quiet
machine. What is asserted is that every contender did the work (the benchmark
itself raises when a contender sees the wrong number of items) and that the
report holds every section.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from scripts import bench
from scripts._bench_report import BEGIN, END, Report, render, write_into
from scripts._bench_server import ServedFake

TINY = bench.Sizes(
    items=250,
    memory_items=(150, 300),
    gets=20,
    page_size=50,
    latency=0.001,
    reps=1,
    latency_reps=1,
    import_runs=1,
    regen_runs=0,
)


@pytest.fixture(scope="module")
def report() -> Report:
    return bench.run(TINY, "python -m scripts.bench --tiny")


def test_every_contender_lists_every_contract(report: Report) -> None:
    plain = report.scenarios[0]

    assert [t.name for t in plain.timings] == [
        "raw",
        "generated",
        "facade",
        "facade_sync_prefetch_1",
        "facade_sync_prefetch",
        "facade_async",
        "facade_prefetch",
    ]
    assert all(t.items == TINY.items and len(t.seconds) == 1 for t in plain.timings)


def test_gets_fetch_the_requested_number_of_contracts(report: Report) -> None:
    gets = report.scenarios[2]

    assert {t.items for t in gets.timings} == {TINY.gets}


def test_memory_is_measured_at_both_sizes(report: Report) -> None:
    assert [peak.items for peak in report.memory] == list(TINY.memory_items)
    assert all(peak.traced_peak > 0 for peak in report.memory)


def test_import_of_the_facade_leaves_the_generated_packages_unloaded(
    report: Report,
) -> None:
    httpx_import, facade_import = report.imports

    assert (httpx_import.module, facade_import.module) == ("httpx", "sesamy_facade")
    assert not facade_import.generated_loaded


def test_the_report_names_every_target_and_section(report: Report) -> None:
    text = render(report)

    assert len(report.verdicts) == 7  # regen skipped at this size
    for heading in ("### Targets", "### Listing 250", "### 20 sequential", "Import"):
        assert heading in text
    assert "python -m scripts.bench --tiny" in text


def test_writing_keeps_the_hand_written_text_around_the_markers(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text(f"# Title\n\nBefore.\n\n{BEGIN}\nold\n{END}\n\nAfter.\n")

    write_into(doc, "new\n", "Benchmarks")

    assert doc.read_text() == f"# Title\n\nBefore.\n\n{BEGIN}\nnew\n{END}\n\nAfter.\n"


def test_the_served_fake_adds_and_removes_latency() -> None:
    with ServedFake(10) as fake:
        headers = {"Authorization": f"Bearer {fake.token}"}
        with httpx.Client(base_url=fake.url, headers=headers) as http:
            fake.set_latency(1.5)
            started = time.perf_counter()
            http.get("/management/contracts").raise_for_status()
            slow = time.perf_counter() - started
            fake.set_latency(0)
            started = time.perf_counter()
            http.get("/management/contracts").raise_for_status()
            fast = time.perf_counter() - started

    assert slow >= 1.5
    assert fast < 1.2
