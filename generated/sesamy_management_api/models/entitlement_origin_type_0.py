from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_origin_type_0_type import EntitlementOriginType0Type

T = TypeVar("T", bound="EntitlementOriginType0")


@_attrs_define
class EntitlementOriginType0:
    """
    Attributes:
        type_ (EntitlementOriginType0Type):
        id (str):
        list_id (str):
        name (str):
    """

    type_: EntitlementOriginType0Type
    id: str
    list_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        list_id = self.list_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "listId": list_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = EntitlementOriginType0Type(d.pop("type"))

        id = d.pop("id")

        list_id = d.pop("listId")

        name = d.pop("name")

        entitlement_origin_type_0 = cls(
            type_=type_,
            id=id,
            list_id=list_id,
            name=name,
        )

        entitlement_origin_type_0.additional_properties = d
        return entitlement_origin_type_0

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
