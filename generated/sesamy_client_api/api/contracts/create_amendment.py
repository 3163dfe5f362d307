from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.amendment import Amendment
from ...models.create_amendment_body import CreateAmendmentBody
from ...types import Response


def _get_kwargs(
    contract_id: str,
    *,
    body: CreateAmendmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contracts/{contract_id}/amendments".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Amendment | None:
    if response.status_code == 201:
        response_201 = Amendment.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Amendment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAmendmentBody,
) -> Response[Amendment]:
    """Create an amendment

     Creates an amendment for a contract, such as applying a discount code.

    Args:
        contract_id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        body (CreateAmendmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Amendment]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAmendmentBody,
) -> Amendment | None:
    """Create an amendment

     Creates an amendment for a contract, such as applying a discount code.

    Args:
        contract_id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        body (CreateAmendmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Amendment
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAmendmentBody,
) -> Response[Amendment]:
    """Create an amendment

     Creates an amendment for a contract, such as applying a discount code.

    Args:
        contract_id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        body (CreateAmendmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Amendment]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAmendmentBody,
) -> Amendment | None:
    """Create an amendment

     Creates an amendment for a contract, such as applying a discount code.

    Args:
        contract_id (str):  Example: 1d78271264b9c76d5842911dd70b4353.
        body (CreateAmendmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Amendment
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            body=body,
        )
    ).parsed
