from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionProduct")


@_attrs_define
class SubscriptionProduct:
    """
    Attributes:
        name (str):
        description (str):
        image (str):
        option_id (str):
        sku (str):
    """

    name: str
    description: str
    image: str
    option_id: str
    sku: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        image = self.image

        option_id = self.option_id

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "image": image,
                "optionId": option_id,
                "sku": sku,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        image = d.pop("image")

        option_id = d.pop("optionId")

        sku = d.pop("sku")

        subscription_product = cls(
            name=name,
            description=description,
            image=image,
            option_id=option_id,
            sku=sku,
        )

        subscription_product.additional_properties = d
        return subscription_product

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
