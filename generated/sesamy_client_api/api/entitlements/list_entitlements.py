from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entitlement import Entitlement
from ...models.entitlement_type import EntitlementType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: EntitlementType | Unset = UNSET,
    sku: str | Unset = UNSET,
    purchase_option_id: str | Unset = UNSET,
    wait_for_entitlement_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["sku"] = sku

    params["purchase-option-id"] = purchase_option_id

    params["wait-for-entitlement-after"] = wait_for_entitlement_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/entitlements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Entitlement] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Entitlement.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Entitlement]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: EntitlementType | Unset = UNSET,
    sku: str | Unset = UNSET,
    purchase_option_id: str | Unset = UNSET,
    wait_for_entitlement_after: str | Unset = UNSET,
) -> Response[list[Entitlement]]:
    """List all entitlements

     Retrieves all entitlements for the current user with optional filtering by type, SKU, or purchase
    option ID.

    Args:
        type_ (EntitlementType | Unset):
        sku (str | Unset):  Example: premium-article-123.
        purchase_option_id (str | Unset):  Example: one-time.
        wait_for_entitlement_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Entitlement]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        sku=sku,
        purchase_option_id=purchase_option_id,
        wait_for_entitlement_after=wait_for_entitlement_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: EntitlementType | Unset = UNSET,
    sku: str | Unset = UNSET,
    purchase_option_id: str | Unset = UNSET,
    wait_for_entitlement_after: str | Unset = UNSET,
) -> list[Entitlement] | None:
    """List all entitlements

     Retrieves all entitlements for the current user with optional filtering by type, SKU, or purchase
    option ID.

    Args:
        type_ (EntitlementType | Unset):
        sku (str | Unset):  Example: premium-article-123.
        purchase_option_id (str | Unset):  Example: one-time.
        wait_for_entitlement_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Entitlement]
    """

    return sync_detailed(
        client=client,
        type_=type_,
        sku=sku,
        purchase_option_id=purchase_option_id,
        wait_for_entitlement_after=wait_for_entitlement_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: EntitlementType | Unset = UNSET,
    sku: str | Unset = UNSET,
    purchase_option_id: str | Unset = UNSET,
    wait_for_entitlement_after: str | Unset = UNSET,
) -> Response[list[Entitlement]]:
    """List all entitlements

     Retrieves all entitlements for the current user with optional filtering by type, SKU, or purchase
    option ID.

    Args:
        type_ (EntitlementType | Unset):
        sku (str | Unset):  Example: premium-article-123.
        purchase_option_id (str | Unset):  Example: one-time.
        wait_for_entitlement_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Entitlement]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        sku=sku,
        purchase_option_id=purchase_option_id,
        wait_for_entitlement_after=wait_for_entitlement_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: EntitlementType | Unset = UNSET,
    sku: str | Unset = UNSET,
    purchase_option_id: str | Unset = UNSET,
    wait_for_entitlement_after: str | Unset = UNSET,
) -> list[Entitlement] | None:
    """List all entitlements

     Retrieves all entitlements for the current user with optional filtering by type, SKU, or purchase
    option ID.

    Args:
        type_ (EntitlementType | Unset):
        sku (str | Unset):  Example: premium-article-123.
        purchase_option_id (str | Unset):  Example: one-time.
        wait_for_entitlement_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Entitlement]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            sku=sku,
            purchase_option_id=purchase_option_id,
            wait_for_entitlement_after=wait_for_entitlement_after,
        )
    ).parsed
