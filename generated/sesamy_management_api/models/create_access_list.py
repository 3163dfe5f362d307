from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_access_list_status import CreateAccessListStatus
from ..models.create_access_list_type import CreateAccessListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAccessList")


@_attrs_define
class CreateAccessList:
    """
    Attributes:
        name (str): Name of the access list Example: My Partner API.
        type_ (CreateAccessListType): Type of access list Example: MANUAL.
        status (CreateAccessListStatus): Status of the access list Example: ACTIVE.
        description (str | Unset): Description of the access list Example: Purchases from partner system.
        exclude_from_stats (bool | Unset): Whether to exclude from statistics Example: False.
    """

    name: str
    type_: CreateAccessListType
    status: CreateAccessListStatus
    description: str | Unset = UNSET
    exclude_from_stats: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        status = self.status.value

        description = self.description

        exclude_from_stats = self.exclude_from_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if exclude_from_stats is not UNSET:
            field_dict["excludeFromStats"] = exclude_from_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = CreateAccessListType(d.pop("type"))

        status = CreateAccessListStatus(d.pop("status"))

        description = d.pop("description", UNSET)

        exclude_from_stats = d.pop("excludeFromStats", UNSET)

        create_access_list = cls(
            name=name,
            type_=type_,
            status=status,
            description=description,
            exclude_from_stats=exclude_from_stats,
        )

        create_access_list.additional_properties = d
        return create_access_list

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
