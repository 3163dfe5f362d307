"""
Every case the reliability suite tries, with the outcome and request count it shows.

This module is data only (no pytest, no facade import), so that
`scripts/reliability_report.py` can load it to write `docs/reliability.md`. The
tests keep it true: each test calls `verify(case_id, kind, outcome, requests)` with
what it observed, which fails unless the observation equals the row here, and a
test that a row names fails if it does not verify that row.
"""

from __future__ import annotations

from dataclasses import dataclass

BOTH = ("sync", "async")
SYNC = ("sync",)


@dataclass(frozen=True)
class Case:
    """
    One fault or input and what the facade does about it.

    Attributes:
        id: Unique, stable, used by the test that verifies it.
        area: The table section.
        fault: What the server or the caller did.
        outcome: `ok` or the exception class the caller sees.
        requests: Requests that reached the server (or attempts, where noted).
        test: `file.py::test_name` that verifies the row.
        clients: The clients the test runs it on.
        note: What else the test asserts.
    """

    id: str
    area: str
    fault: str
    outcome: str
    requests: str
    test: str
    clients: tuple[str, ...] = BOTH
    note: str = ""


RATE = "Rate limits (429)"
SERVER = "Server errors (5xx)"
NETWORK = "Network faults"
BODY = "Malformed successful responses"
AUTH = "Authentication"
LOAD = "Concurrency and load"
INPUT = "Bad input"
SECRET = "Secrets"

_RL = "test_rate_limits.py::"
_SE = "test_server_errors.py::"
_NW = "test_network.py::"
_BD = "test_bodies.py::"
_AU = "test_auth.py::"
_LD = "test_load.py::"
_IN = "test_bad_input.py::"
_SC = "test_secrets.py::"


def _server_error_cases() -> list[Case]:
    cases = []
    for status in (500, 502, 503, 504):
        error = "ServiceUnavailableError" if status == 503 else "ServerError"
        for times, outcome, requests in (
            ("once", "ok", "2"),
            ("twice", "ok", "3"),
            ("always", error, "3"),
        ):
            cases.append(
                Case(
                    f"get-{status}-{times}",
                    SERVER,
                    f"GET answered {status} {times} (max_retries=2)",
                    outcome,
                    requests,
                    _SE + "test_get_is_retried_on_5xx",
                )
            )
    return cases


