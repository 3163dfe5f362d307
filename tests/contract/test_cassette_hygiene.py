"""
The committed cassettes hold no secret, and there is exactly one per operation.

The scan reads each file as text, so it catches a secret wherever it hides: a header,
a body, a query string, the recorded call's arguments.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts._cassettes import APIS, SCRUBBED, Scrubber, scrub_json, scrub_text

from ._contract import cassette_paths, load, snapshot, spec_operations

CASSETTES = cassette_paths()
IDS = [f"{path.parent.name}.{path.stem}" for path in CASSETTES]
PLACEHOLDER = re.escape(SCRUBBED)
SECRET_KEYS = "access_token|refresh_token|id_token|client_secret|password|token"

# (what it is, pattern): each finding names the line it is on.
LEAKS = [
    ("a JWT", re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")),
    ("a bearer token", re.compile(rf"(?i)\bbearer\s+(?!{PLACEHOLDER})\S+")),
    ("a client secret in a form", re.compile(r"client_secret=(?!%3Cscrubbed%3E)")),
    (
        "a secret JSON value",
        re.compile(rf"\\?\"({SECRET_KEYS})\\?\"\s*:\s*\\?\"(?!{PLACEHOLDER})"),
    ),
    (
        "a secret YAML value",
        re.compile(
            rf"^\s*({SECRET_KEYS}):[ \t]++(?!{PLACEHOLDER}\s*$)\S", re.MULTILINE
        ),
    ),
    (
        "an Authorization header that is not the placeholder",
        re.compile(
            r"(?i)^\s*authorization:[ \t]*\n"
            rf"\s*-[ \t]*+(?!Bearer {PLACEHOLDER}\s*$).*$",
            re.MULTILINE,
        ),
    ),
    ("a cookie", re.compile(r"(?im)^\s*(set-)?cookie:")),
    ("the token endpoint", re.compile(r"/oauth/token")),
]


def leaks(text: str) -> list[str]:
    """Every secret-looking finding in a cassette's text, with its line number."""
    found = []
    for what, pattern in LEAKS:
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"line {line}: {what}")
    return found


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_cassette_holds_no_secret(path: Path) -> None:
    found = leaks(path.read_text("utf-8"))

    assert not found, (
        f"{path.parent.name} {path.stem}: the cassette holds what looks like a secret: "
        f"{'; '.join(found)}. Delete it, fix the scrubbing in scripts/_cassettes.py "
        "and re-record with `make record`."
    )


@pytest.mark.parametrize("api", APIS)
def test_every_operation_of_the_snapshot_has_a_cassette(api: str) -> None:
    operations = {op.operation_id for op in spec_operations(snapshot(api))}
    recorded = {path.stem for path in CASSETTES if path.parent.name == api}

    missing = sorted(operations - recorded)

    assert not missing, (
        f"{api} operations without a cassette: {missing}. Add a scenario to "
        "scripts/record_cassettes.py and run `make record`."
    )


@pytest.mark.parametrize("api", APIS)
def test_every_cassette_belongs_to_an_operation_of_the_snapshot(api: str) -> None:
    operations = {op.operation_id for op in spec_operations(snapshot(api))}
    recorded = {path.stem for path in CASSETTES if path.parent.name == api}

    stale = sorted(recorded - operations)

    assert not stale, (
        f"{api} cassettes for no operation of the snapshot: {stale}. The operation "
        "was removed or renamed: delete the cassette (and its scenario)."
    )


def test_cassettes_live_only_in_the_folders_of_the_two_apis() -> None:
    root = CASSETTES[0].parents[1]
    elsewhere = [
        str(p.relative_to(root))
        for p in root.rglob("*.yaml")
        if p.parent.name not in APIS or p.parent.parent != root
    ]

    assert not elsewhere, f"cassettes outside client/ and management/: {elsewhere}"


@pytest.mark.parametrize("path", CASSETTES, ids=IDS)
def test_cassette_names_the_facade_call_of_its_own_operation(path: Path) -> None:
    recording = load(path)

    assert (recording.call.api, recording.call.operation_id) == (
        path.parent.name,
        path.stem,
    )


# --- the scan and the scrubbing themselves ----------------------------------------

JWT = (
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEiLCJ2ZW5kb3JfaWQiOiJ2ZW5kb3ItYSJ9"
    ".c2lnbmF0dXJlLWJ5dGVz"
)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (f"string: '{JWT}'", "a JWT"),
        ("Authorization:\n  - Bearer abc.def", "a bearer token"),
        ("body: grant_type=client_credentials&client_secret=s3cr3t", "client secret"),
        ('string: \'{"access_token":"opaque-123"}\'', "a secret JSON value"),
        ('string: \'{"refresh_token": "opaque-456"}\'', "a secret JSON value"),
        ("      password: hunter2", "a secret YAML value"),
        ("    Authorization:\n    - Basic dXNlcjpwYXNz", "Authorization header"),
        ("      set-cookie:\n      - session=1", "a cookie"),
        ("    uri: https://api.sesamy.invalid/oauth/token", "the token endpoint"),
    ],
)
def test_the_scan_finds_each_kind_of_secret(text: str, what: str) -> None:
    assert any(what in finding for finding in leaks(text)), leaks(text)


def test_the_scan_accepts_the_placeholders() -> None:
    text = (
        "    Authorization:\n    - Bearer <scrubbed>\n"
        '  string: \'{"token":"<scrubbed>","access_token":"<scrubbed>"}\'\n'
        "      password: <scrubbed>\n"
    )

    assert leaks(text) == []


def test_scrubbing_replaces_jwts_and_secret_values_in_json() -> None:
    body = {"access_token": "opaque", "nested": [{"password": "p", "note": JWT}]}

    assert scrub_json(body) == {
        "access_token": SCRUBBED,
        "nested": [{"password": SCRUBBED, "note": SCRUBBED}],
    }


def test_scrubbing_replaces_bearer_tokens_in_text() -> None:
    assert scrub_text("Bearer opaque-token") == f"Bearer {SCRUBBED}"


def test_scrubbing_a_response_keeps_content_length_in_step_with_the_body() -> None:
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Content-Type": ["application/json"],
            "Content-Length": ["999"],
            "Set-Cookie": ["session=abc"],
            "Date": ["Thu, 01 Jan 2026 00:00:00 GMT"],
        },
        "body": {"string": f'{{"id": "x", "token": "{JWT}"}}'.encode()},
    }

    scrubbed = Scrubber().response(response)

    body = scrubbed["body"]["string"]
    assert SCRUBBED.encode() in body
    assert JWT.encode() not in body
    assert scrubbed["headers"] == {
        "content-type": ["application/json"],
        "content-length": [str(len(body))],
    }
