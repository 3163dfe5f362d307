"""`python -m sesamy_facade.testing` serves the fake and prints how to reach it."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Iterator

import httpx
import pytest


@pytest.fixture
def cli() -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "sesamy_facade.testing", "--port", "0", "--size", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    # A CLI that never prints must not stall the suite.
    watchdog = threading.Timer(20, process.kill)
    watchdog.start()
    banner = [process.stdout.readline() for _ in range(6)]
    watchdog.cancel()
    try:
        yield process, banner
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_the_cli_prints_a_url_that_answers_with_the_printed_token(
    cli: tuple[subprocess.Popen[str], list[str]],
) -> None:
    _, banner = cli
    url = re.search(r"http://127\.0\.0\.1:\d+", banner[0])
    assert url is not None
    token = banner[5].strip()

    response = httpx.get(
        f"{url.group()}/contracts",
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )

    assert response.status_code == 200
    assert response.json()


def test_the_cli_demo_credentials_obtain_a_management_token(
    cli: tuple[subprocess.Popen[str], list[str]],
) -> None:
    _, banner = cli
    url = banner[1].split()[-1]
    client_id = banner[2].split()[1]
    secret = banner[3].split()[1]

    answer = httpx.post(
        url,
        data={
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": secret,
        },
        timeout=5,
    )

    assert answer.status_code == 200
    assert answer.json()["token_type"] == "Bearer"


def test_the_cli_logs_one_line_per_request_without_the_token(
    cli: tuple[subprocess.Popen[str], list[str]],
) -> None:
    process, banner = cli
    url = re.search(r"http://127\.0\.0\.1:\d+", banner[0])
    assert url is not None
    token = banner[5].strip()
    httpx.get(
        f"{url.group()}/contracts?limit=3",
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )

    process.terminate()
    _, log = process.communicate(timeout=10)

    lines = [line for line in log.splitlines() if "GET /contracts" in line]
    assert len(lines) == 1
    assert re.search(r"GET /contracts 200 [\d.]+ms$", lines[0])
    assert token not in log
