"""
The fake Sesamy API served from a child process, for the benchmark.

The server renders JSON on every request; in a process of its own it does not
share the contender's GIL, so the contenders are timed on their own work.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

__all__ = ["ServedFake"]

VENDOR = "vendor-a"
_START_TIMEOUT = 240.0  # seconds; 200,000 contracts take a few to seed


class ServedFake:
    """
    `FakeSesamy.seeded(contracts=N)` on loopback, in a child process.

    Use as a context manager. `url` is the API root and `token` a Management API
    bearer token for the only vendor; `set_latency` adds (or with 0 removes) a
    delay to every Management API request.
    """

    def __init__(self, contracts: int) -> None:
        # "spawn": the child starts clean instead of inheriting the parent's
        # imports and heap.
        context = multiprocessing.get_context("spawn")
        self._control, child_end = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(child_end, contracts), daemon=True
        )
        self._process.start()
        child_end.close()
        self.url = ""
        self.token = ""

    def wait_ready(self) -> ServedFake:
        """Block until the child has seeded and is serving."""
        if self.url:
            return self
        if not self._control.poll(_START_TIMEOUT):
            self.close()
            raise RuntimeError("the fake server did not start in time")
        self.url, self.token = self._control.recv()
        return self

    def set_latency(self, seconds: float) -> None:
        """Delay every Management API request by `seconds` (0 removes it)."""
        self._control.send(("latency", seconds))
        self._control.recv()

    def close(self) -> None:
        """Stop the child."""
        if self._process.is_alive():
            with contextlib.suppress(OSError):  # the child may be gone already
                self._control.send(("stop", 0.0))
            self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=5)
        self._control.close()

    def __enter__(self) -> ServedFake:
        return self.wait_ready()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _serve(control: Connection, contracts: int) -> None:
    """The child: seed, serve, obey commands until told to stop."""
    from sesamy_facade.testing import FakeSesamy

    fake = FakeSesamy.seeded(contracts=contracts, vendors=(VENDOR,))
    token = fake.issue_token(VENDOR, expires_in=86_400)
    with fake.serve() as server:
        control.send((server.url, token))
        while True:
            try:
                command, value = control.recv()
            except EOFError:
                return
            if command == "stop":
                return
            _obey(fake, command, value)
            control.send("ok")


def _obey(fake: Any, command: str, value: float) -> None:
    if command != "latency":
        raise ValueError(f"unknown command {command!r}")
    fake.faults.clear()
    if value > 0:
        fake.faults.add_latency(value, path="/management/*")
