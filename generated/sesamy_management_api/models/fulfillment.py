from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fulfillment")


@_attrs_define
class Fulfillment:
    """
    Attributes:
        status (str):
        updated_at (str):
        created_at (str):
        sku (str):
        title (str):
        delivers_at (str | Unset):
    """

    status: str
    updated_at: str
    created_at: str
    sku: str
    title: str
    delivers_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        updated_at = self.updated_at

        created_at = self.created_at

        sku = self.sku

        title = self.title

        delivers_at = self.delivers_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "updatedAt": updated_at,
                "createdAt": created_at,
                "sku": sku,
                "title": title,
            }
        )
        if delivers_at is not UNSET:
            field_dict["deliversAt"] = delivers_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        updated_at = d.pop("updatedAt")

        created_at = d.pop("createdAt")

        sku = d.pop("sku")

        title = d.pop("title")

        delivers_at = d.pop("deliversAt", UNSET)

        fulfillment = cls(
            status=status,
            updated_at=updated_at,
            created_at=created_at,
            sku=sku,
            title=title,
            delivers_at=delivers_at,
        )

        fulfillment.additional_properties = d
        return fulfillment

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
