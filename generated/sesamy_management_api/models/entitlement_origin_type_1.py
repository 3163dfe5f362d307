from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_origin_type_1_type import EntitlementOriginType1Type

T = TypeVar("T", bound="EntitlementOriginType1")


@_attrs_define
class EntitlementOriginType1:
    """
    Attributes:
        type_ (EntitlementOriginType1Type):
        contract_id (str):
    """

    type_: EntitlementOriginType1Type
    contract_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        contract_id = self.contract_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "contractId": contract_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = EntitlementOriginType1Type(d.pop("type"))

        contract_id = d.pop("contractId")

        entitlement_origin_type_1 = cls(
            type_=type_,
            contract_id=contract_id,
        )

        entitlement_origin_type_1.additional_properties = d
        return entitlement_origin_type_1

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
