"""The four public clients: Client API and Management API, sync and async."""

from __future__ import annotations

import dataclasses
import importlib
import os
import platform
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._auth import (
    AuthSource,
    ClientCredentials,
    TokenProvider,
    TokenRetry,
    check_header_value,
)
from ._core import (
    DEFAULT_TIMEOUT,
    AsyncEngine,
    Observed,
    Settings,
    SyncEngine,
    checked_timeout,
)
from ._jwt import decode_claims
from ._resources_client import AsyncClientResources, SyncClientResources
from ._resources_management import (
    AsyncManagementResources,
    SyncManagementResources,
)
from ._responses import RateLimit
from ._retry import Retry

if TYPE_CHECKING:
    from types import TracebackType

__all__ = [
    "ENVIRONMENTS",
    "AsyncSesamyClient",
    "AsyncSesamyManagement",
    "SesamyClient",
    "SesamyManagement",
]

ENVIRONMENTS = {
    "production": "https://api2.sesamy.com",
    "staging": "https://staging-api.sesamy.com",
}


class _Base:
    """Configuration shared by the four clients; no I/O."""

    _generated_package = ""
    _settings: Settings
    _auth_source: AuthSource
    _owns_http: bool

    def _configure(
        self,
        auth: AuthSource | None,
        environment: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry: Retry | None,
    ) -> TokenProvider:
        max_retries = _checked_max_retries(max_retries)
        self._auth_source = _auth_from(auth)
        self._settings = Settings(
            base_url=_base_url_from(environment, base_url),
            headers=_identity_headers(),
            timeout=checked_timeout(timeout),
            max_retries=max_retries,
            retry=retry or Retry(),
        )
        return TokenProvider(self._auth_source)

    @property
    def base_url(self) -> str:
        """The host root every request goes to."""
        return self._settings.base_url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"auth={_describe(self._auth_source)})"
        )

    def _generated_client(
        self, http: httpx.Client | httpx.AsyncClient, auth: httpx.Auth
    ) -> Any:
        module = importlib.import_module(f"{self._generated_package}.client")
        if not self._owns_http:
            _adopt(http, self._settings, auth)
        return module.AuthenticatedClient(
            base_url=self._settings.base_url,
            token="",
            headers=dict(self._settings.headers),
            timeout=self._settings.timeout,
        )

    def _changed_settings(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry: Retry | None,
    ) -> Settings:
        settings = self._settings
        if timeout is not None:
            settings = dataclasses.replace(settings, timeout=checked_timeout(timeout))
        if max_retries is not None:
            checked = _checked_max_retries(max_retries)
            settings = dataclasses.replace(settings, max_retries=checked)
        if retry is not None:
            settings = dataclasses.replace(settings, retry=retry)
        return settings


