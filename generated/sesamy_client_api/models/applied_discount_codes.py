from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.applied_discount_codes_status import AppliedDiscountCodesStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppliedDiscountCodes")


@_attrs_define
class AppliedDiscountCodes:
    """
    Attributes:
        code (str):
        status (AppliedDiscountCodesStatus):
        name (str | Unset):
        id (str | Unset):
        description (None | str | Unset):
    """

    code: str
    status: AppliedDiscountCodesStatus
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        status = self.status.value

        name = self.name

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        status = AppliedDiscountCodesStatus(d.pop("status"))

        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        applied_discount_codes = cls(
            code=code,
            status=status,
            name=name,
            id=id,
            description=description,
        )

        applied_discount_codes.additional_properties = d
        return applied_discount_codes

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
