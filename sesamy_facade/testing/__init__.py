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

Where the public material is silent, the fake decides:

- `GET`/`PATCH /profile/{userId}` answer only for the token's own user (404 otherwise).
- Contract statuses are ACTIVE, CANCELED, EXPIRED and PAST_DUE. Cancelling keeps the
  status, sets `willCancelAt` to the next bill date and `cancelRequestedAt` to now,
  clears `nextBillAt`/`nextPrice`, and may be repeated.
- A new amendment is PENDING; confirming makes it CONFIRMED and adds its discount to
  the contract.
- Subscriptions are the recurring contracts (same ids); payment issues are the
  PAST_DUE contracts, reported as OVERDUE.
- Transactions carry `type` (PAYMENT/REFUND) and `status` (SUCCEEDED/FAILED) so that
  the management filters have something to match.
- Tallies: `PUT` replaces the value with `[value]`; push applies `maxItems`,
  `overflow` and `unique` (`block` when full answers 400).
- Deleting a missing tag or metadata key answers 404; adding a tag twice keeps one.
- Checkouts can be changed only while PENDING.
- A duplicate user email or vendor id answers 400 (no 409 is documented); a password
  needs at least 8 characters; deleting a user keeps their contracts and bills.
- `proxyContent` answers a fixed HTML page and fetches nothing; the `getCustomer` XML
  layout is the fake's own; `wait-for-entitlement-after` is accepted and ignored.

Known gaps: tokens are HS256 (no RS256 or JWKS); the token endpoint lives on the API
host and refuses `refresh_token` grants; rate-limit headers are sent only when a limit
is configured, and not on 401 answers or the token endpoint (`X-RateLimit-Limit` is
the per-minute rate while `X-RateLimit-Remaining` counts the burst bucket, so it can
exceed the limit); HEAD and OPTIONS get the
standard library's plain 501 page instead of the error envelope.
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
