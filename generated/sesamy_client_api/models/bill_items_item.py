from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillItemsItem")


@_attrs_define
class BillItemsItem:
    """
    Attributes:
        sku (str):
        title (str):
        purchase_option_id (str | Unset):
    """

    sku: str
    title: str
    purchase_option_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        title = self.title

        purchase_option_id = self.purchase_option_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "title": title,
            }
        )
        if purchase_option_id is not UNSET:
            field_dict["purchaseOptionId"] = purchase_option_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku = d.pop("sku")

        title = d.pop("title")

        purchase_option_id = d.pop("purchaseOptionId", UNSET)

        bill_items_item = cls(
            sku=sku,
            title=title,
            purchase_option_id=purchase_option_id,
        )

        bill_items_item.additional_properties = d
        return bill_items_item

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
