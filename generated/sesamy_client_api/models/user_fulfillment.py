from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserFulfillment")


@_attrs_define
class UserFulfillment:
    """
    Attributes:
        status (str):
        updated_at (str):
        created_at (str):
        sku (str):
        title (str):
        id (str):
        numeric_id (float):
        delivery_provider (str):
        item_id (str):
        copies (float):
        delivers_at (str | Unset):
        cover (str | Unset):
    """

    status: str
    updated_at: str
    created_at: str
    sku: str
    title: str
    id: str
    numeric_id: float
    delivery_provider: str
    item_id: str
    copies: float
    delivers_at: str | Unset = UNSET
    cover: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        updated_at = self.updated_at

        created_at = self.created_at

        sku = self.sku

        title = self.title

        id = self.id

        numeric_id = self.numeric_id

        delivery_provider = self.delivery_provider

        item_id = self.item_id

        copies = self.copies

        delivers_at = self.delivers_at

        cover = self.cover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "updatedAt": updated_at,
                "createdAt": created_at,
                "sku": sku,
                "title": title,
                "id": id,
                "numericId": numeric_id,
                "deliveryProvider": delivery_provider,
                "itemId": item_id,
                "copies": copies,
            }
        )
        if delivers_at is not UNSET:
            field_dict["deliversAt"] = delivers_at
        if cover is not UNSET:
            field_dict["cover"] = cover

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        updated_at = d.pop("updatedAt")

        created_at = d.pop("createdAt")

        sku = d.pop("sku")

        title = d.pop("title")

        id = d.pop("id")

        numeric_id = d.pop("numericId")

        delivery_provider = d.pop("deliveryProvider")

        item_id = d.pop("itemId")

        copies = d.pop("copies")

        delivers_at = d.pop("deliversAt", UNSET)

        cover = d.pop("cover", UNSET)

        user_fulfillment = cls(
            status=status,
            updated_at=updated_at,
            created_at=created_at,
            sku=sku,
            title=title,
            id=id,
            numeric_id=numeric_id,
            delivery_provider=delivery_provider,
            item_id=item_id,
            copies=copies,
            delivers_at=delivers_at,
            cover=cover,
        )

        user_fulfillment.additional_properties = d
        return user_fulfillment

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
