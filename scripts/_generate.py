"""Run openapi-python-client on one spec, into a directory of its own."""

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GenerateError", "Generated", "generate_package"]

# Seconds; the real specs generate in a few seconds, a hang should not block CI.
_TIMEOUT = 300

_ERROR_BANNER = "Error(s) encountered while generating"
_WARNING_BANNER = "Warning(s) encountered while generating"
_ISSUE_LINK_PREFIX = "If you believe this was a mistake"
# Some 0.29.1 warnings print an object's repr where they mean its value, e.g.
# "status code <...UntrustedString object at 0x7f...>": drop the address noise.
_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


class GenerateError(Exception):
    """openapi-python-client failed, or could not be run."""


@dataclass(frozen=True)
class Generated:
    """A freshly generated package and the warnings the generator printed."""

    package_dir: Path
    warnings: list[str]


def generate_package(spec: Path, config: Path, package_dir: Path) -> Generated:
    """
    Generate a package from `spec` into `package_dir`, which must not exist.

    The config's post-hooks call `ruff`; the ruff pinned beside this Python is put
    first on PATH so formatting, and thus the output, is the same on every machine.

    Raises:
        GenerateError: with a one-line reason.
    """
    env = _env_with_pinned_ruff()
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(package_dir),
        "--meta",
        "none",
        "--config",
        str(config),
    ]
    result = _run(command, env)
    if result.returncode != 0:
        raise GenerateError(f"generator failed: {_failure_reason(result)}")

    # With --meta none the generator writes no PEP 561 marker; the package is typed.
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    return Generated(package_dir, _warnings(result.stderr))


def _env_with_pinned_ruff() -> dict[str, str]:
    """The environment with this interpreter's bin directory first on PATH."""
    # Not resolved: a venv's python is a symlink, and its bin holds the venv's ruff.
    bin_dir = str(Path(sys.executable).parent)
    if shutil.which("ruff", path=bin_dir) is None:
        raise GenerateError(f"ruff not found in {bin_dir}; the post-hooks need it")

    path = os.pathsep.join([bin_dir, os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, "NO_COLOR": "1"}


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the generator, capturing its output."""
    try:
        return subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise GenerateError(f"generator timed out after {_TIMEOUT} s") from None


def _failure_reason(result: subprocess.CompletedProcess[str]) -> str:
    """The first error the generator reported, or its last line of output."""
    lines = _meaningful_lines(result.stderr) or _meaningful_lines(result.stdout)
    for index, line in enumerate(lines):
        if line.startswith(_ERROR_BANNER):
            return "; ".join(lines[index + 1 : index + 3]) or line
    return lines[-1] if lines else f"exit status {result.returncode}"


def _warnings(stderr: str) -> list[str]:
    """The generator's warnings: what it skipped or could not parse."""
    lines = _meaningful_lines(stderr)
    if not lines or not lines[0].startswith(_WARNING_BANNER):
        return []
    return [_OBJECT_REPR.sub("?", line) for line in lines[1:]]


def _meaningful_lines(text: str) -> list[str]:
    """Non-blank lines, without the generator's box drawing and issue link."""
    lines = [line.strip(" │╭╮╰╯─") for line in text.splitlines()]
    return [line for line in lines if line and not line.startswith(_ISSUE_LINK_PREFIX)]