class _SyncClient(_Base):
    _engine: SyncEngine

    def __init__(
        self,
        auth: AuthSource | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: Retry | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        provider = self._configure(
            auth, environment, base_url, timeout, max_retries, retry
        )
        self._owns_http = http_client is None
        http = http_client or _new_pool(httpx.Client, self._settings)
        self._engine = SyncEngine(http, self._settings, provider, Observed())
        if self._owns_http:
            http.auth = self._engine.auth

    @property
    def rate_limit(self) -> RateLimit | None:
        """The `X-RateLimit-*` values of the latest response that had them."""
        return self._engine.observed.rate_limit

    @property
    def generated(self) -> Any:
        """
        The generated `AuthenticatedClient`, sharing this client's connection pool.

        For calling a generated function directly, e.g.
        `sesamy_client_api.api.contracts.get_contract.sync(id, client=c.generated)`.
        It sends the same bearer token, headers and timeout, but none of the
        facade's retries, error mapping or pagination. With an injected
        `http_client`, first use sets that client's `base_url` (if empty), `auth`
        (if unset) and identifying headers.
        """
        generated = self._generated_client(self._engine.http, self._engine.auth)
        return generated.set_httpx_client(self._engine.http)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: Retry | None = None,
    ) -> Self:
        """
        A copy with other settings that shares this client's pool and token.

        Closing the copy does not close the pool; close the original.
        """
        clone = object.__new__(type(self))
        clone._auth_source = self._auth_source
        clone._settings = self._changed_settings(timeout, max_retries, retry)
        clone._owns_http = False
        engine = self._engine
        clone._engine = SyncEngine(
            engine.http, clone._settings, engine.provider, engine.observed
        )
        return clone

    def token_claims(self) -> dict[str, Any]:
        """
        The current token's JWT claims, decoded without verifying the signature.

        Informational only (e.g. `vendor_id`, `exp`): never base a security
        decision on them. Fetches a token first when none is cached.

        Raises:
            ValueError: The token is not a JWT.
        """
        engine = self._engine
        return decode_claims(
            engine.provider.get_sync(engine.http, _token_retry(engine))
        )

    def close(self) -> None:
        """Close the connection pool (an injected `http_client` is left open)."""
        if self._owns_http:
            self._engine.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class _AsyncClient(_Base):
    _engine: AsyncEngine

    def __init__(
        self,
        auth: AuthSource | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: Retry | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        provider = self._configure(
            auth, environment, base_url, timeout, max_retries, retry
        )
        self._owns_http = http_client is None
        http = http_client or _new_pool(httpx.AsyncClient, self._settings)
        self._engine = AsyncEngine(http, self._settings, provider, Observed())
        if self._owns_http:
            http.auth = self._engine.auth

    @property
    def rate_limit(self) -> RateLimit | None:
        """The `X-RateLimit-*` values of the latest response that had them."""
        return self._engine.observed.rate_limit

    @property
    def generated(self) -> Any:
        """
        The generated `AuthenticatedClient`, sharing this client's connection pool.

        For awaiting a generated function directly, e.g.
        `await get_contract.asyncio(id, client=c.generated)`. It sends the same
        bearer token, headers and timeout, but none of the facade's retries, error
        mapping or pagination. With an injected `http_client`, first use sets that
        client's `base_url` (if empty), `auth` (if unset) and identifying headers.
        """
        generated = self._generated_client(self._engine.http, self._engine.auth)
        return generated.set_async_httpx_client(self._engine.http)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: Retry | None = None,
    ) -> Self:
        """
        A copy with other settings that shares this client's pool and token.

        Closing the copy does not close the pool; close the original.
        """
        clone = object.__new__(type(self))
        clone._auth_source = self._auth_source
        clone._settings = self._changed_settings(timeout, max_retries, retry)
        clone._owns_http = False
        engine = self._engine
        clone._engine = AsyncEngine(
            engine.http, clone._settings, engine.provider, engine.observed
        )
        return clone

    async def token_claims(self) -> dict[str, Any]:
        """
        The current token's JWT claims, decoded without verifying the signature.

        Informational only (e.g. `vendor_id`, `exp`): never base a security
        decision on them. Fetches a token first when none is cached.

        Raises:
            ValueError: The token is not a JWT.
        """
        engine = self._engine
        return decode_claims(
            await engine.provider.get_async(engine.http, _token_retry(engine))
        )

    async def aclose(self) -> None:
        """Close the connection pool (an injected `http_client` is left open)."""
        if self._owns_http:
            await self._engine.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


class SesamyClient(SyncClientResources, _SyncClient):
    """
    The Client API (end-user operations), synchronous.

    Args:
        auth: A bearer token; a callable (sync) returning one; or
            `ClientCredentials`. Default: `SESAMY_TOKEN`, else
            `SESAMY_CLIENT_ID` with `SESAMY_CLIENT_SECRET`.
        environment: `"production"` (default) or `"staging"`; default
            `SESAMY_ENVIRONMENT`.
        base_url: The host root, overriding `environment`; default
            `SESAMY_BASE_URL`.
        timeout: Seconds or an `httpx.Timeout`; default 5 s to connect, 30 s
            otherwise. Methods take a `timeout=` of their own.
        max_retries: Retries after the first attempt (default 2).
        retry: Waits between attempts (`Retry`).
        http_client: An `httpx.Client` to send through instead of a new pool;
            it is not closed by `close()`.

    Raises:
        ValueError: No credentials were given or found, or an unknown
            environment.
    """

    _generated_package = "sesamy_client_api"


