"""
drift-check end to end: sources on a loopback HTTP server this module starts, or in
local files; exit statuses 0, 1, 2 and 3; the JSON report.

A few tests run `python -m scripts.drift_check` as the Makefile does; the rest call
`main()` in this process, which is the same code path without the interpreter's
start-up second.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import types
from pathlib import Path

import pytest

from scripts import drift_check

from .conftest import REPO, Serve, Spec

SNAPSHOTS = REPO / "openapi"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run drift-check as the Makefile does, without any SESAMY_* from outside."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SESAMY_")}
    return subprocess.run(
        [sys.executable, "-m", "scripts.drift_check", *args],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.fixture(autouse=True)
def no_sesamy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sources come from each test, never from the environment pytest runs in."""
    for name in list(os.environ):
        if name.startswith("SESAMY_"):
            monkeypatch.delenv(name)


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Call main() with `args`; return the exit status and what it printed."""
    status = drift_check.main(list(args))
    return status, capsys.readouterr().out


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def write(path: Path, document: Spec) -> str:
    """Write a document as JSON; return its path as a source argument."""
    path.write_text(json.dumps(document), "utf-8")
    return str(path)


def scratch_root(tmp_path: Path) -> Path:
    """A project root with copies of the snapshots and generator configs only."""
    root = tmp_path / "root"
    shutil.copytree(SNAPSHOTS, root / "openapi")
    return root


def test_help_documents_the_exit_statuses() -> None:
    result = run("--help")

    assert result.returncode == 0
    for line in ("0  no drift", "1  drift, none of it breaking", "2  breaking drift"):
        assert line in result.stdout
    assert "3  a source unreachable or invalid" in result.stdout


def test_identical_specs_over_http_are_no_drift_exit_0(
    serve: Serve, client: Spec, management: Spec
) -> None:
    result = run(
        "--client-spec",
        serve("/spec", client),
        "--management-spec",
        serve("/management/spec", management),
        "--no-generated",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "client: openapi/client.json vs http://127.0.0.1:" in result.stdout
    assert result.stdout.count(": no drift\n") == 2
    assert result.stdout.endswith("drift-check: exit 0 (no drift)\n")


def test_non_breaking_drift_from_a_local_file_exits_1(
    tmp_path: Path, client_sdk_types: Spec, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = check(
        capsys,
        "--client-spec",
        write(tmp_path / "client.json", client_sdk_types),
        "--management-spec",
        str(SNAPSHOTS / "management.json"),
        "--no-generated",
    )

    assert status == 1, out
    assert "[warning] response-optional-property-removed" in out
    assert (
        "affects listContracts: facade contracts.list; "
        "tests/cassettes/client/listContracts.yaml"
    ) in out


def test_breaking_drift_exits_2(
    serve: Serve, client: Spec, management: Spec, capsys: pytest.CaptureFixture[str]
) -> None:
    duration = client["components"]["schemas"]["Contract"]["properties"][
        "contractDuration"
    ]
    duration["enum"].append("TRIAL")

    status, out = check(
        capsys,
        "--client-spec",
        serve("/spec", client),
        "--management-spec",
        serve("/management/spec", management),
        "--no-generated",
    )

    assert status == 2, out
    assert "[breaking] response-property-enum-value-added" in out
    assert "ValueError" in out


def test_unreachable_source_is_skipped_not_passed_and_exits_3(serve: Serve) -> None:
    unreachable = f"http://127.0.0.1:{closed_port()}/management/spec"

    result = run(
        "--client-spec",
        str(SNAPSHOTS / "client.json"),
        "--management-spec",
        unreachable,
        "--no-generated",
    )

    assert result.returncode == 3
    assert f"management: skipped: {unreachable}: unreachable" in result.stdout
    assert "client: openapi/client.json vs" in result.stdout
    assert "management: openapi/management.json vs" not in result.stdout


def test_invalid_document_is_skipped_and_exits_3(
    serve: Serve, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = check(
        capsys,
        "--client-spec",
        serve("/spec", b"<html>maintenance</html>"),
        "--management-spec",
        str(SNAPSHOTS / "management.json"),
        "--no-generated",
    )

    assert status == 3
    assert "client: skipped: http://127.0.0.1:" in out
    assert "/spec: not JSON" in out


def test_environment_variables_name_the_sources(
    serve: Serve,
    client_sdk_types: Spec,
    management: Spec,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client_url = serve("/spec", client_sdk_types)
    monkeypatch.setenv("SESAMY_CLIENT_SPEC", client_url)
    monkeypatch.setenv("SESAMY_MANAGEMENT_SPEC", serve("/management/spec", management))

    status, out = check(capsys, "--no-generated")

    assert status == 1
    assert f"vs {client_url}: 1 change" in out


def test_command_line_source_beats_the_environment(
    serve: Serve,
    client: Spec,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SESAMY_CLIENT_SPEC", f"http://127.0.0.1:{closed_port()}/spec")
    monkeypatch.setenv("SESAMY_MANAGEMENT_SPEC", str(SNAPSHOTS / "management.json"))

    status, out = check(
        capsys, "--client-spec", serve("/spec", client), "--no-generated"
    )

    assert status == 0, out


def test_json_report_lists_facade_methods_and_cassettes(
    tmp_path: Path,
    client_sdk_types: Spec,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    catalog = types.ModuleType("sesamy_facade._catalog")
    catalog.FACADE_METHODS = {  # type: ignore[attr-defined]
        "client": {"listContracts": "contracts.list", "getContract": "contracts.get"},
        "management": {},
    }
    monkeypatch.setitem(sys.modules, "sesamy_facade._catalog", catalog)
    root = scratch_root(tmp_path)
    cassette = root / "tests" / "cassettes" / "client" / "listContracts.yaml"
    cassette.parent.mkdir(parents=True)
    cassette.write_text("interactions: []\n", "utf-8")

    status = drift_check.main(
        [
            "--root",
            str(root),
            "--client-spec",
            write(tmp_path / "client.json", client_sdk_types),
            "--management-spec",
            str(root / "openapi" / "management.json"),
            "--no-generated",
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)

    assert status == report["exit_code"] == 1
    assert report["apis"]["management"]["status"] == "no-drift"
    [change] = report["apis"]["client"]["changes"]
    assert change["rule"] == "response-optional-property-removed"
    assert change["severity"] == "warning"
    assert change["schema"] == "Contract.cancelRequestedAt"
    assert change["operations"] == [
        {
            "operation_id": "getContract",
            "facade_methods": ["contracts.get"],
            "cassettes": [],
        },
        {
            "operation_id": "listContracts",
            "facade_methods": ["contracts.list"],
            "cassettes": ["tests/cassettes/client/listContracts.yaml"],
        },
    ]
    assert report["notes"] == []


def test_json_report_without_a_facade_catalog_says_so(
    client_sdk_types: Spec,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # None in sys.modules makes the import raise ImportError.
    monkeypatch.setitem(sys.modules, "sesamy_facade._catalog", None)

    drift_check.main(
        [
            "--client-spec",
            write(tmp_path / "client.json", client_sdk_types),
            "--management-spec",
            str(SNAPSHOTS / "management.json"),
            "--no-generated",
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)

    [change] = report["apis"]["client"]["changes"]
    assert [op["facade_methods"] for op in change["operations"]] == [None, None]
    [note] = report["notes"]
    assert note.startswith("sesamy_facade._catalog not importable")


def test_json_report_has_a_stable_key_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    unreachable = f"http://127.0.0.1:{closed_port()}/spec"
    monkeypatch.setenv("SESAMY_MANAGEMENT_SPEC", unreachable)
    client_spec = str(SNAPSHOTS / "client.json")

    status, out = check(
        capsys, "--client-spec", client_spec, "--no-generated", "--json"
    )
    report = json.loads(out)

    assert status == report["exit_code"] == 3
    assert list(report) == sorted(report)
    assert report["apis"]["management"]["status"] == "skipped"
    assert report["apis"]["client"]["status"] == "no-drift"


def test_generated_check_that_cannot_run_is_skipped_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = scratch_root(tmp_path)
    for config in (root / "openapi").glob("*.config.yml"):
        config.unlink()
    snapshots = [
        str(root / "openapi" / f"{api}.json") for api in ("client", "management")
    ]

    status = drift_check.main(
        [
            "--root",
            str(root),
            "--client-spec",
            snapshots[0],
            "--management-spec",
            snapshots[1],
        ]
    )
    report = capsys.readouterr().out

    assert status == 3
    assert "generated/: skipped: the check failed to run" in report
    assert "generator config" in report


@pytest.mark.generator
def test_generated_out_of_sync_with_the_snapshots_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = scratch_root(tmp_path)
    snapshots = [
        str(root / "openapi" / f"{api}.json") for api in ("client", "management")
    ]

    status = drift_check.main(
        [
            "--root",
            str(root),
            "--client-spec",
            snapshots[0],
            "--management-spec",
            snapshots[1],
        ]
    )
    report = capsys.readouterr().out

    assert status == 1
    assert "generated/: OUT OF SYNC with openapi/*.json" in report
    assert "missing: " in report
