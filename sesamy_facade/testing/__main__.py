"""
Serve the fake Sesamy API from a shell.

    python -m sesamy_facade.testing --port 8080 [--host 127.0.0.1] [--seed 0]
        [--size 100] [--envelope]

Prints the URL, a demo client id and secret for `POST /oauth/token`, and a ready
Client API token for the first user of `vendor-a` (test fixtures, not secrets).
Logs one line per request; stops on Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
import threading
from types import FrameType

from ._fake import FakeSesamy

DEMO_CLIENT_ID = "demo-client"
# A published test fixture, not a secret: it only opens the local fake.
DEMO_CLIENT_SECRET = "demo-secret"


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m sesamy_facade.testing",
        description="Serve a fake Sesamy Client and Management API on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--size", type=int, default=100, help="contracts per vendor")
    parser.add_argument(
        "--envelope",
        action="store_true",
        help='answer lists as {"data": [...], "pagination": {...}}',
    )
    return parser.parse_args(argv)


def _banner(fake: FakeSesamy, url: str) -> str:
    user_id = fake.user_ids("vendor-a")[0]
    token = fake.issue_token("vendor-a", sub=user_id, expires_in=86_400)
    return "\n".join(
        [
            f"Fake Sesamy API listening on {url}",
            f"  token endpoint: {url}/oauth/token",
            f"  client_id:      {DEMO_CLIENT_ID}  (vendor-a)",
            f"  client_secret:  {DEMO_CLIENT_SECRET}",
            f"  user token ({user_id}, vendor-a, 24 h):",
            f"  {token}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Run the fake until interrupted."""
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("sesamy_facade.testing").setLevel(logging.DEBUG)
    fake = FakeSesamy.seeded(
        contracts=args.size,
        seed=args.seed,
        list_shape="envelope" if args.envelope else "array",
    )
    fake.add_client_credentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, "vendor-a")
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    with fake.serve(args.host, args.port) as server:
        print(_banner(fake, server.url), flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
