"""Read a JWT's claims without verifying it (informational use only)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

__all__ = ["decode_claims", "expires_at"]


def decode_claims(token: str) -> dict[str, Any]:
    """
    Decode the payload of a JWT without checking its signature.

    Raises:
        ValueError: The token is not a JWT with a JSON object payload.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise ValueError("the token is not a JWT (expected three dot-separated parts)")

    # RFC 7515 section 2: base64url without padding.
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("the token's payload is not base64url-encoded JSON") from exc

    if not isinstance(claims, dict):
        raise ValueError("the token's payload is not a JSON object")
    return claims


def expires_at(token: str) -> float | None:
    """The token's `exp` claim in epoch seconds, or `None` if it has none."""
    try:
        exp = decode_claims(token).get("exp")
    except ValueError:
        return None

    if isinstance(exp, bool) or not isinstance(exp, int | float):
        return None
    return float(exp)
