from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_access_list_status import UpdateAccessListStatus
from ..models.update_access_list_type import UpdateAccessListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAccessList")


@_attrs_define
class UpdateAccessList:
    """
    Attributes:
        id (str | Unset): Unique identifier for the access list Example: src_123abc.
        name (str | Unset): Name of the access list Example: My Partner API.
        description (str | Unset): Description of the access list Example: Purchases from partner system.
        type_ (UpdateAccessListType | Unset): Type of access list Example: MANUAL.
        status (UpdateAccessListStatus | Unset): Status of the access list Example: ACTIVE.
        exclude_from_stats (bool | Unset): Whether to exclude from statistics Example: False.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: UpdateAccessListType | Unset = UNSET
    status: UpdateAccessListStatus | Unset = UNSET
    exclude_from_stats: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        exclude_from_stats = self.exclude_from_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if exclude_from_stats is not UNSET:
            field_dict["excludeFromStats"] = exclude_from_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UpdateAccessListType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UpdateAccessListType(_type_)

        _status = d.pop("status", UNSET)
        status: UpdateAccessListStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateAccessListStatus(_status)

        exclude_from_stats = d.pop("excludeFromStats", UNSET)

        update_access_list = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            status=status,
            exclude_from_stats=exclude_from_stats,
        )

        update_access_list.additional_properties = d
        return update_access_list

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
