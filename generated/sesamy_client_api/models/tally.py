from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tally_policies import TallyPolicies


T = TypeVar("T", bound="Tally")


@_attrs_define
class Tally:
    """
    Attributes:
        id (str):
        value (list[float | str]):
        created_at (str):
        updated_at (str):
        policies (TallyPolicies | Unset):
        expires_at (str | Unset):
    """

    id: str
    value: list[float | str]
    created_at: str
    updated_at: str
    policies: TallyPolicies | Unset = UNSET
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = []
        for componentsschemas_tally_value_item_data in self.value:
            componentsschemas_tally_value_item: float | str
            componentsschemas_tally_value_item = componentsschemas_tally_value_item_data
            value.append(componentsschemas_tally_value_item)

        created_at = self.created_at

        updated_at = self.updated_at

        policies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = self.policies.to_dict()

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if policies is not UNSET:
            field_dict["policies"] = policies
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tally_policies import TallyPolicies

        d = dict(src_dict)
        id = d.pop("id")

        value = []
        _value = d.pop("value")
        for componentsschemas_tally_value_item_data in _value:

            def _parse_componentsschemas_tally_value_item(data: object) -> float | str:
                return cast(float | str, data)

            componentsschemas_tally_value_item = (
                _parse_componentsschemas_tally_value_item(
                    componentsschemas_tally_value_item_data
                )
            )

            value.append(componentsschemas_tally_value_item)

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        _policies = d.pop("policies", UNSET)
        policies: TallyPolicies | Unset
        if isinstance(_policies, Unset):
            policies = UNSET
        else:
            policies = TallyPolicies.from_dict(_policies)

        expires_at = d.pop("expiresAt", UNSET)

        tally = cls(
            id=id,
            value=value,
            created_at=created_at,
            updated_at=updated_at,
            policies=policies,
            expires_at=expires_at,
        )

        tally.additional_properties = d
        return tally

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
