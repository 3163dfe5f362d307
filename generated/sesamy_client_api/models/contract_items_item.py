from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractItemsItem")


@_attrs_define
class ContractItemsItem:
    """
    Attributes:
        sku (str):
        name (str):
        purchase_option_id (str | Unset):
        purchase_option_name (str | Unset):
        cover (str | Unset):
        purchase_type (str | Unset):
    """

    sku: str
    name: str
    purchase_option_id: str | Unset = UNSET
    purchase_option_name: str | Unset = UNSET
    cover: str | Unset = UNSET
    purchase_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        name = self.name

        purchase_option_id = self.purchase_option_id

        purchase_option_name = self.purchase_option_name

        cover = self.cover

        purchase_type = self.purchase_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "name": name,
            }
        )
        if purchase_option_id is not UNSET:
            field_dict["purchaseOptionId"] = purchase_option_id
        if purchase_option_name is not UNSET:
            field_dict["purchaseOptionName"] = purchase_option_name
        if cover is not UNSET:
            field_dict["cover"] = cover
        if purchase_type is not UNSET:
            field_dict["purchaseType"] = purchase_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku = d.pop("sku")

        name = d.pop("name")

        purchase_option_id = d.pop("purchaseOptionId", UNSET)

        purchase_option_name = d.pop("purchaseOptionName", UNSET)

        cover = d.pop("cover", UNSET)

        purchase_type = d.pop("purchaseType", UNSET)

        contract_items_item = cls(
            sku=sku,
            name=name,
            purchase_option_id=purchase_option_id,
            purchase_option_name=purchase_option_name,
            cover=cover,
            purchase_type=purchase_type,
        )

        contract_items_item.additional_properties = d
        return contract_items_item

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
