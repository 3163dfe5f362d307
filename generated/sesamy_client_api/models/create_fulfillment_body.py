from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFulfillmentBody")


@_attrs_define
class CreateFulfillmentBody:
    """
    Attributes:
        sku (str):
        item_id (str | Unset):
        copies (float | Unset):
    """

    sku: str
    item_id: str | Unset = UNSET
    copies: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        item_id = self.item_id

        copies = self.copies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
            }
        )
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if copies is not UNSET:
            field_dict["copies"] = copies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku = d.pop("sku")

        item_id = d.pop("itemId", UNSET)

        copies = d.pop("copies", UNSET)

        create_fulfillment_body = cls(
            sku=sku,
            item_id=item_id,
            copies=copies,
        )

        create_fulfillment_body.additional_properties = d
        return create_fulfillment_body

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
