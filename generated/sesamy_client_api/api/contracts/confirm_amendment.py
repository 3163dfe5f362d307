from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirm_amendment_response_200 import ConfirmAmendmentResponse200
from ...types import Response


def _get_kwargs(
    contract_id: str,
    amendment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contracts/{contract_id}/amendments/{amendment_id}/confirm".format(
            contract_id=quote(str(contract_id), safe=""),
            amendment_id=quote(str(amendment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfirmAmendmentResponse200 | None:
    if response.status_code == 200:
        response_200 = ConfirmAmendmentResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConfirmAmendmentResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    amendment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConfirmAmendmentResponse200]:
    """Confirm an amendment

    Args:
        contract_id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        amendment_id (str):  Example: amendment123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmAmendmentResponse200]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        amendment_id=amendment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    amendment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConfirmAmendmentResponse200 | None:
    """Confirm an amendment

    Args:
        contract_id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        amendment_id (str):  Example: amendment123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmAmendmentResponse200
    """

    return sync_detailed(
        contract_id=contract_id,
        amendment_id=amendment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    amendment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConfirmAmendmentResponse200]:
    """Confirm an amendment

    Args:
        contract_id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        amendment_id (str):  Example: amendment123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmAmendmentResponse200]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        amendment_id=amendment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    amendment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConfirmAmendmentResponse200 | None:
    """Confirm an amendment

    Args:
        contract_id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        amendment_id (str):  Example: amendment123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmAmendmentResponse200
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            amendment_id=amendment_id,
            client=client,
        )
    ).parsed