CASES: tuple[Case, ...] = (
    # Rate limits.
    Case(
        "429-retry-after-seconds",
        RATE,
        "429 with `Retry-After: 2` (seconds), then 200",
        "ok",
        "2",
        _RL + "test_retry_after_seconds_sets_the_wait",
        note="the retry waits 2.00 s",
    ),
    Case(
        "429-retry-after-date",
        RATE,
        "429 with `Retry-After` as an HTTP date 3 s ahead, then 200",
        "ok",
        "2",
        _RL + "test_retry_after_http_date_sets_the_wait",
        note="the retry waits between 1 and 3 s",
    ),
    Case(
        "429-body-retry-after",
        RATE,
        "429 with only `error.retry_after: 2` in the body, then 200",
        "ok",
        "2",
        _RL + "test_body_retry_after_sets_the_wait",
        note="the retry waits 2.00 s",
    ),
    Case(
        "429-ratelimit-reset",
        RATE,
        "429 with only `X-RateLimit-Reset` 4 s ahead, then 200",
        "ok",
        "2",
        _RL + "test_rate_limit_reset_sets_the_wait",
        note="the retry waits between 2 and 4 s",
    ),
    Case(
        "429-beyond-max",
        RATE,
        "429 with `Retry-After: 120`, `max_retry_after=30`",
        "RateLimitError",
        "1",
        _RL + "test_wait_beyond_the_maximum_raises_at_once",
        note="raised at once with `retry_after == 120`",
    ),
    Case(
        "429-always",
        RATE,
        "GET answered 429 every time",
        "RateLimitError",
        "3",
        _RL + "test_429_every_time_gives_up_after_max_retries",
    ),
    Case(
        "429-post",
        RATE,
        "POST answered 429, then 201",
        "ok",
        "2",
        _RL + "test_post_is_retried_after_429",
        note="a 429 means the request was not processed",
    ),
    # Server errors.
    *_server_error_cases(),
    Case(
        "get-503-recovers-within-max-retries",
        SERVER,
        "GET answered 503 four times, `max_retries=4`",
        "ok",
        "5",
        _SE + "test_get_recovers_within_a_larger_max_retries",
    ),
    Case(
        "post-503",
        SERVER,
        "POST answered 503",
        "ServiceUnavailableError",
        "1",
        _SE + "test_post_is_sent_once_on_5xx",
        note="no idempotency key: never repeated after a response",
    ),
    Case(
        "post-500",
        SERVER,
        "POST answered 500",
        "ServerError",
        "1",
        _SE + "test_post_is_sent_once_on_5xx",
    ),
    # Network.
    Case(
        "refused-get",
        NETWORK,
        "connection refused (closed port), GET",
        "APIConnectionError",
        "3 attempts",
        _NW + "test_refused_connection_is_retried_then_raises",
        note="attempts counted from the facade's DEBUG lines; nothing listens",
    ),
    Case(
        "refused-post",
        NETWORK,
        "connection refused (closed port), POST",
        "APIConnectionError",
        "3 attempts",
        _NW + "test_refused_connection_is_retried_then_raises",
        note="nothing was sent, so even POST is retried",
    ),
    Case(
        "reset-before-response-once",
        NETWORK,
        "connection reset after the request, before any response; then 200",
        "ok",
        "2",
        _NW + "test_reset_before_the_response_is_retried_for_get",
    ),
    Case(
        "reset-before-response-always",
        NETWORK,
        "connection reset before any response, every time (GET)",
        "APIConnectionError",
        "3",
        _NW + "test_reset_before_the_response_is_retried_for_get",
    ),
    Case(
        "reset-before-response-post",
        NETWORK,
        "connection reset before any response (POST)",
        "APIConnectionError",
        "1",
        _NW + "test_reset_before_the_response_is_not_retried_for_post",
        note="the POST may have taken effect",
    ),
    Case(
        "reset-mid-body-once",
        NETWORK,
        "headers and half the body, then RST; then 200 (GET)",
        "ok",
        "2",
        _NW + "test_reset_in_the_middle_of_the_body_is_retried_for_get",
    ),
    Case(
        "reset-mid-body-always",
        NETWORK,
        "headers and half the body, then RST, every time (GET)",
        "APIConnectionError",
        "3",
        _NW + "test_reset_in_the_middle_of_the_body_is_retried_for_get",
    ),
    Case(
        "drop-once",
        NETWORK,
        "keep-alive connection closed without an answer; then 200 (GET)",
        "ok",
        "2",
        _NW + "test_dropped_connection_is_retried_for_get",
    ),
    Case(
        "read-timeout-get",
        NETWORK,
        "first answer 0.6 s late, `timeout=0.2` (GET)",
        "ok",
        "2",
        _NW + "test_read_timeout_is_retried_for_get",
    ),
    Case(
        "read-timeout-post",
        NETWORK,
        "answer 0.6 s late, `timeout=0.2` (POST)",
        "APITimeoutError",
        "1",
        _NW + "test_read_timeout_is_not_retried_for_post",
    ),
    Case(
        "never-answers",
        NETWORK,
        "server never answers; `timeout=0.8`, `retry_timeout=2.2`, `max_retries=10`",
        "APITimeoutError",
        "3",
        _NW + "test_server_that_never_answers_is_bounded_by_timeout_and_budget",
        note="a 4th attempt could start at 2.4 s at the earliest, past the budget; "
        "elapsed < budget + one timeout + 5 s (hang guard)",
    ),
    Case(
        "trickle",
        NETWORK,
        "body trickles 1 byte / 0.1 s for 60 s; `timeout=0.4`, `retry_timeout=1.5`",
        "APITimeoutError",
        "1",
        _NW + "test_trickling_body_is_bounded_by_the_budget",
        note="each read succeeds, so only a total deadline can stop it; "
        "elapsed < budget + 5 s (hang guard)",
    ),
    # Bodies.
    Case(
        "body-malformed-json",
        BODY,
        "200 with malformed JSON (getContract)",
        "UnexpectedResponseError",
        "1",
        _BD + "test_broken_body_raises_unexpected_response",
        note="names `getContract`; not retried",
    ),
    Case(
        "body-empty",
        BODY,
        "200 with an empty body (getContract)",
        "UnexpectedResponseError",
        "1",
        _BD + "test_broken_body_raises_unexpected_response",
    ),
    Case(
        "body-html",
        BODY,
        "200 with an HTML page, `text/html` (getContract)",
        "UnexpectedResponseError",
        "1",
        _BD + "test_broken_body_raises_unexpected_response",
    ),
    Case(
        "body-wrong-content-type",
        BODY,
        "200 with the right JSON as `text/plain` (getContract)",
        "UnexpectedResponseError",
        "1",
        _BD + "test_broken_body_raises_unexpected_response",
        note="the spec declares application/json",
    ),
    Case(
        "body-bad-enum",
        BODY,
        "200 with an enum value the spec does not list (getContract)",
        "UnexpectedResponseError",
        "1",
        _BD + "test_broken_body_raises_unexpected_response",
        note="names the field `contractDuration`",
    ),
    Case(
        "body-missing-required",
        BODY,
        "200 without the required `id` (getContract)",
        "UnexpectedResponseError",
        "1",
        _BD + "test_broken_body_raises_unexpected_response",
        note="names the field `id`",
    ),
    Case(
        "body-truncated-transport",
        BODY,
        "200 whose body is cut short of its Content-Length, then 200 (GET)",
        "ok",
        "2",
        _BD + "test_body_short_of_its_content_length_is_a_transport_error",
        note="a broken transfer, retried like a reset",
    ),
    Case(
        "body-truncated-json",
        BODY,
        'a consistent-length 200 whose JSON is cut: `["a", "b` (listTags)',
        "UnexpectedResponseError",
        "1",
        _BD + "test_truncated_json_raises_unexpected_response",
    ),
    Case(
        "list-page-2-malformed",
        BODY,
        "page 2 of a listing is malformed JSON (listContracts)",
        "UnexpectedResponseError",
        "2",
        _BD + "test_broken_page_in_a_listing_names_the_list_operation",
    ),
    Case(
        "list-bad-enum",
        BODY,
        "a listing whose first item has an unknown enum value",
        "UnexpectedResponseError",
        "1",
        _BD + "test_broken_page_in_a_listing_names_the_list_operation",
    ),
    # Authentication.
    Case(
        "401-expired-token",
        AUTH,
        "client credentials; the first token is expired (API answers 401)",
        "ok",
        "2 token + 2 API",
        _AU + "test_expired_token_is_refreshed_and_replayed_once",
    ),
    Case(
        "401-twice",
        AUTH,
        "client credentials; both tokens are refused",
        "AuthenticationError",
        "2 token + 2 API",
        _AU + "test_second_401_is_raised_not_replayed_again",
    ),
    Case(
        "token-endpoint-refused",
        AUTH,
        "token endpoint refuses connections",
        "AuthenticationError",
        "3 token attempts + 0 API",
        _AU + "test_unreachable_token_endpoint_raises_authentication_error",
        note="retried like any call; attempts counted from the facade's DEBUG "
        "lines (nothing listens); no secret in str/repr/causes",
    ),
    Case(
        "token-endpoint-hangs",
        AUTH,
        "token endpoint never answers, `timeout=0.3`",
        "AuthenticationError",
        "3 token + 0 API",
        _AU + "test_unreachable_token_endpoint_raises_authentication_error",
        note="each attempt bounded by the timeout",
    ),
    Case(
        "token-endpoint-html",
        AUTH,
        "token endpoint answers 200 with an HTML page",
        "AuthenticationError",
        "1 token + 0 API",
        _AU + "test_token_endpoint_garbage_raises_authentication_error",
    ),
    Case(
        "token-endpoint-500",
        AUTH,
        "token endpoint answers 500 with an HTML page",
        "AuthenticationError",
        "3 token + 0 API",
        _AU + "test_token_endpoint_garbage_raises_authentication_error",
        note="retried even though it is a POST: a client-credentials grant only "
        "issues a token",
    ),
    Case(
        "token-endpoint-invalid-json",
        AUTH,
        "token endpoint answers 200 with invalid JSON",
        "AuthenticationError",
        "1 token + 0 API",
        _AU + "test_token_endpoint_garbage_raises_authentication_error",
    ),
    Case(
        "token-endpoint-crlf-token",
        AUTH,
        "token endpoint answers a token holding CR/LF",
        "AuthenticationError",
        "1 token + 0 API",
        _AU + "test_token_endpoint_garbage_raises_authentication_error",
        note="never sent as a header",
    ),
    Case(
        "token-endpoint-503-once",
        AUTH,
        "token endpoint answers 503 once, then a token",
        "ok",
        "2 token + 1 API",
        _AU + "test_transient_token_endpoint_failure_is_ridden_out",
    ),
    Case(
        "token-endpoint-429-retry-after",
        AUTH,
        "token endpoint answers 429 with `Retry-After: 2`, then a token",
        "ok",
        "2 token + 1 API",
        _AU + "test_transient_token_endpoint_failure_is_ridden_out",
        note="the wait is the Retry-After (2.00 s)",
    ),
    Case(
        "token-endpoint-reset-once",
        AUTH,
        "token endpoint resets the connection once, then a token",
        "ok",
        "2 token + 1 API",
        _AU + "test_transient_token_endpoint_failure_is_ridden_out",
    ),
    *(
        Case(
            f"token-endpoint-{status}",
            AUTH,
            f"token endpoint answers {status} `{error}` (OAuth error body)",
            "AuthenticationError",
            "1 token + 0 API",
            _AU + "test_refused_credentials_are_not_retried",
            note="never retried; `code` and message are the body's `error` and "
            "`error_description`",
        )
        for status, error in (
            (400, "invalid_request"),
            (401, "invalid_client"),
            (403, "unauthorized_client"),
        )
    ),
    # Concurrency and load.
    Case(
        "64-threads-expired-token",
        LOAD,
        "64 threads, one sync client, the cached token just expired",
        "ok",
        "1 token + 64 API",
        _LD + "test_concurrent_callers_share_one_token_refresh",
        clients=SYNC,
    ),
    Case(
        "64-tasks-expired-token",
        LOAD,
        "64 tasks, one async client, the cached token just expired",
        "ok",
        "1 token + 64 API",
        _LD + "test_concurrent_callers_share_one_token_refresh",
        clients=("async",),
    ),
    Case(
        "64-threads-token-endpoint-down",
        LOAD,
        "64 threads, one sync client, no token yet, the token endpoint answers 503",
        "AuthenticationError",
        "3 token + 0 API",
        _LD + "test_concurrent_callers_share_one_failed_token_fetch",
        clients=SYNC,
        note="one fetch and its retries; all 64 callers get its error",
    ),
    Case(
        "64-tasks-token-endpoint-down",
        LOAD,
        "64 tasks, one async client, no token yet, the token endpoint answers 503",
        "AuthenticationError",
        "3 token + 0 API",
        _LD + "test_concurrent_callers_share_one_failed_token_fetch",
        clients=("async",),
        note="one fetch and its retries; all 64 callers get its error",
    ),
    Case(
        "soak",
        LOAD,
        "5 listings of 1,900 contracts, 1 per page (3 sync threads + 2 async "
        "with prefetch), 5 % transient 429/5xx (seeded)",
        "ok",
        "9,800-10,300",
        _LD + "test_soak_every_item_exactly_once_under_transient_faults",
        clients=SYNC,
        note="every contract id exactly once per listing; wall clock < 120 s",
    ),
    # Bad input.
    *(
        Case(
            f"path-{name}",
            INPUT,
            f"path parameter {shown}",
            "NotFoundError",
            "1",
            _IN + "test_path_parameter_stays_in_its_segment",
            note=f"arrives as `{arrives}`",
        )
        for name, shown, arrives in (
            ("slash", "`a/b`", "a%2Fb"),
            ("dotdot", "`../x`", "..%2Fx"),
            ("dotdot-alone", "`..`", "%2E%2E"),
            ("percent", "`%2F`", "%252F"),
            ("question", "`a?b=c`", "a%3Fb%3Dc"),
            ("hash", "`a#b`", "a%23b"),
            ("crlf", "`a\\r\\nX-Evil: 1`", "a%0D%0AX-Evil%3A%201"),
            ("unicode", "`ünï ✓`", "%C3%BCn%C3%AF%20%E2%9C%93"),
        )
    ),
    Case(
        "query-reserved",
        INPUT,
        "query value `a&b=c#d e+f%`",
        "ok",
        "1",
        _IN + "test_query_value_arrives_intact",
        clients=SYNC,
        note="the server parses back the same value",
    ),
    Case(
        "header-crlf-static-token",
        INPUT,
        "a token holding CR/LF",
        "ValueError",
        "0",
        _IN + "test_header_value_with_a_line_break_is_refused_before_sending",
        clients=SYNC,
    ),
    Case(
        "header-crlf-callable-token",
        INPUT,
        "a token callable returning a value holding CR/LF",
        "ValueError",
        "0",
        _IN + "test_header_value_with_a_line_break_is_refused_before_sending",
        clients=SYNC,
    ),
    *(
        Case(
            f"arg-{name}",
            INPUT,
            shown,
            error,
            "0",
            _IN + "test_bad_argument_is_refused_before_any_request",
            note="raised when the method is called",
        )
        for name, shown, error in (
            ("page-size-zero", "`page_size=0`", "ValueError"),
            ("page-size-negative", "`page_size=-5`", "ValueError"),
            ("page-size-str", '`page_size="10"`', "TypeError"),
            ("page-size-float", "`page_size=2.5`", "TypeError"),
            ("max-items-negative", "`max_items=-1`", "ValueError"),
            ("max-items-str", '`max_items="3"`', "TypeError"),
            ("id-none", "`contracts.get(None)`", "TypeError"),
            ("id-dict", '`contracts.get({"id": "c1"})`', "TypeError"),
            ("id-int", "`contracts.get(7)`", "TypeError"),
            ("id-empty", '`contracts.get("")`', "ValueError"),
            ("filter-dict", '`contracts.list(user_id={"a": 1})`', "TypeError"),
            ("filter-list", '`contracts.list(status=["a"])`', "TypeError"),
        )
    ),
    Case(
        "max-items-huge",
        INPUT,
        "`max_items=10**12`, `page_size=8` over 20 contracts",
        "ok",
        "3",
        _IN + "test_huge_max_items_is_just_no_limit",
        clients=SYNC,
        note="all 20 items",
    ),
    # Secrets.
    Case(
        "secrets-everywhere",
        SECRET,
        "client credentials through 401, 5xx, bad bodies, a refused token endpoint "
        "and a wrong secret at the fake's token endpoint",
        "ok",
        "-",
        _SC + "test_no_secret_in_logs_errors_or_reprs",
        clients=SYNC,
        note="no token, secret or bearer value in any DEBUG record, str/repr of "
        "errors and their causes, repr of clients, credentials, responses",
    ),
    Case(
        "cassettes-scrubbed",
        SECRET,
        "every file under `tests/cassettes/` (skipped while there are none)",
        "ok",
        "-",
        _SC + "test_cassettes_hold_no_secret",
        clients=SYNC,
        note="no JWT, bearer value or client_secret value",
    ),
)

BY_ID: dict[str, Case] = {case.id: case for case in CASES}
assert len(BY_ID) == len(CASES), "case ids must be unique"


def cases_for(test: str) -> list[str]:
    """The ids of the rows that name `test`, e.g. for `case_id` parametrization."""
    return [case.id for case in CASES if case.test == test]
