from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckoutItemsOwnedItem")


@_attrs_define
class CheckoutItemsOwnedItem:
    """
    Attributes:
        sku (str):
        purchase_option_id (str):
        title (str):
    """

    sku: str
    purchase_option_id: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        purchase_option_id = self.purchase_option_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "purchaseOptionId": purchase_option_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku = d.pop("sku")

        purchase_option_id = d.pop("purchaseOptionId")

        title = d.pop("title")

        checkout_items_owned_item = cls(
            sku=sku,
            purchase_option_id=purchase_option_id,
            title=title,
        )

        checkout_items_owned_item.additional_properties = d
        return checkout_items_owned_item

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
