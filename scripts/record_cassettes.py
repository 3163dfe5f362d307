"""
Record one vcrpy cassette per operation of both APIs, through the facade.

    python -m scripts.record_cassettes            # against the embedded fake (default)
    python -m scripts.record_cassettes --only client:getContract,listBills

Each operation's cassette (`tests/cassettes/<api>/<operationId>.yaml`) holds the
traffic of one call of the facade method `FACADE_METHODS` names, and the call itself
(method and arguments, in the cassette's metadata) so that the contract tests can
replay it. Any setup a call needs (a tally to read, an amendment to confirm) runs
before the cassette opens and is not recorded. The token endpoint is never recorded;
what else is scrubbed is described in `scripts/_cassettes.py`.

Against the fake (the default): a fresh `FakeSesamy(seed=0)` per operation, served over
HTTP on 127.0.0.1, with the fake's clock pinned to 2025-01-15T12:00:00Z, so records
created during a call carry the same ids and timestamps on every run: re-recording
changes a cassette only when the fake, the facade or the seed changed.

Against a real Sesamy environment, when `SESAMY_RECORD_BASE_URL` is set (only
credentials are scrubbed: the answers' personal data, such as users' emails, names and
addresses, is written as received, so record against test accounts and review the
cassettes before committing them):

- `SESAMY_RECORD_BASE_URL`: the API root, e.g. `https://staging-api.sesamy.com`.
- `SESAMY_TOKEN`: a Client API bearer token of a test end user; without it the Client
  API is skipped.
- `SESAMY_CLIENT_ID`, `SESAMY_CLIENT_SECRET`: Management API client credentials;
  without them the Management API is skipped. `SESAMY_RECORD_TOKEN_URL` overrides
  the token endpoint (default `https://token.sesamy.com/oauth/token`).
- Ids of existing objects, each optional unless the operation is destructive (ids for
  other operations are discovered by listing): `SESAMY_RECORD_CONTRACT_ID`,
  `SESAMY_RECORD_CANCEL_CONTRACT_ID`, `SESAMY_RECORD_BILL_ID`,
  `SESAMY_RECORD_ENTITLEMENT_ID`, `SESAMY_RECORD_SUBSCRIPTION_ID`,
  `SESAMY_RECORD_SKU`, `SESAMY_RECORD_PAYWALL_ID`, `SESAMY_RECORD_PROFILE_USER_ID`,
  `SESAMY_RECORD_USER_ID` (a Management API user to change or delete),
  `SESAMY_RECORD_ACCESS_LIST_ID`, `SESAMY_RECORD_GRANT_ID`,
  `SESAMY_RECORD_PROXY_URL`.

In real mode only reading operations (GET) run unless `--writes` is given, and the
destructive ones (`DESTRUCTIVE`) run only when named in `--only`; those that act on
an existing object need its id in the environment (never discovered):

- client cancelContract: `SESAMY_RECORD_CANCEL_CONTRACT_ID`
- client confirmAmendment: `SESAMY_RECORD_CONTRACT_ID` (an amendment is created on it)
- client deleteProfile, unlinkSpotify: act on the user of `SESAMY_TOKEN`
- management createVendor: creates vendor `vendor-c`
- management deleteUser, setUserPassword, changeUserLoginIdentifier:
  `SESAMY_RECORD_USER_ID`
- management replaceAccessList: `SESAMY_RECORD_ACCESS_LIST_ID`
- management deleteGrant: `SESAMY_RECORD_GRANT_ID` (of `SESAMY_RECORD_ACCESS_LIST_ID`,
  else of the first access list)

Credentials are never written to a cassette, a log line or an error message.

Exit status: 0 when every selected operation was recorded, 1 when some were skipped
or failed (each is named on stderr).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from sesamy_facade import (
    FACADE_METHODS,
    ClientCredentials,
    SesamyClient,
    SesamyManagement,
)
from sesamy_facade.testing import FakeSesamy

from ._cassettes import (
    APIS,
    CASSETTE_ROOT,
    FACADE_CALL_KEY,
    REPO,
    FacadeCall,
    Scrubber,
    cassette_vcr,
    invoke,
)

__all__ = [
    "DESTRUCTIVE",
    "SCENARIOS",
    "Call",
    "Session",
    "UnavailableError",
    "main",
    "record",
]

SEED = 0
# 2025-01-15T12:00:00Z: what the fake's clock reads while recording.
FROZEN_NOW = 1_736_942_400.0
FAKE_CLIENT_ID = "recorder"
FAKE_CLIENT_SECRET = "recorder-secret"  # the fake's own, registered below
PAGE: dict[str, Any] = {"page_size": 5, "max_items": 5}

DESTRUCTIVE = frozenset(
    {
        "client:cancelContract",
        "client:confirmAmendment",
        "client:deleteProfile",
        "client:unlinkSpotify",
        "management:createVendor",
        "management:deleteUser",
        "management:setUserPassword",
        "management:changeUserLoginIdentifier",
        "management:replaceAccessList",
        "management:deleteGrant",
    }
)


class UnavailableError(Exception):
    """A scenario cannot run here: an object it needs is not configured or found."""


@dataclass(frozen=True)
class Call:
    """The arguments of one facade call."""

    args: tuple[str, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def call(*args: str, **kwargs: Any) -> Call:
    """Shorthand for `Call(args, kwargs)`."""
    return Call(args, kwargs)


@dataclass
class Session:
    """The clients a scenario prepares its call with, and where ids come from."""

    client: SesamyClient
    management: SesamyManagement
    user_id: str
    live: bool
    env: Mapping[str, str]
    fake: FakeSesamy | None = None

    def pick(
        self, name: str, discover: Callable[[], str], *, destructive: bool = False
    ) -> str:
        """
        An id from `SESAMY_RECORD_<name>`, else discovered through the facade.

        Raises:
            UnavailableError: A destructive operation against a real environment needs
                its target named in the environment.
        """
        value = self.env.get(f"SESAMY_RECORD_{name}")
        if value:
            return value
        if self.live and destructive:
            raise UnavailableError(f"set SESAMY_RECORD_{name} to the object to change")
        return discover()


Scenario = Callable[[Session], Call]


def _first(items: Iterable[Any], what: str) -> Any:
    for item in items:
        return item
    raise UnavailableError(f"no {what} to record with")


def _contract_id(s: Session) -> str:
    return s.pick(
        "CONTRACT_ID", lambda: _first(s.client.contracts.list(), "contract").id
    )


def _recurring_contract_id(s: Session, name: str, destructive: bool) -> str:
    def discover() -> str:
        contracts = [
            c
            for c in s.client.contracts.list()
            if str(c.contract_duration) == "RECURRING" and c.is_active
        ]
        return str(_first(contracts, "active recurring contract").id)

    return s.pick(name, discover, destructive=destructive)


def _sku(s: Session) -> str:
    def discover() -> str:
        contract = _first(s.client.contracts.list(), "contract")
        return str(_first(contract.items, "contract item").sku)

    return s.pick("SKU", discover)


def _tally_id(s: Session) -> str:
    body = {"value": "article-1", "policies": {"maxItems": 3, "overflow": "fifo"}}
    return str(s.client.tallies.create(body=body).id)


def _checkout_id(s: Session) -> str:
    body = {"items": [{"sku": _sku(s)}], "redirectUrl": "https://example.com/done"}
    return str(s.client.checkouts.create(body=body).id)


def _amendment(s: Session) -> Call:
    contract_id = _recurring_contract_id(s, "CONTRACT_ID", destructive=True)
    body = {"amendmentType": "DISCOUNT_CODE", "discountCode": "SPRING"}
    amendment = s.client.contracts.create_amendment(contract_id, body=body)
    return call(contract_id, str(amendment.id))


def _with_tag(s: Session) -> Call:
    s.client.tags.add(body={"tag": "sports"})
    return call("sports")


def _with_metadata(s: Session) -> Call:
    s.client.user_metadata.set("theme", "dark")
    return call("theme")


def _with_fulfillment(s: Session) -> Call:
    s.client.fulfillments.create(body={"sku": _sku(s)})
    return call()


def _paywall_id(s: Session) -> str:
    def discover() -> str:
        if s.fake is None:
            raise UnavailableError("set SESAMY_RECORD_PAYWALL_ID")
        return str(s.fake.records("paywalls")[0]["id"])

    return s.pick("PAYWALL_ID", discover)


CLIENT: dict[str, Scenario] = {
    "listContracts": lambda s: call(),
    "getContract": lambda s: call(_contract_id(s)),
    "cancelContract": lambda s: call(
        _recurring_contract_id(s, "CANCEL_CONTRACT_ID", destructive=True)
    ),
    "createAmendment": lambda s: call(
        _contract_id(s),
        body={"amendmentType": "DISCOUNT_CODE", "discountCode": "SPRING"},
    ),
    "confirmAmendment": _amendment,
    "listBills": lambda s: call(),
    "getBill": lambda s: call(
        s.pick("BILL_ID", lambda: _first(s.client.bills.list(), "bill").id)
    ),
    "listEntitlements": lambda s: call(),
    "getEntitlement": lambda s: call(
        s.pick(
            "ENTITLEMENT_ID",
            lambda: _first(s.client.entitlements.list(), "entitlement").id,
        )
    ),
    "getEntitlementAccess": lambda s: call(
        s.pick(
            "ENTITLEMENT_ID",
            lambda: _first(s.client.entitlements.list(), "entitlement").id,
        )
    ),
    "getProfile": lambda s: call(s.user_id),
    "updateProfile": lambda s: call(
        s.user_id, body={"nickname": "reader", "locale": "sv"}
    ),
    "getSpotifyLink": lambda s: call(),
    "unlinkSpotify": lambda s: call(),
    "deleteProfile": lambda s: call(),
    "listSubscriptions": lambda s: call(),
    "getSubscription": lambda s: call(
        s.pick(
            "SUBSCRIPTION_ID",
            lambda: _first(s.client.subscriptions.list(), "subscription").id,
        )
    ),
    "getProduct": lambda s: call(_sku(s)),
    "autoOnboardProduct": lambda s: call(_sku(s)),
    "listUserMetadata": lambda s: (_with_metadata(s), call())[1],
    "setUserMetadata": lambda s: call("theme", "dark"),
    "deleteUserMetadata": _with_metadata,
    "listTallies": lambda s: (_tally_id(s), call())[1],
    "createTally": lambda s: call(
        body={"value": "article-1", "policies": {"maxItems": 3, "overflow": "fifo"}}
    ),
    "getTally": lambda s: call(_tally_id(s)),
    "updateTally": lambda s: call(_tally_id(s), body={"value": "article-9"}),
    "deleteTally": lambda s: call(_tally_id(s)),
    "pushTallyValue": lambda s: call(_tally_id(s), body={"value": 42}),
    "listTags": lambda s: (_with_tag(s), call())[1],
    "addTag": lambda s: call(body={"tag": "sports"}),
    "removeTag": _with_tag,
    "createCheckout": lambda s: call(
        body={"items": [{"sku": _sku(s)}], "redirectUrl": "https://example.com/done"}
    ),
    "getCheckout": lambda s: call(_checkout_id(s)),
    "updateCheckout": lambda s: call(
        _checkout_id(s),
        body={"email": "reader@example.com", "requestedDiscountCodes": ["SPRING"]},
    ),
    "listFulfillments": _with_fulfillment,
    "createFulfillment": lambda s: call(body={"sku": _sku(s), "copies": 2}),
    "getPaywall": lambda s: call(_paywall_id(s)),
    "listPaymentIssues": lambda s: call(),
    "listTransactions": lambda s: call(),
    "getVendor": lambda s: call(),
    "listVendors": lambda s: call(),
    "proxyContent": lambda s: call(
        s.env.get("SESAMY_RECORD_PROXY_URL", "https://example.com/article"),
        selector="main",
    ),
}


def _user_id(s: Session, destructive: bool = False) -> str:
    def discover() -> str:
        users = [u for u in s.management.users.list(**PAGE) if u.user_id != s.user_id]
        return str(_first(users, "user").user_id)

    return s.pick("USER_ID", discover, destructive=destructive)


def _management_sku(s: Session) -> str:
    return s.pick(
        "SKU", lambda: _first(s.management.products.list(**PAGE), "product").sku
    )


def _access_list_id(s: Session) -> str:
    return s.pick(
        "ACCESS_LIST_ID",
        lambda: _first(s.management.access_lists.list(), "access list").id,
    )


def _grant(s: Session, destructive: bool = False) -> Call:
    list_id = _access_list_id(s)

    def discover() -> str:
        return str(_first(s.management.access_lists.grants.list(list_id), "grant").id)

    return call(list_id, s.pick("GRANT_ID", discover, destructive=destructive))


def _with_user_metadata(s: Session) -> Call:
    user_id = _user_id(s)
    s.management.users.metadata.set(user_id, "plan", "gold")
    return call(user_id, "plan")


def _product_with_fulfillment(s: Session) -> Call:
    sku = _sku(s)
    if not s.live:
        s.client.fulfillments.create(body={"sku": sku})
    return call(sku, **PAGE)


MANAGEMENT: dict[str, Scenario] = {
    "listVendors": lambda s: call(),
    "createVendor": lambda s: call(
        body={"name": "Vendor C", "id": "vendor-c", "country": "SE"}
    ),
    "listBills": lambda s: call(status="PAID", **PAGE),
    "getBill": lambda s: call(
        s.pick("BILL_ID", lambda: _first(s.management.bills.list(**PAGE), "bill").id)
    ),
    "listUsers": lambda s: call(**PAGE),
    "createUser": lambda s: call(
        body={"email": "new.reader@example.com", "name": "New Reader"}
    ),
    "getUser": lambda s: call(_user_id(s)),
    "updateUser": lambda s: call(_user_id(s), body={"firstName": "Renamed"}),
    "deleteUser": lambda s: call(_user_id(s, destructive=True)),
    "setUserPassword": lambda s: call(
        _user_id(s, destructive=True), body={"password": "correct horse battery"}
    ),
    "changeUserLoginIdentifier": lambda s: call(
        _user_id(s, destructive=True), body={"email": "changed@example.com"}
    ),
    "setUserMetadataValue": lambda s: call(_user_id(s), "plan", "gold"),
    "deleteUserMetadataValue": _with_user_metadata,
    "listProducts": lambda s: call(**PAGE),
    "createProduct": lambda s: call(
        body={"sku": "new-sku", "title": "New", "productType": "ARTICLE"}
    ),
    "getProduct": lambda s: call(_management_sku(s)),
    "updateProduct": lambda s: call(_management_sku(s), body={"title": "Renamed"}),
    "listProductFulfillments": _product_with_fulfillment,
    "listContracts": lambda s: call(status="ACTIVE", **PAGE),
    "getContract": lambda s: call(
        s.pick(
            "CONTRACT_ID",
            lambda: _first(s.management.contracts.list(**PAGE), "contract").id,
        )
    ),
    "listTransactions": lambda s: call(**PAGE),
    "listEntitlements": lambda s: call(**PAGE),
    "getCustomer": lambda s: call(_user_id(s)),
    "listAccessLists": lambda s: call(),
    "createAccessList": lambda s: call(
        body={"name": "Partners", "type": "MANUAL", "status": "DRAFT"}
    ),
    "getAccessList": lambda s: call(_access_list_id(s)),
    "replaceAccessList": lambda s: call(
        s.pick("ACCESS_LIST_ID", lambda: _access_list_id(s), destructive=True),
        body={"name": "Replaced", "status": "CANCELED"},
    ),
    "updateAccessList": lambda s: call(
        _access_list_id(s), body={"description": "Patched"}
    ),
    "listGrants": lambda s: call(_access_list_id(s)),
    "createGrant": lambda s: call(
        _access_list_id(s),
        body={
            "email": "partner@example.com",
            "sku": _management_sku(s),
            "poId": "one-time",
            "status": "ACTIVE",
            "source": "MANUAL",
            "startsAt": "2025-01-01T00:00:00Z",
        },
    ),
    "getGrant": _grant,
    "updateGrant": lambda s: (
        lambda grant: call(*grant.args, body={"status": "INACTIVE"})
    )(_grant(s)),
    "deleteGrant": lambda s: _grant(s, destructive=True),
}

SCENARIOS: dict[str, dict[str, Scenario]] = {"client": CLIENT, "management": MANAGEMENT}


# --- sessions ------------------------------------------------------------------------


def _richest_user(fake: FakeSesamy) -> str:
    """The user whose contracts cover the most cases (recurring, past due, ...)."""

    def score(user_id: str) -> tuple[bool, ...]:
        contracts = [c for c in fake.records("contracts") if c["userId"] == user_id]
        return (
            any(
                c["isActive"] and c["contractDuration"] == "RECURRING"
                for c in contracts
            ),
            any(c["status"] == "PAST_DUE" for c in contracts),
            any(
                c["isActive"] and c["contractDuration"] != "RECURRING"
                for c in contracts
            ),
            any(not c["isActive"] for c in contracts),
        )

    return max(fake.user_ids(), key=score)


@contextlib.contextmanager
def fake_session(seed: int = SEED) -> Iterator[tuple[Session, str]]:
    """A fresh seeded fake on loopback, and a session on it; yields (session, url)."""
    fake = FakeSesamy(seed=seed, users=6, contracts_per_user=5)
    fake.add_client_credentials(FAKE_CLIENT_ID, FAKE_CLIENT_SECRET)
    user_id = _richest_user(fake)
    with fake.serve() as server:
        credentials = ClientCredentials(
            FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, token_url=server.token_url
        )
        client = SesamyClient(
            fake.issue_token("vendor-a", sub=user_id),
            base_url=server.url,
            max_retries=0,
        )
        management = SesamyManagement(credentials, base_url=server.url, max_retries=0)
        with client, management:
            yield Session(client, management, user_id, False, {}, fake), server.url


@contextlib.contextmanager
def live_session(env: Mapping[str, str]) -> Iterator[tuple[Session, str]]:
    """A session on a real environment from `SESAMY_RECORD_BASE_URL` and friends."""
    base_url = env["SESAMY_RECORD_BASE_URL"].rstrip("/")
    token = env.get("SESAMY_TOKEN") or "missing-client-token"
    credentials = ClientCredentials(
        env.get("SESAMY_CLIENT_ID") or "missing-client-id",
        env.get("SESAMY_CLIENT_SECRET") or "missing",
        **(
            {"token_url": env["SESAMY_RECORD_TOKEN_URL"]}
            if env.get("SESAMY_RECORD_TOKEN_URL")
            else {}
        ),
    )
    client = SesamyClient(token, base_url=base_url, max_retries=0)
    management = SesamyManagement(credentials, base_url=base_url, max_retries=0)
    with client, management:
        user_id = env.get("SESAMY_RECORD_PROFILE_USER_ID") or ""
        if not user_id and env.get("SESAMY_TOKEN"):
            user_id = str(client.token_claims().get("sub", ""))
        yield Session(client, management, user_id, True, env), base_url


# --- recording -----------------------------------------------------------------------


def record(
    session: Session, origin: str, api: str, operation_id: str, out: Path
) -> Path:
    """
    Prepare one operation's call, then record it into `out/<api>/<operationId>.yaml`.

    Raises:
        UnavailableError: The scenario cannot run with this session.
    """
    arguments = SCENARIOS[api][operation_id](session)
    facade_call = FacadeCall(
        api, operation_id, FACADE_METHODS[api][operation_id], *_plain(arguments)
    )
    path = out / api / f"{operation_id}.yaml"
    # "all" would append to an existing file's interactions: start from nothing.
    path.unlink(missing_ok=True)
    recorder = cassette_vcr(Scrubber([origin]), "all")
    client = session.client if api == "client" else session.management
    try:
        with recorder.use_cassette(str(path)) as cassette:
            cassette.get_metadata(FACADE_CALL_KEY, facade_call.to_metadata())
            against = "live" if session.live else "fake"
            cassette.get_metadata("recorded_against", against)
            invoke(client, facade_call)
    except BaseException:
        # vcrpy saves what it saw even when the call raised: a cassette of a failed
        # call would replay a failure, so none is left behind.
        path.unlink(missing_ok=True)
        raise
    return path


def _plain(arguments: Call) -> tuple[tuple[str, ...], dict[str, Any]]:
    return tuple(str(arg) for arg in arguments.args), dict(arguments.kwargs)


def _selected(
    names: Sequence[str], only: set[str], skip: set[str], live: bool, writes: bool
) -> tuple[list[str], list[str]]:
    """The `api:operationId` names to record, and the ones left out with why."""
    chosen, left_out = [], []
    for name in names:
        operation_id = name.split(":", 1)[1]
        wanted = not only or name in only or operation_id in only
        if not wanted or name in skip or operation_id in skip:
            continue
        named = name in only or operation_id in only
        if live and name in DESTRUCTIVE and not named:
            left_out.append(f"{name}: destructive; name it in --only to record it")
        elif live and not writes and not named and not _reads(name):
            left_out.append(f"{name}: changes data; pass --writes to record it")
        else:
            chosen.append(name)
    return chosen, left_out


def _reads(name: str) -> bool:
    api, operation_id = name.split(":", 1)
    return operation_id in _reading_operations(api)


@functools.cache
def _reading_operations(api: str) -> frozenset[str]:
    """The operationIds of a snapshot's GET operations."""
    spec = json.loads((REPO / "openapi" / f"{api}.json").read_text("utf-8"))
    return frozenset(
        item["get"]["operationId"] for item in spec["paths"].values() if "get" in item
    )


