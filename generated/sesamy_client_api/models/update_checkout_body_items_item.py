from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_checkout_body_items_item_geo_restrictions import (
        UpdateCheckoutBodyItemsItemGeoRestrictions,
    )


T = TypeVar("T", bound="UpdateCheckoutBodyItemsItem")


@_attrs_define
class UpdateCheckoutBodyItemsItem:
    """
    Attributes:
        sku (str | Unset):
        url (str | Unset):
        purchase_option_id (str | Unset):
        price (float | Unset):
        currency (str | Unset):
        geo_restrictions (UpdateCheckoutBodyItemsItemGeoRestrictions | Unset):
    """

    sku: str | Unset = UNSET
    url: str | Unset = UNSET
    purchase_option_id: str | Unset = UNSET
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    geo_restrictions: UpdateCheckoutBodyItemsItemGeoRestrictions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        url = self.url

        purchase_option_id = self.purchase_option_id

        price = self.price

        currency = self.currency

        geo_restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_restrictions, Unset):
            geo_restrictions = self.geo_restrictions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku is not UNSET:
            field_dict["sku"] = sku
        if url is not UNSET:
            field_dict["url"] = url
        if purchase_option_id is not UNSET:
            field_dict["purchaseOptionId"] = purchase_option_id
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if geo_restrictions is not UNSET:
            field_dict["geoRestrictions"] = geo_restrictions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_checkout_body_items_item_geo_restrictions import (
            UpdateCheckoutBodyItemsItemGeoRestrictions,
        )

        d = dict(src_dict)
        sku = d.pop("sku", UNSET)

        url = d.pop("url", UNSET)

        purchase_option_id = d.pop("purchaseOptionId", UNSET)

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        _geo_restrictions = d.pop("geoRestrictions", UNSET)
        geo_restrictions: UpdateCheckoutBodyItemsItemGeoRestrictions | Unset
        if isinstance(_geo_restrictions, Unset):
            geo_restrictions = UNSET
        else:
            geo_restrictions = UpdateCheckoutBodyItemsItemGeoRestrictions.from_dict(
                _geo_restrictions
            )

        update_checkout_body_items_item = cls(
            sku=sku,
            url=url,
            purchase_option_id=purchase_option_id,
            price=price,
            currency=currency,
            geo_restrictions=geo_restrictions,
        )

        update_checkout_body_items_item.additional_properties = d
        return update_checkout_body_items_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
