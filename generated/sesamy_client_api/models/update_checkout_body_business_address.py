from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCheckoutBodyBusinessAddress")


@_attrs_define
class UpdateCheckoutBodyBusinessAddress:
    """
    Attributes:
        country (str | Unset):
        zip_ (str | Unset):
        city (str | Unset):
        street (str | Unset):
        co (str | Unset):
        last_name (str | Unset):
        first_name (str | Unset):
    """

    country: str | Unset = UNSET
    zip_: str | Unset = UNSET
    city: str | Unset = UNSET
    street: str | Unset = UNSET
    co: str | Unset = UNSET
    last_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        zip_ = self.zip_

        city = self.city

        street = self.street

        co = self.co

        last_name = self.last_name

        first_name = self.first_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if city is not UNSET:
            field_dict["city"] = city
        if street is not UNSET:
            field_dict["street"] = street
        if co is not UNSET:
            field_dict["co"] = co
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        zip_ = d.pop("zip", UNSET)

        city = d.pop("city", UNSET)

        street = d.pop("street", UNSET)

        co = d.pop("co", UNSET)

        last_name = d.pop("lastName", UNSET)

        first_name = d.pop("firstName", UNSET)

        update_checkout_body_business_address = cls(
            country=country,
            zip_=zip_,
            city=city,
            street=street,
            co=co,
            last_name=last_name,
            first_name=first_name,
        )

        update_checkout_body_business_address.additional_properties = d
        return update_checkout_body_business_address

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