class AsyncSesamyClient(AsyncClientResources, _AsyncClient):
    """
    The Client API (end-user operations), asynchronous.

    Takes the arguments of `SesamyClient`; `auth` may also be an async callable
    and `http_client` is an `httpx.AsyncClient`.
    """

    _generated_package = "sesamy_client_api"


class SesamyManagement(SyncManagementResources, _SyncClient):
    """
    The Management API (vendor back office), synchronous.

    Takes the arguments of `SesamyClient`; `auth` is usually
    `ClientCredentials`.
    """

    _generated_package = "sesamy_management_api"


class AsyncSesamyManagement(AsyncManagementResources, _AsyncClient):
    """
    The Management API (vendor back office), asynchronous.

    Takes the arguments of `AsyncSesamyClient`.
    """

    _generated_package = "sesamy_management_api"


def _auth_from(auth: AuthSource | None) -> AuthSource:
    if auth is not None:
        return auth
    token = os.environ.get("SESAMY_TOKEN")
    if token:
        return token

    client_id = os.environ.get("SESAMY_CLIENT_ID")
    client_secret = os.environ.get("SESAMY_CLIENT_SECRET")
    if client_id and client_secret:
        return ClientCredentials(client_id, client_secret)
    if client_id or client_secret:
        missing = "SESAMY_CLIENT_SECRET" if client_id else "SESAMY_CLIENT_ID"
        raise ValueError(f"client credentials are incomplete: {missing} is not set")
    raise ValueError(
        "no credentials: pass auth=..., or set SESAMY_TOKEN, or set "
        "SESAMY_CLIENT_ID and SESAMY_CLIENT_SECRET"
    )


def _base_url_from(environment: str | None, base_url: str | None) -> str:
    url = base_url or os.environ.get("SESAMY_BASE_URL")
    if url:
        return _checked_base_url(url)

    name = environment or os.environ.get("SESAMY_ENVIRONMENT") or "production"
    if name not in ENVIRONMENTS:
        known = ", ".join(sorted(ENVIRONMENTS))
        raise ValueError(f"unknown environment {name!r}; known: {known}")
    return ENVIRONMENTS[name]


def _identity_headers() -> dict[str, str]:
    # Imported late: the package sets __version__ after importing this module.
    from . import __version__

    python = ".".join(platform.python_version_tuple()[:2])
    return {
        "User-Agent": f"sesamy-facade/{__version__} python/{python} "
        f"httpx/{httpx.__version__}",
        "X-Sesamy-Client": f"sesamy-facade/{__version__}",
    }


def _new_pool(cls: Any, settings: Settings) -> Any:
    return cls(
        base_url=settings.base_url,
        headers=settings.headers,
        timeout=settings.timeout,
        follow_redirects=False,
    )


def _adopt(
    http: httpx.Client | httpx.AsyncClient, settings: Settings, auth: httpx.Auth
) -> None:
    """Give an injected client what generated functions rely on, where unset."""
    if not str(http.base_url):
        http.base_url = httpx.URL(settings.base_url)
    if http.auth is None:
        http.auth = auth
    for name, value in settings.headers.items():
        http.headers[name] = check_header_value(name, value)


def _describe(source: AuthSource) -> str:
    if isinstance(source, ClientCredentials):
        return repr(source)
    if isinstance(source, str):
        return "<token>"
    return "<token callable>"


def _token_retry(engine: SyncEngine | AsyncEngine) -> TokenRetry:
    """Token fetches outside a request follow the client's own retry settings."""
    return TokenRetry(engine.settings.retry, engine.settings.max_retries)


def _checked_max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("max_retries must be an int")
    if value < 0:
        raise ValueError("max_retries must not be negative")
    return value


def _checked_base_url(url: str) -> str:
    """The API's host root; the message never repeats the URL (it may hold secrets)."""
    rule = (
        "base_url must be an http(s) URL with a host and no query, fragment or "
        "credentials, such as https://api2.sesamy.com"
    )
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        raise ValueError(rule) from None
    plain = not (parsed.query or parsed.fragment or parsed.userinfo)
    if parsed.scheme not in ("http", "https") or not parsed.host or not plain:
        raise ValueError(rule)
    return url.rstrip("/")
