from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill import Bill
from ...models.list_bills_status import ListBillsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    from_: str | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    contract_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["limit"] = limit

    params["offset"] = offset

    params["from"] = from_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["contractId"] = contract_id

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/management/bills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Bill] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Bill.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Bill]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    from_: str | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    contract_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[list[Bill]]:
    """Retrieve the users bills

    Args:
        q (str | Unset):
        limit (float | Unset):
        offset (float | Unset):
        from_ (str | Unset):
        status (ListBillsStatus | Unset):
        contract_id (str | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Bill]]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
        offset=offset,
        from_=from_,
        status=status,
        contract_id=contract_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    from_: str | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    contract_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> list[Bill] | None:
    """Retrieve the users bills

    Args:
        q (str | Unset):
        limit (float | Unset):
        offset (float | Unset):
        from_ (str | Unset):
        status (ListBillsStatus | Unset):
        contract_id (str | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Bill]
    """

    return sync_detailed(
        client=client,
        q=q,
        limit=limit,
        offset=offset,
        from_=from_,
        status=status,
        contract_id=contract_id,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    from_: str | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    contract_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[list[Bill]]:
    """Retrieve the users bills

    Args:
        q (str | Unset):
        limit (float | Unset):
        offset (float | Unset):
        from_ (str | Unset):
        status (ListBillsStatus | Unset):
        contract_id (str | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Bill]]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
        offset=offset,
        from_=from_,
        status=status,
        contract_id=contract_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    from_: str | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    contract_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> list[Bill] | None:
    """Retrieve the users bills

    Args:
        q (str | Unset):
        limit (float | Unset):
        offset (float | Unset):
        from_ (str | Unset):
        status (ListBillsStatus | Unset):
        contract_id (str | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Bill]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            limit=limit,
            offset=offset,
            from_=from_,
            status=status,
            contract_id=contract_id,
            user_id=user_id,
        )
    ).parsed
