from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaywallSinglePurchase")


@_attrs_define
class PaywallSinglePurchase:
    """
    Attributes:
        enabled (bool): Whether single purchase is enabled Example: True.
        title (str): Single purchase option title Example: Buy Now.
        description (str): Single purchase option description Example: One-time purchase.
        discount_code (str): Applied discount code for single purchase
    """

    enabled: bool
    title: str
    description: str
    discount_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        title = self.title

        description = self.description

        discount_code = self.discount_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "title": title,
                "description": description,
                "discountCode": discount_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        title = d.pop("title")

        description = d.pop("description")

        discount_code = d.pop("discountCode")

        paywall_single_purchase = cls(
            enabled=enabled,
            title=title,
            description=description,
            discount_code=discount_code,
        )

        paywall_single_purchase.additional_properties = d
        return paywall_single_purchase

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
