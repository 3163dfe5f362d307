from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """
    Attributes:
        cover (str):
        language (str):
        created_at (str):
        updated_at (str):
        sku (str):
        title (str):
        product_type (str):
        publisher_content_id (str | Unset):
    """

    cover: str
    language: str
    created_at: str
    updated_at: str
    sku: str
    title: str
    product_type: str
    publisher_content_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cover = self.cover

        language = self.language

        created_at = self.created_at

        updated_at = self.updated_at

        sku = self.sku

        title = self.title

        product_type = self.product_type

        publisher_content_id = self.publisher_content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cover": cover,
                "language": language,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "sku": sku,
                "title": title,
                "productType": product_type,
            }
        )
        if publisher_content_id is not UNSET:
            field_dict["publisherContentId"] = publisher_content_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cover = d.pop("cover")

        language = d.pop("language")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        sku = d.pop("sku")

        title = d.pop("title")

        product_type = d.pop("productType")

        publisher_content_id = d.pop("publisherContentId", UNSET)

        product = cls(
            cover=cover,
            language=language,
            created_at=created_at,
            updated_at=updated_at,
            sku=sku,
            title=title,
            product_type=product_type,
            publisher_content_id=publisher_content_id,
        )

        product.additional_properties = d
        return product

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
