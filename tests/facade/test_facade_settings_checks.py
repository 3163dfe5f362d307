"""Client settings are checked when given, with a clear error, not at the first call."""

from __future__ import annotations

import pytest

from sesamy_facade import AsyncSesamyClient, SesamyClient

BAD_BASE_URLS = [
    "http://127.0.0.1:9?x=1",
    "api2.sesamy.com",
    "ftp://api2.sesamy.com",
    "http://user:secret@api2.sesamy.com",
    "https://api2.sesamy.com/#top",
    "http://a\r\nb",
]


@pytest.mark.parametrize("base_url", BAD_BASE_URLS)
def test_a_bad_base_url_is_refused_without_repeating_it(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url must be") as caught:
        SesamyClient("t", base_url=base_url)

    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(
    ("timeout", "error"), [("x", TypeError), (-1, ValueError), (0, ValueError)]
)
def test_a_bad_timeout_is_refused(timeout: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="timeout"):
        AsyncSesamyClient("t", base_url="http://127.0.0.1:9", timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "error"), [("3", TypeError), (-1, ValueError)])
def test_with_options_checks_max_retries(value: object, error: type[Exception]) -> None:
    client = SesamyClient("t", base_url="http://127.0.0.1:9")

    with client, pytest.raises(error, match="max_retries"):
        client.with_options(max_retries=value)  # type: ignore[arg-type]


def test_with_options_checks_timeout() -> None:
    client = SesamyClient("t", base_url="http://127.0.0.1:9")

    with client, pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=-2)


def test_a_bad_per_call_timeout_is_refused_before_sending() -> None:
    client = SesamyClient("t", base_url="http://127.0.0.1:9")

    with client, pytest.raises(ValueError, match="timeout"):
        client.contracts.get("c1", timeout=-1)
