from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract import Contract
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["userId"] = user_id

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/management/contracts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Contract] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Contract.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Contract]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[list[Contract]]:
    """List contracts

    Args:
        limit (float | Unset):
        offset (float | Unset):
        user_id (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Contract]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        user_id=user_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> list[Contract] | None:
    """List contracts

    Args:
        limit (float | Unset):
        offset (float | Unset):
        user_id (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Contract]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        user_id=user_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[list[Contract]]:
    """List contracts

    Args:
        limit (float | Unset):
        offset (float | Unset):
        user_id (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Contract]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        user_id=user_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    user_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> list[Contract] | None:
    """List contracts

    Args:
        limit (float | Unset):
        offset (float | Unset):
        user_id (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Contract]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            user_id=user_id,
            status=status,
        )
    ).parsed
