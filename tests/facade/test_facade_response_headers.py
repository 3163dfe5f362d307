"""Reading what a response says: malformed headers, HTTP dates, paths in errors."""

from __future__ import annotations

import email.utils
import time

import httpx

from sesamy_facade._responses import rate_limit_of, requested_wait, status_error


def _response(status: int, headers: dict[str, str], path: str) -> httpx.Response:
    request = httpx.Request("GET", f"http://127.0.0.1:9{path}")
    return httpx.Response(status, headers=headers, request=request)


def test_non_finite_rate_limit_headers_are_ignored_not_raised() -> None:
    headers = {
        "X-RateLimit-Limit": "nan",
        "X-RateLimit-Remaining": "1e400",
        "X-RateLimit-Reset": "inf",
    }

    limit = rate_limit_of(_response(200, headers, "/vendor"))

    assert limit is not None
    assert (limit.limit, limit.remaining, limit.reset) == (None, None, None)


def test_http_date_in_the_minus_0000_zone_is_read_as_utc() -> None:
    now = time.time()
    # formatdate() writes "-0000", which Python parses as a date without a zone.
    when = email.utils.formatdate(now + 30)
    assert when.endswith("-0000")

    wait = requested_wait(_response(429, {"Retry-After": when}, "/vendor"), now)

    assert wait is not None
    assert 28 <= wait <= 31


def test_error_shows_the_path_as_sent_so_an_id_cannot_forge_a_line() -> None:
    request = httpx.Request("GET", "http://127.0.0.1:9/contracts/x")
    forged = request.url.copy_with(raw_path=b"/contracts/a%0D%0AINFO%20forged?q=1")
    response = httpx.Response(404, request=httpx.Request("GET", forged))

    error = status_error(response)

    assert error.path == "/contracts/a%0D%0AINFO%20forged"
    assert "\n" not in str(error)
