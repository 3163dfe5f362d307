"""
HS256 tokens and the permission model of the fake.

Sesamy signs RS256 tokens with keys published as JWKS; the fake signs HS256 with a
key of its own so that it needs nothing but the standard library. The claims are the
documented ones (`sub`, `aud`, `iss`, `vendor_id`, `permissions`, `exp`, `iat`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "ALL_PERMISSIONS",
    "AUDIENCE",
    "ISSUER",
    "RESOURCES",
    "Principal",
    "TokenError",
    "decode_token",
    "encode_token",
]

AUDIENCE = "https://api.sesamy.com"
ISSUER = "https://token.sesamy.com/"

# One permission per resource and access: `read:<resource>` for GET,
# `write:<resource>` for every other method.
RESOURCES = (
    "access-lists",
    "bills",
    "checkouts",
    "contracts",
    "customers",
    "entitlements",
    "fulfillments",
    "grants",
    "payment-issues",
    "paywalls",
    "products",
    "profile",
    "proxy",
    "subscriptions",
    "tags",
    "tallies",
    "transactions",
    "user-metadata",
    "users",
    "vendors",
)
ALL_PERMISSIONS = tuple(
    f"{access}:{resource}" for resource in RESOURCES for access in ("read", "write")
)


class TokenError(Exception):
    """The bearer token is missing, malformed, expired or badly signed."""


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a verified token speaks for."""

    sub: str
    vendor_id: str
    permissions: frozenset[str]
    token_id: str


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    padding = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + padding)


def _sign(key: bytes, signing_input: str) -> str:
    digest = hmac.new(key, signing_input.encode("ascii"), hashlib.sha256).digest()
    return _b64encode(digest)


def encode_token(
    key: bytes,
    *,
    sub: str,
    vendor_id: str,
    permissions: Iterable[str],
    expires_in: int,
    now: float | None = None,
) -> str:
    """Return a signed HS256 JWT with the documented Sesamy claims."""
    issued_at = int(time.time() if now is None else now)
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {
        "sub": sub,
        "aud": AUDIENCE,
        "iss": ISSUER,
        "vendor_id": vendor_id,
        "permissions": list(permissions),
        "iat": issued_at,
        "exp": issued_at + expires_in,
    }
    signing_input = ".".join(
        _b64encode(json.dumps(part, separators=(",", ":")).encode())
        for part in (header, claims)
    )
    return f"{signing_input}.{_sign(key, signing_input)}"


def _load_part(text: str) -> dict[str, object]:
    try:
        value = json.loads(_b64decode(text))
    except (binascii.Error, ValueError) as exc:
        raise TokenError("token is not a JWT") from exc
    if not isinstance(value, dict):
        raise TokenError("token is not a JWT")
    return value


def _check_claims(claims: dict[str, object], now: float) -> None:
    exp = claims.get("exp")
    if not isinstance(exp, int) or exp <= now:
        raise TokenError("token has expired")
    if claims.get("aud") != AUDIENCE or claims.get("iss") != ISSUER:
        raise TokenError("token was issued for another audience")
    if not isinstance(claims.get("sub"), str):
        raise TokenError("token names no subject")
    if not isinstance(claims.get("vendor_id"), str):
        raise TokenError("token names no vendor")


def decode_token(key: bytes, token: str, now: float | None = None) -> Principal:
    """
    Verify a token and return its principal.

    Raises:
        TokenError: the token is malformed, badly signed, expired or lacks claims.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise TokenError("token is not a JWT")
    header = _load_part(parts[0])
    if header.get("alg") != "HS256":
        raise TokenError("token uses an unsupported algorithm")
    expected = _sign(key, f"{parts[0]}.{parts[1]}")
    if not hmac.compare_digest(expected, parts[2]):
        raise TokenError("token signature does not verify")
    claims = _load_part(parts[1])
    _check_claims(claims, time.time() if now is None else now)
    permissions = claims.get("permissions")
    granted = permissions if isinstance(permissions, list) else []
    return Principal(
        sub=str(claims["sub"]),
        vendor_id=str(claims["vendor_id"]),
        permissions=frozenset(str(p) for p in granted),
        token_id=parts[2][:16],
    )
