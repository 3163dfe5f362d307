"""
An embedded fake of Sesamy's Client API and Management API, for tests.

`FakeSesamy` keeps vendors, users, products, contracts, amendments, bills,
transactions, entitlements, tallies, tags, user metadata, checkouts, fulfillments,
paywalls, access lists and grants in memory, seeded deterministically, and answers
every operation of both published specs as the public documentation describes:
bearer JWTs naming the vendor, `limit`/`offset` pagination on every list, filters,
`sort=field` / `sort=-field`, the error envelope, token-bucket rate limits, and
fault injection (`FakeSesamy.faults`). It depends on the standard library and httpx
only. Use it in-process (`fake.transport()`) or over loopback (`fake.serve()`), or
from a shell: `python -m sesamy_facade.testing --port 8080`.

Permissions: one per resource and access, `read:<resource>` for GET and
`write:<resource>` for every other method. Resources: access-lists, bills,
checkouts, contracts, customers, entitlements, fulfillments, grants,
payment-issues, paywalls, products, profile, proxy, subscriptions, tags, tallies,
transactions, user-metadata, users, vendors. A token issued without an explicit
list holds all of them (`ALL_PERMISSIONS`).

Errors: `{"error": {"code", "message", "details", "request_id"}}` with
`validation_error` 400 (details name the `field`), `authentication_required` 401,
`insufficient_permissions` 403, `resource_not_found` 404, `rate_limit_exceeded`
429 (plus `retry_after`), `internal_error` 500, `service_unavailable` 503. The
token endpoint answers OAuth's own error shape (`{"error", "error_description"}`).
Every response carries `X-Request-Id`.
"""

from ._app import RecordedRequest, RequestLog
from ._auth import ALL_PERMISSIONS, AUDIENCE, ISSUER
from ._fake import FakeSesamy
from ._faults import BODY_FAULTS, CONNECTION_FAULTS, Faults
from ._http import DEFAULT_LIMIT, MAX_LIMIT
from ._ratelimit import RateLimit
from ._server import FakeServer
from ._transport import FakeTransport

__all__ = [
    "ALL_PERMISSIONS",
    "AUDIENCE",
    "BODY_FAULTS",
    "CONNECTION_FAULTS",
    "DEFAULT_LIMIT",
    "ISSUER",
    "MAX_LIMIT",
    "FakeServer",
    "FakeSesamy",
    "FakeTransport",
    "Faults",
    "RateLimit",
    "RecordedRequest",
    "RequestLog",
]
