"""The route table: method, path template, operation id, permission resource."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from ._http import Context, Reply

__all__ = ["Route", "Router", "match"]

Handler = Callable[[Context], Reply]


@dataclass(frozen=True, slots=True)
class Route:
    """One operation of one API."""

    api: str
    method: str
    template: str
    operation_id: str
    resource: str
    handler: Handler
    pattern: re.Pattern[str]


class Router:
    """Collects routes with a decorator and matches request paths to them."""

    def __init__(self, api: str) -> None:
        self.api = api
        self.routes: list[Route] = []

    def __call__(
        self, method: str, template: str, operation_id: str, resource: str
    ) -> Callable[[Handler], Handler]:
        """Register the decorated handler for `method template`."""
        regex = re.sub(r"\{([^}]+)\}", r"(?P<\1>[^/]+)", template)

        def register(handler: Handler) -> Handler:
            self.routes.append(
                Route(
                    self.api,
                    method,
                    template,
                    operation_id,
                    resource,
                    handler,
                    re.compile(f"^{regex}$"),
                )
            )
            return handler

        return register


def match(
    routes: list[Route], method: str, path: str
) -> tuple[Route, dict[str, str]] | None:
    """Return the route for `method path` and its decoded path parameters."""
    for route in routes:
        if route.method != method:
            continue
        found = route.pattern.match(path)
        if found:
            params = {k: unquote(v) for k, v in found.groupdict().items()}
            return route, params
    return None
