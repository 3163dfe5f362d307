"""
A tour of sesamy-facade against the embedded fake Sesamy API.

`make demo` runs this file. It starts the fake on a free port of 127.0.0.1, then
uses the facade the way a publisher's back-office service would:

1. authenticate with OAuth client credentials (Management API),
2. page through every user, showing progress page by page,
3. read a contract,
4. cancel a contract as its user (Client API, the user's own token),
5. ask for a contract that does not exist and get a normalized `NotFoundError`,
6. ride out a 429 "rate limit exceeded" answer with one retry,

and prints a short summary. Only the `main` function is about the facade; the
`fake_sesamy` context manager is test scaffolding.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

from sesamy_facade import ClientCredentials, SesamyClient, SesamyManagement
from sesamy_facade.errors import NotFoundError
from sesamy_facade.testing import FakeSesamy, RateLimit

VENDOR = "vendor-a"
CLIENT_ID = "demo-back-office"
# A made-up secret for the fake; a real one comes from the environment
# (SESAMY_CLIENT_SECRET) and is never printed, logged or shown in a repr.
CLIENT_SECRET = "demo-secret-for-the-fake-only"


@dataclass(frozen=True)
class FakeSite:
    """Where the fake listens, and the fake itself for scripting its answers."""

    fake: FakeSesamy
    url: str
    token_url: str


@contextlib.contextmanager
def fake_sesamy(users: int) -> Iterator[FakeSite]:
    """Serve a freshly seeded fake Sesamy over HTTP on 127.0.0.1."""
    fake = FakeSesamy(
        seed=7,
        users=users,
        contracts_per_user=2,
        # The documented Management API limit: 100 requests a minute, bursts of 200.
        management_rate_limit=RateLimit(per_minute=100, burst=200),
    )
    fake.add_client_credentials(CLIENT_ID, CLIENT_SECRET, vendor_id=VENDOR)
    with fake.serve() as server:
        yield FakeSite(fake, server.url, server.token_url)


def main() -> int:
    """Run the tour; returns the process exit code."""
    logging.basicConfig(format="    log  %(name)s: %(message)s", level=logging.WARNING)
    logging.getLogger("sesamy_facade").setLevel(logging.INFO)
    started = time.perf_counter()

    with fake_sesamy(users=1_250) as site:
        print(f"fake Sesamy API listening on {site.url}\n")
        credentials = ClientCredentials(
            CLIENT_ID, CLIENT_SECRET, token_url=site.token_url
        )
        with SesamyManagement(credentials, base_url=site.url) as management:
            print(f"1. authenticated as {management!r}")
            claims = management.token_claims()
            print(f"   token for vendor {claims['vendor_id']!r}\n")

            print("2. paging through users, 250 per request")
            user_count = 0
            pages = management.users.list(page_size=250).pages()
            for number, page in enumerate(pages, start=1):
                if not page.items:
                    continue  # a bare-array listing ends with an empty page
                user_count += len(page.items)
                print(f"   page {number}: {len(page.items)} users, {user_count} so far")
            print()

            first = next(iter(management.contracts.list(max_items=1)))
            contract = management.contracts.get(first.id)
            print(f"3. contract {contract.id}: {contract.name!r}")
            print(
                f"   {contract.price} {contract.currency}, status {contract.status}\n"
            )

            user_token = site.fake.issue_token(VENDOR, sub=contract.user_id)
            with SesamyClient(user_token, base_url=site.url) as client:
                result = client.contracts.cancel(contract.id)
                cancelled = client.contracts.get(contract.id)
                print(f"4. cancelled as its user: success={result.success}")
                print(f"   will end at {cancelled.will_cancel_at}\n")

                try:
                    client.contracts.get("no-such-contract")
                except NotFoundError as error:
                    print("5. a missing contract raises NotFoundError:")
                    print(f"   {error}\n")

            print("6. the next answer is a 429 with Retry-After: 1")
            site.fake.faults.fail_next(429, retry_after=1)
            products = list(management.products.list(max_items=3))
            print(f"   retried and got {len(products)} products")
            limit = management.rate_limit
            if limit is not None:
                print(
                    f"   X-RateLimit-Remaining {limit.remaining}, -Limit {limit.limit}"
                )
            print()

    elapsed = time.perf_counter() - started
    print("summary")
    print(f"   users listed       {user_count}")
    print(f"   contract cancelled {contract.id}")
    print(f"   products read      {len(products)} (after one 429)")
    print(f"   time               {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
