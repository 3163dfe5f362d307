"""
`make regen` and `make check-generated`, run for real against a scratch project root.

Specs are served by a loopback HTTP server started here, or read from tests/data/.
The generator runs for real (about a second per run), so the successful regens are
done once per module and each test works on its own copy of the result.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from scripts._specs import normalize

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CLIENT_V1 = DATA / "client_v1.json"
CLIENT_V2 = DATA / "client_v2.json"
MANAGEMENT_V1 = DATA / "management_v1.json"

Tree = dict[str, bytes]


# --- helpers ---------------------------------------------------------------------


def new_root(path: Path) -> Path:
    """A scratch project root holding only the generator configs."""
    (path / "openapi").mkdir(parents=True)
    for config in (REPO / "openapi").glob("*.config.yml"):
        shutil.copy(config, path / "openapi" / config.name)
    return path


def run_script(
    module: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m scripts.<module>` the way the Makefile does."""
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("SESAMY_")}
    return subprocess.run(
        [sys.executable, "-m", f"scripts.{module}", *args],
        cwd=REPO,
        env={**clean_env, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def regen(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run regen against `root`."""
    return run_script("regen", "--root", str(root), *args)


def tree(root: Path) -> Tree:
    """Every file under `root` (hidden ones and caches included), by relative path."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def copy_root(source: Path, target: Path) -> Path:
    """A private copy of a regenerated project root."""
    shutil.copytree(source, target)
    return target


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# --- fixtures --------------------------------------------------------------------


class SpecHandler(BaseHTTPRequestHandler):
    """Serves the test specs, plus a 404 and a body that is not JSON."""

    routes: ClassVar[dict[str, tuple[int, bytes]]] = {
        "/client/spec": (200, CLIENT_V1.read_bytes()),
        "/client/v2/spec": (200, CLIENT_V2.read_bytes()),
        "/not-json": (200, b"<html>maintenance</html>"),
    }

    def do_GET(self) -> None:
        status, body = self.routes.get(self.path, (404, b"not found"))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Keep the test output quiet."""


@pytest.fixture(scope="module")
def spec_server() -> Iterator[str]:
    """Base URL of a loopback server serving the test specs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), SpecHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def first_regen(
    tmp_path_factory: pytest.TempPathFactory, spec_server: str
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A root regenerated from a URL (client) and a local file (management)."""
    root = new_root(tmp_path_factory.mktemp("first") / "project")
    result = regen(
        root,
        "--client-spec",
        f"{spec_server}/client/spec",
        "--management-spec",
        str(MANAGEMENT_V1),
    )
    return root, result


@pytest.fixture(scope="module")
def regenerated(first_regen: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    """The root of a successful regen; copy it before changing anything."""
    root, result = first_regen
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def project(regenerated: Path, tmp_path: Path) -> Path:
    """A private copy of the regenerated root."""
    return copy_root(regenerated, tmp_path / "project")


# --- normalization (no generator) ----------------------------------------------


def test_normalize_keeps_the_documents_own_key_order() -> None:
    document = {"openapi": "3.0.3", "info": {"version": "1", "title": "T"}, "paths": {}}

    assert list(json.loads(normalize(document))) == ["openapi", "info", "paths"]
    assert normalize(document).startswith('{\n  "openapi": "3.0.3",\n  "info": {\n')


def test_normalize_is_the_identity_on_normalized_text() -> None:
    text = normalize(json.loads(CLIENT_V2.read_text(encoding="utf-8")))

    assert normalize(json.loads(text)) == text


def test_normalize_writes_unicode_as_is_and_ends_with_a_newline() -> None:
    text = normalize({"info": {"title": "Prenumerationer för läsare"}})

    assert "Prenumerationer för läsare" in text
    assert text.endswith("}\n")


# --- successful regen --------------------------------------------------------------


@pytest.mark.generator
def test_regen_from_a_url_writes_the_normalized_snapshot(regenerated: Path) -> None:
    snapshot = (regenerated / "openapi" / "client.json").read_text(encoding="utf-8")

    assert snapshot == normalize(json.loads(CLIENT_V1.read_text(encoding="utf-8")))


@pytest.mark.generator
def test_regen_from_a_local_file_writes_the_normalized_snapshot(
    regenerated: Path,
) -> None:
    snapshot = (regenerated / "openapi" / "management.json").read_text(encoding="utf-8")

    assert snapshot == normalize(json.loads(MANAGEMENT_V1.read_text(encoding="utf-8")))


@pytest.mark.generator
def test_regen_generates_one_module_per_operation(regenerated: Path) -> None:
    client = regenerated / "generated" / "sesamy_client_api"
    management = regenerated / "generated" / "sesamy_management_api"

    assert (client / "api" / "entitlements" / "list_entitlements.py").is_file()
    assert (client / "api" / "vendors" / "get_vendor.py").is_file()
    assert (management / "api" / "access_lists" / "list_access_lists.py").is_file()
    assert (management / "api" / "grants" / "create_grant.py").is_file()


@pytest.mark.generator
def test_regen_marks_both_packages_as_typed(regenerated: Path) -> None:
    for package in ("sesamy_client_api", "sesamy_management_api"):
        assert (regenerated / "generated" / package / "py.typed").is_file()


@pytest.mark.generator
def test_regen_reports_new_snapshots(
    first_regen: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _, result = first_regen

    assert "client: new snapshot (2 operations, 2 schemas)" in result.stdout
    assert "management: new snapshot (2 operations, 2 schemas)" in result.stdout


@pytest.mark.generator
def test_regen_twice_gives_identical_bytes_and_no_ruff_cache(
    project: Path, spec_server: str
) -> None:
    before = tree(project)

    result = regen(
        project,
        "--client-spec",
        f"{spec_server}/client/spec",
        "--management-spec",
        str(MANAGEMENT_V1),
    )

    assert result.returncode == 0, result.stderr
    assert "client: unchanged" in result.stdout
    assert tree(project) == before
    assert not [path for path in before if ".ruff_cache" in path]


@pytest.fixture(scope="module")
def updated(
    regenerated: Path, tmp_path_factory: pytest.TempPathFactory, spec_server: str
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A regenerated root, with a stale file planted, regenerated from client v2."""
    root = copy_root(regenerated, tmp_path_factory.mktemp("updated") / "project")
    stale = root / "generated" / "sesamy_client_api" / "stale.py"
    stale.write_text("STALE = True\n", encoding="utf-8")
    result = regen(
        root,
        "--client-spec",
        f"{spec_server}/client/v2/spec",
        "--management-spec",
        str(MANAGEMENT_V1),
    )
    assert result.returncode == 0, result.stderr
    return root, result


@pytest.mark.generator
def test_regen_summarizes_changed_operations_and_schemas(
    updated: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _, result = updated

    assert result.stdout.splitlines()[:6] == [
        "client: changed",
        "  + operation GET /bills",
        "  - operation GET /vendors/{vendorId}",
        "  + schema Bill",
        "  ~ schema Entitlement",
        "management: unchanged",
    ]


@pytest.mark.generator
def test_regen_rewrites_only_the_changed_snapshot(
    updated: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    root, result = updated
    snapshot = (root / "openapi" / "client.json").read_text(encoding="utf-8")

    assert snapshot == normalize(json.loads(CLIENT_V2.read_text(encoding="utf-8")))
    assert "regen: wrote openapi/client.json; replaced" in result.stdout


@pytest.mark.generator
def test_regen_replaces_the_package_whole(
    updated: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    client = updated[0] / "generated" / "sesamy_client_api"

    assert not (client / "stale.py").exists()
    assert not (client / "api" / "vendors").exists()
    assert (client / "api" / "bills" / "list_bills.py").is_file()


@pytest.mark.generator
def test_regen_offline_regenerates_from_the_snapshots_alone(project: Path) -> None:
    before = tree(project)
    shutil.rmtree(project / "generated")

    result = regen(project, "--offline")

    assert result.returncode == 0, result.stderr
    assert tree(project) == before


# --- failures leave everything as it was ----------------------------------------


def assert_failed_cleanly(
    result: subprocess.CompletedProcess[str], expected_stderr: str
) -> None:
    """Non-zero exit, exactly one line on stderr, no traceback."""
    assert result.returncode != 0
    assert result.stderr == expected_stderr + "\n"


def test_an_unreachable_url_changes_nothing(project: Path) -> None:
    before = tree(project)
    url = f"http://127.0.0.1:{closed_port()}/spec"

    result = regen(
        project, "--client-spec", url, "--management-spec", MANAGEMENT_V1.name
    )

    assert_failed_cleanly(
        result, f"regen: client spec from {url}: unreachable (connection refused)"
    )
    assert tree(project) == before


def test_an_unreachable_url_from_the_environment_is_named(project: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/management/spec"

    result = run_script(
        "regen",
        "--root",
        str(project),
        "--client-spec",
        str(CLIENT_V1),
        env={"SESAMY_MANAGEMENT_SPEC": url},
    )

    assert_failed_cleanly(
        result, f"regen: management spec from {url}: unreachable (connection refused)"
    )


def test_an_http_error_changes_nothing(project: Path, spec_server: str) -> None:
    before = tree(project)
    url = f"{spec_server}/gone"

    result = regen(
        project, "--client-spec", url, "--management-spec", str(MANAGEMENT_V1)
    )

    assert_failed_cleanly(result, f"regen: client spec from {url}: HTTP 404 Not Found")
    assert tree(project) == before


def test_a_body_that_is_not_json_changes_nothing(
    project: Path, spec_server: str
) -> None:
    before = tree(project)
    url = f"{spec_server}/not-json"

    result = regen(
        project, "--client-spec", url, "--management-spec", str(MANAGEMENT_V1)
    )

    assert_failed_cleanly(
        result,
        f"regen: client spec from {url}: not JSON (Expecting value at line 1 column 1)",
    )
    assert tree(project) == before


def test_an_invalid_document_changes_nothing(project: Path, tmp_path: Path) -> None:
    before = tree(project)
    document = json.loads(MANAGEMENT_V1.read_text(encoding="utf-8"))
    del document["info"]
    invalid = tmp_path / "invalid.json"
    invalid.write_text(json.dumps(document), encoding="utf-8")

    result = regen(
        project, "--client-spec", str(CLIENT_V2), "--management-spec", str(invalid)
    )

    assert_failed_cleanly(
        result,
        f"regen: management spec from {invalid}: invalid OpenAPI document:"
        " 'info' is a required property at $",
    )
    assert tree(project) == before


def test_a_missing_file_changes_nothing(project: Path, tmp_path: Path) -> None:
    before = tree(project)
    missing = tmp_path / "missing.json"

    result = regen(
        project, "--client-spec", str(CLIENT_V2), "--management-spec", str(missing)
    )

    assert_failed_cleanly(
        result, f"regen: management spec from {missing}: file not found"
    )
    assert tree(project) == before


@pytest.mark.generator
def test_a_generator_failure_changes_nothing(project: Path) -> None:
    # A post-hook that fails makes the generator fail after the client succeeded.
    config = project / "openapi" / "management.config.yml"
    config.write_text("post_hooks:\n  - 'false'\n", encoding="utf-8")
    before = tree(project)

    result = regen(
        project,
        "--client-spec",
        str(CLIENT_V2),
        "--management-spec",
        str(MANAGEMENT_V1),
    )

    assert_failed_cleanly(
        result,
        f"regen: management spec from {MANAGEMENT_V1}: generator failed: false failed",
    )
    assert tree(project) == before


def test_regen_offline_without_snapshots_fails_cleanly(tmp_path: Path) -> None:
    root = new_root(tmp_path / "project")
    snapshot = root / "openapi" / "client.json"

    result = regen(root, "--offline")

    assert_failed_cleanly(result, f"regen: client spec from {snapshot}: file not found")
    assert not (root / "generated").exists()


# --- check-generated -------------------------------------------------------------


@pytest.fixture(scope="module")
def tampered_check(
    regenerated: Path, tmp_path_factory: pytest.TempPathFactory
) -> subprocess.CompletedProcess[str]:
    """check-generated on a tree with one file altered, one missing, one extra."""
    root = copy_root(regenerated, tmp_path_factory.mktemp("tampered") / "project")
    altered = root / "generated" / "sesamy_management_api" / "client.py"
    altered.write_text(altered.read_text(encoding="utf-8") + "# edited\n")
    client = root / "generated" / "sesamy_client_api"
    (client / "types.py").unlink()
    (client / "extra.py").write_text("", encoding="utf-8")
    return run_script("check_generated", "--root", str(root))


@pytest.mark.generator
def test_check_generated_passes_on_an_untouched_tree(project: Path) -> None:
    # Importing the package writes bytecode caches; they are not generated output.
    cache = project / "generated" / "sesamy_client_api" / "__pycache__"
    cache.mkdir()
    (cache / "client.cpython-311.pyc").write_bytes(b"\x00")

    result = run_script("check_generated", "--root", str(project))

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "check-generated: OK, generated/ matches openapi/*.json\n"


@pytest.mark.generator
def test_check_generated_fails_on_a_tampered_tree(
    tampered_check: subprocess.CompletedProcess[str],
) -> None:
    assert tampered_check.returncode == 1
    assert "run `make regen-offline`" in tampered_check.stdout


@pytest.mark.generator
def test_check_generated_names_an_altered_file(
    tampered_check: subprocess.CompletedProcess[str],
) -> None:
    lines = tampered_check.stdout.splitlines()
    header = "check-generated: generated/sesamy_management_api is not what the"

    assert lines[lines.index(f"{header} snapshot generates:") + 1] == (
        "  changed: client.py"
    )


@pytest.mark.generator
def test_check_generated_names_missing_and_extra_files(
    tampered_check: subprocess.CompletedProcess[str],
) -> None:
    assert "  missing: types.py" in tampered_check.stdout
    assert "  extra: extra.py" in tampered_check.stdout
