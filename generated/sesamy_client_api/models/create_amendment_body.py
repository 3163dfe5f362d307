from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAmendmentBody")


@_attrs_define
class CreateAmendmentBody:
    """
    Attributes:
        amendment_type (str | Unset):
        discount_code (str | Unset):
    """

    amendment_type: str | Unset = UNSET
    discount_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amendment_type = self.amendment_type

        discount_code = self.discount_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amendment_type is not UNSET:
            field_dict["amendmentType"] = amendment_type
        if discount_code is not UNSET:
            field_dict["discountCode"] = discount_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amendment_type = d.pop("amendmentType", UNSET)

        discount_code = d.pop("discountCode", UNSET)

        create_amendment_body = cls(
            amendment_type=amendment_type,
            discount_code=discount_code,
        )

        create_amendment_body.additional_properties = d
        return create_amendment_body

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
