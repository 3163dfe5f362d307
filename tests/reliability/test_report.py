"""docs/reliability.md is what the script generates from the registry, and the
registry names only tests that exist."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scripts import reliability_report

from .cases import CASES

HERE = Path(__file__).parent


def test_committed_document_matches_the_registry() -> None:
    committed = reliability_report.DOC.read_text("utf-8")

    assert committed == reliability_report.render(), (
        "docs/reliability.md is out of date: run python -m scripts.reliability_report"
    )


def test_every_row_names_a_test_that_exists() -> None:
    defined: set[str] = set()
    for path in HERE.glob("test_*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        defined |= {
            f"{path.name}::{node.name}"
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
        }

    assert {case.test for case in CASES} <= defined


def test_check_mode_reports_a_stale_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "reliability.md"
    stale.write_text("# stale\n", "utf-8")
    monkeypatch.setattr(reliability_report, "DOC", stale)

    assert reliability_report.main(["--check"]) == 1
    assert reliability_report.main([]) == 0
    assert reliability_report.main(["--check"]) == 0