def _live_apis(env: Mapping[str, str]) -> set[str]:
    apis = set()
    if env.get("SESAMY_TOKEN"):
        apis.add("client")
    if env.get("SESAMY_CLIENT_ID") and env.get("SESAMY_CLIENT_SECRET"):
        apis.add("management")
    return apis


def _names(values: Sequence[str]) -> set[str]:
    return {name.strip() for value in values for name in value.split(",") if name}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="record_cassettes",
        description="Record the contract-test cassettes through the facade.",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="operations to record, comma-separated: getContract or client:getContract",
    )
    parser.add_argument(
        "--skip", action="append", default=[], help="operations to leave out"
    )
    parser.add_argument(
        "--writes",
        action="store_true",
        help="real environment: also record operations that change data",
    )
    parser.add_argument("--seed", type=int, default=SEED, help="the fake's seed")
    parser.add_argument(
        "--out", type=Path, default=CASSETTE_ROOT, help="where cassettes are written"
    )
    return parser


def _record_all(
    names: list[str], args: argparse.Namespace, env: Mapping[str, str]
) -> list[str]:
    """Record each name; return the ones that failed, with why."""
    failed = []
    live = bool(env.get("SESAMY_RECORD_BASE_URL"))
    frozen = (
        contextlib.nullcontext()
        if live
        else mock.patch("time.time", return_value=FROZEN_NOW)
    )
    with frozen, contextlib.ExitStack() as stack:
        shared = stack.enter_context(live_session(env)) if live else None
        for name in names:
            api, operation_id = name.split(":", 1)
            try:
                with (
                    contextlib.nullcontext(shared)
                    if shared
                    else fake_session(args.seed)
                ) as (session, origin):
                    path = record(session, origin, api, operation_id, args.out)
            except UnavailableError as exc:
                failed.append(f"{name}: skipped: {exc}")
                continue
            except Exception as exc:  # noqa: BLE001 - report every failure, go on
                failed.append(f"{name}: failed: {type(exc).__name__}: {exc}")
                continue
            print(f"recorded {path}")
    return failed


def main(
    argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None
) -> int:
    """Record the selected cassettes; see the module docstring."""
    args = _parser().parse_args(argv)
    env = os.environ if env is None else env
    live = bool(env.get("SESAMY_RECORD_BASE_URL"))
    apis = _live_apis(env) if live else set(APIS)
    names = [f"{api}:{op}" for api in APIS if api in apis for op in SCENARIOS[api]]
    chosen, left_out = _selected(
        names, _names(args.only), _names(args.skip), live, args.writes
    )
    problems = left_out + (_record_all(chosen, args, env) if chosen else [])
    for problem in problems:
        print(problem, file=sys.stderr)
    if not chosen:
        print("nothing to record", file=sys.stderr)
    return 1 if problems or not chosen else 0


if __name__ == "__main__":
    sys.exit(main())
