from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_items_item_geo_restrictions_type import (
    CheckoutItemsItemGeoRestrictionsType,
)

T = TypeVar("T", bound="CheckoutItemsItemGeoRestrictions")


@_attrs_define
class CheckoutItemsItemGeoRestrictions:
    """
    Attributes:
        countries (list[str]):
        type_ (CheckoutItemsItemGeoRestrictionsType):
    """

    countries: list[str]
    type_: CheckoutItemsItemGeoRestrictionsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countries = self.countries

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countries": countries,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        countries = cast(list[str], d.pop("countries"))

        type_ = CheckoutItemsItemGeoRestrictionsType(d.pop("type"))

        checkout_items_item_geo_restrictions = cls(
            countries=countries,
            type_=type_,
        )

        checkout_items_item_geo_restrictions.additional_properties = d
        return checkout_items_item_geo_restrictions

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
