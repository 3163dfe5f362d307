from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tally_insert_policies import TallyInsertPolicies


T = TypeVar("T", bound="TallyInsert")


@_attrs_define
class TallyInsert:
    """
    Attributes:
        value (float | str):
        policies (TallyInsertPolicies | Unset):
    """

    value: float | str
    policies: TallyInsertPolicies | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | str
        value = self.value

        policies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = self.policies.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if policies is not UNSET:
            field_dict["policies"] = policies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tally_insert_policies import TallyInsertPolicies

        d = dict(src_dict)

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

        _policies = d.pop("policies", UNSET)
        policies: TallyInsertPolicies | Unset
        if isinstance(_policies, Unset):
            policies = UNSET
        else:
            policies = TallyInsertPolicies.from_dict(_policies)

        tally_insert = cls(
            value=value,
            policies=policies,
        )

        tally_insert.additional_properties = d
        return tally_insert

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
