from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tally_insert_policies_overflow import TallyInsertPoliciesOverflow
from ..types import UNSET, Unset

T = TypeVar("T", bound="TallyInsertPolicies")


@_attrs_define
class TallyInsertPolicies:
    """
    Attributes:
        ttl (float | Unset): Time to live in seconds
        max_items (float | Unset):
        unique (bool | Unset):
        overflow (TallyInsertPoliciesOverflow | Unset):
        ip_session_sharing (bool | Unset):
    """

    ttl: float | Unset = UNSET
    max_items: float | Unset = UNSET
    unique: bool | Unset = UNSET
    overflow: TallyInsertPoliciesOverflow | Unset = UNSET
    ip_session_sharing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl = self.ttl

        max_items = self.max_items

        unique = self.unique

        overflow: str | Unset = UNSET
        if not isinstance(self.overflow, Unset):
            overflow = self.overflow.value

        ip_session_sharing = self.ip_session_sharing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if max_items is not UNSET:
            field_dict["maxItems"] = max_items
        if unique is not UNSET:
            field_dict["unique"] = unique
        if overflow is not UNSET:
            field_dict["overflow"] = overflow
        if ip_session_sharing is not UNSET:
            field_dict["ipSessionSharing"] = ip_session_sharing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ttl = d.pop("ttl", UNSET)

        max_items = d.pop("maxItems", UNSET)

        unique = d.pop("unique", UNSET)

        _overflow = d.pop("overflow", UNSET)
        overflow: TallyInsertPoliciesOverflow | Unset
        if isinstance(_overflow, Unset):
            overflow = UNSET
        else:
            overflow = TallyInsertPoliciesOverflow(_overflow)

        ip_session_sharing = d.pop("ipSessionSharing", UNSET)

        tally_insert_policies = cls(
            ttl=ttl,
            max_items=max_items,
            unique=unique,
            overflow=overflow,
            ip_session_sharing=ip_session_sharing,
        )

        tally_insert_policies.additional_properties = d
        return tally_insert_policies

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
